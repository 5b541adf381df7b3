package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// IsSpace reports whether r is whitespace that separates tokens. Every rune of
// an article that is not such whitespace belongs to exactly one token.
func IsSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r] == cSpace
	}
	return unicode.IsSpace(r) || r == '\u200b' || r == '\u2060' || r == '\ufeff'
}

const (
	cOther = iota
	cSpace
	cLower
	cUpper
	cDigit
)

var asciiClass = func() (t [256]uint8) {
	for c := 0; c < utf8.RuneSelf; c++ {
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
			t[c] = cSpace
		case c >= 'a' && c <= 'z':
			t[c] = cLower
		case c >= 'A' && c <= 'Z':
			t[c] = cUpper
		case c >= '0' && c <= '9':
			t[c] = cDigit
		}
	}
	return t
}()

// Tokenize splits text into tokens with byte offsets. It is the tokenizer
// Parse uses, run on the whole text as if it were one paragraph.
func Tokenize(text string) []Token {
	return tokenize(text, 0, len(text), make([]Token, 0, len(text)/5+1))
}

// tokenizer scans one paragraph, text[start:end], appending to toks. It keeps
// the state needed to tell opening from closing straight quotes.
type tokenizer struct {
	text       string
	end        int
	toks       []Token
	first      int // index in toks of the paragraph's first token
	openDouble bool
	openSingle bool
}

func tokenize(text string, start, end int, dst []Token) []Token {
	t := tokenizer{text: text, end: end, toks: dst, first: len(dst)}
	t.run(start)
	return t.toks
}

func (t *tokenizer) emit(start, end int, k TokenKind) {
	t.toks = append(t.toks, Token{Span: Span{start, end}, Kind: k})
}

// prevAdjacent reports whether the previous token of the paragraph ends at i.
func (t *tokenizer) prevAdjacent(i int) (Token, bool) {
	if len(t.toks) > t.first {
		p := t.toks[len(t.toks)-1]
		return p, p.End == i
	}
	return Token{}, false
}

func (t *tokenizer) byteAt(i int) byte {
	if i < t.end {
		return t.text[i]
	}
	return 0
}

func (t *tokenizer) runeAt(i int) (rune, int) {
	if i >= t.end {
		return 0, 0
	}
	if c := t.text[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(t.text[i:t.end])
}

// spaceOrEnd reports whether position i is the end of the paragraph or whitespace.
func (t *tokenizer) spaceOrEnd(i int) bool {
	r, n := t.runeAt(i)
	return n == 0 || IsSpace(r)
}

// isASCIILetter reports whether byte c is an ASCII letter.
func isASCIILetter(c byte) bool { k := asciiClass[c]; return k == cLower || k == cUpper }

func isAlnum(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r] >= cLower
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r] >= cLower || r == '_'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

func (t *tokenizer) run(i int) {
	text := t.text
	for i < t.end {
		c := text[i]
		if c < utf8.RuneSelf {
			switch asciiClass[c] {
			case cSpace:
				i++
				continue
			case cLower, cUpper:
				i = t.word(i)
				continue
			case cDigit:
				i = t.number(i)
				continue
			}
			i = t.asciiPunct(i, c)
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:t.end])
		switch {
		case r == utf8.RuneError && n == 1:
			j := i + 1
			for j < t.end && text[j] >= utf8.RuneSelf {
				if r2, n2 := utf8.DecodeRuneInString(text[j:t.end]); r2 != utf8.RuneError || n2 != 1 {
					break
				}
				j++
			}
			t.emit(i, j, Invalid)
			i = j
		case IsSpace(r):
			i += n
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r):
			i = t.word(i)
		case r == '“' || r == '«' || r == '‹' || r == '„' || r == '‟' || r == '‚':
			k := OpenQuote
			if r == '“' {
				if _, adj := t.prevAdjacent(i); adj && t.spaceOrEnd(i+n) {
					k = CloseQuote // German-style „…“ or a misused mark
				}
			}
			t.emit(i, i+n, k)
			t.openDouble = k == OpenQuote
			i += n
		case r == '”' || r == '»' || r == '›':
			k := CloseQuote
			if _, adj := t.prevAdjacent(i); !adj && !t.spaceOrEnd(i+n) && r == '”' {
				k = OpenQuote
			}
			t.emit(i, i+n, k)
			t.openDouble = k == OpenQuote
			i += n
		case r == '‘' || r == '’' || r == '‛':
			i = t.apostrophe(i, n, r)
		case r == '—' || r == '–' || r == '―' || r == '‒' || r == '⸺' || r == '⸻':
			t.emit(i, i+n, Dash)
			i += n
		case r == '…':
			i = t.dots(i)
		default:
			i = t.symbol(i, n)
		}
	}
}

