package entities

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/whosaid/whosaid/article"
)

// matchWords are the words between two places that make them sides of a
// match: Sweden defeated South Korea, Tunisia lost 1 – 2 to England,
// Group F — Sweden 1 – 0 Korea Republic; a win against Finland.
var matchWords = map[string]bool{
	"beat": true, "beats": true, "defeated": true, "defeats": true, "faced": true, "faces": true, "face": true,
	"drew": true, "draw": true, "lost": true, "edged": true, "thrashed": true, "routed": true, "hammered": true,
	"overcame": true, "played": true, "plays": true, "against": true, "v": true, "v.": true, "vs": true, "vs.": true, "versus": true,
}

// teams relabels as organizations the places that play each other in a
// sports report: an article with three or more different words of match
// reports (goal, striker, innings), where two places stand in one
// sentence with a score or a word of a match between them and no comma
// (Sweden defeated South Korea 1 – 0; Belgium 3 – 0 Panama), or one
// place between a word of a match and a score (beat Newcastle 2-1), are
// national or city teams, and so is every other mention of them that follows no
// preposition of place (not "the fans were back in Sweden"); so are the
// names read as places that no list knows, none of whose mentions follows
// one (but "from" after a player's move: on loan from Harford City) or
// stands in an address, in a report with four or more such words
// (Juventus, Manchester City); and so are the clubs a list knows, read as
// anything but a group (Arsenal, Liverpool), after no preposition of
// place. ms is in text order.
func teams(a *article.Article, p *prepared, g *gazetteer, ms []Mention) {
	sides := map[string]bool{}
	in := map[int]bool{} // the mentions that stand as sides
	// (a side may be read as a person too: one word no list knows, no
	// given name, that ends no longer person's name in the article:
	// Harbour City came from behind to beat Northport 2-1)
	var surnames map[string]bool
	placed := func(m Mention) bool { // (a place, or a club already found: Harbour City, Eastleigh Rovers)
		w := p.words[m.Tokens.Last-1]
		return m.Label == GPE || m.Label == Org && m.Tokens.Len() > 1 && (g.clubWords[w] || w == "City" || w == "Town" || w == "County")
	}
	side := func(m Mention) bool {
		if placed(m) {
			return true
		}
		if m.Label != Person || m.Tokens.Len() != 1 || p.toks[m.Tokens.First].gaz.kind != gzNone || g.givenName(p.words[m.Tokens.First]) {
			return false
		}
		if surnames == nil {
			surnames = map[string]bool{}
			for _, n := range ms {
				if n.Label == Person && n.Tokens.Len() > 1 {
					surnames[p.words[n.Tokens.Last-1]] = true
				}
			}
		}
		return !surnames[p.words[m.Tokens.First]]
	}
	for i := 0; i+1 < len(ms); i++ {
		x, y := ms[i], ms[i+1]
		// (the cheap tests first: side reads the article's surnames once)
		if y.Tokens.First-x.Tokens.Last > 6 || !placed(x) && !placed(y) || a.SentenceOf(x.Tokens.First) != a.SentenceOf(y.Tokens.First) ||
			afterPlaceWord(p, x.Tokens.First) || afterPlaceWord(p, y.Tokens.First) || !side(x) || !side(y) {
			continue
		}
		match := false
		for k := x.Tokens.Last; k < y.Tokens.First; k++ {
			w := p.words[k]
			if w == "," || w == ";" || w == "and" {
				match = false
				break
			}
			if matchWords[strings.ToLower(w)] || score(p, k) {
				match = true
			}
		}
		if match {
			sides[x.Text(a)], sides[y.Text(a)] = true, true
			in[i], in[i+1] = true, true
		}
	}
	// One place between a word of a match and a score is a side too
	// when the other is no place (came from behind to beat Newcastle
	// 2-1); so is a place's name of one word with a plural verb after it
	// (Porto are reluctant to sell: a team, as British reports write
	// one), and one ending in a club's word before a club's role (Harbour
	// City manager Rosa Delgado).
	for i, x := range ms {
		f, l := x.Tokens.First, x.Tokens.Last
		if l >= len(p.words) {
			continue
		}
		// (and one word, a place's or one the model read as a person's
		// with no given name, before a club's role and a name: Northport
		// manager Ellen Drake, City boss Rui Santos)
		if l == f+1 && (x.Label == GPE || x.Label == Person && !g.givenName(p.words[f])) && clubRoles[p.words[l]] && l+1 < len(p.words) && p.toks[l+1].upper {
			sides[x.Text(a)], in[i] = true, true
			continue
		}
		if x.Label != GPE {
			continue
		}
		if f > 0 && matchWords[strings.ToLower(p.words[f-1])] && score(p, l) || scoredResult(p, f) ||
			l == f+1 && pluralVerbs[p.words[l]] && opensClause(a, p, f) && a.SentenceOf(l) == a.SentenceOf(f) ||
			l-f >= 2 && clubTail(g, p.words[l-1]) && clubRoles[p.words[l]] {
			sides[x.Text(a)], in[i] = true, true
		}
	}
	// Names the model read as places that no list knows (Juventus,
	// Manchester City): in a sports report, clubs, unless one of their
	// mentions stands after a preposition of place (in Waterbeach).
	unknownOf := func(m Mention) bool {
		return m.Label == GPE && !sides[m.Text(a)] && g.lookup(p.words[m.Tokens.First:m.Tokens.Last]) == gzNone
	}
	// Clubs a list knows (Arsenal, read as a person; Liverpool, as a
	// place): the club in a sports report where no preposition of
	// place comes before them.
	clubOf := func(m Mention) bool { return m.Label != Org && m.Label != NORP && g.clubs[m.Text(a)] }
	club := slices.ContainsFunc(ms, clubOf)
	if len(sides) == 0 && !club && !slices.ContainsFunc(ms, unknownOf) {
		return // (most articles: the words of the article are not read)
	}
	need := 3 // the words of sport that make a sports report; four for the names no list knows
	if len(sides) == 0 && !club {
		need = 4
	}
	seen := map[string]bool{}
	for i := 0; i < len(a.Tokens) && len(seen) < 4; i++ {
		if w := p.words[i]; g.sportWords[w] { // (lower case as written: a capital opens a sentence or a name)
			seen[w] = true
		} else if i+1 < len(a.Tokens) && resultNouns[p.words[i+1]] && score(p, i) {
			seen["score"] = true // a 2-1 win: a result is a word of match reports too
		}
	}
	if len(seen) < need {
		return
	}
	var unknown map[string]bool // name → whether a mention stands where a place does
	if len(seen) >= 4 {
		for i, m := range ms {
			if unknownOf(m) {
				if unknown == nil {
					unknown = map[string]bool{}
				}
				unknown[m.Text(a)] = unknown[m.Text(a)] || afterPlaceWord(p, m.Tokens.First) && !transferFrom(p, m.Tokens.First) || inAddress(a, ms, i)
			}
		}
	}
	for i := range ms {
		m := &ms[i]
		if club && clubOf(*m) && !afterPlaceWord(p, m.Tokens.First) && !inAddress(a, ms, i) {
			m.Label = Org
			continue
		}
		if m.Label != GPE && !(m.Label == Person && sides[m.Text(a)]) {
			continue
		}
		if sides[m.Text(a)] && (in[i] || !afterPlaceWord(p, m.Tokens.First)) {
			m.Label = Org
		} else if placed, ok := unknown[m.Text(a)]; ok && !placed {
			m.Label = Org
		}
	}
}

