package quotes

import (
	"sort"
	"strings"
	"unicode"

	"github.com/whosaid/whosaid/article"
	"github.com/whosaid/whosaid/entities"
)

// maxClause bounds, in tokens, a reported clause and every scan the rules
// make along a sentence: a run-on "sentence" of pasted text must not make
// the work quadratic.
const (
	maxClause = 200
	maxLead   = 60 // how far from a sentence's start its subject is looked for
)

// assault reports whether the form of "attack" at token k has for object,
// from token c, a person given an age (attacked Dan Lowe, 41, in a park;
// attacked a 23-year-old man) or someone not known before, a person
// noun after "a" (attacked a postman in Swansea): a blow, not words.
func (f *finder) assault(k, c, e int) bool {
	if c >= e || !strings.HasPrefix(f.lower(k), "attack") {
		return false // (no object: the sentence ends at the cue)
	}
	n := f.npAfter(c, e)
	for j := c; j < n; j++ {
		if strings.HasSuffix(f.lower(j), "-year-old") {
			return true
		}
	}
	if w := f.lower(c); (w == "a" || w == "an") && c+1 < n {
		h := f.phraseHead(article.Range{First: c, Last: n}, func(j int) bool { return f.a.Tokens[j].Tag == article.IN })
		if w := f.lower(h); personNouns[w] || nounGender(w) != "" {
			return true
		}
	}
	if mi := f.mentionAt[c]; mi < 0 || f.ents.Mentions[mi].Label != entities.Person {
		return false
	}
	return n+2 < e && f.text(n) == "," && f.a.Tokens[n+1].Tag == article.CD && f.text(n+2) == ","
}

// questionWords open an indirect question.
var questionWords = wordList("question-word")

// numberWords count people in a poll: "Six in 10 say".
var numberWords = wordList("number-word")

// participle reports whether the cue at k is a participle: tagged VBG, or
// an -ing cue the tagger took for a noun (took to Twitter, writing: …)
// but not after a determiner or possessive (the finding, her warning).
func (f *finder) participle(k int) bool {
	t := f.a.Tokens[k].Tag
	return t == article.VBG || (t == article.NN || t == 0) && f.cue[k] && strings.HasSuffix(f.lower(k), "ing") &&
		!f.determined(k, f.sentence(k)) && // (the finding, her warning: a noun)
		!(k > 0 && k+1 < len(f.a.Tokens) && f.a.Tokens[k-1].Tag == article.NN && f.a.Tokens[k+1].Tag.IsNoun()) // (its flood warning system: a noun's too)
}

// aspectVerbs may stand before a participle cue: kept asking, began saying.
var aspectVerbs = wordList("aspect")

// agentReports report their passive's subject, said by the agent after
// "by" (was confirmed by her son).
var agentReports = wordList("agent-report")

// ingModifier reports whether the -ing cue at k modifies the noun after
// it as the object of "have" (have planning permission, has warning
// lights) or of a gerund (ignoring warning signs), or after a preposition
// when it is a cue of intent (for planning approvals), or is a noun after
// a warning's colour (an amber warning): no verb of speech.
func (f *finder) ingModifier(k int) bool {
	if k == 0 || k+1 >= len(f.a.Tokens) || !strings.HasSuffix(f.lower(k), "ing") {
		return false
	}
	next := f.a.Tokens[k+1].Tag
	if next == article.NN {
		switch f.lower(k - 1) {
		case "have", "has", "had", "having":
			return true
		}
	}
	// ignoring warning signs: after a gerund, an -ing word before a
	// noun is the noun's; after a determiner or possessive too (accused
	// the ruling group of …, the company's managing director)
	if prev := f.a.Tokens[k-1].Tag; (next == article.NN || next == article.NNS) && (prev == article.VBG || prev == article.DT || prev == article.PRPS || prev == article.POS) {
		return true
	}
	// an amber warning: after a colour of the weather's warnings, the
	// -ing word is a noun (after any adjective it is not: likely
	// referring to …); so it is after a verb of hearing (she heard
	// shouting and saw a boy …: a sound, no speech)
	switch f.lower(k - 1) {
	case "amber", "yellow", "red", "orange", "hear", "hears", "hearing":
		return true
	case "heard":
		return !(k >= 2 && auxiliaries[f.lower(k-2)]) // (but Hale is heard saying …: who is heard speaks)
	}
	// in exchange for planning approvals: a cue of intent takes "to",
	// and with a noun after it and a preposition before, it modifies
	// the noun
	return (next == article.NN || next == article.NNS) && f.a.Tokens[k-1].Tag == article.IN && intentIng(f.lower(k))
}

// intentIng reports whether w, ending in -ing, is a form of a cue of
// intent that takes "to" and no hearer (planning, hoping, seeking; not
// telling, urging).
func intentIng(w string) bool {
	stem, ok := strings.CutSuffix(w, "ing")
	if !ok || len(stem) < 2 {
		return false
	}
	bases := []string{stem, stem + "e"} // seek-ing, hop-ing
	if n := len(stem); stem[n-1] == stem[n-2] {
		bases = append(bases, stem[:n-1]) // plann-ing
	}
	for _, base := range bases {
		if infinitiveCues[base] && !objectCues[base] {
			return true
		}
	}
	return false
}

// modifierParticiple reports whether the cue at k is a participle that
// modifies the noun before it rather than a verb with that noun for its
// subject: before a finite verb, past adverbs (subsidies already
// promised were not at risk), or after the noun of a preposition that
// follows another cue, when a preposition follows it (said in a
// statement posted/VBD to Facebook that …, where the tagger reads a past
// tense; in a statement read outside/JJ court that …).
func (f *finder) modifierParticiple(k int, sent article.Range) bool {
	t := f.a.Tokens[k].Tag
	p := k - 1 // the noun, past adverbs
	for p > sent.First && f.a.Tokens[p].Tag == article.RB {
		p--
	}
	if t != article.VBN && t != article.VBD || p < sent.First || !f.a.Tokens[p].Tag.IsNoun() {
		return false
	}
	if t == article.VBN && k+1 < sent.Last && f.a.Tokens[k+1].Tag.IsFinite() {
		return true
	}
	n := p
	for n > sent.First && (f.a.Tokens[n-1].Tag.IsNoun() || f.a.Tokens[n-1].Tag == article.JJ) {
		n--
	}
	if n > sent.First && f.a.Tokens[n-1].Tag == article.DT {
		n--
	}
	return n >= sent.First+2 && adjunctPrepositions[f.lower(n-1)] && f.isCue(n-2) && f.a.Tokens[n-2].Tag.IsVerb() &&
		f.a.Tokens[p].Tag != article.NNP && f.a.Tokens[p].Tag != article.NNPS && // (who spoke with The Huffington Post said: its subject)
		k+1 < sent.Last && (f.a.Tokens[k+1].Tag == article.IN || f.a.Tokens[k+1].Tag == article.TO || f.lower(k+1) == "outside" || f.lower(k+1) == "inside")
}

// objectModifier reports whether the cue at k, read as a past tense or
// participle, stands between another verb, no auxiliary, and a plain
// noun: the adjective on that verb's object (staff ignored/VBN repeated
// warnings), no verb of its own; not a cue that takes its hearer as
// object (voters polled told pollsters …).
func (f *finder) objectModifier(k int, sent article.Range) bool {
	if t := f.a.Tokens[k].Tag; t != article.VBD && t != article.VBN || k-1 <= sent.First || k+1 >= sent.Last {
		return false
	}
	switch f.a.Tokens[k+1].Tag {
	case article.NN, article.NNS:
	default:
		return false
	}
	switch f.a.Tokens[k-1].Tag {
	case article.VBD, article.VBN, article.VBZ, article.VBP: // (ignored/VBN: a past tense the tagger read as a participle)
		return !auxiliaries[f.lower(k-1)] && !f.isCue(k-1) && !objectCues[f.lower(k)]
	}
	return false
}

// moneyNouns are sums one claims, in the singular (claimed VAT refunds,
// claims expenses): no words said.
var moneyNouns = map[string]bool{"refund": true, "expense": true, "benefit": true, "allowance": true, "rebate": true, "grant": true,
	"payment": true, "compensation": true, "damage": true, "subsidy": true, "credit": true, "loan": true, "pension": true}

// modifierPreps are the prepositions after a participle on a noun
// (threatened with closure, accused of fraud, hit by a car) that open no
// statement's place or medium (not said in a statement, on Twitter).
var modifierPreps = map[string]bool{"with": true, "of": true, "by": true, "over": true, "for": true, "from": true, "after": true}

// participleOnSubject reports whether the cue at s is a participle right
// after a noun whose phrase a finite verb follows a few words on, before
// any comma: the noun phrase's modifier (the increase announced in the
// budget was …), no verb of report.
func (f *finder) participleOnSubject(s int, sent article.Range) bool {
	t := f.a.Tokens[s].Tag
	if t != article.VBN && t != article.VBD || s <= sent.First || !f.a.Tokens[s-1].Tag.IsNoun() {
		return false
	}
	if t == article.VBD {
		// the tagger's past tense: only after a common noun, before a
		// preposition's phrase that the finite verb follows, inside what
		// an earlier cue of the sentence reports (… said the increase
		// announced/VBD in the autumn budget was …; not The port said in
		// a statement the harbor would close)
		k := s + 1
		if k >= sent.Last || f.a.Tokens[k].Tag != article.IN || clauseOpeners[f.lower(k)] || f.a.Tokens[s-1].Tag.IsProperNoun() {
			return false
		}
		// (or the sentence's subject, before a preposition no
		// statement's place opens: A village school threatened/VBD with
		// closure will stay open)
		if !f.some(sent.First, s-1, func(j int) bool { return f.isCue(j) && f.a.Tokens[j].Tag.IsVerb() }) &&
			!(modifierPreps[f.lower(k)] && f.npBefore(s, sent.First) == sent.First) {
			return false
		}
		for k++; k < sent.Last && k <= s+8; k++ {
			switch t := f.a.Tokens[k].Tag; {
			case t == article.DT || t.IsAdjective() || t == article.NN || t == article.NNS || t == article.CD:
			case t.IsFinite() || t == article.MD:
				return k > s+2
			default:
				return false
			}
		}
		return false
	}
	reach := s + 8
	if f.npBefore(s, sent.First) == sent.First {
		reach = s + 16 // the sentence's subject, its modifier long (A man accused of murdering his neighbour during a row over a hedge has told …)
	}
	for k := s + 1; k < sent.Last && k <= reach; k++ {
		t := f.a.Tokens[k].Tag
		if f.text(k) == "," || f.a.Tokens[k].Kind.IsQuote() || f.isCue(k) || clauseOpeners[f.lower(k)] || t == article.WRB || t == article.WP || t == article.WDT {
			return false // (a clause of the verb's own: asked/VBN why the fund had grown)
		}
		if t.IsFinite() || t == article.MD {
			return true
		}
	}
	return false
}

// adjunctPrepositions open the phrase that tells where or how words were
// said (in a statement, on Facebook, via a spokesman).
var adjunctPrepositions = map[string]bool{"in": true, "on": true, "via": true, "through": true, "with": true, "during": true, "at": true}

// auxiliaries may stand between a speaker and a cue: he has said, she
// would not say, they did tell.
var auxiliaries = wordList("aux")

// irregularPasts are past tenses the tagger may read as a noun or an
// adjective after a noun.
var irregularPasts = wordList("irregular-past")

// contractedIs reports whether w is the "'s" of "is" or "has" cut to a
// word's end (that's, it's).
func contractedIs(w string) bool { return w == "'s" || w == "’s" }

// reportsIn reports whether paragraphs of kind k may hold reported
// speech: not boilerplate, credits, bylines or datelines.
func reportsIn(k article.ParagraphKind) bool {
	switch k {
	case article.Boilerplate, article.Credit, article.Byline, article.Dateline:
		return false
	}
	return true
}

// indirect finds reported speech, sentence by sentence: "X said (that) …",
// "X told reporters …", "…, X said.", "according to X, …", "X's claim
// that …", "…, adding that …". A sentence may hold several. A reported
// clause holding unattributed quoted words makes a mixed quotation.
func (f *finder) indirect() {
	direct := len(f.out)
	var found []Quote
	frag := 0      // next quotation in marks that may be a fragment of a later sentence
	spoken := 0    // next quotation in marks that may be the last spoken before a sentence
	reported := -1 // the last report appended with a speaker
	defer func() { f.lastSpoken = -1 }()
	for si := range f.a.Sentences {
		s := f.a.Sentences[si]
		if !reportsIn(f.a.Paragraphs[s.Paragraph].Kind) {
			continue
		}
		// The last quotation with a speaker before this sentence, in
		// marks or reported, for the pronouns that speak in it.
		start := f.a.Tokens[s.Tokens.First].Start
		for ; spoken < direct && f.out[spoken].Content.Start < start; spoken++ {
			if q := &f.out[spoken]; q.SpeakerName != "" && !q.Speaker.Empty() && q.Speaker.End <= start {
				f.lastSpoken = spoken
			}
		}
		if reported >= 0 && (f.lastSpoken < 0 || f.out[reported].Speaker.End > f.out[f.lastSpoken].Speaker.End) {
			f.lastSpoken = reported
		}
		found = f.untangle(s.Tokens, f.reported(s.Tokens, found[:0]))
		found, frag = f.fragments(s.Tokens, found, frag, direct)
		sort.SliceStable(found, func(i, j int) bool { return found[i].Content.Start < found[j].Content.Start })
		for _, q := range found {
			q.Paragraph = s.Paragraph
			if f.absorb(&q, direct) {
				f.out = append(f.out, q)
				// Not a report inside the last one's content (pointing out
				// that X had reported …): X is not who the story follows.
				if q.SpeakerName != "" && !q.Speaker.Empty() && (reported < 0 || !f.out[reported].Content.Contains(q.Speaker)) {
					reported = len(f.out) - 1
				}
			}
		}
	}
	// Drop the quotations absorbed into mixed ones, once.
	f.dropRemoved()
	f.continueTurns()
}

// maxContinued is how many paragraphs with no label may go on a
// transcript's turn before the next turn.
const maxContinued = 3

// continueTurns adds, for the paragraphs with no label between two turns
// of a transcript (OKON: … ¶ The rest are waiting … ¶ Q: …), a
// quotation of each by the first turn's speaker, with no cue: an answer
// that runs over paragraphs. Paragraphs holding quotation marks are left
// to the quotation rules, as are those after the last turn (the article
// may go back to the reporter's words).
func (f *finder) continueTurns() {
	var turns []int // indexes into f.out, in paragraph order
	for i := range f.out {
		if f.out[i].turn {
			turns = append(turns, i)
		}
	}
	if len(turns) < 2 {
		return
	}
	sort.SliceStable(turns, func(x, y int) bool { return f.out[turns[x]].Paragraph < f.out[turns[y]].Paragraph })
	for n := 0; n+1 < len(turns); n++ {
		t, nt := f.out[turns[n]], f.out[turns[n+1]]
		next := nt.Paragraph
		if next-t.Paragraph-1 < 1 || next-t.Paragraph-1 > maxContinued || !f.plainParagraphs(t.Paragraph+1, next) {
			continue
		}
		if nt.SpeakerName == t.SpeakerName && nt.SpeakerCluster == t.SpeakerCluster {
			continue // A: … ¶ (a question with no label) ¶ A: …: the other side's between
		}
		for p := t.Paragraph + 1; p < next; p++ {
			q, _ := f.paragraphTurn(p, t.SpeakerName, t.SpeakerCluster)
			f.out = append(f.out, q)
		}
	}
}

// paragraphTurn returns paragraph p, to its last word, as one turn of
// the speaker named name (cluster c) with no cue: an answer or a turn
// that runs over paragraphs; ok is false when p holds no word.
func (f *finder) paragraphTurn(p int, name string, c int) (q Quote, ok bool) {
	r := f.a.Paragraphs[p].Tokens
	content := article.Range{First: r.First, Last: f.end(r)}
	q = Quote{Kind: Indirect, Content: f.span(content), SpeakerName: name, SpeakerCluster: c, Paragraph: p, turn: true}
	q.Parts = []article.Span{q.Content}
	return q, content.Last > content.First
}

