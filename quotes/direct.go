package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/article"
)

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
			at = f.cueAfter(closeTok, f.startsSentence(m))
		}
		if !at.found() {
			at = f.cueBefore(m.Open)
		}
		if at.found() && at.cue.Last <= m.Open {
			// told reporters the vote showed “…”: a finding whose
			// subject names no one, inside a named speaker's report, is
			// that speaker's claim
			if outer := f.outerReport(at); outer.found() {
				at = outer
			}
		}
		words := f.wordCount(m)
		// In a headline every word is capitalized: title case says nothing.
		headline := f.a.Paragraphs[m.Paragraph].Kind == article.Headline
		// Words in title case are a title, unless they open the
		// sentence and a cue follows them waiting for it (“Nusra Is Al
		// Qaeda,” Kellen said; but on “This Week,” Carlow said …).
		// Nor when a cue stands before words that exclaim or ask (She
		// declared “What a Super Tuesday!”): titles seldom do.
		// Nor when a cue and a comma or colon stand before words that
		// end the sentence (Whitfield said, “It is up to Congress.”):
		// "is" and "up" may be a title's small words, but a title is
		// seldom said so.
		term := (f.termIntro(m.Open) && words <= 6) || closeTok >= 0 && f.bylined(closeTok) || !headline && f.titleCase(m) && !(at.found() && closeTok >= 0 && at.cue.First > closeTok && f.openEnded(closeTok) && f.startsSentence(m)) &&
			!(at.found() && at.cue.Last <= m.Open && f.exclaims(m)) && !(at.found() && at.cue.Last == m.Open-1 && f.a.Tokens[at.cue.First].Tag.IsVerb() && f.saidInto(m)) &&
			!(!at.found() && prevSpeaker >= 0 && f.out[prevSpeaker].Kind == Direct && f.lastParagraph(&f.out[prevSpeaker]) == m.Paragraph && f.startsSentence(m) && f.endsSentence(m)) // (“…,” she said. “In January.”: a sentence of her words, after hers)
		if !headline && (!at.found() || at.cue.First < m.Open) {
			// what Gilmour called “a perception problem”: the name is
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
			if c := at.cue.Last - 1; hearerCues[f.lower(c)] {
				if _, pass := f.passive(c, f.sentence(c)); !pass {
					q.unspoken() // he heard “…” in the crowd: the hearer, no speaker
				}
			} else if f.toldHearer(c, at.speaker) {
				q.unspoken()
			}
			// No Child Left Behind was “very assertive,” said Gary
			// Orford: the cue after the marks reports the whole clause,
			// the quoted words its fragment.
			if lead := f.leadClause(m, at); lead >= 0 && len(q.Parts) == 1 {
				asMixed(&q, article.Span{Start: f.a.Tokens[lead].Start, End: f.a.Tokens[closeTok].End})
			} else if content, ok := f.cueClaim(m, at); ok && len(q.Parts) == 1 {
				// emphasized the threat that “Islamic terrorism” poses:
				// the clause after a cue found over words before the marks
				f.claim(&q, m, content)
			} else if content, ok := f.quotedModifier(m, at); ok && len(q.Parts) == 1 {
				// inspectors found “squalid” conditions: a word or
				// two quoted before the noun they qualify, right after
				// the cue, are a fragment of its object
				f.claim(&q, m, content)
			} else if claim, ok := f.colonClaim(m, at); ok && len(q.Parts) == 1 {
				// Ann Lee: ‘No Deal’ If the Vote Fails: the speaker's
				// claim is all that follows the colon, the quoted
				// words its fragment.
				asMixed(&q, f.span(claim))
			} else if pi := f.lastTop(); pi >= 0 && at.cue.First > closeTok && f.leads(&f.out[pi], m) {
				// “…” ¶ “…,” Vigneau notes.: a paragraph quoted with
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
		case term || (words <= 3 && !f.endsSentence(m) || words <= 5 && !f.startsSentence(m)) && !(headline && words >= 3 && f.finiteInside(m)):
			q.Kind = Term
			q.short = (headline || !f.titleCase(m)) && !f.strongIntro(m.Open)
		case f.fallback(m, &q):
			// a cue elsewhere in the sentence, or before a colon
		case f.subjectSpeaks(m, &q):
			// words quoted inside a named subject's sentence
		case headline && f.colonSubject(m, &q):
			// 'I'd do it all again': Volunteer who … retires
		case prevSpeaker >= 0 && (f.out[prevSpeaker].Kind == Direct || f.out[prevSpeaker].Kind == Mixed) &&
			(f.startsSentence(m) && (f.lastParagraph(&f.out[prevSpeaker]) == m.Paragraph || f.standsAlone(m) && f.out[prevSpeaker].Paragraph >= m.Paragraph-2) ||
				f.endsNextSentence(&f.out[prevSpeaker], m)):
			// A quotation with no cue after another quotation: the same
			// speaker. In the same paragraph, or filling the next one
			// (“…,” Vigneau said. ¶ “He checks all our boxes.”), it goes
			// on the same quotation, as a further part; so do quoted words
			// ending the next sentence (… Schmidl said. Now, “…”).
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

// saidInto reports whether a comma or colon stands right before the
// quotation m, which ends its sentence with a stop of its own inside the
// marks: words introduced as said, not a title.
func (f *finder) saidInto(m *marked) bool {
	if m.Open < 1 || m.Close < 0 {
		return false
	}
	if p := f.text(m.Open - 1); p != "," && p != ":" {
		return false
	}
	last := m.Close - 1
	return last > m.Open && (f.text(last) == "." || f.text(last) == "?" || f.text(last) == "!")
}

// outerReport returns the report of a named speaker whose clause holds
// the cue of at (a finding such as showed or found, before the marks,
// whose subject names no one who speaks; or a form of "show" whatever its
// subject: the judge said Ashe had shown “no remorse”, where Ashe showed
// and the judge speaks): the nearest cue before it in its sentence that
// is no weak one, with a subject that speaks (named, or for a wish or a
// finding of "show" a person's description: a spokesperson said the deal
// showed “…”). Else it returns no attribution.
func (f *finder) outerReport(at attribution) attribution {
	c := at.cue.First
	w := f.lower(c)
	show := showForms[w] || wantForms[w] || // (the brother said the family wanted “justice”: the brother's words)
		actCues[w] && isPronoun(f, at.speaker) // (Redwater said it welcomed “…”: the act is the report's)
	if !bareWeak[w] && !show || f.speaks(at.speaker) && !show || at.speaker.Last <= at.speaker.First {
		return attribution{}
	}
	sent := f.sentence(c)
	for j := at.speaker.First - 1; j >= sent.First && j >= at.speaker.First-maxLead; j-- { // (bounded: a run-on sentence stays linear)
		if f.text(j) == ";" || f.text(j) == ":" {
			break
		}
		if !f.isCue(j) || weakCues[f.lower(j)] || !f.a.Tokens[j].Tag.IsVerb() {
			continue
		}
		if sp, ok := f.namedSubject(j, sent); ok {
			return attribution{cue: article.Range{First: j, Last: j + 1}, speaker: sp}
		}
		if wantForms[w] || showForms[w] {
			// (a person's description speaks for a wish or a finding:
			// the victim's brother said the family wanted “…”; a
			// spokesperson said the deal showed “…”)
			if sp, ok := f.speakerOfCue(j, sent); ok && f.personHeaded(sp) {
				return attribution{cue: article.Range{First: j, Last: j + 1}, speaker: sp}
			}
		}
		break
	}
	return attribution{}
}

// showForms are the forms of "show", a cue of what is found, not said, when
// its subject is a person (had shown “no remorse”).
var showForms = map[string]bool{"show": true, "shows": true, "showed": true, "shown": true, "showing": true}

// wantForms are the forms of "want", a cue of a wish, not of words said,
// before quoted words inside a report (said the family wanted “justice,
// nothing more”).
var wantForms = map[string]bool{"want": true, "wants": true, "wanted": true, "wanting": true}

// bylined reports whether a byline follows the closing mark at close (“The
// Bridge Reopens,” by Times' Ann Lee): the marks hold an article's title.
func (f *finder) bylined(close int) bool {
	k := close + 1
	if k < len(f.a.Tokens) && f.text(k) == "," {
		k++
	}
	if k+2 >= len(f.a.Tokens) || f.lower(k) != "by" || f.paraOf(k) != f.paraOf(close) {
		return false
	}
	if f.lower(k+1) == "the" {
		k++ // by the Post's Ann Lee
	}
	return f.capitalized(k + 1)
}

// follows reports whether the quotation in marks m opens its sentence right
// after the closing mark of direct quotation p, with nothing but
// punctuation between them: in the same paragraph, or filling the next
// one after p filled its own.
func (f *finder) follows(p *Quote, m *marked) bool {
	if p.Kind != Direct || p.inner || !p.Cue.Empty() || !f.startsSentence(m) {
		return false
	}
	closeTok, ok := f.nextTo(p, m)
	if !ok || !f.a.Tokens[closeTok].Kind.IsQuote() {
		return false
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
	return f.onlyKind(m.Close+1, f.a.Sentences[s].Tokens.Last, article.Punct)
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
	if open < 0 || p.Paragraph != m.Paragraph-1 || f.a.Paragraphs[p.Paragraph].Tokens.First != open {
		return false
	}
	_, ok := f.nextTo(p, m)
	return ok
}

// nextTo returns the token after quotation p's last part (its closing
// mark, when it has one) and whether it lies before the opening mark of
// m with only punctuation between.
func (f *finder) nextTo(p *Quote, m *marked) (closeTok int, ok bool) {
	closeTok = f.tokenAfter(p.Parts[len(p.Parts)-1].End)
	return closeTok, closeTok < m.Open && f.onlyKind(closeTok+1, m.Open, article.Punct)
}

// continues reports whether the quotation in marks m, filling its
// paragraph, goes on quotation p of the paragraph before: p must be a
// whole quotation, opening its sentence, not a fragment (Boulter called it
// “disrespectful.” ¶ “…” are two).
func (f *finder) continues(p *Quote, m *marked) bool {
	words := p.Parts // the quoted words: a mixed quotation's fragments
	if p.Kind == Mixed {
		words = p.Fragments
	}
	lastTok := f.tokenAfter(words[len(words)-1].End) - 1
	if lastTok < 0 || f.paraOf(lastTok) != m.Paragraph-1 || !f.standsAlone(m) {
		return false
	}
	if _, ok := f.openingSentence(p); ok {
		return true
	}
	// Tom Hale said Lee had “the chance to unite us.” ¶ “I think …”:
	// quoted words ending a report of speech go on too, not a name
	// (Boulter called it “disrespectful.” ¶ “…” are two).
	c := f.tokenAfter(p.Cue.Start)
	return !p.Cue.Empty() && c < len(f.a.Tokens) && !namingCues[f.lower(c)] && !actCues[f.lower(c)] && f.endsOwnSentence(lastTok+1)
}

// endsOwnSentence reports whether nothing but punctuation follows token
// k (a closing mark) in its sentence.
func (f *finder) endsOwnSentence(k int) bool {
	return k < len(f.a.Tokens) && f.a.Tokens[k].Kind.IsQuote() && f.onlyKind(k+1, f.sentence(k).Last, article.Punct)
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
// speaker's report of someone else's words. One the outer speaker
// introduces with a cue and a named speaker inside the outer quotation
// (“My father used to say, ‘The sea gives back,’ and …”) has that speaker
// as it stands, with its cue; a name resolves to its cluster, a
// description stays as written (who “my father” is, is the outer
// speaker's to say), "I" is the outer speaker; another pronoun (He used
// to say, ‘…’) names no one the article can say, and leaves the
// quotation without a speaker or cue.
func (f *finder) nested(qi int, m *marked) {
	last := f.lastToken(m)
	outer := len(f.out) - 1 // (the quotation of m, when nested is called right after it is kept)
	for k := qi + 1; k < len(f.marks) && f.marks[k].Open < last; k++ {
		if f.marks[k].Depth > 0 && !f.used[k] {
			f.used[k] = true
			if ps := f.contentParts(&f.marks[k]); len(ps) > 0 {
				q := Quote{Kind: Direct, Parts: ps, Paragraph: f.marks[k].Paragraph, SpeakerCluster: -1,
					Content: article.Span{Start: ps[0].Start, End: ps[len(ps)-1].End}, inner: true}
				if at := f.cueBefore(f.marks[k].Open); at.found() && at.speaker.First > m.Open && at.speaker.Last <= at.cue.First &&
					!namingCues[f.lower(at.cue.First)] && !f.titleCase(&f.marks[k]) {
					// (not a name or title: a show called ‘A Life’)
					self := at.speaker.Len() == 1 && f.lower(at.speaker.First) == "i"
					switch {
					case self && outer >= 0 && f.out[outer].Content.Contains(q.Content) && f.out[outer].SpeakerName != "":
						// … and I said, ‘…’: the outer quotation's speaker
						q.Cue, q.Speaker = f.span(at.cue), f.span(at.speaker)
						q.SpeakerName, q.SpeakerCluster = f.out[outer].SpeakerName, f.out[outer].SpeakerCluster
					case !pronounTag(f.a.Tokens[at.speaker.First].Tag):
						q.Cue, q.Speaker = f.span(at.cue), f.span(at.speaker)
						if c := f.personEndingAt(at.speaker.Last); c >= 0 {
							q.SpeakerName, q.SpeakerCluster = f.ents.Clusters[c].Name, c
						} else {
							q.SpeakerName = f.a.Text[q.Speaker.Start:q.Speaker.End]
						}
					}
				}
				f.out = append(f.out, q)
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
	// “So do I.”: an abbreviation at the end, which took the stop, ends
	// the sentence when only marks follow it in the sentence
	if n := len(m.Parts); n > 0 && m.Parts[n-1].Last > m.Parts[n-1].First {
		k := m.Parts[n-1].Last - 1
		return f.a.Tokens[k].Kind == article.Abbreviation && strings.HasSuffix(f.text(k), ".") &&
			!f.some(k+1, f.sentence(k).Last, func(i int) bool { return f.a.Tokens[i].Kind != article.Punct && !f.a.Tokens[i].Kind.IsQuote() })
	}
	return false
}

// finiteInside reports whether the words of quotation m hold a finite
// verb: a clause, which a headline quotes as someone's words (Phone ban
// 'has transformed school'), not a term; not when one mention's name
// fills the marks, nor when capitalized words fill them that the article
// writes again ('Black Lives Matter' …, then the Black Lives Matter
// movement): a name.
func (f *finder) finiteInside(m *marked) bool {
	if r := m.Parts[0]; len(m.Parts) == 1 && r.Last > r.First {
		if mi := f.mentionAt[r.First]; mi >= 0 && f.ents.Mentions[mi].Tokens.Last >= r.Last {
			return false
		}
		if !f.some(r.First, r.Last, func(k int) bool { return f.a.Tokens[k].Kind == article.Word && !f.capitalized(k) }) {
			words := f.a.Text[f.a.Tokens[r.First].Start:f.a.Tokens[r.Last-1].End]
			if strings.Contains(f.a.Text[f.a.Tokens[r.Last-1].End:], words) {
				return false
			}
		}
	}
	for _, r := range m.Parts {
		if f.some(r.First, r.Last, func(k int) bool { return f.a.Tokens[k].Tag.IsFinite() }) {
			return true
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
	return f.onlyKind(f.lastToken(m)+1, f.a.Paragraphs[f.paraOf(f.lastToken(m))].Tokens.Last, article.Punct)
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
		if t := f.a.Tokens[k]; t.Tag.IsVerb() && !goesOn || t.Kind.IsQuote() || goesOn && (f.lower(k) == "that" || k == open-2 && f.isCue(k) && !f.nounAfterDeterminer(k)) {
			return false // (not after a cue of its own: …, noting that “…”; but she says at one point, “…”: a noun)
		}
	}
	return true
}

// nounAfterDeterminer reports whether token k follows a determiner or a
// number: a noun, whatever the tagger read (at one point, the claim).
func (f *finder) nounAfterDeterminer(k int) bool {
	if k == 0 {
		return false
	}
	t := f.a.Tokens[k-1].Tag
	return t == article.DT || t == article.CD || t == article.PRPS
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
	if breaksBefore(f.text(m.Open - 1)) {
		// …, telling the Post on Monday, “…,” she said: the marks
		// open words of their own, not the end of the clause
		return -1
	}
	for k := sent.First; k < m.Open; k++ {
		if f.isCue(k) || f.text(k) == ":" || f.quoted[k] {
			return -1
		}
	}
	return sent.First
}

// cueClaim returns what the cue at reports when it stands before quotation
// m with words between (not only punctuation) and its clause holds the
// marks and words of its own (see claimAfter).
func (f *finder) cueClaim(m *marked, at attribution) (article.Range, bool) {
	v := at.cue.Last - 1
	if at.cue.Last >= m.Open || f.text(at.cue.First) == ":" || !f.a.Tokens[v].Tag.IsVerb() {
		return article.Range{}, false
	}
	return f.claimAfter(m, v, f.sentence(m.Open))
}

// quotedModifier returns the object of the verb cue right before the
// marks m when the marks hold one to three words and a noun in lower case
// follows them, no word of time (found “squalid” conditions at the home):
// the object, to its clause's end or a comma, whose noun the quoted words
// qualify.
func (f *finder) quotedModifier(m *marked, at attribution) (article.Range, bool) {
	n := m.Close + 1
	if m.Close < 0 || at.cue.Last != m.Open || n >= len(f.a.Tokens) || !f.a.Tokens[at.cue.Last-1].Tag.IsVerb() || f.wordCount(m) > 3 {
		return article.Range{}, false
	}
	if t := f.a.Tokens[n]; t.Kind != article.Word || t.Tag != article.NN && t.Tag != article.NNS || f.capitalized(n) || f.quoted[n] || timeWords[f.lower(n)] {
		return article.Range{}, false
	}
	sent := f.sentence(m.Open)
	e := f.clauseEnd(n, f.end(sent))
	for k := n; k < e; k++ {
		if f.text(k) == "," {
			e = k // (“Hale-Roe” policies, which he said …: the object, not the aside on it)
			break
		}
	}
	return article.Range{First: m.Open, Last: e}, true
}

// colonClaim returns the clause after the colon that is quotation m's cue
// (Ann Lee: ‘No Deal’ If the Vote Fails) when it holds the quotation and
// words of its own outside the marks: what the speaker before the colon
// claims, the quoted words its fragment.
func (f *finder) colonClaim(m *marked, at attribution) (article.Range, bool) {
	colon := at.cue.First
	if m.Close < 0 || at.cue.Last != colon+1 || f.text(colon) != ":" || colon >= m.Open {
		return article.Range{}, false
	}
	return f.clauseHolding(m, colon+1, f.sentence(m.Open), 1)
}

// opensLine reports whether quotation m opens its sentence or a line.
func (f *finder) opensLine(m *marked) bool {
	return f.startsSentence(m) || m.Open > 0 && strings.Contains(f.a.Text[f.a.Tokens[m.Open-1].End:f.a.Tokens[m.Open].Start], "\n")
}

// exclaims reports whether the quoted words of m end in an exclamation or
// question mark.
func (f *finder) exclaims(m *marked) bool {
	if len(m.Parts) == 0 {
		return false
	}
	r := m.Parts[len(m.Parts)-1]
	return r.Last > r.First && (f.text(r.Last-1) == "!" || f.text(r.Last-1) == "?")
}

// pronounTag reports whether t tags a personal or relative pronoun (he,
// who, which), whose referent an inner quotation's speaker cannot be
// told by (my father, a possessive and a noun, can stand as written).
func pronounTag(t article.Tag) bool {
	return t == article.PRP || t == article.WP || t == article.WDT
}