// symbol emits a symbol token for the rune at i, keeping with it the marks,
// variation selectors, skin tones and zero-width joiners that complete an emoji.
func (t *tokenizer) symbol(i, n int) int {
	j := i + n
	for j < t.end {
		r, m := t.runeAt(j)
		if unicode.IsMark(r) || (r >= 0x1F3FB && r <= 0x1F3FF) {
			j += m
			continue
		}
		if r == '\u200d' {
			if r2, m2 := t.runeAt(j + m); m2 > 0 && !IsSpace(r2) && !isAlnum(r2) && r2 >= utf8.RuneSelf {
				j += m + m2
				continue
			}
		}
		break
	}
	t.emit(i, j, Symbol)
	return j
}

// doubleMark emits a straight double quotation mark of n bytes at i: a
// double quote, or two apostrophes. It opens or closes as its neighbours
// tell.
func (t *tokenizer) doubleMark(i, n int) int {
	prev, adj := t.prevAdjacent(i)
	nextSpace := t.spaceOrEnd(i + n)
	var k TokenKind
	switch {
	case adj && prev.Kind != OpenQuote && prev.Kind != Dash && !isOpenBracket(t.text, prev) && (nextSpace || isClosingPunct(t.byteAt(i+n))):
		k = CloseQuote
	case !adj && !nextSpace:
		k = OpenQuote
	case t.openDouble:
		k = CloseQuote
	default:
		k = OpenQuote
	}
	t.openDouble = k == OpenQuote
	t.emit(i, i+n, k)
	return i + n
}

func (t *tokenizer) asciiPunct(i int, c byte) int {
	switch c {
	case '"':
		return t.doubleMark(i, 1)
	case '\'':
		if t.byteAt(i+1) == '\'' && t.byteAt(i+2) == '\'' && t.openSingle {
			// us,''' Mr. English said: the inner single mark closes
			// before the outer two-apostrophe one
			return t.apostrophe(i, 1, '\'')
		}
		if t.byteAt(i+1) == '\'' { // '' as a straight double mark, as in ''We are ready,'' he said.
			return t.doubleMark(i, 2)
		}
		return t.apostrophe(i, 1, '\'')
	case '`':
		j := i + 1
		if t.byteAt(j) == '`' {
			j++
		}
		t.emit(i, j, OpenQuote)
		return j
	case '.':
		return t.dots(i)
	case '!', '?':
		j := i + 1
		for t.byteAt(j) == '!' || t.byteAt(j) == '?' {
			j++
		}
		t.emit(i, j, Punct)
		return j
	case ',', ';', ':', '(', ')', '[', ']', '{', '}':
		t.emit(i, i+1, Punct)
		return i + 1
	case '-':
		j := i + 1
		for t.byteAt(j) == '-' {
			j++
		}
		if j-i >= 2 {
			t.emit(i, j, Dash)
			return j
		}
		_, adj := t.prevAdjacent(i)
		if !adj && asciiClass[t.byteAt(i+1)] == cDigit {
			return t.number(i)
		}
		if !adj && t.spaceOrEnd(i+1) {
			t.emit(i, j, Dash)
		} else {
			t.emit(i, j, Punct)
		}
		return j
	case '@':
		if j := t.identifier(i + 1); j > i+1 {
			t.emit(i, j, Handle)
			return j
		}
	case '#':
		if j := t.identifier(i + 1); j > i+1 && asciiClass[t.byteAt(i+1)] != cDigit {
			t.emit(i, j, Hashtag)
			return j
		}
	}
	t.emit(i, i+1, Symbol)
	return i + 1
}

func isOpenBracket(text string, tok Token) bool {
	if tok.Kind != Punct || tok.Len() != 1 {
		return false
	}
	c := text[tok.Start]
	return c == '(' || c == '[' || c == '{'
}

func isClosingPunct(c byte) bool {
	switch c {
	case '.', ',', ';', ':', '!', '?', ')', ']', '}', '\'':
		return true
	}
	return false
}

// identifier scans the name of a handle or hashtag starting at i.
func (t *tokenizer) identifier(i int) int {
	j := i
	for j < t.end {
		r, n := t.runeAt(j)
		if !isWordRune(r) {
			break
		}
		j += n
	}
	return j
}

