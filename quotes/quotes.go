// Package quotes finds the quotations of a news article, direct (“There is
// no hope,” he added), indirect (Peskov told reporters that …) and mixed,
// and links each to its speaker, resolving pronouns and descriptions to the
// entity clusters of package entities.
//
// It works by rules over the article's tokens, part-of-speech tags and
// entity mentions: quotation marks are paired in linear time (curly,
// straight, single, guillemets; nested; continued over paragraphs), cues
// come from a list of speech verbs and phrases the project keeps
// (cues.txt), and speakers are the noun phrases the cue attaches to. Where
// reported speech ends is the one thing learned by default: a ranking
// model (bounds.bin.gz, see BoundsModel) moves the end the clause rules
// give.
//
// A quotation is one act of speech, as PolNeAR annotates it: the parts of a
// quotation split by its cue, and the paragraphs in marks with no cue of
// their own that follow a whole quotation, are parts of that one Quote.
// Indirect quotations include speech acts reported by their object
// (Ruiz criticized the budget for its cuts; Dravick endorsed Vela): the cue
// says which act it was.
//
// A speaker "he" or "she" is the most salient person of that gender in
// its sentence and the two before (ResolvePronouns), a speaker "it" the
// body or document quoted last, "they" the plural speakers before it;
// "we" is left as it is, and "I" too but for the speaker of a transcript's
// turn (the interviewee's answers after "A:", a turn's label: TOLLEY: …)
// and, outside quotation marks, the writer a byline names.
//
// A transcript's turn (TOLLEY: …, Q: …, A: …) is one indirect quotation
// of its whole paragraph, its cue the colon; so is each answer of an
// interview printed with no labels (a headline calling it a Q&A or an
// interview, and paragraphs of questions each followed by plain ones),
// with no cue, its speaker the person the introduction names most.
//
// A quotation nested in another (Outer) has no speaker unless the outer
// one names it with a cue inside its marks (“My father used to say,
// ‘…’”): then it is that speaker, as written or as the person named.
package quotes

import (
	"slices"
	"sort"
	"strings"

	"github.com/whosaid/whosaid/article"
	"github.com/whosaid/whosaid/entities"
)

// Kind says what sort of quotation a Quote is.
type Kind uint8

// Kinds of quotation.
const (
	Direct   Kind = iota + 1 // words in quotation marks, attributed: “We are ready,” Jones said
	Indirect                 // reported speech without marks: Jones said the plan was ready
	Mixed                    // reported speech holding a quoted fragment: Jones said it was “a disaster”
	Term                     // marks around a term, a title or a scare quote: the so-called “war on drivers”; nobody's words
	Stance                   // an attribution of no words: a stance, belief or topic (Dravick's support for the wall); only WithStances finds them
)

var kindNames = [...]string{"", "direct", "indirect", "mixed", "term", "stance"}

// String returns the kind's name: direct, indirect, mixed, term or stance.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

// MarshalText writes the kind's name.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// Quote is a quotation.
type Quote struct {
	Kind Kind
	// Content is what was said, without quotation marks: from the first
	// part's start to the last part's end.
	Content article.Span
	// Parts are the pieces of a quotation split by its cue (“We are
	// ready,” Jones said, “but …”), running over paragraphs, or going on
	// in the next paragraph with no cue of its own; one part otherwise.
	Parts []article.Span
	// Fragments are, for mixed quotations, the quoted pieces inside the
	// reported speech.
	Fragments []article.Span
	Cue       article.Span // the speech verb or phrase (said, told, according to); empty if none
	Speaker   article.Span // the words naming the speaker (Peskov, he, the spokesman); empty if none
	// SpeakerName is the canonical name of the speaker's entity cluster
	// ("Dmitry Peskov", for "he" too), or the speaker's own words when no
	// cluster matches, or "" when there is no speaker.
	SpeakerName    string
	SpeakerCluster int // index into entities.Result.Clusters, or -1
	Paragraph      int // index into the article's paragraphs
	// Outer is the index (in the slice Find returns) of the quotation
	// this one is nested in, or -1.
	Outer int

	fallback   bool // the speaker came from fallback: reported speech may still absorb it
	short      bool // a term only for being short: inside reported speech it is a partial quotation
	inner      bool // nested in another quotation in marks
	turn       bool // a transcript's turn (TOLLEY: …): the paragraph, not a clause the bounds models may move
	fixed      bool // a passive's subject its agent reports (was confirmed by): a phrase, not a clause the bounds models may move
	endFixed   bool // a question opening its sentence (Asked if …,): the learned end may not move its end past the main clause's comma
	startFixed bool // a clause after "As X said …," opening its sentence: the learned start may not move back over the cue's phrase
}

// unspoken leaves q with no speaker: the phrase its cue had as subject
// heard the report and did not say it (the court heard that …).
func (q *Quote) unspoken() {
	q.Speaker, q.SpeakerName, q.SpeakerCluster = article.Span{}, "", -1
}

// finder holds the state of one run of Find.
type finder struct {
	a         *article.Article
	ents      *entities.Result
	mentionAt []int // token → mention index, or -1
	gender    map[int]string
	marks     []marked
	used      []bool // marks already part of a quotation
	out       []Quote
	cue       []bool // token is a form of a speech verb
	quoted    []bool // token is inside quotation marks
	// The hashes of every token's text and suffix, and its word class
	// (entities.WordClasses), for the stance model, computed when first
	// needed.
	wordHash, suffixHash, wordClass []uint64
	lows                            []string         // each token's text in lower case, once asked for
	reportedTok                     []bool           // tokens inside the rules' quotations' contents, for the stance models, once they have run
	headCue                         []bool           // a cue in a headline, where the tagger reads "Says" as a name
	nameWords                       map[string][]int // word of a person's name → clusters, built when first needed
	cursor                          int              // first direct quotation that may still meet a later reported clause
	people                          []int32          // the person cluster of each he, she, him, his, her outside marks (-1 none, -2 not one), once resolvePeople ran
	lastSpoken                      int              // while direct and indirect run: the last quotation in f.out with a speaker before where they are, or -1
	boundsModel                     *BoundsModel     // where reported content ends and starts, once bounds has run
	cueStarts                       []int            // the rules' cues' starts, sorted, read once by the first bounded start
	cueOwners                       []int            // the reports of cueStarts, indexes in out, in the same order
	commas                          []int32          // commas before each token, for the content-bounds model, when first needed
	finites                         []int32          // finite verbs and modals before each token, for the content-bounds model, when first needed
	stanceSents                     []bool           // the sentences stances are read in, or nil for all
	interviewee                     int              // the person a Q&A transcript's answers are by (cluster), -1 if none; -2 until first asked
	firstQ                          int              // the paragraph of a Q&A transcript's first question, -1 if none; -2 until first asked
	plainQA                         []bool           // the answer paragraphs of an interview with no Q: and A: labels (plainAnswers), once asked
	plainFirstQ                     int              // the paragraph of such an interview's first question, -1 if none
	quotedQA                        []bool           // the answer paragraphs of such an interview that are one quotation each, set with plainQA (nil if none)
	byliner                         int              // the person the byline names (cluster), -1 if none; -2 until first asked
	named                           int              // paragraphs opening with a person's name and a colon (namedTurns), -1 until first asked
	labels                          map[string]int   // a name (given name and surname, or surname) → the one person cluster of that name, -1 none, -2 more (personNamed)
	firstBody                       int              // the first body paragraph, -1 if none; -2 until first asked (ledeName)
}

