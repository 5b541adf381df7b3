package quotes

import (
	"bufio"
	_ "embed"
	"errors"
	"github.com/whosaid/whosaid/internal/linear"
	"io"
	"math"
	"sort"

	"github.com/whosaid/whosaid/article"
	"github.com/whosaid/whosaid/entities"
	"github.com/whosaid/whosaid/internal/modelfile"
)

// Where reported content ends, and then where it starts, is learned. The
// clause rules end a report at the sentence's end or at the first comma,
// conjunction or cue that starts something else; news attribution corpora
// end it sooner or later by conventions no short list of rules states
// (PolNeAR stops before most adjuncts of time and reason, and goes on over
// some coordinated clauses), and start it past asides the rules take in.
// Two ranking models (log-linear, over hashed features of each possible
// last word: its word and tag, the next word and tag, the two next words,
// the distance and commas from the rules' end, the content's length and
// the cue, whether the content holds a finite verb; and of each possible
// first word: it and the word before, their tags, the distance from the
// rules' start, the length, whether the words between it and the rules'
// start hold a finite verb) choose the end of
// each reported and mixed quotation among the word ends from its first
// word to the end of its sentence, never inside marks, past a fragment's
// end or into another quotation, and then its start, after its cue and
// speaker, before its first fragment and never at a "that".
// `whosaid-train bounds` trains them on PolNeAR's train split and they are
// embedded as bounds.bin.gz; with no model, the rules' bounds stand.

//go:embed bounds.bin.gz
var boundsFile []byte

// embeddedBounds returns the embedded content-bounds model, read once when
// first needed.
var embeddedBounds = embedded("content-bounds", boundsFile, ReadBoundsModel)

// BoundsModel chooses where the content of reported speech ends and
// starts.
type BoundsModel struct {
	w *linear.Weights // where content ends
	s *linear.Weights // where it starts
}

// Len returns the number of weights of the model.
func (m *BoundsModel) Len() int { return m.w.Len() + m.s.Len() }

// The feature kinds of endFeatures.
const (
	bfRule byte = iota + 64 // apart from the stance models' kinds
	bfLastWord
	bfLastTag
	bfNextWord
	bfNextTag
	bfTags
	bfLen
	bfCommas
	bfCue
	bfKind
	bfNextRule
	bfSentEnd
	// The start model's.
	sfStartRule
	sfStartWord
	sfStartTag
	sfBeforeWord
	sfBeforeTag
	sfStartTags
	sfStartLen
	// Added later (kinds keep their values): the end model's, then the
	// start model's.
	bfNext2
	bfShape
	sfStartShape
)

// maxMove is the most tokens the model moves an end (a start, a quarter
// of it).
const maxMove = 100

// reach is the span of ends a quotation's content may take: from lo to hi
// (token indexes, exclusive ends), with the rules' end rule.
type reach struct {
	first, lo, rule, hi int
	sentEnd             int    // the end of the sentence
	cue, kind           uint64 // the hash of the cue's last word, and the quotation's kind
}

// clauseOf returns the tokens of q's content and of its sentence, and the
// hash of its cue's last word, when q is a single reported clause inside
// one sentence (ok is false if not): what the bounds models may move.
func (f *finder) clauseOf(q *Quote) (r, sent article.Range, cue uint64, ok bool) {
	if q.Kind != Indirect && q.Kind != Mixed && q.Kind != Stance || len(q.Parts) != 1 || q.turn || q.fixed {
		return r, sent, 0, false
	}
	r = f.tokensIn(q.Content)
	if r.Last <= r.First {
		return r, sent, 0, false
	}
	s := f.a.SentenceOf(r.First)
	if s < 0 || f.a.SentenceOf(r.Last-1) != s {
		return r, sent, 0, false
	}
	cue = hashStart
	if c := f.tokensIn(q.Cue); c.Last > c.First {
		cue = f.words()[c.Last-1]
	}
	return r, f.a.Sentences[s].Tokens, cue, true
}

// reachOf returns where q's content may end, and false when q is not a
// single reported clause inside one sentence. starts holds where every
// quotation's content, cue and speaker start, sorted: content ends run to
// the next of them, or to its own cue.
func (f *finder) reachOf(q *Quote, starts []int) (reach, bool) {
	r, sent, cue, ok := f.clauseOf(q)
	if !ok {
		return reach{}, false
	}
	rc := reach{first: r.First, lo: r.First + 1, rule: r.Last, hi: sent.Last, sentEnd: sent.Last, cue: cue, kind: uint64(q.Kind)}
	for _, fr := range q.Fragments {
		// Not before a fragment's closing mark.
		rc.lo = max(rc.lo, f.tokenAfter(fr.End)+1)
	}
	// The next quotation's first token, or its own cue after it (“…,”
	// said X), by byte offset: one token search.
	next := math.MaxInt
	if k := sort.SearchInts(starts, q.Content.End); k < len(starts) {
		next = starts[k]
	}
	for _, s := range []article.Span{q.Cue, q.Speaker} {
		if !s.Empty() && s.Start >= q.Content.End {
			next = min(next, s.Start)
		}
	}
	// Not into the hearer's phrase before a trailing cue with no speaker
	// (…, the court heard; …, Birmingham Crown Court has heard).
	if q.Speaker.Empty() && !q.Cue.Empty() && q.Cue.Start >= q.Content.End {
		c := f.tokenAfter(q.Cue.Start)
		for c-1 > r.Last && auxiliaries[f.lower(c-1)] {
			c--
		}
		if np := f.npBefore(c, r.Last); np < c {
			next = min(next, f.a.Tokens[np].Start)
		}
	}
	if next < f.a.Tokens[rc.hi-1].End {
		rc.hi = min(rc.hi, f.tokenAfter(next))
	}
	// Not past "and" or "but" and a verb of speaking or promising in the
	// past: the speaker's next act (said the figures were “unacceptable”
	// and promised …; not and wrote in Ron Pauley, and thought she was …).
	for n := rc.rule; n+1 < rc.hi && n < rc.rule+maxMove; n++ {
		if w := f.lower(n); (w == "and" || w == "but") && f.a.Tokens[n+1].Tag == article.VBD && nextActs[f.lower(n+1)] && !f.quoted[n+1] {
			rc.hi = n
			break
		}
	}
	// Not past the sentence's closing punctuation.
	for rc.hi > rc.rule && f.a.Tokens[rc.hi-1].Kind == article.Punct && f.text(rc.hi-1) != ")" {
		rc.hi--
	}
	if rc.lo > rc.rule || rc.hi < rc.rule {
		return reach{}, false
	}
	// Near the rules' end only: a run-on sentence must not make each
	// quotation cost its length squared.
	rc.lo, rc.hi = max(rc.lo, rc.rule-maxMove), min(rc.hi, rc.rule+maxMove)
	return rc, true
}

