package entities

import (
	"github.com/whosaid/whosaid/article"
)

// prepared is an article made ready for the model: facts for every token,
// and the document-level word sets.
type prepared struct {
	toks  []tokenInfo // one per article token
	words []string
	doc   docInfo
}

func prepare(a *article.Article, g *gazetteer, cls *WordClasses) *prepared {
	a.Tag()
	p := &prepared{
		toks:  make([]tokenInfo, len(a.Tokens)),
		words: make([]string, len(a.Tokens)),
		doc:   docInfo{capMid: map[uint64]bool{}, seenLower: map[uint64]bool{}, mem: map[uint64]uint8{}},
	}
	for i, t := range a.Tokens {
		p.words[i] = t.Text(a.Text)
	}
	var marks []gazMark
	for _, s := range a.Sentences {
		marks = g.mark(p.words[s.Tokens.First:s.Tokens.Last], marks)
		for k := s.Tokens.First; k < s.Tokens.Last; k++ {
			ti := info(p.words[k], a.Tokens[k].Tag, g, cls)
			ti.gaz = marks[k-s.Tokens.First]
			ti.initial = k == s.Tokens.First || (k > s.Tokens.First && a.Tokens[k-1].Kind.IsQuote() && k-1 == s.Tokens.First)
			ti.breaker = breaker(p.words[k])
			ti.inner = !ti.upper && innerWord(p.words[k])
			p.toks[k] = ti
			if ti.upper && !ti.initial {
				p.doc.capMid[ti.lower] = true
			} else if !ti.upper && a.Tokens[k].Kind == article.Word && isLowerWord(p.words[k]) {
				p.doc.seenLower[ti.lower] = true
			}
		}
	}
	return p
}

// innerWord reports whether a word without a capital may stand inside a
// name: a particle (the Bank of England, Leonardo da Vinci), a mark of
// one (AT&T, O'Brien, Dwayne "The Rock" Johnson), or a number (Apollo 11).
// Any other such word ends a name before it. (Of the mentions GUM and
// WikiGold annotate, 1 in 200 holds another.)
func innerWord(w string) bool {
	if w == "" {
		return false
	}
	if c := w[0]; c >= '0' && c <= '9' {
		return true
	}
	switch w {
	case "of", "and", "the", "for", "to", "on", "at", "upon", "de", "von", "van", "der", "den", "du", "da", "di",
		"del", "della", "des", "le", "la", "y", "e", "al", "el", "bin", "ibn", "dos", "das", "'s", "s",
		"'", "’", ".", "&", "-", ",", "!", "\"", "“", "”":
		return true
	}
	return false
}

// breaker reports whether a token can never be inside a name: a slash
// (Jonah Lee/City Ledger), a bracket or a bar.
func breaker(w string) bool {
	switch w {
	case "/", "(", ")", "[", "]", "|", "{", "}":
		return true
	}
	return false
}

func isLowerWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= 'A' && w[i] <= 'Z' {
			return false
		}
	}
	return true
}

// candidate reports whether a token may open a mention: it starts with an
// upper-case letter. Tokens that cannot are given O without scoring, which
// is most of the text.
func candidate(t *tokenInfo) bool { return t.upper }

// allowed reports whether class c may follow class prev, and whether it may
// stand at the last token of a sentence.
func allowed(prev, c int, last bool) bool {
	if openClass(prev) {
		if c == classO {
			return false
		}
		if classType(c) != classType(prev) {
			return false
		}
		p := classPos(c)
		if p != posI && p != posL {
			return false
		}
	} else if c != classO {
		p := classPos(c)
		if p != posB && p != posU {
			return false
		}
	}
	if last && c != classO {
		p := classPos(c)
		return p == posL || p == posU
	}
	return true
}
