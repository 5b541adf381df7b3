package entities

import (
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/article"
)

// Features are 64-bit hashes: a template number mixed with hashes of the
// values it combines. Words are hashed once per token (lower-cased, shape,
// affixes), so a feature costs a multiply, not a string.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func mix(h, v uint64) uint64 {
	h ^= v
	h *= 0x9E3779B97F4A7C15
	h ^= h >> 29
	return h
}

func feat(t uint64, vs ...uint64) uint64 {
	h := mix(fnvOffset, t)
	for _, v := range vs {
		h = mix(h, v)
	}
	return h | 1 // 0 marks an empty slot in the model table
}

// Feature templates.
const (
	fBias uint64 = iota + 1
	fWord
	fShape
	fSuffix
	fPrefix
	fTag
	fTagPrev
	fTagNext
	fTagPrevCur
	fTagCurNext
	fWordPrev
	fWordNext
	fWordPrev2
	fWordNext2
	fShapePrev
	fShapeNext
	fClassPrev
	fClassPrevWord
	fClassPrevShape
	fClassPrev2
	fGaz
	fGazPrev
	fGazNext
	fTitlePrev
	fTitleCur
	fOrgWordNext
	fInitialShape
	fCapElsewhere
	fSeenLower
	fParaKind
	fWordNextShape
	fExact
	fDocMem
	fDocMemShape
	fFirstName
	fFirstNamePrev
	fClass
	fClassPrevWord2
	fClassNextWord
	fClassShape
)

// tokenInfo is what the features need of a token, computed once.
type tokenInfo struct {
	word, lower, shape, suffix, prefix uint64 // hashes
	class                              uint64 // word class + 1 (WordClasses), 0 if none
	tag                                article.Tag
	gaz                                gazMark
	title, orgWord, firstName          bool
	upper                              bool // starts with an upper-case letter
	initial                            bool // first word of its sentence
	breaker                            bool // never inside a name: / ( ) [ ] |
	inner                              bool // no capital, but may be inside a name (innerWord)
}

// sentenceInfo holds the tokens of one sentence and the article-level facts
// the features use.
type docInfo struct {
	capMid    map[uint64]bool // lower-cased words seen capitalized inside a sentence
	seenLower map[uint64]bool // words seen all in lower case
	paraKind  article.ParagraphKind
	mem       map[uint64]uint8 // lower-cased word → 1 + type of the latest mention holding it
}

// remember records the words of a mention of type typ, tokens first..last
// inclusive, for the features of later tokens.
func (d *docInfo) remember(toks []tokenInfo, first, last, typ int) {
	for k := first; k <= last; k++ {
		if toks[k].upper {
			d.mem[toks[k].lower] = uint8(typ + 1)
		}
	}
}

func hashString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	return h
}

func lowerByte(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 32
	}
	return c
}

// lowerHash returns the hash of w in lower case, as info gives it
// (tokenInfo.lower, and the affixes' hashes).
func lowerHash(w string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint64(lowerByte(w[i]))) * fnvPrime
	}
	return h
}

// info fills the per-token facts of word w.
func info(w string, tag article.Tag, g *gazetteer, cls *WordClasses) tokenInfo {
	ti := tokenInfo{tag: tag}
	ti.word = hashString(w)
	h := uint64(fnvOffset)
	shape := uint64(fnvOffset)
	var last byte
	run := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		h = (h ^ uint64(lowerByte(c))) * fnvPrime
		var s byte
		switch {
		case c >= 'A' && c <= 'Z':
			s = 'X'
		case c >= 'a' && c <= 'z':
			s = 'x'
		case c >= '0' && c <= '9':
			s = 'd'
		case c >= 0x80:
			s = 'u'
		default:
			s = c
		}
		if s == last {
			run++
		} else {
			run = 0
		}
		last = s
		if run < 2 {
			shape = (shape ^ uint64(s)) * fnvPrime
		}
	}
	ti.lower = h
	ti.shape = shape
	n := len(w)
	ti.suffix, ti.prefix = lowerHash(w[max(0, n-3):]), lowerHash(w[:min(3, n)])
	r, _ := utf8.DecodeRuneInString(w)
	ti.upper = unicode.IsUpper(r)
	ti.title = g.titles[w]
	ti.orgWord = g.orgWords[w]
	ti.firstName = g.featureNames[w]
	ti.class = cls.of(ti.word)
	return ti
}