// nextActs are the verbs in the past after "and" or "but" that a
// speaker's next act of speech opens (and promised …, but insisted …).
var nextActs = map[string]bool{"said": true, "added": true, "promised": true, "pledged": true, "vowed": true, "warned": true, "insisted": true, "announced": true,
	"admitted": true, "conceded": true, "acknowledged": true}

// startReach is the span of starts a quotation's content may take: from lo
// to hi (token indexes), with the rules' start rule and its end.
type startReach struct {
	lo, rule, hi, end int
	cue, kind         uint64
	trailing          bool // the cue comes after the content (…, the court heard)
	cueAt             int  // where the report's own cue starts (a byte offset), -1 if it has none
}

// startOf returns where q's content may start: after its cue and speaker
// when they come before it, not after its first fragment's opening mark,
// within its sentence and near the rules' start.
func (f *finder) startOf(q *Quote) (startReach, bool) {
	r, sent, cue, ok := f.clauseOf(q)
	if !ok || r.Last-r.First < 2 {
		return startReach{}, false
	}
	sr := startReach{lo: sent.First, rule: r.First, hi: r.Last - 1, end: r.Last, cue: cue, kind: uint64(q.Kind), trailing: q.Cue.Start >= q.Content.End, cueAt: -1}
	if !q.Cue.Empty() {
		sr.cueAt = q.Cue.Start
	}
	for _, sp := range []article.Span{q.Cue, q.Speaker} {
		if !sp.Empty() && sp.End <= q.Content.Start {
			sr.lo = max(sr.lo, f.tokenAfter(sp.End))
		}
	}
	if q.startFixed {
		sr.lo = r.First // (not back over the phrase the cue's comma closes: As the society pointed out in its response to the consultation, car parks are …)
	}
	for _, fr := range q.Fragments {
		sr.hi = min(sr.hi, f.tokenAfter(fr.Start)-1) // not past a fragment's opening mark
	}
	if sr.trailing {
		// Not past another report's participle cue inside the content:
		// the report holds it (… found in snow, suggesting they are
		// carried by the wind, scientists say: not "they are carried …").
		if c := f.cueInside(q, f.a.Tokens[sr.rule].Start, f.a.Tokens[sr.hi].End); c >= 0 {
			sr.hi = min(sr.hi, c-1)
		}
		// Nor past the speaker of another report that opens the content,
		// its cue inside it too (Nurses … have described a "culture of fear"
		// …, a union has claimed: the union's report is the nurses'
		// description, not its object).
		if q.Content.Start == f.a.Tokens[sr.rule].Start && f.speakerOpens(q, sr.rule, sr.end) {
			sr.hi = sr.rule
		}
	}
	sr.lo, sr.hi = max(sr.lo, sr.rule-maxMove/4), min(sr.hi, sr.rule+maxMove/4)
	if sr.lo > sr.rule || sr.hi < sr.rule {
		return startReach{}, false
	}
	return sr, true
}

// sortCues sets cueStarts, where the cues of the rules' reports start,
// sorted, and cueOwners, the reports (indexes in f.out) in the same
// order, once.
func (f *finder) sortCues() {
	if f.cueStarts != nil {
		return
	}
	f.cueStarts, f.cueOwners = make([]int, 0, len(f.out)), make([]int, 0, len(f.out))
	for i, o := range f.out {
		if !o.Cue.Empty() {
			f.cueOwners = append(f.cueOwners, i)
		}
	}
	sort.SliceStable(f.cueOwners, func(a, b int) bool { return f.out[f.cueOwners[a]].Cue.Start < f.out[f.cueOwners[b]].Cue.Start })
	for _, i := range f.cueOwners {
		f.cueStarts = append(f.cueStarts, f.out[i].Cue.Start)
	}
}

// reportIn reports whether the cue of one of the rules' reports, other
// than the one starting at byte own, starts in tokens lo..hi-1.
func (f *finder) reportIn(own, lo, hi int) bool {
	f.sortCues()
	from, to := f.a.Tokens[lo].Start, f.a.Tokens[hi-1].End
	for i := sort.SearchInts(f.cueStarts, from); i < len(f.cueStarts) && f.cueStarts[i] < to; i++ {
		if f.cueStarts[i] != own {
			return true
		}
	}
	return false
}

