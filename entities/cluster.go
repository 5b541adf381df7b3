package entities

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/article"
)

// Cluster groups the mentions of one entity in one article: "Kremlin
// spokesman Dmitry Peskov" and "Peskov", or "U.S." and "United States".
type Cluster struct {
	ID       int    // index in Result.Clusters
	Name     string // canonical name: the fullest name used, or the gazetteer's name (United States for U.S.)
	Label    Label  // the most frequent label of its mentions
	Mentions []int  // indexes into Result.Mentions, in text order
	// Title is, for people, the title or office written before the name
	// the first time one is (President, Dr., Kremlin spokesman); it is not
	// part of Name.
	Title string
	// Gender is "male" or "female" when a title says so (Mr., Mrs.,
	// spokeswoman) or, failing that, the given name of a full name
	// (Harriet Carrow); else "". whosaid.Analyze also fills it from the
	// pronouns that quote the person (“…,” she added).
	Gender string
}

var maleTitles = map[string]bool{"Mr.": true, "Mr": true, "Sir": true, "King": true, "Prince": true, "Lord": true, "Duke": true, "Emperor": true, "Father": true, "Spokesman": true, "Congressman": true, "Councilman": true, "Chairman": true, "Assemblyman": true, "Sultan": true, "Sheikh": true, "Pope": true, "Alderman": true}
var femaleTitles = map[string]bool{"Mrs.": true, "Mrs": true, "Ms.": true, "Ms": true, "Miss": true, "Dame": true, "Lady": true, "Queen": true, "Princess": true, "Duchess": true, "Empress": true, "Spokeswoman": true, "Congresswoman": true, "Councilwoman": true, "Chairwoman": true, "Assemblywoman": true}

// upperFirst returns w with its first letter in upper case.
func upperFirst(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	if r == utf8.RuneError || unicode.IsUpper(r) {
		return w
	}
	return string(unicode.ToUpper(r)) + w[n:]
}

// isTitleWord reports whether w is a title or office, in either case
// (President, president, spokesman).
func (g *gazetteer) isTitleWord(w string) bool {
	return g.leadingTitle(w) || g.leadingTitle(upperFirst(w))
}

// leadingTitle reports whether capitalized word w, opening a person's
// mention, is a title cut from the name: one of the titles, or a job
// written as one (Prosecutor David Imrie).
func (g *gazetteer) leadingTitle(w string) bool { return g.titles[w] || g.jobTitles[w] }

// isOffice reports whether title word w may stand inside a mention, after
// a place or a body, and end what precedes a name: an abbreviated title
// (Gov., Sen.) or a title of office (Governor, Speaker).
func (g *gazetteer) isOffice(w string) bool {
	return g.titles[w] && (strings.HasSuffix(w, ".") || g.offices[w])
}

// nameWords returns the words that name a mention: its tokens without a
// leading "the" and without quotation marks, and without a person's
// nickname in marks (Tom J. “Tad” Hale: Tom J. Hale), and
// whether it left out marks.
func nameWords(a *article.Article, p *prepared, m *Mention) (words []string, marks bool) {
	first := m.Tokens.First
	if m.Tokens.Last-first > 1 && (p.words[first] == "the" || p.words[first] == "The") {
		first++
	}
	nick := false // inside a person's nickname in marks, which names no one alone
	for k := first; k < m.Tokens.Last; k++ {
		if a.Tokens[k].Kind.IsQuote() {
			marks = true
			nick = m.Label == Person && !nick && k > first && k+2 < m.Tokens.Last
			continue
		}
		if !nick {
			words = append(words, p.words[k])
		}
	}
	return words, marks
}

