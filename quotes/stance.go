package quotes

import (
	"bufio"
	"bytes"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"github.com/whosaid/whosaid/internal/linear"
	"io"
	"math"
	"slices"
	"sort"
	"sync"

	"github.com/whosaid/whosaid/article"
	"github.com/whosaid/whosaid/entities"
	"github.com/whosaid/whosaid/internal/modelfile"
)

// Stances are attributions that report no words: a source's stance,
// belief, topic or finding ("Dravick's support for the wall", "has made no
// secret of his plans", "most voters back the plan, a poll found"). News
// attribution corpora such as PolNeAR annotate them beside speech. The rules
// of this package read reported speech from a lexicon of speech verbs; the
// long tail of stance cues is learned instead, in two steps trained by
// `whosaid-train stances` on PolNeAR's train split and embedded as
// stance.bin.gz. A cue model (a logistic regression over hashed word, tag,
// neighbour and nearby-name features) marks the cue words the rules left;
// the clause rules read each run of cue words' content (after the cue, or
// the clause before it) and source (the cue's subject or possessor); and a
// candidate model (cue words, source kind, content shape, cue score) keeps
// the attributions so read that score above a threshold set on held-out
// halves of the training articles. Find adds them, as kind Stance, only
// with WithStances: they are not quotations. A stance holding words in
// marks that nobody else says is the source's mixed quotation, as
// reported speech is (has voiced support for a “bold” plan): those words
// are then its fragments, no longer a term of their own.

//go:embed stance.bin.gz
var stanceFile []byte

// embeddedStance returns the embedded stance model, read once when first
// needed.
var embeddedStance = embedded("stance", stanceFile, ReadStanceModel)

// embedded returns a function that reads an embedded model with read once,
// when first called; a model that does not read is a build error.
func embedded[M any](name string, data []byte, read func(io.Reader) (M, error)) func() M {
	load := sync.OnceValues(func() (M, error) { return read(bytes.NewReader(data)) })
	return func() M {
		m, err := load()
		if err != nil {
			panic("quotes: embedded " + name + " model: " + err.Error()) // part of the package: a build error
		}
		return m
	}
}

// StanceModel finds stance attributions in two steps: a cue model scores
// words as cues, and a candidate model judges each attribution read from a
// run of cue words (its cue, source and content) as kept or not.
type StanceModel struct {
	w         *linear.Weights // cue model
	r         *linear.Weights // candidate model; nil keeps every candidate
	threshold float32         // the candidate model keeps scores above this
}

// Option changes what Find does.
type Option func(*options)

type options struct {
	stances    *StanceModel // the stance model; every stance is added with allStances
	allStances bool
	bounds     *BoundsModel
}

// WithStances makes Find add stance attributions (kind Stance) found by the
// stance model (the embedded one unless WithStanceModel gives another),
// after the quotations; one holding the source's words in marks is a mixed
// quotation.
func WithStances() Option {
	return func(o *options) { o.allStances = true }
}

// WithBoundsModel makes Find end reported speech where m says, instead of
// where the embedded model (bounds.bin.gz) does; nil keeps the rules'
// bounds.
func WithBoundsModel(m *BoundsModel) Option {
	return func(o *options) { o.bounds = m }
}

// WithStanceModel makes Find read stances with m (from ReadStanceModel or
// TrainStances) instead of the embedded model: only for the mixed
// quotations they make, as by default, or every stance with WithStances.
// A nil m keeps the embedded model.
func WithStanceModel(m *StanceModel) Option {
	return func(o *options) {
		if m != nil {
			o.stances = m
		}
	}
}

// The feature kinds of stanceFeatures, one byte each, hashed with the value.
const (
	sfBias byte = iota
	sfWord
	sfTag
	sfSuffix
	sfPrevWord
	sfNextWord
	sfNext2Word
	sfPrevTag
	sfNextTag
	sfBigramBefore
	sfBigramAfter
	sfCueRole
	sfQuoted
	sfShape
	sfFirst
	sfTagWindow
	sfMention
	sfSource
	sfPrevCue
	sfClass
	// The candidate model's features.
	cfBias
	cfCueFirst
	cfCueLast
	cfCueLen
	cfCueTag
	cfSpeaker
	cfSpeakerCue
	cfContentLen
	cfContentFirst
	cfContentTag
	cfGap
	cfScore
	cfBefore
	cfMark
	cfPara
	cfClause
	cfInside
	sfReported
)

