// Package entities finds the people, places and organizations a news
// article mentions, and groups the mentions of each into clusters.
//
// A statistical model (a structured averaged perceptron over BILOU classes
// with word, shape, affix, part-of-speech, neighbour, gazetteer and
// document features, decoded by Viterbi search, trained by
// cmd/whosaid-train and embedded in the package) finds
// person, organization and place mentions; the project's gazetteers then
// tell countries and cities (GPE) from other places (LOC) and facilities
// (FAC), and add nationalities and groups (NORP). Every mention is a span of
// the article's text.
package entities

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/whosaid/whosaid/article"
)

// Mention is an entity mention: a span of the article with a label.
type Mention struct {
	article.Span
	Tokens article.Range // indexes into the article's tokens
	Label  Label
	// Confidence is how likely the mention is right, 0 to 1: the least
	// marginal probability of its tokens' classes, calibrated on GUM
	// (0.5 for most mentions the rules add). The model's mentions below
	// minConfidence are left out.
	Confidence float64
	Paragraph  int // index into the article's paragraphs
	// Boilerplate and Credit mark mentions in boilerplate paragraphs
	// (newsletter prompts, "Read more") and in photo or agency credits,
	// so users counting who an article is about can leave them out.
	Boilerplate, Credit bool
	Cluster             int // index into Result.Clusters
}

// Result is what Recognize finds in an article.
type Result struct {
	Mentions []Mention // in text order, not overlapping
	Clusters []Cluster // in order of first mention
}

// Recognize finds the entity mentions of a with the embedded model and
// clusters them. It tags parts of speech first if a is not tagged.
func Recognize(a *article.Article) *Result {
	m, err := DefaultModel()
	if err != nil {
		panic(err) // the model is embedded; a broken one is a build error
	}
	return m.Recognize(a)
}

// Recognize finds the entity mentions of a with model m and clusters them.
func (m *Model) Recognize(a *article.Article) *Result {
	g := loadGazetteer()
	p := prepare(a, g, m.classes)
	r := &Result{}
	var dec decoder
	for _, sent := range a.Sentences {
		toks := p.toks[sent.Tokens.First:sent.Tokens.Last]
		p.doc.paraKind = a.Paragraphs[sent.Paragraph].Kind
		path := dec.decode(toks, &p.doc, m.score)
		k := sent.Tokens.First
		eachMention(path, func(first, last, typ int) {
			// (a stop or a comma the model put at the end is no part of
			// the name: "bank at the Post Office.")
			for last > first && trailingPunct(a, k+last) {
				last--
			}
			if trailingPunct(a, k+last) {
				return
			}
			conf := 1.0
			for i := first; i <= last; i++ {
				conf = min(conf, dec.marginal(i, path[i]))
			}
			// the Kelby Rail Users' Group, read as Kelby Rail Users: a
			// plural's possessive mark and a body's word after a body's
			// plural are the name's
			// (not over the next mention's word: Services' Navy)
			if e := k + last + 1; typ == typeOrg && e+1 < sent.Tokens.Last && pluralMark(p.words[e]) && p.toks[e+1].upper && g.isOrgWord(p.words[e+1]) && strings.HasSuffix(p.words[e-1], "s") &&
				path[last+2] == classO {
				last += 2
			}
			// of Wiltshire Police's roads unit, read as the place alone;
			// © Kelby Gazette, read as a body of one word: a body's word
			// the place's or body's name ends before, capitalized and
			// last, is the name's, and the name the body's (not a body
			// the lists know: Google Analytics is Google's product)
			if e := k + last + 1; typ != typePer && p.toks[k+first].gaz.kind != gzOrg && e < sent.Tokens.Last && a.Tokens[e].Tag.IsProperNoun() && g.orgWords[p.words[e]] &&
				(e+1 == sent.Tokens.Last || !p.toks[e+1].upper) && path[last+1] == classO {
				last++
				typ = typeOrg
			}
			station := stationName(p, k+first, k+last+1)
			if conf < minConfidence && !plainBody(p, g, k+first, k+last+1, typ) && !initialled(a, k+first, k+last+1, typ) && !addressTown(a, p, k+first, k+last+1, typ) && !listedOrg(p, k+first, k+last+1, typ) && !bodyToVerb(a, p, g, k+first) && !station {
				return
			}
			label := labelOfType(typ)
			if station {
				label = Org
			}
			r.Mentions = append(r.Mentions, Mention{
				Span:       article.Span{Start: a.Tokens[k+first].Start, End: a.Tokens[k+last].End},
				Tokens:     article.Range{First: k + first, Last: k + last + 1},
				Label:      label,
				Confidence: conf,
				Paragraph:  sent.Paragraph,
			})
		})
		rememberPath(toks, path, &p.doc)
	}
	r.Mentions = dropLaws(a, p, g, dropOpeningNouns(a, p, g, dropTurnLabels(a, refine(a, p, g, r.Mentions))))
	trimModifiers(a, r.Mentions)
	trimHeadlineNames(a, p, g, r.Mentions)
	headlineLabels(a, r.Mentions)
	r.cluster(a, p, g)
	return r
}

// trimModifiers cuts from the start of a mention of two words or more a
// hyphened modifier that says where the named thing is based, listed or
// born (the Kampala-based Health Justice Network, the London-listed
// miner), or a body's "Former" opening a sentence (Former Premier League
// footballer …): no part of the name.
func trimModifiers(a *article.Article, ms []Mention) {
	for i := range ms {
		m := &ms[i]
		if m.Tokens.Len() < 2 {
			continue
		}
		w := a.TokenText(m.Tokens.First)
		if k := strings.LastIndexByte(w, '-'); k > 0 && placeModifiers[w[k+1:]] || w == "Former" && m.Label == Org {
			m.Tokens.First++ // (Former Premier League footballer …: the body, not the time before it)
			m.Start = a.Tokens[m.Tokens.First].Start
		}
	}
}

// ownJob reports whether tokens before k+1 end in a job in lower case
// (its words, or "general" after one) after a possessive determiner at or
// after token lo (Its director general, Her spokesman).
func ownJob(a *article.Article, p *prepared, g *gazetteer, k, lo int) bool {
	end := k
	for k > lo && !p.toks[k].upper && (g.jobLower[p.words[k]] || p.words[k] == "general" && k-1 > lo && g.jobLower[p.words[k-1]]) {
		k--
	}
	return k < end && a.Tokens[k].Tag == article.PRPS
}

// nextMention returns the model's mention out[j], or nil past the last.
func nextMention(out []Mention, j int) *Mention {
	if j < len(out) {
		return &out[j]
	}
	return nil
}

// jobOwner reports whether token i of sentence s is one capitalized
// word before a job in lower case and the person who holds it (jobAfter),
// a mention next (the model's next), a given name, or two proper nouns
// the model left out: Nordair chief executive Marit Haugen. Not a title,
// a given name, a month, a day or a people's word (Estavian rebel
// leader); after a word in lower case, a comma or a quotation mark (not
// a capitalized word: a longer name); opening its sentence, only a word
// the article capitalizes inside a sentence too (not Team leader Ross
// Hale).
func jobOwner(a *article.Article, p *prepared, g *gazetteer, s article.Sentence, i int, next *Mention) bool {
	w := p.words[i]
	if i+1 >= s.Tokens.Last || p.toks[i+1].upper || !a.Tokens[i+1].Tag.IsNoun() && !a.Tokens[i+1].Tag.IsAdjective() {
		return false // (the cheap test first: most capitalized words have no job in lower case after them)
	}
	if a.Tokens[i].Tag != article.NNP || a.Tokens[i].Kind != article.Word || p.toks[i].gaz.kind != gzNone || len(w) < 2 ||
		g.isTitleWord(w) || g.givenName(w) || article.IsMonth(w) || weekdays[w] || peoplesWord(w) ||
		i > s.Tokens.First && (p.toks[i-1].upper || a.Tokens[i-1].Kind != article.Word && p.words[i-1] != "," && !a.Tokens[i-1].Kind.IsQuote()) ||
		i == s.Tokens.First && !p.doc.capMid[p.toks[i].lower] {
		return false
	}
	k := jobAfter(a, p, g, i+1, s.Tokens.Last)
	if k < 0 {
		return false
	}
	return next != nil && next.Tokens.First == k && next.Label == Person || g.givenName(p.words[k]) ||
		(next == nil || next.Tokens.First > k+1) && k+1 < s.Tokens.Last && a.Tokens[k].Tag.IsProperNoun() && a.Tokens[k+1].Tag.IsProperNoun() && p.toks[k+1].upper
}

// peoplesWord reports whether capitalized word w ends as the words for
// peoples and their languages do (-an, -ese, -ish, -i: Estavian, Omani).
func peoplesWord(w string) bool {
	for _, e := range [...]string{"an", "ese", "ish", "i"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// jobAfter returns the token after a job in lower case at token i
// (its last word a job, up to two nouns or adjectives before it: chief
// executive, transport secretary) when a capitalized word follows it
// before last; -1 if there is none.
func jobAfter(a *article.Article, p *prepared, g *gazetteer, i, last int) int {
	k := i
	for k < last && k < i+3 && !p.toks[k].upper && (a.Tokens[k].Tag.IsNoun() || a.Tokens[k].Tag.IsAdjective()) {
		k++
	}
	if k == i || k == last || !g.jobLower[p.words[k-1]] || !p.toks[k].upper {
		return -1
	}
	return k
}

// placeModifiers end the hyphened words that put a name after them in a
// place (Kampala-based, London-listed, US-born).
var placeModifiers = map[string]bool{"based": true, "listed": true, "born": true, "headquartered": true, "registered": true}

// dropLaws leaves out a name of two words or more ending in "Act": a
// law (the HEROES Act, the Clean Air Act), no person, body or place;
// but not a body's name after a company's noun in lower case (the group
// Just Act).
func dropLaws(a *article.Article, p *prepared, g *gazetteer, ms []Mention) []Mention {
	return slices.DeleteFunc(ms, func(m Mention) bool {
		f := m.Tokens.First
		return m.Tokens.Len() >= 2 && a.TokenText(m.Tokens.Last-1) == "Act" &&
			!(m.Label == Org && f > 0 && !p.toks[f-1].upper && g.companyNouns[p.words[f-1]])
	})
}

// dropOpeningNouns leaves out a one-word mention opening a headline that
// is a company's noun or an institution's capitalized there (Carmaker to
// cut 2,000 jobs, University staff to strike), unless the article names
// the word as a name elsewhere: alone inside a sentence (jobs at Carrier)
// or opening a longer name (Carrier Corp.).
func dropOpeningNouns(a *article.Article, p *prepared, g *gazetteer, ms []Mention) []Mention {
	companyNoun := func(m Mention) bool {
		w := strings.ToLower(p.words[m.Tokens.First])
		return g.companyNouns[w] || makerNouns[w] || institutionNouns[w]
	}
	opening := func(m Mention) bool {
		return m.Tokens.Len() == 1 && a.Paragraphs[m.Paragraph].Kind == article.Headline && opensSentence(a, m.Tokens.First) && companyNoun(m)
	}
	// (the headline's mentions lead: most articles have none to drop,
	// and read no further)
	drop := -1
	for i := 0; i < len(ms) && a.Paragraphs[ms[i].Paragraph].Kind == article.Headline; i++ {
		if opening(ms[i]) {
			drop = i
			break
		}
	}
	if drop < 0 {
		return ms
	}
	w := p.words[ms[drop].Tokens.First]
	institution := institutionNouns[strings.ToLower(w)] // (no longer name's short form: University staff, then the University and College Union)
	for i, m := range ms {
		if i != drop && strings.EqualFold(p.words[m.Tokens.First], w) && (m.Tokens.Len() > 1 && !institution || m.Tokens.Len() == 1 && !opensSentence(a, m.Tokens.First)) {
			return ms // (named elsewhere: Carrier Corp.)
		}
	}
	return slices.Delete(ms, drop, drop+1)
}

// institutionNouns are the common nouns of institutions a headline may
// open on (University staff to strike, Hospital bosses apologise).
var institutionNouns = map[string]bool{"university": true, "college": true, "school": true, "hospital": true, "council": true}

// dropTurnLabels leaves out the one-letter labels of an interview's turns
// (Q: …, A: …): a single capital letter before a colon is no name.
func dropTurnLabels(a *article.Article, ms []Mention) []Mention {
	return slices.DeleteFunc(ms, func(m Mention) bool {
		k := m.Tokens.First
		return m.Tokens.Len() == 1 && m.End-m.Start == 1 && k+1 < len(a.Tokens) && a.TokenText(k+1) == ":"
	})
}

// trailingPunct reports whether token k is a stop, a comma, a colon or
// a semicolon on its own, which ends no name (but "!" and "?" may:
// Yahoo!, Which?).
func trailingPunct(a *article.Article, k int) bool {
	if a.Tokens[k].Kind != article.Punct {
		return false
	}
	switch a.TokenText(k) {
	case ".", ",", ";", ":":
		return true
	}
	return false
}

// plainBody reports whether the model's mention of type typ at tokens
// first to end is kept below minConfidence: a body's name of two words or
// more (three, read as anything but a body: the Marine Accident
// Investigation Branch, as a person at 0.23) ending in a body's word (the Harbour Trust, whose confidence "the
// trust" in lower case after it lowers), all capitalized (or "&": Moelis
// & Company; or a plural's possessive mark inside: the Kelby Traders’
// Association; or an owner's "'s": Kelby Coroner's Court), no given name first (not Darran Whitby of Liberty Baptist Church, nor Negash's
// Coalition).
func plainBody(p *prepared, g *gazetteer, first, end int, typ int) bool {
	if typ != typeOrg && end-first < 3 || end-first < 2 || !g.isOrgWord(p.words[end-1]) && !g.companyWords[p.words[end-1]] || g.givenName(p.words[first]) {
		return false
	}
	for k := first; k < end; k++ {
		if !p.toks[k].upper && p.words[k] != "&" && !(k > first && pluralMark(p.words[k])) && !(k > first && k+1 < end && ownerMark(p, k)) {
			return false
		}
	}
	return true
}

// ownerMark reports whether token k is "'s" after a word of
// possessiveOwners, or after a saint's name (St Mary's).
func ownerMark(p *prepared, k int) bool {
	if !singularMark(p.words[k]) {
		return false
	}
	return possessiveOwners[p.words[k-1]] || k >= 2 && saintWord(p.words[k-2])
}

// singularSeen reports whether the article writes the singular of plural
// w in lower case (library, for Libraries).
func singularSeen(p *prepared, w string) bool {
	switch {
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		return p.doc.seenLower[lowerHash(w[:len(w)-3]+"y")]
	case len(w) > 3 && strings.HasSuffix(w, "s"):
		return p.doc.seenLower[lowerHash(w[:len(w)-1])]
	}
	return false
}

// inCapitals reports whether w has no letter in lower case (NATO, GRACE),
// with no upper-case copy of it built.
func inCapitals(w string) bool { return strings.IndexFunc(w, unicode.IsLower) < 0 }

// townEndings are the endings of English towns' names (Tattersby,
// Kelton, Ashford, Thornbury).
var townEndings = []string{"by", "ton", "ham", "ford", "bury", "field", "wick", "worth", "stead", "mouth", "minster", "chester", "caster", "cester",
	"thorpe", "burgh", "borough", "brough", "port", "pool", "bridge", "combe", "hurst", "wich", "holme", "ley"}

// townEnding reports whether capitalized w, of five letters or more, ends
// as English towns' names do.
func townEnding(w string) bool {
	if len(w) < 5 {
		return false
	}
	for _, e := range townEndings {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// placesFrom reports whether the tokens from first to end are one place
// the label-only lists know, or each a word of a place the model's lists
// know.
func placesFrom(p *prepared, g *gazetteer, first, end int) bool {
	if e, kind := g.labelOnlyAt(p.words, first, end); e == end && (kind == gzGPE || kind == gzLoc) {
		return true
	}
	for k := first; k < end; k++ {
		if z := p.toks[k].gaz.kind; z != gzGPE && z != gzLoc {
			return false
		}
	}
	return true
}

// turnLabel returns the end of a transcript turn's label at token i:
// one to three words in capitals (of two letters or more) opening the
// paragraph of sentence s, then a colon; or i.
func turnLabel(a *article.Article, p *prepared, s article.Sentence, i int) int {
	if i != s.Tokens.First || a.Paragraphs[s.Paragraph].Tokens.First != i {
		return i
	}
	end := i
	for end < s.Tokens.Last && end < i+3 && a.Tokens[end].Kind == article.Word && len(p.words[end]) > 1 && inCapitals(p.words[end]) {
		end++
	}
	if end == i || end >= s.Tokens.Last || p.words[end] != ":" {
		return i
	}
	return end
}

// sideOfClub reports whether mention out[i] stands on one side of a score
// (one token, 2-1, or three, 2 - 1) whose other side is a body's mention
// in out, which is in text order.
func sideOfClub(p *prepared, out []Mention, i int) bool {
	f, l := out[i].Tokens.First, out[i].Tokens.Last
	if i+1 < len(out) && out[i+1].Label == Org && l < len(p.words) && score(p, l) {
		n := l + 1
		if !strings.ContainsAny(p.words[l], "-–") {
			n = l + 3
		}
		if out[i+1].Tokens.First == n {
			return true
		}
	}
	if i > 0 && out[i-1].Label == Org && f > 0 {
		e := out[i-1].Tokens.Last
		return e == f-1 && score(p, e) || e == f-3 && score(p, e)
	}
	return false
}

// controlWord reports whether w is a hyphened word saying who runs or
// leads something (Labour-run, Tory-led, state-owned, Kelby-based).
func controlWord(w string) bool {
	i := strings.LastIndexByte(w, '-')
	if i <= 0 {
		return false
	}
	switch w[i+1:] {
	case "run", "led", "controlled", "owned", "backed", "based", "funded":
		return true
	}
	return false
}

// stationName reports whether the model's mention at tokens first to end
// is a broadcaster's channel and number, maybe with more words (Channel 4
// News, at 0.23, read as a place): kept below minConfidence, a body.
func stationName(p *prepared, first, end int) bool {
	return end-first >= 2 && p.words[first] == "Channel" && isDigits(p.words[first+1])
}

// bodyToVerb reports whether the model's mention at tokens from first is
// kept below minConfidence: it opens with a capitalized verb after "to"
// and a body's capitalized word (the Campaign to Protect Rural England,
// at 0.27), which refine makes the body's name.
func bodyToVerb(a *article.Article, p *prepared, g *gazetteer, first int) bool {
	return first >= 2 && a.Tokens[first].Tag == article.VB && p.toks[first].upper && p.words[first-1] == "to" &&
		p.toks[first-2].upper && (g.orgWords[p.words[first-2]] || g.bodyHeads[p.words[first-2]])
}

// pluralMark reports whether w is a plural's possessive mark, a bare
// apostrophe, straight or curly (the Kelby Traders’ Association; not
// Negash's Coalition …, a person's).
func pluralMark(w string) bool { return w == "'" || w == "’" }

// singularMark reports whether w is a singular's possessive "'s",
// straight or curly (Kelby Coroner's Court, St Mary's).
func singularMark(w string) bool { return w == "'s" || w == "’s" }

// listedOrg reports whether the model's mention of type typ at tokens
// first to end is kept below minConfidence: a body the organizations list
// knows, all of its words and no more (Scotland Yard, at 0.32).
func listedOrg(p *prepared, first, end int, typ int) bool {
	if typ != typeOrg || end-first < 2 {
		return false
	}
	b, l := p.toks[first].gaz, p.toks[end-1].gaz
	return b.kind == gzOrg && b.pos == posB && l.kind == gzOrg && l.pos == posL
}

// addressTown reports whether the model's place of one or two words at
// tokens first to end is kept below minConfidence: the town of an address,
// set off by commas after a road's name (of Halbrook Road, Tenby, at 0.34).
func addressTown(a *article.Article, p *prepared, first, end int, typ int) bool {
	return typ == typePlace && end-first <= 2 && first >= 2 && p.words[first-1] == "," && roadWords[p.words[first-2]] && p.toks[first-2].upper &&
		end < len(a.Tokens) && a.Tokens[end].Kind == article.Punct && a.SentenceOf(first-2) == a.SentenceOf(first)
}

// initialled reports whether the model's mention of type typ at tokens
// first to end is kept below minConfidence: a person's name of initials
// and a capitalized word after them (J. R. R. Tolkien, at 0.34).
func initialled(a *article.Article, first, end int, typ int) bool {
	return typ == typePer && end-first >= 2 && isInitial(a.TokenText(first)) && !isInitial(a.TokenText(end-1)) && a.Tokens[end-1].Kind == article.Word
}

// isInitial reports whether w is one capital letter and a stop: K.
func isInitial(w string) bool {
	return len(w) == 2 && w[0] >= 'A' && w[0] <= 'Z' && w[1] == '.'
}

// initialsBefore opens a person's name of two words or more over the
// initials the model left out before it, in its sentence (K. Michael
// Stennard, read as Michael Stennard; not a list's "A." before a word).
// ms is in text order.
func initialsBefore(a *article.Article, ms []Mention) {
	for i := range ms {
		m := &ms[i]
		f := m.Tokens.First
		if m.Label != Person || m.Tokens.Len() < 2 || f == 0 || !isInitial(a.TokenText(f-1)) {
			continue // (most names)
		}
		s := a.SentenceOf(f)
		for f > 0 && f > m.Tokens.First-3 && isInitial(a.TokenText(f-1)) && a.SentenceOf(f-1) == s && (i == 0 || ms[i-1].Tokens.Last < f) {
			f--
		}
		m.Tokens.First, m.Start = f, a.Tokens[f].Start
	}
}

// minConfidence is the least confidence of a mention the model gives that
// Recognize keeps. A mention right with probability p adds to F1 when p is
// above about half the F1 reached (near 0.75 on GUM): the model's best path
// holds names it is less sure of than that. With a model trained on GUM
// train, GUM dev went from 0.786, 0.786 and 0.782 (three training seeds)
// to 0.791, 0.789 and 0.784 at 0.35, 0.789, 0.786 and 0.785 at 0.4 and
// 0.787, 0.789 and 0.783 at 0.3. The sentence's path is still the
// model's, for the document features of the sentences after it.
const minConfidence = 0.35

// titleCase reports whether the words of r are written in title case: at
// least four, and four in five capitalized, or all but the small ones
// (article.TitleSmall) with four of those at least (a headline, or a
// subhead in the body).
func titleCase(a *article.Article, p *prepared, r article.Range) bool {
	words, upper, small := 0, 0, 0
	for k := r.First; k < r.Last; k++ {
		if a.Tokens[k].Kind != article.Word {
			continue
		}
		words++
		switch {
		case p.toks[k].upper:
			upper++
		case article.TitleSmall(p.words[k]):
			small++
		}
	}
	return words >= 4 && upper*10 >= words*8 || upper >= 4 && upper+small == words
}

// headlineLabels gives a headline's mention the label the body gives
// every mention of the same words, when that label differs (Review: The
// Lighthouse Keeper, Theatre Royal, read as a person; the Theatre Royal
// in the body, a body): a headline's capitals tell the model less.
func headlineLabels(a *article.Article, ms []Mention) {
	// the body's label of each name the headline holds, None if it gives
	// two (only those names: the body may hold thousands)
	var body map[string]Label
	for _, m := range ms {
		if a.Paragraphs[m.Paragraph].Kind == article.Headline {
			if body == nil {
				body = map[string]Label{}
			}
			body[a.Text[m.Start:m.End]] = None
		}
	}
	if body == nil {
		return // (most articles' headlines name no one)
	}
	seen := map[string]bool{}
	for _, m := range ms {
		t := a.Text[m.Start:m.End]
		if l, ok := body[t]; !ok || a.Paragraphs[m.Paragraph].Kind != article.Body {
			continue
		} else if !seen[t] {
			body[t], seen[t] = m.Label, true
		} else if l != m.Label {
			body[t] = None
		}
	}
	for i := range ms {
		m := &ms[i]
		if a.Paragraphs[m.Paragraph].Kind != article.Headline {
			continue
		}
		if l := body[a.Text[m.Start:m.End]]; l != None && l != m.Label {
			m.Label = l
		}
	}
}

// trimHeadlineNames cuts a person's name in a title-case headline or
// subhead (or a title-case sentence inside a paragraph, as a live blog's
// entries open) back to the name the body gives: "Harriet Carrow
// Reassures Donors" read as one name is Harriet Carrow when the body
// names her so.
func trimHeadlineNames(a *article.Article, p *prepared, g *gazetteer, ms []Mention) {
	titled := map[int]bool{} // paragraph → written in title case, once each
	titledSentence := map[int]bool{}
	isTitled := func(m Mention) bool {
		pi := m.Paragraph
		t, ok := titled[pi]
		if !ok {
			t = a.Paragraphs[pi].Kind == article.Headline || titleCase(a, p, a.Paragraphs[pi].Tokens)
			titled[pi] = t
		}
		if t {
			return true
		}
		si := a.SentenceOf(m.Tokens.First)
		t, ok = titledSentence[si]
		if !ok {
			t = titleCase(a, p, a.Sentences[si].Tokens)
			titledSentence[si] = t
		}
		return t
	}
	body := map[string]bool{}    // the person names of the body's sentences, words joined
	surname := map[string]bool{} // and their last words
	for _, m := range ms {
		if m.Label == Person && a.Paragraphs[m.Paragraph].Kind == article.Body && !isTitled(m) {
			body[strings.Join(p.words[m.Tokens.First:m.Tokens.Last], " ")] = true
			surname[p.words[m.Tokens.Last-1]] = true
		}
	}
	if len(body) == 0 {
		return
	}
	for i := range ms {
		m := &ms[i]
		// Any label: the model may have read the run as an organization,
		// and clustering with the body's person makes it one. Not a
		// body's name (Carrow Foundation).
		last := p.words[m.Tokens.Last-1]
		if m.Tokens.Last-m.Tokens.First < 3 || m.Label == NORP || g.orgWords[last] || g.facWords[last] || !isTitled(*m) {
			continue
		}
		if body[strings.Join(p.words[m.Tokens.First:m.Tokens.Last], " ")] {
			continue // the body names the whole of it
		}
		// The longest start of it the body names, or a given name and a
		// surname the body gives (Marco Rubini Responds, with "Rubini").
		for last := m.Tokens.Last - 1; last > m.Tokens.First; last-- {
			if body[strings.Join(p.words[m.Tokens.First:last], " ")] ||
				last == m.Tokens.First+2 && g.firstNames[p.words[m.Tokens.First]] && surname[p.words[last-1]] {
				m.Tokens.Last, m.End, m.Label = last, a.Tokens[last-1].End, Person
				break
			}
		}
	}
}

// givenTitle reports whether token k, a title that is also a given name
// (Dean), is the given name of the surname after it: capitalized, in the
// sentence, and not after "the", "of", a possessive or a capitalized word
// that is no title (Law School Dean Okafor is a dean; Rep. Dean Okafor,
// the club's boss Dean Okafor and Dean Okafor said are a Dean).
func givenTitle(a *article.Article, p *prepared, g *gazetteer, k int) bool {
	if k < 0 || !g.titles[p.words[k]] || !g.firstNames[p.words[k]] || !p.toks[k].upper || a.Tokens[k].Kind != article.Word {
		return false
	}
	s := a.SentenceOf(k)
	if s < 0 || a.SentenceOf(k+1) != s || k == a.Sentences[s].Tokens.First {
		return s >= 0 && a.SentenceOf(k+1) == s
	}
	switch b := p.words[k-1]; {
	case b == "the" || b == "The" || b == "of" || a.Tokens[k-1].Tag == article.POS:
		return false
	case p.toks[k-1].upper && a.Tokens[k-1].Kind == article.Word:
		return g.isTitleWord(b)
	}
	return true
}

func labelOfType(t int) Label {
	switch t {
	case typePer:
		return Person
	case typeOrg:
		return Org
	}
	return GPE
}

// namesIn returns the person names inside mention m that open with a known
// given name: "Ted Vela" and "George Walcott" in "NYTimes Casually
// Conflates Ted Vela With George Walcott".
func namesIn(a *article.Article, p *prepared, g *gazetteer, m Mention) []Mention {
	var out []Mention
	for k := m.Tokens.First; k < m.Tokens.Last-1; k++ {
		if !g.firstNames[p.words[k]] {
			continue
		}
		end := k + 1
		for end < m.Tokens.Last && end < k+3 && p.toks[end].upper && !g.firstNames[p.words[end]] &&
			(a.Tokens[end].Kind == article.Word || a.Tokens[end].Kind == article.Abbreviation) && !g.headWords[p.words[end]] {
			end++
		}
		if end > k+1 {
			n := m
			n.Tokens = article.Range{First: k, Last: end}
			n.Span = article.Span{Start: a.Tokens[k].Start, End: a.Tokens[end-1].End}
			out = append(out, n)
			k = end - 1
		}
	}
	return out
}

// marksIn counts the quotation marks among tokens r (a nickname's:
// Margaret "Peggy" Thornton, no longer a name for them).
func marksIn(a *article.Article, r article.Range) int {
	n := 0
	for k := r.First; k < r.Last; k++ {
		if a.Tokens[k].Kind.IsQuote() {
			n++
		}
	}
	return n
}

// hasSmallCaps reports whether a name holds a capitalized small word of
// a headline (Carrow Breaks With Obiora).
func hasSmallCaps(g *gazetteer, words []string) bool {
	for _, w := range words[1:] {
		if g.headWords[w] {
			return true
		}
	}
	return false
}

// joinHeads joins a mention to the one right after it when that one is
// only a facility or organization head the model split off: "Kennedy" and
// "Space Center" are the Kennedy Space Center. The joined mention takes the
// head's label.
func joinHeads(a *article.Article, p *prepared, g *gazetteer, ms []Mention) []Mention {
	surnames := personSurnames(a, p, ms)
	out := ms[:0]
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		// The Court of Appeals, the Congress of Arts and Sciences: an
		// organization or facility head goes on over "of" and the
		// capitalized words after it, and any mention among them.
		// The head may stand inside the mention, the model having ended
		// it early: the Centers for Disease Control | and Prevention.
		if k := headOf(p, g, m.Tokens); m.Label != Person && k > 0 {
			last := p.words[k-1]
			apart := func(n int) bool {
				for j := i + 1; j < len(ms) && ms[j].Tokens.First <= n; j++ {
					if ms[j].Tokens.First == n && (ms[j].Label == Org || ms[j].Label == Person && ms[j].Confidence >= 0.8) {
						return true
					}
				}
				return false
			}
			if end := ofName(a, p, g, k, apart); end > m.Tokens.Last {
				m.Tokens.Last, m.End = end, a.Tokens[end-1].End
				if m.Label != Org && m.Label != Fac {
					// the United States Court of Appeals; the Port of
					// Kelby, the body that runs it
					m.Label = Org
					if !g.orgWords[last] && !g.bodyHeads[last] {
						m.Label = Fac
					}
				}
				for i+1 < len(ms) && ms[i+1].Tokens.First < end {
					i++
				}
			}
		}
		if i+1 < len(ms) {
			n := ms[i+1]
			last := p.words[n.Tokens.Last-1]
			if n.Tokens.First == m.Tokens.Last && n.Tokens.Last-n.Tokens.First <= 3 && (g.facWords[last] || g.orgWords[last]) &&
				p.toks[n.Tokens.First].upper && a.Tokens[n.Tokens.First].Kind == article.Word &&
				a.SentenceOf(n.Tokens.First) == a.SentenceOf(m.Tokens.Last-1) { // (not a headline's last word and the body's first)
				m.Tokens.Last, m.End, m.Label = n.Tokens.Last, n.End, n.Label
				i++
			}
		}
		// Atlanta + International Airport: capitalized words the model
		// left out after a place or body, ending in a facility's head
		// word, make the facility, with the capitalized words before it
		// (Hartsfield-Jackson Atlanta International Airport).
		if m.Label != Person {
			limit := roomAfter(a, ms, i, m.Tokens.Last)
			for k := m.Tokens.Last; k < limit && k < m.Tokens.Last+3 && p.toks[k].upper && a.Tokens[k].Kind == article.Word; k++ {
				if !g.facWords[p.words[k]] {
					continue
				}
				m.Tokens.Last, m.End, m.Label = k+1, a.Tokens[k].End, Fac
				lo := a.Sentences[a.SentenceOf(k)].Tokens.First
				if len(out) > 0 {
					lo = max(lo, out[len(out)-1].Tokens.Last)
				}
				for f := m.Tokens.First - 1; f > lo && p.toks[f].upper && a.Tokens[f].Tag.IsProperNoun() && a.Tokens[f].Kind == article.Word; f-- {
					m.Tokens.First, m.Start = f, a.Tokens[f].Start
				}
				break
			}
		}
		// the United States Congress, the Iowa Senate: a place and an
		// organization's head word the model left out are one body; so
		// is a word the model read as a person, no given name (Millbrook
		// Council)
		if k := m.Tokens.Last; (m.Label == GPE || m.Label == Loc || m.Label == Person && k-m.Tokens.First == 1 && !g.firstNames[p.words[k-1]]) &&
			k < len(a.Tokens) && p.toks[k].upper && g.isOrgWord(p.words[k]) &&
			a.Tokens[k].Kind == article.Word && (i+1 >= len(ms) || ms[i+1].Tokens.First > k) && a.SentenceOf(k) == a.SentenceOf(k-1) {
			m.Tokens.Last, m.End, m.Label = k+1, a.Tokens[k].End, Org
		}
		// St Columba's Hospital, King's College: a body's or facility's
		// head word alone, after a capitalized possessor no list knows
		// (after "St" or "Saint" too), is one name with it; the model
		// had left the possessor out or read it as a one-word person
		// (or a saint: St Thomas | ' Hospital); not a person's surname
		// the article gives (Bernie Sandell, then Sandell' Senate bid).
		if f := possessedHead(a, p, g, m); f < m.Tokens.First && (surnames[p.words[f]] == 0 || saintWord(p.words[f])) {
			if n := len(out); n > 0 && out[n-1].Tokens.Last > f {
				// (a one-word person before 's and a head word alone;
				// not Obiora's State Department, Sandell' Senate)
				prev := out[n-1]
				person := prev.Label == Person && prev.Tokens.Len() == 1 && m.Tokens.Len() == 1 && p.words[m.Tokens.First-1] != "'" && p.words[m.Tokens.First-1] != "’"
				if !person && !(prev.Tokens.First == f && saintWord(p.words[f])) {
					out = append(out, m)
					continue
				}
				out = out[:n-1]
			}
			m.Tokens.First, m.Start = f, a.Tokens[f].Start
		}
		out = append(out, m)
	}
	return out
}

// possessedHead returns where a name starts that mention m, a body's or
// facility's head word alone or after one capitalized word, ends after a
// possessor (St Columba's Hospital, King's College, King's | College
// Hospital, St Thomas' Hospital): at the possessor, or at "St" or
// "Saint" before it (before a possessor the model took in too: St |
// Mary's Hospital); m's first token when there is none. Not after a name the
// lists know (Britain's Parliament), nor in a title-case headline.
func possessedHead(a *article.Article, p *prepared, g *gazetteer, m Mention) int {
	k := m.Tokens.First
	if m.Tokens.Len() == 3 && k > 0 && saintWord(p.words[k-1]) && a.Tokens[k+1].Tag == article.POS && (g.orgWords[p.words[k+2]] || g.facWords[p.words[k+2]]) &&
		a.SentenceOf(k-1) == a.SentenceOf(k) {
		return k - 1 // St | Mary's Hospital, as the model read it
	}
	last := p.words[m.Tokens.Last-1]
	if m.Tokens.Len() > 2 || k < 2 || !g.orgWords[last] && !g.facWords[last] || !p.toks[k].upper {
		return k
	}
	// (St Thomas' Hospital: a bare mark after a saint's name ending in
	// s; a plural's is pluralOwner's, the National Farmers' Union)
	if pos := a.Tokens[k-1]; pos.Tag != article.POS || !singularMark(p.words[k-1]) &&
		!(bareMark(a, p, k-1) && strings.HasSuffix(p.words[k-2], "s") && k > 2 && saintWord(p.words[k-3])) {
		return k
	}
	sent := a.Sentences[a.SentenceOf(k)]
	lo := sent.Tokens.First
	f := k - 2
	if f < lo || !p.toks[f].upper || a.Tokens[f].Kind != article.Word || !a.Tokens[f].Tag.IsProperNoun() || p.toks[f].gaz.kind != gzNone || g.firstNames[p.words[f]] && !(f > lo && saintWord(p.words[f-1])) ||
		weekdays[p.words[f]] || article.IsMonth(p.words[f]) { // (not Monday's Supreme Court ruling)
		return k
	}
	if a.Paragraphs[sent.Paragraph].Kind == article.Headline {
		return k
	}
	if f > lo && saintWord(p.words[f-1]) {
		f--
	} else if j := f - 1; j > lo && p.toks[j].upper && a.Tokens[j].Kind == article.Word && a.Tokens[j].Tag.IsProperNoun() && p.toks[j].gaz.kind == gzNone &&
		!g.firstNames[p.words[j]] && strings.EqualFold(p.words[j-1], "the") {
		f = j // The Information Commissioner's Office: the possessor's name of two words, after "the"
	}
	return f
}

// kinBefore reports whether token k follows a word of kinship after a
// possessive, with or without a comma between: her nephew, Calum; his
// son Toby.
func kinBefore(a *article.Article, p *prepared, k int) bool {
	j := k - 1
	if j >= 0 && a.TokenText(j) == "," {
		j--
	}
	if j < 1 || kinWords[p.words[j]] == "" {
		return false
	}
	switch strings.ToLower(p.words[j-1]) {
	case "her", "his", "their", "my", "our", "whose":
		return true
	}
	return a.Tokens[j-1].Tag == article.POS // Lee's wife, Ann
}

// apposedPeople are the nouns for a person whom a name set off by commas
// right after them (and a determiner before them) names: a woman, Bridget,
// …; one neighbour, Dot, ….
var apposedPeople = map[string]bool{"woman": true, "man": true, "girl": true, "boy": true, "lady": true,
	"neighbour": true, "neighbor": true, "friend": true, "colleague": true}

// personApposed reports whether tokens first to end (exclusive) are set
// off by commas right after one of apposedPeople and a determiner (One
// woman, Bridget, used to …; a friend, Tomas, said): a person's name,
// whatever the model read (a place).
func personApposed(a *article.Article, p *prepared, first, end int) bool {
	if first < 3 || end >= len(a.Tokens) || a.TokenText(first-1) != "," || a.TokenText(end) != "," || !apposedPeople[p.words[first-2]] {
		return false
	}
	switch strings.ToLower(p.words[first-3]) {
	case "a", "an", "one", "another", "the":
		return true
	}
	return false
}

// schoolStages end a school's name after the place or facility it is
// named for (Kelby Park Primary); not a list's word, as a primary election
// is no body (the Democratic Primary).
var schoolStages = map[string]bool{"Primary": true, "Infants": true, "Juniors": true}

// nameJoiners are the small words that may stand inside a name the lists
// know (HM Revenue and Customs, Bank of England).
var nameJoiners = map[string]bool{"and": true, "of": true, "&": true, "for": true}

// namedAsPlace reports whether the words before the name at token k name
// it as a place: a settlement's noun in lower case and "of" (the village
// of Lowther Bridge), or a mayor's or governor's (the mayor of Carrow); a
// capital's noun and a comma (in the capital, Talvar); the second of two
// names joined by "and" after such a noun in the plural; or a list of names
// it stands in after a plural of places and "including", "such as" or
// "like" (several towns, including Fenwick, Alderby and Stow Magna).
func namedAsPlace(p *prepared, k int) bool {
	if k >= 2 && p.words[k-1] == "," && p.words[k-2] == "capital" {
		return true
	}
	if listedPlace(p, k) {
		return true
	}
	if placeNounOf(p, k) {
		return true
	}
	// the prime ministers of Norland and Estavia: the second of two
	// names joined by "and" after such a noun in the plural and "of"
	// (not a state of Calm and Order)
	return k >= 4 && p.words[k-1] == "and" && p.toks[k-2].upper && placeNounOf(p, k-2) && strings.HasSuffix(p.words[k-4], "s")
}

// placeNounOf reports whether the word before "of" and the name at
// token k says the name is a place's: a settlement's noun, an office or
// people a place has (a prime minister, not any minister: the minister
// of Defence and Security).
func placeNounOf(p *prepared, k int) bool {
	w := wordBefore(p, k, "of")
	if (w == "minister" || w == "ministers") && k >= 3 && p.words[k-3] == "prime" {
		return true
	}
	switch w {
	case "village", "town", "city", "hamlet", "suburb", "borough", "township", "county", "province", "state",
		"villages", "towns", "cities", "hamlets", "suburbs", // the nearby villages of Yesilkoy and Akcadag
		"port",                                                              // the port of Sfax (a lower-case port: the town's)
		"mayor", "governor", "bishop", "archbishop", "Bishop", "Archbishop", // mayor of Carrow, the Archbishop of Kelby: the city's
		"citizens",                                                                       // the citizens of Estavia
		"residents", "villagers", "townspeople", "Residents", "Villagers", "Townspeople": // Residents of Ashcombe St Mary (not a "City of Festivals")
		return true
	}
	return false
}

// affiliation reports whether mention m follows person mention prev and
// "of", a comma and "the" between them or not (Ann Lee, of the Kelby
// Observatory; Ann Lee of the Lido Trust): the body the person speaks
// for or works at.
func affiliation(p *prepared, prev, m *Mention) bool {
	if prev.Label != Person {
		return false
	}
	k := prev.Tokens.Last
	if k < m.Tokens.First && p.words[k] == "," {
		k++
	}
	if k >= m.Tokens.First || p.words[k] != "of" {
		return false
	}
	k++
	if k < m.Tokens.First && p.words[k] == "the" {
		k++
	}
	return k == m.Tokens.First
}

// bylineAgency reports whether mention m, in a byline, is set off by a
// comma, a bar, a dash or a slash after a capitalized word (the writer's
// name) and opens with no given name: the agency or paper the writer
// works for (By Tyler Brandt | Associated Newswire; not By Ann Lee, Tom
// Hale, nor a desk or job, which the rules after drop).
func bylineAgency(a *article.Article, p *prepared, g *gazetteer, m *Mention) bool {
	f := m.Tokens.First
	if a.Paragraphs[m.Paragraph].Kind != article.Byline || f < 2 || g.givenName(p.words[f]) || !p.toks[f-2].upper {
		return false
	}
	switch p.words[f-1] {
	case ",", "|", "—", "–", "-", "/":
		return true
	}
	return false
}

// loneName reports whether token i is a capitalized noun (read as
// proper or, opening a sentence, common) of four letters or more that no
// list knows (no given name, title, job or body's word, no month or day,
// no surname's Mc, Mac or O') and that the article writes more than
// once, never in lower case and never after another capitalized word,
// read as a proper noun at least once: a name that stands alone, as a
// company's does (Brennermotor said; Brennermotor declined to comment),
// where a person's comes with a given name first. The scan of the
// article's words is done once per word, its answer kept in scanned.
func loneName(a *article.Article, p *prepared, g *gazetteer, i int, scanned *map[string]bool) bool {
	w := p.words[i]
	if t := a.Tokens[i].Tag; t != article.NNP && t != article.NN || a.Tokens[i].Kind != article.Word || p.toks[i].gaz.kind != gzNone || len([]rune(w)) < 4 ||
		g.givenName(w) || g.isTitleWord(w) || g.jobs[w] || g.isOrgWord(w) || p.doc.seenLower[p.toks[i].lower] || inCapitals(w) ||
		article.IsMonth(w) || weekdays[w] || surnamePrefixed(w) {
		return false
	}
	if ok, seen := (*scanned)[w]; seen {
		return ok // (a word repeated before speech verbs all through a long text is scanned for once)
	}
	if *scanned == nil {
		*scanned = map[string]bool{}
	}
	n, proper := 0, false
	for k, x := range p.words {
		if x != w {
			continue
		}
		if k > 0 && p.toks[k-1].upper && a.Tokens[k-1].Kind == article.Word && !opensSentence(a, k) {
			(*scanned)[w] = false
			return false // (Anna Brennermotor: a surname)
		}
		n++
		proper = proper || a.Tokens[k].Tag == article.NNP
	}
	(*scanned)[w] = n > 1 && proper // (not Nobody asked …, which the tagger reads as common wherever it stands)
	return (*scanned)[w]
}

// surnamePrefixed reports whether w opens with a surname's prefix and a
// capital after it (McAlinden, MacInnes, O'Hara).
func surnamePrefixed(w string) bool {
	for _, pre := range [...]string{"Mc", "Mac", "O'", "O’"} {
		if rest, ok := strings.CutPrefix(w, pre); ok && rest != "" && unicode.IsUpper([]rune(rest)[0]) {
			return true
		}
	}
	return false
}

// residentsOf reports whether the name at token k follows a plural of
// residents and "of": people who live there, which may be a house's
// (residents of Larchwood House, a care home) as well as a town's.
func residentsOf(p *prepared, k int) bool {
	switch strings.ToLower(wordBefore(p, k, "of")) {
	case "residents", "villagers", "townspeople":
		return true
	}
	return false
}

// bodyLeadWords are the words, most of them from other languages, that open
// clubs' and companies' names and no person's or place's: Sparta Kelby,
// Dynamo Harbin, Grupo Almar, Banco Ruiz, Minera Altavista.
var bodyLeadWords = map[string]bool{"Sparta": true, "Slavia": true, "Dynamo": true, "Dinamo": true, "Spartak": true, "Lokomotiv": true,
	"Olympique": true, "Partizan": true, "Grupo": true, "Banco": true, "Minera": true, "Compañía": true, "Compania": true, "Empresa": true,
	"Industrias": true, "Sociedad": true, "Société": true, "Societe": true, "Compagnie": true, "Gruppo": true}

// bodyJobOf reports whether the name at token k follows "of" after a job
// that bodies have and places do not (director, founder, chairman, chief
// executive), so that it names a body (executive director of Vote Forward
// Ohio).
func bodyJobOf(p *prepared, k int) bool {
	switch wordBefore(p, k, "of") {
	case "director", "founder", "co-founder", "chairman", "chairwoman", "chairperson", "trustee", "trustees", "executive":
		return true
	}
	return false
}

// wordBefore returns the word before preposition prep right before token
// k (the village of …, director of …, north of …; lived in …, its base in
// …), or "".
func wordBefore(p *prepared, k int, prep string) string {
	if k < 2 || p.words[k-1] != prep {
		return ""
	}
	return p.words[k-2]
}

// greenFollowers are the words in lower case (and MP, MEP) after which
// "Green" names the party's people, as Labour or Democratic would: Green
// councillor, Green voters.
var greenFollowers = map[string]bool{"councillor": true, "councillors": true, "candidate": true, "candidates": true, "member": true, "members": true,
	"voters": true, "supporters": true, "activist": true, "activists": true, "leader": true, "co-leader": true, "peer": true, "MP": true, "MPs": true, "MEP": true, "MEPs": true, "politician": true, "politicians": true}

// riverNamed reports whether the one word from token k to end is a
// river's name: after "river" in lower case (the river Ouse) or before
// "valley", "estuary" or "basin" in lower case (the Ouse valley).
func riverNamed(p *prepared, k, end int) bool {
	if k > 0 && p.words[k-1] == "river" {
		return true
	}
	if end < len(p.words) {
		switch p.words[end] {
		case "valley", "estuary", "basin":
			return true
		}
	}
	return false
}

// islandOf reports whether the name at token k follows an island's noun
// in lower case and "of" (the island of Carran), which names the island.
func islandOf(p *prepared, k int) bool {
	switch wordBefore(p, k, "of") {
	case "island", "islands", "isle":
		return true
	}
	return false
}

// compassOf reports whether the name at token k follows a point of the
// compass in lower case and "of", which places it (farmland north of
// Ashcombe, ten miles south-west of Kelby).
func compassOf(p *prepared, k int) bool {
	switch wordBefore(p, k, "of") {
	case "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east", "south-west":
		return true
	}
	return false
}

// townAfterPrep reports whether the word at token k, inside sentence s,
// is a town's name the model left out: one capitalized proper noun no
// list knows, ending as English towns do, after "in", "near", "at" or
// "from" (and "nearby" after one: in nearby Hatherley) and before no
// capitalized word (An inquest in Kelby heard; residents in Coningsby),
// not a given name; or, however it ends, between "In" opening its
// sentence and a comma (In Varnavas, resident …); or after
// "from", "to" or "into" after a journey's noun (every sailing from Oban,
// flights to Stornoway), or "between" it and "and" (sailings between
// Mallaig and Armadale); never a day or a month.
func townAfterPrep(a *article.Article, p *prepared, g *gazetteer, s article.Range, k int) bool {
	if k <= s.First || k+1 >= s.Last || a.Tokens[k].Tag != article.NNP || p.toks[k].gaz.kind != gzNone {
		return false
	}
	journey := false
	j := k - 1
	if p.words[j] == "nearby" && j > s.First {
		j-- // lived in nearby Hatherley
	}
	opening := j == s.First && p.words[j] == "In" && p.words[k+1] == "," && !article.IsMonth(p.words[k]) && strings.IndexFunc(p.words[k][1:], unicode.IsUpper) < 0 // (In Varnavas, resident Eleni Koutsou said …; not a name with a capital inside: In FrameNet, …)
	switch p.words[j] {
	case "in", "near", "at", "In":
		if p.words[j] == "In" && !opening {
			return false
		}
	case "from", "to", "into":
		journey = j-1 >= s.First && journeyNouns[p.words[j-1]]
		if !journey && p.words[j] != "from" {
			return false
		}
	case "between":
		if journey = j-1 >= s.First && journeyNouns[p.words[j-1]]; !journey {
			return false // (sailings between Mallaig and Armadale)
		}
	case "and":
		// (and the second: between Mallaig and Armadale)
		if journey = j-3 >= s.First && p.words[j-2] == "between" && journeyNouns[p.words[j-3]] && p.toks[j-1].upper; !journey {
			return false
		}
	default:
		return false
	}
	return (journey || opening || townEnding(p.words[k])) && !(p.toks[k+1].upper && a.Tokens[k+1].Kind == article.Word) && !g.givenName(p.words[k]) && !inCapitals(p.words[k]) &&
		!weekdays[p.words[k]] && !article.IsMonth(p.words[k]) && // (services from Sunday)
		!p.doc.seenLower[p.toks[k].lower] && a.Paragraphs[a.Sentences[a.SentenceOf(k)].Paragraph].Kind != article.Headline && !titleCase(a, p, s) // (not a word the article writes in lower case, nor a title's: in Support of …)
}

// journeyNouns are the journeys and services whose "from" or "to" names
// a town (sailings from Oban, flights to Stornoway).
var journeyNouns = map[string]bool{"sailing": true, "sailings": true, "flight": true, "flights": true, "train": true, "trains": true,
	"ferry": true, "ferries": true, "bus": true, "buses": true, "route": true, "routes": true, "crossing": true, "crossings": true,
	"journey": true, "journeys": true, "trip": true, "trips": true, "road": true, "roads": true, "services": true}

// listedPlace reports whether the name at token k is one of a list of
// names (set off by commas, "and" or "or") after a plural of places
// (placePlurals) and "including", "such as", "like" or "of": towns such
// as Alcester and Shipton, cities like Ostby, several towns, including
// Fenwick, Alderby and Stow Magna, the villages of Yesilkoy and Akcadag.
func listedPlace(p *prepared, k int) bool { return listedAfter(p, k, placePlurals, true) }

// listedBody reports whether the name at token k is one of a list of
// names after a plural of bodies (bodyPlurals) and "including", "such
// as" or "like": charities including Oxbridge Relief and the Children's
// Fund, firms such as Hallam Foods.
func listedBody(p *prepared, k int) bool { return listedAfter(p, k, bodyPlurals, false) }

// bodyPlurals are the kinds of body a list of examples after "including",
// "such as" or "like" names (charities including Oxbridge Relief).
var bodyPlurals = map[string]bool{"charities": true, "groups": true, "organisations": true, "organizations": true, "companies": true,
	"firms": true, "businesses": true, "banks": true, "lenders": true, "insurers": true, "unions": true, "retailers": true, "supermarkets": true,
	"airlines": true, "broadcasters": true, "publishers": true, "universities": true, "agencies": true, "bodies": true, "brands": true}

// listedAfter reports whether the name at token k is one of a list of
// names (set off by commas, "and" or "or") after a plural of plurals, in
// any case, and "including", "such as" or "like", or "of" too when of is
// set (the villages of Yesilkoy and Akcadag).
func listedAfter(p *prepared, k int, plurals map[string]bool, of bool) bool {
	plural := func(n int) bool { return n >= 0 && plurals[strings.ToLower(p.words[n])] }
	j := k - 1
	for names := 0; j >= 1 && names < 8; names++ {
		switch w := p.words[j]; w {
		case "of":
			return of && plural(j-1) // the villages of Yesilkoy and Akcadag
		case "including", "like":
			n := j - 1
			if w == "including" && p.words[n] == "," && n > 0 {
				n--
			}
			return plural(n)
		case "as":
			return j >= 2 && p.words[j-1] == "such" && (plural(j-2) || j >= 3 && p.words[j-2] == "," && plural(j-3))
		case ",", "and", "or":
			// the name before, back to the word before it
			n := j - 1
			for n >= 0 && n > j-4 && p.toks[n].upper {
				n--
			}
			if n == j-1 || n < 0 {
				return false
			}
			j = n
		default:
			return false
		}
	}
	return false
}

// eventWords end the names of sporting events (the ATP Finals, the
// French Open, the Ryder Cup).
var eventWords = map[string]bool{"Finals": true, "Open": true, "Championships": true, "Cup": true, "Olympics": true, "Games": true, "Marathon": true, "Prix": true}

// sportingEvent reports whether mention m, read as a person, a place or
// a nationality, is or begins a sporting event's name: it ends in an
// event's word (or, read as a person, is one), or one follows it outside
// a title (the French Open).
func sportingEvent(a *article.Article, p *prepared, m Mention) bool {
	if m.Label != Person && m.Label != GPE && m.Label != NORP {
		return false
	}
	if eventWords[p.words[m.Tokens.Last-1]] && (m.Tokens.Len() > 1 || m.Label == Person) {
		return true // (an event's word alone is no one: Marathon winner)
	}
	k := m.Tokens.Last
	if k >= len(a.Tokens) || !eventWords[p.words[k]] || a.Tokens[k].Kind != article.Word || a.SentenceOf(k) != a.SentenceOf(m.Tokens.First) {
		return false
	}
	para := a.Paragraphs[a.Sentences[a.SentenceOf(k)].Paragraph]
	return para.Kind != article.Headline && !titleCase(a, p, para.Tokens) // (not a title's capitals: Ukraine Open to Talks)
}

// stormWords open the names weather services give storms.
var stormWords = map[string]bool{"Storm": true, "Hurricane": true, "Typhoon": true, "Cyclone": true, "Tropical": true, "STORM": true, "HURRICANE": true}

// siteNouns are the places a company works from, in lower case after its
// name (the Norchem site, the Veltro plant).
var siteNouns = map[string]bool{"site": true, "plant": true, "factory": true, "refinery": true, "warehouse": true, "depot": true, "works": true,
	"mill": true, "smelter": true, "headquarters": true, "facility": true, "store": true, "distribution": true}

// placeNouns are the common nouns of places, capitalized (City council,
// Town hall).
var placeNouns = map[string]bool{"City": true, "Town": true, "County": true, "Village": true, "Borough": true, "District": true}

// shipPrefixes open ships' names (MV, HMS, USS, RMS).
var shipPrefixes = map[string]bool{"MV": true, "HMS": true, "USS": true, "RMS": true, "HMCS": true, "HMAS": true, "HMNZS": true, "RRS": true, "FV": true}

// vesselNouns are boats' and ships' nouns in lower case, before a
// vessel's name or set off before it.
var vesselNouns = map[string]bool{"boat": true, "ship": true, "vessel": true, "yacht": true, "trawler": true, "tanker": true, "ferry": true, "lifeboat": true, "dinghy": true, "tug": true, "liner": true, "freighter": true}

// vesselOwners are the determiners before a vessel's noun and its name
// (the trawler Morwenna, his boat Kestrel).
var vesselOwners = map[string]bool{"the": true, "a": true, "his": true, "her": true, "their": true, "its": true, "our": true}

// shipName reports whether the name over tokens r is, or ends, a ship's
// name: a ship's prefix opens it, or opens the capitalized words (and
// "of") right before it (the MV Isle of Carran, read as Carran); or a
// vessel's noun is right before it after a determiner, or set off before
// "the" and it.
func shipName(p *prepared, r article.Range) bool {
	if f := r.First; f >= 2 && vesselNouns[p.words[f-1]] && vesselOwners[strings.ToLower(p.words[f-2])] || f >= 3 && p.words[f-1] == "the" && p.words[f-2] == "," && vesselNouns[p.words[f-3]] {
		return true // the trawler Morwenna; his boat, the Morwenna,
	}
	for j := r.First; j >= 0 && j > r.First-5; j-- {
		if shipPrefixes[p.words[j]] && j+1 < len(p.words) && p.toks[j+1].upper {
			return true
		}
		if j < r.First && !p.toks[j].upper && p.words[j] != "of" {
			return false
		}
	}
	return false
}

// fireWords end the names given to wildfires (the Ridge Creek Fire, the
// Kelby Moor Blaze).
var fireWords = map[string]bool{"Fire": true, "Wildfire": true, "Blaze": true}

// saintWord reports whether w is "St", "St." or "Saint", before a
// saint's name in a place's or body's name.
func saintWord(w string) bool { return w == "St" || w == "St." || w == "Saint" }

// joinAmpersands makes one organization of the capitalized words on both
// sides of an "&" and the mentions among them: Ernst & Young, the Center
// for Missing & Exploited Children (the model had read a person or two, or
// a name ending at the "&"); so does the "and" of Fire and Rescue (Kelby
// Fire and Rescue). Two places stay as the model read them (Trinidad &
// Tobago).
func joinAmpersands(a *article.Article, p *prepared, g *gazetteer, ms []Mention) []Mention {
	for k := 1; k+1 < len(a.Tokens); k++ {
		fireAndRescue := p.words[k] == "and" && p.words[k-1] == "Fire" && p.words[k+1] == "Rescue" // (Cumbria Fire and Rescue: a service's name, "and" as its "&")
		if (a.Tokens[k].Kind != article.Symbol || p.words[k] != "&") && !fireAndRescue || !p.toks[k-1].upper || !p.toks[k+1].upper ||
			a.Tokens[k-1].Kind != article.Word || a.Tokens[k+1].Kind != article.Word && a.Tokens[k+1].Kind != article.Abbreviation {
			continue // (a word or an abbreviation after it: Halden & Co.)
		}
		// Jim & Sarah, Ann & I: people, not a firm's name (but Clyde &
		// Isles Ferries Ltd: a company's word right after)
		if (g.firstNames[p.words[k-1]] || g.firstNames[p.words[k+1]]) && !slices.ContainsFunc(p.words[k+1:min(k+4, len(p.words))], func(w string) bool { return g.companyWords[w] }) || p.words[k+1] == "I" {
			continue
		}
		s := a.SentenceOf(k)
		if s < 0 || a.SentenceOf(k-1) != s || a.SentenceOf(k+1) != s {
			continue
		}
		lo, hi := a.Sentences[s].Tokens.First, a.Sentences[s].Tokens.Last
		// i: the first mention ending after the "&"'s left word
		i, _ := slices.BinarySearchFunc(ms, k-1, func(m Mention, t int) int { return m.Tokens.Last - 1 - t })
		if i < len(ms) && ms[i].Tokens.First < k && ms[i].Tokens.Last > k {
			// read whole already: a body, or people the model joined
			if ms[i].Label == Person {
				ms[i].Label = Org
			}
			continue
		}
		start, end := k-1, k+2
		left, right := None, None
		first := i // the first mention joined
		if i < len(ms) && ms[i].Tokens.First <= k-1 && ms[i].Tokens.Last == k {
			start, left = ms[i].Tokens.First, ms[i].Label
		} else {
			if i > 0 {
				lo = max(lo, ms[i-1].Tokens.Last)
			}
			for start > lo && start > k-3 && p.toks[start-1].upper && a.Tokens[start-1].Kind == article.Word && a.Tokens[start-1].Tag.IsProperNoun() {
				start--
			}
		}
		last := first // after the last mention joined
		for last < len(ms) && ms[last].Tokens.First < k {
			last++
		}
		if last < len(ms) && ms[last].Tokens.First == k+1 {
			end, right = ms[last].Tokens.Last, ms[last].Label
			last++
		} else {
			if last < len(ms) {
				hi = min(hi, ms[last].Tokens.First)
			}
			for end < hi && end < k+4 && p.toks[end].upper && a.Tokens[end].Kind == article.Word {
				end++
			}
		}
		// Two places (Trinidad & Tobago), two names the model read
		// whole, a body's name ending in its head word (Kestrel Trust &
		// Ward Institute), a person's full name on either side (Jenny
		// Seaton & Gary Shane) or no mention at all (New & Selected
		// Poems, but Thackray & Sons: a company's word ends it): no one
		// name.
		nl, nr := 0, 0
		if left != None {
			nl = ms[first].Tokens.Len()
		}
		if right != None {
			nr = ms[last-1].Tokens.Len()
		}
		if !fireAndRescue && ((left == GPE || left == Loc) && (right == GPE || right == Loc) || left == None && right == None && !g.companyWords[p.words[end-1]] ||
			left != None && right != None && (nl > 1 || nr > 1) ||
			left == Person && nl > 1 || right == Person && nr > 1 || nl > 1 && g.orgWords[p.words[k-1]]) {
			continue
		}
		conf := 0.5
		for _, m := range ms[first:last] {
			conf = max(conf, m.Confidence)
		}
		joined := Mention{
			Span:       article.Span{Start: a.Tokens[start].Start, End: a.Tokens[end-1].End},
			Tokens:     article.Range{First: start, Last: end},
			Label:      Org,
			Confidence: conf,
			Paragraph:  a.Sentences[s].Paragraph,
		}
		ms = slices.Replace(ms, first, last, joined)
		k = end - 1
	}
	return ms
}

// headOf returns the token of the "of" or "for" after a body's or
// facility's head word that mention tokens r end in or hold (the Court |
// of Appeals, the Centers for Disease Control), or of an "on" after one
// of onHeads that r ends in (onHead: where the model read on past "on",
// it read the name), or 0.
func headOf(p *prepared, g *gazetteer, r article.Range) int {
	for k := r.First + 1; k <= r.Last && k < len(p.words); k++ {
		if (p.words[k] == "of" || p.words[k] == "for") && bodyHead(g, p.words[k-1]) || k == r.Last && onHead(p, k) {
			return k
		}
	}
	return 0
}

// plainName reports whether tokens first..last-1 are capitalized words
// and none is a title or office (Mary Queen of Scots is no plain name).
func plainName(p *prepared, g *gazetteer, first, last int) bool {
	for k := first; k < last; k++ {
		if !p.toks[k].upper || g.titles[p.words[k]] || g.isOffice(p.words[k]) {
			return false
		}
	}
	return true
}

// joinSuffixes takes a name suffix into the person before it, over at most
// two capitalized words the model left out: "Samuel Tobias" and "Reed
// Jr." are Samuel Tobias Reed Jr.
func joinSuffixes(a *article.Article, p *prepared, g *gazetteer, ms []Mention) {
	for i := range ms {
		m := &ms[i]
		if m.Label != Person {
			continue
		}
		limit := roomAfter(a, ms, i, m.Tokens.Last)
		for k := m.Tokens.Last; k < limit && k < m.Tokens.Last+3 && p.toks[k].upper; k++ {
			if g.suffixes[p.words[k]] {
				m.Tokens.Last, m.End = k+1, a.Tokens[k].End
				break
			}
			if a.Tokens[k].Kind != article.Word {
				break
			}
		}
	}
}

// PostNominal reports whether w is letters written after a person's name
// for a rank, an office or an honour, which are no part of it (KC, MP,
// OBE: the project's list lists/postnominals.txt).
func PostNominal(w string) bool { return loadGazetteer().postNominals[w] }

// cutPostNominals cuts the letters of a rank, an office or an honour off
// the end of a person's name of two words or more before them (Simon Keane
// KC, Jane Ross MP): they are no part of the name.
func cutPostNominals(a *article.Article, p *prepared, g *gazetteer, ms []Mention) {
	for i := range ms {
		m := &ms[i]
		for m.Label == Person && m.Tokens.Len() > 2 && g.postNominals[p.words[m.Tokens.Last-1]] {
			m.Tokens.Last--
			m.End = a.Tokens[m.Tokens.Last-1].End
		}
	}
}

// roomAfter returns how far words after mention i of ms, which ends
// before token last, may join it: to the next mention or the end of its
// sentence, whichever comes first.
func roomAfter(a *article.Article, ms []Mention, i, last int) int {
	s := a.SentenceOf(last - 1)
	if s < 0 {
		return last
	}
	limit := a.Sentences[s].Tokens.Last
	if i+1 < len(ms) {
		limit = min(limit, ms[i+1].Tokens.First)
	}
	return limit
}

// headRun returns the end of a run of capitalized proper nouns from token
// i, before limit and at most n, that ends at the first word from token
// from on that heads holds (a facility's head word: Airport, Station; a
// sports club's: Rovers), or i when there is none.
func headRun(a *article.Article, p *prepared, i, limit, n, from int, heads map[string]bool) int {
	for k := i; k < limit && k < i+n && p.toks[k].upper && a.Tokens[k].Kind == article.Word; k++ {
		if k >= from && heads[p.words[k]] {
			return k + 1 // (the head whatever its tag: Harlow Saints/NNS)
		}
		if !a.Tokens[k].Tag.IsProperNoun() && a.Tokens[k].Tag != article.JJ {
			break
		}
	}
	return i
}

// inTitleTail reports whether tokens r end a title in quotation marks
// without opening it: every word between the marks capitalized, and a
// word before r inside them (“Moving Leeds Forward”).
func inTitleTail(a *article.Article, p *prepared, r article.Range) bool {
	end := r.Last
	for end < len(a.Tokens) && end < r.Last+2 && a.Tokens[end].Kind == article.Punct {
		end++ // “Moving Leeds Forward,”
	}
	if end >= len(a.Tokens) || !a.Tokens[end].Kind.IsQuote() {
		return false
	}
	open := -1
	for k := r.First - 1; k >= 0 && k >= r.First-8; k-- {
		if a.Tokens[k].Kind.IsQuote() {
			open = k
			break
		}
		if a.Tokens[k].Kind == article.Word && !p.toks[k].upper {
			return false
		}
	}
	return open >= 0 && open+1 < r.First
}

// ofIndex returns the token index of the first "of" inside r with
// capitalized words after it, or -1.
func ofIndex(p *prepared, r article.Range) int {
	for k := r.First + 1; k < r.Last-1; k++ {
		if p.words[k] == "of" && p.toks[k+1].upper {
			return k
		}
	}
	return -1
}

// ofName returns the end of "of" or "for" and a run of capitalized words
// at token k ("of Appeals", "of Music of America", "of Arts and Sciences",
// "for Disease Control and Prevention", "for a Responsible Federal
// Budget"), or k when there is none. The run does not go on into a person
// named next (the Ministry of Defence John Smith, the University of Zurich
// and Professor Ann Lee), over "and" into another body (the Department of
// Justice and Congress; apart, when given, tells the tokens where the
// model opened a body of its own, or a person it is sure of), nor into a
// law's name (College for All Act). A legislature is not joined over
// "for" (the Member of Parliament for Tooting).
func ofName(a *article.Article, p *prepared, g *gazetteer, k int, apart func(int) bool) int {
	end := k
	for k < len(p.words) && (p.words[k] == "of" || p.words[k] == "for" && !legislature(p.words[k-1]) || onHead(p, k)) {
		n := k + 1
		if p.words[k] != "of" && n+1 < len(p.words) && (p.words[n] == "a" || p.words[n] == "the") && p.toks[n+1].upper {
			n++
		}
		for n < len(p.words) {
			if p.toks[n].upper && a.Tokens[n].Kind == article.Word && !((n > k+1 || p.words[k] == "for") && g.firstNames[p.words[n]]) {
				n++
				continue
			}
			if p.words[n] == "," && n > k+1 {
				// the Department for Levelling Up, Housing and
				// Communities: a list of capitalized words closed by
				// "and", none of them a place, body or person known
				if end := listTail(a, p, g, n, apart); end > n {
					n = end
				}
				break
			}
			if w := p.words[n]; (w == "and" || w == "the") && n > k+1 && n+1 < len(p.words) && p.toks[n+1].upper &&
				!(w == "and" && (p.toks[n+1].gaz.kind == gzOrg || g.firstNames[p.words[n+1]] || g.isTitleWord(p.words[n+1]) && n+2 < len(p.words) && p.toks[n+2].upper || apart != nil && apart(n+1))) {
				n++
				continue
			}
			break
		}
		if n == k+1 || !p.toks[n-1].upper || p.words[n-1] == "Act" {
			break
		}
		if p.words[k] == "for" && n < len(p.words) && a.Tokens[n].Tag == article.POS {
			break // Home Park for Plymouth Argyle's match: the owner of what follows
		}
		end, k = n, n
	}
	return end
}

// onHeads are the heads of bodies' names that go on over "on" (the
// Advisory Committee on Business Appointments, the Commission on Human
// Rights).
var onHeads = map[string]bool{"Committee": true, "Commission": true, "Council": true, "Panel": true, "Convention": true, "Conference": true,
	"Subcommittee": true, "Taskforce": true, "Institute": true, "Centre": true, "Center": true}

// onHead reports whether token k is an "on" after a head of onHeads and
// before a capitalized word that is no day or month (not the Council on
// Tuesday), or "the" and one.
func onHead(p *prepared, k int) bool {
	if k < 1 || p.words[k] != "on" || !onHeads[p.words[k-1]] || k+1 >= len(p.words) {
		return false
	}
	n := k + 1
	if p.words[n] == "the" && n+1 < len(p.words) {
		n++
	}
	return p.toks[n].upper && !weekdays[p.words[n]] && !article.IsMonth(p.words[n])
}

// listTail returns the end of a list inside a body's name from the comma
// at token n: ", Housing and Communities", ", Tobacco, Firearms and
// Explosives"; or n when what follows the comma is no such list (each item
// capitalized words the gazetteers do not know, no given name or body of
// the model's opening one, the last after "and", within the sentence).
func listTail(a *article.Article, p *prepared, g *gazetteer, n int, apart func(int) bool) int {
	sent := a.SentenceOf(n)
	item := func(i int) int { // the end of a run of capitalized unknown words at i, or i
		j := i
		for j < len(p.words) && j < i+4 && p.toks[j].upper && a.Tokens[j].Kind == article.Word && p.toks[j].gaz.kind == gzNone &&
			!g.firstNames[p.words[j]] && !(j == i && apart != nil && apart(j)) && a.SentenceOf(j) == sent {
			j++
		}
		return j
	}
	i := n
	for items := 0; items < 6; items++ {
		if i >= len(p.words) || p.words[i] != "," {
			return n
		}
		e := item(i + 1)
		if e == i+1 {
			return n
		}
		if e+1 < len(p.words) && p.words[e] == "and" {
			if last := item(e + 1); last > e+1 {
				return last
			}
			return n
		}
		i = e
	}
	return n
}

// councilWords head the name of a place's local government (Millbrook
// Council, Kent County Council, Harlow Borough Council, Thornby Parish
// Council, Carno Community Council).
var councilWords = map[string]bool{"Council": true, "County": true, "Borough": true, "City": true, "Town": true, "District": true, "Parish": true, "Community": true}

// councilKind reports whether every word of ws, in any case, says what
// kind of council it is (Borough, County, CITY): the words between a
// place's name and "Council".
func councilKind(ws []string) bool {
	return !slices.ContainsFunc(ws, func(w string) bool { return !councilWords[upperFirst(strings.ToLower(w))] })
}

// councilPlaces relabels as a place a one-word name the model read as a
// person or a body when the article names a council after it (Millbrook,
// beside Millbrook Council or MILLBROOK COUNCIL; the people of
// Millbrook): a council's name is its place's.
func councilPlaces(a *article.Article, p *prepared, g *gazetteer, ms []Mention) {
	var places []string // (a few at most: compared in any case, not lowered)
	for _, m := range ms {
		n := m.Tokens.Last - m.Tokens.First
		if m.Label != Org || n < 2 || n > 3 || !strings.EqualFold(p.words[m.Tokens.Last-1], "council") {
			continue
		}
		if w := p.words[m.Tokens.First]; councilKind(p.words[m.Tokens.First+1:m.Tokens.Last-1]) && !g.firstNames[w] {
			places = append(places, w)
		}
	}
	if places == nil {
		return // (most articles name no council)
	}
	for i := range ms {
		m := &ms[i]
		f := m.Tokens.First
		if (m.Label == Person || m.Label == Org) && m.Tokens.Last-f == 1 && slices.ContainsFunc(places, func(pl string) bool { return strings.EqualFold(pl, p.words[f]) }) {
			m.Label = GPE // (and one read as a body: the people of Millbrook, Millbrook mayor)
		}
	}
}

// speechVerbs say who speaks in the word before or after them.
var speechVerbs = map[string]bool{"said": true, "says": true, "asked": true, "asks": true, "replied": true, "replies": true,
	"added": true, "adds": true, "explained": true, "answered": true, "whispered": true, "shouted": true}

// speaksAt reports whether the word at i, in sentence r, speaks a
// quotation in marks in dialogue's way: right after its closing mark and
// before a speech verb (“…,” Derya says), or after the mark and the verb
// (“…,” said Derya.). A word in capitals or with capitals inside
// (POLITICO, EgyptAir) is a body's, and a day, a month or Mom no one's
// name.
func speaksAt(a *article.Article, p *prepared, r article.Range, i int) bool {
	w := p.words[i]
	if article.IsMonth(w) || weekdays[w] || kinNames[w] || strings.IndexFunc(w[1:], unicode.IsUpper) >= 0 {
		return false
	}
	closed := func(k int) bool { return k >= r.First && a.Tokens[k].Kind == article.CloseQuote }
	if i+1 < r.Last && speechVerbs[p.words[i+1]] && closed(i-1) {
		return true
	}
	return i-1 > r.First && speechVerbs[p.words[i-1]] && closed(i-2) && (i+1 == r.Last || p.words[i+1] == "." || p.words[i+1] == ",")
}

// camelBody reports whether the word at token i, in sentence r, is a
// body's name written with a capital inside (SunAir, SkyBridge: no
// surname's Mc, Mac, De or Van), which no list knows and no capitalized
// word stands beside, before a word of speech or a body's act (SunAir
// apologised, SkyBridge said).
func camelBody(a *article.Article, p *prepared, g *gazetteer, i int, r article.Range) bool {
	w := p.words[i]
	if a.Tokens[i].Tag != article.NNP || p.toks[i].gaz.kind != gzNone || i+1 >= r.Last || !bodyActs[p.words[i+1]] && !speechVerbs[p.words[i+1]] ||
		i > r.First && p.toks[i-1].upper && a.Tokens[i-1].Kind == article.Word && !opensSentence(a, i-1) {
		return false
	}
	k := strings.IndexFunc(w[1:], unicode.IsUpper) + 1
	if k < 2 || inCapitals(w) || !unicode.IsLower(rune(w[k-1])) {
		return false
	}
	switch w[:k] {
	case "Mc", "Mac", "De", "Di", "Da", "La", "Le", "Van", "Von", "Fitz", "Du":
		return false
	}
	return !g.givenName(w)
}

// bodyActs are the verbs a body's name stands before as their subject,
// beside words of speech (SunAir apologised, Veltra announced).
var bodyActs = map[string]bool{"apologised": true, "apologized": true, "announced": true, "confirmed": true, "denied": true, "warned": true,
	"insisted": true, "admitted": true, "declined": true, "stated": true, "reported": true, "told": true}

// jobAtBody returns the end of a body's name from token i, right after
// a job in lower case, or a job and "of" and its field, and "at", before
// limit: two or three capitalized words no list knows, the last before
// punctuation (head of markets at Interactive Investor,); i if there is
// none. ("head" counts as a job here, as nowhere else: the head Teacher.)
func jobAtBody(a *article.Article, p *prepared, g *gazetteer, i, limit int) int {
	if i < 2 || p.words[i-1] != "at" || p.toks[i-2].upper || g.givenName(p.words[i]) {
		return i
	}
	j := i - 2
	if j >= 2 && p.words[j-1] == "of" && !p.toks[j].upper && a.Tokens[j].Tag.IsNoun() {
		j -= 2 // head of markets at …
	}
	if !g.jobLower[p.words[j]] && p.words[j] != "head" || p.toks[j].upper {
		return i
	}
	end := i
	for end < limit && end < i+3 && p.toks[end].upper && a.Tokens[end].Kind == article.Word && p.toks[end].gaz.kind == gzNone {
		end++
	}
	if end-i < 2 || end >= limit || a.Tokens[end].Kind != article.Punct || p.words[end] == "'s" {
		return i
	}
	return end
}

// jobOfBody returns the end of a body's name from token i, right after a
// job in lower case and "of", before limit: capitalized words with small
// words joining them ("on", "and", "for", "the"), at least one, ending in
// a capitalized word before punctuation (chief executive of Action on
// Smoking and Health,), or one capitalized word the lists do not know
// after a job only a body has (chief executive of Crisis,); i if there is
// none (not a place: mayor of New York, nor a longer name with no small
// word, which the model reads).
func jobOfBody(a *article.Article, p *prepared, g *gazetteer, i, limit int) int {
	the := i >= 3 && p.words[i-1] == "the" && p.words[i-2] == "of" && !p.toks[i-3].upper && firmJobs[p.words[i-3]]
	if the {
		// director of the Voting Access Project: two capitalized words
		// or more after a firm's job, "of" and "the", before
		// punctuation
		end := i
		for end < limit && end < i+8 && p.toks[end].upper && a.Tokens[end].Kind == article.Word {
			end++
		}
		if end-i >= 2 && (end == limit || a.Tokens[end].Kind == article.Punct) && !g.givenName(p.words[i]) {
			return end
		}
		return i
	}
	if i < 2 || p.words[i-1] != "of" || p.toks[i-2].upper || !g.jobLower[p.words[i-2]] || p.words[i-2] == "author" || g.givenName(p.words[i]) {
		return i // (an author's is a work: author of Bring the Harbour Home)
	}
	end, small := i, false
	for k := i; k < limit && k < i+8 && a.Tokens[k].Kind == article.Word; k++ {
		if p.toks[k].upper {
			end = k + 1
			continue
		}
		switch p.words[k] {
		case "on", "and", "for", "the":
			small = true
			continue
		}
		break
	}
	if end < limit && a.Tokens[end].Kind != article.Punct {
		return i
	}
	if end == i+1 && firmJobs[p.words[i-2]] && p.toks[i].gaz.kind == gzNone && a.Tokens[i].Tag.IsProperNoun() {
		return end // chief executive of Crisis, …: one word a firm's job is of, a body the lists do not know as a place
	}
	if !small || end-i < 3 {
		return i
	}
	return end
}

// firmJobs are the jobs in lower case that only a body has (chief
// executive, director, founder), not a place (mayor, governor).
var firmJobs = map[string]bool{"executive": true, "director": true, "founder": true, "co-founder": true, "chairman": true,
	"chairwoman": true, "chair": true, "ceo": true, "owner": true}

// titleOfBefore reports whether a title of the form "Secretary of State"
// (a title, "of", and one or two capitalized words) ends right before
// token i, not before lo, and a name of two capitalized words starts at
// i, the second no body's word: Secretary of State Antony Blinken,
// Secretary of Homeland Security Alejandro Mayoral, whose names the
// model had missed (not Professor of Modern Languages, Director of The
// Remembrance Project).
func titleOfBefore(p *prepared, g *gazetteer, lo, i int) bool {
	if i+1 >= len(p.words) || !p.toks[i+1].upper {
		return false
	}
	for n := 1; n <= 2; n++ {
		of := i - n - 1
		if of-1 < lo || !p.toks[i-n].upper || p.words[i-n] == "The" {
			return false
		}
		if p.words[of] == "of" {
			return (g.titles[p.words[of-1]] || g.jobTitles[p.words[of-1]]) && !g.isOrgWord(p.words[i+1])
		}
	}
	return false
}

// whichSpeaks reports whether the word at i, in sentence r, is followed
// by an aside opened by ", which" and closed by a comma, and then by a
// verb of speech (Unison, which represents library staff, said).
func whichSpeaks(p *prepared, r article.Range, i int) bool {
	if i+3 >= r.Last || p.words[i+1] != "," || p.words[i+2] != "which" {
		return false
	}
	for k := i + 3; k+1 < r.Last && k < i+25; k++ {
		if p.words[k] == "," {
			return speechVerbs[p.words[k+1]]
		}
	}
	return false
}

// kinNames are what a family calls its members, no one's name (“…,” Mom
// says).
var kinNames = map[string]bool{"Mom": true, "Mum": true, "Dad": true, "Mama": true, "Papa": true, "Mommy": true, "Daddy": true,
	"Grandma": true, "Grandpa": true, "Granny": true, "Nana": true, "Mother": true, "Sis": true, "Bro": true}

// weekdays are no one's names.
var weekdays = map[string]bool{"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true, "Friday": true, "Saturday": true, "Sunday": true}

// isOrgWord reports whether w ends organization names (Council), in
// capitals too (MILLBROOK COUNCIL).
func (g *gazetteer) isOrgWord(w string) bool {
	if g.orgWords[w] {
		return true
	}
	if len(w) > 1 && inCapitals(w) { // (no upper-case copy built for every word)
		return g.orgWords[upperFirst(strings.ToLower(w))]
	}
	return false
}

// legislature reports whether w is a legislature's head word, after which
// "for" names a seat, not the body (Member of Parliament for Tooting).
func legislature(w string) bool {
	switch w {
	case "Parliament", "Senate", "Congress", "Assembly", "House":
		return true
	}
	return false
}

// bodyHead reports whether w is the head word of a body's or facility's
// name (Department, Airport), or the plural of a body's (the Centers for
// Disease Control).
func bodyHead(g *gazetteer, w string) bool {
	return g.orgWords[w] || g.facWords[w] || g.orgPlural(w)
}

// orgPlural reports whether w is the plural of a body's head word
// (Centers, Hospitals).
func (g *gazetteer) orgPlural(w string) bool {
	return len(w) > 3 && w[len(w)-1] == 's' && g.orgWords[w[:len(w)-1]]
}

// workNouns are the kinds of work a title is named after, in lower case:
// the album Glasshouse.
var workNouns = map[string]bool{"album": true, "single": true, "song": true, "film": true, "movie": true, "book": true, "novel": true,
	"memoir": true, "musical": true, "opera": true, "series": true, "sitcom": true, "podcast": true, "documentary": true, "painting": true, "poem": true,
	"thriller": true, "drama": true, "comedy": true, "play": true, "debut": true}

// refine fixes the labels of the model's mentions with the gazetteers,
// strips titles off names, adds NORP mentions, and marks mentions in
// boilerplate and credits.
func refine(a *article.Article, p *prepared, g *gazetteer, ms []Mention) []Mention {
	ms = joinHeads(a, p, g, ms)
	joinSuffixes(a, p, g, ms)
	cutPostNominals(a, p, g, ms)
	ms = joinAmpersands(a, p, g, ms)
	surnames := personSurnames(a, p, ms)
	out := make([]Mention, 0, len(ms))
	for i, m := range ms {
		// “Safety has to come first,”: a word opening a sentence, which
		// the tagger reads as a common noun, and the model as a person
		// it is unsure of, is no one
		if f := m.Tokens.First; m.Label == Person && m.Confidence < 0.5 && m.Tokens.Len() == 1 && (a.Tokens[f].Tag == article.NN || a.Tokens[f].Tag == article.NNS) &&
			opensSentence(a, f) && !g.firstNames[p.words[f]] && surnames[p.words[f]] == 0 && !inCapitals(p.words[f]) {
			continue // (not Pound of Mike Pound, read as a common noun; not SANDELL)
		}
		// Magistrates heard …: a plural the tagger reads as common,
		// opening a sentence, of a title or job is people by their role,
		// no one's name
		if f := m.Tokens.First; m.Label == Person && m.Tokens.Len() == 1 && a.Tokens[f].Tag == article.NNS && opensSentence(a, f) && len(p.words[f]) > 3 &&
			strings.HasSuffix(p.words[f], "s") && g.isTitleWord(p.words[f][:len(p.words[f])-1]) {
			continue
		}
		// “Employers have a lot of power …”: a plural common noun
		// opening a sentence, which the model reads as a body it is not
		// sure of (or sure of, when the article writes the noun in lower
		// case: “Libraries are a lifeline …” after the central library)
		// and no list knows, is no one
		if f := m.Tokens.First; m.Label == Org && m.Tokens.Len() == 1 && a.Tokens[f].Tag == article.NNS && opensSentence(a, f) &&
			p.toks[f].gaz.kind == gzNone && !g.isOrgWord(p.words[f]) && !inCapitals(p.words[f]) && (m.Confidence < 0.7 || singularSeen(p, p.words[f])) {
			continue
		}
		// in Coningsby and Tattersby, read as a place and a person: one
		// word ending as towns do after a place a preposition of place
		// opens and "and", no given name nor any person's surname, is a
		// place too (not the decision in Ratych and Bloomer: two parties)
		if f := m.Tokens.First; m.Label == Person && m.Tokens.Len() == 1 && m.Confidence < 0.7 && f >= 3 && p.words[f-1] == "and" && len(out) > 0 {
			if pl := out[len(out)-1]; pl.Label == GPE && pl.Tokens.Last == f-1 && pl.Tokens.First > 0 && townPreps[p.words[pl.Tokens.First-1]] &&
				!g.givenName(p.words[f]) && surnames[p.words[f]] == 0 && p.toks[f].gaz.kind == gzNone && townEnding(p.words[f]) {
				m.Label = GPE
			}
		}
		// Age Concern Kelbyshire, Kelbyshire, read as people: a word
		// ending in "shire" is a county's name, and a name of more words
		// ending in it a body's branch there
		if l := m.Tokens.Last; m.Label == Person && len(p.words[l-1]) > 6 && strings.HasSuffix(p.words[l-1], "shire") && p.toks[l-1].upper {
			if m.Tokens.Len() == 1 {
				m.Label = GPE
			} else {
				m.Label = Org
			}
		}
		// where St Michael's has stood …, read as the saint: a saint's
		// name before a possessive with no name or noun after it is the
		// church or building named after the saint (the possessive left
		// out, as of any name)
		if f, l := m.Tokens.First, m.Tokens.Last; m.Label == Person && l-f <= 2 && saintWord(p.words[f]) && l+1 < len(p.words) && a.Tokens[l].Tag == article.POS &&
			!p.toks[l+1].upper && !a.Tokens[l+1].Tag.IsNoun() && !a.Tokens[l+1].Tag.IsAdjective() {
			m.Label = Fac
		}
		// at the Corn Exchange, Wexley, until …, read as a person: one
		// word set off by commas after a building's or body's name after
		// a preposition of place is its town, no given name nor a
		// person's surname
		if f, l := m.Tokens.First, m.Tokens.Last; m.Label == Person && m.Tokens.Len() == 1 && m.Confidence < 0.7 && f >= 2 && p.words[f-1] == "," && len(out) > 0 &&
			l < len(p.words) && (p.words[l] == "," || p.words[l] == ".") && !g.givenName(p.words[f]) && surnames[p.words[f]] == 0 {
			if b := out[len(out)-1]; (b.Label == Fac || b.Label == Org) && b.Tokens.Last == f-1 && b.Tokens.Len() >= 2 && b.Tokens.First >= 2 &&
				(townPreps[p.words[b.Tokens.First-1]] || p.words[b.Tokens.First-1] == "the" && townPreps[p.words[b.Tokens.First-2]]) {
				m.Label = GPE
			}
		}
		// between Carmarthen and Swansea, read as a person and a place:
		// one word after "between" and before "and" and a place the
		// lists know is a place, no given name nor a person's surname
		if f, l := m.Tokens.First, m.Tokens.Last; m.Label == Person && m.Tokens.Len() == 1 && m.Confidence < 0.7 && f > 0 && l+1 < len(p.words) && p.words[f-1] == "between" && p.words[l] == "and" &&
			!g.givenName(p.words[f]) && surnames[p.words[f]] == 0 && placesFrom(p, g, l+1, l+2) {
			m.Label = GPE
		}
		// Fenway Buses East Midlands, read as a person or a place: a
		// company's word inside a name, after a capitalized word, and
		// only places the lists know after it, is the company's branch
		if f, l := m.Tokens.First, m.Tokens.Last; m.Label != Org && l-f >= 3 {
			for h := f + 1; h < l-1; h++ {
				if g.companyWords[p.words[h]] && p.toks[h].upper {
					if placesFrom(p, g, h+1, l) {
						m.Label = Org
					}
					break
				}
			}
		}
		// a 45-year-old man from Lincoln, a runner from Penrith Vale,
		// read as a person: one given name after "from" and a noun of a
		// person is the person's town, and so are two words opening with
		// none
		if f := m.Tokens.First; m.Label == Person && f >= 2 && p.words[f-1] == "from" && fromPlaceNouns[p.words[f-2]] && surnames[p.words[f]] == 0 &&
			(m.Tokens.Len() == 1 || m.Tokens.Len() == 2 && !g.givenName(p.words[f]) && !g.isTitleWord(p.words[f])) {
			m.Label = GPE
		}
		// Labour-run Kelton Council: a hyphened word of who runs or
		// leads the body opening its name is no part of it
		if f := m.Tokens.First; m.Tokens.Len() >= 2 && m.Label == Org && p.toks[f].upper && controlWord(p.words[f]) {
			m.Tokens.First, m.Start = f+1, a.Tokens[f+1].Start
		}
		// Christian Estève read as Estève, an organization the model
		// was unsure of: a given name right before one unknown word the
		// model gave no person is the person's (the given name also a
		// group's word, which the model left out)
		if f := m.Tokens.First; m.Label != Person && m.Confidence < 0.5 && m.Tokens.Len() == 1 && f > 0 && g.firstNames[p.words[f-1]] &&
			p.toks[f].gaz.kind == gzNone && !g.isOrgWord(p.words[f]) && !(i > 0 && ms[i-1].Tokens.Last > f-1) {
			m.Tokens.First, m.Start, m.Label = f-1, a.Tokens[f-1].Start, Person
		}
		// Tariq Islam read as Tariq: a given name alone, then one
		// capitalized proper noun no list knows and no mention holds,
		// with no capitalized word after it, is the person's surname (not
		// a month or a day: told Ann Tuesday; nor in capitals: Louis XV)
		if f, l := m.Tokens.First, m.Tokens.Last; m.Label == Person && m.Tokens.Len() == 1 && g.givenName(p.words[f]) && l+1 < len(a.Tokens) &&
			a.SentenceOf(l) == a.SentenceOf(f) && p.toks[l].upper && a.Tokens[l].Kind == article.Word && a.Tokens[l].Tag == article.NNP && p.toks[l].gaz.kind == gzNone &&
			!(p.toks[l+1].upper && a.Tokens[l+1].Kind == article.Word) && !g.isTitleWord(p.words[l]) && !bodyHead(g, p.words[l]) &&
			!article.IsMonth(p.words[l]) && !weekdays[p.words[l]] && !(i+1 < len(ms) && ms[i+1].Tokens.First <= l) && strings.ToUpper(p.words[l]) != p.words[l] {
			m.Tokens.Last, m.End = l+1, a.Tokens[l].End
		}
		// the junction of King Street, read as the person Street titled
		// King: a road's word alone takes the capitalized word before it
		// that no mention holds, and is the road
		if f := m.Tokens.First; m.Tokens.Len() == 1 && roadWords[p.words[f]] && f > 0 && p.toks[f-1].upper && a.Tokens[f-1].Kind == article.Word &&
			a.SentenceOf(f-1) == a.SentenceOf(f) && !(len(out) > 0 && out[len(out)-1].Tokens.Last > f-1) {
			m.Tokens.First, m.Start, m.Label = f-1, a.Tokens[f-1].Start, Fac
		}
		// whose album Glasshouse, the novel Rebecca Fell: a work's title
		// after the noun of its kind is no person (not a given name
		// alone: the song's singer, Joan)
		if f := m.Tokens.First; m.Label == Person && f > 0 && workNouns[p.words[f-1]] && !(m.Tokens.Len() == 1 && g.firstNames[p.words[f]]) {
			continue
		}
		// the ATP Finals, the French Open: a sporting event's name is no
		// person's nor place's, nor its nationality a group
		if sportingEvent(a, p, m) {
			continue
		}
		// in the House, where Republicans hold a majority: "House" alone
		// after "the" is the legislature, no place nor building
		if f := m.Tokens.First; m.Label != Org && m.Label != Person && m.Tokens.Len() == 1 && p.words[f] == "House" && f > 0 && strings.EqualFold(p.words[f-1], "the") {
			m.Label = Org
		}
		// Storm Ilsa, Hurricane Katrina: a storm's name is no person's nor
		// place's (Tropical Storm too)
		if m.Tokens.Len() >= 2 && stormWords[p.words[m.Tokens.First]] && p.toks[m.Tokens.Last-1].upper {
			continue
		}
		// City council member Raj Patel: a place's common noun alone,
		// capitalized to open a sentence, before a word in lower case,
		// names no place
		if f := m.Tokens.First; (m.Label == GPE || m.Label == Loc) && m.Tokens.Len() == 1 && placeNouns[p.words[f]] && p.toks[f].gaz.kind == gzNone &&
			f+1 < len(a.Tokens) && a.Tokens[f+1].Kind == article.Word && !p.toks[f+1].upper && opensSentence(a, f) { // (not Santa's Village was …)
			continue
		}
		// the Ridge Creek Fire: a wildfire's name, read as a person or a
		// place, is neither (not Cal Fire, the agency, nor a club read as
		// a body: the Chicago Fire)
		if f := m.Tokens.First; (m.Label == Person || m.Label == GPE || m.Label == Loc) && m.Tokens.Len() >= 2 && fireWords[p.words[m.Tokens.Last-1]] && f > 0 && strings.EqualFold(p.words[f-1], "the") {
			continue
		}
		// A possessive is not part of the name: the Council's → Council.
		for m.Tokens.Last-m.Tokens.First > 1 && (a.Tokens[m.Tokens.Last-1].Tag == article.POS || a.Tokens[m.Tokens.Last-1].Kind == article.Clitic && strings.HasSuffix(p.words[m.Tokens.Last-1], "s")) {
			m.cutLast(a)
		}
		// The Health and Safety Executive, read as Safety: a word the
		// model read alone inside a body's name after "the" and an "and"
		// (as theBody reads it) is that body's name
		var sent article.Range // (m's sentence, read only for a mention the two rules below may take)
		if f := m.Tokens.First; m.Tokens.Len() == 1 && m.Label != NORP && slices.Contains(p.words[max(f-3, 0):f], "and") {
			sent = a.Sentences[a.SentenceOf(f)].Tokens
			k := f
			for k-1 > 0 && k-1 >= sent.First && k > f-4 && (p.toks[k-1].upper && a.Tokens[k-1].Kind == article.Word && !strings.EqualFold(p.words[k-1], "the") || p.words[k-1] == "and") {
				k--
			}
			if k < f && slices.Contains(p.words[k:f], "and") && (len(out) == 0 || out[len(out)-1].Tokens.Last <= k) {
				if end := theBody(a, p, g, k, sent.Last); end > f && (i+1 == len(ms) || ms[i+1].Tokens.First >= end) {
					m.Tokens.First, m.Start, m.Tokens.Last, m.End, m.Label = k, a.Tokens[k].Start, end, a.Tokens[end-1].End, Org
				}
			}
		}
		// The Northgate Hospitals NHS Trust, read as its first word: after
		// "the", the rest of a body's name the model left out (capitalized
		// words to a body's word, as theBody reads them) is the body's;
		// so is a person's name that opens one (the Ann Lee Foundation
		// Trust)
		if f := m.Tokens.First; m.Label != NORP && f > 0 && strings.EqualFold(p.words[f-1], "the") {
			if sent.Last == 0 {
				sent = a.Sentences[a.SentenceOf(f)].Tokens
			}
			if end := theBody(a, p, g, f, sent.Last); end > m.Tokens.Last && (i+1 == len(ms) || ms[i+1].Tokens.First >= end) {
				m.Tokens.Last, m.End, m.Label = end, a.Tokens[end-1].End, Org
			}
		}
		// Lower-case words at the end are no part of a name: "George W.
		// Heath administration" → George W. Heath.
		for m.Tokens.Last-m.Tokens.First > 1 && !p.toks[m.Tokens.Last-1].upper && a.Tokens[m.Tokens.Last-1].Kind == article.Word {
			m.cutLast(a)
		}
		// the Wisconsin Republican, a Senate Democrat: a member of a
		// party is no body; the place or body before the party word is
		// the name (the party word is a nationality or group, below)
		if m.Label != Person && m.Tokens.Last-m.Tokens.First >= 2 && (p.words[m.Tokens.Last-1] == "Republican" || p.words[m.Tokens.Last-1] == "Democrat") {
			m.cutLast(a)
		}
		// "I" after a name of two words or more is the pronoun: "other
		// than Sam Eastwood I've chaired more" (Elizabeth I stays whole).
		if m.Tokens.Last-m.Tokens.First > 2 && p.words[m.Tokens.Last-1] == "I" && a.Tokens[m.Tokens.Last-1].Tag == article.PRP {
			m.cutLast(a)
		}
		// A name inside: "Democrat Harriet Carrow" read as one
		// organization is the person, after the party.
		if m.Label != Person && m.Tokens.Last-m.Tokens.First >= 3 {
			for k := m.Tokens.First + 1; k < m.Tokens.Last-1; k++ {
				if g.firstNames[p.words[k]] && (g.parties[p.words[k-1]] || p.toks[k-1].gaz.kind == gzNORP) {
					m.Tokens.First, m.Start, m.Label = k, a.Tokens[k].Start, Person
					break
				}
			}
		}
		// Two bodies joined by "and", each with a head word of its own,
		// are two mentions: "the British Library and Columbia
		// University", as GUM annotates a group's members ("the
		// National Air and Space Museum", one head, stays one).
		if m.Label != Person {
			if k := coordinated(p, g, m.Tokens); k > 0 {
				left := m
				left.Tokens.Last, left.End = k, a.Tokens[k-1].End
				out = append(out, left)
				m.Tokens.First, m.Start = k+1, a.Tokens[k+1].Start
			}
		}
		// A body and then a person read as one: "the Ministry of
		// Defence John Smith" is the ministry, then the man (a given name
		// after a word of the body's, and one or two capitalized words
		// to the end).
		if m.Label != Person && m.Tokens.Last-m.Tokens.First >= 3 {
			for k := m.Tokens.First + 2; k < m.Tokens.Last-1 && k >= m.Tokens.Last-3; k++ {
				if !g.firstNames[p.words[k]] || p.words[k-1] == "of" || p.words[k-1] == "and" || !p.toks[m.Tokens.Last-1].upper {
					continue
				}
				body := m
				body.Tokens.Last, body.End = k, a.Tokens[k-1].End
				if !g.isTitleWord(p.words[k-1]) {
					out = append(out, body) // (not a title's words: City Manager Ellen Ruiz, read as a place)
				}
				m.Tokens.First, m.Start, m.Label = k, a.Tokens[k].Start, Person
				break
			}
		}
		// An office ending what the model read as an organization or a
		// place is the title of someone named next, not part of the
		// name: "Museum of Flight CEO Doug King", "Acme Spokesman".
		if m.Label != Person {
			for m.Tokens.Last-m.Tokens.First > 1 && g.offices[p.words[m.Tokens.Last-1]] && !g.orgWords[p.words[m.Tokens.Last-1]] {
				m.cutLast(a)
			}
		}
		// A title inside what the model read as an organization: "House
		// Speaker Tom Reyes" is a person after the title.
		if m.Label != Person && m.Tokens.Last-m.Tokens.First >= 2 {
			for k := m.Tokens.Last - 2; k >= m.Tokens.First; k-- {
				if g.isOffice(p.words[k]) && p.toks[k+1].upper && !g.orgWords[p.words[m.Tokens.Last-1]] {
					m.Tokens.First, m.Start, m.Label = k+1, a.Tokens[k+1].Start, Person
					break
				}
			}
		}
		// Titles the model took into a name: "President Dalen" → Dalen;
		// and the imperative of a prompt: "Follow Pam Lock on Twitter".
		if m.Label == Person {
			for m.Tokens.Last-m.Tokens.First > 2 && g.parties[p.words[m.Tokens.First]] {
				m.Tokens.First++
				m.Start = a.Tokens[m.Tokens.First].Start
			}
			for m.Tokens.Last-m.Tokens.First > 1 && g.prompts[p.words[m.Tokens.First]] {
				m.Tokens.First++
				m.Start = a.Tokens[m.Tokens.First].Start
			}
			if m.Tokens.Last-m.Tokens.First == 1 && givenTitle(a, p, g, m.Tokens.First-1) {
				m.Tokens.First-- // Harlow boss Dean Okafor: a given name, not a dean
				m.Start = a.Tokens[m.Tokens.First].Start
			}
			for m.Tokens.Last-m.Tokens.First > 1 && g.leadingTitle(p.words[m.Tokens.First]) &&
				!(m.Tokens.Last-m.Tokens.First == 2 && givenTitle(a, p, g, m.Tokens.First)) {
				m.Tokens.First++
				m.Start = a.Tokens[m.Tokens.First].Start
			}
			// By Health Correspondent Priya Das: in a byline, a job
			// (Correspondent, Editor) before a given name is no part of
			// the name
			for f := m.Tokens.First; m.Tokens.Len() > 2 && a.Paragraphs[m.Paragraph].Kind == article.Byline && g.jobs[p.words[f]] && g.givenName(p.words[f+1]); f = m.Tokens.First {
				m.Tokens.First, m.Start = f+1, a.Tokens[f+1].Start
			}
			// Aquarist Jade Polwhele: a word no list knows opening the
			// sentence, ending as a doer's noun does, before a given name
			// and a surname is the person's job, no part of the name (not
			// a given name: Mary Jane Hale)
			if f := m.Tokens.First; m.Tokens.Len() == 3 && opensSentence(a, f) && p.toks[f].gaz.kind == gzNone && !g.givenName(p.words[f]) &&
				g.givenName(p.words[f+1]) && !g.givenName(p.words[f+2]) && strings.ToUpper(p.words[f]) != p.words[f] && surnames[p.words[f]] == 0 && agentEnding(p.words[f]) {
				m.Tokens.First, m.Start = f+1, a.Tokens[f+1].Start
			}
			// A title inside: "Arkansas Gov. Mike Huckley" → Mike Huckley.
			for k := m.Tokens.Last - 2; k > m.Tokens.First; k-- {
				if g.isOffice(p.words[k]) && !g.suffixes[p.words[m.Tokens.Last-1]] {
					m.Tokens.First = k + 1
					m.Start = a.Tokens[m.Tokens.First].Start
					break
				}
			}
			if m.Tokens.Last-m.Tokens.First == 1 && g.leadingTitle(p.words[m.Tokens.First]) {
				continue
			}
			// "Tessa Ambrose of Leeds": a name of two words or more, then
			// "of" and where she is from or works; the name ends before
			// "of", and what follows is a place or body of its own.
			// (One word before "of" is a name of its own: Catherine of
			// Aragon, the Earl of Clare.)
			if k := ofIndex(p, m.Tokens); k >= m.Tokens.First+2 && plainName(p, g, m.Tokens.First, k) {
				rest := m
				rest.Tokens.First, rest.Start = k+1, a.Tokens[k+1].Start
				rest.Label = GPE
				if g.orgWords[p.words[rest.Tokens.Last-1]] {
					rest.Label = Org
				}
				m.Tokens.Last, m.End = k, a.Tokens[k-1].End
				out = append(out, m)
				m = rest
			}
			if n := m.Tokens.Last - m.Tokens.First - marksIn(a, m.Tokens); n > 4 || n > 2 && hasSmallCaps(g, p.words[m.Tokens.First:m.Tokens.Last]) {
				// A title-case headline read as one long name: keep the
				// names in it that start with a given name.
				out = append(out, namesIn(a, p, g, m)...)
				continue
			}
		}
		// Dan Ivers of Wexmoor Securities, read as one body: a given name
		// and one more word before "of" are a person, what follows the
		// body or place they are of (not Charles University of Prague,
		// nor the Virginia House of Delegates: a place the lists know);
		// a title before two such words (Analyst Dan Ivers of …) makes
		// them a name even when the given name is not one the lists know,
		// and is left out, to be the person's title
		f := m.Tokens.First
		titled := m.Tokens.Len() > 4 && g.leadingTitle(p.words[f]) && !g.leadingTitle(p.words[f+1]) && !g.leadingTitle(p.words[f+2])
		if titled {
			f++
		}
		if k := ofIndex(p, m.Tokens); m.Label != Person && k == f+2 && (titled || g.givenName(p.words[f])) && p.toks[f].gaz.kind == gzNone &&
			plainName(p, g, f, k) && !g.isOrgWord(p.words[k-1]) && !g.companyWords[p.words[k-1]] && !g.facWords[p.words[k-1]] {
			rest := m
			rest.Tokens.First, rest.Start = k+1, a.Tokens[k+1].Start
			if !g.isOrgWord(p.words[rest.Tokens.Last-1]) && !g.companyWords[p.words[rest.Tokens.Last-1]] && m.Label == Org {
				rest.Label = GPE
			}
			m.Tokens.First, m.Start = f, a.Tokens[f].Start
			m.Tokens.Last, m.End, m.Label = k, a.Tokens[k-1].End, Person
			out = append(out, m)
			m = rest
		}
		// the National Farmers' Union, the Teachers' Pension Scheme: a
		// plural's possessive and the capitalized words before it open
		// the name
		if f := pluralOwner(a, p, g, m, out); f < m.Tokens.First && !(i > 0 && ms[i-1].Tokens.Last > f) && surnames[p.words[m.Tokens.First-2]] == 0 {
			m.Tokens.First, m.Start = f, a.Tokens[f].Start
		}
		// Leeds Teaching Hospitals NHS Trust, Newcastle upon Tyne
		// Hospitals NHS Foundation Trust: a place, capitalized words
		// with a body's plural and the body read after them are one body
		if m.Label == Org {
			if f, joined := placeBody(a, p, g, m, out); f < m.Tokens.First {
				if joined {
					out = out[:len(out)-1]
				}
				m.Tokens.First, m.Start = f, a.Tokens[f].Start
			}
			// Westcombe and Ashby NHS Foundation Trust, read as a place
			// and a trust: the places a health trust's name lists first
			if f, taken := trustPlaces(a, p, m, out); f < m.Tokens.First {
				m.Tokens.First, m.Start = f, a.Tokens[f].Start
				out = out[:len(out)-taken]
			}
		}
		// Westmere United striker Kofi Boateng, read as United: a club's
		// word alone the model read opens with the capitalized words it
		// left out before it (two at most: West Ham United)
		if f := m.Tokens.First; m.Label == Org && m.Tokens.Len() == 1 && g.clubWords[p.words[f]] {
			k := f
			// (a proper noun, or a word opening the sentence the article
			// never writes in lower case, which the tagger may misread)
			name := func(j int) bool {
				return p.toks[j].upper && a.Tokens[j].Kind == article.Word &&
					(a.Tokens[j].Tag.IsProperNoun() || p.toks[j].initial && !p.doc.seenLower[p.toks[j].lower])
			}
			for from := freeFrom(a, f, out); k-1 >= from && f-k < 2 && name(k-1); k-- {
			}
			m.Tokens.First, m.Start = k, a.Tokens[k].Start
		}
		// Planned Parenthood, read as Parenthood: a name the label-only
		// lists know that ends where the mention does opens with the
		// capitalized words before it the model left out, and the small
		// words between them (HM Revenue and Customs, read as Customs)
		if f := m.Tokens.First; f > 0 {
			for j, from := f-1, max(freeFrom(a, f, out), f-4); j >= from && (p.toks[j].upper && a.Tokens[j].Kind == article.Word || nameJoiners[p.words[j]]); j-- {
				if end, kind := g.labelOnlyAt(p.words, j, m.Tokens.Last); end == m.Tokens.Last && kind != gzNone {
					m.Tokens.First, m.Start, m.Label = j, a.Tokens[j].Start, labelOfKind(kind)
					break
				}
			}
		}
		// the Nursing and Midwifery Council, read as Midwifery Council:
		// one capitalized word no list knows and no mention holds, and
		// "and", after a determiner, open a body's name of two words or
		// more that ends in a body's word (not with Farm to Freezer and
		// Cherry Capital Foods, from Diplock and Browning and War Office;
		// not initials: the IRS and Drug Enforcement Administration)
		if f := m.Tokens.First; m.Label == Org && m.Tokens.Len() >= 2 && f >= 3 && p.words[f-1] == "and" && g.orgWords[p.words[m.Tokens.Last-1]] &&
			f-2 >= freeFrom(a, f, out) && p.toks[f-2].upper && a.Tokens[f-2].Kind == article.Word && p.toks[f-2].gaz.kind == gzNone &&
			!g.givenName(p.words[f-2]) && !opensSentence(a, f-2) && a.Tokens[f-3].Tag == article.DT && strings.ToUpper(p.words[f-2]) != p.words[f-2] {
			m.Tokens.First, m.Start = f-2, a.Tokens[f-2].Start
		}
		// Friends of the Earth, Friends of the Fells: a charity's name,
		// whose last word the model read alone
		if f := friendsOf(a, p, m.Tokens.First); f < m.Tokens.First && f >= freeFrom(a, m.Tokens.First, out) {
			m.Tokens.First, m.Start, m.Label = f, a.Tokens[f].Start, Org
		}
		// the Campaign to Protect Rural England, read as its last words
		// (a body, or any mention opening with a capitalized verb): a
		// body's word and "to" open the name; Transport for Wales,
		// read as the place: a body's head word and "for" do too; so
		// does one of the body heads' list and "of" before a place, a
		// body or a one-word name the model read as a person, no given
		// name (the Port of Kelby, read as the person Kelby; the
		// Confederation of British Enterprise, read as the last two words)
		if f := m.Tokens.First; f >= 2 && p.toks[f-2].upper && a.Tokens[f-2].Kind == article.Word && f-2 >= freeFrom(a, f, out) &&
			((m.Label == Org || a.Tokens[f].Tag == article.VB) && p.words[f-1] == "to" && (g.orgWords[p.words[f-2]] || g.bodyHeads[p.words[f-2]]) ||
				m.Label != Person && p.words[f-1] == "for" && g.bodyHeads[p.words[f-2]] ||
				p.words[f-1] == "of" && g.bodyHeads[p.words[f-2]] && a.Tokens[f-2].Tag.IsProperNoun() &&
					(m.Label == GPE || m.Label == Loc || m.Label == Org || m.Label == Person && m.Tokens.Len() == 1 && !g.firstNames[p.words[f]])) {
			m.Tokens.First, m.Start, m.Label = f-2, a.Tokens[f-2].Start, Org
		}
		// the Association of Ambulance Chief Executives, read as the
		// person Executives: a plural the model read as a person alone,
		// after capitalized words it left out, "of" and a body's word
		if h := pluralOfBody(a, p, g, m, out); h < m.Tokens.First {
			m.Tokens.First, m.Start, m.Label = h, a.Tokens[h].Start, Org
		}
		// Leeds Magistrates' Court, read as a person and a body: a
		// mention ending in a plural of people's roles, its possessive
		// and the body after it are one body
		if n, f := len(out), m.Tokens.First; n > 0 && f >= 2 && out[n-1].Tokens.Last == f-1 && out[n-1].Label != NORP && ownerPlurals[p.words[f-2]] &&
			bareMark(a, p, f-1) && p.toks[f].upper {
			out[n-1].Tokens.Last, out[n-1].End, out[n-1].Label = m.Tokens.Last, m.End, Org
			continue
		}
		// Water UK, Sport England: a nation's name after capitalized
		// nouns the model left out ends a body's name
		if f := nationBody(a, p, g, m, out); f < m.Tokens.First {
			m.Tokens.First, m.Start, m.Label, m.Confidence = f, a.Tokens[f].Start, Org, 0.5
			out = append(out, m)
			continue
		}
		// The Royal Life Saving Society UK: a nation's name right after a
		// body the model read, ending in a body's word, ends its name
		if n, f := len(out), m.Tokens.First; n > 0 && m.Tokens.Len() == 1 && bodyNations[p.words[f]] && out[n-1].Label == Org && out[n-1].Tokens.Last == f &&
			g.isOrgWord(p.words[f-1]) && (m.Tokens.Last >= len(a.Tokens) || !p.toks[m.Tokens.Last].upper) {
			out[n-1].Tokens.Last, out[n-1].End = m.Tokens.Last, m.End
			continue
		}
		words := p.words[m.Tokens.First:m.Tokens.Last]
		lastWord := words[len(words)-1]
		head := lastWord // the name's head: Museum in Museum of Flight
		for k := 1; k < len(words)-1; k++ {
			if words[k] == "of" {
				head = words[k-1]
				break
			}
		}
		kind := g.lookup(words)
		if kind == gzNone && words[0] == "the" && len(words) > 1 {
			kind = g.lookup(words[1:])
		}
		switch {
		case m.Label == Person && len(words) == 1 && surnames[lastWord] > 0 && surnames[lastWord] <= m.Start && namedAsPerson(a, p, m.Tokens.First):
			// Valeska Parrish, then "Paris said": the surname of a person
			// the article has named, which the model read as the person
			// (not "flew to Paris")
		case m.Label == Person && (len(words) == 1 && surnames[lastWord] == 0 || len(words) == 2 && surnames[lastWord] == m.End && m.Tokens.First > 0 && nearWords[p.words[m.Tokens.First-1]] && !g.givenName(words[0]) && !leadingLocWord(words[0])) &&
			!g.firstNames[lastWord] && placeSlot(a, p, ms, i):
			// a bakery in Saltash, between Devonport and Torpoint; two
			// words with no given name near or outside (near Llanfair
			// Caereinion; not believed in Santa Claus)
			m.Label = GPE
		case m.Label != Person && m.Label != NORP && len(words) <= 2 && kind == gzNone && kinBefore(a, p, m.Tokens.First) && !g.isOrgWord(lastWord) &&
			(m.Tokens.Last >= len(a.Tokens) || !p.toks[m.Tokens.Last].upper): // (not whose husband, Navy SEAL Ty Wedmore)
			m.Label = Person // Her husband, Harjit, read as a place: after a possessive and a word of kinship, a person
		case m.Label != Person && m.Label != NORP && len(words) <= 2 && kind == gzNone && personApposed(a, p, m.Tokens.First, m.Tokens.Last) && !g.isOrgWord(lastWord): // (the cheap test first: isOrgWord allocates)
			m.Label = Person // One woman, Bridget, used to …: set off by commas after a person's noun and a determiner, a person
		case (m.Label == Org || m.Label == Person && !g.givenName(words[0])) && m.Tokens.Last+1 < len(a.Tokens) && memberLetters[p.words[m.Tokens.Last]] && p.toks[m.Tokens.Last+1].upper && !g.postNominals[p.words[m.Tokens.Last+1]] && !g.isOrgWord(lastWord) && kind == gzNone && !g.parties[lastWord]:
			m.Label = GPE // Hull North MP Diana Johnson: the seat before the member's letters is a place (not a party the lists know: Labour MP …)
		case kind == gzGPE || kind == gzLoc || kind == gzOrg || kind == gzNORP:
			m.Label = labelOfKind(kind)
		case m.Label == GPE && len(words) > 1 && kind == gzNone && bodyJobOf(p, m.Tokens.First):
			m.Label = Org // executive director of Vote Forward Ohio: a body a place's name ends, whose director no place has
		case m.Label != NORP && len(words) == 1 && lastWord == "Green" && m.Tokens.Last < len(p.words) && greenFollowers[p.words[m.Tokens.Last]]:
			m.Label = NORP // Green councillor Jo Pettifer, Green voters: the party's people, read as a place
		case m.Label != NORP && m.Label != Loc && len(words) == 1 && kind == gzNone && riverNamed(p, m.Tokens.First, m.Tokens.Last):
			m.Label = Loc // the river Ouse, the Ouse valley, read as a body
		case m.Label != NORP && kind == gzNone && islandOf(p, m.Tokens.First) && !g.isOrgWord(lastWord):
			m.Label = Loc // the island of Carran, read as a body
		case (m.Label == Person || m.Label == GPE) && kind == gzNone && listedBody(p, m.Tokens.First):
			m.Label = Org // charities including Oxbridge Relief, read as a person
		case m.Label != NORP && namedAsPlace(p, m.Tokens.First) && !(len(words) > 1 && lastWord == "House" && residentsOf(p, m.Tokens.First)), m.Label == Person && compassOf(p, m.Tokens.First):
			m.Label = GPE // the village of Lowther Bridge, the town of Aurora; north of Ashcombe, read as a person (residents of Larchwood House: a building's, which the House rule below reads)
		case (m.Label == Person || m.Label == Org) && len(words) <= 3 && !g.givenName(words[0]) && kind == gzNone && !g.parties[lastWord] &&
			(seatBefore(p, m.Tokens.First) || m.Tokens.Last < len(a.Tokens) && seatWords[p.words[m.Tokens.Last]] && !g.isOrgWord(lastWord) && !legislature(lastWord)):
			m.Label = GPE // the MP for Hallam Vale, who represented Hallam Vale, the Kelby West seat, the Westgate ward: a seat (not a Senate seat)
		case m.Label == Person && len(words) >= 3 && !g.givenName(words[0]) && !g.isTitleWord(words[0]) && p.doc.seenLower[p.toks[m.Tokens.First].lower] && kind == gzNone:
			m.Label = Org // Rape Crisis Kelbyshire: a person's name opens with no word the article writes in lower case ("rape investigations")
		case m.Label != Org && m.Label != NORP && len(words) >= 2 && schoolStages[lastWord] && kind == gzNone && p.toks[m.Tokens.First].gaz.kind != gzNORP && !g.parties[words[0]]:
			m.Label = Org // head of Greenway Primary, read as a place: a school (not the Democratic Primary)
		case m.Label == Person && len(words) > 1 && words[0] == "HM" && !g.titles[words[1]]:
			m.Label = Org // HM Coastguard, HM Treasury: His or Her Majesty's body
		case m.Label == Person && len(words) == 1 && !g.givenName(words[0]) && (officeAfter(a, p, m.Tokens.Last, false, placeOffices) || surnames[lastWord] == 0 && !(m.Tokens.First > 0 && g.isTitleWord(p.words[m.Tokens.First-1])) && officeAfter(a, p, m.Tokens.Last, true, nationOffices)):
			m.Label = GPE // former Riverton mayor …, Riverton's current mayor: a town's office
		case m.Label != Person && len(words) <= 3 && len(words) > 1 && g.givenName(words[0]) && !g.orgWords[lastWord] && !g.facWords[lastWord] &&
			a.Tokens[m.Tokens.Last-1].Tag != article.NNPS && !placeTail(lastWord) && words[1] != "&": // not the Charlotte Panthers, Lincoln City, Faith & Freedom
			m.Label = Person // Valeriy Sharipkin, in a credit
		case !a.Dateline.Empty() && a.Dateline.Contains(m.Span):
			// NEWPORT NEWS, Va. —: a dateline names a place, then an
			// agency in brackets; its date is no name (NEW YORK, Nov. 19
			// (UPI) —)
			m.Label = datelineLabel(a, m.Tokens)
			if m.Label == None {
				continue
			}
		case m.Label == Person && len(words) > 1 && lastWord == "Telescope":
			continue // the James Webb Space Telescope: an instrument, no person
		case len(words) == 1 && m.Tokens.Last < len(a.Tokens) && p.words[m.Tokens.Last] == "crude":
			continue // Brent crude: an oil's grade, no one
		case len(words) == 1 && roadNumber(lastWord):
			m.Label = Fac // the M62, the A1(M), I-95: a road
		case churchBody(p, g, m.Tokens):
			m.Label = Org // the Catholic Church, the Church of England: a church, not its building
		case kind == gzFac:
			m.Label = Fac // Heathrow, read as a person or a place: the airport the list knows
		case len(words) > 2 && words[1] == "Radio" && p.toks[m.Tokens.First].gaz.kind == gzOrg:
			m.Label = Org // BBC Radio Harbour: a broadcaster's station, whatever word ends it
		case g.facWords[head] && !roadWords[head] && len(words) > 1 && len(out) > 0 && affiliation(p, &out[len(out)-1], &m):
			m.Label = Org // said Marcio Alves, of the Climate Observatory: a person's body, not a building (but Ann Drive of Oak Crescent: a road, an address)
		case g.facWords[head] && len(words) > 1 && !(m.Label == Person && len(words) == 2 && g.firstNames[words[0]] && surnameFacWords[lastWord]):
			m.Label = Fac // (but James Park, read as a person, is one; Scott Base is not)
			if g.bodyHeads[head] && head != lastWord {
				m.Label = Org // the Port of Kelby, read as a place: the body that runs it
			}
		case m.Label == Org && len(words) == 2 && (surnameOrgWords[lastWord] || g.firstNames[words[0]] && !g.isOrgWord(lastWord) && !g.companyWords[lastWord]) &&
			p.toks[m.Tokens.First].gaz.kind == gzNone && !g.isOrgWord(words[0]) && roleAfter(p, g, m.Tokens.Last):
			m.Label = Person // said Yun Sun, director of …: a surname that ends bodies' names too (Sun, Post); Moira Power, chief executive of …
		case m.Label == Org && len(words) == 2 && p.toks[m.Tokens.First].gaz.kind == gzGPE && p.toks[m.Tokens.First+1].gaz.kind == gzNone && a.Tokens[m.Tokens.First+1].Tag == article.NNP &&
			!g.isOrgWord(lastWord) && !g.companyWords[lastWord] && !clubTail(g, lastWord) && roleAfter(p, g, m.Tokens.Last):
			m.Label = Person // said Kenya Brightwater, director of …: a country's name is a given name too, before a surname and a job
		// (not a given name and a surname after a job: Its chief
		// executive, Moira Power; chief executive Dan Post; nor after a
		// speech verb: said Rachel Power of …)
		case m.Label == Person && len(words) > 1 && g.isOrgWord(lastWord) && !roleAfter(p, g, m.Tokens.Last) && !(len(words) == 2 && g.firstNames[words[0]] && roleBefore(p, g, m.Tokens.First)) &&
			!(len(words) == 2 && g.firstNames[words[0]] && surnameOrgWords[lastWord] && (personAfter(p, m.Tokens.Last) || m.Tokens.First > 0 && speechVerbs[p.words[m.Tokens.First-1]])),
			m.Label == Person && len(words) > 2 && g.orgPlural(lastWord) && !g.facWords[lastWord] && !g.firstNames[words[0]],
			m.Label == Person && len(words) == 2 && g.orgPlural(lastWord) && !g.facWords[lastWord] && !g.givenName(words[0]) && !g.isTitleWord(words[0]), // Kelby Hospitals
			m.Label == Person && len(words) > 1 && (g.companyWords[lastWord] || bodyTail(g, lastWord) || bodyOnlyTails[lastWord]) && !g.givenName(words[0]):
			m.Label = Org // Christopher Newport University, Marsh Valley Hospitals, Pendle Estates, Westbourne Cycle Forum, Halcyon Research (not Tyra Banks)
		case len(words) > 1 && bodyLeadWords[words[0]],
			len(words) > 1 && g.clubWords[lastWord],
			m.Label == Person && len(words) == 2 && lastWord == "Town" && !g.firstNames[words[0]]:
			m.Label = Org // Sparta Kelby, Grupo Almar; Castleford Rovers, Leeds United; Harlow Town, read as a person, is a club (a town's name has no "Town")
		case m.Label == GPE && len(words) > 1 && kind == gzNone && clubTail(g, lastWord) && m.Tokens.Last < len(a.Tokens) && pluralAgrees(p.words[m.Tokens.Last]) && opensSentence(a, m.Tokens.First):
			m.Label = Org // Harbourside City have sacked their coach: a club, whose name takes a plural verb (a city's takes none; not the last of a list of towns: …, and Sun City are)
		case m.Label == Person && len(words) == 2 && compassTails[lastWord] && !g.givenName(words[0]) && !g.isTitleWord(words[0]) &&
			m.Tokens.First > 0 && (p.words[m.Tokens.First-1] == "for" || townPreps[p.words[m.Tokens.First-1]]):
			m.Label = GPE // the fight for Kelby North, in Ashby West: a place's part, or a seat (not Tamsin North)
		case m.Label == Person && len(words) > 1 && placeTail(lastWord):
			m.Label = GPE // Lincoln City, Jackson County, read as people: no one's name ends so (a sports report's club, teams finds)
		case m.Label == GPE && len(words) == 2 && kind == gzNone && britishNations[lastWord] && g.lookup(words[:1]) == gzNone &&
			!placeLeads[words[0]] && !compassWords[words[0]] && !g.givenName(words[0]) && !leadingLocWord(words[0]):
			// Transport Scotland, Sport England, read as places: a body a
			// word names for its nation, as Britain's public bodies are
			// named (not New England; not Weimar Germany nor Midtown
			// Manhattan, places a word describes, as other countries'
			// and states' names take)
			m.Label = Org
		case m.Label == GPE && len(words) > 1 && lastWord == "House" && kind == gzNone:
			// Willowmead House, read as a place: a house's name is a
			// building's, no town's; but the Halvorsen White House is the
			// administration, the Kentucky House a legislature
			m.Label = Fac
			if words[len(words)-2] == "White" || g.lookup(words[:len(words)-1]) == gzGPE {
				m.Label = Org
			}
		case m.Label == GPE && g.locWords[lastWord],
			m.Label == Org && len(words) > 1 && g.locWords[lastWord] && kind == gzNone && afterPlaceWord(p, m.Tokens.First) && !g.isOrgWord(words[0]):
			m.Label = Loc // (near Gull Point, read as a body: after a preposition of place, the place its word names)
		case (m.Label == GPE || m.Label == Person || m.Label == Org && len(words) == 2 && !g.isOrgWord(lastWord) && !g.companyWords[lastWord] && !g.facWords[lastWord] && !endsLongerBody(p, ms, words)) &&
			len(words) > 1 && leadingLocWord(words[0]):
			m.Label = Loc // the River Aske, Lake Tana; Lake Windermere, read as a person; the River Tamar, as a body (not a team's short name: the Sacramento River Cats, then the River Cats)
		case m.Label == GPE && len(words) == 2 && p.toks[m.Tokens.First].gaz.kind == gzOrg && p.toks[m.Tokens.First].gaz.pos == posU:
			m.Label = Org // NHS England, BBC Scotland: the body's branch
		case (m.Label == GPE || m.Label == Person && !g.givenName(words[0])) && len(words) > 1 && (g.orgWords[lastWord] || g.companyWords[lastWord] || paperWords[lastWord]) ||
			m.Label == GPE && len(words) > 2 && g.bodyHeads[lastWord] && !looseBodyHeads[lastWord]:
			m.Label = Org // Northern Grid, Harbourline Systems, the Harrowgate Echo (or the Kelby Echo, read as a person); the Pacific Islands Forum
		case (m.Label == GPE || m.Label == Loc || m.Label == Fac) && len(words) > 1 && (words[0] == "Stop" || words[0] == "Save"):
			m.Label = Org // Stop Northgate Runway, Save Wellford Library: a campaign
		case m.Label == Person && bylineAgency(a, p, g, &m):
			m.Label = Org // By Tyler Brandt | Associated Newswire: the writer's agency or paper
		}
		// Transport Correspondent, Staff Writer: a job, no one's name
		// (read as a body or place too, in a byline: By Lena Ward, Court
		// Reporter)
		if (m.Label == Person || a.Paragraphs[m.Paragraph].Kind == article.Byline) && g.jobs[lastWord] && !g.firstNames[words[0]] {
			continue
		}
		// By Jo Marsh, Entertainment reporter: in a byline, the desk
		// before a job in lower case is no body
		if l := m.Tokens.Last; a.Paragraphs[m.Paragraph].Kind == article.Byline && l < len(p.words) && g.jobs[upperFirst(p.words[l])] && !p.toks[l].upper && !g.firstNames[words[0]] {
			continue
		}
		// Transport Secretary Leah Moran: a portfolio of one word before
		// an office's title and a name is part of the title, no one's
		// name (not a place or a body: Kremlin spokesman, Arkansas
		// Governor)
		if l := m.Tokens.Last; m.Label == Person && len(words) == 1 && kind == gzNone && l+1 < len(p.words) && g.offices[p.words[l]] &&
			p.toks[l+1].upper && a.Tokens[l+1].Kind == article.Word && !g.firstNames[words[0]] {
			continue
		}
		// Secretary of State, secretary of Defense: the department is
		// part of the title, not a place or a body of its own
		if f := m.Tokens.First; f >= 2 && p.words[f-1] == "of" && strings.EqualFold(p.words[f-2], "secretary") && kind != gzGPE && kind != gzLoc {
			continue
		}
		// a plan titled “Moving Leeds Forward”: the end of a title in
		// marks read as a body or place, with no word of one and not a
		// name the gazetteers know
		if m.Label != Person && m.Label != NORP && kind == gzNone && !g.orgWords[lastWord] && !g.facWords[lastWord] && !g.locWords[lastWord] &&
			inTitleTail(a, p, m.Tokens) {
			continue
		}
		out = append(out, m)
	}
	councilPlaces(a, p, g, out)
	// One name, one reading: a word the article already names (Vance of
	// Harriet Vance, a one-word Kremlin) is that entity wherever the
	// model let it pass (the Vance administration).
	known := map[string]Label{}
	for _, m := range out {
		n := m.Tokens.Last - m.Tokens.First
		switch {
		case m.Label == Person && n >= 2:
			known[p.words[m.Tokens.Last-1]] = Person
		case m.Label == Org && n == 2 && companyEnding(p.words[m.Tokens.Last-1:m.Tokens.Last]) &&
			p.toks[m.Tokens.First].gaz.kind == gzNone && !g.firstNames[p.words[m.Tokens.First]]:
			// Skylane Holdings, then Skylane alone: the company's
			// short name
			if _, ok := known[p.words[m.Tokens.First]]; !ok {
				known[p.words[m.Tokens.First]] = Org
			}
		case n == 1 && m.Label != NORP:
			if _, ok := known[p.words[m.Tokens.First]]; !ok {
				known[p.words[m.Tokens.First]] = m.Label
			}
		}
	}
	// The Carrows: the plural of a person's surname the article gives
	// is the family, whatever the model read.
	for i := range out {
		m := &out[i]
		if m.Tokens.Last-m.Tokens.First == 1 && m.Label != Person && m.Label != NORP && family(known, p.words[m.Tokens.First]) {
			m.Label = Person
		}
	}
	// The Isle of Carra: an island, whatever the model read, unless a
	// body's word ends the name (the Isle of Wight Council).
	for i := range out {
		if m := &out[i]; isleOf(p, m.Tokens.First, m.Tokens.Last) && !g.isOrgWord(p.words[m.Tokens.Last-1]) {
			m.Label = Loc
		}
	}
	// Nationalities and groups the model left out (Russian, Western), and
	// the known names.
	var extra []Mention
	add := func(first, end int, l Label, conf float64, para int) {
		if sportingEvent(a, p, Mention{Tokens: article.Range{First: first, Last: end}, Label: l}) {
			return // the Australian Open
		}
		if f := friendsOf(a, p, first); f < first && (len(extra) == 0 || extra[len(extra)-1].Tokens.Last <= f) && !heldIn(out, f, first) { // (not into a name the model read: Aaaa Ba Friends of …)
			first, l = f, Org // Friends of the Fells, a separate group
		}
		extra = append(extra, Mention{
			Span:       article.Span{Start: a.Tokens[first].Start, End: a.Tokens[end-1].End},
			Tokens:     article.Range{First: first, Last: end},
			Label:      l,
			Confidence: conf,
			Paragraph:  para,
		})
	}
	var bodies map[string]bool // one-word names the article calls a body (the start-up Voltaris)
	nameBody := func(w string) {
		if bodies == nil {
			bodies = map[string]bool{}
		}
		bodies[w] = true
	}
	// addBody adds a body a rule found at tokens i to end; one of one
	// word is tagged wherever else the article writes it (bodyMentions).
	addBody := func(i, end, para int) {
		add(i, end, Org, 0.5, para)
		if end == i+1 {
			nameBody(p.words[i])
		}
	}
	var lone map[string]bool // loneName's scan of the article, once per word
	j := 0
	// before reports whether tokens up to end stop before the model's
	// next mention.
	before := func(end int) bool { return j >= len(out) || end <= out[j].Tokens.First }
	for _, s := range a.Sentences {
	tokens:
		for i := s.Tokens.First; i < s.Tokens.Last; i++ {
			for j < len(out) && out[j].Tokens.Last <= i {
				j++
			}
			if j < len(out) && out[j].Tokens.First <= i {
				continue
			}
			if !p.toks[i].upper || a.Tokens[i].Kind != article.Word && a.Tokens[i].Kind != article.Abbreviation {
				// xAI, eBay: a company the lists know written in camel
				// case, with no capital first
				if camelCase(p.words[i]) && before(i+1) {
					if end, kind := g.labelOnlyAt(p.words, i, s.Tokens.Last); end == i+1 && kind == gzOrg {
						add(i, end, Org, 0.5, s.Paragraph)
					}
				}
				continue
			}
			// told CNBC the deal was …: a company or broadcaster the
			// label-only list knows, that the model left out, standing
			// with no capitalized word on either side (not opening a
			// headline, whose capitals say nothing)
			if end, kind := g.labelOnlyAt(p.words, i, s.Tokens.Last); kind == gzOrg && end > i && before(end) && (end == s.Tokens.Last || !p.toks[end].upper) &&
				(i == s.Tokens.First || !p.toks[i-1].upper) && a.Paragraphs[s.Paragraph].Kind != article.Headline {
				addBody(i, end, s.Paragraph)
				i = end - 1
				continue
			}
			// GRACE ADEYEMI: …: a transcript's turn opening its
			// paragraph with a name in capitals and a colon, a given name
			// first, is the person speaking (and ADEYEMI: … later,
			// turnLabels)
			if end := turnLabel(a, p, s, i); end > i && before(end) {
				first, from := upperFirst(strings.ToLower(p.words[i])), i
				if end-i >= 3 && g.leadingTitle(first) {
					// SENATOR MARGARET ELLIS: a title in capitals first
					// stays out of the name, as it would in small letters
					first, from = upperFirst(strings.ToLower(p.words[i+1])), i+1
				}
				if end-from >= 2 && g.givenName(first) {
					add(from, end, Person, 0.5, s.Paragraph)
					i = end - 1
					continue
				}
			}
			// The local MP, Will Tennant, said: a given name (or "Will",
			// which the lists leave out for the modal's sake, and the
			// model may read as the word after a lower-case "will"
			// earlier) and a capitalized word, set off by commas after a
			// job, that the model left out, are the person who holds it
			// (or any capitalized word first, after a possessive's job
			// and before a speech verb: Its director general, Rain
			// Newton-Smith, says)
			if end := i + 2; i-2 >= s.Tokens.First && end < s.Tokens.Last && p.words[i-1] == "," && p.words[end] == "," &&
				((g.givenName(p.words[i]) || p.words[i] == "Will") && (g.jobLower[strings.ToLower(p.words[i-2])] || g.postNominals[p.words[i-2]]) ||
					end+1 < s.Tokens.Last && speechVerbs[p.words[end+1]] && ownJob(a, p, g, i-2, s.Tokens.First)) &&
				p.toks[i+1].upper && a.Tokens[i+1].Kind == article.Word && p.toks[i+1].gaz.kind == gzNone && !g.isOrgWord(p.words[i+1]) && before(end) {
				add(i, end, Person, 0.5, s.Paragraph)
				i = end - 1
				continue
			}
			// CalMarine said, CalMarine's managing director: one word with
			// a capital inside after small letters (no surname's prefix:
			// MacAskill, DeSantis) the model left out, before a speech
			// verb or a possessive, is a company's name, wherever written
			if i+1 < s.Tokens.Last && (speechVerbs[p.words[i+1]] || a.Tokens[i+1].Tag == article.POS) && innerCapital(p.words[i]) && before(i+1) {
				addBody(i, i+1, s.Paragraph)
				continue
			}
			// Brennermotor declined to comment: one capitalized word the
			// model left out, before a speech verb or "declined", that the
			// article writes more than once and always alone (loneName)
			if i+1 < s.Tokens.Last && (speechVerbs[p.words[i+1]] || p.words[i+1] == "declined") && before(i+1) && loneName(a, p, g, i, &lone) {
				if _, ok := known[p.words[i]]; !ok {
					addBody(i, i+1, s.Paragraph)
					continue
				}
			}
			// A SunJet spokesperson said: one capitalized word no list
			// knows, no given name, between "a" and a spokesperson's noun
			// is the body the spokesperson speaks for, wherever written
			if i+1 < s.Tokens.Last && i > s.Tokens.First && spokesNouns[p.words[i+1]] && strings.EqualFold(p.words[i-1], "a") && p.toks[i].gaz.kind == gzNone &&
				!g.givenName(p.words[i]) && !inCapitals(p.words[i]) && a.Tokens[i].Kind == article.Word && before(i+1) {
				addBody(i, i+1, s.Paragraph)
				continue
			}
			// Harlow Town manager Sean Kiely, followed Harlow Town for 40
			// years: a capitalized word and "Town" the model left out,
			// before a club's role or after a fan's verb, are the club (a
			// town's name has no "Town")
			if end := i + 2; end < s.Tokens.Last && p.words[i+1] == "Town" && a.Tokens[i].Tag.IsProperNoun() && before(end) &&
				(i == s.Tokens.First || !p.toks[i-1].upper) && (clubRoles[p.words[end]] || i > s.Tokens.First && fanVerbs[p.words[i-1]]) {
				add(i, end, Org, 0.5, s.Paragraph)
				i = end - 1
				continue
			}
			// the River Severn, Lake Windermere, Mount Kenya: a
			// geographic word before one capitalized proper noun the
			// model left out, with no capitalized word on either side
			// (not the Sacramento River Cats; not in a headline)
			if end := i + 2; leadingLocWord(p.words[i]) && end <= s.Tokens.Last && a.Paragraphs[s.Paragraph].Kind != article.Headline &&
				p.toks[i+1].upper && a.Tokens[i+1].Kind == article.Word && a.Tokens[i+1].Tag == article.NNP && !g.isOrgWord(p.words[i+1]) &&
				(end == s.Tokens.Last || !p.toks[end].upper) && (i == s.Tokens.First || !p.toks[i-1].upper || p.words[i-1] == "The") && before(end) {
				add(i, end, Loc, 0.5, s.Paragraph)
				i = end - 1
				continue
			}
			// the Isle of Carra, the Cape of Good Hope: "Isle of" and one
			// or two capitalized words the model left out, with no
			// capitalized word after them and no body's word last
			end := i + 3
			if end < s.Tokens.Last && p.toks[end].upper && a.Tokens[end].Kind == article.Word {
				end++
			}
			if isleOf(p, i, min(end, s.Tokens.Last)) && end <= s.Tokens.Last && (end == s.Tokens.Last || !p.toks[end].upper) && !g.isOrgWord(p.words[end-1]) && before(end) {
				add(i, end, Loc, 0.5, s.Paragraph)
				i = end - 1
				continue
			}
			// the Emilia-Romagna region, Malatya province: one or two
			// capitalized proper nouns the model left out before a noun of
			// a region in lower case are the region (not in a headline)
			if end := regionName(a, p, g, s.Tokens, i); end > i && before(end) && a.Paragraphs[s.Paragraph].Kind != article.Headline {
				add(i, end, GPE, 0.5, s.Paragraph)
				i = end - 1
				continue
			}
			// The World Food Programme (WFP) said: capitalized words the
			// model left out that spell the acronym in brackets after
			// them are a body
			if end := spelledBody(a, p, g, i, s.Tokens.Last); end > i && before(end) {
				add(i, end, Org, 0.5, s.Paragraph)
				i = end - 1
				continue
			}
			// The Castlegate Hospitals NHS Trust said: after "the", two to
			// six capitalized words the model left out ending in a body's
			// word, with no capitalized word after them (not in a
			// headline)
			if end := theBody(a, p, g, i, s.Tokens.Last); end > i && before(end) && a.Paragraphs[s.Paragraph].Kind != article.Headline {
				add(i, end, Org, 0.5, s.Paragraph)
				i = end - 1
				continue
			}
			// said Rosa Whitfield of Stop Eastbridge Expansion: two to four
			// capitalized words the model left out after a person's name
			// and "of" (or "The" and one or more), with no capitalized word
			// after them, none a place the lists know, are the body the
			// person speaks for
			if j > 0 && i >= 2 && p.words[i-1] == "of" && out[j-1].Label == Person && out[j-1].Tokens.Last == i-1 && a.Paragraphs[s.Paragraph].Kind != article.Headline {
				first, least := i, 2
				if p.words[i] == "The" {
					first, least = i+1, 1 // (Lee Wang of The Interlocutor: "The" and one word name a body too)
				}
				end := first
				for end < s.Tokens.Last && end < first+4 && p.toks[end].upper && a.Tokens[end].Kind == article.Word && p.toks[end].gaz.kind == gzNone {
					end++
				}
				if end-first >= least && (end == s.Tokens.Last || !p.toks[end].upper) && before(end) {
					if known, _ := g.labelOnlyAt(p.words, first, end); known == first {
						add(first, end, Org, 0.5, s.Paragraph)
						i = end - 1
						continue
					}
				}
			}
			// Karoline Lumley, the White House press secretary, …: two or
			// three capitalized words the model left out, set off by a
			// comma before a description with a job in lower case, are
			// the job's holder; one to three before a company's noun
			// (Ofwat, the water regulator,) the company
			if end, l := jobApposed(a, p, g, i, s.Tokens.Last); end > i && before(end) && a.Paragraphs[s.Paragraph].Kind != article.Headline {
				add(i, end, l, 0.5, s.Paragraph)
				i = end - 1
				continue
			}
			// Democrat Harriet Carrow, Nora Day: a given name and a
			// capitalized word or two the model left out are a person
			// (not Virginia Beach, Jordan River: no head word of a place
			// or body, and not a place the gazetteer knows); so is a
			// given name alone, a proper noun after no capital (It was
			// Mary who called).
			if g.givenName(p.words[i]) && p.toks[i].gaz.kind != gzGPE && p.toks[i].gaz.kind != gzLoc {
				end := i + 1
				for end < s.Tokens.Last && end < i+3 && p.toks[end].upper && a.Tokens[end].Tag.IsProperNoun() &&
					!g.orgWords[p.words[end]] && !g.facWords[p.words[end]] && !g.locWords[p.words[end]] && before(end+1) {
					end++
				}
				alone := end == i+1 && a.Tokens[i].Tag == article.NNP && !(i > s.Tokens.First && p.toks[i-1].upper) &&
					!(end < s.Tokens.Last && p.words[end] == "of") && // the Earl of Clare
					p.toks[i].gaz.kind != gzNORP && // the Christian university
					g.firstNames[p.words[i]] // (two joined, Anne-Marie, with a surname: not the Lincoln-Douglas debates)
				if (end > i+1 || alone) && (end == s.Tokens.Last || !p.toks[end].upper) {
					add(i, end, Person, 0.5, s.Paragraph)
					if _, ok := known[p.words[end-1]]; !ok {
						known[p.words[end-1]] = Person // Day, later, alone
					}
					i = end - 1
					continue
				}
			}
			// Nordair chief executive Marit Haugen: one capitalized word
			// the model left out, right before a job in lower case and
			// the person who holds it, is the body whose job it is
			if jobOwner(a, p, g, s, i, nextMention(out, j)) && before(i+1) {
				if _, ok := known[p.words[i]]; !ok {
					addBody(i, i+1, s.Paragraph)
					continue
				}
			}
			// Hartsfield-Jackson Atlanta International Airport, Union
			// Station; Castleford Rovers, Harbourline Systems: capitalized
			// proper nouns the model left out, ending in a facility's
			// head word (five words at most) or after the first in a
			// sports club's or a company's (four); not in a title-case
			// headline, where every word is capitalized
			// (a company's not in a title: the song Bridge Over Troubled
			// Water, nor its end)
			// or, three to five words, in any other body's word, with no
			// "of" after it (Kingsmere Hospitals NHS Trust; not the
			// Turkish Cultural Center of New York, whose "of" the model
			// may read)
			for _, h := range [...]struct {
				n, skip int
				heads   map[string]bool
				label   Label
				whole   bool
				noOf    bool // not before "of" or "for", which ofName reads on
			}{{5, 0, g.facWords, Fac, false, false}, {2, 1, g.locWords, Loc, true, true}, {4, 1, g.clubWords, Org, false, false}, {4, 1, g.companyWords, Org, true, false}, {5, 2, g.bodyEnds, Org, true, true}} {
				end, label := headRun(a, p, i, s.Tokens.Last, h.n, i+h.skip, h.heads), h.label
				if h.label == Fac && end > i+1 && end < s.Tokens.Last && schoolStages[p.words[end]] {
					end, label = end+1, Org // Kelby Park Primary: a school named for a facility's name, a body
				}
				if label == Fac && end > i+1 && g.lookup(p.words[end-2:end]) == gzOrg {
					label = Org // the Turkish Red Crescent: a body the lists know, not a road
				}
				if end > i+1 && before(end) &&
					!(h.noOf && end < s.Tokens.Last && (p.words[end] == "of" || p.words[end] == "for")) &&
					!(h.whole && end < s.Tokens.Last && p.toks[end].upper && a.Tokens[end].Kind == article.Word) && // (not the Federal Records Act: a longer name)
					a.Paragraphs[s.Paragraph].Kind != article.Headline && !titleCase(a, p, a.Paragraphs[s.Paragraph].Tokens) &&
					!(h.whole && (hasSmallCaps(g, p.words[i:end]) || i > s.Tokens.First && p.toks[i-1].upper && a.Tokens[i-1].Kind == article.Word)) {
					add(i, end, label, 0.5, s.Paragraph)
					i = end - 1
					continue tokens
				}
			}
			// the National Farmers' Union, the Teachers' Pension Scheme:
			// capitalized words the model left out, a plural of people's
			// roles with its bare possessive, and a body's word after it
			if end := ownersBody(a, p, g, i, s.Tokens.Last); end > i && before(end) &&
				a.Paragraphs[s.Paragraph].Kind != article.Headline && !titleCase(a, p, a.Paragraphs[s.Paragraph].Tokens) {
				add(i, end, Org, 0.5, s.Paragraph)
				i = end - 1
				continue
			}
			// chief executive of Action on Smoking and Health: after a
			// job in lower case and "of", capitalized words joined by
			// small words, set off by punctuation, are the body
			if end := jobOfBody(a, p, g, i, s.Tokens.Last); end > i && before(end) && a.Paragraphs[s.Paragraph].Kind != article.Headline {
				add(i, end, Org, 0.5, s.Paragraph)
				i = end - 1
				continue
			}
			if end := jobAtBody(a, p, g, i, s.Tokens.Last); end > i && before(end) && a.Paragraphs[s.Paragraph].Kind != article.Headline {
				add(i, end, Org, 0.5, s.Paragraph)
				i = end - 1
				continue
			}
			// the Ministry of Defence, the University of Leeds, the
			// Centers for Disease Control: a body's head word and "of"
			// or "for" with capitalized words the model left out
			// (after a nationality too, and a plural the tagger reads as
			// common: the British Chambers/NNS of Commerce)
			h := i
			if p.toks[i].gaz.kind == gzNORP && i+1 < s.Tokens.Last && p.toks[i+1].upper && a.Tokens[i+1].Tag.IsNoun() {
				h = i + 1
			} else if i+2 < s.Tokens.Last && (a.Tokens[i].Tag == article.NNP || a.Tokens[i].Tag == article.JJ) && p.toks[i+1].upper &&
				(g.orgWords[p.words[i+1]] || g.bodyHeads[p.words[i+1]]) && (p.words[i+2] == "of" || p.words[i+2] == "for") {
				h = i + 1 // the International Consortium of …: a capitalized word before the head
			}
			if (g.orgWords[p.words[h]] || g.orgPlural(p.words[h]) || g.bodyHeads[p.words[h]]) && a.Tokens[h].Kind == article.Word && (a.Tokens[h].Tag == article.NNP || a.Tokens[h].Tag == article.NNPS || h > i && p.toks[h].upper && a.Tokens[h].Tag == article.NNS) ||
				p.words[h] == "Friends" && h+1 < s.Tokens.Last && p.words[h+1] == "of" { // (Friends of Kelby Lido, however tagged)
				if end := ofName(a, p, g, h+1, nil); end > h+1 && end <= s.Tokens.Last && before(end) {
					add(i, end, Org, 0.5, s.Paragraph)
					i = end - 1
					continue
				}
			}
			// Her nephew, Calum, …; his son Toby: one or two capitalized
			// words the model left out after a possessive and a word of
			// kinship are a person (who takes the word's gender, in
			// clusters); so are they after a job written as a title
			// (Chief economist Rain Hollis-Ward) or an office before two
			// such words (State Representative Alma Reyes-Tindall), a personal title (lead
			// author Dr Hong Chen) or an office in lower
			// case (spokeswoman Lu Ping); the town of Karlıova,
			// the village of Thornby: after a settlement's noun and "of",
			// a place; South Korea's foreign minister, Cho Tae-yul,
			// welcomed: set off by commas after a job in lower case, its
			// holder (apposed: no body's word in it, and a comma after)
			for _, c := range [...]struct {
				ok      bool
				label   Label
				apposed bool
			}{
				{kinBefore(a, p, i) && p.toks[i].gaz.kind == gzNone && !article.IsMonth(p.words[i]) && !weekdays[p.words[i]], Person, false},
				{i > s.Tokens.First && p.toks[i].gaz.kind == gzNone && a.Tokens[i].Tag.IsProperNoun() && (g.jobTitles[p.words[i-1]] || g.isOffice(p.words[i-1]) && fullName(a, p, i, s.Tokens.Last) || personalTitles[p.words[i-1]] || memberLetters[p.words[i-1]] || g.jobLower[p.words[i-1]] && !p.toks[i-1].upper || titleOfBefore(p, g, s.Tokens.First, i)) && len(p.words[i]) > 1 && !g.leadingTitle(p.words[i]) && !g.isOrgWord(p.words[i]) && !article.IsMonth(p.words[i]) && !weekdays[p.words[i]] &&
					a.Paragraphs[s.Paragraph].Kind != article.Headline && !titleCase(a, p, a.Paragraphs[s.Paragraph].Tokens), Person, false},
				{namedAsPlace(p, i) || compassOf(p, i) || townAfterPrep(a, p, g, s.Tokens, i) || j > 0 && placeAndName(a, p, g, out[j-1], i), GPE, false},
				{islandOf(p, i) && p.toks[i].gaz.kind == gzNone, Loc, false},
				{i >= 2 && p.words[i-1] == "," && !p.toks[i-2].upper && g.jobLower[p.words[i-2]] && p.toks[i].gaz.kind == gzNone && !g.isOrgWord(p.words[i]) && len(p.words[i]) > 1, Person, true},
			} {
				if !c.ok || !a.Tokens[i].Tag.IsProperNoun() {
					continue
				}
				end := i + 1
				if end < s.Tokens.Last && p.toks[end].upper && a.Tokens[end].Tag.IsProperNoun() && !(c.apposed && g.isOrgWord(p.words[end])) {
					end++
					if c.label == GPE && saintWord(p.words[end-1]) && end < s.Tokens.Last && p.toks[end].upper && a.Tokens[end].Tag.IsProperNoun() {
						end++ // the village of Ashcombe St Mary
					}
				}
				if c.apposed && (end == s.Tokens.Last || p.words[end] != ",") {
					continue
				}
				if before(end) && (end == s.Tokens.Last || !p.toks[end].upper) {
					add(i, end, c.label, 0.5, s.Paragraph)
					i = end - 1
					continue tokens
				}
			}
			// Sources at the regulator, Ofwat, said; The developer,
			// Stortside Living, said: capitalized words the model left
			// out, set off by commas after a noun a body is called by,
			// are that body (not a given name: the union, John Hale,)
			// But Stop Kelby Expansion, a group representing …; tobacco
			// company Altria,: capitalized words the model left out, no
			// given name first, a comma after them, that a company's
			// description names, are the body it describes
			if end := describedBody(a, p, g, i, s.Tokens.Last); end > i && before(end) {
				addBody(i, end, s.Paragraph)
				i = end - 1
				continue
			}
			if end := bodyAppositive(a, p, g, i, s.Tokens.Last); end > i && before(end) {
				addBody(i, end, s.Paragraph)
				i = end - 1
				continue
			}
			// But Labour's shadow justice secretary: a body the lists know
			// by one word, before a possessive, which the model left out
			if i+1 < s.Tokens.Last && a.Tokens[i+1].Tag == article.POS && a.Tokens[i].Tag == article.NNP && g.lookup(p.words[i:i+1]) == gzOrg &&
				!(i > s.Tokens.First && a.Tokens[i-1].Tag.IsProperNoun()) && before(i+1) {
				add(i, i+1, Org, 0.5, s.Paragraph)
				continue
			}
			// Veltria's shares closed 8% lower: one or two capitalized
			// words the model left out, no given name first, before a
			// possessive and shares or stock that move (not Ann Lee's
			// shares in the firm: a holder's)
			if end := sharesOwner(a, p, g, i, s.Tokens.Last); end > i && before(end) {
				addBody(i, end, s.Paragraph)
				i = end - 1
				continue
			}
			// JPMorgan analyst Ann Lee, flights to Tacoma: a city or
			// company the lists know, whole, which the model left out
			// (after "The" too: The RMT union said)
			if end, kind := g.labelOnlyAt(p.words, i, s.Tokens.Last); end > i && before(end) && (end == s.Tokens.Last || !p.toks[end].upper) &&
				!(i > s.Tokens.First && p.toks[i-1].upper && a.Tokens[i-1].Kind == article.Word && a.Tokens[i-1].Tag != article.DT) { // (The RMT union, A No 10 spokesman)
				add(i, end, labelOfKind(kind), 0.5, s.Paragraph)
				i = end - 1
				continue
			}
			// SunAir apologised for the delay: one word no list knows,
			// with a capital inside, that a body's act or word of speech
			// follows, is a body, wherever else the article writes it
			if camelBody(a, p, g, i, s.Tokens) && before(i+1) {
				addBody(i, i+1, s.Paragraph)
				continue
			}
			// Unison, which represents library staff, said …: a
			// capitalized word alone, opening its sentence, that no list
			// knows and the model left out, which speaks after an aside
			// on it opened by "which", is a body
			if i == s.Tokens.First && a.Tokens[i].Tag == article.NNP && p.toks[i].gaz.kind == gzNone && !(i+1 < s.Tokens.Last && p.toks[i+1].upper) &&
				before(i+1) && whichSpeaks(p, s.Tokens, i) {
				add(i, i+1, Org, 0.5, s.Paragraph)
				continue
			}
			// “…,” Derya says; said Derya.: a capitalized word alone that
			// speaks, which the model left out and no list knows, is a
			// person, wherever else the article names it alone
			if a.Tokens[i].Tag == article.NNP && p.toks[i].gaz.kind == gzNone && !g.isOrgWord(p.words[i]) && !g.isTitleWord(p.words[i]) &&
				!(i > s.Tokens.First && p.toks[i-1].upper) && !(i+1 < s.Tokens.Last && p.toks[i+1].upper) && speaksAt(a, p, s.Tokens, i) {
				if _, ok := known[p.words[i]]; !ok {
					known[p.words[i]] = Person
				}
			}
			label, conf := Label(0), 1.0
			switch l, ok := known[p.words[i]]; {
			case family(known, p.words[i]) && !(i+1 < s.Tokens.Last && p.toks[i+1].upper):
				label, conf = Person, 0.5
			case p.toks[i].gaz.kind == gzNORP && p.toks[i].gaz.pos == posU:
				label = NORP
			case ok && !(i > s.Tokens.First && p.toks[i-1].upper && p.toks[i-1].tag.IsProperNoun()) && !(i+1 < s.Tokens.Last && p.toks[i+1].upper) &&
				!(l == Org && lowerLead(a, p, s.Tokens, i)):
				// alone: not part of a longer name the model read
				// otherwise (nor a word opening a sentence that the
				// article writes in lower case too, a body's first word:
				// Rail strike: … beside Rail Partners)
				label, conf = l, 0.5
			case p.toks[i].gaz.pos == posU && i+1 < s.Tokens.Last && g.isTitleWord(p.words[i+1]):
				// Kremlin spokesman, NASA Administrator, U.S. President:
				// the organization or place a title belongs to
				switch p.toks[i].gaz.kind {
				case gzOrg:
					label = Org
				case gzGPE:
					label = GPE
				default:
					continue
				}
			default:
				continue
			}
			if inDatelineBrackets(a, article.Range{First: i, Last: i + 1}) {
				label = Org // SAN FRANCISCO (Wire) —: the agency, whatever the body's Wire was read as
			}
			add(i, i+1, label, conf, s.Paragraph)
		}
	}
	oneLabelPerName(a, g, out)
	teams(a, p, g, out)
	read := len(out)
	// (each apart from the mentions the rules above added, in extra)
	if more := apartFrom(propagate(a, p, out), extra); len(more) > 0 {
		out = mergeMentions(out, more)
	}
	if more := apartFrom(turnLabels(a, out, extra), extra); len(more) > 0 {
		out = mergeMentions(out, more)
	}
	if more := apartFrom(givenNames(a, p, g, out), extra); len(more) > 0 {
		out = mergeMentions(out, more)
	}
	if more := resultLines(a, p, out); len(more) > 0 {
		out = mergeMentions(out, more)
	}
	extra = datelineMentions(a, out, extra)
	if len(extra) > 0 {
		out = mergeMentions(out, extra)
	}
	datelineTowns(a, p, out)
	if len(out) > read {
		// (a place a list knows, which the model left out, may be a
		// side: beat Newcastle 2-1; so may a name the model read only
		// elsewhere, found again here: beat Northport 2-1)
		teams(a, p, g, out)
	}
	// Harton City 2-1 Porto Azul, the second side read as a person: a
	// name on one side of a score whose other side is a body is a club,
	// written so anywhere in the article
	relabelPeople(a, out, Org, func(i int) bool { return sideOfClub(p, out, i) })
	// residents of Pine Hollow and Alder Flat …, who has lived in Alder
	// Flat for 30 years: a name read as a person where someone lives or
	// was born is a place, written so anywhere in the article
	// (and so is one after "in" after a site's noun: its engineering base
	// in Shannon, a plant in Marion; and two words after a noun and "in"
	// with no given name: a community organiser in Ashby Fold)
	// (and so is one word ending in "a" with no given name whose people's
	// word the article writes: Ostrevia, beside the Ostrevian delegation)
	var peoples map[string]bool // such a name → whether its people's word is written (each name's scan once)
	relabelPeople(a, out, GPE, func(i int) bool {
		m := out[i]
		if m.Tokens.Len() <= 3 && (livedIn(p, m.Tokens.First) || siteIn(p, m.Tokens.First)) || placeAfterIn(a, p, g, m) {
			return true
		}
		w := p.words[m.Tokens.First]
		if m.Tokens.Len() != 1 || len(w) < 4 || w[len(w)-1] != 'a' || g.givenName(w) || p.toks[m.Tokens.First].gaz.kind != gzNone {
			return false
		}
		found, ok := peoples[w]
		if !ok {
			found = peoplesWordIn(p, w)
			if peoples == nil {
				peoples = map[string]bool{}
			}
			peoples[w] = found
		}
		return found
	})
	// outside their homes in Rowan Close, Kelby: a name read as a
	// person, ending in a road's word, after "in", "on" or "at" and
	// before a comma and a capitalized word (its town), is an address
	relabelPeople(a, out, Fac, func(i int) bool {
		m := out[i]
		f, e := m.Tokens.First, m.Tokens.Last
		return m.Tokens.Len() >= 2 && roadWords[p.words[e-1]] && f >= 1 && (p.words[f-1] == "in" || p.words[f-1] == "on" || p.words[f-1] == "at") &&
			e+1 < len(p.words) && p.words[e] == "," && p.toks[e+1].upper
	})
	// the Norchem site at Billingham, then "Norchem said it …": one word
	// read as a person, between "the" and a company's site in lower case,
	// is the company, written so anywhere in the article
	relabelPeople(a, out, Org, func(i int) bool {
		m := out[i]
		return m.Tokens.Len() == 1 && m.Tokens.First > 0 && strings.EqualFold(p.words[m.Tokens.First-1], "the") &&
			m.Tokens.Last < len(a.Tokens) && siteNouns[p.words[m.Tokens.Last]] && !g.givenName(p.words[m.Tokens.First])
	})
	// Westbridge Rovers, then "Rovers are 14th": a club's last word alone,
	// when only one club the article names ends in it
	var clubTails map[string]string // the word → the club's name, "" for two clubs
	for _, m := range out {
		if w := a.TokenText(m.Tokens.Last - 1); m.Label == Org && m.Tokens.Len() >= 2 && g.clubWords[w] {
			if clubTails == nil {
				clubTails = map[string]string{}
			}
			if name, ok := clubTails[w]; !ok || name == m.Text(a) {
				clubTails[w] = m.Text(a)
			} else {
				clubTails[w] = ""
			}
		}
	}
	for w, name := range clubTails {
		if name != "" {
			nameBody(w)
		}
	}
	for _, m := range out {
		if w := companyLead(a, g, m); w != "" {
			if surnames[w] > 0 {
				continue // (the Podell Group and John Podell: Podell alone is the person)
			}
			if k := m.Tokens.First + 1; m.Tokens.Len() >= 3 && p.doc.seenLower[p.toks[k].lower] {
				continue // (the Kelby Flood Group, and "new flood defences": a place, then what the group is about)
			}
			nameBody(w) // Spirit AeroSystems Holdings Inc, then Spirit said …
		}
	}
	if more := bodyMentions(a, p, g, out, bodies); len(more) > 0 {
		out = mergeMentions(out, more)
	}
	if more := apartFrom(creditNames(a, p, g), out); len(more) > 0 {
		out = mergeMentions(out, more)
	}
	creditAgencies(a, out)
	agencyLabels(a, out)
	describedNames(a, p, g, out)
	out = describedFor(a, p, g, out)
	out = describedWhole(a, p, g, out)
	bodyWordNames(a, p, g, out)
	initialsBefore(a, out)
	companyNames(a, p, g, out)
	ownersBusinesses(a, p, g, out)
	orgTails(a, g, out)
	stationNumbers(a, out)
	out = groupsFor(a, p, g, out)
	completeNames(a, out)
	orgLeads(a, p, g, out)
	out = andNames(a, p, g, out)
	out = serviceLists(a, p, out)
	out = possessiveNames(a, p, g, out)
	out = joinGroups(a, p, g, out)
	out = possessivePlaces(a, p, g, out)
	if more := ownerPlaces(a, p, out); len(more) > 0 {
		out = mergeMentions(out, more)
	}
	if more := areaAfterTown(a, p, g, out); len(more) > 0 {
		out = mergeMentions(out, more)
	}
	if more := namedAsPeople(a, p, g, out); len(more) > 0 {
		out = mergeMentions(out, more)
	}
	if more := particleNames(a, p, g, out); len(more) > 0 {
		out = mergeMentions(out, more)
	}
	nearPlaces(a, p, out)
	compassPlaces(a, p, g, out)
	facilityPlaces(p, g, out)
	makerPlaces(a, p, g, out)
	// the Financial Conduct Authority (FCA), then the FCA's director; and
	// a short form the model read alone as someone or somewhere is the
	// body too (Balpa must give notice)
	if defined := definedAcronyms(a, p, out); defined != nil {
		for i := range out {
			if m := &out[i]; m.Tokens.Len() == 1 && m.Label != Org && defined[p.words[m.Tokens.First]] {
				m.Label = Org
			}
		}
		if more := bodyMentions(a, p, g, out, defined); len(more) > 0 {
			out = mergeMentions(out, more)
		}
	}
	out = dropCommonAcronyms(a, p, out)
	out = dropNumbered(a, out)
	// the MV Isle of Carran, HMS Kelby: a ship's name, read as a person, a
	// place or a body, is none of them
	out = slices.DeleteFunc(out, func(m Mention) bool { return shipName(p, m.Tokens) })
	out = dropWarnings(a, out)
	courtTitles(a, p, g, out)
	out = dropWorkTitles(a, p, out)
	out = dropLowerPlurals(a, p, out)
	describedLeads(a, p, g, out)
	pluralLeads(a, p, g, out)
	branchTails(a, p, out)
	ownersTails(a, p, g, out)
	majestyBodies(a, p, out)
	out = healthTrusts(a, p, g, out)
	courtLeads(a, p, out)
	nationBodyLeads(a, p, out)
	regionalDemonyms(a, p, out)
	out = nationRegions(a, p, out)
	if more := unnamedBodies(a, p, g, out); len(more) > 0 {
		describedLeads(a, p, g, more) // (Publisher Harbour Books said: the noun that describes the body is no part of its name)
		out = mergeMentions(out, more)
	}
	surnameBodies(p, g, out)
	if more := surnameRepeats(a, p, g, out); len(more) > 0 {
		out = mergeMentions(out, more)
	}
	for i := range out {
		m := &out[i]
		para := &a.Paragraphs[m.Paragraph]
		m.Boilerplate = para.Kind == article.Boilerplate
		m.Credit = para.Kind == article.Credit
		for _, c := range para.Credits {
			if c.Start <= m.Start && m.End <= c.End {
				m.Credit = true
			}
		}
		if datelineAgency(a, *m) {
			m.Credit = true // LONDON (Reuters) —: the agency that sent the story
		}
	}
	return out
}

// ruleMention returns the mention of tokens r that a rule, not the
// model, found, with label l in paragraph para: at the confidence of one
// the model is unsure of (0.5).
func ruleMention(a *article.Article, r article.Range, l Label, para int) Mention {
	return Mention{
		Span:       article.Span{Start: a.Tokens[r.First].Start, End: a.Tokens[r.Last-1].End},
		Tokens:     r,
		Label:      l,
		Confidence: 0.5,
		Paragraph:  para,
	}
}

// majestyBodies opens a body's name with "His Majesty's" or "Her
// Majesty's" written before it, which the model left out or took in part
// (His Majesty's Inspectorate of Constabulary, Her Majesty's Prison
// Service read as Majesty's Prison Service): a crown body's name. The
// words are no other mention's.
func majestyBodies(a *article.Article, p *prepared, ms []Mention) {
	for i := range ms {
		m := &ms[i]
		if m.Label != Org {
			continue
		}
		maj := m.Tokens.First // (Majesty's Prison Service: the model's start, after His or Her)
		if p.words[maj] != "Majesty" {
			maj -= 2
		}
		if maj < 1 || p.words[maj] != "Majesty" || a.Tokens[maj+1].Tag != article.POS {
			continue
		}
		if w := p.words[maj-1]; (w == "His" || w == "Her") && (i == 0 || ms[i-1].Tokens.Last < maj) {
			m.Tokens.First, m.Start = maj-1, a.Tokens[maj-1].Start
		}
	}
}

// healthTrusts tags as one body the names of health trusts and boards:
// "NHS", then capitalized words ending in an organization's word (NHS
// Foundation Trust), with the capitalized proper nouns right before it,
// up to four, which name the trust's place and hospitals (Northgate
// Hospitals NHS Foundation Trust, read as NHS Foundation Trust; Leeds
// Teaching Hospitals NHS Trust, read as Leeds). The mentions inside the
// name give way to it; one that crosses its edge leaves it untagged. ms
// is in text order, and so is the result.
func healthTrusts(a *article.Article, p *prepared, g *gazetteer, ms []Mention) []Mention {
	for f := range a.Tokens {
		if p.words[f] != "NHS" || a.Tokens[f].Kind != article.Word {
			continue
		}
		si := a.SentenceOf(f)
		sent := a.Sentences[si].Tokens
		name := func(k int) bool { return p.toks[k].upper && a.Tokens[k].Kind == article.Word }
		e := f + 1
		for e < sent.Last && e < f+5 && name(e) {
			e++
		}
		if e == f+1 || !g.orgWords[p.words[e-1]] {
			continue
		}
		k := f
		for k > sent.First && k > f-4 && name(k-1) && (leadTag(a.Tokens[k-1].Tag, k-1 == sent.First) || placeAt(ms, k-1)) {
			k--
		}
		span := article.Range{First: k, Last: e}
		conf, inside, crossed := 0.5, 0, false
		for _, m := range ms {
			switch {
			case m.Tokens.Last <= k || m.Tokens.First >= e:
			case m.Tokens.First >= k && m.Tokens.Last <= e:
				conf = max(conf, m.Confidence)
				inside++
			default:
				crossed = true
			}
		}
		if crossed || inside == 1 && slices.ContainsFunc(ms, func(m Mention) bool { return m.Tokens == span && m.Label == Org }) {
			continue
		}
		trust := ruleMention(a, span, Org, a.Sentences[si].Paragraph)
		trust.Confidence = conf // (the surest of the mentions it takes in, or 0.5)
		ms = slices.DeleteFunc(ms, func(m Mention) bool { return m.Tokens.First >= k && m.Tokens.Last <= e })
		at, _ := slices.BinarySearchFunc(ms, k, func(m Mention, k int) int { return m.Tokens.First - k })
		ms = slices.Insert(ms, at, trust)
	}
	return ms
}

// courtLeads opens a court's name read as "Court" alone with the
// capitalized word of its kind before it that no mention holds (A High
// Court judge, read as the place Court): the court, a body; and a
// coroner's court's with the place's name before it (Kelby Coroner's
// Court).
func courtLeads(a *article.Article, p *prepared, ms []Mention) {
	openLeft(a, ms, func(m Mention, k int) (Label, bool) {
		return Org, m.Tokens.Len() == 1 && p.words[k+1] == "Court" && courtKinds[p.words[k]]
	})
	// Kelby Coroner's Court, read without its place: a place's one
	// capitalized proper noun before a coroner's court
	openLeft(a, ms, func(m Mention, k int) (Label, bool) {
		f := m.Tokens.First
		return Org, m.Tokens.Len() == 3 && p.words[f] == "Coroner" && p.words[m.Tokens.Last-1] == "Court" && a.Tokens[k].Tag == article.NNP && p.toks[k].upper &&
			(k == 0 || !p.toks[k-1].upper)
	})
}

// openLeft opens each mention of ms (in text order) with the token k right
// before it, which no mention holds, where lead reports the token is the
// name's, and gives it the label lead returns.
func openLeft(a *article.Article, ms []Mention, lead func(m Mention, k int) (Label, bool)) {
	for i := range ms {
		m := &ms[i]
		k := m.Tokens.First - 1
		if k < 0 || i > 0 && ms[i-1].Tokens.Last > k || a.SentenceOf(k) != a.SentenceOf(m.Tokens.First) {
			continue // (no name opens in the sentence before: Pa ¶ B England)
		}
		if l, ok := lead(*m, k); ok {
			m.Tokens.First, m.Start, m.Label = k, a.Tokens[k].Start, l
		}
	}
}

// compassPlaces labels a place every mention of a name read as a person
// that ends in a compass word, with no given name first and no list
// knowing it, when the article writes one of them after a preposition of
// place: a seat or a district (Turnout in Kelby North …, then held Kelby
// North; not Oliver West, nor Dray West, never after "in").
func compassPlaces(a *article.Article, p *prepared, g *gazetteer, ms []Mention) {
	var places []string // (a few at most)
	for _, m := range ms {
		f, l := m.Tokens.First, m.Tokens.Last
		if m.Label == Person && l-f > 1 && compassWords[p.words[l-1]] && !g.givenName(p.words[f]) && p.toks[f].gaz.kind == gzNone &&
			f > 0 && townPreps[p.words[f-1]] {
			places = append(places, nameKey(a, m.Tokens))
		}
	}
	if places == nil {
		return
	}
	for i := range ms {
		if m := &ms[i]; m.Label == Person && m.Tokens.Len() > 1 && slices.Contains(places, nameKey(a, m.Tokens)) {
			m.Label = GPE
		}
	}
}

// seatWords are the nouns of the seats a member is elected for, after
// the seat's name (the Kelby West seat, the Westgate ward).
var seatWords = map[string]bool{"seat": true, "ward": true}

// britishNations are the nations a British public body's name may end
// in after a word of what it does (Transport Scotland, Sport England).
var britishNations = map[string]bool{"England": true, "Scotland": true, "Wales": true}

// placeLeads open the names of places with a place's name after them
// (New England, Northern Ireland, Greater Manchester).
var placeLeads = map[string]bool{"New": true, "Northern": true, "Southern": true, "Eastern": true, "Western": true, "Greater": true,
	"Upper": true, "Lower": true, "Great": true, "Old": true, "Little": true, "Inner": true, "Outer": true, "Mid": true, "Baja": true}

// compassWords end the names of seats and districts (Kelby North).
var compassWords = map[string]bool{"North": true, "South": true, "East": true, "West": true, "Central": true,
	"Northeast": true, "Northwest": true, "Southeast": true, "Southwest": true}

// nationBodyLeads opens a body's name ending in a British nation with
// the capitalized adjective or proper noun opening its sentence right
// before it, which no mention holds (Natural Resources Wales, read as
// Resources Wales: the sentence's capital had left "Natural" out).
func nationBodyLeads(a *article.Article, p *prepared, ms []Mention) {
	openLeft(a, ms, func(m Mention, k int) (Label, bool) {
		t := a.Tokens[k].Tag
		return m.Label, m.Label == Org && m.Tokens.Len() >= 2 && britishNations[p.words[m.Tokens.Last-1]] && opensSentence(a, k) && p.toks[k].upper &&
			(t == article.JJ || t == article.NNP)
	})
}

// regionalDemonyms opens a nationality read alone with the region's word
// before it that no mention holds (the South American bloc, read as
// American; Latin American, North Korean): one group.
func regionalDemonyms(a *article.Article, p *prepared, ms []Mention) {
	openLeft(a, ms, func(m Mention, k int) (Label, bool) {
		return m.Label, m.Label == NORP && m.Tokens.Len() == 1 && regionWords[p.words[k]] && a.SentenceOf(k) == a.SentenceOf(k+1)
	})
}

// nationRegions joins a nationality after "the" to a region's plural
// right after it, read as another mention or none (the Scottish Borders,
// read as a nationality and a body; the Scottish Highlands): one region.
// ms is in text order, and so is the result.
func nationRegions(a *article.Article, p *prepared, ms []Mention) []Mention {
	for i := 0; i < len(ms); i++ {
		m := &ms[i]
		k := m.Tokens.Last
		if m.Label != NORP || m.Tokens.Len() != 1 || k >= len(a.Tokens) || !regionPlurals[p.words[k]] || m.Tokens.First == 0 ||
			!strings.EqualFold(p.words[m.Tokens.First-1], "the") || a.SentenceOf(k) != a.SentenceOf(k-1) {
			continue
		}
		next := i+1 < len(ms) && ms[i+1].Tokens.First <= k
		if next && (ms[i+1].Tokens.First != k || ms[i+1].Tokens.Len() != 1) {
			continue // (a longer name after it: the Scottish Borders Council)
		}
		m.Tokens.Last, m.End, m.Label = k+1, a.Tokens[k].End, Loc
		if next {
			ms = slices.Delete(ms, i+1, i+2)
		}
	}
	return ms
}

// regionPlurals are the plurals that name a country's region after its
// nationality (the Scottish Highlands, the Welsh Valleys).
var regionPlurals = map[string]bool{"Highlands": true, "Lowlands": true, "Borders": true, "Midlands": true, "Valleys": true, "Riviera": true}

// regionWords open a nationality's name for a region (South American,
// Latin American, North Korean).
var regionWords = map[string]bool{"South": true, "North": true, "East": true, "West": true, "Central": true, "Latin": true,
	"Southeast": true, "Northeast": true}

// courtKinds are the words of a court's kind written before "Court".
var courtKinds = map[string]bool{"High": true, "Crown": true, "County": true, "Supreme": true, "Appeal": true, "Appeals": true, "Federal": true,
	"District": true, "Circuit": true, "Family": true, "Youth": true, "Sheriff": true, "Constitutional": true}

// campaignVerbs open campaign groups' names (Save Our Shoreline, Stop
// Kelby Expansion, Keep Harlow Green).
var campaignVerbs = map[string]bool{"Save": true, "Stop": true, "Keep": true, "Protect": true, "Defend": true, "Fight": true, "Reclaim": true}

// unnamedBodies returns, as organizations, the runs of two to four
// capitalized words outside headlines that no mention holds and the
// model left out, where the run ends in a company's, a club's or a
// paper's word (Trevanion Ferries, which runs …; told the Wexmoor
// Advertiser), follows a company's noun after "the", a noun or a
// possessive (the group Farmers Together said; the families' group Brenton
// Voices), follows "side" or "outfit" after a capitalized word (Belgian
// side Harsveld Vooruit), follows a body's job and "of" (chief executive of
// Neighbours Together), is "Daily" or "Evening" and a proper noun (the
// Daily Courant), or opens with a campaign's verb (The Save Our
// Shoreline group; Stop Kelby Expansion said) or with "HM" (HM
// Coastguard): not one opening its sentence with a word the article
// writes in lower case, nor a campaign's verb opening a sentence with no
// verb after its name (Stop the War: an order) or after "to", nor in a
// sentence in title case (a subhead). ms is in text order, and so is the
// result.
func unnamedBodies(a *article.Article, p *prepared, g *gazetteer, ms []Mention) []Mention {
	var out []Mention
	mi := 0
	for _, s := range a.Sentences {
		if a.Paragraphs[s.Paragraph].Kind == article.Headline {
			continue
		}
		titled := 0 // whether the sentence is in title case, a subhead (Limited Tools to Fight Terrorism): 1 yes, -1 no, 0 not read yet
		name := func(k int) bool { return p.toks[k].upper && a.Tokens[k].Kind == article.Word }
		for k := s.Tokens.First; k < s.Tokens.Last; k++ {
			if !name(k) || k > s.Tokens.First && name(k-1) {
				continue // (a run's first word only)
			}
			e := k
			for e < s.Tokens.Last && e < k+6 && name(e) {
				e++
			}
			opens := k == s.Tokens.First
			if w := p.words[k]; w == "The" || w == "A" || w == "An" {
				k, opens = k+1, false // (The Save Our Shoreline group, A Kelshire Police spokesman)
			}
			if e-k < 2 || e-k > 4 || e < s.Tokens.Last && name(e) {
				continue
			}
			for mi < len(ms) && ms[mi].Tokens.Last <= k {
				mi++
			}
			if mi < len(ms) && ms[mi].Tokens.First < e {
				continue // (a mention holds some of it)
			}
			last, first := p.words[e-1], p.words[k]
			// (a side of a match: after a score or a word of a match, or
			// before a score: Kelby Rovers 3-1 Ashmoor Town, in a line of
			// its own in title case; to beat Ashmoor Town; or before a
			// word of a match and another name)
			side := k > s.Tokens.First && (matchWords[strings.ToLower(p.words[k-1])] || score(p, k-1) || k-3 >= s.Tokens.First && score(p, k-3)) ||
				e < s.Tokens.Last && score(p, e) ||
				e+1 < s.Tokens.Last && matchWords[p.words[e]] && name(e+1) // (Kelby Town beat Ashmoor Rovers)
			switch {
			case (g.companyWords[last] || g.clubWords[last] || paperWords[last]) && !g.givenName(first) && !(opens && p.doc.seenLower[p.toks[k].lower]) &&
				!slices.ContainsFunc(p.words[k:e], func(w string) bool { return article.TitleSmall(strings.ToLower(w)) }): // (Bridge Over Troubled Water: a title)
			case side && clubTail(g, last) && !g.givenName(first):
			case k-2 >= s.Tokens.First && !p.toks[k-1].upper && a.Tokens[k-1].Kind == article.Word && g.companyNouns[p.words[k-1]] && p.words[k-1] != "giant" &&
				(p.words[k-2] == "the" || a.Tokens[k-2].Tag.IsNoun() && !p.toks[k-2].upper || a.Tokens[k-2].Tag == article.POS) && !g.givenName(first) &&
				!(e+1 < s.Tokens.Last && ofSmall[p.words[e]] && name(e+1)): // (the group Farmers Together; not a retailing giant, whose name may be its founder's, nor the first words of the group Showing Up for Racial Justice)
			case k-2 >= s.Tokens.First && (p.words[k-1] == "side" || p.words[k-1] == "outfit") && p.toks[k-2].upper && a.Tokens[k-2].Kind == article.Word && !g.givenName(first):
				// (Belgian side Harsveld Vooruit, League Two outfit Kelby Athletic: a club)
			case bodyJobOf(p, k) && !g.givenName(first) && !(e+1 < s.Tokens.Last && ofSmall[p.words[e]] && name(e+1)):
				// (chief executive of Neighbours Together; not the first words of a name going on with "for": Kelby Women for …)
			case first == "HM": // (HM Coastguard, HM Land Registry: a crown body)
			case (first == "Daily" || first == "Evening") && e-k == 2 && a.Tokens[e-1].Tag.IsProperNoun() && !g.givenName(last): // (the Daily Courant: a paper)
			case (last == "Police" || last == "Constabulary") && !g.givenName(first): // (Kelshire Police, Kelby Constabulary: a force)
			case campaignVerbs[first] && (!opens || e < s.Tokens.Last && a.Tokens[e].Tag.IsFinite()) && !(k > s.Tokens.First && p.words[k-1] == "to"):
			default:
				continue
			}
			if side && clubTail(g, last) {
				out = append(out, ruleMention(a, article.Range{First: k, Last: e}, Org, s.Paragraph))
				continue
			}
			if titled == 0 {
				titled = -1
				if titleCase(a, p, s.Tokens) {
					titled = 1
				}
			}
			if titled > 0 {
				break
			}
			out = append(out, ruleMention(a, article.Range{First: k, Last: e}, Org, s.Paragraph))
		}
	}
	return out
}

// placeAt reports whether a place's mention in ms holds token k (Leeds,
// tagged as a plural opening a sentence, but a town).
func placeAt(ms []Mention, k int) bool {
	return slices.ContainsFunc(ms, func(m Mention) bool { return m.Label == GPE && m.Tokens.First <= k && k < m.Tokens.Last })
}

// leadTag reports whether a capitalized word tagged t may lead a health
// trust's name: a proper noun, or a noun, adjective or participle inside
// the name (Teaching/VBG Hospitals); a sentence's first word only as a
// proper noun (not Yesterday/NN) unless a place's mention holds it.
func leadTag(t article.Tag, first bool) bool {
	switch t {
	case article.NNP, article.NNPS:
		return true
	case article.NN, article.NNS, article.JJ, article.VBG:
		return !first
	}
	return false
}

// creditNames returns the names in photo credits that a slash sets off
// (Photograph: Mark Pinder/PA; Reuters/Ann Lee): each run of capitalized
// words beside a slash, a person when it has two words or three and no
// organization's word ends it, else the agency (a person after a
// photographer's name and the slash is the agency too: creditAgencies).
// In text order.
func creditNames(a *article.Article, p *prepared, g *gazetteer) []Mention {
	var out []Mention
	for pi := range a.Paragraphs {
		par := a.Paragraphs[pi].Tokens
		k := par.First // (the credits in text order: each read once)
		for _, c := range a.Paragraphs[pi].Credits {
			for k < par.Last && a.Tokens[k].Start < c.Start {
				k++
			}
			for k < par.Last && a.Tokens[k].End <= c.End {
				if !p.toks[k].upper || a.Tokens[k].Kind != article.Word {
					k++
					continue
				}
				end := k
				for end < par.Last && a.Tokens[end].End <= c.End && p.toks[end].upper && a.Tokens[end].Kind == article.Word && end < k+4 {
					end++
				}
				slash := k > 0 && a.TokenText(k-1) == "/" && a.Tokens[k-1].End == a.Tokens[k].Start ||
					end < par.Last && a.TokenText(end) == "/" && a.Tokens[end-1].End == a.Tokens[end].Start
				// (not after a filler: POOL New/Reuters)
				if slash && !creditFiller[p.words[k]] {
					label := Org
					if last := p.words[end-1]; end-k >= 2 && end-k <= 3 && !g.isOrgWord(last) && !g.companyWords[last] && !creditFiller[last] && p.toks[k].gaz.kind != gzOrg {
						label = Person // Facebook/Seydou Mahamadou, not Getty Images (the agency after a photographer: creditAgencies)
					}
					out = append(out, ruleMention(a, article.Range{First: k, Last: end}, label, pi))
				}
				k = end
			}
		}
	}
	return out
}

// creditAgencies gives the organization's label to a person's mention in
// a photo credit right after a slash that a person's mention ends before:
// the photographer, then the agency (Jon Merrow/Hambury Voice). ms is in
// text order.
func creditAgencies(a *article.Article, ms []Mention) {
	for i := 1; i < len(ms); i++ {
		m, prev := &ms[i], ms[i-1]
		if m.Label != Person || prev.Label != Person || prev.Tokens.Last+1 != m.Tokens.First || a.TokenText(prev.Tokens.Last) != "/" ||
			prev.End != a.Tokens[prev.Tokens.Last].Start || a.Tokens[prev.Tokens.Last].End != m.Start {
			continue
		}
		if slices.ContainsFunc(a.Paragraphs[m.Paragraph].Credits, func(c article.Span) bool { return c.Start <= prev.Start && m.End <= c.End }) {
			m.Label = Org
		}
	}
}

// fullName reports whether tokens k and k+1, before end, are two
// capitalized proper nouns and no third follows: a given name and a
// surname.
func fullName(a *article.Article, p *prepared, k, end int) bool {
	return k+1 < end && p.toks[k+1].upper && a.Tokens[k+1].Tag.IsProperNoun() && (k+2 == end || !p.toks[k+2].upper)
}

// numberedNouns are the nouns a document's or a scheme's parts are named
// by with a number or letter after them (Article III, Band D, Section 2).
var numberedNouns = map[string]bool{"Article": true, "Section": true, "Chapter": true, "Clause": true, "Schedule": true, "Annex": true,
	"Appendix": true, "Figure": true, "Table": true, "Band": true, "Phase": true, "Stage": true, "Level": true, "Grade": true,
	"Category": true, "Class": true, "Type": true, "Tier": true, "Part": true, "Title": true}

// dropNumbered drops the person mentions that are such a noun and a
// number, a Roman numeral or one capital letter: a part, not a person.
// ms is in text order and so is the result.
func dropNumbered(a *article.Article, ms []Mention) []Mention {
	return slices.DeleteFunc(ms, func(m Mention) bool {
		return m.Label == Person && m.Tokens.Len() == 2 && numberedNouns[a.TokenText(m.Tokens.First)] && numbering(a.TokenText(m.Tokens.First+1))
	})
}

// dropWarnings drops the one-word mentions that are a warning's colour
// before its noun, a weather's word between them or not (an Amber
// warning, a Red alert, an Amber wind warning): a level, no person.
func dropWarnings(a *article.Article, ms []Mention) []Mention {
	return slices.DeleteFunc(ms, func(m Mention) bool {
		if m.Tokens.Len() != 1 || m.Tokens.Last >= len(a.Tokens) {
			return false
		}
		switch a.TokenText(m.Tokens.First) {
		case "Amber", "Red", "Yellow", "AMBER", "RED", "YELLOW":
			k := m.Tokens.Last
			if k+1 < len(a.Tokens) && warningWeathers[strings.ToLower(a.TokenText(k))] {
				k++
			}
			switch strings.ToLower(a.TokenText(k)) {
			case "warning", "warnings", "alert", "alerts":
				return true
			}
		}
		return false
	})
}

// warningWeathers are the weathers a warning's colour and noun may name
// between them (an Amber wind warning, a Yellow weather warning).
var warningWeathers = map[string]bool{"weather": true, "wind": true, "rain": true, "snow": true, "ice": true, "heat": true, "fog": true, "storm": true, "thunderstorm": true, "thunderstorms": true, "flood": true}

// courtTitles cuts from a mention of a place the lists know and
// "District" or "Circuit", before a title word and a name, the court's
// word, part of the judge's title, leaving the place (U.S. District Judge
// Amy Bergin, read as the body U.S. District: the place U.S.).
func courtTitles(a *article.Article, p *prepared, g *gazetteer, ms []Mention) {
	for i := range ms {
		m := &ms[i]
		l := m.Tokens.Last
		if w := p.words[l-1]; m.Label == Person || m.Tokens.Len() != 2 || w != "District" && w != "Circuit" {
			continue // (the court's word first: isTitleWord allocates)
		}
		if l+1 >= len(a.Tokens) || !p.toks[l+1].upper || p.toks[m.Tokens.First].gaz.kind != gzGPE || !g.isTitleWord(p.words[l]) {
			continue
		}
		m.cutLast(a)
		m.Label = GPE
	}
}

// dropWorkTitles drops the place mentions right after the noun of a
// work's kind, which the rules read by a place's word (the 2019 thriller
// Grey Harbour, the film Paris Lights): a title, no place (the model's
// people there refine drops). ms is in text order and so is the result.
//
// So are the place mentions after "The" and before "is published by",
// "came out" and the like (The Salt Road is published by …), and every
// other mention of the same words.
func dropWorkTitles(a *article.Article, p *prepared, ms []Mention) []Mention {
	var titles map[string]bool
	for _, m := range ms {
		if m.Label.IsPlace() && m.Tokens.First > 0 && p.words[m.Tokens.First-1] == "The" && p.toks[m.Tokens.First].gaz.kind == gzNone && released(p, m.Tokens.Last) {
			if titles == nil {
				titles = map[string]bool{}
			}
			titles[m.Text(a)] = true
		}
	}
	return slices.DeleteFunc(ms, func(m Mention) bool {
		if !m.Label.IsPlace() || p.toks[m.Tokens.First].gaz.kind != gzNone {
			return false
		}
		if titles[m.Text(a)] {
			return true
		}
		f := m.Tokens.First
		if f > 1 && p.words[f-1] == "The" {
			f-- // her book The Salt Road: the title's "The", which the mention leaves out
		}
		if f > 1 && (a.Tokens[f-1].Kind == article.OpenQuote || a.Tokens[f-1].Kind == article.Quote) {
			f-- // his debut “The Salt Road”: over the title's opening mark
		}
		return f > 0 && workNouns[p.words[f-1]]
	})
}

// released reports whether the words from token k say that what stands
// before them was published or came out, as a work does: is (was)
// published by, will be published, came (comes) out, is (was) out now, on
// or in.
func released(p *prepared, k int) bool {
	w := func(i int) string {
		if k+i < len(p.words) {
			return p.words[k+i]
		}
		return ""
	}
	switch w(0) {
	case "is", "was":
		return w(1) == "published" && w(2) == "by" || w(1) == "out" && (w(2) == "now" || w(2) == "on" || w(2) == "in")
	case "came", "comes":
		return w(1) == "out"
	case "will":
		return w(1) == "be" && w(2) == "published"
	}
	return false
}

// dropLowerPlurals drops a one-word mention opening its sentence (after
// an opening mark too) that is the plural of a word the article writes in
// lower case, never capitalized inside a sentence and known to no list
// ("Rivers are not dumping grounds," said …, beside "the river"): a
// common noun the sentence capitalizes; so is such a plural the tagger
// reads as a common noun after a label's colon, where a sentence opens
// (Image caption: Flowers have been left …). ms is in text order and so
// is the result.
func dropLowerPlurals(a *article.Article, p *prepared, ms []Mention) []Mention {
	plural := func(m Mention) bool {
		k := m.Tokens.First
		w := p.words[k]
		return m.Tokens.Len() == 1 && p.toks[k].gaz.kind == gzNone && len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's'
	}
	// (capitalized after the colon, which the article counts as inside a
	// sentence; not a word another mention holds: Bernie Sandell, then
	// …: Sandell)
	afterLabel := func(m Mention) bool {
		k := m.Tokens.First
		return k >= 2 && p.words[k-1] == ":" && !p.toks[k-2].upper && (a.Tokens[k].Tag == article.NNS ||
			a.Tokens[k].Tag == article.NNP && k+1 < len(a.Tokens) && pluralsVerb(a, p, k+1)) // (Photo caption: Crowds/NNP gather/NN: a plural's verb after it)
	}
	var held map[string]int // the words the mentions hold, counted, when one may follow a label
	for _, m := range ms {
		if plural(m) && afterLabel(m) {
			held = map[string]int{}
			for _, n := range ms {
				for _, w := range p.words[n.Tokens.First:n.Tokens.Last] {
					held[w]++
				}
			}
			break
		}
	}
	return slices.DeleteFunc(ms, func(m Mention) bool {
		if !plural(m) {
			return false
		}
		k := m.Tokens.First
		w := p.words[k]
		if p.toks[k].initial && !p.doc.capMid[p.toks[k].lower] && (p.doc.seenLower[p.toks[k].lower] || p.doc.seenLower[lowerHash(w[:len(w)-1])]) {
			return true
		}
		return afterLabel(m) && held[w] == 1
	})
}

// pluralsVerb reports whether token k may be the verb of a plural
// subject before it: a word in lower case, not in -s, read as a plain
// verb or a singular noun (Crowds gather/NN in the square).
func pluralsVerb(a *article.Article, p *prepared, k int) bool {
	t := a.Tokens[k].Tag
	return !p.toks[k].upper && a.Tokens[k].Kind == article.Word && !strings.HasSuffix(p.words[k], "s") && (t == article.VBP || t == article.VB || t == article.NN)
}

// numbering reports whether w numbers a part: digits, a Roman numeral
// of capitals (I, IV, XII) or one capital letter.
func numbering(w string) bool {
	return allDigits(w) || w != "" && strings.Trim(w, "IVXLC") == "" || len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z'
}

// dropCommonAcronyms drops the mentions of an acronym that the article
// defines by a noun phrase in lower case right before it in brackets
// (personal protective equipment (PPE); soil moisture and ocean salinity
// (SMOS)): a common noun's short form, no body's. Not one the lists know
// (US, EU). ms is in text order and so is the result.
func dropCommonAcronyms(a *article.Article, p *prepared, ms []Mention) []Mention {
	var defined map[string]bool
	for _, m := range ms {
		if m.Tokens.Len() == 1 && acronymWord(p.words[m.Tokens.First]) && p.toks[m.Tokens.First].gaz.kind == gzNone {
			defined = lowerDefinitions(a, p)
			break
		}
	}
	if len(defined) == 0 {
		return ms
	}
	out := ms[:0]
	for _, m := range ms {
		if m.Tokens.Len() == 1 && defined[p.words[m.Tokens.First]] && p.toks[m.Tokens.First].gaz.kind == gzNone {
			continue
		}
		out = append(out, m)
	}
	return out
}

// definedAcronyms returns the acronyms in brackets right after a body's
// name in ms whose capitalized words spell them (the Financial Conduct
// Authority (FCA), the British Pilots' Union (BPU), the British Airline
// Pilots' Association (Balpa)): the bodies' short forms, or nil.
func definedAcronyms(a *article.Article, p *prepared, ms []Mention) map[string]bool {
	var out map[string]bool
	for _, m := range ms {
		if w, ok := definedAcronym(a, p, m); ok {
			if out == nil {
				out = map[string]bool{}
			}
			out[w] = true
		}
	}
	return out
}

// definedAcronym returns the short form in brackets right after a body's
// mention m that its capitalized words spell (see definedAcronyms).
func definedAcronym(a *article.Article, p *prepared, m Mention) (string, bool) {
	k := m.Tokens.Last
	if m.Label != Org || k+2 >= len(a.Tokens) || a.TokenText(k) != "(" || a.TokenText(k+2) != ")" || a.Tokens[k+1].Kind != article.Word {
		return "", false
	}
	w := p.words[k+1]
	return w, (acronymWord(w) || strings.ToLower(w[1:]) == w[1:]) && spells(p.words[m.Tokens.First:k], w)
}

// spelledBody returns the end of a run of capitalized words from token i
// (small words of, for, and, the and on inside it) that ends before an
// acronym in brackets its words spell, before hi, when a body's or
// company's word ends the run or a speech verb follows the brackets (the
// World Food Programme (WFP) said; not a Compact Fluorescent Light
// (CFL), a thing's name); or i.
func spelledBody(a *article.Article, p *prepared, g *gazetteer, i, hi int) int {
	e := i
	for e < hi && e < i+8 && a.Tokens[e].Kind == article.Word && (p.toks[e].upper || e > i && ofSmall[p.words[e]]) {
		e++
	}
	if e-i < 2 || e+2 >= hi || p.words[e] != "(" || p.words[e+2] != ")" || !p.toks[e-1].upper || !acronymWord(p.words[e+1]) {
		return i
	}
	if last := p.words[e-1]; !g.isOrgWord(last) && !g.companyWords[last] && !g.bodyHeads[last] && !(e+3 < hi && speechVerbs[p.words[e+3]]) {
		return i
	}
	if !spells(p.words[i:e], p.words[e+1]) {
		return i
	}
	return e
}

// regionNouns are the nouns of a country's regions written after their
// names (the Tigray region, Malatya province).
var regionNouns = map[string]bool{"region": true, "province": true, "district": true, "prefecture": true, "governorate": true, "oblast": true, "canton": true, "municipality": true}

// regionName returns the end of one or two capitalized proper nouns from
// token i (or two capitalized words joined by a hyphen, however tagged:
// Emilia-Romagna/JJ), no capitalized word before them, no given name or
// nationality first, that a noun of regionNouns follows inside sentence
// s; or i.
func regionName(a *article.Article, p *prepared, g *gazetteer, s article.Range, i int) int {
	if i > s.First && p.toks[i-1].upper || a.Tokens[i].Tag != article.NNP && !joinedCapitals(p.words[i]) || g.givenName(p.words[i]) || p.toks[i].gaz.kind == gzNORP {
		return i
	}
	end := i + 1
	if end < s.Last && p.toks[end].upper && a.Tokens[end].Tag == article.NNP {
		end++
	}
	if end >= s.Last || !regionNouns[p.words[end]] || strings.HasSuffix(p.words[end-1], "ern") || p.toks[end-1].gaz.kind == gzNORP {
		return i // (not the Middle Eastern region: a compass point's adjective)
	}
	return end
}

// joinedCapitals reports whether w is two capitalized words joined by a
// hyphen (Emilia-Romagna).
func joinedCapitals(w string) bool {
	i := strings.IndexByte(w, '-')
	return i > 0 && i+1 < len(w) && w[0] >= 'A' && w[0] <= 'Z' && w[i+1] >= 'A' && w[i+1] <= 'Z'
}

// ofSmall are the small words inside a body's name that its acronym may
// skip (the Department for Work and Pensions).
var ofSmall = map[string]bool{"of": true, "for": true, "and": true, "the": true, "on": true}

// acronymWord reports whether w is two to six capital ASCII letters.
func acronymWord(w string) bool {
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// lowerDefinitions returns the acronyms the article defines by a noun
// phrase in lower case right before them in brackets, whose initials spell
// them: nouns, adjectives and participles, over "and" and "of" where the
// acronym has no letter for them, ending in a noun (personal protective
// equipment (PPE)), in one pass over the text. Phrases found elsewhere
// spell acronyms by chance too often (divisive nominating contests, DNC).
func lowerDefinitions(a *article.Article, p *prepared) map[string]bool {
	var out map[string]bool
	for _, s := range a.Sentences {
		for k := s.Tokens.First + 2; k+1 < s.Tokens.Last; k++ {
			acr := p.words[k]
			if a.TokenText(k-1) != "(" || a.TokenText(k+1) != ")" || !acronymWord(acr) || !a.Tokens[k-2].Tag.IsNoun() {
				continue
			}
			// back from the bracket, letter by letter
			i, j := len(acr)-1, k-2
			for j >= s.Tokens.First && i >= 0 {
				w, t := p.words[j], a.Tokens[j].Tag
				if w == "" || a.Tokens[j].Kind != article.Word || p.toks[j].upper {
					break
				}
				if w[0] == acr[i]+'a'-'A' && (t.IsNoun() || t.IsAdjective() || t == article.VBG || t == article.VBN) {
					i--
				} else if i == len(acr)-1 || w != "and" && w != "of" {
					break
				}
				j--
			}
			if i < 0 {
				if out == nil {
					out = map[string]bool{}
				}
				out[acr] = true
			}
		}
	}
	return out
}

// creditFiller are the words of photo credits that name no one (Sputnik/
// Valeriy Sharipkin/Pool via Reuters).
var creditFiller = map[string]bool{"Pool": true, "POOL": true, "File": true, "FILE": true, "Handout": true, "HANDOUT": true, "Courtesy": true, "Photo": true, "Photograph": true,
	"Picture": true, "Image": true, "Images": true, "Supplied": true, "Contributed": true, "Illustration": true, "Staff": true}

// nationBody returns the first token of a body's name that ends in the
// nation of mention m, read alone as a place (Water UK, Sport England,
// Cancer Research UK): up to three capitalized nouns right before it that
// no mention of out holds and no list knows, not a compass point or a
// word of a place's name (North Wales, Great Britain). Else it returns
// m's first token.
func nationBody(a *article.Article, p *prepared, g *gazetteer, m Mention, out []Mention) int {
	first := m.Tokens.First
	if m.Label == Person || m.Tokens.Len() != 1 || !bodyNations[p.words[first]] {
		return first
	}
	from := freeFrom(a, first, out)
	f := first
	for f > from && f > first-3 {
		j := f - 1
		t := a.Tokens[j].Tag
		if !p.toks[j].upper || a.Tokens[j].Kind != article.Word || t != article.NN && t != article.NNS && t != article.NNP && t != article.NNPS ||
			p.toks[j].gaz.kind != gzNone || g.isTitleWord(p.words[j]) || placeWords[p.words[j]] {
			break
		}
		f = j
	}
	return f
}

// pluralOwner returns the first token of the name that mention m ends
// when a plural's possessive stands right before it (National Farmers'
// Union): the plural and up to two capitalized words before it that no
// mention of out holds, in m's sentence. Else it returns m's first token.
// Not a party's or a group's (the Democrats' Senate campaign arm); the
// caller keeps the model's mentions and people's surnames out too
// (Sandell' Senate bid).
func pluralOwner(a *article.Article, p *prepared, g *gazetteer, m Mention, out []Mention) int {
	first := m.Tokens.First
	k := first - 2
	if m.Label == Person || k < 0 || a.Tokens[first-1].Tag != article.POS || !bareMark(a, p, first-1) ||
		!p.toks[k].upper || !a.Tokens[k].Tag.IsNoun() || !strings.HasSuffix(p.words[k], "s") || p.toks[k].gaz.kind != gzNone || g.parties[p.words[k]] {
		return first
	}
	from := freeFrom(a, first, out)
	if k < from {
		return first
	}
	for k > from && k > first-4 && p.toks[k-1].upper && a.Tokens[k-1].Kind == article.Word && a.Tokens[k-1].Tag.IsNoun() {
		k--
	}
	return k
}

// placeBody returns where a body's name that holds the Org mention m
// begins, and whether the last mention of out, a place, is part of it:
// up to three capitalized words the model left out before m, one of them
// a body's word or its plural (Teaching Hospitals), opening with a place
// the lists know (Leeds; Newcastle upon Tyne), which the model may have
// read as the last mention of out, or after "the" or opening the sentence
// with the plural last (the Kestrel Vale Hospitals NHS Trust); else m's
// first token.
func placeBody(a *article.Article, p *prepared, g *gazetteer, m Mention, out []Mention) (int, bool) {
	f := m.Tokens.First
	from := freeFrom(a, f, out)
	k, body := f, false
	for k-1 >= from && f-k < 3 && p.toks[k-1].upper && a.Tokens[k-1].Kind == article.Word && a.Tokens[k-1].Tag != article.DT {
		k--
		body = body || g.orgPlural(p.words[k]) || g.isOrgWord(p.words[k])
	}
	if !body || k == f {
		return f, false
	}
	if n := len(out); n > 0 && out[n-1].Label == GPE && out[n-1].Tokens.Last == k && a.SentenceOf(out[n-1].Tokens.First) == a.SentenceOf(f) {
		return out[n-1].Tokens.First, true
	}
	if k-2 >= from && p.words[k-1] == "upon" && p.toks[k-2].upper {
		k -= 2 // Newcastle upon Tyne
	}
	if g.lookup(p.words[k:k+1]) == gzGPE {
		return k, false
	}
	if (k > 0 && (p.words[k-1] == "the" || p.words[k-1] == "The") || opensSentence(a, k)) && g.orgPlural(p.words[f-1]) {
		return k, false // the Kestrel Vale Hospitals NHS Foundation Trust: after "the" (or opening the sentence), the plural right before the body
	}
	return f, false
}

// trustPlaces returns where a health trust's name that ends with the Org
// mention m begins, and how many of the last mentions of out it takes
// in: the places its name lists first, set off by commas and "and" right
// before m (Westcombe and Ashby NHS Foundation Trust; Barking, Havering
// and Redbridge University Hospitals NHS Trust), each a mention of out of
// one or two words or one or two capitalized words no mention holds, up
// to three, in m's sentence, when m holds "NHS" and ends in "Trust"; else
// m's first token and 0.
func trustPlaces(a *article.Article, p *prepared, m Mention, out []Mention) (int, int) {
	words := p.words[m.Tokens.First:m.Tokens.Last]
	first, taken := m.Tokens.First, 0
	if words[len(words)-1] != "Trust" || !slices.Contains(words, "NHS") {
		return first, taken
	}
	s := a.SentenceOf(first)
	free := func(k int) bool { // a capitalized word of m's sentence no mention of out holds
		return k >= freeFrom(a, m.Tokens.First, out[:len(out)-taken]) && p.toks[k].upper && a.Tokens[k].Kind == article.Word
	}
	for first > 0 && m.Tokens.First-first < 2 && free(first-1) {
		first-- // (Ashby, before NHS Foundation Trust: the last place, which the model left out)
	}
	names := 0
	for ; names < 3; names++ {
		j := first - 1 // the joining word: "and" before the last place, commas before the others
		if j < 1 || !(p.words[j] == "and" && names == 0 || p.words[j] == "," && names > 0) {
			break
		}
		n := len(out) - taken
		if n > 0 && out[n-1].Tokens.Last == j {
			if out[n-1].Tokens.Len() > 2 || a.SentenceOf(out[n-1].Tokens.First) != s {
				break
			}
			first, taken = out[n-1].Tokens.First, taken+1
			continue
		}
		k := j
		for k > 0 && j-k < 2 && free(k-1) {
			k--
		}
		if k == j {
			break
		}
		first = k
	}
	if names == 0 {
		return m.Tokens.First, 0
	}
	return first, taken
}

// heldIn reports whether a mention of ms, in text order, holds a token
// from first up to end.
func heldIn(ms []Mention, first, end int) bool {
	i := sort.Search(len(ms), func(i int) bool { return ms[i].Tokens.Last > first })
	return i < len(ms) && ms[i].Tokens.First < end
}

// friendsOf returns where "Friends of" (and "the") before token k
// begins, or k: a charity's name (Friends of the Earth) holds the
// mention at k.
func friendsOf(a *article.Article, p *prepared, k int) int {
	j := k - 1
	if j >= 0 && p.words[j] == "the" {
		j--
	}
	if j < 1 || p.words[j] != "of" || p.words[j-1] != "Friends" || a.SentenceOf(j-1) != a.SentenceOf(k) {
		return k
	}
	return j - 1
}

// ownersBody returns the end of a body's name from token i: capitalized
// words, a plural of people's roles (ownerPlurals) with its bare
// possessive, and capitalized words ending in a body's word (National
// Farmers' Union, Teachers' Pension Scheme); i if there is none.
func ownersBody(a *article.Article, p *prepared, g *gazetteer, i, limit int) int {
	for k := i; k < limit && k < i+3 && p.toks[k].upper && a.Tokens[k].Kind == article.Word && a.Tokens[k].Tag != article.DT; k++ {
		if !ownerPlurals[p.words[k]] {
			continue
		}
		if k+2 >= limit || !bareMark(a, p, k+1) {
			return i
		}
		for e := k + 2; e < limit && e < k+5 && p.toks[e].upper && a.Tokens[e].Kind == article.Word; e++ {
			if g.isOrgWord(p.words[e]) || g.bodyHeads[p.words[e]] {
				return e + 1
			}
		}
		return i
	}
	return i
}

// freeFrom returns the first token a name ending at token k may start
// at: in k's sentence, after the last mention of out (in text order).
func freeFrom(a *article.Article, k int, out []Mention) int {
	from := a.Sentences[a.SentenceOf(k)].Tokens.First
	if len(out) > 0 {
		from = max(from, out[len(out)-1].Tokens.Last)
	}
	return from
}

// bodyNations are the nations whose names end bodies' names (Water UK,
// Sport England); placeWords are words that begin places' names before
// them.
var (
	bodyNations = map[string]bool{"UK": true, "England": true, "Scotland": true, "Wales": true}
	placeWords  = map[string]bool{"North": true, "South": true, "East": true, "West": true, "Northern": true, "Southern": true, "Eastern": true, "Western": true,
		"Central": true, "Mid": true, "Greater": true, "Great": true, "Little": true, "New": true, "Old": true, "Middle": true, "Upper": true, "Lower": true, "Rural": true}
)

// roadNumber reports whether w is a road's number: M62, A1, B1234,
// A1(M), I-95.
func roadNumber(w string) bool {
	w = strings.TrimSuffix(w, "(M)")
	switch {
	case strings.HasPrefix(w, "I-"):
		w = w[2:]
	case len(w) >= 2 && (w[0] == 'M' || w[0] == 'A' || w[0] == 'B'):
		w = w[1:]
	default:
		return false
	}
	return len(w) <= 4 && allDigits(w) && w[0] != '0'
}

// allDigits reports whether w is one or more ASCII digits.
func allDigits(w string) bool {
	for i := range len(w) {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}

// churchBody reports whether the name at r is a church as a body: "Church"
// after nothing but religious groups and nationalities (the Greek
// Orthodox Church), or before "of" and a name that is no saint's and
// opens with no "the" (the Church of England, the Church of Scientology,
// Calvary Church of Santa Ana; not the Church of the Holy Sepulchre, the
// Church of St Mary).
func churchBody(p *prepared, g *gazetteer, r article.Range) bool {
	words := p.words[r.First:r.Last]
	k := slices.Index(words, "Church")
	if k < 0 {
		return false
	}
	if k == len(words)-1 {
		if k == 0 {
			return false
		}
		for _, w := range words[:k] {
			if g.lookup([]string{w}) != gzNORP {
				return false
			}
		}
		return true
	}
	if k+2 >= len(words) || words[k+1] != "of" {
		return false
	}
	switch words[k+2] {
	case "the", "The", "Our", "Holy", "Blessed":
		return false
	}
	return !saintWord(words[k+2]) && p.toks[r.First+k+2].upper
}

// bodyAppositive returns the end of a run of one to four capitalized
// proper nouns from token i, before limit, set off by commas after a noun
// of companyNouns (or developer, operator) with a determiner before it
// (Sources at the regulator, Ofwat, said; The developer, Stortside
// Living,; Turkey's disaster agency, Afad.), or i when there is none: not a given name, nor a name the
// gazetteers know. Right after such a noun, with no comma, it is what
// bodyNamed finds.
func bodyAppositive(a *article.Article, p *prepared, g *gazetteer, i, limit int) int {
	if i >= 2 && !p.toks[i-1].upper && (g.companyNouns[p.words[i-1]] || firmMakers[p.words[i-1]] && a.Tokens[i-2].Tag.IsNoun()) {
		return bodyNamed(a, p, g, i, limit) // (Bus operator Valeline said: a maker's noun after what it makes or runs)
	}
	if i < 3 || p.words[i-1] != "," || p.toks[i-2].upper || !g.companyNouns[p.words[i-2]] && !makerNouns[p.words[i-2]] {
		return i
	}
	if !determinedBefore(a, p, i-3) || g.givenName(p.words[i]) || roleAt(p, g, i-3) {
		return i
	}
	end := i
	// a proper noun first, or an adjective before one (The company,
	// Meridian Health Supplies,), then capitalized words
	opens := a.Tokens[i].Tag.IsProperNoun() || a.Tokens[i].Tag == article.JJ && i+1 < limit && p.toks[i+1].upper && a.Tokens[i+1].Tag.IsProperNoun()
	for end < limit && end < i+4 && p.toks[end].upper && a.Tokens[end].Kind == article.Word && (end > i || opens) {
		end++
	}
	if end == i || end >= limit || p.words[end] != "," && !(p.words[end] == "." && end == limit-1) || p.toks[i].gaz.kind != gzNone {
		return i // (set off by a comma, or by the sentence's stop: according to Turkey's disaster agency, Afad.)
	}
	return end
}

// looseBodyHeads are the words of bodyheads.txt that end other names
// too: a place's (Ellesmere Port), an event's (the Party Conference), a
// title's (Chief Executive), a campaign's or a service's.
var looseBodyHeads = map[string]bool{"Port": true, "Conference": true, "Executive": true, "Campaign": true, "Transport": true}

// mediaWords end the names of awards, shows and works as well as
// outlets' (Choice Breakout Movie Star, Late Night Radio), and company
// suffixes in capitals that are initials too (AG, an attorney general):
// no body's name the model left out ends in one (gazetteer.bodyEnds).
var mediaWords = map[string]bool{"Star": true, "Sun": true, "Globe": true, "News": true, "Press": true, "Review": true, "Magazine": true,
	"Images": true, "Power": true, "Energy": true, "Television": true, "TV": true, "Radio": true, "Mail": true, "Network": true, "Entertainment": true, "AG": true, "SA": true}

// surnameFacWords end facilities' names and are surnames too (James Park,
// Jerry Hall, Robert Plant), so a given name before one may be a person's;
// before the other words of facwords.txt (Scott Base, Kennedy Airport) it
// opens a facility's name.
var surnameFacWords = map[string]bool{"Hall": true, "Park": true, "Lane": true, "Church": true, "Castle": true, "Palace": true, "Tower": true,
	"Fort": true, "Villa": true, "Manor": true, "Bridge": true, "Port": true, "Temple": true, "Plant": true, "Home": true, "Lodge": true,
	"Chapel": true, "Abbey": true, "Ranch": true, "Close": true, "Street": true, "Drive": true}

// bodyOnlyTails end bodies' names (Halcyon Research, Goldcrest
// Resources) but are no companyWords, whose rules would find names in
// headings (Open Learning Resources): a name the model read as a
// person's ending in one is a body's, and its first word alone the
// body's short name.
var bodyOnlyTails = map[string]bool{"Research": true, "Resources": true}

// surnameOrgWords end bodies' names and are surnames too (the Sun, Yun
// Sun; the Post, Emily Post).
var surnameOrgWords = map[string]bool{"Sun": true, "Post": true, "Star": true, "Church": true, "Power": true}

// personAfter reports whether the words from token k say a person's:
// a speech verb (Moira Power said), or a comma and "of" before where
// they work (Moira Power, of the Patients Association,).
func personAfter(p *prepared, k int) bool {
	return k < len(p.words) && speechVerbs[p.words[k]] || k+1 < len(p.words) && p.words[k] == "," && p.words[k+1] == "of"
}

// roleAfter reports whether a job in lower case describes the name ending
// before token k, set off by a comma (Yun Sun, director of …; Ann Post, a
// senior analyst at …): a person, whatever word ends the name.
func roleAfter(p *prepared, g *gazetteer, k int) bool {
	if k >= len(p.words) || p.words[k] != "," {
		return false
	}
	for j := k + 1; j < len(p.words) && j <= k+4; j++ {
		if p.toks[j].upper {
			return false
		}
		if lowerRole(p, g, j) {
			return true
		}
	}
	return false
}

// roleBefore reports whether a job in lower case stands right before
// token k or right before the comma at k-1 that sets off what follows
// (Its chief executive, Moira Power; chief executive Moira Power).
func roleBefore(p *prepared, g *gazetteer, k int) bool {
	return k > 0 && lowerRole(p, g, k-1) || k >= 2 && p.words[k-1] == "," && lowerRole(p, g, k-2)
}

// lowerRole reports whether token k is a job in lower case (chief
// executive, director, founder).
func lowerRole(p *prepared, g *gazetteer, k int) bool {
	return !p.toks[k].upper && (g.jobLower[p.words[k]] || roleWords[p.words[k]])
}

// roleWords are jobs in lower case that describe a person set off after
// a name, beside those jobLower already holds (chief executive, director,
// chairman, spokesman, officer: Moira Power, chief executive of …).
var roleWords = map[string]bool{"chair": true, "founder": true, "spokesperson": true, "head": true}

// roleAt reports whether the noun phrase ending at token k is the object
// of a preposition after a job in lower case (his former manager at the
// club, Roberto De Zerbi,): the name after its comma is the job's holder,
// not the body's.
func roleAt(p *prepared, g *gazetteer, k int) bool {
	for j := k; j >= 1 && j >= k-3; j-- {
		switch strings.ToLower(p.words[j]) {
		case "the", "its", "their", "his", "her", "our":
			switch p.words[j-1] {
			case "at", "of", "for", "with", "from":
				return j >= 2 && !p.toks[j-2].upper && g.jobLower[p.words[j-2]]
			}
			return false
		}
	}
	return false
}

// bareAfterVerb reports whether the head noun of a body's description
// ends at token k with no article, after a verb or a preposition over
// nouns and adjectives (to buy battery start-up Voltaris; shares in
// retailer Ostra).
func bareAfterVerb(a *article.Article, p *prepared, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if t := a.Tokens[j].Tag; t.IsVerb() || t == article.IN || t == article.TO {
			return true
		}
		if p.toks[j].upper || !a.Tokens[j].Tag.IsAdjective() && !a.Tokens[j].Tag.IsNoun() {
			return false
		}
	}
	return false
}

// openingDescription reports whether the noun at token k, with the
// adjectives and nouns before it in lower case (its first word may be
// capitalized) and maybe a determiner, opens its sentence: a
// description that is the sentence's subject (Anti-discrimination group
// …, The advocacy group …).
func openingDescription(a *article.Article, p *prepared, k int) bool {
	first := a.Sentences[a.SentenceOf(k)].Tokens.First
	for j := k; j >= first && j >= k-3; j-- {
		if j == first {
			t := a.Tokens[j].Tag
			return t.IsAdjective() || t.IsNoun() || t == article.DT || t == article.PRPS || t == article.VBG // (Cycling charity Sustrans said)
		}
		if p.toks[j].upper || !a.Tokens[j].Tag.IsAdjective() && !a.Tokens[j].Tag.IsNoun() && a.Tokens[j].Tag != article.POS {
			return false // (over a plural's bare possessive: The shopworkers' union Usdaw)
		}
	}
	return false
}

// determinedBefore reports whether a definite determiner or a possessive
// (the, its, their …, a name's) stands at token k or before it over adjectives and
// nouns, at most four tokens back: the head noun of a body's description
// ends before k+1 (the regulator, the privately held charity).
func determinedBefore(a *article.Article, p *prepared, k int) bool {
	for j := k; j >= 0 && j >= k-3; j-- {
		switch strings.ToLower(p.words[j]) {
		case "the", "its", "their", "his", "her", "our":
			return true
		}
		if a.Tokens[j].Tag == article.POS && j > 0 && p.toks[j-1].upper {
			return true // Turkey's disaster agency: a name's possessive
		}
		if !a.Tokens[j].Tag.IsAdjective() && !a.Tokens[j].Tag.IsNoun() && a.Tokens[j].Tag != article.POS {
			return false // (over a possessive: the shopworkers' union)
		}
	}
	return false
}

// bodyNamed returns the end of a run of one to four capitalized proper
// nouns from token i, before limit, right after a noun of companyNouns
// with a determiner before it (co-founded the charity Second Chance,
// which …) or opening the sentence (openingDescription), or i when there
// is none: the run ends at punctuation or a relative pronoun, not a verb
// (a network Russia has financed) unless the description opens the
// sentence, and opens with no given name and no name the gazetteers know.
func bodyNamed(a *article.Article, p *prepared, g *gazetteer, i, limit int) int {
	opening := openingDescription(a, p, i-2)
	determined := determinedBefore(a, p, i-2)
	bare := !determined && bareAfterVerb(a, p, i-2)
	if !determined && !bare && !opening || g.givenName(p.words[i]) || p.toks[i].gaz.kind != gzNone {
		return i
	}
	if known, _ := g.labelOnlyAt(p.words, i, limit); known > i {
		return i // (a name the lists know is theirs to read: Which?)
	}
	end := i
	// (a first word the tagger read as a verb opens the name when a
	// proper noun follows it: Campaign group Gambling/VBG Harm Action)
	first := a.Tokens[i].Tag.IsProperNoun() || a.Tokens[i].Kind == article.Word && i+1 < limit && p.toks[i+1].upper && a.Tokens[i+1].Tag.IsProperNoun()
	for end < limit && end < i+4 && p.toks[end].upper && (a.Tokens[end].Tag.IsProperNoun() || end > i && a.Tokens[end].Kind == article.Word || end == i && first) && !weekdays[p.words[end]] && !article.IsMonth(p.words[end]) {
		end++ // (not told the newspaper Wednesday; Kick It Out)
	}
	if end == i {
		return i
	}
	if end < limit {
		switch w := p.words[end]; {
		case a.Tokens[end].Kind == article.Punct && w != "'s", w == "which", w == "that", w == "who":
		case w == "for" || w == "of":
			// the advocacy group Campaign for Accountability: the name
			// goes on (and where it goes on past what "of" takes, Campaign
			// for an Independent …, it is not read at all); start-up
			// Voltaris for about $1.5 billion: it ends
			if e := ofName(a, p, g, end, nil); e > end+1 && e <= limit {
				return e
			}
			if n := end + 1; n < limit && (p.toks[n].upper || n+1 < limit && p.toks[n+1].upper && a.Tokens[n].Tag == article.DT) {
				return i
			}
		case w == "the" && end+1 < limit && p.toks[end+1].upper && a.Tokens[end+1].Tag.IsProperNoun():
			// the charity Save the Rhino: "the" and one or two
			// capitalized words go on the name when punctuation ends it
			e := end + 1
			for e < limit && e < end+3 && p.toks[e].upper && a.Tokens[e].Kind == article.Word {
				e++
			}
			if e == limit || a.Tokens[e].Kind == article.Punct && p.words[e] != "'s" {
				return e
			}
			return i
		case a.Tokens[end].Tag == article.IN && !p.toks[end].upper: // to buy battery start-up Voltaris for $1.5 billion
		case (opening || bare) && (a.Tokens[end].Tag.IsVerb() || a.Tokens[end].Tag == article.MD):
			// Anti-discrimination group Kick It Out said: the
			// sentence's subject, its verb after it (not a relative
			// clause's); so after a verb or a preposition with no
			// article (figures from research firm Kantar showed …)
		default:
			return i
		}
	}
	return end
}

// opensSentence reports whether token k is its sentence's first word,
// after any opening marks.
func opensSentence(a *article.Article, k int) bool {
	s := a.Sentences[a.SentenceOf(k)].Tokens.First
	for s < k && (a.Tokens[s].Kind == article.OpenQuote || a.Tokens[s].Kind == article.Quote) {
		s++
	}
	return s == k
}

// personSurnames maps the last word of each person the model named with
// two words or more to the offset just past the first such name (so that
// 0 means none).
func personSurnames(a *article.Article, p *prepared, ms []Mention) map[string]int {
	out := map[string]int{}
	for _, m := range ms {
		if m.Label == Person && m.Tokens.Len() >= 2 && p.toks[m.Tokens.First].upper {
			if w := p.words[m.Tokens.Last-1]; out[w] == 0 {
				out[w] = m.End
			}
		}
	}
	return out
}

// namedAsPerson reports whether the word at token k, a place's name the
// model read as a person, stands where a person does: not after a verb
// (visited Paris) or a preposition of place or direction (in, to, from,
// of, near …).
func namedAsPerson(a *article.Article, p *prepared, k int) bool {
	if k == 0 || a.Tokens[k-1].Kind != article.Word {
		return true
	}
	if a.Tokens[k-1].Tag.IsVerb() {
		return false
	}
	switch strings.ToLower(p.words[k-1]) {
	case "to", "of", "toward", "towards", "through", "via", "between", "beyond", "over":
		return false
	}
	return !afterPlaceWord(p, k)
}

// afterPlaceWord reports whether token k follows a preposition that puts
// what follows it as a place: in, at, from, near …
func afterPlaceWord(p *prepared, k int) bool {
	if k == 0 {
		return false
	}
	switch strings.ToLower(p.words[k-1]) {
	case "in", "at", "from", "into", "near", "outside", "inside", "within", "across", "around", "throughout":
		return true
	}
	return false
}

// pluralOfBody returns the body's word that opens the name of which
// person mention m, one plural word and no given name, is the last word
// (the Association of Ambulance Chief Executives: Executives): up to three
// capitalized proper nouns no mention of out holds before m, "of", and a
// capitalized body's word before it; else m's first token.
func pluralOfBody(a *article.Article, p *prepared, g *gazetteer, m Mention, out []Mention) int {
	f := m.Tokens.First
	if m.Label != Person || m.Tokens.Len() != 1 || !strings.HasSuffix(p.words[f], "s") || g.givenName(p.words[f]) {
		return f
	}
	from := freeFrom(a, f, out)
	k := f
	for k-1 >= from && k > f-3 && p.toks[k-1].upper && a.Tokens[k-1].Tag.IsProperNoun() {
		k--
	}
	if k-2 < from || p.words[k-1] != "of" || !p.toks[k-2].upper || !g.isOrgWord(p.words[k-2]) && !g.bodyHeads[p.words[k-2]] {
		return f
	}
	return k - 2
}

// seatBefore reports whether token k follows the words that name a
// member's seat: "MP for", "member for" (any of memberLetters, or
// "Member" in either case), "represented", "represents", "representing".
func seatBefore(p *prepared, k int) bool {
	if k >= 1 {
		switch p.words[k-1] {
		case "represented", "represents", "representing":
			return true
		}
	}
	return k >= 2 && p.words[k-1] == "for" && (memberLetters[p.words[k-2]] || strings.EqualFold(p.words[k-2], "member"))
}

// nearWords put the name after them as a place around which something
// is, whatever its number of words (near Llanfair Caereinion).
var nearWords = map[string]bool{"near": true, "outside": true, "around": true}

// placeSlot reports whether mention i of ms (in text order), one word,
// stands where a town does: after "in", "near", "outside", "as far
// (away) as" and the like, or
// joined by "and" or "or" to a place the model is sure of or the lists
// know (Plymouth and Saltash; between Devonport and Torpoint).
func placeSlot(a *article.Article, p *prepared, ms []Mention, i int) bool {
	k, e := ms[i].Tokens.First, ms[i].Tokens.Last
	place := func(m Mention) bool {
		return (m.Label == GPE || m.Label == Loc) && (m.Confidence >= 0.8 || p.toks[m.Tokens.First].gaz.kind == gzGPE)
	}
	joined := e+1 < len(a.Tokens) && (p.words[e] == "and" || p.words[e] == "or") && p.toks[e+1].upper // (a case: in Moran and Pyle)
	if listedPlace(p, k) {
		return true // towns such as Alcester and Shipton, cities like Ostby
	}
	if k > 0 && p.words[k] != "God" && !(e < len(a.Tokens) && (a.Tokens[e].Tag == article.POS || strings.HasPrefix(p.words[e], "'") || strings.HasPrefix(p.words[e], "’"))) && (!joined || i+1 < len(ms) && ms[i+1].Tokens.First == e+1 && place(ms[i+1])) {
		switch strings.ToLower(p.words[k-1]) {
		case "in", "near", "outside", "across", "throughout", "around":
			return true // (not in Shaw's Pygmalion, in God)
		case "as":
			if k > 1 && (p.words[k-2] == "away" || p.words[k-2] == "far") {
				return true // felt as far away as Diyarbakir
			}
		case "from":
			if k > 1 && fromPlaceNouns[p.words[k-2]] {
				return true // the couple from Wexcombe (not a letter from Hale)
			}
		}
	}
	if k > 1 && i > 0 && (p.words[k-1] == "and" || p.words[k-1] == "or") && ms[i-1].Tokens.Last == k-1 && place(ms[i-1]) {
		return true
	}
	if k > 1 && i > 0 && p.words[k-1] == "," && ms[i-1].Tokens.Last == k-1 && place(ms[i-1]) && e < len(a.Tokens) && (p.words[e] == "," || joined) {
		return true // Flights to Lisbon, Faro and Madeira: a list of places
	}
	return joined && i+1 < len(ms) && ms[i+1].Tokens.First == e+1 && place(ms[i+1])
}

// clubRoles are the lower-case words after a club's name that say it is
// one (Harlow Town manager, Harlow Town fans), and fanVerbs the verbs
// whose object a club is (followed Harlow Town for 40 years).
var (
	clubRoles = map[string]bool{"manager": true, "boss": true, "striker": true, "captain": true, "goalkeeper": true, "defender": true,
		"midfielder": true, "fans": true, "supporters": true, "chairman": true, "players": true, "player": true, "coach": true}
	fanVerbs = map[string]bool{"followed": true, "supported": true, "supports": true, "follows": true}
)

// roadWords are the facility words that end a road's name (King Street,
// Mill Lane).
var roadWords = map[string]bool{"Street": true, "Road": true, "Avenue": true, "Lane": true, "Drive": true, "Crescent": true, "Terrace": true, "Boulevard": true, "Close": true}

// placePlurals are the kinds of place a list of examples after "such
// as" or "like" names (towns such as Alcester and Shipton).
var placePlurals = map[string]bool{"towns": true, "cities": true, "villages": true, "countries": true, "nations": true, "states": true,
	"counties": true, "suburbs": true, "islands": true, "regions": true, "provinces": true, "resorts": true, "ports": true, "capitals": true}

// surnameBodies makes a person of each one-word body, no list's and
// ending in no body's or company's word, that is the surname of a person
// named before it with a given name first, where the model read the name
// alone as a body (Duncan MacLeod lights the forge …, then "MacLeod is
// less sentimental", read as a body); not the first word of a body's
// longer name the article writes (Andrew Kelso, Kelso News, then Kelso:
// the outlet) or set off after a company's noun anywhere (Tom Farrant,
// whose agency, Farrant, …). ms is in text order.
func surnameBodies(p *prepared, g *gazetteer, ms []Mention) {
	var leads map[string]bool // the words a body is named by elsewhere
	one := false              // a one-word body, which the rule may make a person
	for _, m := range ms {
		f := m.Tokens.First
		if m.Label != Org {
			continue
		}
		one = one || m.Tokens.Len() == 1
		if m.Tokens.Len() >= 2 || f >= 2 && p.words[f-1] == "," && (g.companyNouns[p.words[f-2]] || makerNouns[p.words[f-2]]) {
			if leads == nil {
				leads = map[string]bool{}
			}
			leads[p.words[f]] = true
		}
	}
	if !one {
		return // (no surnames to gather for a text of people alone)
	}
	var seen map[string]bool // the surnames of people named in full so far
	for i := range ms {
		m := &ms[i]
		w := p.words[m.Tokens.Last-1]
		switch {
		case m.Label == Person && m.Tokens.Len() >= 2 && g.givenName(p.words[m.Tokens.First]):
			if seen == nil {
				seen = map[string]bool{}
			}
			seen[w] = true
		case m.Label == Org && m.Tokens.Len() == 1 && seen[w] && !leads[w] && p.toks[m.Tokens.First].gaz.kind == gzNone && !g.isOrgWord(w) && !g.companyWords[w]:
			m.Label = Person
		}
	}
}

// relabelPeople gives label to to every mention of ms read as a person
// whose text is that of a person mention i for which is(i) holds, in text
// order: a name the article writes alike everywhere is one thing.
func relabelPeople(a *article.Article, ms []Mention, to Label, is func(i int) bool) {
	for i := range ms {
		if ms[i].Label != Person || !is(i) {
			continue
		}
		name := ms[i].Text(a)
		for k := range ms {
			if ms[k].Label == Person && ms[k].Text(a) == name {
				ms[k].Label = to
			}
		}
	}
}

// peoplesWordIn reports whether the article writes the word for the
// people of a place named w, which ends in "a": w and "n", capitalized
// (Ostrevia, Ostrevian).
func peoplesWordIn(p *prepared, w string) bool {
	for k, t := range p.toks {
		if x := p.words[k]; t.upper && len(x) == len(w)+1 && x[len(w)] == 'n' && strings.HasPrefix(x, w) {
			return true
		}
	}
	return false
}

// livedIn reports whether token k follows "in" after a verb of living or
// being born (lived in, grew up in, was born in), so that a name there
// is a place, never a person.
func livedIn(p *prepared, k int) bool {
	switch wordBefore(p, k, "in") {
	case "live", "lives", "lived", "living", "born", "raised", "settled", "resides", "resided", "residing":
		return true
	case "up":
		return k >= 3 && (p.words[k-3] == "grew" || p.words[k-3] == "grow" || p.words[k-3] == "growing" || p.words[k-3] == "grown")
	}
	return false
}

// placeAndName reports whether the capitalized proper noun at token i,
// which the model left out, stands right after "and" or "or" after place
// m, which a preposition of place opens and the model is sure of or a
// list knows (schools in Brandham and Eastcote; not a case's parties, in
// Moran and Pyle): the other place, one word, not a given name nor a word
// a list knows as anything else.
func placeAndName(a *article.Article, p *prepared, g *gazetteer, m Mention, i int) bool {
	if m.Label != GPE || m.Confidence < 0.8 && p.toks[m.Tokens.First].gaz.kind != gzGPE || m.Tokens.Last != i-1 || p.words[i-1] != "and" && p.words[i-1] != "or" || !afterPlaceWord(p, m.Tokens.First) ||
		a.Tokens[i].Tag != article.NNP || g.givenName(p.words[i]) || g.isOrgWord(p.words[i]) || i+1 < len(a.Tokens) && p.toks[i+1].upper {
		return false // (one word: not South Carolina and Super Tuesday states)
	}
	return p.toks[i].gaz.kind == gzNone || p.toks[i].gaz.kind == gzGPE
}

// siteIn reports whether token k follows "in" after the noun of a site
// a body works at (a plant in Marion, its base in Shannon), so that a
// name there is a place.
func siteIn(p *prepared, k int) bool {
	w := wordBefore(p, k, "in")
	return siteNouns[w] || moreSites[w]
}

// placeAfterIn reports whether m, two words read as a person, follows
// "in" after a noun in lower case, opens with no given name, title or
// capitalized word before it, and owns nothing (a community organiser in
// Ashby Fold; not a role in Tom Hale's film): a place.
func placeAfterIn(a *article.Article, p *prepared, g *gazetteer, m Mention) bool {
	f := m.Tokens.First
	return m.Tokens.Len() == 2 && f >= 2 && p.words[f-1] == "in" && a.Tokens[f-2].Tag.IsNoun() && !p.toks[f-2].upper &&
		!g.givenName(p.words[f]) && !g.isTitleWord(p.words[f]) && (m.Tokens.Last >= len(p.words) || a.Tokens[m.Tokens.Last].Tag != article.POS)
}

// moreSites are the sites, beside siteNouns, whose "in" names a place
// (its base in Shannon), though "the" and a name before them make no
// company (the Kelby base).
var moreSites = map[string]bool{"base": true, "bases": true, "plants": true, "factories": true, "offices": true, "office": true, "hub": true, "campus": true}

// fromPlaceNouns are people "from" names the place they live in (a man
// from Wexcombe, the couple from Castlebury, a runner from Penrith Vale),
// not a body or a person (a letter from Hale, a spokesman from Acme).
var fromPlaceNouns = map[string]bool{"man": true, "woman": true, "men": true, "women": true, "boy": true, "girl": true, "boys": true, "girls": true,
	"couple": true, "family": true, "families": true, "pensioner": true, "pensioners": true, "teenager": true, "teenagers": true,
	"mother": true, "father": true, "grandmother": true, "grandfather": true, "people": true, "residents": true, "resident": true,
	"driver": true, "runner": true, "cyclist": true, "walker": true, "student": true}

// sportBodies are the sports whose national governing bodies a
// nationality names in capitals (British Rowing, Scottish Athletics).
var sportBodies = map[string]bool{"Rowing": true, "Cycling": true, "Athletics": true, "Swimming": true, "Gymnastics": true, "Rugby": true,
	"Hockey": true, "Triathlon": true, "Sailing": true, "Boxing": true, "Canoeing": true, "Equestrian": true}

// governmentWords are bodies a nationality names in capitals (the
// Scottish Government, the Welsh Parliament).
var governmentWords = map[string]bool{"Government": true, "Parliament": true, "Executive": true, "Assembly": true, "Cabinet": true}

// joinGroups makes one group of two nationalities or groups side by side
// (Liberal Democrat, African Americans; not inside a longer name: the
// Republican Jewish Coalition), and one company of a nationality and a
// one-word body right after it whose word ends companies' names (British
// Airways, read as British and Airways; not a Democratic Congress), and
// one body of a nationality and a government's word after it that no
// mention holds (the Scottish Government; where the model read the word
// alone, GUM's heads stay: the Albanian | Government) or capitalized
// words ending in a company's or body's word (the British Retail
// Consortium) or a sport's name (British Rowing), and drops a person that
// is a unit after "degrees" (18 degrees Celsius).
func joinGroups(a *article.Article, p *prepared, g *gazetteer, ms []Mention) []Mention {
	out := ms[:0]
	for i, m := range ms {
		if k := m.Tokens.Last; m.Label == NORP && k < len(a.Tokens) && governmentWords[p.words[k]] && a.SentenceOf(k) == a.SentenceOf(k-1) &&
			(i+1 == len(ms) || ms[i+1].Tokens.First > k) && !(k+1 < len(a.Tokens) && p.toks[k+1].upper) {
			// the Scottish Government, the Welsh Parliament: the
			// nation's body, whose word the model left out
			m.Tokens.Last, m.End, m.Label = k+1, a.Tokens[k].End, Org
		} else if m.Label == NORP && m.Tokens.Len() == 1 && !(m.Tokens.First > 0 && p.toks[m.Tokens.First-1].upper && p.words[m.Tokens.First-1] != "The" && !opensSentence(a, m.Tokens.First)) {
			// the British Retail Consortium: a nationality before
			// capitalized words the model left out that end in a
			// company's or body's word is the body's first word (not
			// inside a longer name: the Republican Jewish Coalition)
			end := m.Tokens.Last
			for end < len(a.Tokens) && end < m.Tokens.Last+3 && p.toks[end].upper && a.Tokens[end].Kind == article.Word &&
				(a.Tokens[end].Tag.IsProperNoun() || sportBodies[p.words[end]]) && (i+1 == len(ms) || ms[i+1].Tokens.First > end) {
				end++
			}
			if w := p.words[end-1]; end > m.Tokens.Last && (g.companyWords[w] || g.isOrgWord(w) || end == m.Tokens.Last+1 && sportBodies[w]) &&
				!(end < len(a.Tokens) && p.toks[end].upper) && a.SentenceOf(end-1) == a.SentenceOf(m.Tokens.First) {
				m.Tokens.Last, m.End, m.Label = end, a.Tokens[end-1].End, Org
			}
		}
		if n := len(out); n > 0 && out[n-1].Label == NORP && out[n-1].Tokens.Last == m.Tokens.First &&
			a.SentenceOf(m.Tokens.First) == a.SentenceOf(m.Tokens.First-1) && !(m.Tokens.Last < len(a.Tokens) && p.toks[m.Tokens.Last].upper) &&
			(m.Label == NORP || m.Label == Org && m.Tokens.Len() == 1 && g.companyWords[p.words[m.Tokens.First]] ||
				m.Label == Org && m.Tokens.Len() >= 2 && g.isOrgWord(p.words[m.Tokens.Last-1]) && !governmentWords[p.words[m.Tokens.First]]) { // the Scottish Fishermen's Federation
			l := &out[n-1]
			l.Tokens.Last, l.End, l.Confidence, l.Label = m.Tokens.Last, m.End, min(l.Confidence, m.Confidence), m.Label
			continue
		}
		if n, f := len(out), m.Tokens.First; n > 0 && (out[n-1].Label == Org || out[n-1].Label == GPE) && out[n-1].Tokens.Last == f && m.Label == Org &&
			m.Tokens.Len() >= 3 && ownerPlurals[p.words[f]] && bareMark(a, p, f+1) && a.SentenceOf(f) == a.SentenceOf(f-1) {
			// the Brackley Rovers Supporters' Trust: a club's or
			// place's name before the body of its people is that body's
			l := &out[n-1]
			l.Tokens.Last, l.End, l.Confidence, l.Label = m.Tokens.Last, m.End, min(l.Confidence, m.Confidence), Org
			continue
		}
		if f := m.Tokens.First; m.Label == Person && m.Tokens.Last-f == 1 && f > 0 && (p.words[f-1] == "degrees" || p.words[f-1] == "degree") {
			continue
		}
		out = append(out, m)
	}
	return out
}

// cutLast leaves the mention's last token out of it.
func (m *Mention) cutLast(a *article.Article) {
	m.Tokens.Last--
	m.End = a.Tokens[m.Tokens.Last-1].End
}

// family reports whether w is the plural of a surname known as a
// person's (Carrows, Joneses).
func family(known map[string]Label, w string) bool {
	stem, ok := strings.CutSuffix(w, "s")
	if !ok || len(stem) < 2 {
		return false
	}
	if known[stem] == Person {
		return true
	}
	stem, ok = strings.CutSuffix(stem, "e")
	return ok && len(stem) >= 2 && known[stem] == Person
}

// coordinated returns the token of the "and" that joins two bodies inside
// r, each holding a body's head word (the British Library and Columbia
// University) or each a head and "of" (the Office of X and Division of
// Y), the second opening with a capital, or the head word the second ends
// in alone before "and" (University and Ulster University, read so from
// Queen's University and Ulster University); 0 if there is none. After a
// head and "of", "and" joins what follows "of" (the Department of Health
// and Human Services is one).
func coordinated(p *prepared, g *gazetteer, r article.Range) int {
	for k := r.First + 1; k < r.Last-1; k++ {
		if p.words[k] != "and" || !p.toks[k+1].upper {
			continue
		}
		of := slices.Contains(p.words[r.First+1:k], "of")
		// the Office of University Relations and Division of Student
		// Affairs: a head and "of" on both sides
		if of && slices.Contains(p.words[k+2:min(k+4, r.Last)], "of") {
			return k // (and the National Association of …)
		}
		// (the Department of Health and Human Services: "and" inside
		// what follows "of" joins its objects)
		// (nor the Securities and Exchange Commission: a head word
		// alone before "and" names no body)
		if !of && k-r.First >= 2 && slices.ContainsFunc(p.words[r.First:k], func(w string) bool { return g.orgWords[w] }) &&
			slices.ContainsFunc(p.words[k+1:r.Last], func(w string) bool { return g.orgWords[w] }) {
			return k
		}
		// (but one head word before "and" that ends the name too is the
		// first body's, read without the words before it: Queen's
		// University and Ulster University)
		if !of && k-r.First == 1 && k+2 < r.Last && p.words[k-1] == p.words[r.Last-1] && g.orgWords[p.words[k-1]] {
			return k
		}
	}
	return 0
}

// oneLabelPerName gives mentions with the same words (case aside) the
// label most of them have (Harrow the school twice, a place once); ties go
// to a mention's own label, then to the first in label order; a
// dateline's agency and place weigh three. NORP
// mentions neither vote nor change. A name the gazetteer knows as a place
// that the article also uses as a person's (Parrish of Valeska Parrish, and
// the city) keeps each reading: its person and place mentions do not
// outvote each other.
func oneLabelPerName(a *article.Article, g *gazetteer, ms []Mention) {
	votes := map[string]*[Fac + 1]int{}
	keys := make([]string, len(ms)) // each mention's words in lower case, for the two passes
	for i, m := range ms {
		if m.Label == NORP || m.Label > Fac {
			continue
		}
		keys[i] = strings.ToLower(m.Text(a))
		if votes[keys[i]] == nil {
			votes[keys[i]] = new([Fac + 1]int)
		}
		votes[keys[i]][m.Label]++
		if datelineAgency(a, m) {
			votes[keys[i]][m.Label] += 2 // LONDON (Wire) —: a news agency, whatever the body's mentions were read as
		} else if m.Label == GPE && !a.Dateline.Empty() && a.Dateline.Contains(m.Span) {
			votes[keys[i]][m.Label] += 2 // CEDAR RIDGE, Calif. —: a place, whatever the body's mentions were read as
		}
	}
	for i := range ms {
		m := &ms[i]
		v := votes[keys[i]]
		if v == nil {
			continue
		}
		apart := false // person and place apart
		if v[Person] > 0 && v[Person] < v[Org]+v[GPE]+v[Loc]+v[Fac]+v[Person] {
			apart = g.placeNamed(GPE, strings.Fields(m.Text(a)))
		}
		best := m.Label
		for l, c := range v {
			if c > v[best] && (!apart || (Label(l) == Person) == (m.Label == Person)) {
				best = Label(l)
			}
		}
		m.Label = best
	}
}

// apartFrom returns the mentions of ms (in text order) that share no
// token with any of others (in text order too).
func apartFrom(ms, others []Mention) []Mention {
	if len(others) == 0 {
		return ms
	}
	out := ms[:0]
	for _, m := range ms {
		i := sort.Search(len(others), func(i int) bool { return others[i].Tokens.Last > m.Tokens.First })
		if i < len(others) && others[i].Tokens.First < m.Tokens.Last {
			continue
		}
		out = append(out, m)
	}
	return out
}

// agencyLabels gives the mentions that name a dateline's agency (SAN
// FRANCISCO (Wire) —) the agency's label, organization, where the model
// read the name as a place (The memo was seen by Wire). ms is in text
// order.
func agencyLabels(a *article.Article, ms []Mention) {
	for _, m := range ms {
		if m.Start >= a.Dateline.End {
			return
		}
		if !datelineAgency(a, m) {
			continue
		}
		name := m.Text(a)
		for i := range ms {
			if ms[i].Label != Person && ms[i].Label != Org && ms[i].Text(a) == name {
				ms[i].Label = Org
			}
		}
		return
	}
}

// ownersBusinesses makes a person's mention, "'s" and a capitalized
// company's word after it, before no other capitalized word, one
// organization: the shop named for its owner (Corran's Bakery, Dalby's
// Butchers). ms is in text order.
func ownersBusinesses(a *article.Article, p *prepared, g *gazetteer, ms []Mention) {
	for i := range ms {
		m := &ms[i]
		k := m.Tokens.Last
		if m.Label != Person || k+1 >= len(a.Tokens) || a.Tokens[k].Tag != article.POS || !g.companyWords[p.words[k+1]] ||
			k+2 < len(a.Tokens) && p.toks[k+2].upper && a.Tokens[k+2].Kind == article.Word || i+1 < len(ms) && ms[i+1].Tokens.First <= k+1 {
			continue
		}
		m.Tokens.Last, m.End, m.Label = k+2, a.Tokens[k+1].End, Org
	}
}

// companyNames gives the organization's label to every mention of a name
// the article calls a company or another body in an appositive, whatever
// the model read it as: Lumora, the software maker, said …; the chipmaker
// Veltrix; Shares in Lumora rose (a place's or a person's name is not
// called so). ms is in text order.
func companyNames(a *article.Article, p *prepared, g *gazetteer, ms []Mention) {
	var names map[string]bool
	for _, m := range ms {
		// (not a place the gazetteers know)
		if m.Label == NORP || p.toks[m.Tokens.First].gaz.kind == gzGPE || p.toks[m.Tokens.First].gaz.kind == gzLoc ||
			!companyNamed(a, p, g, m) { // (one the model read as a body too: the app company Dashly, then Dashly read as a person)
			continue
		}
		if names == nil {
			names = map[string]bool{}
		}
		names[m.Text(a)] = true
	}
	if names == nil {
		return
	}
	// (and a person read by the last word of one alone: the pending
	// Judicial Watch case, where the model read Watch)
	last := map[string]bool{}
	for n := range names {
		if i := strings.LastIndexByte(n, ' '); i > 0 {
			last[n[i+1:]] = true
		}
	}
	for i := range ms {
		t := ms[i].Text(a)
		if ms[i].Label != NORP && names[t] || ms[i].Label == Person && ms[i].Tokens.Len() == 1 && last[t] {
			ms[i].Label = Org
		}
	}
}

// groupsFor extends a body's mention over "for" and the place after it
// when a group's noun in lower case follows (the Better Buses for
// Lincolnshire group, read as a body and a place: one group's name). ms
// is in text order, and so is the result.
func groupsFor(a *article.Article, p *prepared, g *gazetteer, ms []Mention) []Mention {
	for i := 0; i+1 < len(ms); i++ {
		m, n := &ms[i], ms[i+1]
		k := m.Tokens.Last
		if m.Label != Org || n.Tokens.First != k+1 || p.words[k] != "for" || n.Label != GPE && n.Label != Loc || n.Tokens.Last >= len(a.Tokens) ||
			p.toks[n.Tokens.Last].upper || !g.companyNouns[p.words[n.Tokens.Last]] && p.words[n.Tokens.Last] != "campaign" {
			continue
		}
		m.Tokens.Last, m.End = n.Tokens.Last, n.End
		ms = slices.Delete(ms, i+1, i+2)
	}
	return ms
}

// stationNumbers extends a body's name ending in "Radio" or "Channel" over
// the number after it that no mention holds (BBC Radio 4, Channel 5: the
// station's name). ms is in text order.
func stationNumbers(a *article.Article, ms []Mention) {
	for i := range ms {
		m := &ms[i]
		k := m.Tokens.Last
		if m.Label != Org || k >= len(a.Tokens) || a.SentenceOf(k) != a.SentenceOf(k-1) || i+1 < len(ms) && ms[i+1].Tokens.First <= k {
			continue
		}
		if w := a.TokenText(k - 1); (w == "Radio" || w == "Channel") && isDigits(a.TokenText(k)) {
			m.Tokens.Last, m.End = k+1, a.Tokens[k].End
		}
	}
}

// orgTails labels an organization a single word the model read as a
// person where the article ends an organization's name with it and no
// person's, when the word ends clubs' or companies' names (Harton Rovers,
// then “Rovers, who …”; Harbourside City, then "City led"; not Green &
// Bavelier, a citation read as a body),
// or opens a club's name of two words and no person's (Castleford Town,
// then “Castleford led …”).
func orgTails(a *article.Article, g *gazetteer, ms []Mention) {
	tails := map[string]Label{} // a name's last word → Org, or Person where a person's name ends in it too
	var leads map[string]Label  // a club's or company's first word (Castleford of Castleford Town, Spirit of Spirit AeroSystems Holdings Inc) → Org, or Person where a person's name opens with it too
	for _, m := range ms {
		if m.Tokens.Len() >= 2 && (m.Label == Org || m.Label == Person) {
			if w := a.TokenText(m.Tokens.Last - 1); tails[w] != Person && (m.Label == Person || clubTail(g, w) || g.companyWords[w]) {
				tails[w] = m.Label
			}
			if m.Label == Org && (m.Tokens.Len() == 2 && clubTail(g, a.TokenText(m.Tokens.Last-1)) || companyLead(a, g, m) != "") {
				if leads == nil {
					leads = map[string]Label{}
				}
				leads[a.TokenText(m.Tokens.First)] = Org
			}
		}
	}
	if leads != nil { // (only then the people's first words: most articles name no club)
		for _, m := range ms {
			if m.Tokens.Len() >= 2 && m.Label == Person {
				if w := a.TokenText(m.Tokens.First); m.Tokens.Len() == 2 && leads[w] == Org {
					leads[w] = Person
				}
				if w := a.TokenText(m.Tokens.Last - 1); leads[w] == Org {
					leads[w] = Person // (Podell of the Podell Group is John Podell too)
				}
			}
		}
	}
	if len(tails) == 0 && len(leads) == 0 {
		return
	}
	for i := range ms {
		if m := &ms[i]; m.Label == Person && m.Tokens.Len() == 1 && (tails[a.TokenText(m.Tokens.First)] == Org || leads[a.TokenText(m.Tokens.First)] == Org) {
			m.Label = Org
		}
	}
}

// companyLead returns the first word of company name m (two words or
// more, the last a company's: Spirit AeroSystems Holdings Inc), which the
// article may call the company by alone; "" if m is none or its first
// word is a word the lists know (American Express Co).
func companyLead(a *article.Article, g *gazetteer, m Mention) string {
	if m.Label != Org || m.Tokens.Len() < 2 || !g.companyWords[a.TokenText(m.Tokens.Last-1)] {
		return ""
	}
	w := a.TokenText(m.Tokens.First)
	if a.Tokens[m.Tokens.First].Kind != article.Word || strings.EqualFold(w, "the") || g.lookup([]string{w}) != gzNone || g.firstNames[w] {
		return ""
	}
	return w
}

// ownerPlaces returns, as places, the one-word places the lists know
// that the model left out before their possessive and a word in lower
// case (France's prime minister, opening a sentence), after no
// capitalized word but a sentence's first, and that no person's name in
// the article holds (Chad Lowe, then Chad's brother). ms is in text
// order, and so is the result.
func ownerPlaces(a *article.Article, p *prepared, ms []Mention) []Mention {
	var out []Mention
	mi := 0
	for k := 0; k+2 < len(a.Tokens); k++ {
		if p.toks[k].gaz != (gazMark{gzGPE, posU}) || !ownerAt(a, k) || p.toks[k+2].upper ||
			a.Tokens[k+2].Kind != article.Word || k > 0 && p.toks[k-1].upper && !opensSentence(a, k) {
			continue
		}
		for mi < len(ms) && ms[mi].Tokens.Last <= k {
			mi++
		}
		if mi < len(ms) && ms[mi].Tokens.First <= k {
			continue // (a mention holds it)
		}
		w := p.words[k]
		if slices.ContainsFunc(ms, func(m Mention) bool {
			return m.Label == Person && slices.Contains(p.words[m.Tokens.First:m.Tokens.Last], w)
		}) {
			continue
		}
		out = append(out, ruleMention(a, article.Range{First: k, Last: k + 1}, GPE, a.Sentences[a.SentenceOf(k)].Paragraph))
	}
	return out
}

// ownerAt reports whether the word at token k owns what follows: its
// possessive right after it, with no space (France's, the Bank's).
func ownerAt(a *article.Article, k int) bool {
	return a.Tokens[k].Kind == article.Word && k+1 < len(a.Tokens) && a.Tokens[k+1].Tag == article.POS && a.Tokens[k].End == a.Tokens[k+1].Start
}

// possessivePlaces splits a country or other place the lists know (or a
// body's word owning another body's name: the Bank's Monetary Policy
// Committee), and its possessive, from the body's name after it (Nigeria's National
// Commission for Museums and Monuments, Britain's Royal Navy: the place
// and the body), and finds that place before a body's name where no
// mention holds it (France's Ministry of Culture, read as the ministry
// alone). ms is in text order, and so is the result.
func possessivePlaces(a *article.Article, p *prepared, g *gazetteer, ms []Mention) []Mention {
	place := func(k int) bool { return p.toks[k].gaz.kind == gzGPE && ownerAt(a, k) }
	var out []Mention
	for i, m := range ms {
		f := m.Tokens.First
		placeAt := func(k int, conf float64) { // the place's one word, before m
			out = append(out, Mention{Span: a.Tokens[k].Span, Tokens: article.Range{First: k, Last: k + 1}, Label: GPE, Confidence: conf, Paragraph: m.Paragraph})
		}
		switch {
		case (m.Label == Org || m.Label == Fac) && m.Tokens.Len() >= 3 && place(f) && p.toks[f+2].upper:
			placeAt(f, m.Confidence)
			m.Tokens.First, m.Start = f+2, a.Tokens[f+2].Start
		case m.Label == Org && m.Tokens.Len() >= 4 && g.orgWords[p.words[f]] && ownerAt(a, f) && p.toks[f+2].upper && g.isOrgWord(p.words[m.Tokens.Last-1]):
			// the Bank's Monetary Policy Committee: a body's word and its
			// possessive before another body's name are two bodies
			out = append(out, Mention{Span: a.Tokens[f].Span, Tokens: article.Range{First: f, Last: f + 1}, Label: Org, Confidence: m.Confidence, Paragraph: m.Paragraph})
			m.Tokens.First, m.Start = f+2, a.Tokens[f+2].Start
		case (m.Label == Org || m.Label == Fac) && f >= 2 && place(f-2) && !(i > 0 && ms[i-1].Tokens.Last > f-2) && (f-2 == 0 || !p.toks[f-3].upper || opensSentence(a, f-2)):
			placeAt(f-2, 0.5)
		}
		out = append(out, m)
	}
	return out
}

// bareMark reports whether token k is a possessive's bare mark, ' or ’,
// written onto the word before it (the Farmers' Union, St Thomas'
// Hospital, Leeds Magistrates' Court).
func bareMark(a *article.Article, p *prepared, k int) bool {
	return (p.words[k] == "'" || p.words[k] == "’") && k > 0 && a.Tokens[k-1].End == a.Tokens[k].Start
}

// ownerPlurals are plurals of people's roles that own a body's name
// (Magistrates' Court, Farmers' Union, Teachers' Pension Scheme).
var ownerPlurals = map[string]bool{"Magistrates": true, "Farmers": true, "Teachers": true, "Workers": true, "Nurses": true,
	"Doctors": true, "Pensioners": true, "Parents": true, "Governors": true, "Councillors": true, "Engineers": true,
	"Drivers": true, "Pilots": true, "Journalists": true, "Writers": true, "Physicians": true, "Surgeons": true,
	"Midwives": true, "Veterans": true, "Officers": true, "Tenants": true, "Residents": true, "Employers": true,
	"Supporters": true, "Fans": true, "Members": true, "Players": true, "Students": true, "Passengers": true, "Shareholders": true, "Victims": true}

// innerCapital reports whether w, capitalized, has a capital inside after
// two small letters or more, as brands write (CalMarine, PayPal, SoftBank),
// and no surname's prefix before it (MacAskill, McDonald, DeSantis,
// LaGuardia, VanDyke, FitzGerald).
func innerCapital(w string) bool {
	if len(w) < 5 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	i := strings.IndexFunc(w[1:], unicode.IsUpper) + 1
	if i < 3 || i >= len(w)-1 || !unicode.IsLower(rune(w[i-1])) || !unicode.IsLower(rune(w[i+1])) {
		return false
	}
	switch w[:i] {
	case "Mac", "Mc", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "Fitz", "Del", "Della", "Dos", "Des":
		return false
	}
	return true
}

// camelCase reports whether w opens in lower case and holds a capital
// later (xAI, eBay, iHeartMedia).
func camelCase(w string) bool {
	return w != "" && w[0] >= 'a' && w[0] <= 'z' && strings.IndexFunc(w, unicode.IsUpper) > 0
}

// agentEnding reports whether w ends as a noun of a doer does and no
// given name (aquarist, technician; not Carter, Florian).
func agentEnding(w string) bool {
	return len(w) > 5 && (strings.HasSuffix(w, "ist") || strings.HasSuffix(w, "ician"))
}

// compassTails are the points of the compass that end the names of a
// place's parts and of seats (Kelby North, Ashby West).
var compassTails = map[string]bool{"North": true, "South": true, "East": true, "West": true, "Central": true}

// placeTail reports whether w ends a place's name and no person's (Lincoln
// City, Jackson County, Marlow Shire).
func placeTail(w string) bool { return w == "City" || w == "County" || w == "Shire" }

// pluralAgrees reports whether w is a verb's plural form that a
// collective's name takes in British English (Harbourside City have
// sacked, Kelby Town are …): a team's plural verbs (pluralVerbs) and
// "were", which a sentence's opening name does not take as a subjunctive.
func pluralAgrees(w string) bool { return pluralVerbs[w] || w == "were" }

// clubTail reports whether w ends a sports club's name: a word of
// clubWords, or Town, City or County after the place (Castleford Town,
// Stoke City, Derby County).
func clubTail(g *gazetteer, w string) bool {
	return g.clubWords[w] || w == "Town" || w == "City" || w == "County"
}

// orgLeads extends an organization's mention over a body's word that
// opens its sentence right before it and that no mention holds
// (University Hospitals of North Midlands NHS Trust, read without its
// first word), or over an adjective opening it before a plural that opens
// the mention (Natural Resources Wales, read without "Natural": a plural
// opens no body's name). ms is in text order.
func orgLeads(a *article.Article, p *prepared, g *gazetteer, ms []Mention) {
	for i := range ms {
		m := &ms[i]
		k := m.Tokens.First - 1
		if m.Label != Org || k < 0 || !p.toks[k].upper || a.Tokens[k].Kind != article.Word ||
			!g.orgWords[p.words[k]] && !(a.Tokens[k].Tag == article.JJ && m.Tokens.Len() >= 2 && a.Tokens[k+1].Tag == article.NNP && strings.HasSuffix(p.words[k+1], "s") && p.toks[k].gaz.kind == gzNone) ||
			!opensSentence(a, k) || a.SentenceOf(k) != a.SentenceOf(k+1) || i > 0 && ms[i-1].Tokens.Last > k {
			continue // (not a headline's last word: Trust, then the body's Hallam Foods)
		}
		m.Tokens.First, m.Start = k, a.Tokens[k].Start
	}
}

// personalTitles stand only before a person's name (Dr Hong Chen, read
// as nobody after "lead author"; a member's letters, memberLetters, do too).
var personalTitles = map[string]bool{"Dr": true, "Dr.": true, "Prof": true, "Prof.": true, "Professor": true,
	"Mr": true, "Mr.": true, "Mrs": true, "Mrs.": true, "Ms": true, "Ms.": true, "Dame": true}

// memberLetters are the letters of a member of a parliament or assembly,
// written after the seat they hold (Hull North MP) and, like a personal
// title, before the name (Local MSP Alasdair Aird).
var memberLetters = map[string]bool{"MP": true, "MSP": true, "MEP": true, "MLA": true}

// serviceWords are the services a public body's name joins with "and"
// (Fire and Rescue, Health and Safety, Culture, Media and Sport).
var serviceWords = map[string]bool{"Fire": true, "Rescue": true, "Ambulance": true, "Police": true, "Crime": true, "Health": true,
	"Safety": true, "Social": true, "Care": true, "Education": true, "Skills": true, "Culture": true, "Media": true, "Sport": true,
	"Science": true, "Technology": true, "Energy": true, "Climate": true, "Environment": true, "Food": true, "Rural": true,
	"Housing": true, "Transport": true, "Trade": true, "Industry": true, "Innovation": true, "Justice": true, "Security": true,
	"Work": true, "Pensions": true, "Business": true, "Communities": true, "Families": true, "Schools": true}

// serviceLists joins a body's mention ending in a service's word after
// "for" or "of", a list of services after it (", Food" …) and a last one
// after "and", read as another mention or none, into one body (the
// Department for Environment, Food and Rural Affairs, read as two). ms is
// in text order, and so is the result.
func serviceLists(a *article.Article, p *prepared, ms []Mention) []Mention {
	for i := 0; i < len(ms); i++ {
		m := &ms[i]
		k := m.Tokens.Last
		if m.Label != Org || m.Tokens.Len() < 3 || !serviceWords[p.words[k-1]] || p.words[k-2] != "for" && p.words[k-2] != "of" {
			continue
		}
		for k+1 < len(p.words) && p.words[k] == "," && serviceWords[p.words[k+1]] && (i+1 >= len(ms) || ms[i+1].Tokens.First > k+1) {
			k += 2
		}
		if k+1 >= len(p.words) || p.words[k] != "and" || !serviceWords[p.words[k+1]] || a.SentenceOf(k+1) != a.SentenceOf(m.Tokens.First) {
			continue
		}
		end, next := k+2, i+1
		if next < len(ms) && ms[next].Tokens.First == k+1 {
			end, next = ms[next].Tokens.Last, next+1 // (Rural Affairs, a mention of its own)
		} else if next < len(ms) && ms[next].Tokens.First <= k+1 {
			continue
		} else if end < len(p.words) && p.toks[end].upper && a.Tokens[end].Kind == article.Word && (next >= len(ms) || ms[next].Tokens.First > end) {
			end++ // (Rural Affairs, left out)
		}
		m.Tokens.Last, m.End = end, a.Tokens[end-1].End
		ms = slices.Delete(ms, i+1, next)
	}
	return ms
}

// andNames extends an organization's mention over a capitalized word and
// "and" before it, after "the", when a word of it is a body's
// (Federation, Court): the Food and Drink Federation, read as Drink
// Federation; the Newfoundland and Labrador Court of Appeal, read as a
// place and a court. The word is no mention's, or a place's of that one
// word, which the body's name takes in; after a preposition, only such a
// place's (Kate Rowe of Avon and Somerset Police); so does one opening its
// sentence (Avon and Somerset Police said …), and one before a police
// force's name of two words after any preposition (released through Avon
// and Somerset Police). A mention of two words
// or more before the "and", ending in a service's word, joins a body
// whose name starts with another (Avon Fire and Rescue Service), and so
// do a service's word and "and" before it the model left out, with the
// place's word before them (Somerset Fire and Rescue Service, read as
// Rescue Service); a place and "and" opening the sentence before a name
// so joined are the body's too (Devon and Somerset Fire and Rescue
// Service said). ms is in text order, and so is the result.
func andNames(a *article.Article, p *prepared, g *gazetteer, ms []Mention) []Mention {
	var drop []int // the places taken in, in order
	for i := range ms {
		m := &ms[i]
		f := m.Tokens.First
		if m.Label == Org && m.Tokens.Len() >= 2 && f >= 3 && serviceWords[p.words[f]] && p.words[f-1] == "and" && serviceWords[p.words[f-2]] &&
			g.isOrgWord(p.words[m.Tokens.Last-1]) && a.SentenceOf(f-2) == a.SentenceOf(f) && (i == 0 || ms[i-1].Tokens.Last <= f-2) {
			// Devon and Somerset Fire and Rescue Service, read as Rescue
			// Service: the service's word before "and", and one
			// capitalized word before it no mention holds (the place), in
			// a name ending in a body's word (not Food and Rural Affairs,
			// a department's services)
			n := f - 2
			if n-1 >= 0 && p.toks[n-1].upper && a.Tokens[n-1].Kind == article.Word && a.Tokens[n-1].Tag.IsProperNoun() && a.SentenceOf(n-1) == a.SentenceOf(f) && (i == 0 || ms[i-1].Tokens.Last <= n-1) {
				n--
			}
			m.Tokens.First, m.Start = n, a.Tokens[n].Start
			f = n
		}
		if m.Label != Org || m.Tokens.Len() < 2 || f < 2 || p.words[f-1] != "and" || !p.toks[f-2].upper || a.Tokens[f-2].Kind != article.Word {
			continue
		}
		if n := companyAnd(a, p, g, ms, i); n < f {
			m.Tokens.First, m.Start = n, a.Tokens[n].Start // Pacific Gas and Electric Co
			continue
		}
		lead := opensSentence(a, f-2) && a.Tokens[f-2].Tag.IsProperNoun() // Avon and Somerset Police said …, read as Somerset Police (not He and …)
		if f < 3 && !lead {
			continue
		}
		if prev := ms[max(i-1, 0)]; i > 0 && prev.Tokens.Last == f-1 &&
			// Cheshire West and Chester Council, read as a person and a
			// body: two places a council's name joins
			(prev.Tokens.Len() <= 3 && (prev.Label == GPE || prev.Label == Loc || prev.Label == Person) && p.words[m.Tokens.Last-1] == "Council" &&
				(prev.Tokens.First == 0 || opensSentence(a, prev.Tokens.First) || a.Tokens[prev.Tokens.First-1].Tag == article.DT || a.Tokens[prev.Tokens.First-1].Tag == article.IN) ||
				// Avon Fire and Rescue Service, read as a place and a
				// body: the services a public body's name joins are one
				// name
				// (read as a person too, with no given name first:
				// Wessex Fire)
				prev.Tokens.Len() >= 2 && (prev.Label != Person || !g.givenName(p.words[prev.Tokens.First])) && serviceWords[p.words[f-2]] && serviceWords[p.words[f]]) {
			drop = append(drop, i-1)
			m.Tokens.First, m.Start = prev.Tokens.First, prev.Start
			// Devon and Somerset Fire and Rescue Service said: a place
			// and "and" opening the sentence before the joined name (a
			// mention of the place alone dropped)
			if f = m.Tokens.First; f >= 2 && p.words[f-1] == "and" && p.toks[f-2].upper && a.Tokens[f-2].Kind == article.Word && opensSentence(a, f-2) {
				if i >= 2 && ms[i-2].Tokens.Last > f-2 {
					if ms[i-2].Tokens.First != f-2 || ms[i-2].Tokens.Last != f-1 {
						continue
					}
					drop = append(drop, i-2)
				}
				m.Tokens.First, m.Start = f-2, a.Tokens[f-2].Start
			}
			continue
		}
		after := f >= 3 && a.Tokens[f-3].Tag == article.IN // (of Avon and Somerset Police)
		if !after && !lead && !strings.EqualFold(p.words[f-3], "the") || !slices.ContainsFunc(p.words[f:m.Tokens.Last], g.isOrgWord) {
			continue
		}
		if i > 0 && ms[i-1].Tokens.Last > max(f-3, 0) {
			if prev := ms[i-1]; prev.Label != GPE || prev.Tokens.First != f-2 || prev.Tokens.Last != f-1 {
				continue
			}
			drop = append(drop, i-1)
		} else if after && !(m.Tokens.Len() == 2 && p.words[m.Tokens.Last-1] == "Police") {
			continue // (released through Avon and Somerset Police: two areas' police, one force)
		}
		m.Tokens.First, m.Start = f-2, a.Tokens[f-2].Start
	}
	slices.Sort(drop)
	for k := len(drop) - 1; k >= 0; k-- {
		ms = slices.Delete(ms, drop[k], drop[k]+1)
	}
	return ms
}

// companyAnd returns where a company's name at ms[i] starts when it
// takes in the two capitalized words before its "and" (Pacific Gas and
// Electric Co, read as Electric Co): its last word a company's (Co, Inc,
// Ltd), the two words no mention's, opening the sentence or after "the";
// else the mention's first token.
func companyAnd(a *article.Article, p *prepared, g *gazetteer, ms []Mention, i int) int {
	m := ms[i]
	f := m.Tokens.First
	if f < 3 || !g.companyWords[p.words[m.Tokens.Last-1]] || i > 0 && ms[i-1].Tokens.Last > f-3 {
		return f
	}
	n := f - 3
	if !p.toks[n].upper || !p.toks[n+1].upper || a.Tokens[n].Kind != article.Word || a.Tokens[n+1].Kind != article.Word ||
		!opensSentence(a, n) && !(n > 0 && strings.EqualFold(p.words[n-1], "the")) {
		return f
	}
	return n
}

// jobApposed returns the end of a name of one to three capitalized proper
// nouns at token i, no list's and no body's, place's or facility's words,
// when a comma follows it and then a description whose words, up to the
// next comma or the sentence's end (limit), hold after a determiner a job
// in lower case (the name of two words or three is its holder, a
// person: Karoline Lumley, the White House press secretary,; said Giles
// Bristock, its chief executive) or a noun a company or body is called by
// (an organization: Ofwat, the water regulator,); else i.
func jobApposed(a *article.Article, p *prepared, g *gazetteer, i, limit int) (int, Label) {
	if s := a.SentenceOf(i); i > a.Sentences[s].Tokens.First && p.toks[i-1].upper && a.Tokens[i-1].Kind == article.Word {
		return i, None // (the end of a longer capitalized name: America Rising PAC, Our Principles PAC)
	}
	end := i
	for end < limit && end < i+3 && p.toks[end].upper && a.Tokens[end].Kind == article.Word && a.Tokens[end].Tag == article.NNP && p.toks[end].gaz.kind == gzNone &&
		len(p.words[end]) > 1 && !g.isOrgWord(p.words[end]) && !g.facWords[p.words[end]] && !g.locWords[p.words[end]] && !g.isTitleWord(p.words[end]) {
		end++
	}
	if end == i || end+2 >= limit || p.words[end] != "," {
		return i, None
	}
	switch strings.ToLower(p.words[end+1]) {
	case "the", "a", "an", "its", "his", "her", "their":
	default:
		return i, None
	}
	for k := end + 2; k < limit && k < end+9; k++ {
		w := p.words[k]
		if w == "," || a.Tokens[k].Kind == article.Punct {
			break
		}
		if p.toks[k].upper {
			continue
		}
		if (g.jobLower[w] || apposedRoles[w]) && end-i >= 2 {
			return end, Person
		}
		if g.companyNouns[w] && (k+1 >= limit || p.words[k+1] == "," || a.Tokens[k+1].Tag == article.VBN || p.words[k+1] == "that" || p.words[k+1] == "which") && !g.givenName(p.words[i]) {
			return end, Org // (its last word, or a clause on it after: a start-up backed by …; not the company's chief executive)
		}
	}
	return i, None
}

// apposedRoles are jobs in lower case, besides those written as titles,
// that make the name set off before them a person's (its chief
// executive, a senior lecturer).
var apposedRoles = map[string]bool{
	"executive": true, "director": true, "founder": true, "co-founder": true, "chair": true, "officer": true, "head": true,
	"manager": true, "analyst": true, "lecturer": true, "researcher": true, "editor": true, "author": true, "adviser": true,
	"advisor": true, "consultant": true, "partner": true, "owner": true, "organiser": true, "organizer": true, "campaigner": true,
}

// endsLongerBody reports whether a body's name of more words among ms ends
// in words (the Sacramento River Cats, for the River Cats).
func endsLongerBody(p *prepared, ms []Mention, words []string) bool {
	for _, m := range ms {
		if n := m.Tokens.Len(); m.Label == Org && n > len(words) && slices.Equal(p.words[m.Tokens.Last-len(words):m.Tokens.Last], words) {
			return true
		}
	}
	return false
}

// leadingLocWord reports whether w opens a geographic name before the
// name itself: the River Severn, Lake Tana, Loch Ness, Lough Neagh, Mount
// Kenya, Mont Blanc; the Gaelic and Welsh words of hills (Beinn Alligin,
// Sgurr Alasdair, Meall Dubh, Stob Ban, Moel Famau, Mynydd Mawr).
func leadingLocWord(w string) bool {
	switch w {
	case "River", "Lake", "Loch", "Lough", "Mount", "Mont", "Beinn", "Sgurr", "Sgùrr", "Meall", "Stob", "Moel", "Mynydd":
		return true
	}
	return false
}

// placeOffices are the offices and services only a place has, in lower
// case after its name (the Riverton mayor, Leeds councillors).
var placeOffices = map[string]bool{"mayor": true, "mayoral": true, "councillor": true, "councillors": true, "councilman": true, "councilwoman": true, "residents": true}

// nationOffices are the offices and bodies a nation has, in lower case
// after its name's possessive (Kestria's foreign minister, Kestria's
// capital); a leader's too (the premier's ministers), so only for a name
// no person bears and no title opens.
var nationOffices = map[string]bool{"minister": true, "ministers": true, "ambassador": true, "embassy": true, "capital": true, "parliament": true}

// officeAfter reports whether the words from token k are one of offices,
// after a possessive (required when possessive is true) and an adjective
// or two (Riverton's current mayor, the Riverton mayor, Kestria's foreign
// minister).
func officeAfter(a *article.Article, p *prepared, k int, possessive bool, offices map[string]bool) bool {
	if k < len(a.Tokens) && a.Tokens[k].Tag == article.POS {
		k++
	} else if possessive {
		return false
	}
	for n := 0; n < 2 && k < len(a.Tokens) && a.Tokens[k].Tag == article.JJ; n++ {
		k++
	}
	return k < len(a.Tokens) && !p.toks[k].upper && offices[p.words[k]]
}

// isleOf reports whether tokens first to end open with a geographic word
// of geoOf and "of" and a capitalized word: the Isle of Carra, the Firth
// of Lorne, the Bay of Biscay.
func isleOf(p *prepared, first, end int) bool {
	return end-first >= 3 && geoOf[p.words[first]] && p.words[first+1] == "of" && p.toks[first+2].upper
}

// geoOf are the geographic words a place's name opens with before "of".
var geoOf = map[string]bool{"Isle": true, "Isles": true, "Firth": true, "Bay": true, "Gulf": true, "Sea": true, "Strait": true, "Straits": true, "Vale": true, "Cape": true}

// possessiveOwners are the words before "'s" that open a body's or a
// building's name besides a saint's, or stand inside one (King's College,
// Children's Hospital, Kelby Coroner's Court).
var possessiveOwners = map[string]bool{"King": true, "Queen": true, "Children": true, "Women": true, "Guy": true, "Coroner": true, "People": true}

// possessiveNames makes one mention of a possessive name of a building or
// a body whose head word the model left out (refine's possessedHead
// joins one it read to its possessor): St Thomas' Hospital (read as the
// person St Thomas), St Paul's Cathedral, King's College London, the
// Democratic Women's Club of Florida. The owner is a saint's name (St,
// St. or Saint and one or two capitalized words) or a word of
// possessiveOwners (with up to two capitalized words before it), then
// "'s" or an apostrophe, then capitalized words, up to four, whose first
// three hold a head word of a facility's name or a body's (the last head
// word gives the label: FAC or ORG), and a body's "of" and place; the
// mentions inside the span are taken in, and none may run past it. Not
// in a headline, where every word may be capitalized. ms is in text
// order, and so is the result.
func possessiveNames(a *article.Article, p *prepared, g *gazetteer, ms []Mention) []Mention {
	var out []Mention
	j := 0 // the first mention of ms not yet copied to out
	for k := 1; k+1 < len(a.Tokens); k++ {
		if a.Tokens[k].Tag != article.POS || !p.toks[k+1].upper || a.Tokens[k+1].Kind != article.Word || !p.toks[k-1].upper {
			continue
		}
		sent := a.SentenceOf(k)
		if sent < 0 || a.Paragraphs[a.Sentences[sent].Paragraph].Kind == article.Headline {
			continue
		}
		first := k - 1 // the owner's first token
		switch {
		case possessiveOwners[p.words[k-1]]:
			for first > a.Sentences[sent].Tokens.First && first > k-3 && p.toks[first-1].upper && a.Tokens[first-1].Kind == article.Word {
				first-- // (Boston Children's Hospital, the Democratic Women's Club)
			}
		default:
			if first > 0 && saintWord(p.words[first-1]) {
				first--
			} else if first > 1 && p.toks[first-1].upper && saintWord(p.words[first-2]) {
				first -= 2
			} else {
				continue
			}
		}
		para := a.Sentences[sent].Paragraph
		end, label, headed := k+1, Org, false
		for i := k + 1; i < a.Sentences[sent].Tokens.Last && i < k+5 && p.toks[i].upper && a.Tokens[i].Kind == article.Word; i++ {
			head := g.facWords[p.words[i]] || g.orgWords[p.words[i]]
			if head && (i < k+4 || headed) {
				label, headed = Org, true // (the last head word's label: King's College Hospital, a facility)
				if g.facWords[p.words[i]] {
					label = Fac
				}
			}
			if !headed || head || p.toks[i].gaz.kind == gzGPE {
				end = i + 1 // (after the head, a place or another head word: King's College London)
			} else {
				break
			}
		}
		if !headed {
			continue
		}
		for end > k+1 && !g.facWords[p.words[end-1]] && !g.orgWords[p.words[end-1]] && p.toks[end-1].gaz.kind != gzGPE {
			end-- // (not past the last head word or place)
		}
		if label == Org && end+1 < len(a.Tokens) && p.words[end] == "of" {
			// the Democratic Women's Club of Florida: a body's place
			for _, m := range ms[j:] {
				if m.Tokens.First > end+1 {
					break
				}
				if m.Tokens.First == end+1 && m.Label == GPE {
					end = m.Tokens.Last
				}
			}
		}
		// The mentions the span takes in must lie inside it.
		lo := j
		for lo < len(ms) && ms[lo].Tokens.Last <= first {
			lo++
		}
		hi := lo
		for hi < len(ms) && ms[hi].Tokens.First < end {
			hi++
		}
		if lo < hi && ms[hi-1].Tokens.Last > end && (ms[hi-1].Label == Org || ms[hi-1].Label == Fac) && ms[hi-1].Tokens.First > k {
			end = ms[hi-1].Tokens.Last // (a body's name the model read from its head: the Democratic Women's Club of Florida)
		}
		if lo < hi && (ms[lo].Tokens.First < first || ms[hi-1].Tokens.Last > end) || hi == lo+1 && ms[lo].Tokens == (article.Range{First: first, Last: end}) {
			continue // (one the rules before read whole keeps its label)
		}
		out = append(out, ms[j:lo]...)
		out = append(out, ruleMention(a, article.Range{First: first, Last: end}, label, para))
		j = hi
		k = end - 1
	}
	if out == nil {
		return ms
	}
	return append(out, ms[j:]...)
}

// completeNames widens a mention that is the end of a longer name the
// article gives elsewhere, written out before it, to that name, with its
// label: the pending Judicial Watch case, where the model read only
// Watch. ms is in text order; no mention comes to overlap another.
func completeNames(a *article.Article, ms []Mention) {
	type name struct {
		tokens article.Range // its first mention's
		label  Label
	}
	byLast := map[string][]name{}
	seen := map[string]bool{} // each name once, however often the article writes it
	for _, m := range ms {
		if m.Tokens.Len() < 2 || m.Label == NORP || strings.EqualFold(a.TokenText(m.Tokens.First), "the") {
			continue // (not The Associated Press, where the article opens a sentence so)
		}
		if text := m.Text(a); seen[text] {
			continue
		} else {
			seen[text] = true
		}
		last := a.TokenText(m.Tokens.Last - 1)
		byLast[last] = append(byLast[last], name{m.Tokens, m.Label})
	}
	if len(byLast) == 0 {
		return
	}
	for i := range ms {
		m := &ms[i]
		n := m.Tokens.Len()
		if m.Label == NORP {
			continue // Democrats, not Reagan Democrats
		}
	names:
		for _, nm := range byLast[a.TokenText(m.Tokens.Last-1)] {
			extra := nm.tokens.Len() - n
			first := m.Tokens.First - extra
			if extra <= 0 || first < 0 || i > 0 && ms[i-1].Tokens.Last > first {
				continue
			}
			for j := range nm.tokens.Len() {
				if a.TokenText(first+j) != a.TokenText(nm.tokens.First+j) {
					continue names
				}
			}
			m.Tokens.First, m.Start, m.Label = first, a.Tokens[first].Start, nm.label
			break
		}
	}
}

// describedLeads cuts from an organization's name of three words or more
// a company's noun that opens its sentence, capitalized there (Developer
// Harrowgate Homes says …: the developer Harrowgate Homes), and from a
// name of two words read as a body or a person, leaving the body
// (Regulator Ofwat, Chipmaker Veltrix; not before a given name or a word
// the article writes in lower case).
func describedLeads(a *article.Article, p *prepared, g *gazetteer, ms []Mention) {
	for i := range ms {
		m := &ms[i]
		f := m.Tokens.First
		if m.Tokens.Len() < 2 || f != a.Sentences[a.SentenceOf(f)].Tokens.First || !p.toks[f+1].upper {
			continue // (the head of the name before "of": Union of …, Journal of …)
		}
		if m.Label != Org && m.Label != Person || m.Label == Person && m.Tokens.Len() != 2 {
			continue
		}
		if !inLower(p.words[f], g.companyNouns) && !inLower(p.words[f], makerNouns) {
			continue
		}
		switch {
		case m.Label == Org && m.Tokens.Len() >= 3:
			m.Tokens.First, m.Start = f+1, a.Tokens[f+1].Start
		case (m.Label == Org || m.Label == Person) && m.Tokens.Len() == 2 && !g.givenName(p.words[f+1]) && !p.doc.seenLower[p.toks[f+1].lower] &&
			g.lookup(p.words[f:f+2]) == gzNone && len(p.words[f+1]) > 2: // (not a name the lists know: Network Rail; nor Group F, a letter)
			// Regulator Ofwat will publish …, Chipmaker Veltrix said,
			// read as people: the body the noun describes
			m.Tokens.First, m.Start, m.Label = f+1, a.Tokens[f+1].Start, Org
		}
	}
}

// inLower reports whether set holds w in lower case, with no copy of an
// ASCII word of up to 32 bytes made (a sentence's first word, looked up
// for every mention opening one).
func inLower(w string, set map[string]bool) bool {
	var buf [32]byte
	if len(w) > len(buf) {
		return set[strings.ToLower(w)]
	}
	b := buf[:len(w)]
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return set[strings.ToLower(w)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return set[string(b)]
}

// theBody returns the end of two to six capitalized words from token i,
// before limit, after "the", one "and" between two of them allowed (the
// Health and Safety Executive), the last a body's word (Trust, Society;
// Executive not after a title: the Chief Executive; or a company's: the
// Brightwell Plastics site), no capitalized word after it nor "of" or
// "for" and one; i if none.
func theBody(a *article.Article, p *prepared, g *gazetteer, i, limit int) int {
	if i == 0 || !strings.EqualFold(p.words[i-1], "the") {
		return i
	}
	end := i
	and := false // (one "and" between two capitalized words: the Health and Safety Executive)
	for end < limit && end < i+6 && (p.toks[end].upper && (a.Tokens[end].Kind == article.Word || a.Tokens[end].Kind == article.Abbreviation) ||
		!and && end > i && p.words[end] == "and" && end+1 < limit && p.toks[end+1].upper && a.Tokens[end+1].Kind == article.Word) {
		and = and || p.words[end] == "and"
		end++
	}
	if end-i < 2 || end < limit && p.toks[end].upper || !g.isOrgWord(p.words[end-1]) && !bodyTail(g, p.words[end-1]) && !g.companyWords[p.words[end-1]] ||
		bodyTail(g, p.words[end-1]) && p.words[end-1] == "Executive" && g.isTitleWord(p.words[end-2]) || // (not the Chief Executive: a title)
		end+1 < limit && (p.words[end] == "of" || p.words[end] == "for") && p.toks[end+1].upper { // (the Legislative Assembly of Ontario: a longer name)
		return i
	}
	return end
}

// bodyTail reports whether w, a head word of bodies' names from the
// label-only list, ends one after "the" (the Housing Ombudsman, the Care
// Inspectorate); not Transport or Conference, which end a service's or
// an event's name as often (the Public Transport, the Paris Conference).
func bodyTail(g *gazetteer, w string) bool {
	return g.bodyHeads[w] && w != "Transport" && w != "Conference"
}

// sharesOwner returns the end of one or two capitalized proper nouns
// from token i, before limit, that a possessive and "shares" or "stock"
// and a finite verb follow (Veltria's shares closed lower), or those
// words with no possessive and a verb of shareMoves when no list knows
// the name's words (Cloudnest shares fell), with no given name first and
// no capitalized word before them; i if none.
func sharesOwner(a *article.Article, p *prepared, g *gazetteer, i, limit int) int {
	if !a.Tokens[i].Tag.IsProperNoun() || i > 0 && p.toks[i-1].upper && a.Tokens[i-1].Kind == article.Word {
		return i
	}
	end := i + 1
	if end < limit && p.toks[end].upper && a.Tokens[end].Tag.IsProperNoun() {
		end++
	}
	if end >= limit || g.givenName(p.words[i]) {
		return i
	}
	owner := end
	if a.Tokens[end].Tag == article.POS {
		end++ // Veltria's shares
	} else if p.toks[i].gaz.kind != gzNone || p.toks[end-1].gaz.kind != gzNone || end+1 >= limit || !shareMoves[p.words[end+1]] {
		return i // (Cloudnest shares fell; not European nor Kelby shares, which a list knows, nor Media shares blame)
	}
	if end+1 >= limit || p.words[end] != "shares" && p.words[end] != "stock" || !a.Tokens[end+1].Tag.IsFinite() {
		return i
	}
	return owner
}

// shareMoves are the verbs that say how shares moved (Cloudnest shares
// fell 6%).
var shareMoves = map[string]bool{"rose": true, "fell": true, "climbed": true, "dropped": true, "jumped": true, "slid": true, "slumped": true,
	"tumbled": true, "surged": true, "soared": true, "gained": true, "lost": true, "closed": true, "ended": true, "opened": true, "plunged": true,
	"sank": true, "rallied": true, "dipped": true, "edged": true, "traded": true, "rise": true, "fall": true, "rises": true, "falls": true}

// describedNames joins to a name the one or two capitalized words before
// it the model left out when a company's noun in lower case stands right
// before them (the campaign group Clean Rivers Kelton, read as the person
// Rivers Kelton): the name's first words, not a given name nor a title
// (the charity's Director Mary Cole), before a name that opens with no
// given name; and the capitalized words after such a name the model left
// out (the residents' group Kelmford Flood Action, read as Kelmford).
// companyNames then reads it as the body the noun calls it. ms is in text
// order.
func describedNames(a *article.Article, p *prepared, g *gazetteer, ms []Mention) {
	for i := range ms {
		m := &ms[i]
		k := m.Tokens.First
		if k < 2 || !p.toks[k-1].upper || g.givenName(p.words[k]) {
			continue // (most names: no capitalized word before them)
		}
		j := k
		for j > 1 && j > k-2 && p.toks[j-1].upper && a.Tokens[j-1].Kind == article.Word && !g.givenName(p.words[j-1]) && (!g.isTitleWord(p.words[j-1]) || titleAsName(p, g, m, j)) && (i == 0 || ms[i-1].Tokens.Last < j) {
			j--
		}
		if j == k || p.toks[j-1].upper || a.Tokens[j-1].Kind != article.Word || !g.companyNouns[p.words[j-1]] {
			continue
		}
		m.Tokens.First, m.Start = j, a.Tokens[j].Start
	}
	// and the capitalized proper nouns after a name right after such a
	// noun, up to three before a word in lower case or punctuation (the
	// residents' group Kelmford Flood Action said, read as Kelmford)
	for i := range ms {
		m := &ms[i]
		k, e := m.Tokens.First, m.Tokens.Last
		if k < 1 || p.toks[k-1].upper || a.Tokens[k-1].Kind != article.Word || !g.companyNouns[p.words[k-1]] {
			continue
		}
		for e < len(p.words) && e < m.Tokens.Last+3 && p.toks[e].upper && a.Tokens[e].Kind == article.Word && a.Tokens[e].Tag.IsProperNoun() &&
			(i+1 >= len(ms) || ms[i+1].Tokens.First > e) && a.SentenceOf(e) == a.SentenceOf(k) {
			e++
		}
		if e > m.Tokens.Last && e < len(p.words) && !p.toks[e].upper {
			m.Tokens.Last, m.End = e, a.Tokens[e-1].End
		}
	}
}

// describedFor joins to a body's name a company's noun in lower case
// stands right before "for" and one to three capitalized words after it,
// which a verb or punctuation follows (the patients' group Voice for
// Halden said, read as the body Voice and the person Halden), dropping
// the mentions inside. ms is in text order; the result reuses it.
func describedFor(a *article.Article, p *prepared, g *gazetteer, ms []Mention) []Mention {
	n := len(a.Tokens)
	for i := 0; i < len(ms); i++ {
		m := &ms[i]
		f, l := m.Tokens.First, m.Tokens.Last
		if m.Label != Org || f == 0 || l+1 >= n || p.words[l] != "for" || p.toks[f-1].upper || !g.companyNouns[p.words[f-1]] {
			continue
		}
		end := l + 1
		for end < n && end < l+4 && p.toks[end].upper && a.Tokens[end].Kind == article.Word {
			end++
		}
		if end == l+1 || end < n && a.Tokens[end].Kind != article.Punct && !a.Tokens[end].Tag.IsVerb() && a.Tokens[end].Tag != article.MD {
			continue
		}
		if a.SentenceOf(end-1) != a.SentenceOf(f) {
			continue
		}
		m.Tokens.Last, m.End = end, a.Tokens[end-1].End
		ms, i = swallow(ms, i)
	}
	return ms
}

// describedWhole takes into a name an appositive calls a company or
// another body (companyNamed) the capitalized words before it, joined by
// "and", "of" or "for", back to the "the" that opens them (The
// Pharmaceutical Research and Manufacturers of America, the industry's
// main lobbying group, said: read as the place America), dropping the
// mentions inside, and labels it an organization. ms is in text order;
// the result reuses it.
func describedWhole(a *article.Article, p *prepared, g *gazetteer, ms []Mention) []Mention {
	for i := 0; i < len(ms); i++ {
		m := &ms[i]
		f := m.Tokens.First
		if f < 2 || !(p.toks[f-1].upper && a.Tokens[f-1].Kind == article.Word || joinWords[p.words[f-1]] && p.toks[f-2].upper) {
			continue // (most names: no capitalized word nor small word before them)
		}
		j := f
		for j > 1 && j > f-8 && a.SentenceOf(j-1) == a.SentenceOf(f) && (p.toks[j-1].upper && a.Tokens[j-1].Kind == article.Word && !strings.EqualFold(p.words[j-1], "the") ||
			joinWords[p.words[j-1]] && p.toks[j-2].upper && a.Tokens[j-2].Kind == article.Word) {
			j--
		}
		if j == f || !strings.EqualFold(p.words[j-1], "the") || joinWords[p.words[j]] || !companyNamed(a, p, g, *m) {
			continue
		}
		k := i
		for k > 0 && ms[k-1].Tokens.Last > j {
			k--
		}
		if k > 0 && ms[k-1].Tokens.Last == j {
			continue // (a mention holds the "the")
		}
		m.Tokens.First, m.Start, m.Label = j, a.Tokens[j].Start, Org
		ms, i = swallow(ms, i)
	}
	return ms
}

// swallow drops from ms, in text order, the mentions that ms[i], just
// widened, now overlaps, and returns ms and ms[i]'s new index.
func swallow(ms []Mention, i int) ([]Mention, int) {
	r := ms[i].Tokens
	lo, hi := i, i+1
	for lo > 0 && ms[lo-1].Tokens.Last > r.First {
		lo--
	}
	for hi < len(ms) && ms[hi].Tokens.First < r.Last {
		hi++
	}
	ms[lo] = ms[i]
	return append(ms[:lo+1], ms[hi:]...), lo
}

// joinWords are the small words that may join the capitalized words of a
// body's name (Research and Manufacturers, Bank of England, Campaign for
// Fair Pay).
var joinWords = map[string]bool{"and": true, "of": true, "for": true}

// titleAsName reports whether the title word before token j, right
// before the one word of m, is the first word of a body's name a
// company's noun in lower case stands before (the advocacy group Justice
// Watch, read as the person Watch titled Justice; not the union's General
// Secretary Lyall, two title words, nor the charity's Director Mary Cole,
// a possessive).
func titleAsName(p *prepared, g *gazetteer, m *Mention, j int) bool {
	return j == m.Tokens.First && m.Tokens.Len() == 1 && j >= 2 && !p.toks[j-2].upper && g.companyNouns[p.words[j-2]]
}

// lowerLead reports whether token k opens sentence s before a common
// noun in lower case and the article writes its word in lower case too:
// a capital the sentence gives a common noun (Rail strike: …), not a
// body's short name (State has told lawmakers).
func lowerLead(a *article.Article, p *prepared, s article.Range, k int) bool {
	return k == s.First && k+1 < s.Last && p.doc.seenLower[p.toks[k].lower] && !p.toks[k+1].upper && a.Tokens[k+1].Tag.IsNoun()
}

// bodyWordNames reads a body's word alone that the model took for a
// person (The Education Authority said, read as the person Authority),
// after "the" and one to four capitalized words it left out, as the
// body's name: those words and the body's word. ms is in text order.
func bodyWordNames(a *article.Article, p *prepared, g *gazetteer, ms []Mention) {
	for i := range ms {
		m := &ms[i]
		k := m.Tokens.First
		if m.Label != Person || m.Tokens.Len() != 1 || !g.orgWords[p.words[k]] || k < 2 || !p.toks[k-1].upper {
			continue
		}
		j := k
		for j > 1 && j > k-4 && p.toks[j-1].upper && a.Tokens[j-1].Kind == article.Word && a.Tokens[j-1].Tag.IsProperNoun() && (i == 0 || ms[i-1].Tokens.Last < j) {
			j--
		}
		if j == k || !strings.EqualFold(p.words[j-1], "the") {
			continue
		}
		m.Tokens.First, m.Start, m.Label = j, a.Tokens[j].Start, Org
	}
}

// pluralLeads cuts from a name of two words or more a plural common noun
// that opens its sentence, capitalized there (Headliners Coldplay will
// …, Residents Ann Lee and …), when no list knows the word, it is no
// given name and it ends as plurals of people do (-ers, -ents, -ists …;
// not Dries Wouterse, the Places Rated Almanac).
func pluralLeads(a *article.Article, p *prepared, g *gazetteer, ms []Mention) {
	for i := range ms {
		m := &ms[i]
		f := m.Tokens.First
		if m.Tokens.Len() < 2 || a.Tokens[f].Tag != article.NNS || !opensSentence(a, f) || !p.toks[f+1].upper ||
			p.toks[f].gaz.kind != gzNone || g.givenName(p.words[f]) || !peoplePlural(p.words[f]) {
			continue
		}
		m.Tokens.First, m.Start = f+1, a.Tokens[f+1].Start
	}
}

// townPreps are the prepositions before a town that a county or a state
// may follow, set off by commas (in Aberporth, Ceredigion, …).
var townPreps = map[string]bool{"in": true, "In": true, "near": true, "at": true, "from": true, "of": true, "outside": true, "around": true}

// areaAfterTown returns, as places, the single capitalized words the
// model left out that follow a place after a preposition of place, set
// off by commas, before a comma or the sentence's end: the county,
// region or state the town is in (In Aberporth, Ceredigion, a roof …;
// near Ava, Missouri.). Not a word any mention holds, a given name, a
// title, a month or day, a person's surname in the article, nor one
// before an age or a relative pronoun (In Leeds, Vane, 45, …), nor a
// word of three letters or fewer.
func areaAfterTown(a *article.Article, p *prepared, g *gazetteer, ms []Mention) []Mention {
	var out []Mention
	var surnames map[string]int
	for i, m := range ms {
		k := m.Tokens.Last + 1 // the word after the comma
		if m.Label != GPE || m.Tokens.First == 0 || !townPreps[p.words[m.Tokens.First-1]] || k+1 >= len(a.Tokens) || p.words[k-1] != "," ||
			a.SentenceOf(k+1) != a.SentenceOf(m.Tokens.First) || i+1 < len(ms) && ms[i+1].Tokens.First <= k {
			continue
		}
		w := p.words[k]
		if t := a.Tokens[k]; t.Kind != article.Word || t.Tag != article.NNP || !p.toks[k].upper || strings.ToUpper(w) == w || len(w) < 4 || // (S. F., Cal.: an abbreviation, the model's to read)
			g.givenName(w) || g.isTitleWord(w) || article.IsMonth(w) || weekdays[w] || p.toks[k].gaz.kind != gzNone && p.toks[k].gaz.kind != gzGPE {
			continue
		}
		switch after := p.words[k+1]; {
		case after == "." || after == ";":
		case after == ",":
			if k+2 < len(a.Tokens) && (a.Tokens[k+2].Tag == article.CD || a.Tokens[k+2].Tag == article.WP) {
				continue // (Vane, 45,; Vane, who …: a person)
			}
			if k+3 < len(a.Tokens) && p.toks[k+2].upper && p.words[k+3] == "," {
				continue // (the law firm of Skadden, Arps, Slate, …: a list of names)
			}
		default:
			continue
		}
		if surnames == nil {
			surnames = personSurnames(a, p, ms)
		}
		if surnames[w] != 0 {
			continue
		}
		out = append(out, ruleMention(a, article.Range{First: k, Last: k + 1}, GPE, m.Paragraph))
	}
	return out
}

// nearPlaces labels a place a body or person the model read right before
// ", near" and a place (the festival at Ashby Marsh, near Tewkesbury):
// what is near a place is one. ms is in text order.
func nearPlaces(a *article.Article, p *prepared, ms []Mention) {
	for i := 0; i+1 < len(ms); i++ {
		m, n := &ms[i], ms[i+1]
		k := m.Tokens.Last
		if (m.Label == Org || m.Label == Person) && k+2 == n.Tokens.First && p.words[k] == "," && p.words[k+1] == "near" && (n.Label == GPE || n.Label == Loc) {
			m.Label = GPE
		}
	}
}

// facilityPlaces labels a place the one word the model read as a body
// where the article names a facility of two words after it, of a kind a
// town names (Wellsford Cathedral, then the Dean of Wellsford, trains to
// Wellsford; not the Tesco Stadium, then shares in Tesco): after a
// place's preposition, "of" or "to", the word alone is the place the
// facility is named for, where no body's longer name opens with it and
// no list knows it (HP, of the HP Way, is a company).
func facilityPlaces(p *prepared, g *gazetteer, ms []Mention) {
	var places []string // (a few at most)
	for _, m := range ms {
		if m.Label == Fac && m.Tokens.Len() == 2 && townFacilities[p.words[m.Tokens.Last-1]] && p.toks[m.Tokens.First].gaz.kind == gzNone {
			places = append(places, p.words[m.Tokens.First])
		}
	}
	if places == nil {
		return
	}
	for _, m := range ms {
		if m.Label == Org && m.Tokens.Len() > 1 {
			places = slices.DeleteFunc(places, func(w string) bool { return w == p.words[m.Tokens.First] })
		}
	}
	for i := range ms {
		m := &ms[i]
		f := m.Tokens.First
		if m.Label == Org && m.Tokens.Len() == 1 && slices.Contains(places, p.words[f]) &&
			(afterPlaceWord(p, f) || f > 0 && (p.words[f-1] == "of" || p.words[f-1] == "to")) {
			m.Label = GPE
		}
	}
}

// townFacilities are the facilities' words a town's name opens as a rule
// (Wellsford Cathedral, Kelby Station), where a stadium's or an arena's
// name may be a sponsor's.
var townFacilities = map[string]bool{"Cathedral": true, "Station": true, "Airport": true, "Abbey": true, "Castle": true, "Harbour": true,
	"Harbor": true, "Bridge": true, "Prison": true, "Minster": true, "Pier": true, "Priory": true}

// peoplePlural reports whether w ends as plurals of people's nouns do
// (Headliners, Residents, Campaigners, Scientists, Historians).
func peoplePlural(w string) bool {
	for _, s := range []string{"ers", "ors", "ents", "ants", "ists", "ians", "ees"} {
		if strings.HasSuffix(w, s) && len(w) > len(s)+2 {
			return true
		}
	}
	return false
}

// branchTails cuts from an organization's name a possessive and the
// capitalized word after it that a branch's noun in lower case follows
// (the Royal College of Nursing's Northshire branch: the college; the
// branch is no name).
func branchTails(a *article.Article, p *prepared, ms []Mention) {
	for i := range ms {
		m := &ms[i]
		k, e := m.Tokens.Last-2, m.Tokens.Last
		if m.Label != Org || k-1 <= m.Tokens.First || a.Tokens[k].Tag != article.POS || !p.toks[k+1].upper || e >= len(a.Tokens) || !branchNouns[p.words[e]] {
			continue
		}
		m.Tokens.Last, m.End = k, a.Tokens[k-1].End
	}
}

// ownersTails joins to a body's name that ends in a plural the bare
// possessive after it and the body's word that follows, which the model
// left out (the National Federation of Farmers' Unions, read as the
// National Federation of Farmers). ms is in text order.
func ownersTails(a *article.Article, p *prepared, g *gazetteer, ms []Mention) {
	for i := range ms {
		m := &ms[i]
		k := m.Tokens.Last
		if m.Label != Org || k+1 >= len(a.Tokens) || a.Tokens[k].Tag != article.POS || (p.words[k] != "'" && p.words[k] != "’") ||
			a.Tokens[k].Start != a.Tokens[k-1].End || !strings.HasSuffix(p.words[k-1], "s") ||
			!p.toks[k+1].upper || !g.orgWords[p.words[k+1]] && !g.orgPlural(p.words[k+1]) || i+1 < len(ms) && ms[i+1].Tokens.First <= k+1 {
			continue
		}
		m.Tokens.Last, m.End = k+2, a.Tokens[k+1].End
	}
}

// branchNouns name a part of a body after the place it serves (the
// union's Leeds branch, the party's Welsh office).
var branchNouns = map[string]bool{"branch": true, "branches": true, "office": true, "division": true, "chapter": true, "region": true}

// makerNouns are nouns that call a company by what it makes or does
// and a person too (the developer Arthur Cohen), left out of
// companynouns.txt: before one word that is no given name, a company
// (Energy supplier Brightwave); set off by commas after one, the body
// it names (The developer, Stortside Living, said: bodyAppositive).
var makerNouns = map[string]bool{"supplier": true, "developer": true, "producer": true, "publisher": true, "manufacturer": true, "miner": true, "operator": true, "housebuilder": true, "distributor": true, "wholesaler": true}

// worksNouns are companyNouns for publications and bands, whose names
// open with a given name as often as a person's do (the journal Marine
// Ecology Letters, the band Florence and the Hollows) but never name the
// person the noun calls: a name right after one is the body's.
var worksNouns = map[string]bool{"journal": true, "magazine": true, "newspaper": true, "tabloid": true, "website": true, "band": true, "orchestra": true, "choir": true}

// makerPlaces gives the organization's label to a name set off after a
// maker's noun a person may bear too (publisher, developer) that was read
// as a place (Her publisher, Canongate Harbour, said …: a building by its
// last word), or as a person when no given name opens it (The pipeline's
// developer, Allegheny Midstream,): the company. ms is in text order.
func makerPlaces(a *article.Article, p *prepared, g *gazetteer, ms []Mention) {
	for i := range ms {
		m := &ms[i]
		if f, l := m.Tokens.First, m.Tokens.Last; (m.Label.IsPlace() || m.Label == Person && l-f >= 2 && !g.givenName(p.words[f]) && !g.isTitleWord(p.words[f])) &&
			f >= 3 && l < len(p.words) && p.words[f-1] == "," && p.words[l] == "," && makerPeople[p.words[f-2]] &&
			(a.Tokens[f-3].Tag == article.PRPS || a.Tokens[f-3].Tag == article.DT || a.Tokens[f-3].Tag == article.POS) {
			m.Label = Org
		}
	}
}

// makerPeople are the nouns of makers a person may be as well as a
// company (the developer Arthur Cohen), which companyNouns leave out.
var makerPeople = map[string]bool{"publisher": true, "developer": true, "producer": true, "manufacturer": true, "supplier": true}

// firmMakers are the makerNouns no person is called by before a name
// with a noun before them (bus operator, energy supplier; not a film
// producer or a software developer, jobs).
var firmMakers = map[string]bool{"operator": true, "supplier": true, "manufacturer": true, "distributor": true, "wholesaler": true, "housebuilder": true}

// oneWordMaker reports whether token k, in lower case, is one of
// makerNouns right before a name r of one word that is no given name.
func oneWordMaker(a *article.Article, p *prepared, g *gazetteer, k int, r article.Range) bool {
	return r.Len() == 1 && !p.toks[k].upper && a.Tokens[k].Kind == article.Word && makerNouns[p.words[k]] && !g.givenName(p.words[r.First])
}

// describedBody returns the end of one to four capitalized proper nouns
// from token i, before limit, that a comma follows and that a company's
// description names (companyNamed: Stop Kelby Expansion, a group
// representing …; tobacco company Altria,), with no given name nor word a
// list knows first, no day or month last, and no capitalized word before
// them; i if none.
func describedBody(a *article.Article, p *prepared, g *gazetteer, i, limit int) int {
	if !a.Tokens[i].Tag.IsProperNoun() || p.toks[i].gaz.kind != gzNone || g.givenName(p.words[i]) || g.isTitleWord(p.words[i]) ||
		i > 0 && p.toks[i-1].upper && a.Tokens[i-1].Kind == article.Word && !(opensSentence(a, i-1) && !a.Tokens[i-1].Tag.IsNoun()) { // (But Stop Kelby Expansion)
		return i
	}
	end := i + 1
	for end < limit && end < i+4 && p.toks[end].upper && a.Tokens[end].Kind == article.Word {
		end++
	}
	if end+2 >= limit || p.words[end] != "," || weekdays[p.words[end-1]] || article.IsMonth(p.words[end-1]) || !companyNamed(a, p, g, Mention{Tokens: article.Range{First: i, Last: end}}) {
		return i
	}
	return end
}

// companyHead reports whether token k is the common noun heading a
// company's description: lower case, no possessive after it (not the
// bank's chief executive).
func companyHead(a *article.Article, p *prepared, g *gazetteer, k int) bool {
	return a.Tokens[k].Kind == article.Word && !p.toks[k].upper && g.companyNouns[p.words[k]] &&
		!(k+1 < len(a.Tokens) && a.Tokens[k+1].Kind == article.Clitic)
}

// describing reports whether token k may stand inside a description
// before its head: the privately held software maker, the oil and gas
// company (not "of", "at", a determiner: the head of the company).
func describing(a *article.Article, k int) bool {
	t := a.Tokens[k]
	if t.Tag == article.POS && k > 0 && a.Tokens[k-1].Tag.IsNoun() {
		return true // the industry's main lobbying group: a possessive noun before the head
	}
	if t.Kind != article.Word && t.Kind != article.Number {
		return false
	}
	return t.Tag.IsNoun() || t.Tag.IsAdjective() || t.Tag == article.VBN || t.Tag == article.VBG ||
		t.Tag == article.RB || t.Tag == article.CD || t.Tag == article.CC
}

// describedAfter reports whether a company's description set off by a
// comma follows the name at tokens r (Lumora, the software maker,;
// Voltaris, a battery startup founded by …; a group representing …).
func describedAfter(a *article.Article, p *prepared, g *gazetteer, r article.Range) bool {
	n := len(a.Tokens)
	i := r.Last
	if i+2 >= n || a.TokenText(i) != "," {
		return false
	}
	if w := strings.ToLower(p.words[i+1]); w != "the" && w != "a" && w != "an" {
		return false
	}
	for k := i + 2; k < n && k < i+7; k++ {
		if companyHead(a, p, g, k) && (k+1 == n || a.Tokens[k+1].Kind == article.Punct || a.Tokens[k+1].Kind == article.Dash ||
			p.words[k+1] == "that" || p.words[k+1] == "which" || p.words[k+1] == "whose" ||
			a.Tokens[k+1].Tag == article.VBN || a.Tokens[k+1].Tag == article.VBG || a.Tokens[k+1].Tag == article.IN && p.words[k+1] != "of") { // (Voltaris, a battery startup founded by …, a firm in Leeds, a group representing …; not the Capitol, a group of …)
			return true
		}
		if !describing(a, k) {
			break
		}
	}
	return false
}

// companyNamed reports whether the name at tokens r stands beside a noun
// of companyNouns that heads an appositive (Lumora, the software maker,;
// the chipmaker Lumora; Her label, Northstar Records,) or after "shares
// in/of" or "analysts at".
func companyNamed(a *article.Article, p *prepared, g *gazetteer, m Mention) bool {
	r := m.Tokens
	head := func(k int) bool { return companyHead(a, p, g, k) }
	modifier := func(k int) bool { return describing(a, k) }
	n := len(a.Tokens)
	if describedAfter(a, p, g, r) {
		return true
	}
	// (a person's name the description stands before is the person: the
	// maker Ann Lee; and after an indefinite description or one that is
	// an object, a name a verb follows is read as the subject of a
	// relative clause: joined a network Russia has financed, One label
	// Rubini resists, a chapter of the group Fiorelli addressed; but The
	// chipmaker Orsk said)
	if k := r.First - 1; k >= 0 && (head(k) || oneWordMaker(a, p, g, k, r)) && !(m.Label == Person && g.firstNames[p.words[r.First]] && !worksNouns[p.words[k]]) {
		indef := func(j int) bool {
			switch strings.ToLower(p.words[j]) {
			case "a", "an", "one", "any", "every", "some", "another":
				return true
			}
			return false
		}
		// (the walk stays in the name's sentence: a verb ending the one
		// before is no verb the description is the object of)
		first := a.Sentences[a.SentenceOf(k)].Tokens.First
		d := k - 1
		for d >= first && modifier(d) && !indef(d) {
			d--
		}
		indefinite := d >= first && indef(d)
		object := d > first && (a.Tokens[d-1].Tag.IsVerb() || a.Tokens[d-1].Tag == article.IN || a.Tokens[d-1].Tag == article.TO)
		if !indefinite && !object || !(r.Last < n && (a.Tokens[r.Last].Tag.IsVerb() || a.Tokens[r.Last].Tag == article.MD)) {
			return true
		}
		if r.Last < n && !indefinite {
			switch p.words[r.Last] {
			case "is", "are", "was", "were":
				return true // drivers for the delivery app Dashly are workers: the main clause's verb, no relative clause
			}
		}
	}
	// Her label, Northstar Records, said …: the description, a comma,
	// and the name set off by another (not the firm, Smith said: a
	// speaker's name after a clause)
	if k := r.First - 2; k >= 0 && a.TokenText(k+1) == "," && head(k) && r.Last < n && !roleAt(p, g, k) &&
		(a.TokenText(r.Last) == "," || a.TokenText(r.Last) == "." && r.Last+1 == a.Sentences[a.SentenceOf(r.Last)].Tokens.Last && !g.givenName(p.words[r.First])) {
		return true // (not his manager at the club, Ann Lee,: the job's holder; the stop ends the name too: according to the contractor, Balfour Keane.)
	}
	if k := r.First - 2; k >= 0 && (p.words[k+1] == "in" || p.words[k+1] == "of") && strings.EqualFold(p.words[k], "shares") {
		return true
	}
	// Analysts at Berenberg, an economist at Capital Economics,
	// accountants at Grant Mercer: the firm that employs the people who
	// read markets or keep and audit accounts
	if k := r.First - 2; k >= 0 && p.words[k+1] == "at" && r.Len() <= 3 {
		switch strings.ToLower(p.words[k]) {
		case "analyst", "analysts", "economist", "economists", "strategist", "strategists", "trader", "traders",
			"accountant", "accountants", "auditor", "auditors", "banker", "bankers":
			return true
		}
	}
	return false
}

// datelineAgency reports whether m is the agency in a dateline's
// brackets: LONDON (Reuters) —.
func datelineAgency(a *article.Article, m Mention) bool {
	return m.Label == Org && inDatelineBrackets(a, m.Tokens)
}

// inDatelineBrackets reports whether tokens r stand in the dateline's
// brackets, where its agency goes: LONDON (Reuters) —.
func inDatelineBrackets(a *article.Article, r article.Range) bool {
	return r.First > 0 && a.TokenText(r.First-1) == "(" && a.Dateline.Contains(article.Span{Start: a.Tokens[r.First].Start, End: a.Tokens[r.Last-1].End})
}

// spokesNouns are the nouns of someone who speaks for a body.
var spokesNouns = map[string]bool{"spokesperson": true, "spokesman": true, "spokeswoman": true}

// bodyMentions returns the other occurrences of the one-word names of
// bodies (names the article calls a body, which the model left out: the
// start-up Voltaris, then Voltaris said …, a Voltaris spokeswoman), where
// no mention covers them and no capitalized word stands on either side
// (but a determiner or a company's noun opening the sentence), as
// organizations; ms is in text order, and so is the result.
func bodyMentions(a *article.Article, p *prepared, g *gazetteer, ms []Mention, bodies map[string]bool) []Mention {
	if len(bodies) == 0 {
		return nil
	}
	return freeWords(a, ms, Org, func(k int, s article.Range) bool {
		return bodies[p.words[k]] && a.Tokens[k].Kind == article.Word &&
			!(k > s.First && p.toks[k-1].upper && !(k-1 == s.First && (a.Tokens[k-1].Tag == article.DT || g.companyNouns[strings.ToLower(p.words[k-1])]))) && // (A Voltaris spokeswoman; Chipmaker Voltaris to cut jobs)
			!(k+1 < s.Last && p.toks[k+1].upper) &&
			!lowerLead(a, p, s, k) // (Rail strike: …, opening a headline: not Rail Partners' short name)
	})
}

// freeWords returns, as mentions of label l, the words alone that keep
// accepts among the tokens no mention of ms holds, each read with its
// sentence's tokens. ms is in text order, and so is the result.
func freeWords(a *article.Article, ms []Mention, l Label, keep func(k int, s article.Range) bool) []Mention {
	var out []Mention
	mi := 0
	for _, s := range a.Sentences {
		for k := s.Tokens.First; k < s.Tokens.Last; k++ {
			for mi < len(ms) && ms[mi].Tokens.Last <= k {
				mi++
			}
			if mi < len(ms) && ms[mi].Tokens.First <= k || !keep(k, s.Tokens) {
				continue
			}
			out = append(out, ruleMention(a, article.Range{First: k, Last: k + 1}, l, s.Paragraph))
		}
	}
	return out
}

// propagate returns the other occurrences of the names of two words or
// more in ms (in text order) that the model left out, written the same
// way and standing alone (no capitalized word on either side), with the
// label the name has elsewhere: Shares in Harbourline Systems fell …,
// then Harbourline Systems said … (the model, reading left to right,
// knew the name only the second time). A name given two labels is not
// spread. The result is in text order.
func propagate(a *article.Article, p *prepared, ms []Mention) []Mention {
	type name struct {
		first, last int // the tokens of its first mention
		label       Label
		conf        float64
	}
	var names []name
	byKey := map[string]int{}
	byFirst := map[string][]int{}
	for _, m := range ms {
		if m.Tokens.Len() < 2 {
			continue
		}
		key := nameKey(a, m.Tokens)
		if i, ok := byKey[key]; ok {
			if names[i].label != m.Label {
				names[i].label = None
			}
			continue
		}
		byKey[key] = len(names)
		first := a.TokenText(m.Tokens.First)
		byFirst[first] = append(byFirst[first], len(names))
		names = append(names, name{m.Tokens.First, m.Tokens.Last, m.Label, m.Confidence})
	}
	if len(names) == 0 {
		return nil
	}
	covered := make([]bool, len(a.Tokens))
	for _, m := range ms {
		for k := m.Tokens.First; k < m.Tokens.Last; k++ {
			covered[k] = true
		}
	}
	var out []Mention
	for _, s := range a.Sentences {
	next:
		for k := s.Tokens.First; k < s.Tokens.Last; k++ {
			if covered[k] || k > s.Tokens.First && p.toks[k-1].upper {
				continue
			}
			for _, ni := range byFirst[a.TokenText(k)] {
				n := names[ni]
				end := k + n.last - n.first
				if n.label == None || end > s.Tokens.Last || end < s.Tokens.Last && p.toks[end].upper {
					continue
				}
				same := true
				for j := 1; j < end-k && same; j++ {
					same = !covered[k+j] && a.TokenText(k+j) == a.TokenText(n.first+j)
				}
				if !same {
					continue
				}
				out = append(out, Mention{
					Span:       article.Span{Start: a.Tokens[k].Start, End: a.Tokens[end-1].End},
					Tokens:     article.Range{First: k, Last: end},
					Label:      n.label,
					Confidence: n.conf,
					Paragraph:  s.Paragraph,
				})
				k = end - 1
				continue next
			}
		}
	}
	return out
}

// givenNames returns the full names of people the model read by surname
// alone, where it left out a capitalized word before the surname
// (defending champion Alemitu Bekele, then Bekele said …): the word and
// the surname, when the word is a proper noun no list knows, the article
// never writes in lower case, and no other capitalized word stands on
// either side. ms is in text order and so is
// the result.
func givenNames(a *article.Article, p *prepared, g *gazetteer, ms []Mention) []Mention {
	surnames := map[string]bool{}
	covered := make([]bool, len(a.Tokens))
	for _, m := range ms {
		if m.Label == Person && m.Tokens.Len() == 1 {
			surnames[a.TokenText(m.Tokens.First)] = true
		}
		for k := m.Tokens.First; k < m.Tokens.Last; k++ {
			covered[k] = true
		}
	}
	if len(surnames) == 0 {
		return nil
	}
	var out []Mention
	for _, s := range a.Sentences {
		for k := s.Tokens.First + 1; k < s.Tokens.Last; k++ {
			j := k - 1
			if covered[k] || covered[j] || !surnames[a.TokenText(k)] || !p.toks[j].upper || a.Tokens[j].Tag != article.NNP || a.Tokens[j].Kind != article.Word ||
				p.toks[j].gaz.kind != gzNone || g.isTitleWord(p.words[j]) || g.isOrgWord(p.words[j]) || g.facWords[p.words[j]] || g.locWords[p.words[j]] ||
				p.doc.seenLower[p.toks[j].lower] || // (Cyclone Phailin: a word the article writes in lower case too)
				j > s.Tokens.First && p.toks[j-1].upper || k+1 < s.Tokens.Last && p.toks[k+1].upper {
				continue
			}
			out = append(out, ruleMention(a, article.Range{First: j, Last: k + 1}, Person, s.Paragraph))
		}
	}
	return out
}

// turnLabels returns the labels of a transcript's turns that name a
// person of the article by surname in capitals, which the model left out
// (OKON: at a paragraph's start, after Mayor Ruth Okon; ADEYEMI: after
// the turn GRACE ADEYEMI: the rules found, in extra). ms is in text order
// and so is the result.
func turnLabels(a *article.Article, ms, extra []Mention) []Mention {
	surnames := map[string]Mention{} // a person's last word in capitals → a mention of them
	for _, list := range [...][]Mention{ms, extra} {
		for _, m := range list {
			if m.Label == Person && m.Tokens.Len() >= 2 {
				if w := strings.ToUpper(a.TokenText(m.Tokens.Last - 1)); len(w) > 1 {
					surnames[w] = m
				}
			}
		}
	}
	if len(surnames) == 0 {
		return nil
	}
	var out []Mention
	i := 0 // the first mention not before the paragraph
	for pi, par := range a.Paragraphs {
		k := par.Tokens.First
		for i < len(ms) && ms[i].Tokens.Last <= k {
			i++
		}
		if k+1 >= par.Tokens.Last || a.TokenText(k+1) != ":" || i < len(ms) && ms[i].Tokens.First == k {
			continue
		}
		w := a.TokenText(k)
		if m, ok := surnames[w]; ok && w == strings.ToUpper(w) {
			out = append(out, Mention{Span: a.Tokens[k].Span, Tokens: article.Range{First: k, Last: k + 1}, Label: Person, Confidence: m.Confidence, Paragraph: pi})
		}
	}
	return out
}

// nameKey is the words of tokens r joined by spaces.
func nameKey(a *article.Article, r article.Range) string {
	var b strings.Builder
	for k := r.First; k < r.Last; k++ {
		if k > r.First {
			b.WriteByte(' ')
		}
		b.WriteString(a.TokenText(k))
	}
	return b.String()
}

// datelineTowns relabels as a place a one-word person after a
// preposition of place whose word, in capitals, is the dateline's place
// (OAKRIDGE, Ore. —, then the police chief of Oakridge). ms is in text
// order.
func datelineTowns(a *article.Article, p *prepared, ms []Mention) {
	if a.Dateline.Empty() {
		return
	}
	var town string
	for _, m := range ms {
		if m.Start >= a.Dateline.End {
			break
		}
		if m.Label == GPE && m.Tokens.Len() == 1 && a.Dateline.Contains(m.Span) {
			town = p.words[m.Tokens.First]
			break
		}
	}
	if len(town) < 2 || !inCapitals(town) {
		return
	}
	for i := range ms {
		m := &ms[i]
		if f := m.Tokens.First; m.Label == Person && m.Tokens.Len() == 1 && f > 0 && townPreps[p.words[f-1]] && strings.ToUpper(p.words[f]) == town {
			m.Label = GPE
		}
	}
}

// datelineMentions adds the places and agency of the dateline the model
// left out: "NEWPORT NEWS, Va. —" names two places, "(AP)" an
// organization. extra is in text order and so is the result.
func datelineMentions(a *article.Article, ms, extra []Mention) []Mention {
	d := a.Dateline
	if d.Empty() {
		return extra
	}
	covered := func(r article.Range) bool {
		for _, list := range [][]Mention{ms, extra} {
			for _, m := range list {
				if m.Tokens.First < r.Last && r.First < m.Tokens.Last {
					return true
				}
			}
		}
		return false
	}
	var add []Mention
	first := -1
	flush := func(k int, label Label) {
		if first >= 0 && k > first {
			r := article.Range{First: first, Last: k}
			if s := a.SentenceOf(first); s >= 0 && !covered(r) {
				add = append(add, Mention{Span: article.Span{Start: a.Tokens[first].Start, End: a.Tokens[k-1].End}, Tokens: r,
					Label: label, Confidence: 1, Paragraph: a.Sentences[s].Paragraph})
			}
		}
		first = -1
	}
	inParen := false
	for k := range a.Tokens {
		t := a.Tokens[k]
		if t.Start < d.Start {
			continue
		}
		if t.End > d.End {
			break
		}
		w := t.Text(a.Text)
		switch {
		case article.IsMonth(w):
			flush(k, GPE) // the date: NEW YORK, Nov. 19 (UPI) —
		case w == "(":
			flush(k, GPE)
			inParen = true
		case w == ")":
			flush(k, Org)
			inParen = false
		case t.Kind == article.Word || t.Kind == article.Abbreviation:
			if first < 0 {
				first = k
			}
		default: // a comma or the dash
			if inParen {
				flush(k, Org)
			} else {
				flush(k, GPE)
			}
		}
	}
	if len(add) == 0 {
		return extra
	}
	return mergeMentions(extra, add)
}

// datelineLabel returns the label of a mention over tokens r inside the
// dateline: an organization inside brackets (the agency), no name for a
// date, else a place.
func datelineLabel(a *article.Article, r article.Range) Label {
	if article.IsMonth(a.Tokens[r.First].Text(a.Text)) {
		return None
	}
	for k := r.First - 1; k >= 0 && a.Tokens[k].Start >= a.Dateline.Start; k-- {
		switch a.Tokens[k].Text(a.Text) {
		case "(":
			return Org
		case ")":
			return GPE
		}
	}
	return GPE
}

// surnameRepeats returns, as people, the words alone the model left out
// that are the surname of a person named in full before them (Linnea
// Okafor-Hart, then Okafor-Hart said, read as a common noun; Samir
// al-Kestrani, then Al-Kestrani said): the surname no given name, no list's word nor one the article writes in
// lower case, and no capitalized word on either side of the word alone
// (but the sentence's start). ms is in text order, and so is the result.
func surnameRepeats(a *article.Article, p *prepared, g *gazetteer, ms []Mention) []Mention {
	var surnames map[string]int // surname → the end of its first full name
	for _, m := range ms {
		if m.Label != Person || m.Tokens.Len() < 2 {
			continue
		}
		l := m.Tokens.Last - 1
		w := p.words[l]
		// (a particle's surname too: Samir al-Kestrani, then Al-Kestrani said)
		if len(w) < 3 || !p.toks[l].upper && !particled(w) || a.Tokens[l].Kind != article.Word || g.givenName(w) || p.toks[l].gaz.kind != gzNone || p.doc.seenLower[lowerHash(w)] {
			continue
		}
		if surnames == nil {
			surnames = map[string]int{}
		}
		for _, v := range []string{w, upperFirst(w)} {
			if _, ok := surnames[v]; !ok {
				surnames[v] = m.Tokens.Last
			}
		}
	}
	if surnames == nil {
		return nil
	}
	return freeWords(a, ms, Person, func(k int, s article.Range) bool {
		end, ok := surnames[p.words[k]]
		return ok && k >= end && a.Tokens[k].Kind == article.Word && !(k > s.First && p.toks[k-1].upper) && !(k+1 < s.Last && p.toks[k+1].upper)
	})
}

// particleNames returns, as people, a capitalized proper noun the model
// left out and the surname after it that opens with a particle in lower
// case and a hyphen (Samir al-Kestrani, Nabil el-Marwani): a given name, or
// set off after a comma or a title; no list's word, no capitalized word
// before it, no mention holding either (but the given name's alone, read
// as a person, which takes the surname). ms is in
// text order, and so is the result.
func particleNames(a *article.Article, p *prepared, g *gazetteer, ms []Mention) []Mention {
	var out []Mention
	mi := 0
	for _, s := range a.Sentences {
		for k := s.Tokens.First; k+1 < s.Tokens.Last; k++ {
			w := p.words[k+1]
			if !particled(w) || len(w) < 5 || w[3] < 'A' || w[3] > 'Z' ||
				!p.toks[k].upper || a.Tokens[k].Tag != article.NNP || p.toks[k].gaz.kind != gzNone || k > s.Tokens.First && p.toks[k-1].upper {
				continue
			}
			for mi < len(ms) && ms[mi].Tokens.Last <= k {
				mi++
			}
			if !g.givenName(p.words[k]) && !(k > s.Tokens.First && (p.words[k-1] == "," || g.isTitleWord(p.words[k-1]))) {
				continue // (a given name, or set off or titled as a person's: not a group, Ansar al-Sharia)
			}
			if mi < len(ms) && ms[mi].Tokens == (article.Range{First: k, Last: k + 1}) && ms[mi].Label == Person && (mi+1 >= len(ms) || ms[mi+1].Tokens.First > k+1) {
				ms[mi].Tokens.Last, ms[mi].End = k+2, a.Tokens[k+1].End // (the given name alone, read as a person: its surname too)
				continue
			}
			if mi < len(ms) && ms[mi].Tokens.First <= k+1 {
				continue
			}
			out = append(out, ruleMention(a, article.Range{First: k, Last: k + 2}, Person, s.Paragraph))
		}
	}
	return out
}

// particled reports whether surname w opens with a particle in lower case
// and a hyphen (al-Kestrani, el-Marwani).
func particled(w string) bool { return strings.HasPrefix(w, "al-") || strings.HasPrefix(w, "el-") }

// namedAsPeople returns, as people, the two or three capitalized words
// the model left out after "named" or "identified" (and an adverb: named
// locally) and "as", over an age (The victim, who has been named locally
// as 17-year-old Reece Darby,): proper nouns no list knows, none a
// word that ends a body's, a company's, a building's or a place's name, no
// mention holding any of them. ms is in text order, and so is the result.
func namedAsPeople(a *article.Article, p *prepared, g *gazetteer, ms []Mention) []Mention {
	var out []Mention
	for _, s := range a.Sentences {
		for k := s.Tokens.First; k+3 < s.Tokens.Last; k++ {
			if w := p.words[k]; w != "named" && w != "identified" {
				continue
			}
			j := k + 1
			if a.Tokens[j].Tag == article.RB {
				j++ // named locally as
			}
			if j+1 >= s.Tokens.Last || p.words[j] != "as" {
				continue
			}
			j++
			if strings.HasSuffix(p.words[j], "-year-old") && j+1 < s.Tokens.Last {
				j++
			}
			e := j
			for e < s.Tokens.Last && e < j+3 && p.toks[e].upper && a.Tokens[e].Kind == article.Word && p.toks[e].gaz.kind == gzNone &&
				a.Tokens[e].Tag == article.NNP && !g.isOrgWord(p.words[e]) && !g.companyWords[p.words[e]] && !g.facWords[p.words[e]] && !g.locWords[p.words[e]] {
				e++
			}
			if e-j < 2 || e < s.Tokens.Last && p.toks[e].upper ||
				slices.ContainsFunc(ms, func(m Mention) bool { return m.Tokens.First < e && j < m.Tokens.Last }) {
				continue
			}
			out = append(out, ruleMention(a, article.Range{First: j, Last: e}, Person, s.Paragraph))
		}
	}
	return out
}

// mergeMentions merges mentions a and b, each in text order, into one
// list in text order.
func mergeMentions(a, b []Mention) []Mention {
	out := make([]Mention, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		if j == len(b) || (i < len(a) && a[i].Start < b[j].Start) {
			out = append(out, a[i])
			i++
		} else {
			out = append(out, b[j])
			j++
		}
	}
	return out
}

// Text returns the mention's text in a.
func (m Mention) Text(a *article.Article) string { return a.Text[m.Start:m.End] }

// Remap moves the mentions' spans from the text they were found in to its
// source (see article.Mapping), as Article.Remap does for the article.
func (r *Result) Remap(m *article.Mapping) {
	for i := range r.Mentions {
		r.Mentions[i].Span = m.Span(r.Mentions[i].Span)
	}
}