// plainParagraphs reports whether paragraphs lo..hi-1 are body text with
// words, no label before a colon, no quotation mark, not in capitals and
// not opening with a bracket.
func (f *finder) plainParagraphs(lo, hi int) bool {
	for p := lo; p < hi; p++ {
		par := f.a.Paragraphs[p]
		if par.Kind != article.Body || f.end(par.Tokens) <= par.Tokens.First {
			return false
		}
		if w := f.text(par.Tokens.First); w == "(" || w == "[" || !strings.ContainsFunc(f.a.Text[par.Start:par.End], unicode.IsLower) {
			return false // (BEGIN VIDEO CLIP), a heading: no one's words
		}
		if _, ok := f.colonOpening(p); ok {
			return false
		}
		if f.some(par.Tokens.First, par.Tokens.Last, func(j int) bool { return f.a.Tokens[j].Kind.IsQuote() }) {
			return false
		}
	}
	return true
}

// untangle ends the content of each report of sentence sent at the first
// colon or semicolon after its cue that another report's cue follows
// inside it (people who endorsed the plan sounded equivocal: Jane Harlan
// called it “…”: "endorsed" reports "the plan sounded equivocal", not
// Harlan's words). A report left with no word is dropped. Binary searches
// keep it near linear in a run-on sentence of cues.
func (f *finder) untangle(sent article.Range, found []Quote) []Quote {
	if len(found) < 2 {
		return found
	}
	var stops, cues []int // token indexes, ascending
	for _, q := range found {
		cues = append(cues, f.tokenAfter(q.Cue.Start))
	}
	sort.Ints(cues)
	for k := sent.First; k < sent.Last; k++ {
		if w := f.text(k); w == ":" || w == ";" {
			stops = append(stops, k)
		}
	}
	found = f.joinedReports(found)
	if len(stops) == 0 {
		return found
	}
	kept := found[:0]
	for _, q := range found {
		r := f.tokensIn(q.Content)
		cueLast := f.tokensIn(q.Cue).Last
		i := sort.SearchInts(stops, max(cueLast, r.First))
		if i < len(stops) && stops[i] < r.Last {
			c := stops[i]
			if j := sort.SearchInts(cues, c+1); j < len(cues) && cues[j] < r.Last {
				words := false
				for k := r.First; k < c && !words; k++ {
					words = f.wordish(k)
				}
				if !words {
					continue
				}
				q.Content.End = f.a.Tokens[c-1].End
				q.Parts = clip(q.Parts, q.Content.End)
				q.Fragments = clip(q.Fragments, q.Content.End)
			}
		}
		kept = append(kept, q)
	}
	return kept
}

// joinedReports ends the content of a report of a sentence before an
// "and" or "but" that opens another report's speaker inside it, whose
// cue follows (The union said the plan was unfair, and its leader, Tom
// Hale, warned of strikes: the leader's warning is not the union's
// report; not "and that …", the same report going on, nor two subjects
// joined, nor a report whose cue comes after it). found is one sentence's reports, two or more.
func (f *finder) joinedReports(found []Quote) []Quote {
	for i := range found {
		q := &found[i]
		r := f.tokensIn(q.Content)
		if q.Cue.Start > q.Content.Start {
			continue // (…, and he finds that in government work, he said: all the report)
		}
		for _, o := range found[i+1 : min(len(found), i+17)] { // (a later report's speaker, bounded: a run-on sentence of cues stays linear)
			sp := f.tokensIn(o.Speaker)
			if sp.Len() == 0 || sp.First-1 <= r.First || sp.First >= r.Last || o.Cue.Start < o.Speaker.End {
				continue
			}
			c := sp.First - 1
			w := f.lower(c)
			if w != "and" && w != "but" || f.lower(sp.First) == "that" {
				continue
			}
			end := c
			if f.text(end-1) == "," {
				end--
			}
			if end <= r.First || !f.clauseVerb(r.First, end) {
				continue // (while Ann Lee and Tom Hale suggested, both he and Lee promised: one subject)
			}
			q.Content.End = f.a.Tokens[end-1].End
			q.Parts = clip(q.Parts, q.Content.End)
			q.Fragments = clip(q.Fragments, q.Content.End)
			r.Last = end
		}
	}
	return found
}

// clauseVerb reports whether the clause ending before token end, from
// the last comma, conjunction, subordinator or "that" after token lo on,
// holds a verb: a clause the "and" after it ends, not a subject it joins
// to another.
func (f *finder) clauseVerb(lo, end int) bool {
	for j := end - 1; j >= lo; j-- {
		if f.a.Tokens[j].Tag.IsVerb() {
			return true
		}
		if w := f.lower(j); w == "," || w == "that" || subordinators[w] || f.a.Tokens[j].Tag == article.CC {
			return false
		}
	}
	return false
}

// clip returns spans cut to end by end, those starting at or after it
// dropped, in a new slice.
func clip(spans []article.Span, end int) []article.Span {
	var out []article.Span
	for _, s := range spans {
		if s.Start < end {
			s.End = min(s.End, end)
			out = append(out, s)
		}
	}
	return out
}

// fragments attributes the quoted fragments of sentence sent that no
// report in found holds and no cue claims (a few words in marks, not a
// title) to the sentence's subject, when it names someone: "Carlow called
// the system “rotten to the core”", "Huckley blamed Obiora's “abuse of
// power”" are their words. frag walks f.out[:direct] along the sentences.
func (f *finder) fragments(sent article.Range, found []Quote, frag, direct int) ([]Quote, int) {
	start, end := f.a.Tokens[sent.First].Start, f.a.Tokens[sent.Last-1].End
	for frag < direct && f.out[frag].Content.Start < start {
		frag++
	}
	e := f.end(sent)
	for ; frag < direct && f.out[frag].Content.Start < end; frag++ {
		d := &f.out[frag]
		if d.inner || !(d.Kind == Term && d.short || d.Kind == Direct && d.SpeakerName == "" && d.Content.Len() < 80) {
			continue
		}
		held := false
		for _, q := range found {
			if q.Content.Start <= d.Content.Start && d.Content.End <= q.Content.End {
				held = true
			}
		}
		if held {
			continue
		}
		open := f.tokenAfter(d.Content.Start) - 1 // the opening mark
		// Bill Carrow: Harriet ‘…’ — a headline's speaker and colon.
		if colon := f.colonBefore(sent, open); colon > 0 {
			if at := f.colonClause(sent, colon); at.found() && colon+1 < open {
				content := f.balance(article.Range{First: colon + 1, Last: f.clauseEnd(colon+1, e)})
				if f.span(content).End >= d.Content.End {
					found = append(found, f.indirectQuote(content, at.cue, at.speaker, article.Range{}))
					continue
				}
			}
		}
		// (After Brown criticized Carrow, Harriet shot back, “…”: the
		// main clause's verbs, not the opening subordinate clause's)
		for x := f.mainClauseFirst(sent, open); x < open && x < sent.First+maxLead; x++ {
			if t := f.a.Tokens[x].Tag; t != article.VBD && t != article.VBZ && t != article.VBP {
				continue
			}
			if x-2 >= sent.First && f.text(x-2) == "," && (f.lower(x-1) == "who" || f.lower(x-1) == "which") &&
				f.some(x+1, open-1, func(n int) bool { return f.text(n) == "," && f.finite(n+1, sent) }) {
				continue // Ann Lee, who has opposed the plan, wrote …: the closed aside's verb reports nothing of the marks after it
			}
			sp, ok := f.namedSubject(x, sent)
			if !ok {
				break
			}
			v := f.mainVerb(x, open) // has labeled: the cue runs to the main verb
			if v > x && f.a.Tokens[v].Tag == article.VBN && !f.perfect(v, sent) {
				break // was called a “traitor”: the subject is named, not naming
			}
			if w := f.lower(v); !actCues[w] && !cueSet[w] {
				// faced a “firestorm”: no act of speech, a scare quote
				// of the writer's. A later verb may be one (took the
				// stage and called the system “…”).
				continue
			}
			c := f.pastHearer(v, open) // (told RTÉ the fine sent “…”: the clause after the hearer)
			if c >= open {
				break
			}
			content := f.balance(article.Range{First: c, Last: f.clauseEnd(c, e)})
			if f.span(content).End < d.Content.End {
				break
			}
			found = append(found, f.indirectQuote(content, article.Range{First: x, Last: v + 1}, sp, article.Range{}))
			break
		}
	}
	return found, frag
}

// colonBefore returns the first colon of sentence sent within a few tokens
// of its start and before token open, or 0.
func (f *finder) colonBefore(sent article.Range, open int) int {
	for k := sent.First + 1; k < open && k < sent.First+8; k++ {
		if f.text(k) == ":" {
			return k
		}
	}
	return 0
}

// end returns the last content token (exclusive) of a sentence: without
// its final punctuation and closing marks.
func (f *finder) end(r article.Range) int {
	e := r.Last
	for e > r.First {
		t := f.a.Tokens[e-1]
		if t.Kind == article.Punct || t.Kind == article.CloseQuote || t.Kind == article.Quote || t.Kind == article.Ellipsis {
			e--
			continue
		}
		break
	}
	return e
}

// clause reports whether tokens r look like a reported clause: at least
// three words, at most maxClause, with a verb among them; or two, a
// subject and its finite verb.
func (f *finder) clause(r article.Range) bool {
	if r.Last-r.First == 2 {
		// prices rose, she agreed: a subject and its finite verb
		t, v := f.a.Tokens[r.First].Tag, f.a.Tokens[r.First+1].Tag
		return (t.IsNoun() || t == article.PRP) && (v == article.VBD || v == article.VBZ || v == article.VBP)
	}
	if r.Last-r.First < 3 || r.Last-r.First > maxClause {
		return false
	}
	for k := r.First; k < r.Last; k++ {
		if t := f.a.Tokens[k].Tag; t.IsVerb() || t == article.MD || f.nounAsVerb(k) || f.lower(k) == "cannot" {
			return true // (cannot: a modal the tagger, which knows "can not", reads as a noun)
		}
	}
	if f.a.Paragraphs[f.paraOf(r.First)].Kind != article.Headline {
		return false
	}
	for k := r.First + 1; k+1 < r.Last; k++ {
		if f.a.Tokens[k].Tag == article.TO && f.a.Tokens[k+1].Kind == article.Word {
			return true // Bridge closure to last/JJ until spring, council admits: a headline's future
		}
	}
	return false
}

// pastAfterName reports whether the participle at token k, after token
// c, is the tagger's reading of a past tense: right after a name or a
// pronoun other than "it" ("Carrow advocated/VBN against …"), or after
// one and an opening mark or adverbs (he “deeply regretted/VBN”). It serves
// finite as well as the clause rules (one test: the same figures on
// PolNeAR train and dev as the two it replaced).
func (f *finder) pastAfterName(k, c int) bool {
	if k <= c {
		return false
	}
	j := k - 1 // over an opening mark and adverbs: he “deeply regretted/VBN”
	for j > c && (f.a.Tokens[j].Kind == article.OpenQuote || f.a.Tokens[j].Tag == article.RB) {
		j--
	}
	t := f.a.Tokens[j].Tag
	return t == article.NNP || t == article.PRP && f.lower(j) != "it"
}

// nounAsVerb reports whether token k, tagged a noun, is the verb of its
// clause the tagger missed: a word in -s after a singular noun and
// before a determiner, possessive, "to" or a preposition ("the governor
// plans/NNS to", "the job marks/NNS his return"), or after "he", "she" or
// "it" (it already funds/NNS clubs); a plain form tagged a
// noun after "percent" and before an object ("48 percent support/NN it");
// or an irregular past after a noun (a carer stole/JJ), tagged a noun or
// an adjective.
func (f *finder) nounAsVerb(k int) bool {
	if k > 0 && k+1 < len(f.a.Tokens) && f.a.Tokens[k].Tag == article.NN && (f.lower(k-1) == "percent" || f.lower(k-1) == "%") {
		// 48 percent support/NN it: a share of those polled, then its
		// plain verb before an object
		switch f.a.Tokens[k+1].Tag {
		case article.PRP, article.DT, article.PRPS:
			return true
		}
		return false
	}
	if t := f.a.Tokens[k].Tag; (t == article.NN || t == article.JJ) && k > 0 && irregularPasts[f.lower(k)] {
		// A carer stole/JJ more than …: an irregular past after a noun
		p := f.a.Tokens[k-1].Tag
		return p == article.NN || p == article.NNS || p == article.NNP
	}
	if t := f.a.Tokens[k].Tag; t == article.NN && k > 0 && k+1 < len(f.a.Tokens) && plainFindings[f.lower(k)] {
		// cases like Alfie's show/NN the need for …: a plain verb of
		// finding after a plural or its possessive, before its object
		p, n := f.a.Tokens[k-1].Tag, f.a.Tokens[k+1].Tag
		return (p == article.NNS || p == article.POS || f.lower(k-1) == "these") && (n == article.DT || n == article.PRPS || f.lower(k+1) == "that")
	}
	if f.a.Tokens[k].Tag != article.NNS || k == 0 || k+1 >= len(f.a.Tokens) || !strings.HasSuffix(f.lower(k), "s") || strings.HasSuffix(f.lower(k), "ss") {
		return false
	}
	// it already funds/NNS clubs: a word in -s after "he", "she" or "it"
	// (an adverb between) is its verb, as no plural noun follows them
	j := k - 1
	if f.a.Tokens[j].Tag == article.RB && j > 0 {
		j--
	}
	switch f.lower(j) {
	case "he", "she", "it":
		return true
	}
	if p := f.a.Tokens[k-1].Tag; p != article.NN && p != article.NNP {
		return false
	}
	switch f.a.Tokens[k+1].Tag {
	case article.DT, article.PRPS, article.TO, article.CD:
		return true
	}
	return false
}

// bareClause reports whether tokens c..e hold a clause of their own, as
// a reported clause without "that" does: a finite verb (said the plan was
// late; not wrote a book called …).
func (f *finder) bareClause(c, e int) bool {
	if c < e && f.a.Tokens[c].Kind.IsQuote() {
		return true // said “…”
	}
	commas := 0
	for k := c; k < e && k < c+maxClause; k++ {
		if f.text(k) == "," {
			commas++
		}
		switch t := f.a.Tokens[k].Tag; {
		case t.IsFinite():
			// (… used to plan crew rosters, had been fixed: one comma
			// right before the verb ends an aside, whose verb that is)
			// (but said his rival, Sen. Ann Lee, has …: a name before it
			// closes an aside opened before the clause)
			aside := k-1 > c && commas == 1 && f.text(k-1) == "," && f.mentionAt[k-2] < 0
			if aside && t == article.VBD && f.some(k+1, min(e, c+maxClause), func(j int) bool { return f.text(j-1) == "," && f.a.Tokens[j].Tag.IsFinite() }) {
				continue // five people, aged/VBD 21 to 67, had been …: a participle the tagger read as a past, opening the aside
			}
			return !aside
		case t == article.VBN:
			if f.pastAfterName(k, c) || k > c && f.subjectBefore(c, k, e) && f.pastWithObject(k, e) {
				return true // Carrow advocated/VBN against …; its pill cut/VBN weight; schools already restricted/VBN phones
			}
		}
		if k > c && f.nounAsVerb(k) {
			return true // the governor plans/NNS to …
		}
	}
	return false
}