// hashFeature is feature over the hashes of string values, for the
// candidate model; the cue model, run on every word, passes hashes
// computed once per word to feature itself. Both are stable across runs,
// so the model file's keys mean the same everywhere.
func hashFeature(kind byte, parts ...string) uint64 {
	vals := make([]uint64, len(parts))
	for i, p := range parts {
		vals[i] = hashString(p)
	}
	return feature(kind, vals...)
}

// hashString is FNV-1a over s with ASCII letters lower-cased.
func hashString(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

// mix folds v into the hash h.
func mix(h, v uint64) uint64 {
	h ^= v + 0x9e3779b97f4a7c15 + h<<6 + h>>2
	h *= 0xff51afd7ed558ccd
	return h ^ h>>33
}

// feature hashes a feature kind and its values.
func feature(kind byte, vals ...uint64) uint64 {
	h := mix(0x243f6a8885a308d3, uint64(kind))
	for _, v := range vals {
		h = mix(h, v)
	}
	return h
}

// Values standing for the words and tags before and after a sentence.
const (
	hashStart = 0x1000000000000001
	hashEnd   = 0x2000000000000002
	hashYes   = 0x3000000000000003
)

// words returns, once per run, the hash of every token's lower-case text.
func (f *finder) words() []uint64 {
	if f.wordHash == nil {
		f.wordHash = make([]uint64, len(f.a.Tokens))
		for i := range f.a.Tokens {
			f.wordHash[i] = hashString(f.a.TokenText(i))
		}
	}
	return f.wordHash
}

// wordHashes returns, once per run, the hash of every token's lower-case
// text and of its last three letters, and fills f.wordClass.
func (f *finder) wordHashes() (words, suffixes []uint64) {
	if f.suffixHash == nil {
		f.words()
		f.suffixHash = make([]uint64, len(f.a.Tokens))
		f.wordClass = make([]uint64, len(f.a.Tokens))
		var classes *entities.WordClasses
		if m, err := entities.DefaultModel(); err == nil {
			classes = m.Classes()
		}
		for i := range f.a.Tokens {
			w := f.a.TokenText(i)
			f.wordClass[i] = uint64(classes.Class(w))
			if len(w) > 3 {
				w = w[len(w)-3:]
			}
			f.suffixHash[i] = hashString(w)
		}
	}
	return f.wordHash, f.suffixHash
}

// stanceFeatures appends the features of token i of sentence sent to out.
func (f *finder) stanceFeatures(i int, sent article.Range, out []uint64) []uint64 {
	words, suffixes := f.wordHashes()
	word := func(k int) uint64 {
		switch {
		case k < sent.First:
			return hashStart
		case k >= sent.Last:
			return hashEnd
		}
		return words[k]
	}
	tag := func(k int) uint64 {
		switch {
		case k < sent.First:
			return hashStart
		case k >= sent.Last:
			return hashEnd
		}
		return uint64(f.a.Tokens[k].Tag) + 1
	}
	w, t := word(i), tag(i)
	out = append(out,
		feature(sfBias),
		feature(sfWord, w),
		feature(sfTag, t),
		feature(sfSuffix, suffixes[i], t),
		feature(sfPrevWord, word(i-1)),
		feature(sfNextWord, word(i+1)),
		feature(sfNext2Word, word(i+2)),
		feature(sfPrevTag, tag(i-1), t),
		feature(sfNextTag, t, tag(i+1)),
		feature(sfBigramBefore, word(i-1), w),
		feature(sfBigramAfter, w, word(i+1)),
		feature(sfTagWindow, tag(i-2), tag(i-1), t, tag(i+1)),
	)
	role := uint64(0)
	if lw := f.lower(i); nounCues[lw] {
		role = 1
	} else if actCues[lw] {
		role = 2
	} else if cueSet[lw] {
		role = 3
	}
	out = append(out, feature(sfCueRole, role, t))
	if f.quoted[i] {
		out = append(out, feature(sfQuoted))
	}
	if i == sent.First {
		out = append(out, feature(sfFirst))
	}
	if x := f.a.TokenText(i); x != "" && x[0] >= 'A' && x[0] <= 'Z' {
		out = append(out, feature(sfShape, hashYes))
	}
	if mi := f.mentionAt[i]; mi >= 0 {
		out = append(out, feature(sfMention, uint64(f.ents.Mentions[mi].Label)+1))
	}
	// Who could hold the stance: the nearest name or personal pronoun
	// within five words before.
	src := uint64(0)
	for k := i - 1; k >= sent.First && k >= i-5; k-- {
		if mi := f.mentionAt[k]; mi >= 0 {
			if l := f.ents.Mentions[mi].Label; l == entities.Person || l == entities.Org {
				src = uint64(l) + 1
				break
			}
		}
		if _, ok := pronouns[f.lower(k)]; ok {
			src = 100
			break
		}
	}
	out = append(out, feature(sfSource, src, t), feature(sfSource, src, w))
	if i > sent.First && f.cue[i-1] {
		out = append(out, feature(sfPrevCue, w))
	}
	class := func(k int) uint64 {
		if k < sent.First || k >= sent.Last {
			return hashEnd
		}
		return f.wordClass[k]
	}
	out = append(out, feature(sfClass, class(i)), feature(sfClass, class(i), class(i+1)), feature(sfClass, class(i-1), class(i), t))
	if f.reportedTokens()[i] {
		out = append(out, feature(sfReported, w), feature(sfReported, t))
	}
	return out
}

// score sums the weights of feats.
func score(w *linear.Weights, feats []uint64) float32 { return w.Sum(feats) }

// candidateFeatures appends the features of candidate c to out: its cue
// words, source, content shape and the cue model's score.
func (f *finder) candidateFeatures(c stanceCandidate, out []uint64) []uint64 {
	bucket := func(n int) string {
		switch {
		case n <= 1:
			return "1"
		case n <= 3:
			return "2-3"
		case n <= 7:
			return "4-7"
		case n <= 15:
			return "8-15"
		case n <= 30:
			return "16-30"
		}
		return "31+"
	}
	first, last := f.lower(c.cue.First), f.lower(c.cue.Last-1)
	content := f.tokensIn(c.q.Content)
	speaker := "none"
	if !c.q.Speaker.Empty() {
		speaker = "np"
		k := f.tokenAfter(c.q.Speaker.Start)
		if _, ok := pronouns[f.lower(k)]; ok {
			speaker = "pronoun"
		}
		if c.q.SpeakerCluster >= 0 {
			speaker = f.ents.Clusters[c.q.SpeakerCluster].Label.String()
		}
	}
	gap := "after"
	switch {
	case content.First < c.cue.First:
		gap = "before"
	case content.First > c.cue.Last:
		gap = f.lower(content.First - 1)
	}
	sc := "0-2"
	switch {
	case c.score > 10:
		sc = "10+"
	case c.score > 5:
		sc = "5-10"
	case c.score > 2:
		sc = "2-5"
	}
	out = append(out,
		hashFeature(cfBias),
		hashFeature(cfCueFirst, first),
		hashFeature(cfCueLast, last),
		hashFeature(cfCueLen, bucket(c.cue.Last-c.cue.First)),
		hashFeature(cfCueTag, f.a.Tokens[c.cue.First].Tag.String(), f.a.Tokens[c.cue.Last-1].Tag.String()),
		hashFeature(cfSpeaker, speaker),
		hashFeature(cfSpeakerCue, speaker, last),
		hashFeature(cfContentLen, bucket(content.Last-content.First)),
		hashFeature(cfGap, gap),
		hashFeature(cfScore, sc),
		hashFeature(cfScore, sc, speaker),
		hashFeature(cfPara, fmt.Sprint(c.para)),
	)
	if content.Last > content.First {
		out = append(out,
			hashFeature(cfContentFirst, f.lower(content.First)),
			hashFeature(cfContentTag, f.a.Tokens[content.First].Tag.String(), f.a.Tokens[content.Last-1].Tag.String()))
	}
	if f.holdsMark(content.First, content.Last) {
		out = append(out, hashFeature(cfMark))
	}
	// Whether the content is a clause of its own, and whether the cue
	// lies inside a quotation the rules found (a report within a report).
	clause := "phrase"
	if f.bareClause(content.First, content.Last) {
		clause = "clause"
	}
	inside := "out"
	if c.inside {
		inside = "in"
	}
	out = append(out, hashFeature(cfClause, clause, last), hashFeature(cfClause, clause, speaker), hashFeature(cfInside, inside))
	return out
}

// stanceWord reports whether token i may be a stance cue: a word, not
// already a quotation's cue or speaker.
func (f *finder) stanceWord(i int, covered []bool) bool {
	t := f.a.Tokens[i]
	return t.Kind == article.Word && !covered[i] && t.End-t.Start <= 24
}

// coveredTokens marks the tokens of the quotations' cues and speakers.
func (f *finder) coveredTokens() []bool {
	covered := make([]bool, len(f.a.Tokens))
	for _, q := range f.out {
		f.markSpan(covered, q.Cue)
		f.markSpan(covered, q.Speaker)
	}
	return covered
}

// markSpan sets the flags (one per token) of the tokens inside span s.
func (f *finder) markSpan(flags []bool, s article.Span) {
	if s.Empty() {
		return
	}
	r := f.tokensIn(s)
	for k := r.First; k < r.Last; k++ {
		flags[k] = true
	}
}

// stanceSentence reports whether stances are looked for in sentence s:
// where reported speech is (reportsIn), but not in captions (a caption
// says what a photograph shows: "President Dalen departs …").
func (f *finder) stanceSentence(s int) bool {
	k := f.a.Paragraphs[f.a.Sentences[s].Paragraph].Kind
	return reportsIn(k) && k != article.Caption && (f.stanceSents == nil || f.stanceSents[s])
}

// stanceCandidate is an attribution the cue model proposes, before the
// candidate model judges it.
type stanceCandidate struct {
	q      Quote
	cue    article.Range
	score  float32 // the cue model's score of the cue's first word
	para   article.ParagraphKind
	inside bool // the cue lies inside the content of a quotation the rules found
}

// stances adds the stance attributions model m finds to f.out. Words in
// marks inside one that nobody else says are the source's own: the stance
// becomes a mixed quotation holding them (accused her of “…”), as reported
// speech does. With mixedOnly, only those are added: quoted words the
// rules left alone or called a term, which a stance cue makes somebody's
// (Find's default); then only sentences holding such words are read.
func (f *finder) stances(m *StanceModel, mixedOnly bool) {
	direct := 0 // the quotations in marks lead f.out, in text order
	for direct < len(f.out) && (f.out[direct].Kind == Direct || f.out[direct].Kind == Term) {
		direct++
	}
	if mixedOnly {
		// A stance holds quoted words, or takes their speaker, only in
		// the sentence they start in.
		f.stanceSents = make([]bool, len(f.a.Sentences))
		found := false
		for _, q := range f.out[:direct] {
			if q.Kind != 0 {
				if s := f.a.SentenceOf(f.tokenAfter(q.Content.Start)); s >= 0 {
					f.stanceSents[s] = true
					found = true
				}
			}
		}
		if !found {
			return
		}
	}
	f.cursor = 0
	var feats []uint64
	var kept []article.Span // the contents of the stances kept, in order
	for _, c := range f.stanceCandidates(m) {
		if m.r != nil {
			feats = f.candidateFeatures(c, feats[:0])
			if score(m.r, feats) <= m.threshold {
				continue
			}
		}
		if mixedOnly && f.passiveCue(c.cue) {
			continue // he was called a “traitor”: no words of its subject
		}
		if repeats(c.q, kept) {
			continue // two runs of cue words for one stance (didn't apologize for …)
		}
		if f.absorb(&c.q, direct) && (!mixedOnly || c.q.Kind == Mixed) {
			f.out = append(f.out, c.q)
			i := sort.Search(len(kept), func(i int) bool { return kept[i].Start > c.q.Content.Start })
			kept = slices.Insert(kept, i, c.q.Content)
		}
	}
	f.dropRemoved()
}

// passiveCue reports whether a word of cue is a participle after a form of
// "be" (was called, is being accused): its subject is who the words are
// about, not who said them.
func (f *finder) passiveCue(cue article.Range) bool {
	s := f.sentence(cue.First)
	for k := cue.First; k < cue.Last; k++ {
		if _, ok := f.passive(k, s); ok {
			return true
		}
	}
	return false
}

// reportedTokens returns, once per run (after the rules), which tokens lie
// inside the content of a quotation the rules found, by a sweep over where
// contents open and close (linear however many overlap).
func (f *finder) reportedTokens() []bool {
	if f.reportedTok != nil {
		return f.reportedTok
	}
	depth := make([]int32, len(f.a.Tokens)+1)
	for _, q := range f.out {
		if q.Kind != Term {
			r := f.tokensIn(q.Content)
			depth[r.First]++
			depth[r.Last]--
		}
	}
	f.reportedTok = make([]bool, len(f.a.Tokens))
	for k, d := int32(0), 0; d < len(f.reportedTok); d++ {
		k += depth[d]
		f.reportedTok[d] = k > 0
	}
	return f.reportedTok
}

// stanceCandidates returns the attributions m's cue model proposes on the
// words the quotations left: each run of cue words, read by stance.
func (f *finder) stanceCandidates(m *StanceModel) []stanceCandidate {
	covered := f.coveredTokens()
	contents := make([]article.Span, len(f.out))
	for i, q := range f.out {
		contents[i] = q.Content
	}
	reported := f.reportedTokens()
	sort.Slice(contents, func(i, j int) bool { return contents[i].Start < contents[j].Start })
	var out []stanceCandidate
	var feats []uint64
	var starts []int // every quotation's first tokens, for the content-bounds model
	scored := func(k int, r article.Range) (float32, bool) {
		feats = f.stanceFeatures(k, r, feats[:0])
		sc := score(m.w, feats)
		return sc, sc > 0
	}
	f.cueRuns(covered, scored, func(sent article.Sentence, i, e int, sc float32) {
		q, cue, ok := f.stance(sent.Tokens, i, e)
		if ok && f.boundsModel != nil {
			if starts == nil {
				starts = f.quotationStarts()
			}
			feats = f.moveBounds(&q, starts, feats)
		}
		if ok && !repeats(q, contents) {
			q.Paragraph = sent.Paragraph
			out = append(out, stanceCandidate{q: q, cue: cue, score: sc, para: f.a.Paragraphs[sent.Paragraph].Kind, inside: reported[cue.First]})
		}
	})
	return out
}

// cueRuns calls fn for each run of cue words in the sentences that may
// hold stances: a word the quotations left (not covered) that cue takes,
// and the words after it that it takes too, eight at most (has raised
// questions about); sc is what cue said of the run's first word.
func (f *finder) cueRuns(covered []bool, cue func(k int, r article.Range) (float32, bool), fn func(sent article.Sentence, i, e int, sc float32)) {
	for s, sent := range f.a.Sentences {
		if !f.stanceSentence(s) {
			continue
		}
		r := sent.Tokens
		for i := r.First; i < r.Last; i++ {
			if !f.stanceWord(i, covered) {
				continue
			}
			sc, ok := cue(i, r)
			if !ok {
				continue
			}
			e := i + 1
			for e < r.Last && e < i+8 && f.stanceWord(e, covered) {
				if _, ok := cue(e, r); !ok {
					break
				}
				e++
			}
			fn(sent, i, e, sc)
			i = e - 1
		}
	}
}

// markSpans returns one flag per token, set for the tokens inside the
// byte spans.
func (f *finder) markSpans(spans [][2]int) []bool {
	marked := make([]bool, len(f.a.Tokens))
	for _, c := range spans {
		f.markSpan(marked, article.Span{Start: c[0], End: c[1]})
	}
	return marked
}

// stance reads the attribution whose cue is tokens s..e of sentence sent:
// the content after the cue (over a "that"), or, when the cue ends its
// clause, the clause before it; the source is the cue's subject or
// possessor.
func (f *finder) stance(sent article.Range, s, e int) (Quote, article.Range, bool) {
	var sp, ante article.Range
	if t := f.a.Tokens[s].Tag; t.IsVerb() || t == article.MD || auxiliaries[f.lower(s)] {
		if p, a, ok := f.subject(s, sent); ok {
			sp, ante = p, a
		}
	} else if p, ok := f.possessor(s, sent); ok {
		sp = p
	}
	c := e
	// said Thursday that …, said on Friday that …
	for c < sent.Last && c < e+3 && (timeWords[f.lower(c)] || f.lower(c) == "on" && c+1 < sent.Last && timeWords[f.lower(c+1)]) {
		c++
	}
	if c < sent.Last && f.lower(c) == "that" {
		c++
	} else if c == e && c+1 < sent.Last && f.a.Tokens[c].Tag == article.IN && f.a.Tokens[c+1].Kind != article.Punct {
		c++ // criticism of …, calls for …: the preposition is the cue's
		e = c
	}
	var content article.Range
	if c < sent.Last && f.a.Tokens[c].Kind != article.Punct {
		content = article.Range{First: c, Last: f.stanceEnd(c, f.clauseEnd(c, sent.Last))}
	} else if sp.Last > sp.First && sp.First > sent.First {
		if k := f.commaBefore(sp.First); k > sent.First {
			content = article.Range{First: sent.First, Last: k}
		}
	}
	for content.Last > content.First && f.a.Tokens[content.Last-1].Kind == article.Punct && !f.a.Tokens[content.Last-1].Kind.IsQuote() {
		content.Last--
	}
	if content.Last-content.First < 1 {
		return Quote{}, article.Range{}, false
	}
	cue := article.Range{First: s, Last: e}
	q := f.indirectQuote(content, cue, sp, ante)
	q.Kind = Stance
	return q, cue, true
}

// stanceEnd returns where the content of a stance starting at c ends,
// before e: at a comma, a colon, a dash or a "but" (cutting the adjuncts
// there cost more than it gained on PolNeAR).
func (f *finder) stanceEnd(c, e int) int {
	for k := c + 1; k < e; k++ {
		w := f.lower(k)
		if w == "," || w == ":" || w == ";" || w == "but" || w == "—" || w == "–" {
			return k
		}
	}
	return e
}

// repeats reports whether q covers the same words as one of the contents
// (sorted by start), each holding at least half of the other: then it adds
// nothing. Only the 16 contents starting nearest before q's end are
// looked at, so many quotations keep this bounded.
func repeats(q Quote, contents []article.Span) bool {
	i := sort.Search(len(contents), func(i int) bool { return contents[i].Start >= q.Content.End })
	for k := i - 1; k >= 0 && k >= i-16; k-- {
		if sameWords(contents[k], q.Content) {
			return true
		}
	}
	return false
}

// TrainingArticle is an article to train the stance and content-bounds models
// on: its text, the byte spans of its gold cues, and the byte spans of each
// gold content.
type TrainingArticle struct {
	Text     string
	Cues     [][2]int
	Contents [][][2]int
}

// StanceArticle is the former name of TrainingArticle.
//
// Deprecated: use TrainingArticle.
type StanceArticle = TrainingArticle

// stanceDoc is a training article read and run through the quotation rules.
type stanceDoc struct {
	f        *finder // after the rules: f.out holds their quotations only
	gold     []bool  // token is in a gold cue
	contents [][]int // the tokens of each gold content, in order
}

// TrainStances trains a stance model on articles. The cue model learns
// from every word the quotation rules leave, a cue if a gold cue span
// covers it. The candidate model learns from the attributions a cue model
// trained on the other half of the articles proposes, kept if one matches a
// gold content (each holds at least half of the other's words). Both are
// logistic regressions trained as t says (see Training); the same articles
// always give the same model.
func TrainStances(arts []TrainingArticle, t Training) (*StanceModel, error) {
	bm := t.Bounds
	if bm == nil {
		bm = embeddedBounds()
	}
	docs := make([]stanceDoc, len(arts))
	for i, d := range arts {
		a, err := article.Parse(d.Text)
		if err != nil {
			return nil, err
		}
		f := newFinder(a, entities.Recognize(a))
		f.direct()
		f.indirect()
		f.bounds(bm)
		sd := stanceDoc{f: f, gold: f.markSpans(d.Cues)}
		for _, spans := range d.Contents {
			var toks []int
			for _, c := range spans {
				r := f.tokensIn(article.Span{Start: c[0], End: c[1]})
				for k := r.First; k < r.Last; k++ {
					if a.Tokens[k].Kind == article.Word {
						toks = append(toks, k)
					}
				}
			}
			sd.contents = append(sd.contents, toks)
		}
		docs[i] = sd
	}
	cueModel := func(keep func(i int) bool) *linear.Weights {
		var exs []linear.Example
		for i, d := range docs {
			if keep(i) {
				exs = d.cueExamples(exs)
			}
		}
		return linear.NewWeights(linear.Logistic(exs, t.options()))
	}
	m := &StanceModel{w: cueModel(func(int) bool { return true })}
	if m.w.Len() == 0 {
		return nil, errors.New("quotes: no training examples")
	}
	// Candidates for the candidate model, each half's from a cue model of
	// the other half: as the model will meet them on new text.
	halves := [2]*linear.Weights{cueModel(func(i int) bool { return i%2 == 1 }), cueModel(func(i int) bool { return i%2 == 0 })}
	var exs, byHalf [2][]linear.Example
	for i, d := range docs {
		for _, c := range d.f.stanceCandidates(&StanceModel{w: halves[i%2]}) {
			ex := linear.Example{Feats: d.f.candidateFeatures(c, nil), Pos: d.matches(c.q)}
			byHalf[i%2] = append(byHalf[i%2], ex)
			exs[0] = append(exs[0], ex)
		}
	}
	m.r = linear.NewWeights(linear.Logistic(exs[0], t.options()))
	// The threshold: a candidate model trained on one half scores the
	// other's candidates, and the bar is set where what is kept adds most
	// to F1, each kept candidate worth 1-keepPrecision if it matches and
	// -keepPrecision if not.
	var scored []scoredExample
	for h := range 2 {
		r := linear.NewWeights(linear.Logistic(byHalf[h], t.options()))
		for _, ex := range byHalf[1-h] {
			scored = append(scored, scoredExample{score(r, ex.Feats), ex.Pos})
		}
	}
	m.threshold = bestThreshold(scored)
	return m, nil
}

// keepPrecision is the precision at which keeping a candidate stops
// adding to F1: near half the F1 the system reaches on PolNeAR with stances.
const keepPrecision = 0.35

type scoredExample struct {
	score float32
	pos   bool
}

// bestThreshold returns the score above which keeping candidates gains
// most: each kept one counts 1-keepPrecision if it is a match, and
// -keepPrecision if not. The gain curve is flat near its top, where its
// highest point wanders from one training to the next: the bar is the
// middle of the cuts whose gain is within thresholdSlack of the best.
func bestThreshold(exs []scoredExample) float32 {
	sort.Slice(exs, func(i, j int) bool { return exs[i].score > exs[j].score })
	type cut struct {
		at   float32
		gain float64
	}
	var cuts []cut
	gain, bestGain := 0.0, 0.0
	for i, ex := range exs {
		if ex.pos {
			gain += 1 - keepPrecision
		} else {
			gain -= keepPrecision
		}
		if i+1 == len(exs) || exs[i+1].score < ex.score {
			at := ex.score
			if i+1 < len(exs) {
				at = (ex.score + exs[i+1].score) / 2
			}
			cuts = append(cuts, cut{at, gain})
			bestGain = max(bestGain, gain)
		}
	}
	if bestGain == 0 {
		return float32(math.Inf(1)) // nothing is worth keeping
	}
	var near []float32
	for _, c := range cuts {
		if c.gain >= bestGain*(1-thresholdSlack) {
			near = append(near, c.at)
		}
	}
	return near[len(near)/2]
}

// thresholdSlack is how far below the best gain a cut may fall and still
// count as the top of the curve: on held-out tenths 0, 3, 5 and 7 of
// PolNeAR train, 0.03 and 0.06 each gave 0.7005 for all attributions with
// stances against 0.6993 for the single best cut, with thresholds spread
// over 1.7 instead of 3.3.
const thresholdSlack = 0.06

// cueExamples appends an example for every word the rules left.
func (d *stanceDoc) cueExamples(exs []linear.Example) []linear.Example {
	f := d.f
	covered := f.coveredTokens()
	for s, sent := range f.a.Sentences {
		if !f.stanceSentence(s) {
			continue
		}
		for i := sent.Tokens.First; i < sent.Tokens.Last; i++ {
			if f.stanceWord(i, covered) {
				exs = append(exs, linear.Example{Feats: f.stanceFeatures(i, sent.Tokens, nil), Pos: d.gold[i]})
			}
		}
	}
	return exs
}

// matches reports whether q's content and a gold content each hold at least
// half of the other's words.
func (d *stanceDoc) matches(q Quote) bool {
	f := d.f
	r := f.tokensIn(q.Content)
	n := 0
	for k := r.First; k < r.Last; k++ {
		if f.a.Tokens[k].Kind == article.Word {
			n++
		}
	}
	for _, g := range d.contents {
		both := 0
		for _, k := range g {
			if k >= r.First && k < r.Last {
				both++
			}
		}
		if n > 0 && len(g) > 0 && 2*both >= n && 2*both >= len(g) {
			return true
		}
	}
	return false
}

// Training holds the settings of TrainBounds and TrainStances. Each of
// their models minimises a convex loss (logistic, or log-linear ranking)
// summed over its examples plus L2/2 times the squared norm of its weights,
// by L-BFGS from zero weights. The optimum is unique, so the same articles
// always give the same model, and a few articles more or less move it only
// a little.
type Training struct {
	// L2 is the weight of the penalty on the squared weights.
	L2 float64
	// Prune drops weights whose magnitude is below it, to keep the model
	// small.
	Prune float64
	// Iterations bounds the L-BFGS steps (0: 300); training stops before
	// when a step lowers the objective by less than a billionth.
	Iterations int
	// Bounds is the content-bounds model TrainStances reads the quotations
	// and stance candidates with, as Find will (nil: the embedded one).
	// TrainBounds does not read it.
	Bounds *BoundsModel
}

// DefaultBoundsTraining and DefaultStanceTraining are the settings the
// embedded models were trained with (by whosaid-train bounds and
// whosaid-train stances). On held-out tenths of PolNeAR train, L2 0.3, 1
// and 3 gave content-bounds models within 0.005 F1 of each other, 1 the
// best exact spans; pruning at 0.03 and 0.1 left the figures within 0.002
// of models pruned at 0.001, at half their size or less.
var (
	DefaultBoundsTraining = Training{L2: 1, Prune: 0.03}
	DefaultStanceTraining = Training{L2: 1, Prune: 0.1}
)

func (t Training) options() linear.Options {
	return linear.Options{L2: t.L2, Prune: t.Prune, Iterations: t.Iterations}
}

// stanceMagic opens a stance model file.
const stanceMagic = "whosaid-stance-5\n"

// WriteTo writes the model (see package modelfile): the candidate model's
// threshold, then the cue model's and the candidate model's weights, each
// in key order, little endian. The same model always gives the same bytes.
func (m *StanceModel) WriteTo(w io.Writer) (int64, error) {
	return modelfile.Write(w, stanceMagic, func(bw *bufio.Writer) {
		binary.Write(bw, binary.LittleEndian, m.threshold)
		modelfile.WriteMap(bw, m.w.Map())
		modelfile.WriteMap(bw, m.r.Map())
	})
}

// ReadStanceModel reads a model written by WriteTo.
func ReadStanceModel(r io.Reader) (*StanceModel, error) {
	br, err := modelfile.Open(r, stanceMagic, "quotes: stance model")
	if err != nil {
		return nil, err
	}
	m := &StanceModel{}
	if err := binary.Read(br, binary.LittleEndian, &m.threshold); err != nil {
		return nil, err
	}
	if err := readWeights(br, &m.w, &m.r); err != nil {
		return nil, err
	}
	if m.r.Len() == 0 {
		m.r = nil
	}
	return m, nil
}

// Threshold returns the score above which the candidate model keeps an
// attribution, set in training.
func (m *StanceModel) Threshold() float32 { return m.threshold }

// Len returns the number of weights of the model, both steps.
func (m *StanceModel) Len() int { return m.w.Len() + m.r.Len() }