// speakerOpens reports whether another of the rules' reports has its
// speaker start at token lo and its cue end by token hi.
func (f *finder) speakerOpens(q *Quote, lo, hi int) bool {
	from, to := f.a.Tokens[lo].Start, f.a.Tokens[hi-1].End
	f.sortCues()
	for i := sort.SearchInts(f.cueStarts, from); i < len(f.cueStarts) && f.cueStarts[i] < to; i++ {
		if o := &f.out[f.cueOwners[i]]; o != q && o.Speaker.Start == from && !o.Speaker.Empty() && o.Cue.End <= to {
			return true
		}
	}
	return false
}

// cueInside returns the first token of the first cue of the rules'
// reports other than q's that starts inside bytes [lo, hi) with a
// participle after a comma (…, suggesting …), or -1.
func (f *finder) cueInside(q *Quote, lo, hi int) int {
	f.sortCues()
	for i := sort.SearchInts(f.cueStarts, lo); i < len(f.cueStarts) && f.cueStarts[i] < hi; i++ {
		if k := f.tokenAfter(f.cueStarts[i]); f.cueStarts[i] != q.Cue.Start && f.a.Tokens[k].Tag == article.VBG && k > 0 && f.text(k-1) == "," {
			return k
		}
	}
	return -1
}

// startOK reports whether content may start at token j: at a word or an
// opening mark, not right after an opening mark or between two quoted
// words, not at a "that" before the rules' start (said that …: the
// clause, not its "that", is what is reported), and not at a "to" inside
// a "that" clause the rules start.
func (f *finder) startOK(j int, sr *startReach) bool {
	t := f.a.Tokens[j]
	if j < sr.rule && f.lower(j) == "that" {
		return false
	}
	if j < sr.rule && f.inAside(j, sr) {
		return false // (According to a senior aide, who was not authorized to speak publicly, negotiators …: not at "to speak")
	}
	if j > sr.rule+1 && f.lower(j-1) == "that" && (f.lower(j-2) == "and" || f.lower(j-2) == "but") {
		return false // (not after "and that": said that enrolment had fallen and that keeping both open would cost …, one report of two clauses)
	}
	if mi := f.mentionAt[j]; j > sr.rule+1 && !sr.trailing && f.text(j-1) == "," && (mi >= 0 || j+1 < len(f.a.Tokens) && f.mentionAt[j+1] >= 0) && f.npAfter(sr.rule, j-1) == j-1 {
		return false // (accused the current mayor, Conservative Tom Whitby, of …: not at the name set off after its noun phrase)
	}
	if j > sr.rule+1 && !sr.trailing && f.lower(j-1) == "that" && f.some(sr.rule, j-1, func(k int) bool { return f.isCue(k) && f.a.Tokens[k].Tag.IsVerb() && !f.quoted[k] }) {
		return false // (says the ministry was told in 2021 that …: not past the cue of a report inside, to its "that")
	}
	if j > sr.rule && sr.rule > 0 && f.lower(sr.rule-1) == "that" && f.a.Tokens[j].Tag == article.TO {
		return false // warned that plans/VBZ to close … would: the clause's subject, not its "to"
	}
	if sr.trailing && j > sr.rule && (f.a.Tokens[j].Tag == article.TO && f.a.Tokens[j-1].Tag.IsVerb() || f.lower(j) == "who" || f.lower(j) == "whose" ||
		f.a.Tokens[j-1].Tag == article.IN && f.lower(j-1) != "that" || f.a.Tokens[j-1].Tag == article.TO || f.a.Tokens[j-1].Tag == article.RP ||
		f.a.Tokens[j-1].Tag == article.VB || f.a.Tokens[j-1].Tag == article.VBG && !f.isCue(j-1)) {
		// (not at a verb's "to" in a report before its cue: …, took
		// control of … after offering to help, the court heard; nor at
		// the relative pronoun of an aside on its subject or of a
		// clause on it: Margaret Hale, who became …, has died, her
		// family said; People who live near roads are …, according to
		// a study; nor right after a preposition, "to" too, a verb's
		// particle, its base form or its participle: … for the first
		// time in its history, the union has announced; … on the
		// approach to the Port of Kelby …, the port has warned; … to
		// take over the running of …; … is to play a retired officer
		// …; … near Columbus, Ohio, creating 3,000 jobs, the company
		// announced)
		return false
	}
	if r := j - 1; sr.trailing && (r > sr.rule && (f.lower(r) == "that" || f.lower(r) == "which") && f.a.Tokens[r-1].Tag.IsNoun() ||
		j > sr.rule && (f.lower(j) == "that" || f.lower(j) == "which") && f.a.Tokens[j-1].Tag.IsNoun()) && f.reportIn(sr.cueAt, j, sr.end) {
		return false // (not at or inside a relative clause on a noun of the report where another report's cue stands: will review gambling laws that campaigners say are outdated, the minister announced)
	}
	if mi := f.mentionAt[max(j-2, 0)]; sr.trailing && j-2 >= sr.rule && f.text(j-1) == "," && mi >= 0 && f.ents.Mentions[mi].Tokens.First == sr.rule {
		return false // (not after the name that opens the report and its comma: Arif Chaudhry, 51, used his firm …, the court heard)
	}
	if mi := f.mentionAt[sr.rule]; sr.trailing && j > sr.rule && mi >= 0 && f.text(j-1) == "," && (f.a.Tokens[j].Tag == article.MD || f.a.Tokens[j].Tag.IsFinite()) {
		if e := f.ents.Mentions[mi].Tokens.Last; e < j-1 && f.text(e) == "," {
			return false // (nor at the verb after the aside on that name: Veltronic, the world's fourth-largest chipmaker, will build …, the company announced)
		}
	}
	if mi, mb := f.mentionAt[j], f.mentionAt[max(j-2, 0)]; j-2 >= sr.rule && f.text(j-1) == "," && mi >= 0 && mb >= 0 && f.ents.Mentions[mi].Label == entities.GPE && f.ents.Mentions[mb].Label == entities.GPE {
		return false // (not at a town's state or country set off by its comma: a plant near Columbus, Ohio, creating 3,000 jobs)
	}
	if !sr.trailing && j > sr.rule+1 && f.a.Tokens[j-1].Tag == article.VBG && !f.isCue(j-1) && !f.quoted[j-1] {
		return false // (nor, after its cue, right after a participle that is no cue: heard Hollins had been drinking before driving his car home, not "his car home")
	}
	if f.afterSubjectsVerb(j, sr.rule) {
		return false // (not right after a noun's verb, leaving its subject out: Inquiry told care home staff ignored/VBN warnings)
	}
	if j > sr.rule && t.Tag == article.TO && (f.a.Tokens[j-1].Tag.IsNoun() || objectPronouns[f.lower(j-1)] != "") && f.a.Tokens[j-1].Kind == article.Word {
		return false // (not at the "to" after a noun or an object pronoun, the noun's or its infinitive's: urged young drivers to slow down, urged them to …; the approach to the Port of Kelby)
	}
	if f.afterLeadClause(j, sr.rule) {
		return false // (not after the comma of a clause that opens the report: If they can find money for offices, they can find it for this)
	}
	if sr.trailing && j > sr.rule && t.Tag == article.IN && f.a.Tokens[j-1].Tag.IsNoun() && f.a.Tokens[j-1].Kind == article.Word {
		switch f.lower(j) { // (nor at "if" there: Teachers could strike this winter if the government …, the union warned)
		case "that", "whether":
		default:
			return false // (not at a preposition after the noun it belongs to: Workers at the plant could strike, the union warned)
		}
	}
	if j > sr.rule {
		// (not at the "to" or other preposition of a participle inside
		// the clause, nor right after it: denied misleading Parliament
		// over a contract awarded to a company run by a former adviser)
		to := j
		if f.preposition(j - 1) {
			to = j - 1
		}
		if f.preposition(to) && to > sr.rule && f.a.Tokens[to-1].Tag == article.VBN && to+1 < len(f.a.Tokens) && f.a.Tokens[to+1].Tag != article.VB {
			return false // (a preposition's "to", not an infinitive's: voted to strike)
		}
	}
	if sr.trailing && j > sr.rule && t.Tag.IsNoun() && f.a.Tokens[j-1].Kind == article.Word {
		switch f.a.Tokens[j-1].Tag {
		case article.DT, article.PRPS, article.JJ, article.JJR, article.JJS, article.VBG, article.NN, article.NNS, article.NNP, article.NNPS:
			return false // (not inside the noun phrase it opens: Waiting lists at hospitals have grown, figures show)
		}
	}
	switch t.Kind {
	case article.Word, article.Number, article.Abbreviation, article.OpenQuote:
	default:
		return false
	}
	if j > 0 && f.a.Tokens[j-1].Kind == article.OpenQuote {
		return false // (at the mark, not the word after it: warn of 'devastating' impact)
	}
	return !(j > 0 && f.quoted[j-1] && f.quoted[j] && t.Kind != article.OpenQuote)
}