// Find finds the quotations of a. ents gives the entity clusters speakers
// are resolved to; if it is nil, Find runs entities.Recognize itself.
// Options add stance attributions (WithStances); without them the stance
// model still reads the sentences holding quoted words, and a stance that
// makes them its source's is a mixed quotation (accused the mayor of
// “…”), as reported speech is.
func Find(a *article.Article, ents *entities.Result, opts ...Option) []Quote {
	if ents == nil {
		ents = entities.Recognize(a)
	}
	o := options{bounds: embeddedBounds(), stances: embeddedStance()}
	for _, opt := range opts {
		opt(&o)
	}
	f := newFinder(a, ents)
	f.direct()
	f.indirect()
	f.answers()
	f.signed()
	f.bounds(o.bounds)
	f.stances(o.stances, !o.allStances)
	f.finish()
	return f.out
}

// hearerBefore reports whether a noun of hearerNouns stands right before
// token k, over "has", "have" or "had" (the court heard, a jury has
// heard).
func (f *finder) hearerBefore(k int) bool {
	j := k - 1
	if j >= 0 && (f.lower(j) == "has" || f.lower(j) == "have" || f.lower(j) == "had") {
		j--
	}
	return j >= 0 && hearerNouns[f.lower(j)]
}

// toldHearer reports whether cue k is "told" in a headline after a
// hearer of hearerNouns alone as its subject sp: a passive with its "was"
// left out (Court told of 'campaign of terror'; …, inquiry told), whose
// subject heard the words and said none.
func (f *finder) toldHearer(k int, sp article.Range) bool {
	return f.lower(k) == "told" && sp.Len() == 1 && sp.Last == k && f.hearerHeaded(sp) && f.a.Paragraphs[f.paraOf(k)].Kind == article.Headline
}

// hearerHeaded reports whether phrase sp ends in a noun of hearerNouns
// (Kelby Crown Court, the jury).
func (f *finder) hearerHeaded(sp article.Range) bool {
	return sp.Len() > 0 && hearerNouns[f.lower(sp.Last-1)]
}

// hearerNouns hear reports in court and at inquiries: after them "heard"
// is a cue whose subject is no speaker.
var hearerNouns = map[string]bool{"court": true, "jury": true, "jurors": true, "inquest": true, "tribunal": true, "hearing": true, "inquiry": true,
	"committee": true, "panel": true, "magistrates": true, "coroner": true, "judge": true, "trial": true, "meeting": true, "councillors": true, "mps": true}

// newFinder prepares a run of Find over a: the indexes of mentions, cues
// and quotation marks.
func newFinder(a *article.Article, ents *entities.Result) *finder {
	f := &finder{a: a, ents: ents, mentionAt: make([]int, len(a.Tokens)), gender: map[int]string{}, lastSpoken: -1, interviewee: -2, firstQ: -2, byliner: -2, named: -1, firstBody: -2}
	for i := range f.mentionAt {
		f.mentionAt[i] = -1
	}
	for mi, m := range ents.Mentions {
		for k := m.Tokens.First; k < m.Tokens.Last; k++ {
			f.mentionAt[k] = mi
		}
	}
	for i, c := range ents.Clusters {
		if c.Gender != "" {
			f.gender[i] = c.Gender
		}
	}
	f.cue = make([]bool, len(a.Tokens))
	f.headCue = make([]bool, len(a.Tokens))
	for i, t := range a.Tokens {
		if t.Kind == article.Word && t.End-t.Start <= 14 {
			f.cue[i] = cueSet[f.lower(i)]
		}
		if !f.cue[i] && hearerCues[f.lower(i)] && f.hearerBefore(i) {
			f.cue[i] = true // the court heard that …, a jury has heard
		}
		if !f.cue[i] && a.Tokens[i].Tag.IsVerb() && f.particleCue(i) {
			f.cue[i] = true // shot back that …, hit back, saying …: a retort; laid out his plan
		}
		if !f.cue[i] && f.tributeAt(i) {
			f.cue[i] = true // paid tribute to …
		}
		if f.cue[i] && i+1 < len(a.Tokens) && (f.lower(i+1) == "to" || f.lower(i+1) == "with") && strings.HasPrefix(f.lower(i), "compar") {
			f.cue[i] = false // up 5% compared with last year: a contrast; who compares names an object first
		}
		if f.cue[i] && i > 0 && t.Tag == article.VBZ && a.Tokens[i-1].Tag == article.NNS && nounCues[f.lower(i)] && objectReports[f.lower(i-1)] {
			f.cue[i] = false // Minister denies/NNS claims/VBZ he …: the tagger swapped verb and noun; the noun reports nothing
		}
		if f.cue[i] && t.Tag == article.NNS && i > 0 && f.lower(i) == "talks" && a.Tokens[i-1].Tag == article.NN && a.Tokens[i-1].Kind == article.Word && !f.capitalized(i-1) && !f.cue[i-1] && !peopleNoun(f.lower(i-1)) && !someoneNouns[f.lower(i-1)] {
			f.cue[i] = false // Envoy says ceasefire talks/NNS 'at a delicate stage': a noun of meetings (peace talks, pay talks), no verb
		}
		if f.cue[i] && (t.Tag == article.VBG || t.Tag == article.NN) && f.compoundHead(i) {
			f.cue[i] = false // An amber weather warning/VBG for wind has been issued: a noun's, no verb
		}
	}
	for _, p := range a.Paragraphs {
		if p.Kind == article.Headline {
			for i := p.Tokens.First; i < p.Tokens.Last; i++ {
				f.headCue[i] = f.cue[i] && a.Tokens[i].Tag.IsProperNoun()
			}
		}
	}
	f.marks = pairMarks(a)
	f.used = make([]bool, len(f.marks))
	f.quoted = make([]bool, len(a.Tokens))
	for _, m := range f.marks {
		if m.Depth == 0 {
			for _, r := range m.Parts {
				for k := r.First; k < r.Last; k++ {
					f.quoted[k] = true
				}
			}
		}
	}
	return f
}