// clauseEnd returns where a reported clause starting at c ends, at most
// e: before a semicolon, or before ", adding …" and the like, which start
// a report of their own.
func (f *finder) clauseEnd(c, e int) int {
	e = min(e, c+maxClause)
	open := 0 // parentheses opened inside the clause
	for k := c; k < e; k++ {
		switch f.text(k) {
		case ";":
			return k
		case "(":
			open++
		case ")":
			if open == 0 {
				return k // (…, Lee wrote last week) and …: the aside the cue is in ends
			}
			open--
		case ",", "—", "--":
			n := k + 1
			if n < e && f.a.Tokens[n].Kind == article.CloseQuote {
				n++ // “corrupt,” noting that …
			}
			if n < e && f.isCue(n) && (f.participle(n) || f.a.Tokens[n].Tag.IsVerb() && k > c+2 && (f.bareClause(c, k) || f.npAfter(c, k) == c)) {
				return k // …, noting that …; …, said one voter who … (but her brother, a lawyer, wrote …)
			}
			if n+2 < min(e, len(f.a.Tokens)) && f.text(k) == "," && k > c+2 && (f.lower(n) == "in" || f.lower(n) == "on") && f.a.Tokens[n+1].Tag == article.DT && mediumNouns[f.lower(n+2)] && !f.quoted[n] {
				return k // …, in a letter seen by this newspaper: where it was said, not what
			}
			if n+1 < e && f.text(k) == "," && k > c && f.lower(n) == "according" && f.lower(n+1) == "to" {
				return k // …, according to council documents: whose report it is, not what
			}
			// …, even some allies questioned …, but aides said …: another
			// speaker's report
			for n < e && (f.a.Tokens[n].Tag == article.RB || n == k+1 && f.a.Tokens[n].Tag == article.CC) {
				n++
			}
			s := f.subjectAfter(n, e)
			perfect := false
			if s > n && s+1 < e && open == 0 && (f.lower(s) == "has" || f.lower(s) == "have" || f.lower(s) == "had") {
				s, perfect = s+1, true // …, a report has revealed
			}
			heard := s > n && s < e && hearerCues[f.lower(s)] && f.hearerBefore(s) // (…, the court heard/NN: the hearer's verb, however tagged)
			if s > n && (s+1 < e || (perfect || heard) && s < e) && f.isCue(s) && k > c+2 && f.bareClause(c, k) && f.text(k) == "," &&
				(f.finite(s, article.Range{First: c, Last: e}) || perfect && f.a.Tokens[s].Tag == article.VBN || heard ||
					s+1 < e && f.a.Tokens[s].Tag == article.VBN && (f.lower(s+1) == "that" || questionWords[f.lower(s+1)] || f.a.Tokens[s+1].Kind.IsQuote() || f.text(s+1) == ":")) {
				return k // (asked/VBN why, yelled/VBN “…”: the tagger's)
			}
		case "while", "whereas", "compared", "although", "though":
			// …, compared with 64 percent who say the same: a contrast
			// after the report, not in it
			if k > c+2 && f.text(k-1) == "," {
				return k - 1
			}
		case "who", "which", "whose":
			// …Ryan, who will face a challenger in August: an aside on
			// the last name, not the report, when it runs to the end
			if k > c+2 && f.text(k-1) == "," && !f.commaIn(k+1, e) {
				return k - 1
			}
		case "both", "all", "some", "many", "most", "none", "each", "one", "several", "neither":
			// …his supporters and Mr. Sandell, both of which Mrs. Carrow
			// praised: the same aside, after a quantifier and "of"
			if k > c+2 && k+2 < e && f.text(k-1) == "," && f.lower(k+1) == "of" && (f.lower(k+2) == "which" || f.lower(k+2) == "whom") && !f.commaIn(k+1, e) {
				return k - 1
			}
		case "before":
			// … has “kept us safe” before claiming that …: a later
			// report of its own (after citing …, PolNeAR's annotators
			// often keep with the report)
			if k > c+1 && k+1 < e && f.isCue(k+1) && f.participle(k+1) && !f.quoted[k] {
				return k
			}
		case "but", "and":
			if f.quoted[k] {
				continue // “vile emails and threatening emails”: quoted words
			}
			// …, but insists that …: a report of its own; …, but
			// admitted staff …: a next act's verb after a comma, however
			// the tagger reads it (admitted/JJ staff)
			n := k + 1
			for n < e && f.a.Tokens[n].Tag == article.RB {
				n++
			}
			if n < e && f.isCue(n) && (f.a.Tokens[n].Tag.IsVerb() && f.a.Tokens[n].Tag != article.VBN || f.nextActAt(n)) && k > c && !(f.lower(k) == "and" && f.verbSeries(c, k)) {
				if f.text(k-1) == "," {
					return k - 1
				}
				return k
			}
			// …, and Tom Hale said …: another speaker's report
			if s := f.subjectAfter(n, e); s > n && s < e && f.isCue(s) && f.finite(s, article.Range{First: c, Last: e}) && k > c+1 {
				if f.text(k-1) == "," {
					return k - 1
				}
				if f.a.Tokens[k-1].Kind.IsQuote() {
					return k // 21 percent said “not likely” and 14 percent said …
				}
			}
		}
	}
	return e
}

// verbSeries reports whether the first comma of the clause from token c
// to k comes before a verb in the past that is no cue: a series of the clause's verbs
// that "and" and a last verb close (had shouted at staff, sent abusive
// messages and threatened to …: the last is the clause's too, not the
// speaker's next act).
func (f *finder) verbSeries(c, k int) bool {
	for j := c + 1; j+1 < k; j++ {
		if f.text(j) == "," {
			// (the clause's first comma: not a main clause's series after
			// a question's, if he would …, he looked …, furrowed … and said)
			t := f.a.Tokens[j+1].Tag
			return (t == article.VBD || t == article.VBN) && !f.cue[j+1]
		}
	}
	return false
}

// topicEnd returns where a topic starting at c (what a speech was about,
// against or for) ends, at most e: before ", but" or ", and" and a finite
// verb with no subject of its own, the speaker's next act (had been warned
// about faulty wiring, but had failed to act), when the topic holds no
// verb of its own that the second might share (the chance that we win,
// and keep …) and no subject follows it (but not only did he …).
func (f *finder) topicEnd(c, e int) int {
	for k := c + 1; k+2 < e; k++ {
		if f.a.Tokens[k].Tag.IsFinite() {
			return e
		}
		if f.text(k) != "," || !conjunctions[f.lower(k+1)] || f.quoted[k+1] {
			continue
		}
		n := k + 2
		for n < e && f.a.Tokens[n].Tag == article.RB {
			n++
		}
		if n < e && f.a.Tokens[n].Tag.IsFinite() && (n+1 == e || f.a.Tokens[n+1].Tag != article.PRP) {
			return k
		}
	}
	return e
}

// toAfterNot returns the "to" of an infinitive at token c, or after a
// "not" or "never" there (urged passengers not to travel, vowed not to
// vote), when an infinitive follows before e; 0 if none. With no object
// of the cue first, not a passive's (asked not to be named: who asked
// is no one); never a wish to stay unnamed (did not want to be named).
func (f *finder) toAfterNot(c, e int, object bool) int {
	if w := f.lower(c); (w == "not" || w == "never") && c+2 < e && (object || f.lower(c+2) != "be") {
		c++
	}
	if v := c + 1; f.a.Tokens[c].Tag == article.TO && v < e && (f.infinitive(v, e) || f.a.Tokens[v].Kind.IsQuote() && v+1 < e && f.infinitive(v+1, e)) { // (urged them to “get round the table”)
		if c+2 < e && f.lower(c+1) == "be" && unnamed[f.lower(c+2)] {
			return 0 // (did not want to be named: no report)
		}
		return c
	}
	return 0
}

// toPastAdjunct returns the "to" of an infinitive clause after a
// prepositional phrase from token c, before e, of a preposition and a
// noun phrase (in his budget speech, on Monday), or -1 if none.
func (f *finder) toPastAdjunct(c, e int) int {
	for n := c + 1; n < e && n < c+8; n++ {
		switch t := f.a.Tokens[n].Tag; {
		case t == article.TO:
			if n > c+1 && f.toAfterNot(n, e, false) > 0 {
				return n
			}
			return -1
		case t.IsNoun() || t.IsAdjective() || t == article.DT || t == article.PRPS || t == article.POS || t == article.CD:
		default:
			return -1
		}
	}
	return -1
}

// bodySpeaks reports whether speaker sp names an organization, not a
// person.
func (f *finder) bodySpeaks(sp article.Range) bool {
	_, c := f.speakerOf(sp)
	return c >= 0 && f.ents.Clusters[c].Label == entities.Org
}

// unnamed are the participles of a source's wish to stay unnamed (asked
// not to be named, did not want to be identified).
var unnamed = map[string]bool{"named": true, "identified": true, "quoted": true}

// forward reads the report after a verb cue at token k whose speaker is
// sp (ante, for a relative pronoun): a "that" clause, a question, a "to"
// clause, an object, what the speaker called something, or a clause of
// its own. found is false if none follows.
func (f *finder) forward(sent article.Range, k, e int, sp, ante article.Range) (q Quote, found bool) {
	w, tag := f.lower(k), f.a.Tokens[k].Tag
	cue := article.Range{First: k, Last: k + 1}
	c := k + 1
	tribute := f.tributeAt(k) // paid tribute to …
	out := false              // the cue and its "out" (called out, pointed out)
	if objectCues[w] {
		if _, pass := f.passive(k, sent); !pass {
			c = f.hearerEnd(c, e) // (was told he must …: a passive's hearer is its subject)
			if p := prepCues[w]; c < e && f.text(c) == "," && p != "" {
				// accused the current mayor, Conservative Tom Whitby, of
				// …: over the name set off after the hearer, to the
				// cue's preposition
				for n := c + 1; n+1 < e && n < c+7; n++ {
					if f.text(n) == "," {
						if strings.Contains(p, " "+f.lower(n+1)+" ") {
							c = n + 1
						}
						break
					}
				}
			}
			if c < e && c == k+1 && f.a.Tokens[c].Tag == article.PRP && (objectPronouns[f.lower(c)] != "" || f.lower(c) == "you") {
				c++ // urged them to …, told you that …: a hearer in the object's case
			} else if c > k+1 && c < e && (f.a.Tokens[c].Tag == article.MD || f.a.Tokens[c].Tag.IsFinite()) && f.a.Tokens[c-1].Tag.IsNoun() &&
				f.a.Paragraphs[f.paraOf(k)].Kind != article.Headline {
				c = k + 1 // warned many households would struggle: the clause's subject, no hearer (a headline's tags are unsure: Marlin Tells Guest …)
			}
		}
	} else if c < e && f.lower(c) == "out" {
		c++ // pointed out that …, spoke out against …
		cue.Last = c
		out = true
	} else if tribute {
		c += 2 // (what the tribute was to)
		cue.Last = c
	}
	if c == k+1 && c < e && sp.Last == k && sp.Last-sp.First == 1 && f.relativePronoun(sp.First) && (f.a.Tokens[c].Tag.IsFinite() || f.a.Tokens[c].Tag == article.MD) {
		return Quote{}, false // (staff who complain are punished: the relative clause ends at its cue, and the verb after it is its noun's)
	}
	that := -1
	ownClause := false // a clause of its own follows the cue, before a "that" of its own
	// (explain how it plans to refund tariffs that …: the question's,
	// no "that" of the cue's)
	opened := c < e && questionCues[w] && questionWords[f.lower(c)]
	for n := c; n < e && n < c+12 && !opened; n++ {
		if cl := f.titleMarksAt(n); cl > n && cl < e {
			n = cl // (said on CNN's “State of the Union” that …: a show's title, not the report's words)
			continue
		}
		if f.text(n) == "," || f.a.Tokens[n].Kind.IsQuote() {
			break // (to “distrust and verify” that …: the quoted words' that)
		}
		if f.lower(n) == "that" && (n == c || f.a.Tokens[n].Tag != article.DT) && !(n+1 < e && f.lower(n+1) == "of") {
			that = n // (not the determiner of going to jump to that conclusion, nor the pronoun of "his plan and that of Lee")
			break
		}
	}
	if that > c+1 && f.a.Tokens[that-1].Tag == article.CC && f.bareClause(c, that-1) {
		that = -1 // said talks went on and that …: the first clause has no "that"
	} else if that > c+1 && conjunctions[f.lower(that-1)] && !objectCues[w] {
		// (told reporters) he had not read the bill but that he was open
		// to it: the "that" goes on with the report this cue is inside
		// (or one of its own before it), and what follows the cue is
		// its object, no report
		return Quote{}, false
	} else if that > c+1 && f.a.Tokens[that-1].Tag.IsVerb() && !f.capitalized(that-1) && f.bareClause(c, that-1) {
		that = -1 // said Veltro had failed to show that …: a clause of its own first, whose verb the "that" follows
	} else if that > c+1 && f.a.Tokens[that-1].Tag.IsFinite() && f.isCue(that-1) && f.npAfter(c, that-1) == that-1 && !objectCues[w] {
		that = -1 // said the case showed that …: a report of its own first, its subject and cue, inside this one
	} else if v := f.npAfter(c, that); that > c+2 && v > c && v < that && auxiliaries[f.lower(v)] && !objectCues[w] && f.passiveCueBefore(v+1, that) {
		that = -1 // says the ministry was told as early as 2021 that …: a report of its own, a passive's, inside this one
	} else if that > c+1 && f.a.Tokens[that-1].Tag.IsNoun() {
		// said (Tuesday) the city would sue the firm that …: a clause of
		// its own first, whose noun the "that" qualifies (not said in a
		// statement posted to Facebook that …)
		if first, own := f.clauseStart(c, that-1); own && f.subjectFirst(first, that-1) && !f.some(c, first, func(k int) bool { return !timeWords[f.lower(k)] }) {
			that, ownClause = -1, true
		} else if c == k+1 && f.a.Tokens[c].Tag == article.DT && f.lower(c) != "this" && f.lower(c) != "that" && !objectCues[w] && f.nounBeforeThat(c, that) {
			// said the requirement that voters show ID would keep them
			// from the polls: the "that" is the noun's, and the clause
			// is the noun's subject and its verb (not said this week
			// that …)
			that, ownClause = -1, true
		}
	}
	// said that would make no difference: "that" before a modal or a
	// form of be, have or do (or its "'s": say that's a rounding error)
	// is the clause's subject, and opens it
	thatSubject := that == c && c+1 < e && (f.a.Tokens[c+1].Tag == article.MD || f.a.Tokens[c+1].Tag.IsFinite() && (auxiliaries[f.lower(c+1)] || contractedIs(f.lower(c+1))))
	if that < 0 && c+3 < e && f.text(c) == "," {
		// cautioned, however, that …: an adverb set off before the "that"
		n := c + 1
		for n < e && n < c+4 && f.a.Tokens[n].Tag == article.RB {
			n++
		}
		if n > c+1 && n+1 < e && f.text(n) == "," && f.lower(n+1) == "that" {
			that = n + 1
		}
	}
	if that < 0 && c < e && f.text(c) != "," {
		// contended in its letter, written by Ken Kessel, a vice
		// president, that …: a "that" after asides with no verb of
		// their own
		for n := c; n < e && n < c+30; n++ {
			if t := f.a.Tokens[n]; t.Kind.IsQuote() || t.Tag.IsFinite() {
				break
			}
			if f.lower(n) == "that" && f.text(n-1) == "," && f.commaIn(c, n-1) {
				that = n
				break
			}
		}
	}
	if that > c && actCues[w] {
		that = -1 // rejected Reyes's claim that …: the "that" is the noun's
	}
	if f.assault(k, c, e) || strings.HasPrefix(w, "claim") && f.money(c, e) || that < 0 && strings.HasPrefix(w, "recall") && f.bodySpeaks(sp) || f.callForHelp(k, c, e) {
		// (claimed £14,000 in expenses: money, no report; but said
		// £14,000 was …; FreshWay recalled chicken products: a body
		// recalls goods, a person an event; called for help: a cry)
		return Quote{}, false
	}
	answer := c // half said so, 72 percent said yes: where a short answer ends
	if c == cue.Last && sayCues[w] {
		if f.saidNothing(c, e) {
			return Quote{}, false
		}
		answer = f.shortAnswer(c, e)
	}
	from := -1 // where a promise's "to" clause starts past an adjunct before it
	if that < 0 && infinitiveCues[w] && c < e && f.a.Tokens[c].Tag == article.IN {
		from = f.toPastAdjunct(c, e)
	}
	var content article.Range
	gapPast := false // a relative pronoun's clause whose past the tagger read as a participle
	topic := false   // the content is a hearer and a topic, or what is to be done
	prep := c        // talked (more, openly) about: past up to two adverbs
	for prep < e && prep < c+2 && c == cue.Last && f.a.Tokens[prep].Tag == article.RB {
		prep++
	}
	switch {
	case c < e && tribute:
		// paid tribute to a “kind and gentle” grandfather: whom the
		// tribute was to, with the words quoted
		content = article.Range{First: c, Last: f.clauseEnd(c, e)}
	case c == cue.Last && prep+1 < e && prepCues[w] != "" && strings.Contains(prepCues[w], " "+f.lower(prep)+" ") && !timeWords[f.lower(prep+1)]:
		// called for an inquiry, talked about the economy, railed
		// against the deal: what the speech was about or asked for
		if strings.HasPrefix(w, "respond") && f.lower(prep) == "to" && f.hearerObject(prep+1, e) {
			return Quote{}, false // would respond to the senators directly: whom, not what
		}
		content = article.Range{First: prep + 1, Last: f.topicEnd(prep+1, f.clauseEnd(prep+1, e))}
		cue.Last = prep + 1
	case c > cue.Last && c+1 < e && prepCues[w] != "" && strings.Contains(prepCues[w], " "+f.lower(c)+" ") && !timeWords[f.lower(c+1)]:
		// asked Dravick about his statements: who is asked and what
		// about
		content = article.Range{First: cue.Last, Last: f.clauseEnd(c+1, e)}
		topic = true
	case namingCues[w] && (tag != article.VBN || f.perfect(k, sent) || likening(w) && f.pastAfterName(k, sent.First)) && !(sp.First > sent.First && f.lower(sp.First-1) == "what") && !out:
		// (not "calling out Dravick for his “lies”": a charge, not a name)
		// Dravick called her “a loser”; described the plan as
		// “reckless”. (What it called a “special operation” is a
		// label in marks: it stays a term.)
		if k+1 < e && f.lower(k+1) == "to" {
			cue.Last = k + 2 // refers to the governor as “Chris”
		}
		content = f.naming(cue.Last, e)
		if content.Last <= content.First {
			content = f.plainNaming(w, cue.Last, e)
		}
		if content.Last <= content.First && strings.HasPrefix(w, "refer") && cue.Last == k+2 && f.npAfter(cue.Last, e) > cue.Last {
			// …,” he said, referring to the party's convention: what
			// the words were about
			content = article.Range{First: cue.Last, Last: f.stanceEnd(cue.Last, f.clauseEnd(cue.Last, e))}
		}
		if content.Last <= content.First && strings.HasPrefix(w, "describ") && tag != article.VBN && f.npAfter(cue.Last, e) > cue.Last {
			// he described their economic struggles: what was
			// described, the object
			content = article.Range{First: cue.Last, Last: f.stanceEnd(cue.Last, f.clauseEnd(cue.Last, e))}
		}
	case answer > c:
		// half said so, 72 percent said yes, 26 percent said the same
		// of Dravick, he said no to the war: an answer that stands for
		// the clause
		return f.indirectQuote(article.Range{First: c, Last: answer}, cue, sp, ante), true
	case that >= 0:
		first := that + 1
		if first < e && f.text(first) == "," {
			first++ // joked that, among other things, …
		}
		if thatSubject {
			first = that
		}
		content = article.Range{First: first, Last: f.clauseEnd(first, e)}
	case c < e && questionCues[w] && questionWords[f.lower(c)]:
		content = article.Range{First: c, Last: f.clauseEnd(c, e)}
	case c+2 < e && questionCues[w] && f.lower(c) == "to" && f.npAfter(c+1, e) > c+1 && f.npAfter(c+1, e) < e && questionWords[f.lower(f.npAfter(c+1, e))]:
		// explained to CBS why Marquardt was chosen
		q := f.npAfter(c+1, e)
		content = article.Range{First: q, Last: f.clauseEnd(q, e)}
	case from > 0:
		// promised in his budget speech to “…”: the "to" clause, not
		// the place or time set off before it
		content = article.Range{First: from, Last: f.clauseEnd(from, e)}
		topic = true
	case c+1 < e && infinitiveCues[w] && f.toAfterNot(c, e, c > cue.Last) > 0:
		// asked Nortley to republish the book: who is to act is part of
		// what is asked (the hearer of "told reporters that" is not);
		// urged passengers not to travel
		content = article.Range{First: min(c, cue.Last), Last: f.clauseEnd(c, e)}
		topic = true
	case weakCues[w] && !out: // (called out his rival: the object, below)
		// thinks she's done a “serviceable job”: the marks say
		// these are the speaker's words; previously reported, The
		// Foundation refused …: a comma first
		if c+1 < e && f.text(c) == "," && bareWeak[w] {
			c++
		}
		if c < e && tag != article.VBN && !f.a.Tokens[c].Kind.IsQuote() && f.bareClause(c, e) &&
			(f.holdsMark(c, f.clauseEnd(c, e)) || ownClause || bareWeak[w] && (tag == article.VBD || tag == article.VBZ || tag == article.VBP) && f.subjectFirst(c, e)) {
			content = article.Range{First: c, Last: f.clauseEnd(c, e)}
		} else if objectReports[w] && (tag == article.VBD || tag == article.VBZ || tag == article.VBP) && c < e && (f.a.Tokens[c].Tag == article.VBG || f.npAfter(c, e) > c && !f.bareClause(c, f.npAfter(c, e))) {
			// The company reported earnings of $8.42 a share; the PAC
			// reported spending $6 million: a report by its object
			content = article.Range{First: c, Last: f.clauseEnd(c, e)}
		}
	case (objectReports[w] || out && f.a.Tokens[k-1].Tag != article.IN) && (tag != article.VBN || f.perfect(k, sent) || f.pastAfterName(k, sent.First)) && c < e && (f.npAfter(c, e) > c && !f.bareClause(c, f.npAfter(c, e)) || f.quotedObject(c, e)):
		// (a cue and "out" reports its object too: called out his
		// rival for …, pointed out the lack of …; not a gerund after a
		// preposition, inside a report: expects Hale to … by calling
		// out the mayor)
		content = article.Range{First: c, Last: f.clauseEnd(c, e)}
		if np := f.npAfter(c, e); actCues[w] && !strings.HasPrefix(w, "demand") && np < e && f.a.Tokens[np].Tag.IsFinite() && !f.quoted[np] && f.some(sent.First, k, f.relativePronoun) {
			// messages in which he mocked residents were leaked: the
			// object, not the clause whose verb follows it (the main
			// clause's, the cue's being in a relative clause; but
			// demanded they stop …: a demand's clause; and only after a
			// relative pronoun: Minister defends school meals plan/VBP
			// as …, a headline's nouns the tagger read as a verb)
			content.Last = np
		}
	default:
		if c == k+1 && c < e && f.text(c) == "," && sp.First > sent.First && f.commaBefore(sp.First) > sent.First+1 && !weakCues[w] {
			// The park, Tomlin said, is usually full: the cue
			// parts one report in two, which may hold quoted words
			// (The budget, Lee said, is “a disaster.”), but not open
			// with them (“We are ready,” Jones said, “but …” is a
			// quotation in two parts) or a cue (…, Spiller said, adding,
			// “…” is two reports).
			before := article.Range{First: sent.First, Last: f.commaBefore(sp.First)}
			after := article.Range{First: c + 1, Last: f.clauseEnd(c+1, e)}
			if after.Last > after.First && f.clause(article.Range{First: before.First, Last: after.Last}) &&
				!f.a.Tokens[before.First].Kind.IsQuote() && !f.a.Tokens[after.First].Kind.IsQuote() && !f.isCue(after.First) {
				before, after = f.balance(before), f.balance(after) // with the closing marks of quoted words
				q := f.indirectQuote(article.Range{First: before.First, Last: after.Last}, cue, sp, ante)
				q.Parts = []article.Span{f.span(before), f.span(after)}
				return q, true
			}
		}
		if c < e && (f.text(c) == "," || f.text(c) == ":") {
			c++
		}
		if first, ok := f.clauseStart(c, e); ok && !(aimedAt[w] && f.lower(first) == "at") {
			// (not shouted at staff, …: whom the words were aimed at)
			content = article.Range{First: first, Last: f.clauseEnd(first, e)}
		} else if c < e && f.a.Tokens[c].Tag == article.VBN && f.relativeGap(sp, article.Range{First: c, Last: c + 1}) {
			// leaks, which it said wasted/VBN a quarter of …: the
			// relative pronoun's clause, its past read as a participle
			// (which the bounds model, reading a participle, would
			// leave out)
			content, gapPast = article.Range{First: c, Last: f.clauseEnd(c, e)}, true
		} else if f.a.Paragraphs[f.paraOf(k)].Kind == article.Headline && f.a.Tokens[k].Tag.IsProperNoun() {
			// Carrow Says Russians Hacked DNC, Calls …: in title case
			// the tagger finds no verb; the words up to a comma are the
			// claim.
			if end := f.toComma(c, e); end-c >= 2 {
				content = article.Range{First: c, Last: end}
			}
		}
	}
	if content.Last > content.First && f.a.Tokens[content.First].Tag == article.VBG {
		// denied breaking lobbying rules after it emerged he had met …:
		// a gerund's report ends before a clause of time or cause, the
		// writer's account of why it was made
		for n := content.First + 1; n+1 < content.Last; n++ {
			if subordinateWords[f.lower(n)] && f.a.Tokens[n].Tag == article.IN && f.subjectFirst(n+1, content.Last) {
				content.Last = n
				break
			}
		}
	}
	// (A "that" clause holding quoted words is one whatever its tags: the
	// tagger reads a verb in marks as something else, the data “de-risk”
	// the program.)
	if f.clause(content) || content.Last-content.First >= 2 && (topic ||
		that == c && content.First == that+1 && f.verbMissed(content) || // found that 54 percent back/RB the scheme
		f.a.Tokens[content.First].Tag == article.TO || namingCues[w] || objectReports[w] || f.headCue[k] || f.relativeGap(sp, content) ||
		that >= 0 && content.First == that+1 && f.holdsMark(content.First, content.Last)) ||
		cue.Last > k+1 && content.Last > content.First {
		q := f.indirectQuote(content, cue, sp, ante)
		q.fixed = gapPast
		return q, true
	}
	return Quote{}, false
}