// inAside reports whether token j, before the rules' start, lies inside a
// relative aside set off by commas after sr.lo and closed by a comma
// before the rules' start: "who", "which" or "whose" after a comma before
// j, and a comma from j on.
func (f *finder) inAside(j int, sr *startReach) bool {
	for p := j; p > sr.lo; p-- {
		if w := f.lower(p); (w == "who" || w == "which" || w == "whose") && f.text(p-1) == "," {
			return f.some(j, sr.rule, func(q int) bool { return f.text(q) == "," })
		}
		if f.text(p-1) == "," {
			return false
		}
	}
	return false
}

// startFeatures appends the features of starting the content of sr at
// token j to out.
func (f *finder) startFeatures(sr *startReach, j int, out []uint64) []uint64 {
	words := f.words()
	tag := func(i int) uint64 { return uint64(f.a.Tokens[i].Tag) + 1 }
	rel := fromRule(j - sr.rule)
	before, beforeTag := uint64(hashStart), uint64(hashStart)
	if j > 0 {
		before, beforeTag = words[j-1], tag(j-1)
	}
	length := lengthBucket(sr.end - j)
	// Whether the words the start moves over (into the content, or out of
	// it) hold a finite verb: an aside does not, a clause does.
	moved := uint64(0)
	switch {
	case j < sr.rule && f.finiteIn(j, sr.rule):
		moved = 1
	case j > sr.rule && f.finiteIn(sr.rule, j):
		moved = 2
	}
	return append(out,
		feature(sfStartRule, rel),
		feature(sfStartRule, rel, sr.kind),
		feature(sfStartRule, rel, sr.cue),
		feature(sfStartWord, words[j]),
		feature(sfStartTag, tag(j)),
		feature(sfBeforeWord, before),
		feature(sfBeforeTag, beforeTag),
		feature(sfStartTags, beforeTag, tag(j)),
		feature(sfStartWord, words[j], rel),
		feature(sfBeforeWord, before, rel),
		feature(sfStartLen, length),
		feature(sfStartShape, moved, tag(j)),
	)
}