func (f *finder) text(i int) string { return f.a.TokenText(i) }

// particleCue reports whether token k is a verb that is a cue only
// before its particle, and the particle follows: shot back, laid out
// (cues.txt's back: and out: roles).
func (f *finder) particleCue(k int) bool {
	if k+1 >= len(f.a.Tokens) {
		return false
	}
	w, next := f.lower(k), f.lower(k+1)
	return backCues[w] && next == "back" || outCues[w] && next == "out"
}

// tributeAt reports whether token k is a verb of tributeCues before
// "tribute to" (paid tribute to).
func (f *finder) tributeAt(k int) bool {
	if k+2 >= len(f.a.Tokens) {
		return false
	}
	if t := f.a.TokenText(k + 1); len(t) != len("tribute") || !strings.EqualFold(t, "tribute") {
		return false // (first, as newFinder asks at every token)
	}
	return tributeCues[f.lower(k)] && f.lower(k+2) == "to"
}

func (f *finder) lower(i int) string {
	if f.lows == nil {
		f.lows = make([]string, len(f.a.Tokens))
	}
	if s := f.lows[i]; s != "" {
		return s
	}
	w := f.a.TokenText(i)
	for k := 0; k < len(w); k++ {
		if w[k] >= 'A' && w[k] <= 'Z' {
			w = strings.ToLower(w)
			break
		}
	}
	f.lows[i] = w
	return w
}

func (f *finder) isCue(i int) bool {
	if i < 0 || i >= len(f.a.Tokens) {
		return false
	}
	t := f.a.Tokens[i]
	if !(t.Tag.IsVerb() || t.Tag == article.NN || t.Tag == article.NNS || t.Tag == 0 || f.headCue[i] || t.Tag == article.JJ && f.nextActAt(i)) {
		return false
	}
	return f.cue[i]
}

// compoundHead reports whether the cue's word at token i, one that is a
// noun too (nounCues), ends a noun phrase that "a", "an" or "the" opens,
// over common nouns and adjectives in lower case with a noun right before
// it (a flood warning, an amber weather warning): a noun, however tagged,
// that names no speaker (but a letter warning that …, a spokesman saying
// …: a source's noun before it speaks).
func (f *finder) compoundHead(i int) bool {
	if i < 2 || !nounCues[f.lower(i)] || f.a.Tokens[i-1].Tag != article.NN || f.capitalized(i-1) || f.cue[i-1] ||
		i+1 < len(f.a.Tokens) && (f.lower(i+1) == "of" || f.lower(i+1) == "that" || f.lower(i+1) == "about") { // (the road sign warning of delays: a verb's)
		return false
	}
	if w := f.lower(i - 1); mediumNouns[w] || documentNouns[w] || findingNouns[w] || peopleNoun(w) || someoneNouns[w] {
		return false
	}
	for j := i - 2; j >= 0 && j >= i-5; j-- {
		switch t := f.a.Tokens[j].Tag; {
		case t == article.DT:
			w := f.lower(j)
			return w == "a" || w == "an" || w == "the"
		case (t == article.NN || t == article.JJ) && !f.capitalized(j):
		default:
			return false
		}
	}
	return false
}

// nextActAt reports whether token i is a verb of nextActs right after a
// comma and "but" or "and": the speaker's next act, however the tagger
// reads it (…, but admitted/JJ staff should have checked).
func (f *finder) nextActAt(i int) bool {
	return i >= 2 && nextActs[f.lower(i)] && (f.lower(i-1) == "but" || f.lower(i-1) == "and") && f.text(i-2) == ","
}

func (f *finder) span(r article.Range) article.Span {
	if r.Last <= r.First {
		return article.Span{}
	}
	return article.Span{Start: f.a.Tokens[r.First].Start, End: f.a.Tokens[r.Last-1].End}
}

func (f *finder) paraOf(i int) int {
	s := f.a.SentenceOf(i)
	if s < 0 {
		return 0
	}
	return f.a.Sentences[s].Paragraph
}

func (f *finder) sentence(i int) article.Range {
	s := f.a.SentenceOf(i)
	if s < 0 {
		return article.Range{First: i, Last: i + 1}
	}
	return f.a.Sentences[s].Tokens
}

func (f *finder) paragraphRange(i int) article.Range {
	return f.a.Paragraphs[f.paraOf(i)].Tokens
}

// contentParts returns the content spans of a marked quotation, one per part.
func (f *finder) contentParts(m *marked) []article.Span {
	var parts []article.Span
	for _, r := range m.Parts {
		// Trim the trailing comma or stop the writer placed inside the marks.
		for r.Last > r.First && f.a.Tokens[r.Last-1].Kind == article.Punct && strings.ContainsAny(f.text(r.Last-1), ",") {
			r.Last--
		}
		if s := f.span(r); !s.Empty() {
			parts = append(parts, s)
		}
	}
	return parts
}

// some reports whether a token from lo up to hi satisfies p. The scans
// below are its common cases.
func (f *finder) some(lo, hi int, p func(k int) bool) bool {
	for k := lo; k < hi; k++ {
		if p(k) {
			return true
		}
	}
	return false
}

// anyCue reports whether a cue word lies from lo to hi.
func (f *finder) anyCue(lo, hi int) bool { return f.some(lo, hi, f.isCue) }

// noVerb reports whether no token from lo to hi is tagged a verb.
func (f *finder) noVerb(lo, hi int) bool {
	return !f.some(lo, hi, func(k int) bool { return f.a.Tokens[k].Tag.IsVerb() })
}

// commaIn reports whether tokens c..e hold a comma.
func (f *finder) commaIn(c, e int) bool {
	return f.some(c, e, func(k int) bool { return f.text(k) == "," })
}

