// Finding who says quoted words: the cue and speaker next to the marks,
// elsewhere in the sentence, or the sentence's subject.

package quotes

import (
	"slices"
	"sort"
	"strings"

	"github.com/whosaid/whosaid/article"
	"github.com/whosaid/whosaid/entities"
)

// attribution is a cue and speaker found next to a quotation.
type attribution struct {
	cue, speaker article.Range
	after        int // first token after the attribution, for split quotations
}

func (at attribution) found() bool { return at.cue.Last > at.cue.First }

// cueAfter looks for "…,” he said", "…,” said Victor Alvarez" or "…,”
// Peskov told reporters" after token i (the closing mark), within the
// sentence or paragraph; in the next sentence only when the quotation
// opens its own (opens).
func (f *finder) cueAfter(i int, opens bool) attribution {
	para := f.paragraphRange(i)
	hi := para.Last
	j := i + 1
	stop := false    // the attribution must end the sentence
	crossed := false // the attribution is in the next sentence
	if j < hi && f.text(j) == "," {
		j++
	}
	// The cue must be in the quotation's sentence: in “… point.” He
	// added, “…” the cue belongs to the next quotation.
	if j >= hi {
		return attribution{}
	}
	if f.a.SentenceOf(j) != f.a.SentenceOf(i) {
		// “Have I started?” Sandell replied. — the question ended the
		// sentence for the segmenter, not for the writer; so did a
		// period when all the next sentence says is who spoke (“… are
		// missing.” Dravick said.).
		// (Not after words quoted inside a sentence: Reyes called the
		// vote “a victory.” Democrats disagreed.)
		q := f.closingWord(i) // (‘What can I do?’” Wexler said.)
		if j != i+1 || q < 0 || !opens {
			return attribution{}
		}
		switch endMark(f.text(q)) {
		case "?", "!":
		case ".":
			stop = true
		default:
			return attribution{}
		}
		hi = f.sentence(j).Last
		crossed = true
	}
	done := func(at attribution) attribution {
		if stop && !f.adjunctOnly(at.after, hi) {
			return attribution{}
		}
		if crossed {
			// “… I love them!” Ann Lee broke down what was wrong: “…”:
			// the next sentence's cue introduces words of its own (not
			// a participle's after a comma: wrote, arguing that “…”)
			for k := at.after; k < hi && f.text(k) != ","; k++ {
				if f.a.Tokens[k].Kind.IsQuote() || f.text(k) == ":" {
					return attribution{}
				}
			}
		}
		return at
	}
	// …,” saying the city …: a participle after the marks reports what
	// follows it, not the quotation, and what follows is no speaker
	if f.isCue(j) && f.participle(j) {
		return attribution{}
	}
	// “Absolutely not,” came the reply from Downing Street
	if n := j + 2; n+2 < hi && (f.lower(j) == "came" || f.lower(j) == "comes") && f.lower(j+1) == "the" {
		if f.a.Tokens[n].Tag == article.JJ {
			n++ // came the swift reply from …
		}
		if n+2 < hi && replyNouns[f.lower(n)] && f.lower(n+1) == "from" {
			if end := f.npAfter(n+2, hi); end > n+2 {
				return done(attribution{cue: article.Range{First: j, Last: n + 1}, speaker: article.Range{First: n + 2, Last: end}, after: end})
			}
		}
	}
	// “No comment,” was all the chairman would say
	if j+3 < hi && (f.lower(j) == "was" || f.lower(j) == "is") && f.lower(j+1) == "all" {
		if end := f.npAfter(j+2, hi); end > j+2 && end+1 < hi {
			k := end
			if f.a.Tokens[k].Tag == article.MD {
				k++
			}
			if f.isCue(k) {
				return done(attribution{cue: article.Range{First: k, Last: k + 1}, speaker: article.Range{First: j + 2, Last: end}, after: k + 1})
			}
		}
	}
	// said Victor Alvarez / says the Kremlin (not told, whose object
	// heard: 'reportedly' told staff …)
	if f.isCue(j) && f.a.Tokens[j].Kind == article.Word && f.lower(j) != "told" && f.lower(j) != "tells" {
		end := f.npAfter(j+1, hi)
		if end > j+1 {
			sp := article.Range{First: j + 1, Last: end}
			if e := f.prepPhraseEnd(end, hi); e > end {
				sp.Last, end = e, e // said a spokesman for the council
			}
			if e := f.appositiveName(sp, hi); e > end {
				sp.Last, end = e, e // said the mayor, Pierre Lenoir
			}
			return done(attribution{cue: article.Range{First: j, Last: j + 1}, speaker: sp, after: end})
		}
	}
	// “This is fantastic!” beamed Donald Hartigan
	if f.a.Tokens[j].Tag == article.VBD && f.openEnded(i) {
		if end := f.npAfter(j+1, hi); end > j+1 && f.names(article.Range{First: j + 1, Last: end}) {
			return done(attribution{cue: article.Range{First: j, Last: j + 1}, speaker: article.Range{First: j + 1, Last: end}, after: end})
		}
	}
	// he said / Peskov told reporters / the Kremlin spokesman added / the
	// head of the agency said
	end := f.npAfter(j, hi)
	if end > j {
		if e := f.prepPhraseEnd(end, hi); e > end && e < hi && f.isCue(e) {
			end = e
		}
		// “…,” Nick Coleby and Jenna Newbold wrote: two speakers
		// joined by "and", the cue after the second
		if end+1 < hi && f.lower(end) == "and" && f.names(article.Range{First: j, Last: end}) {
			if e := f.npAfter(end+1, hi); e > end+1 && e < hi && f.isCue(e) && f.names(article.Range{First: end + 1, Last: e}) {
				end = e
			}
		}
	}
	if end > j {
		k := end
		for k < hi && k < end+2 && f.a.Tokens[k].Tag == article.RB {
			k++ // he also said
		}
		if f.isCue(k) {
			return done(attribution{cue: article.Range{First: k, Last: k + 1}, speaker: article.Range{First: j, Last: end}, after: k + 1})
		}
		// Jared Bernholt, a former adviser in the White House, wrote
		if k := f.afterAppositive(end, hi); k > 0 {
			sp := article.Range{First: j, Last: end}
			if f.text(k-1) == "," && f.nameInApposition(sp, end+1, k-1) {
				sp.Last = k - 1 // the company's chief executive, Mark Olsen, said
			}
			return done(attribution{cue: article.Range{First: k, Last: k + 1}, speaker: sp, after: k + 1})
		}
		// “…,” Dravick shot back. / “…!” beamed Hartigan: after words that
		// end on a comma, question or exclamation inside the marks, a
		// named speaker's verb is how they said it.
		if k < hi && f.a.Tokens[k].Tag != article.VBP && f.finite(k, f.sentence(k)) && f.openEnded(i) {
			if _, ok := f.namedSubject(k, f.sentence(k)); ok {
				c := article.Range{First: k, Last: k + 1}
				if c.Last < hi && f.a.Tokens[c.Last].Tag == article.RP {
					c.Last++
				}
				return done(attribution{cue: c, speaker: article.Range{First: j, Last: end}, after: c.Last})
			}
		}
	}
	return attribution{}
}