// hearerObject reports whether the noun phrase from token c, before e,
// is people (a person's name, an object pronoun, a noun of people), whom
// a response is to, not what it answers.
func (f *finder) hearerObject(c, e int) bool {
	if objectPronouns[f.lower(c)] != "" && f.a.Tokens[c].Tag == article.PRP {
		return true
	}
	np := article.Range{First: c, Last: f.npAfter(c, e)}
	if np.Last <= np.First || np.Last < e && (f.a.Tokens[np.Last].Tag == article.POS || f.a.Tokens[np.Last].Tag == article.VBG) {
		return false // (Hale's remarks; Lee endorsing Vance: what, not whom)
	}
	if mi := f.mentionAt[np.Last-1]; mi >= 0 && f.ents.Mentions[mi].Label == entities.Person && f.ents.Mentions[mi].Tokens.Last == np.Last {
		return true
	}
	w := f.lower(np.Last - 1) // (the phrase's last word)
	return peopleNoun(w) || peopleNoun(strings.TrimSuffix(w, "s"))
}

// passiveCueBefore reports whether token v, right after a clause's
// subject and its "was", is a cue's participle and the tokens after it
// up to the "that" at token that are an adjunct of time or place (was
// told as early as 2021 that …, was warned in March that …).
func (f *finder) passiveCueBefore(v, that int) bool {
	if v >= that || f.a.Tokens[v].Tag != article.VBN || !f.isCue(v) {
		return false
	}
	for k := v + 1; k < that; k++ {
		switch t := f.a.Tokens[k].Tag; {
		case t == article.IN || t == article.RB || t == article.CD || t == article.DT || t == article.JJ || t == article.NN || t == article.NNP || timeWords[f.lower(k)]:
		default:
			return false
		}
	}
	return true
}

// plainFindings are verbs of finding in the plain form that the tagger
// may read as a noun after a plural subject (cases like this show/NN the
// need …).
var plainFindings = map[string]bool{"show": true, "suggest": true, "prove": true, "mean": true, "reveal": true, "indicate": true}

// nounBeforeThat reports whether tokens c..that are a determiner, up to
// two modifiers and a noun that is no word of time: a noun phrase the
// "that" after it qualifies or completes.
func (f *finder) nounBeforeThat(c, that int) bool {
	if that-c > 4 || !f.a.Tokens[that-1].Tag.IsNoun() || timeWords[f.lower(that-1)] || f.mentionAt[that-1] >= 0 {
		return false
	}
	for n := c + 1; n < that-1; n++ {
		if t := f.a.Tokens[n].Tag; t != article.JJ && t != article.NN && t != article.VBN {
			return false
		}
	}
	return true
}

// permissionWords are the words of leave before "to" and a cue, which
// report no words (not authorized to discuss, allowed to speak).
var permissionWords = map[string]bool{"authorized": true, "authorised": true, "allowed": true, "permitted": true, "cleared": true, "able": true, "unable": true, "free": true}

// subordinateWords open a clause of time or cause.
var subordinateWords = map[string]bool{"after": true, "before": true, "when": true, "because": true, "since": true, "while": true, "although": true, "though": true}

// reasonAfter reports whether token k opens a clause of cause or time
// after an adjunct, from lo, that holds a noun (said on condition of
// anonymity because …): the clause says why the words were said, not
// what.
func (f *finder) reasonAfter(lo, k int) bool {
	// (or "as" and a clause, its subject first: said Tuesday as his trial
	// opened; not said Tuesday as many as 40 …)
	if w := f.lower(k); !subordinateWords[w] && !(w == "as" && k > lo && k+1 < len(f.a.Tokens) && f.a.Tokens[k+1].Tag != article.JJ && f.a.Tokens[k+1].Tag != article.RB && f.subjectFirst(k+1, f.sentence(k).Last)) {
		return false
	}
	return f.some(lo, k, func(n int) bool { return f.a.Tokens[n].Tag.IsNoun() })
}

// conjunctions join a clause to the one before it.
var conjunctions = map[string]bool{"and": true, "but": true, "or": true}

// verbMissed reports whether the clause r after a "that" holds a subject
// and, right after it, a word the tagger took for no verb that stands
// where the verb would, before its object (that 54 percent back/RB the
// scheme): not a phrase that goes on with a preposition (that approach
// in his interview) or a comma, nor "that's".
func (f *finder) verbMissed(r article.Range) bool {
	if r.Len() < 3 || !f.wordish(r.First) {
		return false
	}
	n := f.subjectAfter(r.First, r.Last)
	if n == r.First || n+1 >= r.Last || f.a.Tokens[n].Kind != article.Word {
		return false
	}
	switch f.a.Tokens[n].Tag {
	case article.IN, article.TO, article.CC, article.DT, article.POS, article.WDT, article.WP:
		return false
	}
	switch f.a.Tokens[n+1].Tag {
	case article.DT, article.PRPS, article.NN, article.NNS, article.NNP, article.CD, article.PRP:
		return true
	}
	return false
}

// callForHelp reports whether the cue at k is a verb of calling or
// crying out whose "for" at token c takes "help", "assistance" or
// "backup" alone, before e (Ms Dobbs made it down and called for help):
// a cry, no stance's words (but asked for help is a request).
func (f *finder) callForHelp(k, c, e int) bool {
	if c+1 >= e || f.lower(c) != "for" {
		return false
	}
	switch f.lower(k) {
	case "call", "calls", "called", "calling", "cried", "shouted", "screamed", "yelled":
	default:
		return false
	}
	switch f.lower(c + 1) {
	case "help", "assistance", "backup":
		return c+2 == e || f.a.Tokens[c+2].Kind == article.Punct || f.a.Tokens[c+2].Tag == article.CC
	}
	return false
}

// saidNothing reports whether the object of a form of "say" at token c
// (before e) is "nothing" or "little" standing alone, no clause: her
// husband said nothing as the sentence was read, said little about the
// plan, said nothing new (not "said nothing had happened", not "said
// little evidence was found").
func (f *finder) saidNothing(c, e int) bool {
	if c >= e {
		return false
	}
	if w := f.lower(c); w != "nothing" && w != "little" {
		return false
	}
	if c+1 >= e {
		return true
	}
	t := f.a.Tokens[c+1].Tag
	return !t.IsVerb() && !t.IsNoun() && t != article.MD
}

// sayCues are the forms of "say", whose object may be a short answer.
var sayCues = map[string]bool{"say": true, "says": true, "said": true, "saying": true}

// shortAnswer returns where an answer that stands for a clause ends when
// one starts at token c, before e: "so", "yes" or "no" ending the clause
// (or "no to" what is refused), "the same" or "the opposite" (thing),
// maybe "of", "about" or "for" what it is said of, or "that of" …; else
// c.
func (f *finder) shortAnswer(c, e int) int {
	ends := func(n int, when bool) bool { // (when: a time may follow: said so Tuesday, not the same day)
		if n >= e {
			return true
		}
		t := f.a.Tokens[n]
		return t.Kind == article.Punct || t.Kind.IsQuote() || (t.Tag == article.IN || t.Tag == article.CC || t.Tag == article.RB) && f.lower(n) != "that" ||
			when && (timeWords[f.lower(n)] || f.lastTime(n, e))
	}
	about := func(n int) bool {
		if n+1 >= e {
			return false
		}
		w := f.lower(n)
		return (w == "of" || w == "about" || w == "for") && f.npAfter(n+1, e) > n+1
	}
	if c >= e {
		return c
	}
	switch w := f.lower(c); {
	case (w == "so" || w == "yes" || w == "no") && ends(c+1, true):
		return c + 1
	case w == "no" && c+2 < e && f.lower(c+1) == "to" && f.npAfter(c+2, e) > c+2:
		return f.clauseEnd(c, e)
	case w == "the" && c+1 < e && (f.lower(c+1) == "same" || f.lower(c+1) == "opposite"):
		n := c + 2
		if n < e && (f.lower(n) == "thing" || f.lower(n) == "things") {
			n++
		}
		if about(n) {
			return f.clauseEnd(c, e)
		}
		if ends(n, false) {
			return n
		}
	case w == "that" && about(c+1):
		return f.clauseEnd(c, e)
	}
	return c
}

