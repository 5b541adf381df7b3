package entities

import (
	"bufio"
	"embed"
	"slices"
	"strings"
	"sync"

	"github.com/whosaid/whosaid/article"
)

//go:embed lists/*.txt
var listFS embed.FS

// Kinds of gazetteer phrase.
const (
	gzNone uint8 = iota
	gzGPE
	gzLoc
	gzOrg
	gzNORP
	gzFac // (label-only: airports known by a name alone)
)

type phrase struct {
	words []string
	kind  uint8
}

// gazetteer holds the project's lists: phrases indexed by their first word,
// and single-word sets.
type gazetteer struct {
	phrases                                          map[string][]phrase
	labelOnly                                        map[string][]phrase // phrases lookup knows and mark does not (cities, companies)
	titles, orgWords, facWords, locWords, firstNames map[string]bool
	// featureNames are the given names of firstnames.txt, which the model
	// reads as a feature; firstNames adds those of givennames.txt, which
	// only the rules and gender read (a list that grows without retraining)
	featureNames map[string]bool
	// Words the name rules use: parties before a name, offices inside one,
	// prompts before one, suffixes ending one, a headline's small words,
	// the jobs a byline gives after one, the words that end sports clubs'
	// and companies' names, the jobs news writes before a name as titles.
	parties, offices, prompts, suffixes, headWords, jobs, clubWords, companyWords, jobTitles, companyNouns map[string]bool
	postNominals                                                                                           map[string]bool     // letters after a name (KC, MP, OBE), no part of it
	bodyHeads                                                                                              map[string]bool     // heads of a body's name before "of" the model does not read (Confederation)
	bodyEnds                                                                                               map[string]bool     // orgWords that end no newspaper's, work's or person's name (Trust, Team, Association)
	sportWords                                                                                             map[string]bool     // words of match reports (goal, striker, innings)
	clubs                                                                                                  map[string]bool     // sports clubs known by a name with no club word (Arsenal, Juventus)
	jobLower                                                                                               map[string]bool     // jobTitles and offices in lower case (economist, spokeswoman), as news writes them before a name too, and lowerjobs.txt (chief executive)
	nameGender                                                                                             map[string]string   // given name → "male" or "female"
	alias                                                                                                  map[string]string   // other name → canonical name
	canonical                                                                                              map[string]bool     // the names aliases lead to
	fullNames                                                                                              map[string][]string // a given name's short form → the full names it stands for (Tom → Thomas)
}

var loadGazetteer = sync.OnceValue(func() *gazetteer {
	g := &gazetteer{phrases: map[string][]phrase{}, labelOnly: map[string][]phrase{}, alias: map[string]string{}, canonical: map[string]bool{}}
	for _, f := range []struct {
		file      string
		kind      uint8
		labelOnly bool
	}{{"countries", gzGPE, false}, {"capitals", gzGPE, false}, {"places", gzGPE, false}, {"regions", gzLoc, false},
		{"organizations", gzOrg, false}, {"demonyms", gzNORP, false}, {"cities", gzGPE, true}, {"counties", gzGPE, true}, {"companies", gzOrg, true},
		{"facilities", gzFac, true}, {"mountains", gzLoc, true}} {
		into := g.phrases
		if f.labelOnly {
			into = g.labelOnly
		}
		for _, line := range readList(f.file) {
			var words []string
			for _, t := range article.Tokenize(line) {
				words = append(words, t.Text(line))
			}
			if len(words) > 0 {
				into[words[0]] = append(into[words[0]], phrase{words, f.kind})
			}
		}
	}
	set := func(file string) map[string]bool {
		m := map[string]bool{}
		for _, l := range readList(file) {
			m[l] = true
		}
		return m
	}
	g.titles, g.orgWords, g.facWords, g.locWords = set("titles"), set("orgwords"), set("facwords"), set("locwords")
	g.parties, g.offices, g.prompts, g.suffixes, g.headWords = set("parties"), set("offices"), set("prompts"), set("suffixes"), set("headwords")
	g.jobs, g.clubWords, g.companyWords, g.jobTitles = set("jobs"), set("clubwords"), set("companywords"), set("jobtitles")
	g.sportWords, g.clubs = set("sportwords"), set("clubs")
	g.postNominals, g.bodyHeads = set("postnominals"), set("bodyheads")
	g.bodyEnds = map[string]bool{}
	for w := range g.orgWords {
		if !paperWords[w] && !surnameOrgWords[w] && !mediaWords[w] {
			g.bodyEnds[w] = true
		}
	}
	g.jobLower = map[string]bool{}
	for _, words := range []map[string]bool{g.jobTitles, g.offices, set("lowerjobs")} {
		for w := range words {
			g.jobLower[strings.ToLower(w)] = true
		}
	}
	g.companyNouns = set("companynouns")
	g.fullNames = map[string][]string{}
	for _, l := range readList("diminutives") {
		if f := strings.Fields(l); len(f) > 1 {
			g.fullNames[f[0]] = f[1:]
		}
	}
	g.firstNames, g.nameGender, g.featureNames = map[string]bool{}, map[string]string{}, map[string]bool{}
	for _, list := range []string{"firstnames", "givennames"} {
		for _, l := range readList(list) {
			name, gender, _ := strings.Cut(l, " ")
			g.firstNames[name] = true
			if list == "firstnames" {
				g.featureNames[name] = true
			}
			switch gender {
			case "m":
				g.nameGender[name] = "male"
			case "f":
				g.nameGender[name] = "female"
			}
		}
	}
	for _, l := range readList("aliases") {
		names := strings.Split(l, "|")
		for _, n := range names[1:] {
			g.alias[strings.TrimSpace(n)] = strings.TrimSpace(names[0])
			g.canonical[strings.TrimSpace(names[0])] = true
		}
	}
	return g
})

