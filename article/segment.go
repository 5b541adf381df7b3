package article

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// sentenceStarters are capitalised words that, after an abbreviation, show
// a new sentence has begun ("in the U.S. How about you?"), where a name or
// other capitalised word would not ("the U.S. Government").
var sentenceStarters = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`The A An It Its He She His Her They Their Them We Our You Your
		This That These Those There Here I My Me How What When Where Why Who Whom Whose Which But And Or
		So Yet If As While Although Though Since After Before In On At For From With Without By To Some
		Many Most All No Not None Now Then Still Also However Meanwhile Instead Nor Both Each Every One
		Another Such Other Others Last Next Later Earlier Today Yesterday Tomorrow Despite During
		Under Over Because Unlike Like Asked According Even Only Just Do Does Did Is Are Was Were Has
		Have Had Will Would Can Could Should May Might Must Let Please Thanks Yes Well Oh`) {
		m[w] = true
	}
	return m
}()

var bullets = map[string]bool{"•": true, "⁃": true, "‣": true, "◦": true, "▪": true, "■": true, "●": true, "·": true}

// segment splits paragraph pi into sentences. Paragraph ends are hard
// boundaries; a dateline and each credit are sentences of their own.
func (a *Article) segment(pi int) {
	p := &a.Paragraphs[pi]
	first, last := p.Tokens.First, p.Tokens.Last
	p.Sentences.First = len(a.Sentences)
	defer func() { p.Sentences.Last = len(a.Sentences) }()
	if first == last {
		return
	}
	forced, noBreak := a.listMarkers(first, last)
	// Dateline and credits start sentences of their own, and what follows them too.
	forceAt := func(off int) {
		for k := first; k < last; k++ {
			if a.Tokens[k].Start >= off {
				if forced == nil {
					forced = map[int]bool{}
				}
				forced[k] = true
				return
			}
		}
	}
	if !a.Dateline.Empty() && p.Span.Contains(a.Dateline) {
		forceAt(a.Dateline.End)
	}
	for _, c := range p.Credits {
		forceAt(c.Start)
		forceAt(c.End)
	}
	// A live report's entry opens with its time (02:14 Hartwell has
	// declared.): the time is a sentence of its own, as a dateline is.
	if first+1 < last && a.clockTime(first) && a.Tokens[first+1].Kind == Word && startsUpper(a.Tokens[first+1].Text(a.Text)) {
		if forced == nil {
			forced = map[int]bool{}
		}
		forced[first+1] = true
	}
	start := first
	for i := first; i < last; i++ {
		if i > start && forced[i] {
			a.addSentence(pi, start, i)
			start = i
		}
		if noBreak[i] || !a.isTerminator(i, start) {
			continue
		}
		j := i + 1
		for j < last && a.isCloser(j) {
			j++
		}
		if j >= last {
			break
		}
		if a.breaksAfter(i, j, last) {
			a.addSentence(pi, start, j)
			start = j
			i = j - 1
		}
	}
	a.addSentence(pi, start, last)
}

func (a *Article) addSentence(pi, first, last int) {
	if first >= last {
		return
	}
	a.Sentences = append(a.Sentences, Sentence{
		Span:      Span{a.Tokens[first].Start, a.Tokens[last-1].End},
		Tokens:    Range{first, last},
		Paragraph: pi,
	})
}

// isTerminator reports whether token i may end a sentence that began at token start.
func (a *Article) isTerminator(i, start int) bool {
	t := a.Tokens[i]
	switch t.Kind {
	case Punct:
		c := a.Text[t.Start]
		return c == '.' || c == '!' || c == '?'
	case Ellipsis:
		return i > start // an ellipsis opening a sentence does not end it
	case Abbreviation:
		return true
	}
	return false
}

// isCloser reports whether token j closes something a sentence end stays
// inside of: a closing quotation mark or bracket.
func (a *Article) isCloser(j int) bool {
	t := a.Tokens[j]
	switch t.Kind {
	case CloseQuote:
		return true
	case Quote:
		return j > 0 && a.Tokens[j-1].End == t.Start
	case Punct:
		c := a.Text[t.Start]
		return t.Len() == 1 && (c == ')' || c == ']' || c == '}')
	}
	return false
}