// dots scans periods and ellipses starting at i: a single period, a run of
// periods or … characters, or a spaced ellipsis ". . .".
func (t *tokenizer) dots(i int) int {
	text := t.text
	j := i
	count := 0
	for j < t.end {
		if text[j] == '.' {
			j++
			count++
		} else if strings.HasPrefix(text[j:t.end], "…") {
			j += len("…")
			count += 3
		} else {
			break
		}
	}
	if count >= 2 {
		t.emit(i, j, Ellipsis)
		return j
	}
	if text[i] == '.' {
		// A period attached to a word ends it; a spaced ellipsis may follow.
		if prev, adj := t.prevAdjacent(i); adj && prev.Kind != Punct {
			t.emit(i, j, Punct)
			return j
		}
		// Spaced ellipsis: ". . ." with single spaces.
		k := j
		n := 1
		for k+1 < t.end && text[k] == ' ' && text[k+1] == '.' {
			k += 2
			n++
		}
		if n >= 3 {
			t.emit(i, k, Ellipsis)
			return k
		}
		if _, adj := t.prevAdjacent(i); !adj && asciiClass[t.byteAt(j)] == cDigit {
			return t.number(i)
		}
	}
	t.emit(i, j, Punct)
	return j
}

// apostrophe handles ' ‘ ’ at i: a clitic ('s, 're), a possessive, an elided
// year ('90s), or an opening or closing single quotation mark.
func (t *tokenizer) apostrophe(i, n int, r rune) int {
	prev, adj := t.prevAdjacent(i)
	next, _ := t.runeAt(i + n)
	if adj && (prev.Kind == Word || prev.Kind == Abbreviation || prev.Kind == Number) {
		if j := t.cliticAt(i, n); j > 0 {
			t.emit(i, j, Clitic)
			return j
		}
		if r != '‘' && !t.openSingle && prev.Kind == Word && (t.text[prev.End-1] == 's' || t.text[prev.End-1] == 'S') && !isAlnum(next) {
			t.emit(i, i+n, Clitic) // plural possessive: officials'
			return i + n
		}
	}
	if !adj {
		if j := t.elidedYear(i + n); j > 0 {
			t.emit(i, j, Number)
			return j
		}
	}
	var k TokenKind
	nextSpace := t.spaceOrEnd(i + n)
	switch {
	case r == '‘' && !(adj && nextSpace):
		k = OpenQuote
	case adj && prev.Kind != OpenQuote && prev.Kind != Dash && !isOpenBracket(t.text, prev):
		k = CloseQuote
	case !adj && !nextSpace:
		k = OpenQuote
	case t.openSingle:
		k = CloseQuote
	default:
		k = Quote
	}
	t.openSingle = k == OpenQuote
	t.emit(i, i+n, k)
	return i + n
}

// elidedYear matches the digits of '90s or ’20 starting at i, returning their end.
func (t *tokenizer) elidedYear(i int) int {
	if asciiClass[t.byteAt(i)] != cDigit || asciiClass[t.byteAt(i+1)] != cDigit {
		return 0
	}
	j := i + 2
	if t.byteAt(j) == 's' {
		j++
	}
	if r, _ := t.runeAt(j); isAlnum(r) {
		return 0
	}
	return j
}

var clitics = [...]string{"s", "m", "d", "re", "ve", "ll"}

// cliticAt matches a clitic ('s, 'll, ...) whose apostrophe of n bytes is at i
// and returns its end, or 0.
func (t *tokenizer) cliticAt(i, n int) int {
	for _, c := range clitics {
		j := i + n
		if j+len(c) <= t.end && strings.EqualFold(t.text[j:j+len(c)], c) {
			if r, _ := t.runeAt(j + len(c)); !isAlnum(r) {
				return j + len(c)
			}
		}
	}
	return 0
}