func readList(name string) []string {
	f, err := listFS.Open("lists/" + name + ".txt")
	if err != nil {
		return nil
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l := strings.TrimSpace(sc.Text())
		if l == "" || l[0] == '#' {
			continue
		}
		out = append(out, l)
	}
	return out
}

// gazMark is the gazetteer match a token is part of: the phrase kind and the
// token's position in it (B, I, L or U).
type gazMark struct{ kind, pos uint8 }

// mark finds the longest gazetteer phrases over words, left to right.
func (g *gazetteer) mark(words []string, out []gazMark) []gazMark {
	out = out[:0]
	for range words {
		out = append(out, gazMark{})
	}
	for i := 0; i < len(words); {
		best, kind := longestAt(g.phrases, words, i, len(words))
		if best == 0 {
			i++
			continue
		}
		for k := 0; k < best; k++ {
			pos := uint8(posI)
			switch {
			case best == 1:
				pos = posU
			case k == 0:
				pos = posB
			case k == best-1:
				pos = posL
			}
			out[i+k] = gazMark{kind, pos}
		}
		i += best
	}
	return out
}

// lookup returns the kind of the phrase that is exactly words, or gzNone.
func (g *gazetteer) lookup(words []string) uint8 {
	if len(words) == 0 {
		return gzNone
	}
	for _, set := range [2][]phrase{g.phrases[words[0]], g.labelOnly[words[0]]} {
		for _, p := range set {
			if slices.Equal(p.words, words) {
				return p.kind
			}
		}
	}
	return gzNone
}

// labelOnlyAt returns the end of the longest label-only phrase (a city, a
// company or an airport) at words[i:hi], and its kind, or i and gzNone.
func (g *gazetteer) labelOnlyAt(words []string, i, hi int) (int, uint8) {
	n, kind := longestAt(g.labelOnly, words, i, hi)
	return i + n, kind
}

// labelOfKind returns the label a name the lists know by kind takes.
func labelOfKind(kind uint8) Label {
	switch kind {
	case gzGPE:
		return GPE
	case gzLoc:
		return Loc
	case gzNORP:
		return NORP
	case gzFac:
		return Fac
	}
	return Org
}

// longestAt returns the length and kind of the longest phrase of set that
// words[i:hi] opens with, or 0 and gzNone.
func longestAt(set map[string][]phrase, words []string, i, hi int) (int, uint8) {
	best, kind := 0, gzNone
	for _, p := range set[words[i]] {
		if n := len(p.words); n > best && i+n <= hi && slices.Equal(p.words, words[i:i+n]) {
			best, kind = n, p.kind
		}
	}
	return best, kind
}

// IsTitle reports whether w is a title or office that can stand before a
// person's name without being part of it (President, Dr., Senator).
func IsTitle(w string) bool { return loadGazetteer().titles[w] }

// ClubWord reports whether w, capitalized, ends sports clubs' names
// (Rovers, United, Saints).
func ClubWord(w string) bool { return loadGazetteer().clubWords[w] }

// CompanyWord reports whether w, capitalized, ends companies' names
// (Holdings, Airways, Foods).
func CompanyWord(w string) bool { return loadGazetteer().companyWords[w] }

// givenName reports whether w is a given name the list knows, or two
// joined by a hyphen (Anne-Marie, Jean-Luc). The model's features read
// the list alone; this is for the rules.
func (g *gazetteer) givenName(w string) bool {
	if g.firstNames[w] {
		return true
	}
	first, second, ok := strings.Cut(w, "-")
	return ok && g.firstNames[first] && g.firstNames[second]
}