// holdsMark reports whether tokens c..e hold a quotation mark.
func (f *finder) holdsMark(c, e int) bool {
	return f.some(c, e, func(k int) bool { return f.a.Tokens[k].Kind.IsQuote() })
}

// onlyKind reports whether tokens lo up to hi are all of kind k (or there
// are none): only punctuation between two quotations, only words before a
// name.
func (f *finder) onlyKind(lo, hi int, k article.TokenKind) bool {
	return !f.some(lo, hi, func(i int) bool { return f.a.Tokens[i].Kind != k })
}

func (f *finder) wordCount(m *marked) int {
	n := 0
	for _, r := range m.Parts {
		for k := r.First; k < r.Last; k++ {
			if f.a.Tokens[k].Kind == article.Word || f.a.Tokens[k].Kind == article.Number || f.a.Tokens[k].Kind == article.Abbreviation {
				n++
			}
		}
	}
	return n
}

// finish sorts the quotations into text order and fixes Outer indexes.
func (f *finder) finish() {
	sort.SliceStable(f.out, func(i, j int) bool { return f.out[i].Content.Start < f.out[j].Content.Start })
	f.joinFragments()
	f.dropRepeats()
	for i := range f.out {
		// shot back, laid out: the cue is the verb and its particle
		if c := &f.out[i].Cue; !c.Empty() {
			if k := f.tokenAfter(c.Start); f.a.Tokens[k].End == c.End && f.particleCue(k) {
				c.End = f.a.Tokens[k+1].End
			}
		}
		f.out[i].Outer = -1
		for k := i - 1; k >= 0 && k >= i-16; k-- { // bounded: stray marks must not make this quadratic
			if f.out[k].Content.Start <= f.out[i].Content.Start && f.out[i].Content.End <= f.out[k].Content.End && (f.out[k].Kind == Direct || f.out[k].Kind == Term) {
				f.out[i].Outer = k
				break
			}
		}
	}
	f.describedPronouns()
	f.describedDefinites()
	f.headlineSpeakers()
	f.headlineRoles()
	f.headlineMostQuoted()
	// A paragraph that is only a quotation, with no cue, after a
	// paragraph whose last report names its speaker: that speaker's
	// words ("Bexell said the party had failed." then “Can you name one
	// accomplishment?”).
	for i := range f.out {
		q := &f.out[i]
		if q.Kind != Direct || q.SpeakerName != "" || q.Outer >= 0 || i == 0 || !f.wholeParagraph(q) {
			continue
		}
		k := i - 1
		for k > 0 && k > i-8 && f.out[k].Kind == Stance {
			k-- // stances are no one's words: the quotation before them
		}
		p := &f.out[k]
		if p.SpeakerName != "" && p.Kind != Term && p.Kind != Stance && p.Paragraph == q.Paragraph-1 {
			q.SpeakerName, q.SpeakerCluster, q.Speaker = p.SpeakerName, p.SpeakerCluster, p.Speaker
		}
	}
	// A quotation still without a speaker that opens its sentence, after
	// a sentence about a person or a body: their words ("Mr. Hanlon is
	// unapologetic about his aim. “…”").
	for i := range f.out {
		q := &f.out[i]
		if q.Kind != Direct || q.SpeakerName != "" || q.Outer >= 0 || !q.Cue.Empty() {
			continue
		}
		s, ok := f.openingSentence(q)
		if !ok || s <= 0 {
			continue
		}
		prev := f.a.Sentences[s-1]
		if f.a.Paragraphs[prev.Paragraph].Kind != article.Body || prev.Paragraph < f.a.Sentences[s].Paragraph-1 {
			continue
		}
		sp := standsFor(f.mainSubject(prev.Tokens, prev.Tokens.Last))
		if sp.Last <= sp.First || !f.names(sp) {
			continue
		}
		q.Speaker = f.span(sp)
		q.SpeakerName, q.SpeakerCluster = f.speakerOf(sp)
	}
}

// describedDefinites names a quotation's speaker "the" and a noun, left
// as it is, for the description an earlier report gave with that head
// (A spokesperson for the venue said …. “…,” the spokesperson said: the
// quotation in marks was read before the reports). f.out is in text
// order.
func (f *finder) describedDefinites() {
	for i := range f.out {
		q := &f.out[i]
		if sp := f.tokensIn(q.Speaker); q.SpeakerCluster < 0 && sp.Len() == 2 && q.SpeakerName == f.a.Text[q.Speaker.Start:q.Speaker.End] {
			if name, ok := f.describedBefore(sp, i); ok {
				q.SpeakerName = name
			}
		}
	}
}