// transferFrom reports whether the name at token k follows "from" after a
// word of a player's move between clubs (on loan from Harford City,
// joined from Ashby Town): a club's name, though "from" puts places.
func transferFrom(p *prepared, k int) bool {
	return k >= 2 && p.words[k-1] == "from" && transferWords[p.words[k-2]]
}

// transferWords are the words of a player's move before "from" and the
// club he leaves.
var transferWords = map[string]bool{"loan": true, "joined": true, "signed": true, "arrived": true, "moved": true, "switched": true, "transfer": true, "move": true}

// resultNouns name a match's result, which a score opens and the other
// side follows: a 2-1 defeat at Harrowgate Town, a 3-0 win over Leeds.
var resultNouns = map[string]bool{"defeat": true, "win": true, "victory": true, "draw": true, "loss": true, "thrashing": true}

// resultPreps join a match's result to the other side.
var resultPreps = map[string]bool{"at": true, "to": true, "against": true, "over": true, "with": true, "by": true}

// scoredResult reports whether the name at token f follows a score, a
// noun of a match's result and a preposition (a 2-1 defeat at
// Harrowgate Town): the other side.
func scoredResult(p *prepared, f int) bool {
	if f < 3 || !resultPreps[p.words[f-1]] || !resultNouns[p.words[f-2]] {
		return false
	}
	return score(p, f-3) || f >= 5 && score(p, f-5)
}