// infinitive reports whether token k, after "to", is a verb: tagged
// one, or a noun the tagger took a verb with an object for (urged the
// council to order/NN an inquiry).
func (f *finder) infinitive(k, e int) bool {
	switch f.a.Tokens[k].Tag {
	case article.VB:
		return true
	case article.NN:
		if k+1 < e {
			t := f.a.Tokens[k+1].Tag
			return t == article.DT || t == article.PRPS
		}
	}
	return false
}

// trailing reads a report before a cue at token k: "…, X said." (sp
// found before the cue, ok) or "…, said X." It returns the report and who
// says it.
func (f *finder) trailing(sent article.Range, k, e int, sp, ante article.Range, ok, reported bool) (Quote, article.Range, bool) {
	cue := article.Range{First: k, Last: k + 1}
	te := f.clauseEnd(k+1, e)
	if k > sent.First && f.a.Tokens[k].Tag == article.VB && f.a.Tokens[k-1].Tag == article.TO {
		// I thought, somebody has to tell this story: an infinitive
		// after its comma attributes nothing before it
		return Quote{}, article.Range{}, false
	}
	if sent.First+1 < e && f.lower(sent.First) == "according" && f.lower(sent.First+1) == "to" {
		// According to the Ledger, most voters want …: the source's
		// phrase is no report of the cue after it
		return Quote{}, article.Range{}, false
	}
	if f.a.Tokens[sent.First].Tag == article.VBG && k+1 < len(f.a.Tokens) && f.text(k+1) == ":" {
		// Speaking from his hospital bed, the father of three said: a
		// participle's adjunct, and what was said after the colon
		return Quote{}, article.Range{}, false
	}
	after := k + 1
	if objectCues[f.lower(k)] {
		// …, Lee told investors in a call on Tuesday: the adjunct after
		// the hearer
		if o := f.npAfter(k+1, te); o > k+1 {
			after = o
		}
	}
	if _, pass := f.passive(k, sent); pass && ok && f.lower(sp.First) != "it" && !(f.lower(k) == "told" && f.hearerHeaded(sp)) {
		// …, Liam, 27, was found in his bedroom: a passive's subject
		// is what the verb is done to, no speaker of what comes before
		// (but …, it was reported; …, the court was told: a report
		// its hearer heard)
		return Quote{}, article.Range{}, false
	}
	if ok && bareWeak[f.lower(k)] && sp.First > sent.First && f.commaBefore(f.contactLead(sp.First)) < 0 && f.tail(after, te) {
		// …, shipping data showed; …, minutes of the meeting showed: the
		// phrase the subject ends, over a modifier or a noun and "of",
		// after the comma
		for j := sp.First - 1; j > sent.First && j >= sp.First-3; j-- {
			if t := f.a.Tokens[j].Tag; t != article.VBG && !t.IsNoun() && !t.IsAdjective() && f.lower(j) != "of" {
				break
			}
			if f.commaBefore(j) > sent.First {
				sp = article.Range{First: j, Last: sp.Last}
				break
			}
		}
	}
	if lead := f.contactLead(sp.First); ok && sp.First > sent.First && f.commaBefore(lead) > sent.First && f.tail(after, te) {
		// (…, a charge officials denied: the report ends before the noun
		// the speaker's clause qualifies)
		content := article.Range{First: sent.First, Last: f.commaBefore(lead)}
		if f.clause(content) {
			return f.indirectQuote(content, cue, sp, ante), sp, true
		}
	}
	if k > sent.First && f.commaBefore(k) > sent.First && !reported && !namingCues[f.lower(k)] && !hearerFirst(f.lower(k)) { // (a naming cue's object follows it: …, portrayed his party's nominee as …; so does a hearer: …, accuses Jerome Vance of …)
		// (not in what a report holds: Lee said her brother, a lawyer,
		// wrote the letter)
		// (and when the cue has a subject, what follows it is its
		// object unless it names someone: Vela, a candidate, tweeted a
		// warning)
		if spEnd := f.npAfter(k+1, e); spEnd > k+1 && f.tail(spEnd, te) && (!ok || f.speaks(article.Range{First: k + 1, Last: spEnd}) || f.personHeaded(article.Range{First: k + 1, Last: spEnd})) {
			content := article.Range{First: sent.First, Last: f.commaBefore(k)}
			if f.clause(content) {
				sp = article.Range{First: k + 1, Last: spEnd}
				return f.indirectQuote(content, cue, sp, article.Range{}), sp, true
			}
		}
	}
	return Quote{}, article.Range{}, false
}

// reported appends to out the reported clauses of sentence sent.
func (f *finder) reported(sent article.Range, out []Quote) []Quote {
	e := f.end(sent)
	if q, ok := f.colonReport(sent, e); ok {
		out = append(out, q)
		if q.turn {
			// the other reports of a turn's first sentence begin after
			// its label (A: Because they needed help, I think.)
			sent.First = f.tokenAfter(q.Cue.End)
		}
	}
	var lastSpeaker article.Range // for ", adding that …"
	closing := -2                 // the comma before the sentence's own attribution (closingComma), found when first needed
	for k := sent.First; k < e; k++ {
		w := f.lower(k)
		// according to X, …   /   …, according to X.
		if w == "according" && k+1 < e && f.lower(k+1) == "to" {
			var next int
			out, next = f.accordingTo(sent, k, 2, e, out)
			k = next
			continue
		}
		// In his view, the leak was covered up: the possessor's view
		if w == "in" && k == sent.First {
			if q, next, ok := f.inView(sent, k, e); ok {
				out = append(out, q)
				k = next
				continue
			}
		}
		// Dravick leads in a new Fox News poll: the poll reports it
		if w == "in" && k == sent.First && k+1 < e {
			var next int
			if out, next = f.accordingTo(sent, k, 1, e, out); next > k {
				k = next
				continue
			}
		}
		tag := f.a.Tokens[k].Tag
		switch w {
		case "made", "makes", "make", "making":
			// made it clear that …, makes clear that …
			if q, ok := f.madeClear(sent, k, e); ok {
				out = append(out, q)
				continue
			}
		case "expected":
			// Dravick is expected to speak: an expectation no one is
			// named for
			if q, ok := f.expected(sent, k, e); ok {
				out = append(out, q)
				continue
			}
		}
		// Dravick's claim that …; his argument was that …
		if that := f.nounThat(k, e); nounCues[w] && tag.IsNoun() && that > 0 {
			if sp, ok := f.possessor(k, sent); ok {
				content := article.Range{First: that + 1, Last: f.clauseEnd(that+1, e)}
				if f.clause(content) {
					out = append(out, f.indirectQuote(content, article.Range{First: k, Last: k + 1}, sp, article.Range{}))
				}
				continue
			}
			if !(k > sent.First && f.participle(k) && (mediumNouns[f.lower(k-1)] || documentNouns[f.lower(k-1)])) {
				continue
			}
			// signed a letter warning/NN that …: the tagger's noun, after a
			// medium's, is the participle that reports
		}
		if f.quoted[k] || !f.isCue(k) || !tag.IsVerb() && !f.participle(k) && !f.headCue[k] && !f.nounVerb(k, sent) || f.ingModifier(k) {
			continue // (a cue inside quotation marks is the quoted words', not a report of the writer's)
		}
		if broadcastNouns[w] && f.inHearer(out, k) {
			continue // (told Radio Kelby's breakfast show/VBD the …: the hearer's noun)
		}
		if f.relativeCue(k, sent) || f.modifierParticiple(k, sent) || f.participleOnSubject(k, sent) || f.objectModifier(k, sent) || f.hedgeBefore(k+1, sent) > 0 {
			continue // (is said to have told aides …: the later cue reports)
		}
		if k >= 2 && f.a.Tokens[k-1].Tag == article.TO && permissionWords[f.lower(k-2)] {
			continue // (was not authorized to discuss the talks: no words said)
		}
		if q, ok := f.askedQuestion(sent, k, e); ok {
			out = append(out, q)
			continue
		}
		sp, ante, ok := f.subject(k, sent)
		_, pass := f.passive(k, sent)
		pass = pass || f.reducedPassive(k, e)
		// the court heard that …: the subject heard the report (but could
		// be heard saying: a passive's subject speaks)
		heard := hearerCues[w] && !pass
		if pass && ok && agentReports[w] && k+2 < e && f.lower(k+1) == "by" {
			// Her death was confirmed by her son, Daniel Marlowe: the
			// agent reports the subject
			if end := f.npAfter(k+2, e); end > k+2 && (f.a.Tokens[end-1].Tag.IsNoun() || f.a.Tokens[end-1].Tag == article.PRP) {
				agent := article.Range{First: k + 2, Last: end}
				if e2 := f.appositiveName(agent, e); e2 > end {
					agent.Last = e2
				}
				q := f.indirectQuote(sp, article.Range{First: k, Last: k + 2}, agent, article.Range{})
				q.fixed = true
				out = append(out, q)
				continue
			}
		}
		if pass && ok && namingCues[w] && k+2 < e && f.lower(k+1) == "by" {
			// She was described by former pupils as “firm but fair”: the
			// agent names the subject, in the words quoted after "as"
			if end := f.npAfter(k+2, e); end > k+2 && end+1 < e && f.lower(end) == "as" && (f.a.Tokens[end-1].Tag.IsNoun() || f.a.Tokens[end-1].Tag == article.PRP) {
				if content := f.naming(end+1, e); content.Last > content.First {
					out = append(out, f.indirectQuote(content, article.Range{First: k, Last: k + 1}, article.Range{First: k + 2, Last: end}, article.Range{}))
					continue
				}
			}
		}
		if pass && ok && (actCues[w] || objectReports[w]) && !objectCues[w] && !namingCues[w] && !(k+1 < e && f.lower(k+1) == "by") {
			// Ann Lee was dismissed two weeks later, the plan was
			// criticized: the subject is what the act was done to, and
			// no one is named doing it
			continue
		}
		if pass && ok && infinitiveCues[w] && !objectCues[w] && !f.toSoon(k+1, e) {
			// Further strikes are planned for later this month unless …:
			// a plan's passive with no "to" clause reports nothing (but
			// It was never intended for the president to pick …)
			continue
		}
		// …, Kelby Crown Court was told: a report closing the sentence
		// that its hearer, the passive's subject, heard; no one said it
		hearerTold := pass && ok && w == "told" && f.hearerHeaded(sp)
		hearer := sp
		if pass && ok && objectCues[w] {
			// Residents were urged to …, the mayor was told that …: the
			// subject heard it; who spoke is the agent after "by", or
			// no one the sentence names
			sp, ante = article.Range{}, article.Range{}
			if k+2 < e && f.lower(k+1) == "by" {
				if end := f.npAfter(k+2, e); end > k+2 {
					sp = article.Range{First: k + 2, Last: end}
				}
			}
		}
		participle := false
		if !ok && f.participle(k) && k > sent.First && (f.text(k-1) == "," || f.text(k-1) == "—") {
			// …, adding that …: the speaker of the sentence's report.
			participle = true
			sp = lastSpeaker
			if sp.Last <= sp.First {
				sp, ante = f.mainSubject(sent, k)
			}
			ok = sp.Last > sp.First
		}
		if ok {
			// As The Times reported, Carrow is …
			if q, found := f.asReported(sent, k, e, sp, ante); found {
				out = append(out, q)
				lastSpeaker = sp
				continue
			}
			// X said (that) …
			if closing == -2 {
				closing = f.closingComma(sent, e)
			}
			if q, found := f.forward(sent, k, min(f.subordinateEnd(sent, k, e), f.relativeEnd(sp, k, e), f.restrictiveEnd(sent, k, e), closingEnd(closing, k, e)), sp, ante); found {
				if heard {
					q.unspoken() // the court heard that …: the hearer is no speaker
					sp = article.Range{}
				}
				out = append(out, q)
				lastSpeaker = sp
				continue
			}
		}
		if weakCues[w] && !(bareWeak[w] && ok && f.adjunctOnly(k+1, e)) || participle {
			continue // (but …, the BBC reported.)
		}
		// …, X said.   /   …, said X.   /   … a “raw time,” said X, noting …
		if hearerTold {
			sp = hearer
		}
		if q, who, found := f.trailing(sent, k, e, sp, ante, ok, f.inReport(out, k)); found {
			if heard || hearerTold || ok && f.toldHearer(k, sp) {
				q.unspoken() // …, a jury has heard; …, inquiry told (a headline's passive); …, the court was told
				who = article.Range{}
			}
			out = append(out, q)
			lastSpeaker = who
		}
	}
	return out
}

// inView returns the report of a sentence that opens "In" and a
// possessor's view or opinion and a comma (In his view, the leak was
// covered up; In Ann Lee's opinion, …): the clause after the comma, the
// possessor its speaker; next is the token to go on from.
func (f *finder) inView(sent article.Range, k, e int) (q Quote, next int, ok bool) {
	for n := k + 2; n+1 < e && n <= k+6; n++ {
		if !viewNouns[f.lower(n)] || f.text(n+1) != "," {
			continue
		}
		sp, found := f.possessor(n, sent)
		if !found || sp.First != k+1 {
			return Quote{}, k, false
		}
		content := article.Range{First: n + 2, Last: f.clauseEnd(n+2, e)}
		if !f.clause(content) {
			return Quote{}, k, false
		}
		return f.indirectQuote(content, article.Range{First: n, Last: n + 1}, sp, article.Range{}), n + 1, true
	}
	return Quote{}, k, false
}

// viewNouns name what someone thinks, after "In" and a possessor (In his
// view, …).
var viewNouns = map[string]bool{"view": true, "opinion": true, "estimation": true, "judgment": true, "judgement": true}

// nounThat returns the "that" opening the clause a noun cue at k reports,
// right after it or after "is" or "was" (his argument was that …), or 0.
func (f *finder) nounThat(k, e int) int {
	switch {
	case k+2 < e && f.lower(k+1) == "that":
		return k + 1
	case k+3 < e && (f.lower(k+1) == "is" || f.lower(k+1) == "was") && f.lower(k+2) == "that":
		return k + 2
	}
	return 0
}

// madeClear reads "X made (it) clear (to Y) that …" at token k, the verb
// (made, makes, make or making).
func (f *finder) madeClear(sent article.Range, k, e int) (Quote, bool) {
	if !f.a.Tokens[k].Tag.IsVerb() {
		return Quote{}, false
	}
	j := k + 1
	if j < e && f.lower(j) == "it" {
		j++
	}
	if j >= e || f.lower(j) != "clear" {
		return Quote{}, false
	}
	cue := article.Range{First: k, Last: j + 1}
	that := -1
	for n := j + 1; n < e && n < j+10; n++ {
		if f.lower(n) == "that" {
			that = n
			break
		}
		if t := f.a.Tokens[n]; t.Tag.IsVerb() || t.Kind.IsQuote() || t.Kind == article.Punct && f.text(n) != "," {
			break // (to House Democrats on Wednesday that …: a hearer and a time between)
		}
	}
	if that < 0 || that+1 >= e {
		return Quote{}, false
	}
	sp, ante, ok := f.subject(k, sent)
	if !ok {
		return Quote{}, false
	}
	content := article.Range{First: that + 1, Last: f.clauseEnd(that+1, e)}
	if !f.clause(content) {
		return Quote{}, false
	}
	return f.indirectQuote(content, cue, sp, ante), true
}

// expected reads "… is (not, also) expected to V …" at token k, the
// participle "expected": an attribution with no source, the to-clause its
// content.
func (f *finder) expected(sent article.Range, k, e int) (Quote, bool) {
	if f.a.Tokens[k].Tag != article.VBN || k+2 >= e || f.lower(k+1) != "to" || f.a.Tokens[k+2].Tag != article.VB {
		return Quote{}, false
	}
	j, ok := f.passive(k, sent)
	if !ok {
		return Quote{}, false
	}
	content := article.Range{First: k + 1, Last: f.clauseEnd(k+1, e)}
	q := f.indirectQuote(content, article.Range{First: j, Last: k + 1}, article.Range{}, article.Range{})
	return q, true
}