// describedPronouns gives a quotation whose speaker is "he" or "she"
// the speaker of the report before it in its paragraph when that is a
// description of one person, of no other gender, or a person named in the
// sentence before, of the pronoun's gender, and no person is named
// between the two (One witness said she saw a man shouting. “It all
// happened in seconds,” she said.): pronouns were resolved to named
// people before the reports were all found. f.out is in text order.
func (f *finder) describedPronouns() {
	// the last speaker this pass changed: the pronouns after it that had
	// been resolved through it (its quotation was the last before them)
	// follow, while no one else is named between
	var moved struct {
		from, to, end, para int
		gender, name        string
	}
	moved.from = -1
	for i := range f.out {
		q := &f.out[i]
		sp := f.tokensIn(q.Speaker)
		if sp.Len() != 1 || f.quoted[sp.First] {
			continue
		}
		g := pronouns[f.lower(sp.First)]
		if g != "male" && g != "female" {
			continue
		}
		if moved.from >= 0 && q.SpeakerCluster == moved.from && g == moved.gender && q.Paragraph-moved.para <= 1 && moved.end <= sp.First && !f.personOutside(moved.end, sp.First, q.Content) {
			// Tom Reeves praised …. “…,” he said. ¶ He urged …: the
			// second "he" had followed the first's stale speaker
			q.SpeakerName, q.SpeakerCluster = moved.name, moved.to
			moved.end, moved.para = sp.Last, q.Paragraph
			continue
		}
		var prev article.Range // the nearest speaker before sp in the paragraph
		pi := -1
		for k := i - 1; k >= 0 && k >= i-16 && f.out[k].Paragraph == q.Paragraph; k-- {
			r := f.tokensIn(f.out[k].Speaker)
			if f.out[k].Kind != Term && f.out[k].Kind != Stance && !f.out[k].turn && r.Len() > 0 && r.Last <= sp.First && r.Last > prev.Last && // (not a turn's label: its speaker is "I" in it)
				!f.inContent(f.out[k].Speaker, max(0, i-16), i) {
				prev, pi = r, k // (not one inside another's report: Burrows said the authority would seek …)
			}
		}
		if pi < 0 {
			if name, ok := f.describedSubjectBefore(sp, g); ok {
				q.SpeakerName, q.SpeakerCluster = name, -1
			} else if name, c, ok := f.lastParagraphSpeaker(i, sp, g); ok {
				q.SpeakerName, q.SpeakerCluster = name, c
			}
			continue
		}
		// (a person named in the report itself does not speak when the
		// pronoun's sentence comes after it: A spokesman said Tom Hale
		// had resigned. “…,” he added.)
		// (sentences counted from the quotation's first, where it comes
		// before its cue: “She's careful. These people are monsters,”
		// she said is one sentence on)
		at := f.a.SentenceOf(sp.First)
		if c := f.tokenAfter(q.Content.Start); c < sp.First {
			at = min(at, f.a.SentenceOf(c))
		}
		report, gap := f.out[pi].Content, at-f.a.SentenceOf(prev.First)
		if gap == 0 {
			report = article.Span{}
		}
		if f.personOutsideBoth(prev.Last, sp.First, report, q.Content) {
			continue // (a person named inside the pronoun's own quotation is no one else speaking: “Judge Vance is qualified,” she said)
		}
		if c := f.out[pi].SpeakerCluster; c >= 0 {
			// Her daughter, Claire Doyle, said her mother had been “…”.
			// “Nobody was unkind,” she said.: a person named as the
			// speaker of the sentence before, of the pronoun's gender,
			// still speaks (the mother, meant by two pronouns before,
			// had outweighed her)
			// (so does one of kin linked to someone: Her husband said ….
			// “…,” he said.)
			if c != q.SpeakerCluster && f.ents.Clusters[c].Label == entities.Person &&
				(f.gender[c] == g && f.names(prev) && !isPronoun(f, prev) || f.compatible(c, g) && f.personDescription(prev, g, true)) &&
				f.a.SentenceOf(sp.First)-f.a.SentenceOf(prev.First) == 1 {
				moved.from, moved.to, moved.end, moved.para, moved.gender, moved.name = q.SpeakerCluster, c, sp.Last, q.Paragraph, g, f.out[pi].SpeakerName
				q.SpeakerName, q.SpeakerCluster = f.out[pi].SpeakerName, c
			}
			continue
		}
		// (one of kin, unlinked, only from the sentence just before: the
		// daughter of one victim said …. “…,” she said.)
		if !f.personDescription(prev, g, gap == 1) {
			continue
		}
		q.SpeakerName, q.SpeakerCluster = f.out[pi].SpeakerName, -1
	}
}

// lastParagraphSpeaker returns the name and cluster of the person who
// spoke last in the paragraph before that of quotation f.out[i], whose
// speaker is pronoun sp of gender g, when that person is known to be of
// gender g and no other person is named between outside both quotations'
// words (The bride, Sophie Clarke, said …. She told … that …. ¶ “…,” she
// said: the pronoun had been read, before the reports were found, as a
// woman named three sentences back); or, with cluster -1, the words of an
// unnamed description of one person a pronoun of gender g may stand for
// that spoke in the sentence just before (One neighbour, who asked not to
// be named, said …. ¶ “…,” she said). No quotation stands before
// f.out[i] in its own paragraph.
func (f *finder) lastParagraphSpeaker(i int, sp article.Range, g string) (string, int, bool) {
	q := &f.out[i]
	for k := i - 1; k >= 0 && k >= i-16; k-- {
		p := &f.out[k]
		if p.Paragraph < q.Paragraph-1 {
			return "", -1, false
		}
		r := f.tokensIn(p.Speaker)
		if p.Paragraph != q.Paragraph-1 || p.Kind == Term || p.Kind == Stance || p.turn || r.Len() == 0 || r.Last > sp.First {
			continue
		}
		c := p.SpeakerCluster
		// (the sentence before the quotation's first, which may hold
		// more than the pronoun's: "…. What hope is there?" she said)
		described := c < 0 && f.a.SentenceOf(r.First) == f.a.SentenceOf(f.tokenAfter(q.Content.Start))-1 && f.personDescription(r, g, true) &&
			!f.genderIn(f.a.Sentences[f.a.SentenceOf(r.First)].Tokens, g) // (not when a person of the pronoun's gender is named there: … Harriet Carrow … when an Iowa voter asked …. "…," she replied)
		if !described && (c < 0 || c == q.SpeakerCluster || f.ents.Clusters[c].Label != entities.Person || f.gender[c] != g || !f.names(r)) {
			return "", -1, false // (not a description linked to someone: the Vermont senator)
		}
		for t := r.Last; t < sp.First; t++ {
			if mi := f.mentionAt[t]; mi >= 0 && f.ents.Mentions[mi].Label == entities.Person && !f.quoted[t] {
				if s := f.a.Tokens[t].Start; !(p.Content.Start <= s && s < p.Content.End) && !(q.Content.Start <= s && s < q.Content.End) {
					return "", -1, false
				}
			}
		}
		if described {
			return p.SpeakerName, -1, true
		}
		return f.ents.Clusters[c].Name, c, true
	}
	return "", -1, false
}

// genderIn reports whether a person known to be of gender g is named in
// tokens r.
func (f *finder) genderIn(r article.Range, g string) bool {
	return f.some(r.First, r.Last, func(k int) bool {
		mi := f.mentionAt[k]
		return mi >= 0 && f.ents.Mentions[mi].Label == entities.Person && f.gender[f.ents.Mentions[mi].Cluster] == g
	})
}

// describedSubjectBefore returns the words of the subject of the
// sentence before pronoun sp, in its paragraph, when that is a
// description of one person a pronoun of gender g may stand for, and no
// person is named in that sentence or between (One victim, an
// 82-year-old widow, paid him £38,000. In a statement, she said …).
func (f *finder) describedSubjectBefore(sp article.Range, g string) (string, bool) {
	prev, ok := f.sentenceBefore(sp.First, 0)
	if !ok {
		return "", false
	}
	subj, _ := f.mainSubject(prev, prev.Last)
	if subj.Len() == 0 || f.personIn(prev.First, sp.First) {
		return "", false
	}
	head := subj
	for k := subj.First + 1; k < subj.Last; k++ {
		if f.text(k) == "," {
			head.Last = k // One victim, an 82-year-old widow: the phrase before the aside
			break
		}
	}
	if !f.personDescription(head, g, false) {
		return "", false
	}
	return f.a.Text[f.a.Tokens[subj.First].Start:f.a.Tokens[subj.Last-1].End], true
}