// replyNouns name an answer that "came" from its speaker after the
// quoted words: “…,” came the reply from Downing Street.
var replyNouns = map[string]bool{"reply": true, "response": true, "answer": true, "retort": true}

// prepPhraseEnd returns where a speaker's phrase ending at token end, in
// a common noun or a title, goes on over a preposition of speakerPreps and the noun
// phrase after it, before hi (a spokesman for the council, the head of
// the agency); else end.
func (f *finder) prepPhraseEnd(end, hi int) int {
	if end+1 >= hi || !speakerPreps[f.lower(end)] {
		return end
	}
	if t := f.a.Tokens[end-1].Tag; t != article.NN && t != article.NNS && !(t == article.NNP && entities.IsTitle(f.text(end-1))) && !(f.lower(end) == "of" && f.personEndingAt(end) >= 0) {
		return end // (Secretary of State Antony Blinken: a title's "of" goes on too; so does a person's: Captain Luc Ferrand of the rescue unit)
	}
	if e := f.npAfter(end+1, hi); e > end+1 {
		return e
	}
	if f.lower(end) == "of" && end+2 < hi && f.a.Tokens[end+1].Tag == article.JJ && f.text(end+2) == "," {
		return end + 2 // Ofgem's director of retail/JJ, Helen Marsh: the office's field, an adjective before the name's comma
	}
	return end
}

// speakerPreps are the prepositions that tie a described speaker to the
// body it speaks for or where it is (a spokesman for the council,
// officials at the embassy, the head of the union): objectPrep's but "in"
// and "from", which after an inverted cue say where or how it was said
// (said the spokesman in a statement).
var speakerPreps = map[string]bool{"for": true, "at": true, "of": true, "with": true}

// appositiveName returns the end of a person's name set off by a comma
// after a speaker described by phrase sp with no name of its own but a
// possessor's (said the mayor, Pierre Lenoir; said Okafor's deputy, Sam
// Ruiz, on Monday), or sp.Last when none follows. The name must end the
// sentence or come before a comma.
func (f *finder) appositiveName(sp article.Range, hi int) int {
	k := sp.Last
	if k+1 >= hi || f.text(k) != "," {
		return sp.Last
	}
	if f.namesSpeaker(sp) {
		return sp.Last // the speaker is named already
	}
	n := k + 1
	for n+1 < hi && n < k+3 && f.mentionAt[n] < 0 && (entities.IsTitle(f.text(n)) || f.text(n) == ".") {
		n++ // the study's lead author, Dr Mingyang Song: over the title the name goes without
	}
	mi := f.mentionAt[n]
	if mi < 0 {
		return sp.Last
	}
	m := f.ents.Mentions[mi]
	e := m.Tokens.Last
	if m.Label != entities.Person || m.Tokens.First != n || e > hi {
		return sp.Last
	}
	if e < hi && f.text(e) != "," && f.text(e) != "." {
		return sp.Last
	}
	return e
}

// dashSigned finds a quotation signed after its closing mark at token i
// with a dash and a name, as pull quotes, letters and posted messages are
// (“…” — Ana Ruiz; “…” ― Tom Hale, Leeds; “…” — Ann Lee (@annlee); or on
// the next line, a paragraph of its own): the
// name must end the line or come before a comma, period or parenthesis.
// Only a quotation opening its sentence or line is signed so: a fragment
// ending a report before a byline (insisted it was “first.”--Kim
// Hjelmgaard) is not.
func (f *finder) dashSigned(i int) attribution {
	hi := f.paragraphRange(i).Last
	j := i + 1
	if j == hi && j < len(f.a.Tokens) && f.paraOf(j) == f.paraOf(i)+1 {
		// the signature on a line of its own: “…” ¶ - Bernie Sandell.
		hi = f.paragraphRange(j).Last
	}
	if j >= hi || f.a.Tokens[j].Kind != article.Dash && f.text(j) != "-" {
		return attribution{}
	}
	end := f.npAfter(j+1, hi)
	sp := article.Range{First: j + 1, Last: end}
	if end == j+1 || !f.speaks(sp) {
		return attribution{}
	}
	if end < hi {
		switch f.text(end) {
		case ",", ".", "(":
		default:
			if f.paraOf(end) == f.paraOf(j) && !strings.Contains(f.a.Text[f.a.Tokens[end-1].End:f.a.Tokens[end].Start], "\n") {
				return attribution{}
			}
		}
	}
	return attribution{cue: article.Range{First: j, Last: j + 1}, speaker: sp, after: end}
}

// closingWord returns the last token inside the quotation closing at
// token i, past an inner quotation's closing mark (‘What can I do?’”: the
// question mark), or -1.
func (f *finder) closingWord(i int) int {
	q := i - 1
	if q > 0 && f.a.Tokens[q].Kind.IsQuote() {
		q--
	}
	return q
}