// fromRule buckets d, how far a possible bound lies from the rules' own:
// 1 at it, each of the three nearest on either side apart, then up to ten
// away, then farther.
func fromRule(d int) uint64 {
	switch {
	case d < -10:
		return 2
	case d < -3:
		return 3
	case d < 0:
		return 4 + uint64(-d)
	case d > 10:
		return 8
	case d > 3:
		return 9
	case d > 0:
		return 10 + uint64(d)
	}
	return 1
}

// lengthBucket buckets a content's length in tokens: up to eight each
// apart, then by eights up to 48.
func lengthBucket(n int) uint64 {
	if n > 8 {
		return 9 + uint64(min(n/8, 6))
	}
	return uint64(max(n, 0))
}

// eachBound calls fn for every bound from lo to hi (both included) that ok
// allows, and for rule, the rules' own, always.
func eachBound(lo, hi, rule int, ok func(int) bool, fn func(j int)) {
	for j := lo; j <= hi; j++ {
		if j == rule || ok(j) {
			fn(j)
		}
	}
}

// bestBound returns the bound from lo to hi that ok allows whose features
// (feats) score highest with w, rule when none scores above it.
func bestBound(w *linear.Weights, lo, hi, rule int, ok func(int) bool, feats func(j int, out []uint64) []uint64, buf []uint64) (int, []uint64) {
	best, bestScore := rule, float32(math.Inf(-1))
	eachBound(lo, hi, rule, ok, func(j int) {
		buf = feats(j, buf[:0])
		if s := score(w, buf); s > bestScore || s == bestScore && j == rule {
			best, bestScore = j, s
		}
	})
	return best, buf
}

// moveStart moves the start of q's content to where f.boundsModel places
// it.
func (f *finder) moveStart(q *Quote, feats []uint64) []uint64 {
	if f.boundsModel.s.Len() == 0 {
		return feats
	}
	sr, ok := f.startOf(q)
	if !ok {
		return feats
	}
	// Not past the "that" opening what a naming cue names (called that
	// claim “absurd”: a determiner, however tagged, not a clause's).
	determiner := -1
	if c := f.tokensIn(q.Cue); c.Len() > 0 && namingCues[f.lower(c.Last-1)] && f.lower(sr.rule) == "that" {
		determiner = sr.rule + 1
	}
	var best int
	best, feats = bestBound(f.boundsModel.s, sr.lo, sr.hi, sr.rule,
		func(j int) bool { return j != determiner && f.startOK(j, &sr) },
		func(j int, out []uint64) []uint64 { return f.startFeatures(&sr, j, out) }, feats)
	if best != sr.rule {
		q.Content.Start = f.a.Tokens[best].Start
		q.Parts[0].Start = q.Content.Start
	}
	return feats
}

// endOK reports whether content may end just before token j: after a
// word, a closing mark or bracket, not between two quoted words, not
// inside a phrase (after a determiner, possessive, preposition or
// conjunction, or inside a name), and not before "(,) but/and that", a
// second clause of the same report.
func (f *finder) endOK(j int) bool {
	t := f.a.Tokens[j-1]
	switch t.Tag {
	case article.DT, article.PRPS, article.POS, article.IN, article.CC, article.TO:
		return false
	case article.NNP, article.NNPS:
		if j < len(f.a.Tokens) {
			if n := f.a.Tokens[j].Tag; n == article.NNP || n == article.NNPS || n == article.POS {
				return false
			}
		}
	case article.JJ:
		if j+1 < len(f.a.Tokens) && f.text(j) == "," && f.a.Tokens[j+1].Tag == article.JJ {
			return false // (not between two adjectives of one noun: a quiet, unsettling piece)
		}
	}
	switch t.Kind {
	case article.Word, article.Number, article.Abbreviation, article.CloseQuote:
	case article.Quote:
		if j < len(f.a.Tokens) && f.quoted[j] {
			return false
		}
	default:
		if f.text(j-1) != ")" {
			return false
		}
	}
	if t.Kind == article.CloseQuote && j-2 >= 0 && j < len(f.a.Tokens) && f.a.Tokens[j-2].Tag.IsVerb() && f.a.Tokens[j-2].Tag != article.VBN && f.a.Tokens[j-2].Tag != article.VBG {
		if n := f.a.Tokens[j].Tag; n == article.DT || n == article.PRPS || (n == article.NN || n == article.NNS) && !f.capitalized(j) {
			return false // (not after quoted words ending in a verb, before its object: would “robustly defend” the claim)
		}
	}
	if f.quoted[j-1] && j < len(f.a.Tokens) && t.Kind != article.CloseQuote && (f.quoted[j] || f.a.Tokens[j].Kind.IsQuote()) {
		return false // between two quoted words, or before the closing mark of quoted words (called the plan “a disaster”: not without its mark)
	}
	n := j
	if n < len(f.a.Tokens) && f.text(n) == "," {
		n++
	}
	if n+2 < len(f.a.Tokens) && (f.lower(n) == "but" || f.lower(n) == "and") && f.lower(n+1) == "that" && f.a.Tokens[n+2].Kind == article.Word && !f.a.Tokens[n+2].Tag.IsFinite() && f.a.Tokens[n+2].Tag != article.MD {
		return false // said the wind would ease, but that rain would follow: the second clause the same cue reports (not but that has …, a pronoun)
	}
	if n+2 < len(f.a.Tokens) && f.lower(n) == "and" && f.lower(n+1) == "to" && f.a.Tokens[n+2].Tag == article.VB && f.a.Tokens[j-1].Kind == article.Word {
		return false // called on the government to raise the pension and to do more …: the second infinitive the same cue asks for
	}
	return true
}