// headlineRoles gives a headline quotation whose speaker is a role alone
// (Minister: 'We will not back down') the speaker of the first body
// quotation spoken by a phrase with that role at its head and linked to a
// cluster (The universities minister has insisted …, read as the person
// the lede goes on to name), not a person whose title merely holds the
// word (Prime Minister Kerr Stalham, quoted later).
func (f *finder) headlineRoles() {
	for i := range f.out {
		q := &f.out[i]
		if f.a.Paragraphs[q.Paragraph].Kind != article.Headline {
			continue
		}
		sp := f.tokensIn(q.Speaker)
		if sp.Len() != 1 || f.mentionAt[sp.First] >= 0 || !roleNouns[f.lower(sp.First)] {
			continue
		}
		for j := range f.out {
			b := &f.out[j]
			if b.SpeakerCluster < 0 || f.a.Paragraphs[b.Paragraph].Kind != article.Body {
				continue
			}
			if bs := f.tokensIn(b.Speaker); bs.Len() >= 2 && f.lower(bs.Last-1) == f.lower(sp.First) && f.mentionAt[bs.Last-1] < 0 {
				q.SpeakerName, q.SpeakerCluster = b.SpeakerName, b.SpeakerCluster
				break
			}
		}
	}
}

// inContent reports whether span s lies inside the content of one of
// the quotations f.out[lo:hi]: a speaker inside another's report (Zuckman
// said the contractors “heard Bob say” …), whom a pronoun after it does
// not mean.
func (f *finder) inContent(s article.Span, lo, hi int) bool {
	for _, q := range f.out[lo:hi] {
		if q.Kind != Term && q.Content.Contains(s) {
			return true
		}
	}
	return false
}

// headlineSpeakers gives a quotation in the headline with no speaker
// ('We were never told': Residents fury over …) the speaker of the first
// quotation in the body that holds its words (“We were never told, not
// once,” said Amira Haddad), or of an interview's answer that does: the
// headline quotes the story.
func (f *finder) headlineSpeakers() {
	type pending struct {
		q       *Quote
		words   string
		term    bool
		oneWord bool
		noun    bool   // its first word is a singular noun
		verb    bool   // its first word is a verb in lower case
		speaks  bool   // it holds a word of the first person (biggest fight of my life): speech, no title
		probe   string // its longest word, looked for before the body's words are normalized
	}
	var heads []pending
	for i := range f.out {
		q := &f.out[i]
		if q.Kind != Direct && q.Kind != Term || q.SpeakerName != "" && !(q.fallback && q.SpeakerCluster < 0) || !q.Cue.Empty() || f.a.Paragraphs[q.Paragraph].Kind != article.Headline {
			continue // (but people a colon's plural describes give way: 'We were never told': Residents fury …)
		}
		// (three words at least: a shorter one is a term as likely as a
		// quotation; a term, of two words or more, when a body quotation
		// says it as a sentence of its own: 'Nobody listened', not
		// 'Person Of The Year'; one word stays a term: 'revolution')
		// (one word is the speaker's when a body quotation holds it in
		// marks of its own: Coach 'stunned' by sacking, then he was
		// “stunned”; two words or more opening with a verb in lower case
		// when a body quotation holds them anywhere: teacher who "gave
		// everything", then “She gave everything to this school”; any
		// that holds a word of the first person when a body quotation
		// holds them anywhere: 'biggest fight of my life')
		if words := normalQuote(f.a.Text[q.Content.Start:q.Content.End]); strings.Count(words, " ") >= 2 || q.Kind == Term && words != "" && strings.Count(words, " ") <= 1 {
			probe := "" // (letters alone: a mark or an apostrophe may be written otherwise in the body)
			for _, w := range strings.FieldsFunc(words, func(r rune) bool { return r < 'a' || r > 'z' }) {
				if len(w) > len(probe) {
					probe = w
				}
			}
			// (a singular noun first: a plural may be a verb the tagger
			// misread, 'regrets'; a verb in lower case first: what someone
			// did or said, teacher who "gave everything", no title)
			noun, verb := false, false
			if k := f.firstWordAt(q.Content); k >= 0 {
				t := f.a.Tokens[k].Tag
				noun, verb = t == article.NN || t == article.NNP, t.IsVerb() && !f.capitalized(k)
			}
			heads = append(heads, pending{q, words, q.Kind == Term, !strings.Contains(words, " "), noun, verb, f.firstPerson(f.tokensIn(q.Content)), probe})
		}
	}
	// Each body quotation read once, the first few hundred: a headline
	// quotes the story's opening more than its end.
	for j, seen := 0, 0; j < len(f.out) && len(heads) > 0 && seen < 400; j++ {
		b := &f.out[j]
		if b.SpeakerName == "" || b.Kind == Term || b.Kind == Stance || b.Kind == Indirect && !b.turn || f.a.Paragraphs[b.Paragraph].Kind != article.Body {
			continue
		}
		seen++
		raw := f.a.Text[b.Content.Start:b.Content.End]
		probed := false
		for _, h := range heads {
			probed = probed || containsFold(raw, h.probe)
		}
		if !probed {
			continue // (no headline's word in it: not worth lowering)
		}
		body := normalQuote(raw)
		left := heads[:0]
		for _, h := range heads {
			if !strings.Contains(body, h.words) || h.term && !sentenceIn(body, h.words) && !(h.oneWord && f.fragmentHolds(b, h.words, h.noun)) && !(h.verb && !h.oneWord) && !h.speaks {
				left = append(left, h)
				continue
			}
			h.q.Kind, h.q.short = Direct, false
			h.q.Speaker, h.q.SpeakerName, h.q.SpeakerCluster = b.Speaker, b.SpeakerName, b.SpeakerCluster
			if b.turn {
				h.q.Speaker = article.Span{} // (a turn's label, A:, names no one)
			}
		}
		heads = left
	}
	// Phone ban 'has transformed school', then A headteacher says banning
	// phones has transformed behaviour at her school: a clause the body
	// quotes nowhere is the speaker's of the first report near the top
	// that holds its words (two of four letters or more, no function word)
	for _, h := range heads {
		if h.term || h.q.Kind != Direct {
			continue
		}
		keys := strings.FieldsFunc(h.words, func(r rune) bool { return r < 'a' || r > 'z' })
		keys = slices.DeleteFunc(keys, func(w string) bool { return len(w) < 4 || headlineFiller[w] })
		if len(keys) < 2 {
			continue
		}
		for j := range f.out {
			b := &f.out[j]
			if b.Paragraph > h.q.Paragraph+4 {
				break // (f.out is in text order: the top of the body is behind)
			}
			if b.SpeakerName == "" || b.Kind != Indirect && b.Kind != Mixed || f.a.Paragraphs[b.Paragraph].Kind != article.Body {
				continue
			}
			body := " " + strings.Join(strings.FieldsFunc(strings.ToLower(f.a.Text[b.Content.Start:b.Content.End]), func(r rune) bool { return r < 'a' || r > 'z' }), " ") + " "
			if !slices.ContainsFunc(keys, func(w string) bool { return !strings.Contains(body, " "+w+" ") }) {
				h.q.Speaker, h.q.SpeakerName, h.q.SpeakerCluster = b.Speaker, b.SpeakerName, b.SpeakerCluster
				break
			}
		}
	}
}