// prevFeatures appends the features of token i that read the previous
// class.
func prevFeatures(out []uint64, toks []tokenInfo, i, prev int, d *docInfo) []uint64 {
	t := &toks[i]
	pc := uint64(prev)
	out = append(out,
		feat(fClassPrev, pc),
		feat(fClassPrevWord, pc, t.lower),
		feat(fClassPrevShape, pc, t.shape),
	)
	if t.orgWord && !(i+1 < len(toks) && toks[i+1].orgWord) {
		out = append(out, feat(fOrgWordNext, 0, pc))
	}
	if v, ok := d.mem[t.lower]; ok {
		out = append(out, feat(fDocMemShape, uint64(v), t.shape, pc))
	}
	return out
}

// staticFeatures appends the features of token i that do not read the
// classes before it.
func staticFeatures(out []uint64, toks []tokenInfo, i int, d *docInfo) []uint64 {
	t := &toks[i]
	at := func(k int) *tokenInfo {
		if k < 0 || k >= len(toks) {
			return nil
		}
		return &toks[k]
	}
	lw := func(k int) uint64 {
		if p := at(k); p != nil {
			return p.lower
		}
		return uint64(k - i) // sentence edge markers
	}
	sh := func(k int) uint64 {
		if p := at(k); p != nil {
			return p.shape
		}
		return uint64(k - i)
	}
	tg := func(k int) uint64 {
		if p := at(k); p != nil {
			return uint64(p.tag) + 100
		}
		return uint64(k - i)
	}
	gz := func(k int) uint64 {
		if p := at(k); p != nil {
			return uint64(p.gaz.kind)<<8 | uint64(p.gaz.pos)
		}
		return 1 << 20
	}
	b2u := func(b bool) uint64 {
		if b {
			return 1
		}
		return 0
	}
	out = append(out,
		feat(fBias),
		feat(fWord, t.lower),
		feat(fExact, t.word),
		feat(fShape, t.shape),
		feat(fSuffix, t.suffix),
		feat(fPrefix, t.prefix),
		feat(fTag, tg(i)),
		feat(fTagPrev, tg(i-1)),
		feat(fTagNext, tg(i+1)),
		feat(fTagPrevCur, tg(i-1), tg(i)),
		feat(fTagCurNext, tg(i), tg(i+1)),
		feat(fWordPrev, lw(i-1)),
		feat(fWordNext, lw(i+1)),
		feat(fWordPrev2, lw(i-2)),
		feat(fWordNext2, lw(i+2)),
		feat(fShapePrev, sh(i-1)),
		feat(fShapeNext, sh(i+1)),
		feat(fGaz, gz(i)),
		feat(fGazPrev, gz(i-1)),
		feat(fGazNext, gz(i+1)),
		feat(fWordNextShape, t.shape, lw(i+1)),
		feat(fParaKind, uint64(d.paraKind), t.shape),
	)
	cl := func(k int) uint64 {
		if p := at(k); p != nil {
			return p.class
		}
		return 1 << 20
	}
	if t.class != 0 {
		out = append(out, feat(fClass, t.class), feat(fClassShape, t.class, t.shape))
	}
	out = append(out, feat(fClassPrevWord2, cl(i-1)), feat(fClassNextWord, cl(i+1)))
	if p := at(i - 1); p != nil && p.title {
		out = append(out, feat(fTitlePrev, t.shape))
	}
	if t.firstName {
		out = append(out, feat(fFirstName, tg(i+1)))
	}
	if p := at(i - 1); p != nil && p.firstName {
		out = append(out, feat(fFirstNamePrev, t.shape))
	}
	if t.title {
		out = append(out, feat(fTitleCur))
	}
	if p := at(i + 1); p != nil && p.orgWord {
		out = append(out, feat(fOrgWordNext, t.shape))
	}
	if t.initial {
		out = append(out, feat(fInitialShape, t.shape))
	}
	if v, ok := d.mem[t.lower]; ok {
		out = append(out, feat(fDocMem, uint64(v)))
	}
	if t.upper {
		out = append(out,
			feat(fCapElsewhere, b2u(d.capMid[t.lower]), b2u(t.initial)),
			feat(fSeenLower, b2u(d.seenLower[t.lower]), b2u(t.initial)))
	}
	return out
}