// openEnded reports whether the quotation closing at token i ends on a
// comma, question mark or exclamation mark inside its marks: words that
// wait for who said them.
func (f *finder) openEnded(i int) bool {
	q := f.closingWord(i)
	if q < 0 {
		return false
	}
	switch endMark(f.text(q)) {
	case ",", "?", "!":
		return true
	}
	return false
}

// endMark returns a run of exclamation and question marks (!!!, ?!) as
// the one mark it ends a sentence with, and any other token as it is.
func endMark(w string) string {
	if len(w) < 2 || strings.Trim(w, "!?") != "" {
		return w
	}
	if strings.Contains(w, "!") {
		return "!"
	}
	return "?"
}

// adjunctOnly reports whether tokens k up to hi hold no more than a short
// phrase saying where or when ("in a statement", "on Friday"), and no
// verb, "that" or quotation mark: nothing said after the speaker.
func (f *finder) adjunctOnly(k, hi int) bool {
	if hi-k > 8 {
		return false
	}
	for ; k < hi; k++ {
		t := f.a.Tokens[k]
		if t.Tag.IsVerb() || t.Kind.IsQuote() || f.lower(k) == "that" {
			return false
		}
	}
	return true
}

// afterAppositive returns the cue after an appositive that starts with the
// comma at token i (", a former adviser in the White House, wrote"), or 0.
func (f *finder) afterAppositive(i, hi int) int {
	if i >= hi || f.text(i) != "," {
		return 0
	}
	// (a relative aside's verbs are its own: one nurse, who asked not to
	// be named, told the BBC)
	relative := i+1 < hi && (f.lower(i+1) == "who" || f.lower(i+1) == "which")
	for k := i + 1; k < hi && k < i+20; k++ {
		t := f.a.Tokens[k]
		if t.Kind.IsQuote() || f.text(k) == "." || f.isCue(k) && !relative {
			return 0
		}
		if f.text(k) == "," {
			c := k + 1
			for c < hi && c < k+3 && f.a.Tokens[c].Tag == article.RB {
				c++
			}
			if c < hi && c > k && f.isCue(c) && f.a.Tokens[c].Tag.IsVerb() {
				return c
			}
			return 0
		}
	}
	return 0
}

// determined reports whether word k of sentence sent follows a
// determiner or possessive, over adjectives: a noun (a snappy retort, his
// written statement), not a verb (Some chanted).
func (f *finder) determined(k int, sent article.Range) bool {
	j := k - 1
	for j > sent.First && j >= k-3 {
		if t := f.a.Tokens[j].Tag; t != article.JJ && t != article.JJR && t != article.JJS {
			break
		}
		j--
	}
	if j < sent.First {
		return false
	}
	switch f.a.Tokens[j].Tag {
	case article.DT, article.PRPS, article.POS:
		// (Some chanted “…”, many said: a quantifier standing alone
		// before a finite verb is the verb's subject, no determiner)
		return !(j == k-1 && quantifiers[f.lower(j)] && f.a.Tokens[k].Tag.IsFinite() && f.a.Tokens[k].Tag != article.MD)
	}
	return false
}