// breaksAfter decides whether the sentence ends after the terminator at i
// and the closers up to j, given what follows from j on.
func (a *Article) breaksAfter(i, j, last int) bool {
	text := a.Text
	term := a.Tokens[i]
	next := a.Tokens[j]
	// Punctuation or a clitic right after: "Jr.'s", "point.” he said", "U.S.,".
	switch next.Kind {
	case Clitic:
		return false
	case Punct:
		c := text[next.Start]
		if c == ',' || c == ';' || c == ':' || c == ')' || c == ']' || c == '}' {
			return false
		}
		if c == '.' && term.Kind != Ellipsis {
			return false
		}
	case Ellipsis:
		// "compounds. . . . The": the period ends the sentence and the
		// ellipsis opens the next, but only if a sentence follows it.
		if term.Kind == Punct && text[term.Start] == '.' {
			k := j + 1
			for k < last && a.isCloser(k) {
				k++
			}
			return k < last && startsUpper(a.Tokens[k].Text(text))
		}
	case Number:
		// "N°. 1026.253.553": a period after a symbol, before a number.
		if term.Kind == Punct && i > 0 && a.Tokens[i-1].Kind == Symbol && a.Tokens[i-1].End == term.Start {
			return false
		}
	}
	// The first word after opening quotes and brackets.
	w := j
	for w < last && (a.Tokens[w].Kind == OpenQuote || a.Tokens[w].Kind == Quote || isOpenBracket(text, a.Tokens[w])) {
		w++
	}
	if w >= last {
		return true
	}
	nw := a.Tokens[w]
	word := nw.Text(text)
	r, _ := utf8.DecodeRuneInString(word)
	lower := unicode.IsLower(r)
	upper := unicode.IsUpper(r)
	if lower && nw.Kind != URL && nw.Kind != Handle && nw.Kind != Email {
		return false
	}
	switch term.Kind {
	case Ellipsis:
		if i > 0 && a.Tokens[i-1].Kind == Punct && text[a.Tokens[i-1].Start] == '[' {
			return false // [...] marks an omission inside a sentence
		}
		if word == "I" || strings.HasPrefix(word, "I'") || strings.HasPrefix(word, "I’") {
			return false
		}
		return upper || nw.Kind == OpenQuote
	case Punct:
		// "editor of Which? Travel, said": the mark of a name that ends
		// in one, before a word no sentence opens with as a rule
		if c := text[term.Start]; (c == '?' || c == '!') && term.Len() == 1 && i > 1 && a.Tokens[i-1].End == term.Start && markedNames[a.Tokens[i-1].Text(text)] &&
			a.Tokens[i-2].Kind == Word && !sentenceOpeners[word] {
			return false
		}
		// A period followed by an ellipsis and a capital: "compounds. . . . The".
		return true
	case Abbreviation:
		return a.abbreviationBreaks(i, w, word, upper)
	}
	return true
}