// money reports whether a sum of money opens at token c, before e: a
// currency's sign (£14,000, $2m), or a number and a currency's word (300
// pounds), after "more than" or a word like "nearly" too, or a noun
// phrase ending in a sum's noun (VAT refunds, expenses), or a currency's
// word after quantities and "of" (thousands of pounds), which "claimed"
// takes as its object when it claims money.
func (f *finder) money(c, e int) bool {
	if c+2 < e && (f.lower(c) == "more" || f.lower(c) == "less") && f.lower(c+1) == "than" {
		c += 2 // claimed more than £9,000
	} else if c+1 < e && approximators[f.lower(c)] {
		c++ // claimed nearly £9,000
	}
	for c+2 < e && f.lower(c+1) == "of" && quantityNouns[f.lower(c)] {
		c += 2 // claimed thousands of pounds, tens of thousands of dollars
	}
	if c >= e {
		return false
	}
	switch f.lower(c) {
	case "pounds", "dollars", "euros":
		return c > 0 && f.lower(c-1) == "of"
	}
	switch f.text(c) {
	case "£", "$", "€", "¥":
		return true
	}
	// claimed VAT refunds, claim benefits: a noun phrase of money
	if end := f.npAfter(c, e); end > c && moneyNouns[strings.TrimSuffix(f.lower(end-1), "s")] {
		return true
	}
	if f.a.Tokens[c].Tag == article.CD && c+1 < e {
		switch f.lower(c + 1) {
		case "pounds", "dollars", "euros", "pence", "cents":
			return true
		}
	}
	return false
}

// namedAsCues name or praise someone as something (hailed a hero, branded
// a liar), in a headline's past with no "be": a passive.
var namedAsCues = map[string]bool{"hailed": true, "branded": true, "named": true, "labelled": true, "labeled": true, "dubbed": true, "praised": true, "called": true, "slammed": true, "condemned": true, "criticised": true, "criticized": true}

// quantityNouns count things before "of" (thousands of pounds).
var quantityNouns = map[string]bool{"tens": true, "hundreds": true, "thousands": true, "millions": true, "billions": true}

// hearerEnd returns where the hearer of an object cue ends, from token c
// before hi: the noun phrase there, but before a person named right
// after a common noun in lower case when a verb follows the name (told
// the court Boyce had …: the court hears, Boyce opens the clause), and
// after a body or person named first when nouns in lower case and a
// finite verb follow (told the BBC conditions were …).
func (f *finder) hearerEnd(c, hi int) int {
	if b := f.broadcastHearer(c, hi); b > c {
		return b
	}
	if c+1 < hi && f.a.Tokens[c].Tag == article.PRP && f.lower(c) != "her" && objectPronouns[f.lower(c)] != "" {
		return c + 1 // told them they had shown …: the pronoun is the hearer
	}
	if c+1 < hi && f.lower(c) == "her" {
		// told her the plan had failed, told her customers were never
		// at risk: "her" is the hearer, not the next noun's owner, where
		// a determiner or name follows it, or a noun phrase a finite
		// verb ends
		if t := f.a.Tokens[c+1].Tag; t == article.DT || t == article.PRPS || t == article.PRP || t == article.CD || t == article.TO && f.a.Tokens[c-1].Tag != article.VBG || // (asked her to call …; not a participle's: wrote to the minister asking her to …, the writer's one report)
			f.mentionAt[c+1] >= 0 && f.ents.Mentions[f.mentionAt[c+1]].Tokens.First == c+1 {
			return c + 1
		}
		if end := f.npAfter(c+1, hi); end > c+1 && end < hi && f.a.Tokens[end].Tag.IsFinite() {
			return c + 1
		}
	}
	end := f.npAfter(c, hi)
	if end < hi && end > c && f.lower(end) == "who" && anyoneWords[f.lower(end-1)] {
		// asked anyone who had seen him to call police: the hearer
		// goes on over the relative clause to the infinitive
		for n := end + 1; n+1 < hi && n < end+20 && f.text(n) != ","; n++ {
			if f.a.Tokens[n].Tag == article.TO && f.a.Tokens[n+1].Tag == article.VB {
				return n
			}
		}
	}
	if end < hi && end > c && f.a.Tokens[end-1].Tag.IsNoun() && (f.lower(end) == "who" || f.a.Tokens[end].Tag == article.VBG ||
		f.lower(end) == "that" && end+1 < hi && f.a.Tokens[end+1].Tag.IsFinite()) { // (asked agencies that dealt with the shooting to …)
		// urged people who had not left to do so, urged residents
		// living near the river to leave: the hearer goes on over its
		// relative clause or participle to the infinitive (not past a
		// finite verb after a participle)
		for n := end + 1; n+1 < hi && n < end+15 && f.text(n) != "," && !f.a.Tokens[n].Kind.IsQuote(); n++ {
			if f.a.Tokens[n].Tag == article.TO && f.a.Tokens[n+1].Tag == article.VB {
				return n
			}
			if f.lower(end) != "who" && f.lower(end) != "that" && f.a.Tokens[n].Tag.IsFinite() {
				break
			}
		}
	}
	for k := c + 1; k < end; k++ {
		if mi := f.mentionAt[k]; mi >= 0 && f.mentionAt[k-1] < 0 {
			m := f.ents.Mentions[mi]
			if m.Label == entities.Person && m.Tokens.First == k && m.Tokens.Last == end && end < hi && f.a.Tokens[end].Tag.IsFinite() &&
				f.a.Tokens[k-1].Tag == article.NN && !f.capitalized(k-1) && !peopleNoun(f.lower(k-1)) {
				return k
			}
		}
	}
	// told the BBC conditions were …: a body or person named first, then
	// nouns in lower case before a finite verb, which open the clause;
	// told RTÉ the fine sent …: a determiner right after the name opens
	// the clause, whatever the tagger made of its verb
	n := c
	if n < end && f.a.Tokens[n].Tag == article.DT {
		n++
	}
	if n < end && f.mentionAt[n] >= 0 {
		m := f.ents.Mentions[f.mentionAt[n]]
		l := m.Tokens.Last
		if m.Tokens.First == n && (m.Label == entities.Org || m.Label == entities.Person) && l <= end {
			if l+1 < hi && (f.a.Tokens[l].Tag == article.DT || f.a.Tokens[l].Tag == article.PRPS) {
				return l
			}
			if l < end && end < hi && (f.a.Tokens[end].Tag.IsFinite() || f.a.Tokens[end].Tag == article.MD) && end-l <= 2 &&
				!f.some(l, end, func(k int) bool { return !f.a.Tokens[k].Tag.IsNoun() || f.capitalized(k) }) {
				return l
			}
		}
	}
	return end
}

// broadcastHearer returns the end of a possessive hearer from token c,
// before hi, ending in a programme's noun, whatever the tagger read it as
// (told BBC Radio 4's Today programme the …, told Radio Kelby's breakfast
// show the …): a name or a capitalized word, "'s", then up to three
// words, the last a noun of broadcastNouns, with a word after it; else c.
func (f *finder) broadcastHearer(c, hi int) int {
	for j := c + 1; j < hi && j <= c+4; j++ {
		if f.a.Tokens[j].Tag != article.POS {
			if !f.wordish(j) {
				return c
			}
			continue
		}
		if f.mentionAt[j-1] < 0 && !f.capitalized(j-1) {
			return c
		}
		for b := j + 1; b < hi-1 && b <= j+3; b++ {
			if !f.wordish(b) {
				return c
			}
			if broadcastNouns[f.lower(b)] {
				return b + 1
			}
		}
		return c
	}
	return c
}

// broadcastNouns are a programme's nouns (see broadcastHearer).
var broadcastNouns = wordList("broadcast")

// quotedObject reports whether a determiner or possessive at token c,
// before e, opens quoted words (praised its “astonishing control”): an
// object whose head the marks hold.
func (f *finder) quotedObject(c, e int) bool {
	t := f.a.Tokens[c].Tag
	return (t == article.PRPS || t == article.DT) && c+2 < e && f.a.Tokens[c+1].Kind == article.OpenQuote
}

// hearerFirst reports whether cue w names its hearer or target right
// after it and never its speaker (accuses, told, informed): no speaker
// follows it inverted, as one may follow "said" or "warned".
func hearerFirst(w string) bool {
	if !objectCues[w] {
		return false
	}
	for _, stem := range []string{"warn", "ask", "urg", "promis"} {
		if strings.HasPrefix(w, stem) {
			return false
		}
	}
	return true
}

// wordsOutside reports whether span outer holds a word, number or
// abbreviation outside span inner.
func (f *finder) wordsOutside(outer, inner article.Span) bool {
	r := f.tokensIn(outer)
	return f.some(r.First, r.Last, func(k int) bool {
		t := f.a.Tokens[k]
		return (t.End <= inner.Start || t.Start >= inner.End) && f.wordish(k)
	})
}

// approximators are the words that may stand before an amount (nearly
// £9,000, over $2m).
var approximators = map[string]bool{"nearly": true, "almost": true, "about": true, "around": true, "over": true, "under": true, "some": true, "roughly": true}

// reducedPassive reports whether the cue at k is a passive with no form
// of "be", a headline's or a reduced relative's (Schools told to ban
// phones; pupils urged to stay home): a verb of telling someone to do
// something, right after a noun and before "to" and a verb, which has
// no active reading there (not asked or promised: she asked to speak);
// or, in a headline, a past of naming or praise before "a", "an" or "as"
// (Shop owner hailed a hero).
func (f *finder) reducedPassive(k, e int) bool {
	if k > 0 && k+2 < e && f.a.Paragraphs[f.paraOf(k)].Kind == article.Headline && f.a.Tokens[k].Tag == article.VBD && f.a.Tokens[k-1].Tag.IsNoun() &&
		namedAsCues[f.lower(k)] && (f.lower(k+1) == "a" || f.lower(k+1) == "an" || f.lower(k+1) == "as") {
		return true // (Shop owner who fought off robbers hailed a hero: a headline's past, no "be")
	}
	if k == 0 || k+2 >= e || !f.a.Tokens[k-1].Tag.IsNoun() || f.lower(k+1) != "to" || f.a.Tokens[k+2].Tag != article.VB {
		return false
	}
	switch f.lower(k) {
	case "told", "urged", "warned", "reminded", "ordered", "instructed", "advised":
		return true
	}
	return false
}

// passive reports whether the participle at k follows a form of "be"
// (over adverbs and "not"), and where that is: is expected, was called,
// cannot be portrayed; or, in a headline, which drops the "be", is
// "told" after a hearer opening it (Court told …) or "accused" before
// "of" (Regulator Accused Of …), and the token before it.
func (f *finder) passive(k int, sent article.Range) (int, bool) {
	if w := f.lower(k); (w == "told" && k-1 == sent.First && hearerNouns[f.lower(k-1)] || w == "accused" && k > sent.First && k+1 < sent.Last && f.lower(k+1) == "of") &&
		f.a.Paragraphs[f.paraOf(k)].Kind == article.Headline {
		return k - 1, true // Court told driver was …, Regulator Accused Of …: a headline's passive, its "was" dropped
	}
	if t := f.a.Tokens[k].Tag; t != article.VBN && !(t == article.VBD && k > sent.First && (f.lower(k-1) == "being" || f.lower(k-1) == "been" || f.lower(k-1) == "be")) {
		return 0, false // (after being asked/VBD: the tagger's past tense, a participle)
	}
	j := k - 1
	for j > sent.First && (f.a.Tokens[j].Tag == article.RB || f.lower(j) == "n't" || f.lower(j) == "not") {
		j--
	}
	if j < sent.First {
		return 0, false
	}
	switch f.lower(j) {
	case "is", "are", "was", "were", "be", "been", "being", "'s", "’s", "isn't", "wasn't", "aren't", "weren't":
		return j, true
	}
	return 0, false
}

// hedges are the participles of a report at second hand (is said to, is
// understood to, is believed to have …).
var hedges = map[string]bool{"said": true, "understood": true, "believed": true, "thought": true, "reported": true,
	"known": true, "alleged": true, "rumoured": true, "rumored": true, "claimed": true}

// hedgeBefore returns the hedge before the "to" at token t, after a form
// of "be", when a cue follows the "to" (over "have": The minister is said
// to have told aides …, the secretary is understood to have told …): the
// later cue reports, and its subject is the hedged sentence's; 0 if none.
func (f *finder) hedgeBefore(t int, sent article.Range) int {
	h := t - 1
	if t+1 >= sent.Last || h-1 <= sent.First || f.lower(t) != "to" || !hedges[f.lower(h)] {
		return 0
	}
	switch f.lower(h - 1) {
	case "is", "are", "was", "were", "been", "be", "'s", "’s":
	default:
		return 0
	}
	c := t + 1
	if f.lower(c) == "have" && c+1 < sent.Last {
		c++
	}
	if !f.isCue(c) {
		return 0
	}
	return h
}

// perfect reports whether the participle at k follows has, have or had,
// over adverbs (has long described): an active verb, not a passive one.
func (f *finder) perfect(k int, sent article.Range) bool {
	for j := k - 1; j >= sent.First && j >= k-3; j-- {
		switch f.lower(j) {
		case "has", "have", "had", "'s", "’s":
			return true
		}
		if f.a.Tokens[j].Tag != article.RB {
			return false
		}
	}
	return false
}

// relativePronoun reports whether token j is tagged as a wh-pronoun or
// wh-determiner (who, which, whose; "that" where the tagger reads it so).
func (f *finder) relativePronoun(j int) bool {
	t := f.a.Tokens[j].Tag
	return t == article.WDT || t == article.WP || t == article.WPS
}

// relativeWhere reports whether the "where" at token j, past the first
// token, opens a relative clause on the place-noun before it (a care
// home where five residents died).
func (f *finder) relativeWhere(j int) bool {
	return f.lower(j) == "where" && f.a.Tokens[j-1].Tag.IsNoun()
}

// closingComma returns the last comma of sentence sent, before e, when a
// report's own attribution follows it and closes the sentence (Mr Hale
// told the court that he had never seen the money, his lawyer said: what
// he told ends at the comma), else -1: a speaker and a cue in the past or
// present, or the cue and then its speaker, with only an adjunct after.
// It does not depend on the cue whose report it ends, so reported finds
// it once a sentence; a report ends there when its cue comes before it
// (closingEnd).
func (f *finder) closingComma(sent article.Range, e int) int {
	c := -1
	for j := e - 1; j > sent.First; j-- {
		if f.text(j) == "," && !f.quoted[j] {
			c = j
			break
		}
	}
	if c < 0 || c+2 >= e {
		return -1
	}
	v := -1
	for j := c + 1; j < e && j < c+8; j++ {
		if f.isCue(j) && f.a.Tokens[j].Tag.IsFinite() {
			v = j
			break
		}
	}
	if v < 0 {
		return -1
	}
	te := f.clauseEnd(v+1, e)
	if v == c+1 {
		if end := f.npAfter(v+1, te); end > v+1 && f.tail(end, te) && f.speaks(article.Range{First: v + 1, Last: end}) {
			return c // …, said Ann Lee.
		}
		return -1
	}
	if sp, _, ok := f.subject(v, sent); ok && sp.First == c+1 && f.tail(v+1, te) && (f.speaks(sp) || f.personHeaded(sp)) &&
		f.a.Tokens[sp.First].Tag != article.PRP && !f.nounBeforeName(sp) {
		// (not a pronoun's, which repeats the report's speaker: Other
		// candidates said they …, but …, they said; nor a clause on a
		// noun: …, a point Vane also acknowledged)
		return c
	}
	return -1
}

// closingEnd returns comma, the one closingComma found, when it comes
// after the cue at k (the report of a cue after it is the attribution's
// own), else e.
func closingEnd(comma, k, e int) int {
	if comma > k+1 {
		return comma
	}
	return e
}

// personOrRole reports whether the noun at token k names a person or a
// role, by itself or by its part after a hyphen (co-founder, vice-chair).
func (f *finder) personOrRole(k int) bool {
	w := f.lower(k)
	if i := strings.LastIndexByte(w, '-'); i >= 0 && i+1 < len(w) {
		if peopleNoun(w[i+1:]) {
			return true
		}
	}
	return peopleNoun(w)
}