// cueBefore looks for "Peskov said: “…”", "He added, “…”" and "Harriet
// shot back, “…”" before token i (the opening mark).
func (f *finder) cueBefore(i int) attribution {
	sent := f.sentence(i)
	k := i - 1
	punct := ""
	if k >= sent.First && (f.text(k) == ":" || f.text(k) == ",") {
		punct = f.text(k)
		k--
	}
	lead := k
	// The minister's response? “…”: the question, a sentence of its own
	// in the quotation's paragraph, is the answer's noun and its
	// speaker's possessive alone, as with a colon
	qs := sent
	if i == sent.First && i >= 3 && f.text(i-1) == "?" && f.paraOf(i-1) == f.paraOf(i) {
		if prev := f.sentence(i - 1); prev.Last == i && prev.Len() <= 6 {
			punct, k, qs = ":", i-2, prev
		}
	}
	// Her reply: “…”; The minister's verdict: “…”: an answer's noun after
	// its speaker's possessive
	if punct == ":" && k > qs.First && (replyNouns[f.lower(k)] || f.lower(k) == "verdict" || f.lower(k) == "message") {
		if o := k - 1; f.a.Tokens[o].Tag == article.PRPS && possessives[f.lower(o)] != "" && (qs == sent || o == qs.First) {
			return attribution{cue: article.Range{First: k, Last: k + 1}, speaker: article.Range{First: o, Last: o + 1}}
		} else if f.a.Tokens[o].Tag == article.POS {
			if s := f.npBefore(o, qs.First); s < o && (qs == sent || s == qs.First) {
				return attribution{cue: article.Range{First: k, Last: k + 1}, speaker: article.Range{First: s, Last: o}}
			}
		}
	}
	if qs != sent {
		punct, k = "", i-1 // (no other cue before the question's mark)
	}
	// Skip a time or place: "said on Friday:", "said Friday:", "said
	// afterwards:", "told me last week," (before a colon or comma, an
	// adverb, or a plural the tagger reads it as)
	for n := 0; n < 4 && k > sent.First && !f.isCue(k); n++ {
		t := f.a.Tokens[k].Tag
		hearer := punct != "" && (t == article.PRP && objectPronouns[f.lower(k)] != "" || t == article.TO) // (said to me this morning, “…”; told me, ‘…’)
		lastWeek := t == article.JJ && k+1 < len(f.a.Tokens) && f.timeWord(k+1)                            // (told me last week, “…”)
		if t != article.NNP && t != article.IN && t != article.CD && t != article.DT && t != article.NN && (punct == "" || t != article.NNS && t != article.RB) && !hearer && !lastWeek &&
			!(t == article.NNS && k == i-1) { // (said volunteers “give …”: the clause's subject, the quoted words its predicate)
			break
		}
		k--
	}
	// (not a cue word after a determiner, or a determiner and adjectives:
	// "in a written statement, “…”", "delivered a snappy retort: “…”"
	// name no cue)
	if k >= sent.First && f.isCue(k) && !f.determined(k, sent) && !f.accusedOf(k, sent) {
		if k < lead && punct == "" && namingCues[f.lower(k)] {
			// called the agreement “…”: the words name the object, a
			// report of the naming (indirect's naming rule)
			return attribution{}
		}
		if sp, ok := f.speakerOfCue(k, sent); ok {
			return attribution{cue: article.Range{First: k, Last: k + 1}, speaker: sp}
		}
		// Adding, “…”: a participle opening its sentence goes on the
		// sentence before, whose subject speaks.
		if k == sent.First && f.participle(k) && k > 0 {
			if prev := f.sentence(k - 1); prev.Last == k && f.paraOf(k-1) == f.paraOf(k) {
				if sp := standsFor(f.mainSubject(prev, prev.Last)); sp.Last > sp.First {
					if f.names(sp) {
						return attribution{cue: article.Range{First: k, Last: k + 1}, speaker: sp}
					}
				}
			}
		}
		// said Peskov: “…” (but told the crowd: “…” names the hearer)
		if end := f.npAfter(k+1, i); end > k+1 && !objectCues[f.lower(k)] && end == lead+1 && f.a.Tokens[k].Tag.IsVerb() {
			// (a verb: not "the state Senate, “…”")
			return attribution{cue: article.Range{First: k, Last: k + 1}, speaker: article.Range{First: k + 1, Last: end}}
		}
		if punct == ":" && !f.a.Tokens[k].Tag.IsVerb() {
			return f.colonClause(sent, i-1) // Former secretary of state Ann Lee: “…”
		}
		return attribution{}
	}
	if punct == "" && lead >= sent.First && actCues[f.lower(lead)] && f.finite(lead, sent) {
		// Lee supports “fair pay”, Hale blasted “waste”: a speech act
		// right before the marks, its object the subject's words.
		if sp, ok := f.namedSubject(lead, sent); ok {
			return attribution{cue: article.Range{First: lead, Last: lead + 1}, speaker: sp}
		}
	}
	if punct == "" || lead < sent.First {
		return attribution{}
	}
	// As Tom Lee put it, “…”; as one chief executive put it to me: “…”;
	// as one fan put it on the way out: “…”
	it := lead
	if it-2 > sent.First && f.lower(it-1) == "to" && objectPronouns[f.lower(it)] != "" {
		it -= 2
	}
	for k := it; k > sent.First+1 && k > lead-6 && f.lower(it) != "it"; k-- {
		if t := f.a.Tokens[k].Tag; (t == article.IN || t == article.TO) && k < lead && f.lower(k-1) == "it" {
			it = k - 1 // (over the phrase saying where or when)
		} else if !npTag(t) && t != article.IN && t != article.RP && t != article.RB {
			break
		}
	}
	if f.lower(it) == "it" && it-1 > sent.First && (f.lower(it-1) == "put" || f.lower(it-1) == "puts") {
		if sp, ok := f.speakerOfCue(it-1, sent); ok {
			return attribution{cue: article.Range{First: it - 1, Last: it + 1}, speaker: sp}
		}
	}
	// Any verb right before the mark, or before a phrase saying where:
	// Harriet shot back, “…”; the supporter retorted: “…”; Carrow
	// proclaimed at a press conference, “…”.
	v, cueEnd := lead, lead+1
	if t := f.a.Tokens[v].Tag; (t == article.RP || t == article.RB) && v > sent.First {
		v--
	} else if p := f.adjunctBefore(lead, sent); p < lead {
		v, cueEnd = p, p+1
	}
	// (Not a passive: "it cannot be portrayed as “…”" names no words of
	// its subject.)
	_, pass := f.passive(v, sent)
	if f.isCue(v) && f.a.Tokens[v].Tag.IsVerb() && v < lead && !pass {
		if sp, ok := f.speakerOfCue(v, sent); ok {
			return attribution{cue: article.Range{First: v, Last: v + 1}, speaker: sp}
		}
	}
	if f.finite(v, sent) && !pass {
		// but not in a clause that says when or why (if the U.S.
		// pulls back, “…”)
		if sp, ok := f.namedSubject(v, sent); ok && (sp.First == sent.First || !subordinators[f.lower(sp.First-1)]) {
			return attribution{cue: article.Range{First: v, Last: cueEnd}, speaker: sp}
		}
	}
	// A clause ending in a colon: its subject, when a person or an
	// organization, says what follows.
	if punct == ":" {
		return f.colonClause(sent, i-1)
	}
	// Said Dorothy Pennock, who grew up with him, “…”
	if punct == "," && f.invertedOpening(sent) {
		if end := f.npAfter(sent.First+1, i); end > sent.First+1 {
			return attribution{cue: article.Range{First: sent.First, Last: sent.First + 1}, speaker: article.Range{First: sent.First + 1, Last: end}}
		}
	}
	return attribution{}
}

// accusedOf reports whether the -ing form at token k is what a speech
// act before it charges or credits someone with, after "of" or "for"
// (accused his rival of planning “…”, praised her for saying …): the
// act is the cue, the -ing form the words' own.
func (f *finder) accusedOf(k int, sent article.Range) bool {
	if k-2 <= sent.First || f.a.Tokens[k].Tag != article.VBG {
		return false
	}
	if w := f.lower(k - 1); w != "of" && w != "for" {
		return false
	}
	for j := k - 2; j >= sent.First && j >= k-6; j-- {
		if actCues[f.lower(j)] && f.a.Tokens[j].Tag.IsVerb() {
			return true
		}
	}
	return false
}

// adjunctBefore returns the token before a phrase saying where or when
// that ends at token last ("at a press conference", "in an interview with
// the editor Oliver Dacre"), or last+1 when there is none: a preposition
// and its noun phrase, of up to ten tokens.
func (f *finder) adjunctBefore(last int, sent article.Range) int {
	for k := last; k > sent.First && k > last-10; k-- {
		switch f.a.Tokens[k].Tag {
		case article.IN:
			if k < last && f.a.Tokens[k-1].Tag.IsVerb() {
				return k - 1
			}
		case article.NNP, article.NNPS, article.NN, article.NNS, article.DT, article.CD, article.JJ, article.POS, article.PRPS:
		default:
			return last + 1
		}
	}
	return last + 1
}