// abbreviationBreaks decides whether the abbreviation at i ends its sentence
// when word (token w) follows.
func (a *Article) abbreviationBreaks(i, w int, word string, upper bool) bool {
	text := a.Text
	ab := a.Tokens[i].Text(text)
	base := ab[:len(ab)-1]
	nk := a.Tokens[w].Kind
	if nk == Number {
		return false // Feb. 24, p. 55, No. 5
	}
	if !upper {
		return sentenceStarters[word]
	}
	switch {
	case len(base) == 1:
		// An initial (E. Smith) does not end a sentence; the pronoun I does
		// (you and I. Did ...) when no name comes before it.
		if base == "I" && (i == 0 || !startsUpper(a.Tokens[i-1].Text(text)) || a.Tokens[i-1].Kind != Word) {
			return true
		}
		// The platform X ends one after a preposition: wrote on X.
		// Another posted … (not Malcolm X.)
		if base == "X" && i > 0 {
			switch a.Tokens[i-1].Text(text) {
			case "on", "via", "to":
				return true
			}
		}
		return false
	case abbreviationKind(base) == titleAbbrev:
		return false
	case w > i+1 && (a.Tokens[i+1].Kind == OpenQuote || a.Tokens[i+1].Kind == Quote && a.Tokens[i+1].Start > a.Tokens[i].End):
		// rally in Albany, N.Y. “Secretary Lee …”: a quotation opening
		// with a capital after an abbreviation opens a sentence.
		return true
	}
	return sentenceStarters[word]
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// listMarkers finds enumerations inside a paragraph ("1.) The first item
// 2.) The second item", "a. … b. …", "• 9. … • 10. …"): markers with
// consecutive values. It returns the tokens where a list item starts a
// sentence and the tokens of markers whose period does not end one.
func (a *Article) listMarkers(first, last int) (forced, noBreak map[int]bool) {
	set := func(m *map[int]bool, k int) {
		if *m == nil {
			*m = map[int]bool{}
		}
		(*m)[k] = true
	}
	type marker struct {
		tok, value int
		letter     bool
	}
	var ms []marker
	text := a.Text
	for k := first; k < last; k++ {
		t := a.Tokens[k]
		if t.Kind != Symbol && t.Kind != Number && t.Kind != Abbreviation {
			continue
		}
		s := t.Text(text)
		if t.Kind == Symbol && bullets[s] && k > first {
			set(&forced, k)
		}
		var m marker
		switch {
		case t.Kind == Number && len(s) <= 2 && k+1 < last && isMarkerPunct(text, a.Tokens[k+1]):
			v, err := strconv.Atoi(s)
			if err != nil {
				continue
			}
			m = marker{k, v, false}
		case t.Kind == Abbreviation && len(s) == 2 && s[0] >= 'a' && s[0] <= 'z':
			m = marker{k, int(s[0] - 'a' + 1), true}
		default:
			continue
		}
		ms = append(ms, m)
	}
	isList := make([]bool, len(ms))
	for x := range ms {
		for y := range ms {
			if ms[x].letter == ms[y].letter && (ms[y].value == ms[x].value+1 || ms[y].value == ms[x].value-1) {
				isList[x] = true
			}
		}
	}
	for x, m := range ms {
		if !isList[x] {
			continue
		}
		set(&noBreak, m.tok)
		if !m.letter {
			set(&noBreak, m.tok+1)
		}
		start := m.tok
		if start > first && a.Tokens[start-1].Kind == Symbol && bullets[a.Tokens[start-1].Text(text)] {
			start--
		}
		if start > first {
			set(&forced, start)
		}
	}
	return forced, noBreak
}

func isMarkerPunct(text string, t Token) bool {
	if t.Kind != Punct || t.Len() != 1 {
		return false
	}
	c := text[t.Start]
	return c == '.' || c == ')'
}

// markedNames are names written with a question or exclamation mark at
// their end (the consumer group Which?, Yahoo!), which ends no sentence
// by itself inside one (a word before it).
var markedNames = map[string]bool{"Which": true, "Yahoo": true, "Jeopardy": true, "Wham": true, "Oklahoma": true}

// sentenceOpeners are the capitalized words that open most sentences
// after a name ending in a mark (… worked for Yahoo! He left …): a
// pronoun, a determiner or a conjunction.
var sentenceOpeners = map[string]bool{"He": true, "She": true, "It": true, "They": true, "We": true, "I": true, "You": true,
	"The": true, "A": true, "An": true, "This": true, "That": true, "These": true, "Those": true, "His": true, "Her": true,
	"Its": true, "Their": true, "Our": true, "My": true, "But": true, "And": true, "So": true, "Yet": true, "Or": true,
	"There": true, "Now": true, "Then": true, "In": true, "On": true, "At": true, "If": true, "When": true, "What": true}

// clockTime reports whether token k is a time of day written with a colon,
// hours of one or two digits and minutes of two (02:14, 9:05).
func (a *Article) clockTime(k int) bool {
	s := a.Tokens[k].Text(a.Text)
	i := strings.IndexByte(s, ':')
	if i < 1 || i > 2 || len(s)-i != 3 {
		return false
	}
	for j := range len(s) {
		if j != i && (s[j] < '0' || s[j] > '9') {
			return false
		}
	}
	return true
}