// nounBeforeName reports whether a common noun that names no role or
// person stands right before a name in sp (a point Vane: a clause on the
// noun whose subject is the name).
func (f *finder) nounBeforeName(sp article.Range) bool {
	for j := sp.First + 1; j < sp.Last; j++ {
		if mi := f.mentionAt[j]; mi >= 0 && f.ents.Mentions[mi].Tokens.First == j {
			p := j - 1
			if p > sp.First && entities.IsTitle(f.text(p)) {
				p-- // (a claim Mr Oakes rejected: the noun before the name's title)
			}
			if t := f.a.Tokens[p].Tag; (t == article.NN || t == article.NNS) && f.mentionAt[p] < 0 && !f.personOrRole(p) {
				return true
			}
		}
	}
	return false
}

// subordinateEnd returns where the opening subordinate clause of sentence
// sent ends when the cue at k lies in it (While she says she will not
// vote for him, she applauds …: the comma before the main clause, its
// subject and finite verb), else e.
func (f *finder) subordinateEnd(sent article.Range, k, e int) int {
	// Speaking as the chain reported its profits, its chief said …: a
	// participle's own subordinate clause, "as" included
	s := sent.First + 1
	led := f.a.Tokens[sent.First].Tag == article.VBG && s < k && subordinators[f.lower(s)] && f.lower(s) != "asked"
	if w := f.lower(sent.First); !led && (!subordinators[w] || w == "asked" || w == "as") {
		return e
	}
	for c := k + 1; c < e && c < k+maxClause; c++ { // bounded: a run-on sentence must stay linear
		if f.text(c) != "," || f.quoted[c] {
			continue
		}
		if s := f.npAfter(c+1, e); s > c+1 && s < e && (f.finite(s, sent) || f.personStarts(c+1)) {
			// …, Harriet shot/NN back: a person or pronoun after the
			// comma opens the main clause, whatever the tagger made of
			// the verb
			return c
		}
	}
	return e
}

// relativeGap reports whether content, right after its cue, opens with a
// finite verb or a modal whose subject is the relative pronoun before the
// speaker sp (the plan, which critics say is unworkable, …; a tax that
// economists say has failed): a clause whose subject the pronoun stands
// for.
func (f *finder) relativeGap(sp, content article.Range) bool {
	if sp.First < 1 || sp.Last > content.First || content.Last <= content.First {
		return false
	}
	switch f.lower(sp.First - 1) {
	case "which", "that", "who":
	default:
		return false
	}
	t := f.a.Tokens[content.First].Tag
	return t.IsFinite() || t == article.MD || t == article.VBN // (leaks, which it said wasted/VBN a quarter …: no "have" or "be" before it, a past)
}

// relativeEnd returns where the report of a cue at k ends when its
// speaker sp is a relative pronoun set off by a comma, a dash or brackets
// (Ann Lee, who said the messages were damning, left early), or follows
// one (the plan, which critics say is unworkable, was dropped): at the comma
// or dash before the main clause's verb, or the dash that matches the one
// before the pronoun (Tom Hale - who said it was unfair - stayed); e if
// there is none.
func (f *finder) relativeEnd(sp article.Range, k, e int) int {
	rel := sp.First
	if rel >= 2 && sp.Last > sp.First && (f.lower(rel-1) == "which" || f.lower(rel-1) == "whom") {
		rel-- // (the plan, which critics say is unworkable, was dropped: the speaker after the pronoun)
	} else if sp.Last-sp.First != 1 {
		return e
	}
	if rel == 0 || !relatives[f.lower(rel)] || f.lower(rel) == "that" || !antecedentMark(f.text(rel-1)) && f.text(rel-1) != ")" {
		return e
	}
	for c := k + 1; c < e && c < k+maxClause; c++ { // bounded, as subordinateEnd
		w := f.text(c)
		if w != "," && w != "—" && w != "–" && w != "--" && w != "-" || f.quoted[c] {
			continue
		}
		if w != "," {
			if w == f.text(rel-1) {
				return c // the dash that closes the one before the pronoun
			}
			if d := f.nextMark(c, e, w); d > 0 {
				c = d // a pair of dashes is an aside inside (a position - unheard of until now - would …)
				continue
			}
		}
		n := c + 1
		for n < e && f.a.Tokens[n].Tag == article.RB {
			n++
		}
		if n < e && f.a.Tokens[n].Tag.IsFinite() {
			return c
		}
	}
	return e
}

// restrictiveEnd returns where the report of a cue at k ends when the
// cue stands in a relative clause with no comma on the noun phrase that
// opens sentence sent (A man who punched a driver after being asked to
// wear a mask has been jailed): before the main clause's verb, the one
// finite verb after the cue; e when the sentence opens otherwise, or more
// than one finite verb follows (which of them is the main clause's the
// words do not say).
func (f *finder) restrictiveEnd(sent article.Range, k, e int) int {
	rel := f.npAfter(sent.First, k)
	if rel == sent.First || rel >= k || f.a.Tokens[rel].Tag != article.WP && f.a.Tokens[rel].Tag != article.WDT || !f.a.Tokens[rel-1].Tag.IsNoun() {
		return e
	}
	// The cue is the clause's when it is no finite verb (asked, warning),
	// or its first (who said …); a finite verb after the clause's own is
	// the main clause's (Supporters who have heard … say …).
	if _, pass := f.passive(k, sent); f.a.Tokens[k].Tag.IsFinite() && !pass && f.some(rel+1, k, func(j int) bool { return f.a.Tokens[j].Tag.IsFinite() }) {
		return e
	}
	// A clause of its own after the cue, its subject first (A man who
	// told police he was a doctor has been jailed; Anyone who says they
	// are not afraid is lying): its verb, and those right after it, are
	// the report's; the next finite verb, after no conjunction, comma or
	// "that", the main clause's.
	first := k + 1 // the report's first word
	if objectCues[f.lower(k)] {
		first = f.hearerEnd(first, e) // (told police he was …)
	}
	own := first < e && f.subjectFirst(first, e)
	end := e
	for c := k + 1; c < e && c < k+maxClause; c++ {
		if f.quoted[c] || !f.a.Tokens[c].Tag.IsFinite() {
			continue
		}
		if own {
			for c+1 < e && (f.a.Tokens[c+1].Tag.IsFinite() || f.a.Tokens[c+1].Tag == article.RB) {
				c++ // (was not, has been)
			}
			own = false
			end = -1 // (the report's verb passed)
			continue
		}
		if end >= 0 && end < e {
			return e // a second finite verb
		}
		if end < 0 {
			if t := f.a.Tokens[c-1].Tag; t == article.CC || t == article.WDT || t == article.WP || f.text(c-1) == "," || f.lower(c-1) == "that" {
				return e
			}
		} else if !f.a.Tokens[c-1].Tag.IsNoun() {
			return e // (a clause of its own: … that the plan is …; a verb after no noun)
		}
		end = c
	}
	if end < 0 {
		return e
	}
	return end
}

// nextMark returns the next token after c and before e, within
// maxClause, that is mark w, or -1.
func (f *finder) nextMark(c, e int, w string) int {
	for d := c + 1; d < e && d < c+maxClause; d++ {
		if f.text(d) == w {
			return d
		}
	}
	return -1
}

// personStarts reports whether a person's name or a personal pronoun
// starts at token k.
func (f *finder) personStarts(k int) bool {
	if mi := f.mentionAt[k]; mi >= 0 {
		m := f.ents.Mentions[mi]
		return m.Tokens.First == k && m.Label == entities.Person
	}
	return f.a.Tokens[k].Tag == article.PRP
}

// inHearer reports whether token k lies between the cue of a report in
// out and its content after it: a word of the cue's hearer, no cue.
func (f *finder) inHearer(out []Quote, k int) bool {
	at := f.a.Tokens[k].Start
	for i := len(out) - 1; i >= 0 && i >= len(out)-8; i-- {
		if q := out[i]; !q.Cue.Empty() && q.Cue.End <= at && at < q.Content.Start {
			return true
		}
	}
	return false
}

// inReport reports whether token k lies inside the content of a report in
// out: a cue there is part of what is reported, not a trailing cue of
// its own.
func (f *finder) inReport(out []Quote, k int) bool {
	at := f.a.Tokens[k].Start
	for i := len(out) - 1; i >= 0 && i >= len(out)-8; i-- {
		if c := out[i].Content; c.Start <= at && at < c.End {
			return true
		}
	}
	return false
}

// commaBefore returns the index of the comma that ends the words before
// token i ("…, he said" or "… “raw time,” said"), with a closing mark
// after it kept out of the words; or -1.
func (f *finder) commaBefore(i int) int {
	if i > 0 && f.text(i-1) == "," {
		return i - 1
	}
	if i > 1 && f.a.Tokens[i-1].Kind == article.CloseQuote && f.text(i-2) == "," {
		return i - 2
	}
	return -1
}

// subjectFirst reports whether tokens c..e open with a subject and its
// finite verb (the planes flew …, there is …, many of them were …), as a
// clause reported without "that".
func (f *finder) subjectFirst(c, e int) bool {
	if c >= e {
		return false
	}
	n := c
	switch {
	case f.a.Tokens[c].Tag == article.EX:
		n = c + 1 // there is
	case f.quantifierOf(c, e):
		if n = f.npAfter(c+2, e); n == c+2 {
			return false // many of them
		}
	default:
		if n = f.npAfter(c, e); n == c {
			return false
		}
		if n-1 > c && f.nounAsVerb(n-1) {
			return true // the former governor plans/NNS to …
		}
	}
	if n+1 < e && f.text(n) == "," {
		n = f.afterAside(n+1, e) // her brother, a lawyer, wrote …
	}
	for pp := 0; pp < 2 && n+1 < e && f.a.Tokens[n].Tag == article.IN && f.lower(n) != "that" && !subordinateWords[f.lower(n)]; pp++ {
		// much of his talk with Dravick was …: a phrase after the subject
		// (not a clause of cause or time: condition of anonymity
		// because the plans had …)
		m := f.npAfter(n+1, e)
		if m == n+1 {
			break
		}
		n = m
	}
	for n < e && f.a.Tokens[n].Tag == article.RB {
		n++
	}
	if n >= e {
		return false
	}
	switch t := f.a.Tokens[n].Tag; {
	case t.IsFinite():
		return true
	case t == article.VBN:
		return f.pastAfterName(n, c) // Carrow advocated/VBN against …
	}
	return false
}

// subjectBefore reports whether a noun phrase from token c ends right
// before token k, or before one adverb there (schools already
// restricted/VBN phones): the subject of a verb at k.
func (f *finder) subjectBefore(c, k, e int) bool {
	np := f.npAfter(c, e)
	return np == k || np > c && np+1 == k && f.a.Tokens[np].Tag == article.RB
}

// pastWithObject reports whether token k, tagged a past participle after
// a clause's subject, is its verb in the past tense, the tagger misled by
// a verb whose two forms are one (its pill cut/VBN weight by a fifth): an
// object follows it, and no finite verb after it, before e, that would
// make it a participle qualifying the subject (the pill tested in trials
// was safe).
func (f *finder) pastWithObject(k, e int) bool {
	if k+1 >= e {
		return false
	}
	switch f.a.Tokens[k+1].Tag {
	case article.DT, article.PRPS, article.NN, article.NNS, article.CD, article.JJ, article.IN, article.RP, article.TO,
		article.RBR, article.JJR: // (schools needed/VBN more/RBR funding)
	default:
		return false
	}
	for n := k + 1; n < e && n < k+maxClause; n++ { // (bounded: a run-on sentence stays linear)
		if f.a.Tokens[n].Tag.IsFinite() {
			return false
		}
		if f.a.Tokens[n].Kind == article.Punct && f.text(n) != "," || f.a.Tokens[n].Kind.IsQuote() {
			break
		}
	}
	return true
}

// toSoon reports whether a "to" comes from token k, before e, within
// six tokens and before any punctuation (planned to, intended for the
// president to …).
func (f *finder) toSoon(k, e int) bool {
	for n := k; n < e && n < k+6 && f.a.Tokens[n].Kind != article.Punct; n++ {
		if f.a.Tokens[n].Tag == article.TO {
			return true
		}
	}
	return false
}

// anyoneWords are the pronouns of anyone at all that a relative "who"
// follows (asked anyone who saw him to call police).
var anyoneWords = map[string]bool{"anyone": true, "anybody": true, "everyone": true, "everybody": true, "someone": true, "somebody": true, "those": true}

// aimedAt are the verbs of speaking whose "at" names whom the words were
// aimed at (shouted at staff), not what was said.
var aimedAt = wordList("aimed-at")

// findingNouns head the polls and surveys a report is "in".
var findingNouns = wordList("finding")

// mediumNouns are what a speaker issues or posts (a statement, a letter):
// a participle cue after one is the issuer's.
var mediumNouns = wordList("medium")

// documentNouns are documents that may speak as "it" after they are
// named as a source (the report found …).
var documentNouns = wordList("document")

// clauseStart reports whether a reported clause without "that" starts at
// c: quoted words, or a subject and its verb, maybe after a short adjunct
// ("said Tuesday the plan was late", "said in a statement the plan …");
// not "spoke on condition of anonymity, said …". It returns where the
// clause starts: after the adjunct, which says when or how the words were
// said, not what was said.
func (f *finder) clauseStart(c, e int) (int, bool) {
	if c < e && f.a.Tokens[c].Kind.IsQuote() {
		return c, true
	}
	if c+1 < e && f.a.Tokens[c].Tag == article.VBG {
		// said legalizing it could put thousands to work, said having
		// Dravick at the top of the ticket puts …: a gerund and its
		// object as the clause's subject, up to its verb
		for n := c + 1; n < e && n <= c+12; n++ {
			t := f.a.Tokens[n]
			if t.Tag == article.MD || t.Tag == article.VBZ || t.Tag == article.VBD {
				return c, true
			}
			if t.Tag == article.VBN && n+1 < e && f.a.Tokens[n+1].Tag.IsNoun() && (f.a.Tokens[n-1].Tag == article.IN || f.a.Tokens[n-1].Tag == article.DT) {
				continue // fighting between armed/VBN groups: a participle before its noun
			}
			if t.Tag.IsVerb() || t.Kind == article.Punct || t.Kind.IsQuote() || f.lower(n) == "that" {
				break
			}
		}
	}
	if f.participleSubject(c, e) {
		return c, true
	}
	timeFirst := f.timePhrase(c, e) // (read once: the loop's first step looks at the same token)
	if c < e {
		switch t := f.a.Tokens[c].Tag; {
		case t == article.IN && f.lower(c) != "if" && f.lower(c) != "because", t == article.TO, t == article.RB, t == article.VBN,
			t == article.VBG, f.text(c) == ",", timeWords[f.lower(c)], timeFirst:
			// an adjunct first: a subject must follow it
		default:
			return c, f.bareClause(c, e)
		}
	}
	c0 := c
	for skip := 0; skip < 6 && c < e; skip++ {
		if f.subjectFirst(c, e) {
			if !f.sayingAdjunct(c0, c) {
				return c0, true // said despite all that, the mayor …: the clause's own adjunct
			}
			return c, true
		}
		t := f.a.Tokens[c]
		switch {
		case skip == 0 && t.Tag != article.IN && !timeWords[f.lower(c)] && t.Tag != article.RB && !timeFirst:
			return c, false // an adjunct opens with a preposition, a time or an adverb
		case f.reasonAfter(c0, c):
			// said on condition of anonymity because the plans had not
			// been made public: after an adjunct with a noun, a clause of
			// cause or time says why, not what was said (but said just
			// because it was not obvious did not mean …: the report)
			return c, false
		case t.Tag == article.IN || t.Tag == article.DT || t.Tag == article.PDT || t.Tag == article.NN || t.Tag == article.NNP || t.Tag == article.CD ||
			t.Tag == article.RB || t.Tag == article.JJ || timeWords[f.lower(c)]:
			c++
		case f.text(c) == ",":
			c++
		default:
			return c, false
		}
	}
	return c, false
}

// quantifierOf reports whether tokens k and k+1, before hi, are a
// quantifier and "of" (one of, many of, two of).
func (f *finder) quantifierOf(k, hi int) bool {
	return k+1 < hi && quantifiers[f.lower(k)] && f.lower(k+1) == "of"
}

// timePhrase reports whether tokens c and c+1, before e, are "last",
// "this" or "next" and a noun of time before a clause's
// subject (said last month she was …; not saying this year will meet
// expectations, the subject itself).
func (f *finder) timePhrase(c, e int) bool {
	return f.lastTime(c, e) && c+2 < e && f.subjectFirst(c+2, e)
}

// lastTime reports whether tokens c and c+1, before e, are "last",
// "this" or "next" and a noun of time (last week).
func (f *finder) lastTime(c, e int) bool {
	return c+1 < e && lastNext[f.lower(c)] && timeWords[f.lower(c+1)]
}