// invertedOpening reports whether sentence sent opens with a cue before
// its speaker ("Said Dorothy Pennock, …", "Stated Stone:"), which the
// tagger may take for a name.
func (f *finder) invertedOpening(sent article.Range) bool {
	k := sent.First
	if k >= sent.Last || !f.cue[k] {
		return false
	}
	t := f.a.Tokens[k].Tag
	return t.IsVerb() || t == article.NNP && k+1 < sent.Last && f.a.Tokens[k+1].Tag == article.NNP
}

// standsFor returns ante, the phrase the relative pronoun sp stands for,
// when there is one, else sp: who speaks.
func standsFor(sp, ante article.Range) article.Range {
	if ante.Last > ante.First {
		return ante
	}
	return sp
}

// speakerOfCue returns who speaks through the verb cue at k: its subject,
// or what a relative pronoun subject stands for.
func (f *finder) speakerOfCue(k int, sent article.Range) (article.Range, bool) {
	sp, ante, ok := f.subject(k, sent)
	return standsFor(sp, ante), ok
}

// namedSubject returns the subject of the verb at v when it names who
// speaks (speaks).
func (f *finder) namedSubject(v int, sent article.Range) (article.Range, bool) {
	sp, ok := f.speakerOfCue(v, sent)
	return sp, ok && f.speaks(sp)
}

// speaks reports whether the phrase sp names who may speak: a person or
// organization mention or he or she (names), a name the tagger knew as
// one but the entity model did not, or they, I or we.
func (f *finder) speaks(sp article.Range) bool {
	if sp.Last <= sp.First {
		return false
	}
	if f.names(sp) || f.a.Tokens[sp.Last-1].Tag == article.NNP {
		return true
	}
	if sp.Last-sp.First == 1 {
		switch f.lower(sp.First) {
		case "they", "i", "we":
			return true
		}
	}
	return false
}

// fallback gives a speaker to direct quotations left without one when
// their sentence, or the sentence before if it ends in a colon, has a cue
// with a subject: "Vela said in a statement on Friday: …", "Kellen said
// that the law “…”".
func (f *finder) fallback(m *marked, q *Quote) bool {
	sent := f.sentence(m.Open)
	look := []article.Range{sent}
	if sent.First > 0 && f.text(sent.First-1) == ":" {
		look = append(look, f.sentence(sent.First-1))
	} else if m.Open == sent.First && sent.First > 1 && f.text(sent.First-1) == ":" {
		look = append(look, f.sentence(sent.First-1))
	}
	set := func(cue, sp article.Range) bool {
		q.Cue = f.span(cue)
		q.Speaker = f.span(sp)
		q.SpeakerName, q.SpeakerCluster = f.speakerOf(sp)
		q.fallback = true
		return true
	}
	// Not a cue of an opening subordinate clause when the quotation is in
	// the main clause (After Brown criticized Carrow, Harriet shot back,
	// “…”).
	mainFirst := f.mainClauseFirst(sent, m.Open)
	for i, r := range look {
		// Near the quotation only: a run-on sentence must not be
		// scanned once per mark.
		if i == 0 {
			r.First, r.Last = max(r.First, m.Open-maxLead), min(r.Last, f.lastToken(m)+maxLead)
		} else {
			r.First = max(r.First, r.Last-maxLead)
		}
		for n := r.First; n < r.Last; n++ {
			k := n
			if i == 0 {
				k = f.nearestFirst(m, r, n)
			}
			if k >= m.Open && k <= f.lastToken(m) || f.quoted[k] {
				continue // a cue inside marks is the quoted speaker's
			}
			if i == 0 && k < mainFirst {
				continue
			}
			if !f.isCue(k) || !f.a.Tokens[k].Tag.IsVerb() || f.ingModifier(k) || f.chargeIng(k, r) {
				continue // (accused the ruling group of “…”: a participle before its noun; accused him of wanting to “…”: the charge, not a cue)
			}
			if _, pass := f.passive(k, r); pass {
				continue // it cannot be portrayed as “…”: not its words
			}
			if sp, ok := f.speakerOfCue(k, r); ok {
				set(article.Range{First: k, Last: k + 1}, sp)
				// Shelton said Bramwell's gifts “call into question” the
				// bank's independence: the clause the cue reports
				if i == 0 && k < m.Open && len(q.Parts) == 1 {
					if content, ok := f.claimAfter(m, k, sent); ok {
						f.claim(q, m, content)
					}
				}
				return true
			}
		}
		if i > 0 {
			// Dravick issued the following statement: “…”
			if at := f.colonClause(r, r.Last-1); at.found() {
				return set(at.cue, at.speaker)
			}
		}
	}
	return false
}

// subjectSpeaks gives quotation m, inside a sentence with no cue, the
// sentence's subject when it names who may speak (speaks) and comes
// before the marks: Rep. Ann Lee worried that the fund was becoming “a
// hammock”; Lee reacted to the deal, “I am concerned”. When the clause
// after the subject's verb holds the marks and words of its own, the
// quotation is mixed: that clause, with the verb for its cue.
func (f *finder) subjectSpeaks(m *marked, q *Quote) bool {
	sent := f.sentence(m.Open)
	if m.Open <= sent.First {
		return false
	}
	sp, ante := f.mainSubject(sent, m.Open)
	sp = standsFor(sp, ante)
	if sp.Last <= sp.First || sp.Last > m.Open {
		return false
	}
	if !f.speaks(sp) || f.a.Paragraphs[f.paraOf(m.Open)].Kind == article.Headline && !f.names(sp) {
		return false // (a headline's capitals make any subject a proper noun: Flood defences 'will not be ready')
	}
	q.Speaker = f.span(sp)
	q.SpeakerName, q.SpeakerCluster = f.speakerOf(sp)
	q.fallback = true
	// Dravick is questioning whether Obiora would have gone “if it were held
	// in a mosque.”: the clause after the subject's verb is what it
	// reports, the quoted words its fragment.
	if content, cue, ok := f.subjectClaim(m, sp, sent); ok && len(q.Parts) == 1 {
		f.claim(q, m, content)
		q.Cue = f.span(cue)
	}
	return true
}