// headlineFiller are words of four letters or more too common to tie a
// headline's quotation to a report in the body.
var headlineFiller = map[string]bool{"will": true, "have": true, "been": true, "that": true, "this": true, "with": true, "they": true,
	"them": true, "their": true, "would": true, "could": true, "should": true, "from": true, "there": true, "were": true, "what": true,
	"when": true, "into": true, "about": true, "more": true, "than": true, "only": true, "just": true, "very": true, "being": true}

// fragmentHolds reports whether one of b's quoted fragments reads word
// (normalized as normalQuote does) alone ('stunned' in “stunned”), or,
// unless noun, among other words ('regrets' in “deeply regrets”; not a
// noun: 'revolution', a term the story is about, in “a political
// revolution”).
func (f *finder) fragmentHolds(b *Quote, word string, noun bool) bool {
	for _, fr := range b.Fragments {
		text := normalQuote(f.a.Text[fr.Start:fr.End])
		if text == word || !noun && slices.Contains(strings.Fields(text), word) {
			return true
		}
	}
	return false
}

// firstWordAt returns the first word of span s, or -1.
func (f *finder) firstWordAt(s article.Span) int {
	r := f.tokensIn(s)
	for k := r.First; k < r.Last; k++ {
		if f.wordish(k) {
			return k
		}
	}
	return -1
}

// containsFold reports whether s holds sub, ASCII letters compared
// without case (sub in lower case), with no allocation.
func containsFold(s, sub string) bool {
	n := len(sub)
	for i := 0; i+n <= len(s); i++ {
		j := 0
		for j < n {
			c := s[i+j]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != sub[j] {
				break
			}
			j++
		}
		if j == n {
			return true
		}
	}
	return false
}

// sentenceIn reports whether words stand in body as a sentence of their
// own: after its start or a sentence's end, before its end or a stop.
func sentenceIn(body, words string) bool {
	for from := 0; ; {
		i := strings.Index(body[from:], words)
		if i < 0 {
			return false
		}
		i += from
		end := i + len(words)
		before := i == 0 || i >= 2 && strings.ContainsRune(".?!", rune(body[i-2])) && body[i-1] == ' '
		after := end == len(body) || strings.ContainsRune(".?!", rune(body[end]))
		if before && after {
			return true
		}
		from = i + 1
	}
}

// normalQuote returns s in lower case with its marks and the punctuation
// at its ends left out, for comparing quoted words.
func normalQuote(s string) string {
	return strings.Trim(quoteMarks.Replace(strings.ToLower(s)), " ,.;:!?'")
}

// quoteMarks drops quotation marks, and makes a curly apostrophe straight.
var quoteMarks = strings.NewReplacer("“", "", "”", "", "‘", "", "’", "'", "\"", "")

// isPronoun reports whether r is one pronoun.
func isPronoun(f *finder, r article.Range) bool {
	_, ok := pronouns[f.lower(r.First)]
	return r.Len() == 1 && ok
}

// joinFragments extends a mixed quotation (f.out in text order) over
// quoted words that follow it in its sentence after a conjunction, with
// no cue of their own: calling them “very boring tax returns” because “I
// remain one of the poor members …”, called protesters “illegals” and
// “thugs”: one report, its fragments both.
func (f *finder) joinFragments() {
	for i := range f.out {
		q := &f.out[i]
		if q.Kind != Mixed || q.Cue.Empty() || len(q.Parts) != 1 {
			continue
		}
		for j := i + 1; j < len(f.out) && j <= i+4; j++ {
			r := &f.out[j]
			if r.Kind != Direct && r.Kind != Term || r.inner || !r.Cue.Empty() && r.Cue != q.Cue || r.Content.Start < q.Content.End {
				continue
			}
			end, ok := f.fragmentAfter(q.Content.End, r)
			if !ok {
				break
			}
			q.Fragments = append(q.Fragments, r.Parts...)
			q.Content.End, q.Parts[0].End = end, end
			r.Kind = 0
		}
	}
	f.dropRemoved()
}

// dropRemoved drops from f.out the quotations a pass marked removed (Kind
// 0: absorbed into or joined to another), keeping the order of the rest.
func (f *finder) dropRemoved() {
	f.out = slices.DeleteFunc(f.out, func(q Quote) bool { return q.Kind == 0 })
}

// fragmentAfter returns the end of quotation r's closing mark when r
// follows a content ending at byte end (a closing mark) in the same
// sentence after a conjunction and at most four words, with nothing
// quoted between.
func (f *finder) fragmentAfter(end int, r *Quote) (int, bool) {
	k := f.tokenAfter(end)
	if k >= len(f.a.Tokens) || !f.a.Tokens[k-1].Kind.IsQuote() {
		return 0, false // the content does not end on a mark
	}
	open := f.tokenAfter(r.Parts[0].Start) - 1
	closeTok := f.tokenAfter(r.Parts[len(r.Parts)-1].End)
	if open < k || closeTok >= len(f.a.Tokens) || !f.a.Tokens[closeTok].Kind.IsQuote() || open-k > 6 ||
		f.a.SentenceOf(open) != f.a.SentenceOf(k-1) || len(r.Parts) != 1 {
		return 0, false
	}
	if f.text(k) == "," {
		k++
	}
	if k >= open || !fragmentLinks[f.lower(k)] {
		return 0, false
	}
	for j := k + 1; j < open; j++ {
		if t := f.a.Tokens[j]; t.Kind.IsQuote() || t.Kind == article.Punct || f.isCue(j) {
			return 0, false
		}
	}
	return f.a.Tokens[closeTok].End, true
}