// number scans a number starting at i (a digit, or a sign or period before one):
// 2,000; 6.5; 2-1; 10:30; 1950s; 5th. A hyphen followed by letters turns it
// into a word (19-year-old).
func (t *tokenizer) number(i int) int {
	text := t.text
	j := i
	if text[j] == '-' || text[j] == '.' {
		j++
	}
	for j < t.end {
		c := text[j]
		if asciiClass[c] == cDigit {
			j++
			continue
		}
		if (c == ',' || c == '.' || c == ':' || c == '/' || c == '-') && j > i && asciiClass[t.byteAt(j+1)] == cDigit && asciiClass[text[j-1]] == cDigit {
			j++
			continue
		}
		break
	}
	// Short letter suffixes: 1950s, 5th, 10am, 3D, 100km.
	k := j
	for k < t.end && k-j < 4 && isASCIILetter(text[k]) {
		k++
	}
	if k > j {
		if r, _ := t.runeAt(k); !isWordRune(r) && r != '-' || k-j <= 3 && r == '-' {
			j = k
		} else {
			return t.word(i)
		}
	}
	if t.byteAt(j) == '-' {
		if r, _ := t.runeAt(j + 1); unicode.IsLetter(r) {
			if strings.ContainsAny(text[i:j], ".,:/") {
				// 5.1-magnitude, 1,000-strong: one word, its number's
				// period or comma inside (a word from i would stop there)
				end := t.wordEnd(i, j)
				t.emit(i, end, Word)
				return end
			}
			return t.word(i)
		}
	}
	t.emit(i, j, Number)
	return j
}

// word scans a word starting at i, recognising e-mail addresses, URLs,
// abbreviations with their periods, and clitics to split off.
func (t *tokenizer) word(i int) int {
	// An e-mail, a URL or a dotted abbreviation holds '@', '.' or ':' in
	// its first run of ASCII word characters: most words do not, and skip
	// the three checks.
	special := false
	for k := i; k < t.end; k++ {
		c := t.text[k]
		if c == '@' || c == '.' || c == ':' {
			special = true
			break
		}
		if asciiClass[c] < cLower && c != '_' && c != '%' && c != '+' && c != '-' {
			break
		}
	}
	if special {
		if j := t.email(i); j > i {
			t.emit(i, j, Email)
			return j
		}
		if j := t.url(i); j > i {
			t.emit(i, j, URL)
			return j
		}
		if j := t.dotted(i); j > i {
			t.emit(i, j, Abbreviation)
			return j
		}
	}
	text := t.text
	j := t.wordEnd(i, i)
	if j == i {
		// Reached from number() on a sign or period that starts no number.
		_, n := t.runeAt(i)
		t.emit(i, i+n, Punct)
		return i + n
	}
	if t.byteAt(j) == '.' && isAbbreviation(text[i:j], t.nextNonSpace(j+1)) {
		t.emit(i, j+1, Abbreviation)
		return j + 1
	}
	if k := splitClitic(text[i:j]); k > 0 {
		t.emit(i, i+k, Word)
		t.emit(i+k, j, Clitic)
		return j
	}
	t.emit(i, j, Word)
	return j
}

// wordEnd returns where a word that starts at i ends, reading on from
// j: over word characters, hyphens and apostrophes inside it, and an
// ampersand between capitals (AT&T).
func (t *tokenizer) wordEnd(i, j int) int {
	text := t.text
	for j < t.end {
		r, n := t.runeAt(j)
		if isWordRune(r) {
			j += n
			continue
		}
		if r == '-' || r == '\u2010' || r == '\u2011' || r == '\'' || r == '’' {
			if r2, _ := t.runeAt(j + n); isAlnum(r2) && (r2 >= utf8.RuneSelf || asciiClass[r2] != cDigit || r == '-' || r == '\u2010' || r == '\u2011') {
				j += n
				continue
			}
		}
		if r == '&' && j > i && asciiClass[text[j-1]] == cUpper && asciiClass[t.byteAt(j+1)] == cUpper {
			j++
			continue
		}
		break
	}
	return j
}

// nextNonSpace returns the first byte after i that is not an ASCII space, or 0.
func (t *tokenizer) nextNonSpace(i int) byte {
	for i < t.end && asciiClass[t.text[i]] == cSpace {
		i++
	}
	return t.byteAt(i)
}

// splitClitic returns where a clitic starts inside word w (Russia|'s, do|n't), or 0.
func splitClitic(w string) int {
	n := len(w)
	lower := func(i int) byte { return w[i] | 0x20 }
	// n't and n’t
	if n > 3 && w[n-1]|0x20 == 't' {
		if w[n-2] == '\'' && lower(n-3) == 'n' {
			return n - 3
		}
		if n > 5 && strings.HasSuffix(w[:n-1], "’") && lower(n-5) == 'n' {
			return n - 5
		}
	}
	for _, c := range clitics {
		if n <= len(c)+1 || !strings.EqualFold(w[n-len(c):], c) {
			continue
		}
		if w[n-len(c)-1] == '\'' {
			return n - len(c) - 1
		}
		if n > len(c)+3 && strings.HasSuffix(w[:n-len(c)], "’") {
			return n - len(c) - 3
		}
	}
	return 0
}