// colonSubject gives a headline's quotation m, opening the headline
// before a colon and a description of someone (a noun of people, no name
// and no cue of its own after it), that description as its speaker: the
// person the lede names ('I'd do it all again': Volunteer who spent 40
// years at lifeboat station retires).
func (f *finder) colonSubject(m *marked, q *Quote) bool {
	sent := f.sentence(m.Open)
	c := m.Close + 1
	if m.Open != sent.First || c >= sent.Last || f.text(c) != ":" {
		return false
	}
	h := c + 1
	for h < sent.Last && h < c+4 && f.a.Tokens[h].Tag.IsAdjective() {
		h++
	}
	people := func(k int) bool {
		w := strings.TrimSuffix(f.lower(k), "s")
		return f.a.Tokens[k].Tag == article.NNS && f.mentionAt[k] < 0 && (anyTitleNouns[w] || peopleNoun(w))
	}
	p := h
	if p+1 < sent.Last && f.a.Tokens[p].Tag == article.NN && !f.capitalized(p) && people(p+1) {
		p++ // (a noun's modifier first)
	}
	if p < sent.Last && people(p) {
		// 'We were left to drown': flood victims demand answers: people
		// the lede describes, no one person the body names
		sp := article.Range{First: c + 1, Last: p + 1}
		q.Speaker = f.span(sp)
		q.SpeakerName, q.SpeakerCluster = f.speakerOf(sp)
		q.fallback = true // (the body's speaker of the same words comes first: headlineSpeakers)
		return true
	}
	if h >= sent.Last || f.mentionAt[h] >= 0 || !anyTitleNouns[f.lower(h)] && !peopleNoun(f.lower(h)) { // (rival and critic are roles too; 'He saved my life': passenger thanks …)
		return false
	}
	sp := article.Range{First: c + 1, Last: h + 1}
	var cl int
	if kinNouns[f.lower(h)] {
		// ('I just want him home': mother's plea: the person the noun
		// of kin is set off beside, not the relative the lede names)
		cl = f.apposedKin(f.mentionsBefore(sp.Last), f.paraOf(h)+6, f.lower(h))
		if cl < 0 {
			// ('My son was failed': mother's anger at inquest, then The
			// mother of a teenager … said …, then Claire Dunmore said:
			// the person the lede names, when no mention of her is
			// another's kin: of Jacob, Jacob's)
			if cl = f.ledeName(sp, true, f.lower(h)); cl >= 0 && f.kinOwner(cl) {
				cl = -1
			}
		}
	} else {
		cl = f.ledeName(sp, true, f.lower(h))
	}
	if cl < 0 {
		return false
	}
	q.Speaker = f.span(sp)
	q.SpeakerName, q.SpeakerCluster = f.ents.Clusters[cl].Name, cl
	return true
}

// kinOwner reports whether a mention of cluster cl stands after "of" or
// before a possessive's mark: someone whose kin the article may name
// (the mother of Jacob Hale, Jacob's mother).
func (f *finder) kinOwner(cl int) bool {
	for _, mi := range f.ents.Clusters[cl].Mentions {
		m := f.ents.Mentions[mi]
		if m.Tokens.First > 0 && f.lower(m.Tokens.First-1) == "of" || m.Tokens.Last < len(f.a.Tokens) && f.a.Tokens[m.Tokens.Last].Tag == article.POS {
			return true
		}
	}
	return false
}

// subjectClaim returns the clause after the verb of subject sp that holds
// quotation m, and that verb's group as its cue, when the clause holds
// two words or more outside the marks (see claimAfter).
func (f *finder) subjectClaim(m *marked, sp, sent article.Range) (content, cue article.Range, ok bool) {
	for x := sp.Last; x < m.Open; x++ {
		if f.finite(x, sent) {
			v := f.mainVerb(x, m.Open)
			content, ok = f.claimAfter(m, v, sent)
			return content, article.Range{First: x, Last: v + 1}, ok
		}
	}
	return content, cue, false
}

// claim makes quotation q, in marks m, a mixed quotation whose content is
// the clause it lies in; the words in marks after m inside that clause,
// and the terms found before it there, are further fragments of it, not
// quotations of their own (calling them “very boring” because “I remain
// …”).
func (f *finder) claim(q *Quote, m *marked, content article.Range) {
	span := f.span(content)
	asMixed(q, span)
	// Terms already found in the clause before m: fragments too (removed
	// from the output at the end of indirect).
	var before []article.Span
	for i := len(f.out) - 1; i >= 0 && f.out[i].Content.End > span.Start; i-- {
		if t := &f.out[i]; t.Kind == Term && !t.inner && t.Content.Start >= span.Start {
			before = append(slices.Clone(t.Parts), before...)
			t.Kind = 0
		}
	}
	q.Fragments = append(before, q.Fragments...)
	// The marks after m in the clause (bounded: the clause's own).
	qi := sort.Search(len(f.marks), func(i int) bool { return f.marks[i].Open > m.Open })
	for ; qi < len(f.marks) && f.marks[qi].Open < content.Last; qi++ {
		if n := &f.marks[qi]; n.Depth == 0 && !f.used[qi] && n.Close >= 0 && n.Close < content.Last {
			q.Fragments = append(q.Fragments, f.contentParts(n)...)
			f.used[qi] = true
		}
	}
}

// asMixed makes quotation q, whose parts are its words in marks, a mixed
// quotation of the report content that holds them, those words its
// fragments.
func asMixed(q *Quote, content article.Span) {
	q.Kind = Mixed
	q.Fragments = q.Parts
	q.Parts = []article.Span{content}
}

// chargeIng reports whether the -ing cue at token k, in range r, is what
// an accusation before it charges someone with (accused her rival of
// wanting to “…”): no cue of its own.
func (f *finder) chargeIng(k int, r article.Range) bool {
	if f.a.Tokens[k].Tag != article.VBG || k-2 < r.First || f.lower(k-1) != "of" {
		return false
	}
	return f.some(max(r.First, k-12), k-1, func(j int) bool { return strings.HasPrefix(f.lower(j), "accus") })
}