// fragmentLinks join a report's quoted words to more of them.
var fragmentLinks = map[string]bool{"and": true, "because": true, "when": true, "while": true, "but": true, "or": true, "as": true}

// dropRepeats drops a quotation (f.out in text order) that covers the
// same words as one before it, each holding at least half of the other,
// when it adds nothing: it has the same cue or speaker, or its cue lies
// inside the other's content (he did say he found Dravick “charming”: the
// report of "found" inside the report of "say" is not a second
// attribution; PolNeAR's annotators seldom give a second one), unless
// that cue is a noun naming its own speaker's claim (rejected Reyes's
// claim that …).
func (f *finder) dropRepeats() {
	keep := f.out[:0]
	for _, q := range f.out {
		dup := false
		if q.Kind != Term && !q.inner { // (a quotation inside another's marks is one of its own: I'd say, ‘…’)
			for k := len(keep) - 1; k >= 0 && k >= len(keep)-8; k-- {
				p := keep[k]
				if p.Kind != Term && !q.Cue.Empty() && q.Cue == p.Cue && (p.Content.Contains(q.Content) || q.Content.Contains(p.Content)) {
					// one cue, one report: the longer reading of it, with
					// the quoted words of both
					short := q
					if q.Content.Len() > p.Content.Len() {
						keep[k], short = q, p
					}
					keep[k].takeFragments(&short)
					dup = true
					break
				}
				if p.Kind == Term || !sameWords(p.Content, q.Content) || p.turn && !q.Cue.Empty() && q.Cue != p.Cue {
					continue // (a report inside a transcript's turn is one of its own)
				}
				inside := p.Content.Start <= q.Cue.Start && q.Cue.End <= p.Content.End && !f.nounCue(q.Cue)
				if !q.Cue.Empty() && (q.Cue == p.Cue || inside) || q.SpeakerName != "" && q.SpeakerName == p.SpeakerName {
					keep[k].takeFragments(&q)
					dup = true
					break
				}
				// The same words reported through two cues (Dravick
				// criticized her record, which said she “…”): the report
				// of the cue nearer them.
				if !q.Cue.Empty() && !p.Cue.Empty() && p.Kind != Stance && q.Kind != Stance && !p.Content.Contains(q.Cue) && !q.Content.Contains(p.Cue) {
					dropped := q
					if cueGap(&q) < cueGap(&p) {
						keep[k], dropped = q, p
					}
					keep[k].takeFragments(&dropped)
					dup = true
					break
				}
			}
		}
		if !dup {
			keep = append(keep, q)
		}
	}
	f.out = keep
}

// takeFragments adds to q the quoted fragments of o, a reading of the
// same report that is dropped, that q's content holds and q lacks, and
// makes q mixed if it then holds any.
func (q *Quote) takeFragments(o *Quote) {
	if q.Kind == Direct || q.Kind == Term || q.Kind == Stance {
		return
	}
	added := false
	for _, fr := range o.Fragments {
		if q.Content.Contains(fr) && !slices.Contains(q.Fragments, fr) {
			q.Fragments = append(q.Fragments, fr)
			added = true
		}
	}
	if added {
		sort.Slice(q.Fragments, func(i, j int) bool { return q.Fragments[i].Start < q.Fragments[j].Start })
	}
	if len(q.Fragments) > 0 {
		q.Kind = Mixed
	}
}

// cueGap returns how many bytes lie between q's cue and its content.
func cueGap(q *Quote) int {
	if q.Cue.End <= q.Content.Start {
		return q.Content.Start - q.Cue.End
	}
	return max(q.Cue.Start-q.Content.End, 0)
}

// nounCue reports whether cue c is a noun reporting speech (claim,
// statement).
func (f *finder) nounCue(c article.Span) bool {
	return !c.Empty() && nounCues[strings.ToLower(f.a.Text[c.Start:c.End])]
}

// sameWords reports whether spans a and b overlap by at least half of
// each.
func sameWords(a, b article.Span) bool {
	lo, hi := max(a.Start, b.Start), min(a.End, b.End)
	return hi > lo && 2*(hi-lo) >= a.Len() && 2*(hi-lo) >= b.Len()
}

// names reports whether the words r name who may speak: a person or an
// organization mention, or he or she.
func (f *finder) names(r article.Range) bool {
	if r.Last-r.First == 1 {
		switch f.lower(r.First) {
		case "he", "she":
			return true
		}
	}
	for k := r.First; k < r.Last; k++ {
		if mi := f.mentionAt[k]; mi >= 0 && (f.ents.Mentions[mi].Label == entities.Person || f.ents.Mentions[mi].Label == entities.Org) {
			return true
		}
	}
	return false
}

// wholeParagraph reports whether quotation q fills its paragraph: only
// marks and punctuation around its content.
func (f *finder) wholeParagraph(q *Quote) bool {
	p := f.a.Paragraphs[q.Paragraph]
	// It must open the paragraph: then only one quotation per paragraph
	// is scanned to its end, and the check stays linear.
	if p.Tokens.Last <= p.Tokens.First || f.a.Tokens[p.Tokens.First].End > q.Content.Start ||
		q.Content.Start-f.a.Tokens[p.Tokens.First].End > 4 {
		return false
	}
	for k := f.tokenAfter(q.Content.End); k < p.Tokens.Last; k++ {
		if t := f.a.Tokens[k]; t.Kind != article.Punct && !t.Kind.IsQuote() {
			return false
		}
	}
	return true
}

// Remap moves every span of the quotations from the text they were found
// in to its source (see article.Mapping), as Article.Remap does for the
// article.
func Remap(qs []Quote, m *article.Mapping) {
	for i := range qs {
		q := &qs[i]
		q.Content, q.Cue, q.Speaker = m.Span(q.Content), m.Span(q.Cue), m.Span(q.Speaker)
		for k := range q.Parts {
			q.Parts[k] = m.Span(q.Parts[k])
		}
		for k := range q.Fragments {
			q.Fragments[k] = m.Span(q.Fragments[k])
		}
	}
}