// dotted matches single letters each followed by a period, two or more times
// (U.S., U.S.A., a.m., e.g.), starting at i.
func (t *tokenizer) dotted(i int) int {
	j := i
	// A party letter before a dotted state: (D-N.Y.), (R-S.C.).
	if c := t.byteAt(i); c >= 'A' && c <= 'Z' && t.byteAt(i+1) == '-' && isASCIILetter(t.byteAt(i+2)) && t.byteAt(i+3) == '.' {
		j = i + 2
	}
	count := 0
	for {
		c := t.byteAt(j)
		if !isASCIILetter(c) || t.byteAt(j+1) != '.' {
			break
		}
		j += 2
		count++
	}
	if count < 2 {
		return 0
	}
	if r, _ := t.runeAt(j); isAlnum(r) {
		return 0
	}
	return j
}

// email matches an e-mail address starting at i.
func (t *tokenizer) email(i int) int {
	text := t.text
	j := i
	for j < t.end && (asciiClass[text[j]] >= cLower || strings.IndexByte("._%+-", text[j]) >= 0) {
		j++
	}
	if j == i || t.byteAt(j) != '@' {
		return 0
	}
	return t.domain(j+1, false)
}

var tlds = map[string]bool{
	"com": true, "org": true, "net": true, "gov": true, "edu": true, "io": true, "co": true,
	"uk": true, "us": true, "ru": true, "de": true, "fr": true, "info": true, "biz": true,
	"tv": true, "ly": true, "me": true, "ai": true, "app": true, "news": true, "int": true,
	"eu": true, "ca": true, "au": true, "in": true, "jp": true, "cn": true, "it": true, "es": true,
	"nl": true, "ch": true, "se": true, "no": true, "fi": true, "ua": true, "mil": true, "dev": true,
}

// domain matches host labels separated by periods starting at i. With
// needTLD, the last label must be a known top-level domain. It returns the
// end of the host, or 0 when there are fewer than two labels.
func (t *tokenizer) domain(i int, needTLD bool) int {
	text := t.text
	j := i
	labels := 0
	lastStart := i
	for {
		k := j
		for k < t.end && (asciiClass[text[k]] >= cLower || text[k] == '-') {
			k++
		}
		if k == j {
			break
		}
		labels++
		lastStart = j
		j = k
		if t.byteAt(j) == '.' && asciiClass[t.byteAt(j+1)] >= cLower {
			j++
			continue
		}
		break
	}
	if labels < 2 {
		return 0
	}
	if needTLD && !tlds[text[lastStart:j]] {
		return 0
	}
	if r, _ := t.runeAt(j); isWordRune(r) {
		return 0
	}
	return j
}

// url matches a URL starting at i: with a scheme, with www., or a bare
// domain with a known top-level domain, and its path.
func (t *tokenizer) url(i int) int {
	text := t.text[i:t.end]
	var j int
	switch {
	case hasPrefixFold(text, "https://"), hasPrefixFold(text, "http://"), hasPrefixFold(text, "ftp://"), hasPrefixFold(text, "www."):
		j = i
	default:
		if !isASCIILetter(text[0]) {
			return 0
		}
		j = t.domain(i, true)
		if j == 0 {
			return 0
		}
		if t.byteAt(j) != '/' {
			return j
		}
	}
	// Extend to the end of the URL, then give back trailing punctuation.
	for j < t.end {
		r, n := t.runeAt(j)
		if IsSpace(r) || r == '<' || r == '>' || r == '"' || r == '“' || r == '”' || r == '‘' || r == '’' || r == '«' || r == '»' || r >= utf8.RuneSelf && !unicode.IsLetter(r) {
			break
		}
		j += n
	}
	for j > i {
		c := t.text[j-1]
		if strings.IndexByte(".,;:!?'", c) >= 0 {
			j--
			continue
		}
		if c == ')' && strings.Count(t.text[i:j], "(") < strings.Count(t.text[i:j], ")") {
			j--
			continue
		}
		break
	}
	// A bare "www." or scheme with nothing after it is not a URL.
	if j-i <= 8 && !strings.Contains(t.text[i:j], ".") {
		return 0
	}
	return j
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}