// endFeatures appends the features of ending the content of reach rc just
// before token j to out.
func (f *finder) endFeatures(rc *reach, j int, out []uint64) []uint64 {
	words := f.words()
	tag := func(i int) uint64 { return uint64(f.a.Tokens[i].Tag) + 1 }
	rel := fromRule(j - rc.rule)
	if f.commas == nil {
		f.commas = f.countsBefore(func(k int) bool { return f.text(k) == "," })
	}
	commas := uint64(min(f.commas[max(j, rc.rule)]-f.commas[min(j, rc.rule)], 7))
	if j < rc.rule {
		commas += 8
	}
	length := lengthBucket(j - rc.first)
	last, lastTag := words[j-1], tag(j-1)
	next, nextTag := uint64(hashEnd), uint64(hashEnd)
	if j < rc.hi {
		next, nextTag = words[j], tag(j)
	}
	if j >= rc.sentEnd {
		next, nextTag = hashEnd, hashEnd
	} else if j >= rc.hi {
		nextTag = mix(nextTag, hashYes)
	}
	cue, kind := rc.cue, rc.kind
	out = append(out,
		feature(bfRule, rel),
		feature(bfRule, rel, kind),
		feature(bfRule, rel, cue),
		feature(bfLastWord, last),
		feature(bfLastTag, lastTag),
		feature(bfNextWord, next),
		feature(bfNextTag, nextTag),
		feature(bfTags, lastTag, nextTag),
		feature(bfNextRule, next, rel),
		feature(bfNextRule, nextTag, rel),
		feature(bfLen, length),
		feature(bfLen, length, kind),
		feature(bfCommas, commas),
		feature(bfCue, cue, nextTag),
		feature(bfKind, kind, nextTag),
	)
	if j == rc.hi {
		out = append(out, feature(bfSentEnd, kind), feature(bfSentEnd, cue))
	}
	next2 := uint64(hashEnd)
	if j+1 < rc.hi && j+1 < rc.sentEnd {
		next2 = words[j+1]
	}
	out = append(out, feature(bfNext2, next, next2))
	// What the content up to j is, with the word after it: a clause (a
	// finite verb or modal in it), a phrase opening with "to" or an -ing
	// form, or a noun phrase. A phrase that would run on into a clause
	// after it (voted to ban the practice in 2005 as Congress grappled
	// with …) ends before it, where a clause goes on; the same word after
	// them weighs differently (wrote the plan as …, wrote the city needs a
	// plan as …).
	shape := uint64(1)
	switch {
	case f.finiteIn(rc.first, j):
		shape = 3
	case f.a.Tokens[rc.first].Tag == article.TO || f.a.Tokens[rc.first].Tag == article.VBG:
		shape = 2
	}
	out = append(out, feature(bfShape, shape, nextTag))
	return out
}

// finiteIn reports whether a token from i to j (exclusive) is a finite
// verb or a modal, by a count over the article's tokens made once.
func (f *finder) finiteIn(i, j int) bool {
	if f.finites == nil {
		f.finites = f.countsBefore(func(k int) bool { return f.a.Tokens[k].Tag.IsFinite() })
	}
	return f.finites[j] > f.finites[i]
}

// countsBefore returns, for each token index k (and the article's end),
// how many of the tokens before k are ones is reports.
func (f *finder) countsBefore(is func(k int) bool) []int32 {
	counts := make([]int32, len(f.a.Tokens)+1)
	for k := range f.a.Tokens {
		counts[k+1] = counts[k]
		if is(k) {
			counts[k+1]++
		}
	}
	return counts
}

// quotationStarts returns where every quotation's content, cue and
// speaker start (byte offsets), sorted.
func (f *finder) quotationStarts() []int {
	starts := make([]int, 0, 3*len(f.out))
	for _, q := range f.out {
		for _, s := range []article.Span{q.Content, q.Cue, q.Speaker} {
			if !s.Empty() {
				starts = append(starts, s.Start)
			}
		}
	}
	sort.Ints(starts)
	return starts
}

// bounds moves the end and start of every reported and mixed quotation's
// content to where model m places them, and keeps m for the stance
// candidates.
func (f *finder) bounds(m *BoundsModel) {
	if m == nil || m.w.Len() == 0 && m.s.Len() == 0 {
		return
	}
	f.boundsModel = m
	starts := f.quotationStarts()
	var feats []uint64
	for qi := range f.out {
		feats = f.moveBounds(&f.out[qi], starts, feats)
	}
}