// opensClause reports whether token f opens its sentence or a clause
// after a comma, "and" or "but": where a subject stands (Porto are …; not
// the executives running corporate America are …).
func opensClause(a *article.Article, p *prepared, f int) bool {
	if s := a.SentenceOf(f); s < 0 || a.Sentences[s].Tokens.First == f {
		return true
	}
	w := p.words[f-1]
	return w == "," || w == "and" || w == "but"
}

// pluralVerbs agree with a plural subject: after a place's name, a team's
// (Porto are, Leeds have; not "were", which may be a subjunctive's: if
// America were to …).
var pluralVerbs = map[string]bool{"are": true, "have": true}

// inAddress reports whether place mention i of ms stands in an address,
// next to another place over a comma: Brick, N.J.; Ava, Mo.
func inAddress(a *article.Article, ms []Mention, i int) bool {
	m := ms[i]
	if i+1 < len(ms) && ms[i+1].Label == GPE && ms[i+1].Tokens.First == m.Tokens.Last+1 && a.TokenText(m.Tokens.Last) == "," {
		return true
	}
	return i > 0 && ms[i-1].Label == GPE && ms[i-1].Tokens.Last+1 == m.Tokens.First && a.TokenText(m.Tokens.First-1) == ","
}

// score reports whether token k is, or opens, a score: a number, a dash
// and a number, in one token or three (3-0, 1 – 0).
func score(p *prepared, k int) bool {
	dash := func(w string) bool { return w == "-" || w == "–" || w == "—" }
	w := p.words[k]
	if i := strings.IndexAny(w, "-–"); i > 0 {
		_, size := utf8.DecodeRuneInString(w[i:])
		return isDigits(w[:i]) && isDigits(w[i+size:])
	}
	return isDigits(w) && k+2 < len(p.words) && dash(p.words[k+1]) && isDigits(p.words[k+2])
}

// isDigits reports whether w is a number of one or two digits, a side's
// goals.
func isDigits(w string) bool { return len(w) <= 2 && allDigits(w) }

// resultLines finds the sides of a results line, a paragraph of its own
// that holds two names of capitalized words each followed by its goals
// and nothing else (Kilbride Rovers 2 Ashcombe Town 1, atop a match
// report): both are clubs. It returns a body's mention for each side no
// mention of ms (in text order) touches, and gives the body's label to a
// mention that spans a side exactly.
func resultLines(a *article.Article, p *prepared, ms []Mention) []Mention {
	var out []Mention
	for pi, par := range a.Paragraphs {
		f, l := par.Tokens.First, par.Tokens.Last
		if l-f < 4 || l-f > 10 || par.Kind != article.Body || !isDigits(p.words[l-1]) || !p.toks[f].upper {
			continue
		}
		// the first side's words, its goals, the second's, their goals
		k := f
		for k < l && p.toks[k].upper {
			k++
		}
		if k == f || k-f > 4 || k+2 >= l || !isDigits(p.words[k]) {
			continue
		}
		second := k + 1
		e := second
		for e < l && p.toks[e].upper {
			e++
		}
		if e != l-1 || e == second || e-second > 4 {
			continue
		}
		for _, r := range [2]article.Range{{First: f, Last: k}, {First: second, Last: e}} {
			i := sort.Search(len(ms), func(i int) bool { return ms[i].Tokens.Last > r.First })
			switch {
			case i < len(ms) && ms[i].Tokens == r:
				ms[i].Label = Org
			case i == len(ms) || ms[i].Tokens.First >= r.Last:
				out = append(out, ruleMention(a, r, Org, pi))
			}
		}
	}
	return out
}