// participleSubject reports whether a participle at token c, before e,
// opens a clause's subject as an adjective before its nouns and their
// finite verb (said stolen antiquities were often melted down, said
// armed officers had entered): the clause, not an adjunct.
func (f *finder) participleSubject(c, e int) bool {
	if c+2 >= e || f.a.Tokens[c].Tag != article.VBN {
		return false
	}
	nouns := 0
	for n := c + 1; n < e && n <= c+4; n++ {
		switch t := f.a.Tokens[n].Tag; {
		case t == article.NN || t == article.NNS:
			nouns++
		case t == article.JJ && nouns == 0:
		case (t == article.MD || t == article.VBZ || t == article.VBD || t == article.VBP) && nouns > 0:
			return true
		default:
			return false
		}
	}
	return false
}

// months say when: said in March the board had no plans.
var months = wordList("month")

// sayingAdjunct reports whether tokens lo..hi, an adjunct between a cue
// and the clause it reports, tell when, where or how the words were said
// (on Monday, in March, in a statement, at a hearing, on CNN, to
// reporters): a word of time, a month, a message, a gathering or a name.
func (f *finder) sayingAdjunct(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if w := f.lower(k); timeWords[w] || months[w] || mediumNouns[w] || eventNouns[w] || f.mentionAt[k] >= 0 || w == "reporters" || w == "journalists" {
			return true
		}
	}
	return false
}

// afterAside returns where a report goes on after an appositive starting
// at token a ("another former envoy, was …"): the token after the
// appositive's comma, when the appositive holds no verb; or a.
func (f *finder) afterAside(a, e int) int {
	for k := a; k < e && k < a+12; k++ {
		if t := f.a.Tokens[k].Tag; t.IsVerb() || t == article.MD || f.a.Tokens[k].Kind.IsQuote() {
			return a
		}
		if f.text(k) == "," {
			return k + 1
		}
	}
	return a
}

// adverbial reports whether tokens r are only an opening adverbial ("In
// addition", "However", "On Friday"), no part of a report.
func (f *finder) adverbial(r article.Range) bool {
	if r.Last-r.First > 4 {
		return false
	}
	for k := r.First; k < r.Last; k++ {
		switch f.a.Tokens[k].Tag {
		case article.IN, article.RB, article.DT, article.NN, article.NNP, article.CD, article.JJ:
		default:
			return false
		}
	}
	t := f.a.Tokens[r.First].Tag
	return t == article.IN || t == article.RB
}

// goesOn reports whether token k, in what follows a trailing cue, shows
// the sentence going on past an aside: a quotation mark, or a finite verb
// or modal right after a comma (part of the problem, experts say, is …).
func (f *finder) goesOn(k int) bool {
	t := f.a.Tokens[k].Tag
	return f.a.Tokens[k].Kind.IsQuote() || k > 0 && f.text(k-1) == "," && (t == article.VBZ || t == article.VBP || t == article.VBD || t == article.MD)
}

// tail reports whether tokens i..e are only an adjunct after a trailing
// cue: "on Friday", "in a statement", "Tuesday".
func (f *finder) tail(i, e int) bool {
	if i < e && f.text(i) == "," {
		// …, said David Gilmour, its president and CEO: the rest
		// describes the speaker (not when a verb follows a comma in it:
		// part of the problem, say experts like Ann Lee, a geologist, is
		// the ground itself)
		return !f.some(i+1, e, f.goesOn)
	}
	if i < e && (f.a.Tokens[i].Tag == article.IN || timeWords[f.lower(i)] || f.lastTime(i, e)) { // (… said last week, the highest in a year)
		// …, one official said on condition of anonymity because the
		// plans were secret: the adjunct ends where a clause of cause or
		// time says why
		for k := i + 1; k < e; k++ {
			if f.reasonAfter(i, k) { // (said Tuesday as his trial opened)
				e = k
				break
			}
		}
		// … admitted on Monday, three years late: an aside after the
		// adjunct's comma (not after an object: said the bridge, which
		// …, was unsafe)
		for k := i + 1; k < e; k++ {
			if f.text(k) == "," {
				if f.some(k+1, e, f.goesOn) {
					return false // …, telling the Post on Monday, “…”; part of it, say experts like Ann Lee, a geologist, is …
				}
				e = k
				break
			}
		}
	}
	if e-i > 5 && !(e-i <= 9 && i < e && f.a.Tokens[i].Tag == article.IN) { // in an interview with the Ledger
		return false
	}
	if e-i <= 9 && i+1 < e && f.a.Tokens[i].Tag == article.IN && f.a.Tokens[i+1].Tag == article.VBG {
		return true // … said in posing the question to Christo
	}
	for k := i; k < e; k++ {
		switch f.a.Tokens[k].Tag {
		case article.IN, article.DT, article.NNP, article.NN, article.CD, article.JJ, article.RB, article.RBR, article.TO, article.NNS:
		case article.PRPS:
			if w := f.lower(k - 1); k == i || w != "in" && w != "on" {
				return false // in his filing, in a statement on its website (not about their policy)
			}
		case article.PRP:
			switch f.lower(k) {
			case "her", "him", "them", "me", "us": // the president told her
			default:
				return false
			}
		default:
			return false
		}
	}
	return true
}

// lowerSpan returns the text of span s in lower case.
func (f *finder) lowerSpan(s article.Span) string {
	return strings.ToLower(s.Text(f.a.Text))
}

// tokenAfter returns the index of the first token starting at or after
// byte offset off.
func (f *finder) tokenAfter(off int) int {
	return sort.Search(len(f.a.Tokens), func(i int) bool { return f.a.Tokens[i].Start >= off })
}

// tokensIn returns the tokens that start inside byte span s.
func (f *finder) tokensIn(s article.Span) article.Range {
	return article.Range{First: f.tokenAfter(s.Start), Last: f.tokenAfter(s.End)}
}

// balance extends a reported clause that opens a quotation mark and ends
// before its close (was “corrupt,” noting …) over the close.
func (f *finder) balance(r article.Range) article.Range {
	open := 0
	for k := r.First; k < r.Last; k++ {
		switch f.a.Tokens[k].Kind {
		case article.OpenQuote:
			open++
		case article.CloseQuote:
			open--
		}
	}
	if open <= 0 {
		return r
	}
	for k := r.Last; k < len(f.a.Tokens) && k < r.Last+2; k++ {
		if t := f.a.Tokens[k]; t.Kind == article.CloseQuote {
			r.Last = k + 1
			break
		} else if t.Kind != article.Punct {
			break
		}
	}
	return r
}

// indirectQuote makes a reported quotation; the speaker's name comes from
// antecedent when sp is a relative pronoun (which, who).
func (f *finder) indirectQuote(content, cue, sp, antecedent article.Range) Quote {
	content = f.balance(content)
	if n := f.stampAt(content.First); n > 0 && content.Len() > n+1 {
		content.First += n // 14:05 — More than 40,000 homes …, according to …: a live page's time is no one's words
	}
	q := Quote{Kind: Indirect, Content: f.span(content), Cue: f.span(cue), Speaker: f.span(sp), SpeakerCluster: -1}
	q.Parts = []article.Span{q.Content}
	if antecedent.Last > antecedent.First {
		q.SpeakerName, q.SpeakerCluster = f.speakerOf(antecedent)
	} else {
		q.SpeakerName, q.SpeakerCluster = f.speakerOf(sp)
	}
	return q
}

// stampAt returns how many tokens a live page's time stamp takes at token
// k, opening its paragraph: a clock time (14:05, 9.30am), perhaps a zone
// (GMT), and a dash; 0 if there is none.
func (f *finder) stampAt(k int) int {
	if k >= len(f.a.Tokens) || k != f.a.Paragraphs[f.paraOf(k)].Tokens.First || !clockTime(f.lower(k)) {
		return 0
	}
	n := k + 1
	if n < len(f.a.Tokens) && (f.lower(n) == "gmt" || f.lower(n) == "bst" || f.lower(n) == "et" || f.lower(n) == "utc") {
		n++
	}
	if n < len(f.a.Tokens) && (f.a.Tokens[n].Kind == article.Dash || f.text(n) == "-" || f.text(n) == ":") {
		return n + 1 - k
	}
	return 0
}

// clockTime reports whether w is a time of day: 14:05, 9.30, 9:30am.
func clockTime(w string) bool {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "am"), "pm")
	h, m, ok := strings.Cut(w, ":")
	if !ok {
		h, m, ok = strings.Cut(w, ".")
	}
	if !ok || len(h) < 1 || len(h) > 2 || len(m) != 2 {
		return false
	}
	for _, c := range h + m {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// wordsBefore reports whether reported clause q, with the cue it shares
// with quotation d inside it, holds two words or more ("that" aside)
// before d's opening mark: d is then a fragment of the clause (Munk wrote
// that the rocket “performed flawlessly.”; Talks at 'breaking point,'
// union says), not the whole of what is reported.
func (f *finder) wordsBefore(q, d *Quote) bool {
	if q.Cue != d.Cue {
		return false
	}
	n := 0
	for k := f.tokenAfter(q.Content.Start); k < len(f.a.Tokens) && f.a.Tokens[k].End <= d.Content.Start; k++ {
		if f.a.Tokens[k].Kind == article.Word && f.lower(k) != "that" {
			n++
		}
	}
	return n >= 2
}

// ownWords reports whether quotation d, which reported clause q holds and
// whose cue it shares, holds words of its own that the cue reports, the
// words before or after it no part of the report: it opens right after
// the cue and a comma or colon (Lee said, “We'll see,” when asked …), or
// after a break (breaksBefore) with nothing but punctuation after it in
// q (…, telling the Post on Monday, “…,” she said), or after a colon that
// follows the cue and words with no verb (said outside court: “…”).
func (f *finder) ownWords(q, d *Quote) bool {
	open := f.tokenAfter(d.Content.Start) - 1
	if q.Cue != d.Cue || open <= 0 || !f.a.Tokens[open].Kind.IsQuote() || startsLower(f.text(open+1)) {
		return false // The party, held every year, “allows us …”: the predicate
	}
	if f.tokenAfter(q.Cue.End) == open-1 && f.a.Tokens[open].Start <= q.Content.Start && (f.text(open-1) == "," || f.text(open-1) == ":") {
		return true // Lee said, “We'll see,” when asked …: what follows the marks is no report
	}
	if f.tokenAfter(q.Cue.End) == open && f.a.Tokens[open].Start <= q.Content.Start && f.nextAct(f.tokenAfter(d.Content.End)) {
		return true // The pair shouted “No more oil!” as staff cleared the room: the marks right after the cue, then a clause of time or the speaker's next act
	}
	if f.some(f.tokenAfter(d.Content.End), f.tokenAfter(q.Content.End), func(k int) bool { return f.a.Tokens[k].Kind == article.Word }) {
		return false // said that, “…” against what …: the report goes on
	}
	if c := f.tokenAfter(q.Cue.End); f.text(open-1) == ":" && c < open-1 && !f.some(c, open-1, func(k int) bool { return f.a.Tokens[k].Tag.IsVerb() || f.lower(k) == "that" }) {
		return true // said outside court: “…”: a colon after where or when, no clause, opens the speaker's words
	}
	return breaksBefore(f.text(open - 1))
}

// nextAct reports whether the closing mark at token k (or the token
// after the quoted words) is followed by a subordinator of time or
// reason, or by "and" or "but" and a verb in the past: a clause of its
// own after the quoted words, no part of what was said (… “we will win”
// and left the stage; … “No more oil!” as staff cleared the room).
func (f *finder) nextAct(k int) bool {
	for k < len(f.a.Tokens) && f.a.Tokens[k].Kind.IsQuote() {
		k++
	}
	if k+1 >= len(f.a.Tokens) || f.a.Tokens[k].Kind != article.Word {
		return false
	}
	switch f.lower(k) {
	case "as", "before", "after", "when", "while", "until", "because":
		return true
	case "and", "but", "then":
		return f.a.Tokens[k+1].Tag == article.VBD
	}
	return false
}

// breaksBefore reports whether punctuation w before an opening mark sets
// the quoted words apart from the words before them (a comma, a
// parenthesis, a dash or a semicolon), so they do not end a clause that
// began before.
func breaksBefore(w string) bool {
	switch w {
	case ",", "(", "—", "–", ";":
		return true
	}
	return false
}

// absorb settles a reported clause against the quotations in marks found
// so far (f.out[:direct]): unattributed quoted words inside it become its
// fragments (a mixed quotation); if it is itself inside or around an
// attributed quotation, it is dropped as the quotation's own frame.
func (f *finder) absorb(q *Quote, direct int) bool {
	if !q.Cue.Empty() && q.Speaker.Empty() && f.quoted[f.tokenAfter(q.Cue.Start)] {
		// “… every rider who has been told they have no rights”: a
		// report inside quoted words with no one saying it is the
		// quoted speaker's wording
		return false
	}
	// Reported clauses come in text order and the direct quotations are
	// in text order: a cursor keeps this linear.
	for f.cursor < direct && (f.out[f.cursor].Kind == 0 || f.out[f.cursor].Content.End < q.Content.Start-64) {
		f.cursor++
	}
	for i := f.cursor; i < direct && f.out[i].Content.Start <= q.Content.End; i++ {
		d := &f.out[i]
		// A quotation closing the sentence ends after the clause's last
		// word ("… point.”): take the clause to its end.
		if d.Kind != 0 && d.Content.Start >= q.Content.Start && d.Content.Start < q.Content.End && d.Content.End > q.Content.End && d.Content.End-q.Content.End <= 4 {
			end := d.Content.End
			// and its closing mark, as the opening one is inside
			if k := f.tokenAfter(end); k < len(f.a.Tokens) && f.a.Tokens[k].Start == end && f.a.Tokens[k].Kind.IsQuote() {
				end = f.a.Tokens[k].End
			}
			q.Content.End = end
			q.Parts[len(q.Parts)-1].End = end
		}
		words := d.Parts // the quoted words
		if d.Kind == Mixed {
			words = d.Fragments
		}
		for _, w := range words {
			if d.Kind != Term && w.Contains(q.Cue) && !w.Contains(q.Content) {
				// “Dravick says the things people want to say,” Rubini
				// said: a cue inside quoted words reports nothing
				// outside them
				return false
			}
		}
		if d.Kind == 0 || !d.Content.Overlaps(q.Content) && !(q.Content.Start <= d.Content.Start && d.Content.End <= q.Content.End) {
			continue
		}
		inside := q.Content.Start <= d.Content.Start && d.Content.End <= q.Content.End
		if inside && d.Kind == Direct && !d.Cue.Empty() && d.SpeakerName != "" && d.Cue != q.Cue && q.Content.Contains(d.Cue) && (q.turn || f.lowerSpan(q.Cue) == "according to") {
			// A: … my mum said to me, “…”; “…,” she texted a friend,
			// according to court documents: a quotation with a speaker of
			// its own inside an answer, or inside what a source reports,
			// is that speaker's
			continue
		}
		if !inside && d.Kind == Direct && d.SpeakerName == "" && d.Content.Start > q.Content.Start && !d.inner {
			// saying he is “… ” running on past the sentence: the
			// quotation is the report's words, with its speaker.
			d.Cue, d.Speaker, d.SpeakerName, d.SpeakerCluster, d.fallback = q.Cue, q.Speaker, q.SpeakerName, q.SpeakerCluster, true
			return false
		}
		if !inside || d.SpeakerName != "" && !d.fallback && d.Kind == Direct && (d.Content.Len()*2 > q.Content.Len() && !f.wordsBefore(q, d) || f.ownWords(q, d)) {
			return false
		}
		if d.Kind == Direct && d.SpeakerName != "" && !f.wordsOutside(q.Content, d.Content) {
			// said at a news conference that “no one is above the law,”:
			// a clause that is the quotation and its marks alone is
			// the quotation
			return false
		}
		if d.Kind == Term && f.strongIntro(f.tokenAfter(d.Parts[0].Start)-1) {
			continue // the so-called “…”, a plan titled “…”: the writer's term, whatever the cue
		}
		if d.Kind == Term && !d.short && !namingCues[f.lowerSpan(q.Cue)] {
			continue // a title or scare quote inside reported speech stays a term
		}
		q.Kind = Mixed
		if d.Kind == Mixed {
			q.Fragments = append(q.Fragments, d.Fragments...)
		} else {
			q.Fragments = append(q.Fragments, d.Parts...)
		}
		d.Kind = 0 // absorbed; removed below
	}
	return true
}