// moveBounds moves the end of q's content, then its start, to where
// f.boundsModel places them, if q is a reported clause.
func (f *finder) moveBounds(q *Quote, starts []int, feats []uint64) []uint64 {
	rc, ok := f.reachOf(q, starts)
	if !ok {
		return feats
	}
	if q.endFixed {
		return f.moveStart(q, feats)
	}
	var j int
	// Not past the relative clause a relative pronoun speaks from (Tom
	// Hale, who said the plan was unfair, stayed), or a speaker after one
	// (the list, which the campaign says holds 2 million names, is …): a
	// bar on the model's choice, not a change to what it reads.
	endOK := f.endOK
	// (nor past a relative clause with no comma on the noun phrase
	// opening the sentence: A scientist who spent two decades warning
	// about the risk of a pandemic has been awarded …)
	if sp := f.tokensIn(q.Speaker); sp.Len() >= 1 && !q.Cue.Empty() {
		k := f.tokenAfter(q.Cue.Start)
		e := f.relativeEnd(sp, k, rc.hi)
		if e == rc.hi && sp.Len() == 1 {
			e = f.restrictiveEnd(f.sentence(k), k, rc.hi)
		}
		if e < rc.hi {
			limit := max(e, rc.rule)
			endOK = func(j int) bool { return j <= limit && f.endOK(j) }
		}
	}
	// Not at the comma of a relative aside on the clause's subject when
	// the clause's verb follows the aside (said Saka, who limped off …,
	// would be assessed: not "Saka").
	if a := f.subjectAside(rc.first, rc.rule); a > 0 {
		base := endOK
		endOK = func(j int) bool { return j != a && base(j) }
	}
	// Not before the verb of a clause a trailing cue or a "that" after a
	// cue reports, when the rules' content holds one (The remains of a villa have been found …,
	// archaeologists said: not "The remains of a villa"; confirmed that
	// its finance director, Ann Hale, would step down: not "its finance
	// director").
	if !q.Cue.Empty() && (q.Cue.Start >= q.Content.End || rc.first > 0 && f.lower(rc.first-1) == "that") && f.finiteIn(rc.first, rc.rule) {
		base := endOK
		endOK = func(j int) bool { return f.finiteIn(rc.first, j) && base(j) }
	}
	// Not at the comma that closes a clause opening the report, when the
	// rules' content goes on past it (said that, if elected, it would
	// freeze fares: not "if elected").
	if c := f.leadClauseComma(rc.first, rc.rule); c > 0 {
		base := endOK
		endOK = func(j int) bool { return j != c && base(j) }
	}
	j, feats = bestBound(f.boundsModel.w, rc.lo, rc.hi, rc.rule, endOK,
		func(j int, out []uint64) []uint64 { return f.endFeatures(&rc, j, out) }, feats)
	if j != rc.rule {
		q.Content.End = f.a.Tokens[j-1].End
		q.Parts[0].End = q.Content.End
	}
	return f.moveStart(q, feats)
}

// leadClauseComma returns the comma that closes the clause a word of
// leadSubordinators opens at token first, right after "that" and maybe
// a comma, before end (said that, if elected, …), or 0 when first opens
// no such clause or no comma closes it before end. (Not a question's
// clause: asked if he would …, he looked up.)
func (f *finder) leadClauseComma(first, end int) int {
	t := first - 1
	if t > 0 && f.text(t) == "," {
		t--
	}
	if t < 0 || f.lower(t) != "that" || !leadSubordinators[f.lower(first)] {
		return 0
	}
	for n := first + 1; n < end-1 && n < first+30; n++ {
		if f.text(n) == "," {
			return n
		}
	}
	return 0
}

// subjectAside returns the comma that opens a relative aside right after
// the subject of the clause from token first to end, when a finite verb
// or a modal follows the aside's closing comma inside the clause (Saka,
// who limped off late on, would be assessed); 0 if there is none.
func (f *finder) subjectAside(first, end int) int {
	a := f.subjectAfter(first, end)
	if a == first || a+2 >= end || f.text(a) != "," || f.lower(a+1) != "who" && f.lower(a+1) != "which" {
		return 0
	}
	for n := a + 2; n+1 < end && n < a+30; n++ {
		if f.text(n) == "," {
			if t := f.a.Tokens[n+1].Tag; t.IsFinite() || t == article.MD {
				return a
			}
			if !f.a.Tokens[n+1].Tag.IsProperNoun() {
				return 0 // (but over a list of names inside the aside: which serve Sleaford, Horncastle and Market Rasen, were …)
			}
		}
	}
	return 0
}

// clauseOpeners are the words that open a clause after a verb, not a
// preposition's phrase (was told that …, asked whether …).
var clauseOpeners = map[string]bool{"that": true, "whether": true, "if": true}

// leadSubordinators open a clause before a sentence's main one (If they
// can …, they will …).
var leadSubordinators = map[string]bool{"if": true, "when": true, "although": true, "though": true, "because": true, "while": true,
	"unless": true, "once": true, "since": true, "as": true, "after": true, "before": true, "until": true, "whether": true}

// preposition reports whether token k is "to" or a preposition, not a
// word that opens a clause (clauseOpeners).
func (f *finder) preposition(k int) bool {
	t := f.a.Tokens[k].Tag
	return t == article.TO || t == article.IN && !clauseOpeners[f.lower(k)]
}

// afterLeadClause reports whether token j follows the comma that closes a
// subordinate clause, with a finite verb, opening the rules' report at
// token rule (past "that"): a start there cuts off the clause the report
// opens with.
func (f *finder) afterLeadClause(j, rule int) bool {
	if j <= rule+2 || f.text(j-1) != "," {
		return false
	}
	first := rule
	if f.lower(first) == "that" {
		first++
	}
	if !leadSubordinators[f.lower(first)] || first >= j-1 {
		return false
	}
	return !f.some(first+1, j-1, func(k int) bool { return f.text(k) == "," || f.a.Tokens[k].Kind.IsQuote() }) &&
		f.some(first+1, j-1, func(k int) bool { return f.a.Tokens[k].Tag.IsFinite() || f.a.Tokens[k].Tag == article.MD }) // (a clause, not a phrase: after a quiet night, …)
}

// afterSubjectsVerb reports whether token j follows a verb that is no
// cue, past one or two adjectives or participles on its object, right
// after a noun, all after token lo: a start there leaves the verb's
// subject out (care home staff ignored/VBN warnings; staff at a care
// home … ignored/VBN repeated/VBN warnings; not over an auxiliary:
// Teachers have voted to strike).
func (f *finder) afterSubjectsVerb(j, lo int) bool {
	k := j - 1
	for n := 0; n < 2 && k-1 > lo && (f.a.Tokens[k].Tag == article.JJ || f.a.Tokens[k].Tag == article.VBN) && f.a.Tokens[k-1].Tag.IsVerb() && !auxiliaries[f.lower(k-1)]; n++ {
		k--
	}
	if k-1 <= lo || !f.a.Tokens[k-1].Tag.IsNoun() || f.isCue(k) {
		return false
	}
	switch f.a.Tokens[k].Tag {
	case article.VBD, article.VBN, article.VBZ, article.VBP:
		return true
	}
	return false
}