// claimAfter returns the clause after the verb at v ("that" aside) when it
// holds quotation m and two words or more outside the marks: what the verb
// reports, the quoted words its fragment.
func (f *finder) claimAfter(m *marked, v int, sent article.Range) (article.Range, bool) {
	// worried that …, said on Tuesday that …: the clause, not its "that"
	// nor a phrase saying when or where before it (but the threat that
	// “…” poses is the verb's object, relative clause and all)
	c := f.pastHearer(v, m.Open)
	if t := f.a.Tokens[min(c, m.Open)]; c < m.Open && (f.lower(c) == "that" || t.Tag == article.IN || t.Tag == article.NNP || f.timeWord(c) ||
		t.Tag == article.RB || f.lower(c) == "outside") { // (said afterwards that …, said outside court/JJ that …: close before the "that")
		reach := c + maxLead
		if t.Tag == article.RB || f.lower(c) == "outside" {
			reach = c + 3
		}
		for k := c; k < m.Open && k < reach; k++ {
			if f.lower(k) == "that" {
				c = k + 1
				break
			}
		}
	}
	// warned of a “tipping point”, called for an “urgent” inquiry: what
	// the speech was about or asked for, past its preposition (as
	// forward reads it)
	prep := false // past the preposition: to the mark, the quoted words open the content
	if w := prepCues[f.lower(v)]; c == v+1 && c < m.Open && (w != "" && strings.Contains(w, " "+f.lower(c)+" ") || c+1 == m.Open && (f.lower(c) == "of" || f.lower(c) == "about")) && !timeWords[f.lower(c+1)] {
		// (any cue's "of" or "about" right before the marks: Court told of 'campaign of terror' …)
		c++
		prep = true
	}
	// promised in his budget speech to “…”: the "to" clause, past the
	// phrase before it
	if infinitiveCues[f.lower(v)] && c < m.Open && f.a.Tokens[c].Tag == article.IN {
		if to := f.toPastAdjunct(c, f.end(sent)); to > 0 && to <= m.Open {
			c = to
		}
	}
	// (Not words the marks open after a comma or colon: told the Post
	// in a statement, “…” quotes them whole.)
	if m.Close < 0 || c > m.Open || c == m.Open && !prep || f.text(m.Open-1) == "," || f.text(m.Open-1) == ":" {
		return article.Range{}, false
	}
	least := 2
	if prep {
		least = 1 // (called for tripling “…”: the preposition was a word of the clause's)
	}
	if c+1 == m.Open && m.Open+1 < len(f.a.Tokens) {
		// said volunteers “give their time …”: one word, the clause's
		// subject, and the quoted words its predicate
		if t, n := f.a.Tokens[c].Tag, f.a.Tokens[m.Open+1].Tag; (t == article.NNS || t == article.NN || t == article.NNP || t == article.PRP) && (n.IsFinite() || n == article.MD || n == article.VB) {
			least = 1
		}
	}
	return f.clauseHolding(m, c, sent, least)
}

// pastHearer returns the first token after the hearer of an object cue at
// v, before hi, when a clause follows it (tells the BBC the freeze is
// “…”: the clause after the hearer; told reporters that …: the "that",
// whatever its tag; told the conference in Leeds that …), else v+1.
func (f *finder) pastHearer(v, hi int) int {
	c := v + 1
	if !objectCues[f.lower(v)] || c >= hi || f.lower(c) == "that" {
		return c
	}
	if o := f.hearerEnd(c, hi); o > c && o < hi {
		if t := f.a.Tokens[o].Tag; t == article.DT || t == article.PRP || t == article.PRPS || t.IsNoun() || f.lower(o) == "that" || t == article.IN && f.lower(o) != "of" {
			return o
		}
	}
	return c
}

// clauseHolding returns the clause of sentence sent that starts at token c
// (at most at quotation m's opening mark), and whether it holds m and at
// least min words outside m's marks.
func (f *finder) clauseHolding(m *marked, c int, sent article.Range, min int) (article.Range, bool) {
	r := f.balance(article.Range{First: c, Last: f.clauseEnd(c, f.end(sent))})
	if m.Close >= 0 && r.First <= m.Open && r.Last > m.Open && r.Last <= m.Close && m.Close < sent.Last {
		// had inspired “generations of surgeons, many of whom …”: a
		// clause that ends inside the marks goes on to their close
		r.Last = m.Close + 1
	}
	if r.First > m.Open || r.Last <= m.Close {
		return r, false
	}
	words := 0
	for k := r.First; k < r.Last; k++ {
		if (k < m.Open || k > m.Close) && f.a.Tokens[k].Kind == article.Word {
			words++
		}
	}
	return r, words >= min
}

// nearestFirst maps n, running over range r (which holds quotation m), to
// the tokens of r in the order a cue is looked for: those before the
// quotation, nearest first, then the quotation's own and those after it.
func (f *finder) nearestFirst(m *marked, r article.Range, n int) int {
	before := m.Open - r.First
	if d := n - r.First; d < before {
		return m.Open - 1 - d
	}
	return n
}

