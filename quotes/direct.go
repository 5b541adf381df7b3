package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/article"
	"github.com/whosaid/whosaid/entities"
)

// termIntros are words after which quotation marks hold a term or a title,
// not someone's words: the so-called “war on drivers”, a plan titled “…”.
var termIntros = wordList("term-intro")

// attribution is a cue and speaker found next to a quotation.
type attribution struct {
	cue, speaker article.Range
	after        int // first token after the attribution, for split quotations
}

func (at attribution) found() bool { return at.cue.Last > at.cue.First }

// cueAfter looks for "…,” he said", "…,” said Victor Alvarez" or "…,”
// Peskov told reporters" after token i (the closing mark), within the
// sentence or paragraph.
func (f *finder) cueAfter(i int) attribution {
	para := f.paragraphRange(i)
	hi := para.Last
	j := i + 1
	stop := false // the attribution must end the sentence
	if j < hi && f.text(j) == "," {
		j++
	}
	// The cue must be in the quotation's sentence: in “… point.” He
	// added, “…” the cue belongs to the next quotation.
	if j >= hi {
		return attribution{}
	}
	if f.a.SentenceOf(j) != f.a.SentenceOf(i) {
		// “Have I started?” Sanders replied. — the question ended the
		// sentence for the segmenter, not for the writer; so did a
		// period when all the next sentence says is who spoke (“… are
		// missing.” Trump said.).
		q := f.closingWord(i) // (‘What can I do?’” Weaver said.)
		if j != i+1 || q < 0 {
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
	}
	done := func(at attribution) attribution {
		if stop && !f.adjunctOnly(at.after, hi) {
			return attribution{}
		}
		return at
	}
	// …,” saying the city …: a participle after the marks reports what
	// follows it, not the quotation, and what follows is no speaker
	if f.isCue(j) && f.participle(j) {
		return attribution{}
	}
	// said Victor Alvarez / says the Kremlin
	if f.isCue(j) && f.a.Tokens[j].Kind == article.Word {
		end := f.npAfter(j+1, hi)
		if end > j+1 {
			return done(attribution{cue: article.Range{First: j, Last: j + 1}, speaker: article.Range{First: j + 1, Last: end}, after: end})
		}
	}
	// “This is fantastic!” beamed Donald Hartley
	if f.a.Tokens[j].Tag == article.VBD && f.openEnded(i) {
		if end := f.npAfter(j+1, hi); end > j+1 && f.names(article.Range{First: j + 1, Last: end}) {
			return done(attribution{cue: article.Range{First: j, Last: j + 1}, speaker: article.Range{First: j + 1, Last: end}, after: end})
		}
	}
	// he said / Peskov told reporters / the Kremlin spokesman added
	end := f.npAfter(j, hi)
	if end > j {
		k := end
		for k < hi && k < end+2 && f.a.Tokens[k].Tag == article.RB {
			k++ // he also said
		}
		if f.isCue(k) {
			return done(attribution{cue: article.Range{First: k, Last: k + 1}, speaker: article.Range{First: j, Last: end}, after: k + 1})
		}
		// Jared Bernstein, a former adviser in the White House, wrote
		if k := f.afterAppositive(end, hi); k > 0 {
			return done(attribution{cue: article.Range{First: k, Last: k + 1}, speaker: article.Range{First: j, Last: end}, after: k + 1})
		}
		// “…,” Trump shot back. / “…!” beamed Hartley: after words that
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
		// the signature on a line of its own: “…” ¶ - Bernie Sanders.
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
	for k := i + 1; k < hi && k < i+20; k++ {
		t := f.a.Tokens[k]
		if t.Kind.IsQuote() || f.text(k) == "." || f.isCue(k) {
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

// cueBefore looks for "Peskov said: “…”", "He added, “…”" and "Hillary
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
	// Skip a time or place: "said on Friday:", "said Friday:"
	for n := 0; n < 3 && k > sent.First && !f.isCue(k); n++ {
		t := f.a.Tokens[k].Tag
		if t != article.NNP && t != article.IN && t != article.CD && t != article.DT && t != article.NN {
			break
		}
		k--
	}
	if k >= sent.First && f.isCue(k) {
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
		if end := f.npAfter(k+1, i); end > k+1 && !objectCues[f.lower(k)] && end == lead+1 {
			return attribution{cue: article.Range{First: k, Last: k + 1}, speaker: article.Range{First: k + 1, Last: end}}
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
	// As Tom Lee put it, “…”
	if f.lower(lead) == "it" && lead-1 > sent.First && (f.lower(lead-1) == "put" || f.lower(lead-1) == "puts") {
		if sp, ok := f.speakerOfCue(lead-1, sent); ok {
			return attribution{cue: article.Range{First: lead - 1, Last: lead + 1}, speaker: sp}
		}
	}
	// Any verb right before the mark, or before a phrase saying where:
	// Hillary shot back, “…”; the supporter retorted: “…”; Clinton
	// proclaimed at a press conference, “…”.
	v, cueEnd := lead, lead+1
	if t := f.a.Tokens[v].Tag; (t == article.RP || t == article.RB) && v > sent.First {
		v--
	} else if p := f.adjunctBefore(lead, sent); p < lead {
		v, cueEnd = p, p+1
	}
	if f.isCue(v) && f.a.Tokens[v].Tag.IsVerb() && v < lead {
		if sp, ok := f.speakerOfCue(v, sent); ok {
			return attribution{cue: article.Range{First: v, Last: v + 1}, speaker: sp}
		}
	}
	if f.finite(v, sent) {
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
	// Said Dorothy Poynter, who grew up with him, “…”
	if punct == "," && f.invertedOpening(sent) {
		if end := f.npAfter(sent.First+1, i); end > sent.First+1 {
			return attribution{cue: article.Range{First: sent.First, Last: sent.First + 1}, speaker: article.Range{First: sent.First + 1, Last: end}}
		}
	}
	return attribution{}
}

// adjunctBefore returns the token before a phrase saying where or when
// that ends at token last ("at a press conference", "in an interview with
// the editor Oliver Darcy"), or last+1 when there is none: a preposition
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
// its speaker ("Said Dorothy Poynter, …", "Stated Stone:"), which the
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

// direct attributes every top-level quotation in marks.
func (f *finder) direct() {
	prevSpeaker := -1 // index into f.out of the last direct quotation with a speaker
	defer func() { f.lastSpoken = -1 }()
	for qi := range f.marks {
		m := &f.marks[qi]
		if f.used[qi] || m.Depth > 0 {
			continue
		}
		parts := f.contentParts(m)
		if len(parts) == 0 {
			continue
		}
		f.used[qi] = true
		q := Quote{Kind: Direct, Parts: parts, Paragraph: m.Paragraph, SpeakerCluster: -1}
		var at attribution
		closeTok := m.Close
		if closeTok >= 0 && f.opensLine(m) {
			at = f.dashSigned(closeTok)
		}
		if closeTok >= 0 && !at.found() {
			at = f.cueAfter(closeTok)
		}
		if !at.found() {
			at = f.cueBefore(m.Open)
		}
		words := f.wordCount(m)
		// In a headline every word is capitalized: title case says nothing.
		headline := f.a.Paragraphs[m.Paragraph].Kind == article.Headline
		// Words in title case are a title, unless they open the
		// sentence and a cue follows them waiting for it (“Nusra Is Al
		// Qaeda,” Kerry said; but on “This Week,” Carson said …).
		term := (f.termIntro(m.Open) && words <= 6) || !headline && f.titleCase(m) && !(at.found() && closeTok >= 0 && at.cue.First > closeTok && f.openEnded(closeTok) && f.startsSentence(m))
		if !headline && (!at.found() || at.cue.First < m.Open) {
			// what Gilbert called “a perception problem”: the name is
			// the naming subject's words
			if nm := f.namedBy(m.Open); nm.found() {
				at, term = nm, false
			}
		}
		switch {
		case at.found() && !term:
			// Split quotation: “We are ready,” Jones said (, the
			// transport chief), “but …”
			if next := qi + 1; at.after > 0 && next < len(f.marks) && f.marks[next].Depth == 0 && f.splitBetween(at.after, f.marks[next].Open) {
				q.Parts = append(q.Parts, f.contentParts(&f.marks[next])...)
				f.used[next] = true
			}
			q.Cue = f.span(at.cue)
			q.Speaker = f.span(at.speaker)
			q.SpeakerName, q.SpeakerCluster = f.speakerOf(at.speaker)
			// No Child Left Behind was “very assertive,” said Gary
			// Orfield: the cue after the marks reports the whole clause,
			// the quoted words its fragment.
			if lead := f.leadClause(m, at); lead >= 0 && len(q.Parts) == 1 {
				q.Kind = Mixed
				q.Fragments = q.Parts
				q.Parts = []article.Span{{Start: f.a.Tokens[lead].Start, End: f.a.Tokens[closeTok].End}}
			} else if pi := f.lastTop(); pi >= 0 && at.cue.First > closeTok && f.leads(&f.out[pi], m) {
				// “…” ¶ “…,” Viguerie notes.: a paragraph quoted with
				// no cue goes on with the next one's.
				p := &f.out[pi]
				p.Parts = append(p.Parts, q.Parts...)
				p.Content.End = q.Parts[len(q.Parts)-1].End
				p.Cue, p.Speaker, p.SpeakerName, p.SpeakerCluster = q.Cue, q.Speaker, q.SpeakerName, q.SpeakerCluster
				if p.SpeakerName != "" {
					prevSpeaker, f.lastSpoken = pi, pi
				}
				f.nested(qi, m)
				continue
			}
		case term || (words <= 3 && !f.endsSentence(m) || words <= 5 && !f.startsSentence(m)):
			q.Kind = Term
			q.short = (headline || !f.titleCase(m)) && !f.strongIntro(m.Open)
		case f.fallback(m, &q):
			// a cue elsewhere in the sentence, or before a colon
		case f.subjectSpeaks(m, &q):
			// words quoted inside a named subject's sentence
		case prevSpeaker >= 0 && (f.out[prevSpeaker].Kind == Direct || f.out[prevSpeaker].Kind == Mixed) &&
			(f.startsSentence(m) && (f.lastParagraph(&f.out[prevSpeaker]) == m.Paragraph || f.standsAlone(m) && f.out[prevSpeaker].Paragraph >= m.Paragraph-2) ||
				f.endsNextSentence(&f.out[prevSpeaker], m)):
			// A quotation with no cue after another quotation: the same
			// speaker. In the same paragraph, or filling the next one
			// (“…,” Viguerie said. ¶ “He checks all our boxes.”), it goes
			// on the same quotation, as a further part; so do quoted words
			// ending the next sentence (… Schmidt said. Now, “…”).
			p := &f.out[prevSpeaker]
			if f.lastParagraph(p) == m.Paragraph || f.continues(p, m) {
				if p.Kind == Mixed {
					p.Fragments = append(p.Fragments, q.Parts...)
				}
				p.Parts = append(p.Parts, q.Parts...)
				p.Content.End = q.Parts[len(q.Parts)-1].End
				f.nested(qi, m)
				continue
			}
			q.SpeakerName, q.SpeakerCluster, q.Speaker = p.SpeakerName, p.SpeakerCluster, p.Speaker
		case len(f.out) > 0 && f.follows(&f.out[len(f.out)-1], m):
			// “We have to act.” “We are not fighting it hard enough.”:
			// quotations with no cue one right after the other are one
			// speaker's, found or not.
			p := &f.out[len(f.out)-1]
			p.Parts = append(p.Parts, q.Parts...)
			p.Content.End = q.Parts[len(q.Parts)-1].End
			f.nested(qi, m)
			continue
		}
		q.Content = article.Span{Start: q.Parts[0].Start, End: q.Parts[len(q.Parts)-1].End}
		if q.SpeakerName != "" {
			prevSpeaker = len(f.out)
			f.lastSpoken = prevSpeaker
		}
		f.out = append(f.out, q)
		f.nested(qi, m)
	}
}

// follows reports whether the quotation in marks m opens its sentence right
// after the closing mark of direct quotation p, with nothing but
// punctuation between them: in the same paragraph, or filling the next
// one after p filled its own.
func (f *finder) follows(p *Quote, m *marked) bool {
	if p.Kind != Direct || p.inner || !p.Cue.Empty() || !f.startsSentence(m) {
		return false
	}
	closeTok := f.tokenAfter(p.Parts[len(p.Parts)-1].End)
	if closeTok >= m.Open || !f.a.Tokens[closeTok].Kind.IsQuote() {
		return false
	}
	for k := closeTok + 1; k < m.Open; k++ {
		if f.a.Tokens[k].Kind != article.Punct {
			return false
		}
	}
	if pp := f.paraOf(closeTok); pp != m.Paragraph {
		_, opens := f.openingSentence(p)
		return pp == m.Paragraph-1 && opens && f.standsAlone(m) &&
			f.a.Paragraphs[pp].Tokens.First == f.tokenAfter(p.Parts[0].Start)-1
	}
	return true
}

// endsNextSentence reports whether the quotation in marks m ends the
// sentence right after the one where quotation p ends, in its paragraph,
// and p is not signed with a dash (a signature ends its message).
func (f *finder) endsNextSentence(p *Quote, m *marked) bool {
	if m.Close < 0 || f.lastParagraph(p) != m.Paragraph {
		return false
	}
	if c := f.tokenAfter(p.Cue.Start); !p.Cue.Empty() && c < len(f.a.Tokens) && (f.a.Tokens[c].Kind == article.Dash || f.text(c) == "-") {
		return false
	}
	s := f.a.SentenceOf(m.Open)
	if s <= 0 || f.a.SentenceOf(f.tokenAfter(p.Parts[len(p.Parts)-1].End)) != s-1 {
		return false
	}
	for k := m.Close + 1; k < f.a.Sentences[s].Tokens.Last; k++ {
		if f.a.Tokens[k].Kind != article.Punct {
			return false
		}
	}
	return true
}

// lastParagraph returns the paragraph where quotation q ends (q.Paragraph
// is where it starts).
func (f *finder) lastParagraph(q *Quote) int {
	return f.paraOf(f.tokenAfter(q.Parts[len(q.Parts)-1].End) - 1)
}

// lastTop returns the index in f.out of the last quotation that is not
// nested in another, or -1.
func (f *finder) lastTop() int {
	for i := len(f.out) - 1; i >= 0; i-- {
		if !f.out[i].inner {
			return i
		}
	}
	return -1
}

// leads reports whether direct quotation p, with no cue, fills the
// paragraph before the one the quotation in marks m opens.
func (f *finder) leads(p *Quote, m *marked) bool {
	if p.Kind != Direct || !p.Cue.Empty() || f.a.Paragraphs[m.Paragraph].Tokens.First != m.Open {
		return false
	}
	open := f.tokenAfter(p.Parts[0].Start) - 1
	closeTok := f.tokenAfter(p.Parts[len(p.Parts)-1].End)
	if open < 0 || closeTok >= m.Open || p.Paragraph != m.Paragraph-1 || f.a.Paragraphs[p.Paragraph].Tokens.First != open {
		return false
	}
	for k := closeTok + 1; k < m.Open; k++ {
		if f.a.Tokens[k].Kind != article.Punct {
			return false
		}
	}
	return true
}

// continues reports whether the quotation in marks m, filling its
// paragraph, goes on quotation p of the paragraph before: p must be a
// whole quotation, opening its sentence, not a fragment (Bolton called it
// “disrespectful.” ¶ “…” are two).
func (f *finder) continues(p *Quote, m *marked) bool {
	lastTok := f.tokenAfter(p.Parts[len(p.Parts)-1].End) - 1
	if lastTok < 0 || f.paraOf(lastTok) != m.Paragraph-1 || !f.standsAlone(m) {
		return false
	}
	if _, ok := f.openingSentence(p); ok {
		return true
	}
	// Tom Hale said Lee had “the chance to unite us.” ¶ “I think …”:
	// quoted words ending a report of speech go on too, not a name
	// (Bolton called it “disrespectful.” ¶ “…” are two).
	c := f.tokenAfter(p.Cue.Start)
	return !p.Cue.Empty() && c < len(f.a.Tokens) && !namingCues[f.lower(c)] && !actCues[f.lower(c)] && f.endsOwnSentence(lastTok+1)
}

// endsOwnSentence reports whether nothing but punctuation follows token
// k (a closing mark) in its sentence.
func (f *finder) endsOwnSentence(k int) bool {
	s := f.sentence(k)
	for j := k + 1; j < s.Last; j++ {
		if f.a.Tokens[j].Kind != article.Punct {
			return false
		}
	}
	return k < len(f.a.Tokens) && f.a.Tokens[k].Kind.IsQuote()
}

// openingSentence returns the sentence whose first token is the mark that
// opens quotation q (-1 for a mark in no sentence, which opens one of its
// own, as f.sentence has it); ok is false when q does not open its
// sentence so.
func (f *finder) openingSentence(q *Quote) (s int, ok bool) {
	open := f.tokenAfter(q.Parts[0].Start) - 1
	if open < 0 || !f.a.Tokens[open].Kind.IsQuote() {
		return -1, false
	}
	s = f.a.SentenceOf(open)
	return s, s < 0 || f.a.Sentences[s].Tokens.First == open
}

// nested adds the quotations nested inside marked quotation qi: the
// speaker's report of someone else's words, kept with no speaker of their
// own.
func (f *finder) nested(qi int, m *marked) {
	for k := qi + 1; k < len(f.marks) && f.marks[k].Open < f.lastToken(m); k++ {
		if f.marks[k].Depth > 0 && !f.used[k] {
			f.used[k] = true
			if ps := f.contentParts(&f.marks[k]); len(ps) > 0 {
				f.out = append(f.out, Quote{Kind: Direct, Parts: ps, Paragraph: f.marks[k].Paragraph, SpeakerCluster: -1,
					Content: article.Span{Start: ps[0].Start, End: ps[len(ps)-1].End}, inner: true})
			}
		}
	}
}

func (f *finder) lastToken(m *marked) int {
	if m.Close >= 0 {
		return m.Close
	}
	return m.Parts[len(m.Parts)-1].Last
}

// endsSentence reports whether the quotation holds the end of a sentence
// (a stop, question or exclamation mark inside it).
func (f *finder) endsSentence(m *marked) bool {
	for _, r := range m.Parts {
		for k := r.First; k < r.Last; k++ {
			if w := f.text(k); w == "." || w == "?" || w == "!" {
				return true
			}
		}
	}
	return false
}

// standsAlone reports whether the quotation fills its paragraph: it opens
// the paragraph, and nothing but punctuation follows its close.
func (f *finder) standsAlone(m *marked) bool {
	p := f.a.Paragraphs[m.Paragraph].Tokens
	if m.Open != p.First {
		return false
	}
	last := f.a.Paragraphs[f.paraOf(f.lastToken(m))].Tokens.Last
	for k := f.lastToken(m) + 1; k < last; k++ {
		if f.a.Tokens[k].Kind != article.Punct {
			return false
		}
	}
	return true
}

// termIntro reports whether a word that introduces a term or title
// (so-called, titled, calls) stands up to three words before token open.
func (f *finder) termIntro(open int) bool {
	s := f.sentence(open)
	for k := open - 1; k >= s.First && k >= open-3; k-- {
		if termIntros[f.lower(k)] && !f.name(k, s) {
			return f.lower(k) != "as" || k == open-1
		}
		switch f.a.Tokens[k].Tag {
		case article.DT, article.JJ, article.PRPS, article.PRP:
			continue
		}
		return false
	}
	return false
}

// namedBy returns the naming verb and its subject when a finite naming
// verb (called, dubbed) with a subject that speaks stands before the
// quotation opening at token open, with at most a determiner or
// adjectives between, and not in a relative clause on its object
// (relatives): what Gilbert called “a perception problem”, what Lee has
// called a “fraudulent scheme”. An object between (called him a “…”) is
// the naming rule's, a participle (a plan called “…”) a title's.
func (f *finder) namedBy(open int) attribution {
	s := f.sentence(open)
	for k := open - 1; k >= s.First && k >= open-3; k-- {
		switch t := f.a.Tokens[k].Tag; {
		case t == article.DT || t == article.JJ || t == article.PRPS:
			continue
		case namingCues[f.lower(k)] && (t == article.VBD || t == article.VBZ || t == article.VBP || t == article.VBN && k > s.First && auxiliaries[f.lower(k-1)]):
			if sp, ok := f.namedSubject(k, s); ok && !(sp.First > s.First && relatives[f.lower(sp.First-1)]) {
				return attribution{cue: article.Range{First: k, Last: k + 1}, speaker: sp}
			}
		}
		break
	}
	return attribution{}
}

// relatives open a relative clause whose object is its antecedent (Omar
// Feld, who he dubbed “…”: a report naming Feld).
var relatives = map[string]bool{"who": true, "whom": true, "which": true, "that": true}

// strongIntros mark what follows as a name or title for certain (a plan
// titled “…”, the so-called “…”), even inside reported speech.
var strongIntros = wordList("strong-intro")

// strongIntro reports whether a strong term introducer stands up to three
// words before token open.
func (f *finder) strongIntro(open int) bool {
	s := f.sentence(open)
	for k := open - 1; k >= s.First && k >= open-3; k-- {
		if strongIntros[f.lower(k)] && !f.name(k, s) {
			return true
		}
	}
	return false
}

// name reports whether token k of sentence s is part of a name (the
// Song of Dr. Paul Song, not a song), so no introducing word.
func (f *finder) name(k int, s article.Range) bool {
	if f.mentionAt[k] >= 0 {
		return true
	}
	t := f.a.Tokens[k].Tag
	return (t == article.NNP || t == article.NNPS) && k > s.First
}

// splitBetween reports whether tokens from..open (open is the next
// quotation's opening mark) are only the rest of an attribution: an
// appositive after the speaker, ending in a comma.
func (f *finder) splitBetween(from, open int) bool {
	if open <= from || open-from > 40 || f.text(open-1) != "," || f.a.SentenceOf(from) != f.a.SentenceOf(open) {
		return false
	}
	// A second part opening in lower case goes on the first (“The risk,”
	// said Ed Lee, an economist who runs the forecast, “is that …”); else
	// only a short aside with no verb may stand between.
	goesOn := open+1 < len(f.a.Tokens) && f.a.Tokens[open+1].Kind == article.Word && startsLower(f.text(open+1))
	if !goesOn && open-from > 12 {
		return false
	}
	for k := from; k < open; k++ {
		if t := f.a.Tokens[k]; t.Tag.IsVerb() && !goesOn || t.Kind.IsQuote() || goesOn && (f.lower(k) == "that" || k == open-2 && f.isCue(k)) {
			return false // (not after a cue of its own: …, noting that “…”)
		}
	}
	return true
}

// startsLower reports whether s starts with a lower-case letter.
func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// startsSentence reports whether the quotation opens its sentence.
func (f *finder) startsSentence(m *marked) bool {
	return f.sentence(m.Open).First == m.Open
}

// leadClause returns the first token of the clause that quotation m ends,
// when its cue at comes after it and the words before it in its sentence
// hold a verb of their own and no cue or colon: what the cue reports is
// that clause. Else it returns -1.
func (f *finder) leadClause(m *marked, at attribution) int {
	if m.Close < 0 || at.cue.First <= m.Close {
		return -1
	}
	sent := f.sentence(m.Open)
	if m.Open-sent.First < 2 || !f.bareClause(sent.First, m.Open) {
		return -1
	}
	for k := sent.First; k < m.Open; k++ {
		if f.isCue(k) || f.text(k) == ":" || f.quoted[k] {
			return -1
		}
	}
	return sent.First
}

// opensLine reports whether quotation m opens its sentence or a line.
func (f *finder) opensLine(m *marked) bool {
	return f.startsSentence(m) || m.Open > 0 && strings.Contains(f.a.Text[f.a.Tokens[m.Open-1].End:f.a.Tokens[m.Open].Start], "\n")
}

// fallback gives a speaker to direct quotations left without one when
// their sentence, or the sentence before if it ends in a colon, has a cue
// with a subject: "Cruz said in a statement on Friday: …", "Kerry said
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
			if !f.isCue(k) || !f.a.Tokens[k].Tag.IsVerb() {
				continue
			}
			if sp, ok := f.speakerOfCue(k, r); ok {
				return set(article.Range{First: k, Last: k + 1}, sp)
			}
		}
		if i > 0 {
			// Trump issued the following statement: “…”
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
// hammock”; Lee reacted to the deal, “I am concerned”.
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
	if !f.speaks(sp) {
		return false
	}
	q.Speaker = f.span(sp)
	q.SpeakerName, q.SpeakerCluster = f.speakerOf(sp)
	q.fallback = true
	return true
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
// "Darrell Scott:" (a headline's speaker).
func (f *finder) colonClause(sent article.Range, colon int) attribution {
	if colon <= sent.First || f.text(colon) != ":" {
		return attribution{}
	}
	// Said Comey: / Stated Stone:
	if f.invertedOpening(sent) {
		if end := f.npAfter(sent.First+1, colon); end == colon && end > sent.First+1 {
			return attribution{cue: article.Range{First: sent.First, Last: sent.First + 1}, speaker: article.Range{First: sent.First + 1, Last: end}}
		}
	}
	for x := sent.First; x < colon && x < sent.First+maxLead; x++ {
		if t := f.a.Tokens[x].Tag; t == article.VBD || t == article.VBZ || t == article.VBP {
			if sp, ok := f.namedSubject(x, sent); ok {
				return attribution{cue: article.Range{First: x, Last: f.mainVerb(x, colon) + 1}, speaker: sp}
			}
			break
		}
	}
	// A name and a colon, alone or after a dash: "Trump: ‘…’", "— Mark
	// Blumenthal and Jon Cohen: “…”".
	start := f.npBefore(colon, sent.First)
	if start > sent.First+1 && start < colon && f.lower(start-1) == "and" {
		if s2 := f.npBefore(start-1, sent.First); s2 < start-1 {
			start = s2
		}
	}
	if start < colon && (start == sent.First || f.a.Tokens[start-1].Kind == article.Dash || f.text(start-1) == "-" || f.lower(start-1) == "from") {
		named := f.a.Tokens[colon-1].Tag == article.NNP
		if mi := f.mentionAt[colon-1]; mi >= 0 {
			l := f.ents.Mentions[mi].Label
			named = l == entities.Person || l == entities.Org
		}
		if named {
			return attribution{cue: article.Range{First: colon, Last: colon + 1}, speaker: article.Range{First: start, Last: colon}}
		}
	}
	return attribution{}
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

// titleCase reports whether a quotation of two to eight words is written
// as a title, every word but the small ones capitalized: a show, a book, a
// slogan or a group's name ("Meet the Press", "Make America Great Again").
func (f *finder) titleCase(m *marked) bool {
	n := 0
	for _, r := range m.Parts {
		for k := r.First; k < r.Last; k++ {
			t := f.a.Tokens[k]
			if t.Kind != article.Word && t.Kind != article.Abbreviation {
				continue
			}
			w := f.text(k)
			n++
			if n > 8 {
				return false
			}
			if k+1 < r.Last && f.a.Tokens[k+1].Kind == article.Punct && k+2 < r.Last {
				if p := f.text(k + 1); p == "." || p == "?" || p == "!" {
					return false // “Like Oakland. Or Ferguson”: sentences, not a title
				}
			}
			if c := w[0]; c >= 'a' && c <= 'z' && (!article.TitleSmall(w) || k == r.First) {
				return false
			}
		}
	}
	return n >= 2
}