func initials(words []string) string {
	var b strings.Builder
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// spells reports whether w, a word of two to eight letters with a
// capital first, is a short form of the name words: its letters, in
// order, are letters of the name's capitalized words, each of which gives
// its first letter and may give more (FCA for Financial Conduct
// Authority; Balpa for British Airline Pilots' Association; Ofsted for
// Office for Standards in Education). Words in lower case (of, for) and
// marks give none.
func spells(words []string, w string) bool {
	if len(w) < 2 || len(w) > 8 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	letters := strings.ToLower(w)
	var caps []string
	for _, x := range words {
		if r, _ := utf8.DecodeRuneInString(x); unicode.IsUpper(r) {
			caps = append(caps, strings.ToLower(x))
		}
	}
	if len(caps) < 2 || len(caps) > len(letters) {
		return false
	}
	for i := 0; i < len(letters); i++ {
		if letters[i] < 'a' || letters[i] > 'z' {
			return false
		}
	}
	// match reports whether letters[li:] can be spelled by caps[wi:].
	var match func(wi, li int) bool
	match = func(wi, li int) bool {
		if wi == len(caps) || li == len(letters) {
			return wi == len(caps) && li == len(letters)
		}
		word := caps[wi]
		if word[0] != letters[li] {
			return false
		}
		// The word's first letter, then as many more of its letters, in
		// order, as the next word still finds its own.
		if match(wi+1, li+1) {
			return true
		}
		at, l := 1, li+1
		for l < len(letters) {
			j := strings.IndexByte(word[at:], letters[l])
			if j < 0 {
				break
			}
			at += j + 1
			l++
			if match(wi+1, l) {
				return true
			}
		}
		return false
	}
	return match(0, 0)
}

func acronym(w string) string {
	s := strings.ReplaceAll(w, ".", "")
	if len(s) < 2 {
		return ""
	}
	for _, r := range s {
		if !unicode.IsUpper(r) {
			return ""
		}
	}
	return s
}

// contains reports whether all of part's words occur in whole, in order,
// in any case (POUND in a transcript for Mike Pound).
func contains(whole, part []string) bool {
	j := 0
	for _, w := range whole {
		if j < len(part) && strings.EqualFold(w, part[j]) {
			j++
		}
	}
	return j == len(part)
}

type building struct {
	key    []string // name words
	joined string
	label  Label
	ms     []int
	// anchors are the starts of the building's first mention and of its
	// mentions of more than one word, where a short name looks for the
	// nearest one before it; sorted says whether they are in order now.
	anchors []int
	sorted  bool
	// gender is what the name, a title or a kinship word has said so far
	// ("male", "female", or "").
	gender string
}

// kinWords say the gender of the name they stand before ("his wife,
// Nasreen Kazmi"; "her brother Omar").
var kinWords = map[string]string{"wife": "female", "husband": "male", "mother": "female", "father": "male",
	"daughter": "female", "son": "male", "sister": "female", "brother": "male", "widow": "female", "widower": "male",
	"grandmother": "female", "grandfather": "male", "aunt": "female", "uncle": "male", "niece": "female", "nephew": "male",
	"girlfriend": "female", "boyfriend": "male", "granddaughter": "female", "grandson": "male", "stepmother": "female", "stepfather": "male"}

// spouseWords are the kin words whose holder mostly shares the surname of
// the person named as the other spouse (his widow, Patricia), or as the
// parent or sibling (his daughter, Fiona; Mr Hinchley's son, Paul).
var spouseWords = map[string]bool{"wife": true, "husband": true, "widow": true, "widower": true,
	"son": true, "daughter": true, "brother": true, "sister": true}

// trueSpouses are the spouses of spouseWords; the others, a child or a
// sibling, take the surname only when of the other gender than whose kin
// they are (his daughter, Fiona), so that a title then tells the two apart.
var trueSpouses = map[string]bool{"wife": true, "husband": true, "widow": true, "widower": true}

// TitleGender returns the gender a title word says ("male" for Mr. or
// Congressman, "female" for Mrs., Ms. or Congresswoman), or "".
func TitleGender(word string) string {
	if word == "" || word[0] < 'a' || word[0] > 'z' || len(word) > 32 {
		w := upperFirst(word) // (no copy for a word in capitals already)
		switch {
		case maleTitles[w]:
			return "male"
		case femaleTitles[w]:
			return "female"
		}
		return ""
	}
	// a word in lower case (spokeswoman, said): its capitalized form
	// looked up with no copy made, as most words a caller passes are
	var buf [32]byte
	b := append(buf[:0], word...)
	b[0] -= 'a' - 'A'
	switch {
	case maleTitles[string(b)]:
		return "male"
	case femaleTitles[string(b)]:
		return "female"
	}
	return ""
}

// mentionGender returns the gender a person mention's own context gives:
// the last word of the title just before it (Mr., Mrs., Congresswoman;
// see personTitle) or a kinship word (his wife, Nasreen Kazmi).
func mentionGender(a *article.Article, p *prepared, m *Mention, titleWord string) string {
	if gender := TitleGender(titleWord); gender != "" {
		return gender
	}
	k := m.Tokens.First - 1
	if k >= 0 && a.TokenText(k) == "," {
		k--
	}
	if k >= 0 {
		return kinWords[p.words[k]]
	}
	return ""
}

// nearest returns how far before pos the nearest anchor of b starts (a
// large number, growing with the gap, when all start after it).
func (b *building) nearest(pos int) int {
	if !b.sorted {
		sort.Ints(b.anchors)
		b.sorted = true
	}
	i := sort.SearchInts(b.anchors, pos+1) // anchors[:i] start at or before pos
	if i > 0 {
		return pos - b.anchors[i-1]
	}
	return b.anchors[0] - pos + 1<<20
}

// cluster groups the mentions: same name (through the alias list), a
// person's shorter name ("Peskov" for "Dmitry Peskov"), an organization's
// shorter name (its acronym, or its name without the word that ends it,
// the place before it or what follows its head: see shortName).
// Longer names are placed first so that a short name in a headline joins
// the full name of the body.
func (r *Result) cluster(a *article.Article, p *prepared, g *gazetteer) {
	order := make([]int, len(r.Mentions))
	for i := range order {
		order[i] = i
	}
	// The names and the titles before them, once per mention.
	names := make([][]string, len(r.Mentions))
	marked := make([]bool, len(r.Mentions))
	titles := make([][2]string, len(r.Mentions)) // the title, and its last word
	for i := range r.Mentions {
		names[i], marked[i] = nameWords(a, p, &r.Mentions[i])
		titles[i][0], titles[i][1] = personTitle(a, p, g, &r.Mentions[i])
	}
	// Sarah and Daniel Whitlock: a given name alone right before "and"
	// and a person's name that opens with a given name takes that name's
	// surname (Mrs Whitlock is then hers, by gender). marked: its words
	// are no one stretch of the text.
	for i := 0; i+1 < len(r.Mentions); i++ {
		m, n := &r.Mentions[i], &r.Mentions[i+1]
		if m.Label == Person && n.Label == Person && len(names[i]) == 1 && len(names[i+1]) >= 2 && m.Tokens.Last+1 == n.Tokens.First &&
			p.words[m.Tokens.Last] == "and" && g.givenName(names[i][0]) && g.givenName(names[i+1][0]) {
			names[i], marked[i] = []string{names[i][0], names[i+1][len(names[i+1])-1]}, true
		}
	}
	// Kieran "The Hammer" Doyle, read as Kieran and Doyle: a given name (and
	// initials), a nickname in marks and a surname (read as a person, or as
	// anything with less than even confidence) are one person's name, each
	// mention named by both words
	for i := 0; i+1 < len(r.Mentions); i++ {
		m, n := &r.Mentions[i], &r.Mentions[i+1]
		open, shut := m.Tokens.Last, n.Tokens.First-1
		if m.Label != Person || n.Label != Person && n.Confidence >= 0.5 || len(names[i+1]) != 1 || len(names[i]) == 0 || !g.givenName(names[i][0]) ||
			slices.ContainsFunc(names[i][1:], func(w string) bool { return !isInitial(w) }) ||
			shut-open < 2 || shut-open > 4 || !a.Tokens[open].Kind.IsQuote() || !a.Tokens[shut].Kind.IsQuote() ||
			slices.ContainsFunc(p.toks[open+1:shut], func(t tokenInfo) bool { return !t.upper }) {
			continue
		}
		full := append(slices.Clone(names[i]), names[i+1][0])
		names[i], names[i+1], marked[i], marked[i+1] = full, full, true, true
		n.Label = Person // (the surname the model was unsure of, read as a body)
	}
	// The British Airline Pilots' Association (Balpa): the short form the
	// article defines in brackets after a body's name, by that mention.
	var defined map[string]int
	for i, m := range r.Mentions {
		if w, ok := definedAcronym(a, p, m); ok {
			if defined == nil {
				defined = map[string]int{}
			}
			if _, seen := defined[w]; !seen {
				defined[w] = i
			}
		}
	}
	spouseSurnames(a, p, g, r.Mentions, names, marked, titles)
	places, placeVotes := placesNamed(r.Mentions, names, titles)
	sort.SliceStable(order, func(x, y int) bool { return len(names[order[x]]) > len(names[order[y]]) })
	var bs []*building
	byName := map[string]*building{}
	// Indexes, so that a short name finds its cluster without a scan of
	// them all: the person clusters by each word of their names (lower
	// case), the other many-word names by their initials.
	personsByWord := map[string][]*building{}
	byInitials := map[string]*building{}
	byLead := map[string][]*building{} // the other many-word names by their first word (lower case)
	byTail := map[string][]*building{} // and by their last
	for _, mi := range order {
		m := &r.Mentions[mi]
		words := names[mi]
		if defined != nil && len(words) == 1 && m.Label != Person {
			// (the defining name, of two words or more, is placed
			// before any one-word name)
			if d, ok := defined[words[0]]; ok && d != mi {
				if b := holding(bs, d); b != nil {
					b.ms = append(b.ms, mi)
					continue
				}
			}
		}
		joined := strings.Join(words, " ")
		if c, ok := g.alias[joined]; ok {
			joined = c
		} else if k := g.placePrefix(words); k > 0 && m.Label == Org {
			// the U.S. Congress and the United States Congress
			if c, ok := g.alias[strings.Join(words[:k], " ")]; ok {
				joined = c + " " + strings.Join(words[k:], " ")
			}
		}
		key := strings.ToLower(joined) // REUTERS and Reuters
		if b := byName[key]; b != nil && (b.label == Person) == (m.Label == Person) {
			b.ms = append(b.ms, mi)
			if len(words) > 1 {
				b.anchors, b.sorted = append(b.anchors, m.Start), false
			}
			continue
		}
		var found *building
		gender := ""
		if m.Label == Person || len(words) == 1 {
			gender = mentionGender(a, p, m, titles[mi][1])
		}
		if m.Label == Person || (len(words) == 1 && m.Label != NORP && !g.placeNamed(m.Label, words)) {
			// The person cluster whose name holds these words, nearest
			// before the mention: "Peskov" for "Dmitry Peskov", whatever
			// label the model gave the short name; not one of the other
			// gender ("Mr. Kazmi" is not Nasreen Kazmi, his wife); not a
			// place the gazetteer knows, read as one (flew to Paris, with
			// Valeska Parrish in the article).
			c := closest{pos: m.Start}
			for _, b := range personsByWord[strings.ToLower(words[len(words)-1])] {
				if contains(b.key, words) && (gender == "" || b.gender == "" || b.gender == gender) {
					c.offer(b)
				}
			}
			found = c.best
			if found != nil && found.gender == "" && c.offered == 1 {
				found.gender = gender
			}
			if found == nil && m.Label == Person && len(words) == 1 {
				found = fullNamed(words[0], gender, personsByWord, g)
			}
			if b := byName[key]; found == nil && b != nil && b.label == Org && m.Label == Person && len(words) == 1 && titles[mi][0] == "" && !g.givenName(words[0]) {
				// (Newswire) in a dateline, then told Newswire that …,
				// read as a person: no person of that name, and no
				// title; the body named by the same word before
				m.Label = Org
				b.ms = append(b.ms, mi)
				continue
			}
			if l := places[words[0]]; found == nil && l != None && placeVotes[words[0]] >= 0 && m.Label == Person && len(words) == 1 && titles[mi][0] == "" {
				// no person of that name, and no title: the place the
				// article names elsewhere as often or more (whether
				// Valdoria would …; not Carrier, read as a place five
				// times and as a person thirty)
				m.Label = l
				if b := byName[key]; b != nil && b.label != Person {
					b.ms = append(b.ms, mi)
					continue
				}
			}
		}
		if found == nil {
			found = shortName(m, words, joined, byInitials, byLead, byTail, g)
		}
		if found != nil {
			found.ms = append(found.ms, mi)
			if len(words) > 1 {
				found.anchors, found.sorted = append(found.anchors, m.Start), false
			}
			continue
		}
		b := &building{key: words, joined: joined, label: m.Label, ms: []int{mi}, anchors: []int{m.Start}, gender: gender}
		if b.gender == "" && m.Label == Person && len(words) > 1 {
			b.gender = g.nameGender[words[0]]
		}
		bs = append(bs, b)
		byName[key] = b
		switch {
		case b.label == Person:
			seen := map[string]bool{}
			for _, w := range words {
				if lw := strings.ToLower(w); !seen[lw] {
					seen[lw] = true
					personsByWord[lw] = append(personsByWord[lw], b)
				}
			}
		case len(words) > 1:
			if in := initials(words); byInitials[in] == nil {
				byInitials[in] = b
			}
			lw, tw := strings.ToLower(words[0]), strings.ToLower(words[len(words)-1])
			byLead[lw] = append(byLead[lw], b)
			byTail[tw] = append(byTail[tw], b)
		}
	}
	for _, b := range bs {
		sort.Ints(b.ms)
	}
	sort.Slice(bs, func(x, y int) bool { return bs[x].ms[0] < bs[y].ms[0] })
	r.Clusters = make([]Cluster, len(bs))
	for id, b := range bs {
		c := Cluster{ID: id, Mentions: b.ms, Name: b.joined}
		counts := map[Label]int{}
		introduced := false
		for _, mi := range b.ms {
			r.Mentions[mi].Cluster = id
			if introducedBody(a, p, g, &r.Mentions[mi]) || len(b.key) == 1 && (ownsJob(a, p, g, r.Mentions, mi) || len(b.ms) > 1 && theName(a, p, g, &r.Mentions[mi]) || firmsJob(p, g, &r.Mentions[mi])) {
				counts[Org] += 2 // (the video app Flicka …. Flicka said; Nordair chief executive …; the Alliance will …: the words around it say what it is, whatever the model read)
				introduced = true
			} else {
				counts[r.Mentions[mi].Label]++
			}
		}
		for l, n := range counts {
			if n > counts[c.Label] || (n == counts[c.Label] && l < c.Label) {
				c.Label = l
			}
		}
		if introduced && c.Label == Org {
			for _, mi := range b.ms {
				if r.Mentions[mi].Label == Person {
					r.Mentions[mi].Label = Org // (no person's mention in a body's cluster)
				}
			}
		}
		if _, aliased := g.alias[b.joined]; !aliased && !g.canonical[b.joined] {
			c.Name = a.Text[r.Mentions[b.ms[0]].Start:r.Mentions[b.ms[0]].End]
			best := 0
			for _, mi := range b.ms {
				m := &r.Mentions[mi]
				if w := names[mi]; len(w) > best {
					best = len(w)
					if marked[mi] {
						c.Name = strings.Join(w, " ") // Tom J. Hale, not its marks nor its nickname
					} else {
						c.Name = a.Text[a.Tokens[m.Tokens.Last-len(w)].Start:m.End]
					}
				}
			}
		}
		if c.Label == Person {
			for _, mi := range b.ms {
				r.Mentions[mi].Label = Person
			}
			for _, mi := range b.ms {
				if t := titles[mi]; t[0] != "" {
					c.Title = t[0]
					c.Gender = TitleGender(t[1])
					break
				}
			}
		}
		if c.Label == Person && c.Gender == "" {
			// No title says it: the given name may (Harriet Carrow), or
			// a kinship word (his wife, Nasreen Kazmi).
			if first, rest, ok := strings.Cut(c.Name, " "); !ok || rest != "" {
				c.Gender = g.nameGender[first] // (a given name alone too: John)
			}
			if c.Gender == "" {
				c.Gender = b.gender
			}
		}
		r.Clusters[id] = c
	}
}

// introducedBody reports whether mention m, of a body or a person,
// follows a company's noun in lower case after "the" or another noun (the
// video app Flicka, the charity Safe Steps): a name the article says is a
// body's, which counts twice as one when its cluster's label is chosen.
func introducedBody(a *article.Article, p *prepared, g *gazetteer, m *Mention) bool {
	f := m.Tokens.First
	return (m.Label == Org || m.Label == Person) && f >= 2 && !p.toks[f-1].upper && g.companyNouns[p.words[f-1]] &&
		(p.words[f-2] == "the" || !p.toks[f-2].upper && a.Tokens[f-2].Tag.IsNoun())
}

// ownsJob reports whether mention mi, one word and no given name, is
// right before a job in lower case and the person mention after it
// (Nordair chief executive Marit Haugen): a body's name, whatever the
// model read, which counts twice as one when a cluster of one-word
// mentions chooses its label. Not after "former", which news writes
// before a person's aides (former Vance adviser Ann Lee).
func ownsJob(a *article.Article, p *prepared, g *gazetteer, ms []Mention, mi int) bool {
	m := &ms[mi]
	f := m.Tokens.First
	if m.Tokens.Len() != 1 || m.Label != Person && m.Label != Org || g.givenName(p.words[f]) || peoplesWord(p.words[f]) || f > 0 && p.words[f-1] == "former" ||
		mi+1 == len(ms) || ms[mi+1].Label != Person {
		return false
	}
	s := a.SentenceOf(m.Tokens.First)
	return s >= 0 && jobAfter(a, p, g, m.Tokens.Last, a.Sentences[s].Tokens.Last) == ms[mi+1].Tokens.First
}

// firmsJob reports whether mention m, one word and no given name, owns
// a job only a company has (Islandlink's managing director, its chief
// executive): a body's name, which counts twice as one when a cluster of
// one-word mentions chooses its label.
func firmsJob(p *prepared, g *gazetteer, m *Mention) bool {
	e := m.Tokens.Last
	if m.Tokens.Len() != 1 || m.Label != Person && m.Label != Org || g.givenName(p.words[m.Tokens.First]) || e+2 >= len(p.words) || !singularMark(p.words[e]) {
		return false
	}
	return firmJobPairs[[2]string{p.words[e+1], p.words[e+2]}] || p.words[e+1] == "CEO"
}

// firmJobPairs are the jobs of two words, or their first two, that only a
// company has (managing director, chief executive officer).
var firmJobPairs = map[[2]string]bool{{"managing", "director"}: true, {"chief", "executive"}: true, {"chief", "operating"}: true,
	{"chief", "financial"}: true, {"finance", "director"}: true, {"operations", "director"}: true}

// theName reports whether mention m, one word read as a person's and no
// given name nor title, follows "the" in lower case and comes before a
// modal or a finite verb in the past or the third person (the Alliance
// will win): no one's name, a body's, which counts twice as one when a
// cluster of one-word mentions named more than once chooses its label
// (its caller's test: a role's word may stand capitalized once in a
// transcript, the Claimant was …). Not a plural (the Harlows: a family),
// nor before a noun (the Vance administration).
func theName(a *article.Article, p *prepared, g *gazetteer, m *Mention) bool {
	f, e := m.Tokens.First, m.Tokens.Last
	if m.Label != Person || m.Tokens.Len() != 1 || f == 0 || p.words[f-1] != "the" || g.givenName(p.words[f]) || g.isTitleWord(p.words[f]) ||
		a.Tokens[f].Kind != article.Word || strings.HasSuffix(p.words[f], "s") || e == len(a.Tokens) {
		return false
	}
	t := a.Tokens[e].Tag
	return t == article.MD || t == article.VBD || t == article.VBZ
}

// fullNamed returns the one person cluster named in full by a given name
// that short form w stands for, then a surname (Thomas Egan for "Tom"),
// whose gender does not clash with gender; nil if none or several.
func fullNamed(w, gender string, personsByWord map[string][]*building, g *gazetteer) *building {
	var found *building
	for _, full := range g.fullNames[w] {
		for _, b := range personsByWord[strings.ToLower(full)] {
			if len(b.key) < 2 || b.key[0] != full || gender != "" && b.gender != "" && b.gender != gender {
				continue
			}
			if found != nil && found != b {
				return nil
			}
			found = b
		}
	}
	return found
}

// holding returns the building of bs that holds mention mi, or nil.
func holding(bs []*building, mi int) *building {
	for _, b := range bs {
		if slices.Contains(b.ms, mi) {
			return b
		}
	}
	return nil
}

// spouseSurnames gives a given name alone set off after a spouse's word
// (His widow, Patricia; Mr Ellery's wife, Sarah) the surname of the
// person whose spouse she or he is, so that Mrs Farrow is then hers, by
// gender: the name before the possessive, or the nearest person named
// before, in the sentence or the two before it, when named in full and of
// the possessive's gender (not Bob Hale says Ali came with his wife,
// Lonnie: Ali is nearer, whose gender no title says). names and marked
// are the mentions' names as cluster reads them, changed in place;
// titles their titles and the titles' last words.
func spouseSurnames(a *article.Article, p *prepared, g *gazetteer, ms []Mention, names [][]string, marked []bool, titles [][2]string) {
	for i := range ms {
		m := &ms[i]
		k := m.Tokens.First - 2 // the spouse's word, before the comma
		if m.Label != Person || len(names[i]) != 1 || !g.givenName(names[i][0]) || k < 1 || a.TokenText(k+1) != "," || !spouseWords[p.words[k]] {
			continue
		}
		gender := func(j int) string {
			if gd := TitleGender(titles[j][1]); gd != "" || len(names[j]) < 2 {
				return gd
			}
			return g.nameGender[names[j][0]]
		}
		var surname, owner string // and the gender of whose kin it is
		switch pos := strings.ToLower(p.words[k-1]); {
		case a.Tokens[k-1].Tag == article.POS && i > 0 && ms[i-1].Tokens.Last == k-1 && ms[i-1].Label == Person:
			surname, owner = names[i-1][len(names[i-1])-1], gender(i-1)
		case pos == "his" || pos == "her":
			want := "male"
			if pos == "her" {
				want = "female"
			}
			owner = want
			lo := a.Sentences[max(a.SentenceOf(k)-2, 0)].Tokens.First
			for j := i - 1; j >= 0 && ms[j].Tokens.First >= lo; j-- {
				if ms[j].Label != Person {
					continue
				}
				if gender(j) == want && len(names[j]) >= 2 {
					surname = names[j][len(names[j])-1]
				}
				// (not Mr Dobson …. The charity's chief, Sir Peter Hall,
				// said …. His wife, Kerry,: two men in the sentences
				// before, whose the possessive is no one can tell; but
				// Frank Varley, who …, and his wife, Nadia: the man of
				// its own sentence)
				if a.SentenceOf(ms[j].Tokens.First) == a.SentenceOf(k) {
					break
				}
				// (nor, when that person is named in an earlier paragraph,
				// another of that gender anywhere before:
				// Margaret Thorne, who has died …, “…,” said former
				// pupil Sarah Linwood. ¶ Her husband, Geoffrey,)
				from := lo
				if ms[j].Paragraph != m.Paragraph {
					from = 0
				}
				for o := j - 1; surname != "" && o >= 0 && ms[o].Tokens.First >= from; o-- {
					if ms[o].Label == Person && gender(o) == want && names[o][len(names[o])-1] != surname {
						surname = ""
					}
				}
				break
			}
		}
		if w := p.words[k]; !trueSpouses[w] && (owner == "" || owner == kinWords[w]) {
			// (a child's or a sibling's of the owner's gender: Mark
			// Barden, whose son, Daniel, …, then Barden says: the surname
			// alone could be either's)
			surname = ""
		}
		if surname != "" && surname != names[i][0] {
			names[i], marked[i] = []string{names[i][0], surname}, true
		}
	}
}

// placesNamed returns the one-word names read as places somewhere in the
// article, with how (GPE or LOC), and for each such name how often it is
// read as a place less how often as a person with no title ("Valdoria",
// read as a place and then as a person).
func placesNamed(ms []Mention, names [][]string, titles [][2]string) (map[string]Label, map[string]int) {
	places := map[string]Label{}
	votes := map[string]int{}
	for i := range ms {
		if len(names[i]) != 1 {
			continue
		}
		switch l, key := ms[i].Label, names[i][0]; {
		case l == GPE || l == Loc:
			places[key] = l
			votes[key]++
		case l == Person && titles[i][0] == "":
			votes[key]--
		}
	}
	return places, votes
}

// placeNamed reports whether a mention labelled l with these words is a
// place the gazetteer knows by that name, read as a place.
func (g *gazetteer) placeNamed(l Label, words []string) bool {
	if l != GPE && l != Loc {
		return false
	}
	kind := g.lookup(words)
	return kind == gzGPE || kind == gzLoc
}

// shortName returns the organization cluster a name (words, joined after
// the alias list) of an organization is a short form of, or nil: the
// acronym of its name (WHO for World Health Organization), its leading
// words when the rest are words that end organization names (Microsoft for
// Microsoft Corp.) or start with "of" (the House for the House of
// Representatives), or its last words when a place comes before them
// (Congress for the U.S. Congress), the nearest before the mention first.
// Places are left alone: a city and its bay, bridge or island are
// different places.
func shortName(m *Mention, words []string, joined string, byInitials map[string]*building, byLead, byTail map[string][]*building, g *gazetteer) *building {
	// Greyline Buses, then Greyline: a company's one word before a
	// company's word (or "Air", which ends airlines' names but, alone
	// after a capitalized word, too many others to read as a company's:
	// SkyLark Air, then SkyLark)
	companyWordAfter := func(rest []string) bool {
		return len(words) == 1 && len(rest) == 1 && (g.companyWords[rest[0]] || bodyOnlyTails[rest[0]] || rest[0] == "Air")
	}
	if m.Label == Person && !g.firstNames[words[0]] {
		// Brightline Foods in a headline, read as a person, for the
		// body's Brightline Foods Inc.: the company, without the words
		// of a company's form that end its name (not Walt Disney for
		// Walt Disney Co., nor a person for the foundation named after
		// them)
		c := closest{pos: m.Start}
		c.offerLeading(words, byLead, func(rest []string) bool {
			return companyEnding(rest) || companyWordAfter(rest) ||
				len(words) == 1 && len(rest) == 1 && clubTail(g, rest[0]) // (Ashmoor Town, then Ashmoor led through …: the club)
		})
		if c.best != nil {
			m.Label = Org
		}
		return c.best
	}
	if m.Label != Org {
		return nil
	}
	if ac := acronym(joined); ac != "" {
		if b := byInitials[ac]; b != nil && b.label == Org {
			return b
		}
	}
	c := closest{pos: m.Start}
	c.offerLeading(words, byLead, func(rest []string) bool {
		return rest[0] == "of" || allOrgWords(g, rest) || // the House of Representatives
			len(words) == 1 && len(rest) == 1 && clubTail(g, rest[0]) || // Castleford Town, then Castleford
			len(words) == 1 && companyEnding(rest[len(rest)-1:]) || // Spirit AeroSystems Holdings Inc, then Spirit
			companyWordAfter(rest)
	})
	if len(words) == 2 && words[1] == "Council" {
		// Brackwell Borough Council, then Brackwell Council: the place's
		// council, with the words of its kind left out
		for _, b := range byLead[strings.ToLower(words[0])] {
			if n := len(b.key); b.label == Org && n > 2 && n <= 4 && strings.EqualFold(b.key[n-1], "council") && councilKind(b.key[1:n-1]) {
				c.offer(b)
			}
		}
	}
	for _, b := range byTail[strings.ToLower(words[len(words)-1])] {
		// (Leeds City Council, then City Council: a place's name before
		// it; Harton Rovers, then Rovers, Harbourside City, then City: a
		// club's word alone; the Northern Chronicle, then the Chronicle: a
		// paper's)
		if k := len(b.key) - len(words); b.label == Org && k > 0 && leads(b.key[k:], words) && (g.placePrefix(b.key) == k || len(words) == 1 && (clubTail(g, words[0]) || paperWords[words[0]])) {
			c.offer(b)
		}
	}
	return c.best
}

// paperWords end newspapers' names, which an article shortens to the
// word alone after naming the paper (the Northern Chronicle, then the
// Chronicle).
var paperWords = map[string]bool{"Times": true, "Post": true, "Herald": true, "Journal": true, "Tribune": true, "Gazette": true,
	"Ledger": true, "Telegraph": true, "Chronicle": true, "Courier": true, "Echo": true, "Mirror": true, "Guardian": true,
	"Observer": true, "Standard": true, "Express": true, "Argus": true, "Advertiser": true, "Examiner": true, "Inquirer": true}

// offerLeading offers c the organization clusters of byLead whose names
// open with words and go on with words that rest accepts.
func (c *closest) offerLeading(words []string, byLead map[string][]*building, rest func([]string) bool) {
	for _, b := range byLead[strings.ToLower(words[0])] {
		if b.label == Org && len(b.key) > len(words) && leads(b.key, words) && rest(b.key[len(words):]) {
			c.offer(b)
		}
	}
}

// allOrgWords reports whether every word of ws ends organization names
// (Corp., Inc., Group).
func allOrgWords(g *gazetteer, ws []string) bool {
	for _, w := range ws {
		if !g.orgWords[w] {
			return false
		}
	}
	return true
}

// companyEnding reports whether ws are words of a company's legal form
// (Inc., Corp., Co., Ltd., Group, Holdings, Partners).
func companyEnding(ws []string) bool {
	for _, w := range ws {
		switch strings.TrimSuffix(w, ".") {
		case "Inc", "Corp", "Corporation", "Co", "Company", "Ltd", "LLC", "LLP", "PLC", "plc", "Group", "Holdings", "Partners", "AG", "SA", "NV", "GmbH":
		default:
			return false
		}
	}
	return true
}

// closest keeps, of the clusters offered, the one whose nearest anchor
// lies closest before pos (the first offered on a tie), and counts them.
type closest struct {
	pos     int
	best    *building
	dist    int
	offered int
}

// offer counts b and keeps it if it lies closer than the best so far.
func (c *closest) offer(b *building) {
	c.offered++
	if d := b.nearest(c.pos); c.best == nil || d < c.dist {
		c.best, c.dist = b, d
	}
}

// placePrefix returns how many of words, leaving one at least, are the
// name of a country, state or city ("U.S." of "U.S. Congress"), or 0.
func (g *gazetteer) placePrefix(words []string) int {
	for k := len(words) - 1; k > 0; k-- {
		if g.lookup(words[:k]) == gzGPE {
			return k
		}
	}
	return 0
}

// leads reports whether part's words open whole, in any case.
func leads(whole, part []string) bool {
	for i, w := range part {
		if !strings.EqualFold(whole[i], w) {
			return false
		}
	}
	return true
}

// personTitle returns the title written just before a person mention
// ("President", "Kremlin spokesman", "State Sen.") and its last title word.
func personTitle(a *article.Article, p *prepared, g *gazetteer, m *Mention) (string, string) {
	s := a.SentenceOf(m.Tokens.First)
	if s < 0 {
		return "", ""
	}
	lo := a.Sentences[s].Tokens.First
	i := m.Tokens.First - 1
	if i < lo || !g.isTitleWord(p.words[i]) && !(a.Paragraphs[m.Paragraph].Kind == article.Byline && g.jobs[p.words[i]]) { // (By Health Correspondent Priya Das)
		return "", ""
	}
	last := p.words[i]
	first := i
	for k := i; k >= lo; k-- {
		t := a.Tokens[k]
		word := t.Kind == article.Word || t.Kind == article.Abbreviation
		if word && k < i && !p.toks[k].upper && p.toks[k+1].upper && g.jobLower[p.words[k]] {
			break // former transport minister Sir Geoffrey Hale: Sir, not "minister Sir" (but former President, state Sen.)
		}
		if word && (g.isTitleWord(p.words[k]) || t.Tag.IsProperNoun() || (t.Tag == article.JJ || t.Tag == article.NN) && p.toks[k].upper) || (t.Tag == article.POS && k > lo) {
			first = k // Kremlin spokesman, U.S. President, Russia's foreign minister
			continue
		}
		if word && k < i && !p.toks[k].upper && !p.toks[k+1].upper && (t.Tag == article.JJ || t.Tag == article.NN) && p.words[k+1] != "former" && !strings.ContainsAny(p.words[k], "0123456789") {
			first = k // former shadow chancellor: a lower-case title's words before it (nothing before "former")
			continue
		}
		if k > lo && k < i && p.words[k] == "and" && serviceWords[p.words[k-1]] && serviceWords[p.words[k+1]] {
			continue // Work and Pensions Secretary: two services a department joins
		}
		if k > lo && k < i && p.words[k] == "of" && p.toks[k-1].upper && g.isTitleWord(p.words[k-1]) {
			continue // Secretary of State, Chief of Staff: a title's own "of" (not Royal College of Nursing general secretary)
		}
		break
	}
	if a.Tokens[first].Tag == article.POS {
		first++
	}
	if first > lo && (p.words[first-1] == "of" || p.words[first-1] == "and" || p.words[first-1] == "&") {
		// Royal College of Nursing general secretary Ann Lee, Royal
		// College of Midwives and Nurses general secretary …: the walk
		// stopped inside a body's name; its last words are no title
		for first < i && a.Tokens[first].Tag.IsProperNoun() && !g.isTitleWord(p.words[first]) {
			first++
		}
	}
	return a.Text[a.Tokens[first].Start:a.Tokens[i].End], last
}