// colonClause attributes what follows a colon at token colon to the
// subject of the clause before it, when that names a person or an
// organization: "The senator issued a statement:", "Stated Stone:",
// "Darrell Scobie:" (a headline's speaker).
func (f *finder) colonClause(sent article.Range, colon int) attribution {
	if colon <= sent.First || f.text(colon) != ":" {
		return attribution{}
	}
	// Said Corley: / Stated Stone:
	if f.invertedOpening(sent) {
		if end := f.npAfter(sent.First+1, colon); end == colon && end > sent.First+1 {
			return attribution{cue: article.Range{First: sent.First, Last: sent.First + 1}, speaker: article.Range{First: sent.First + 1, Last: end}}
		}
	}
	// (When Walcott died, President Carrow released this statement:
	// the main clause's verb, not the opening subordinate clause's)
	relative := false // after a relative pronoun set off by a comma, whose clause's verb is not the main one
	for x := f.mainClauseFirst(sent, colon); x < colon && x < sent.First+maxLead; x++ {
		if t := f.a.Tokens[x].Tag; (t == article.WP || t == article.WPS) && x > sent.First && f.text(x-1) == "," {
			relative = true
		}
		if t := f.a.Tokens[x].Tag; t == article.VBD || t == article.VBZ || t == article.VBP {
			if relative {
				relative = false // (Slinger, whose start-up, Paradata, uses data …, said …: “…”: said, not uses)
				continue
			}
			v := f.mainVerb(x, colon)
			if mi := f.mentionAt[colon-1]; mi >= 0 && f.ents.Mentions[mi].Label == entities.Person &&
				f.ents.Mentions[mi].Tokens.First > v && !f.anyCue(x, colon) && !f.afterPreposition(colon, sent) {
				// The timing doesn't surprise pollster Daron Shore: “…”:
				// no speech verb or other cue in the clause, and the
				// person named last before the colon speaks (not one
				// after a preposition: a message to Dravick: “…”).
				return attribution{cue: article.Range{First: colon, Last: colon + 1}, speaker: f.ents.Mentions[mi].Tokens}
			}
			if sp, ok := f.namedSubject(x, sent); ok {
				return attribution{cue: article.Range{First: x, Last: v + 1}, speaker: sp}
			}
			break
		}
	}
	// A name and a colon, alone or after a dash: "Dravick: ‘…’", "— Mark
	// Bluestein and Jon Kessel: “…”".
	start := f.npBefore(colon, sent.First)
	if start > sent.First+1 && start < colon && f.lower(start-1) == "and" {
		if s2 := f.npBefore(start-1, sent.First); s2 < start-1 {
			start = s2
		}
	}
	if by := start - 1; start < colon && by > sent.First && f.lower(by) == "by" {
		// “Title,” by the Post's Ann Lee: “…”: a newsletter quoting an
		// article, whose words are its author's
		k := by - 1
		if f.text(k) == "," && k > sent.First {
			k--
		}
		if f.a.Tokens[k].Kind.IsQuote() && f.bylined(k) {
			sp := article.Range{First: start, Last: colon}
			for j := start; j < colon-1; j++ {
				if f.a.Tokens[j].Tag == article.POS {
					sp.First = j + 1 // the Post's Ann Lee: the author, not the paper
				}
			}
			if mi := f.mentionAt[colon-1]; mi >= 0 && f.ents.Mentions[mi].Label == entities.Person {
				sp = f.ents.Mentions[mi].Tokens
			}
			return attribution{cue: article.Range{First: colon, Last: colon + 1}, speaker: sp}
		}
	}
	if m, ok := f.reactionLine(sent, colon); ok {
		// Sarah Okoro, chief executive, Kelby Chamber of Commerce: “…”:
		// a line of reactions, the person named first, then their job and
		// body
		return attribution{cue: article.Range{First: colon, Last: colon + 1}, speaker: m}
	}
	if start < colon && start > sent.First && f.onlyKind(sent.First, start, article.Word) && f.noVerb(sent.First, colon) {
		// Former secretary of state Harriet Carrow: “…”: a title and
		// a name with no verb, the whole of it
		start = sent.First
	}
	if start < colon && (start == sent.First || f.a.Tokens[start-1].Kind == article.Dash || f.text(start-1) == "-" || f.lower(start-1) == "from") {
		named := f.a.Tokens[colon-1].Tag == article.NNP
		if mi := f.mentionAt[colon-1]; mi >= 0 {
			l := f.ents.Mentions[mi].Label
			named = l == entities.Person || l == entities.Org
		} else if start == sent.First && colon-start <= 3 && f.a.Paragraphs[f.paraOf(colon)].Kind == article.Headline && f.personHeaded(article.Range{First: start, Last: colon}) {
			named = true // Headteacher: 'Phones are ruining childhood': a headline's person by a role's noun
		}
		if named {
			return attribution{cue: article.Range{First: colon, Last: colon + 1}, speaker: article.Range{First: start, Last: colon}}
		}
	}
	return attribution{}
}

// reactionLine returns the person a sentence opens with (over a title's
// capitalized words before the name) when a comma follows the name and no
// verb stands between it and the colon at token colon, within fifteen
// tokens: a line of reactions (Sarah Okoro, chief executive, Kelby Chamber
// of Commerce: “…”; Professor Amrit Gill, University of Kelby: “…”).
func (f *finder) reactionLine(sent article.Range, colon int) (article.Range, bool) {
	k := sent.First
	for k < colon && k < sent.First+2 && f.mentionAt[k] < 0 && f.a.Tokens[k].Tag == article.NNP {
		k++ // (a title the name leaves out: Professor, Cllr)
	}
	mi := f.mentionAt[k]
	if mi < 0 || f.ents.Mentions[mi].Label != entities.Person || f.ents.Mentions[mi].Tokens.First != k {
		return article.Range{}, false
	}
	m := f.ents.Mentions[mi].Tokens
	if m.Last >= colon || f.text(m.Last) != "," || colon-m.Last > 15 || !f.noVerb(m.Last, colon) {
		return article.Range{}, false
	}
	return m, true
}

// afterPreposition reports whether the noun phrase ending before token
// end follows a preposition (to Dravick, with Carrow).
func (f *finder) afterPreposition(end int, sent article.Range) bool {
	start := f.npBefore(end, sent.First)
	if start >= end || start <= sent.First {
		return false
	}
	t := f.a.Tokens[start-1].Tag
	return t == article.IN || t == article.TO
}

// mainVerb returns the main verb of the verb group that opens with the
// finite verb at x, before limit: "has also adopted" runs from the
// auxiliary over adverbs to "adopted"; a verb with no auxiliary is its own.
func (f *finder) mainVerb(x, limit int) int {
	v := x
	for auxiliaries[f.lower(v)] {
		n := v + 1
		for n < limit && n < v+3 && f.a.Tokens[n].Tag == article.RB {
			n++
		}
		if n >= limit || !f.a.Tokens[n].Tag.IsVerb() {
			break
		}
		v = n
	}
	return v
}