// TrainBounds trains a content-bounds model on articles (the same as
// TrainStances takes): for every reported or mixed quotation the rules
// find whose first word is a gold content's (past a leading "that"), the
// gold's last word is the end to choose among the ends the quotation may
// take; for every one whose last word is a gold content's, the gold's
// first word is the start to choose. Each of the two choices is a
// log-linear ranking model trained as t says (see Training); the same
// articles always give the same model.
func TrainBounds(arts []TrainingArticle, t Training) (*BoundsModel, error) {
	var exs, startExs []linear.Ranking
	for _, d := range arts {
		a, err := article.Parse(d.Text)
		if err != nil {
			return nil, err
		}
		f := newFinder(a, entities.Recognize(a))
		f.direct()
		f.indirect()
		// The first and last word of each gold content.
		firstOf := map[int]int{}
		lastOf := map[int]int{}
		for _, spans := range d.Contents {
			first, last := -1, -1
			for _, c := range spans {
				r := f.tokensIn(article.Span{Start: c[0], End: c[1]})
				for k := r.First; k < r.Last; k++ {
					if f.wordish(k) {
						if first < 0 {
							first = k
						}
						last = k
					}
				}
			}
			if first < 0 {
				continue
			}
			firstOf[first] = last
			if f.lower(first) == "that" && first+1 <= last {
				firstOf[first+1] = last
			}
			lastOf[last] = first
		}
		// The rules' reports, then what the stance rules read from each
		// run of gold cue words they leave, as the stance model's
		// candidates are read.
		starts := f.quotationStarts()
		gold := f.markSpans(d.Cues)
		cands := append([]Quote(nil), f.out...)
		f.cueRuns(f.coveredTokens(), func(k int, _ article.Range) (float32, bool) { return 0, gold[k] },
			func(sent article.Sentence, i, e int, _ float32) {
				if q, _, ok := f.stance(sent.Tokens, i, e); ok {
					cands = append(cands, q)
				}
			})
		for qi := range cands {
			q := &cands[qi]
			rc, ok := f.reachOf(q, starts)
			if !ok {
				continue
			}
			// The start: for a gold content that ends where this one does.
			if sr, ok := f.startOf(q); ok {
				lw := sr.end - 1
				for lw > sr.rule && !f.wordish(lw) {
					lw--
				}
				if gf, ok := lastOf[lw]; ok {
					var ex linear.Ranking
					any := false
					eachBound(sr.lo, sr.hi, sr.rule, func(j int) bool { return f.startOK(j, &sr) }, func(j int) {
						fw := j
						for fw < sr.end && !f.wordish(fw) {
							fw++
						}
						right := fw == gf || f.lower(gf) == "that" && fw == gf+1
						ex.Cands = append(ex.Cands, f.startFeatures(&sr, j, nil))
						ex.Right = append(ex.Right, right)
						any = any || right
					})
					if any && len(ex.Cands) > 1 {
						startExs = append(startExs, ex)
					}
				}
			}
			if q.endFixed {
				continue // (no end the model may move)
			}
			first := rc.first
			for first < rc.rule && !f.wordish(first) {
				first++
			}
			last, ok := firstOf[first]
			if !ok {
				continue
			}
			var ex linear.Ranking
			any := false
			eachBound(rc.lo, rc.hi, rc.rule, f.endOK, func(j int) {
				lw := j - 1
				for lw > rc.first && !f.wordish(lw) {
					lw--
				}
				ex.Cands = append(ex.Cands, f.endFeatures(&rc, j, nil))
				ex.Right = append(ex.Right, lw == last)
				any = any || lw == last
			})
			if any && len(ex.Cands) > 1 {
				exs = append(exs, ex)
			}
		}
	}
	if len(exs) == 0 && len(startExs) == 0 {
		return nil, errors.New("quotes: no training examples")
	}
	return &BoundsModel{w: linear.NewWeights(linear.Rank(exs, t.options())), s: linear.NewWeights(linear.Rank(startExs, t.options()))}, nil
}

// boundsMagic opens a content-bounds model file.
const boundsMagic = "whosaid-bounds-3\n"

// WriteTo writes the model (see package modelfile): its weights in key
// order, little endian. The same model always gives the same bytes.
func (m *BoundsModel) WriteTo(w io.Writer) (int64, error) {
	return modelfile.Write(w, boundsMagic, func(bw *bufio.Writer) {
		modelfile.WriteMap(bw, m.w.Map())
		modelfile.WriteMap(bw, m.s.Map())
	})
}

// ReadBoundsModel reads a model written by WriteTo.
func ReadBoundsModel(r io.Reader) (*BoundsModel, error) {
	br, err := modelfile.Open(r, boundsMagic, "quotes: content-bounds model")
	if err != nil {
		return nil, err
	}
	m := &BoundsModel{}
	if err := readWeights(br, &m.w, &m.s); err != nil {
		return nil, err
	}
	return m, nil
}

// readWeights reads weight tables written by modelfile.WriteMap, in turn,
// into ws.
func readWeights(r io.Reader, ws ...**linear.Weights) error {
	for _, w := range ws {
		m, err := modelfile.ReadMap[float32](r, 1<<26)
		if err != nil {
			return err
		}
		*w = linear.NewWeights(m)
	}
	return nil
}
