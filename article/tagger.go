package article

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"math"
	"regexp"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v2"
	"github.com/mingrammer/commonregex"
)

// The part-of-speech tagger is prose v2's averaged perceptron (a port of
// TextBlob's tagger, trained on the Penn Treebank), run with prose's own
// weights and feature definitions but over whosaid's tokens, with these
// differences: quotation marks, dashes, ellipses and brackets reach the
// model as the treebank it learned from writes them (`` '', --, ..., round
// brackets), where prose passes the bare character, an unknown word it
// tags VB or NNP (the marks alone took GUM accuracy from 90.07% to 90.79%,
// and news from 90.90% to 92.36%); a lone 0 is a number, not an empty
// element; and a sentence's capitalized first word the dictionary lacks is
// looked up in lower case for a verb (tagSequence). The weights are
// decoded once from prose's embedded assets into a compact open-addressing
// table keyed by a 64-bit FNV-1a hash of each feature string, so tagging
// builds no strings and allocates nothing per token.

// tagModel is the loaded tagger. It is immutable once built.
type featureSlot struct {
	key uint64
	off uint32
	n   uint32
}

type classWeight struct {
	w     float32 // prose's weights have three decimals; float32 keeps them to 1e-7
	class uint8
}

type tagModel struct {
	classes []Tag
	// slots is an open-addressing table of feature hashes (0 marks an empty
	// slot); a feature's weights are entries[off:off+n].
	slots   []featureSlot
	entries []classWeight
	mask    uint64
	tagDict map[string]Tag // frequent unambiguous words and their tags
	// The features that depend only on the two previous tags (bias, i-1 tag,
	// i-2 tag, i tag+i-2 tag), summed for every pair of previous tags:
	// pairScores[(p1*numContextTags+p2)*len(classes):][:len(classes)].
	pairScores  []float64
	pairTouched []uint64
}

// Context tags: every Tag, then prose's two start markers.
const (
	startTag1      = int(CloseParen) + 1 // -START-
	startTag2      = startTag1 + 1       // -START2-
	numContextTags = startTag2 + 1
)

func contextTagName(t int) string {
	switch t {
	case startTag1:
		return startTags[0]
	case startTag2:
		return startTags[1]
	}
	return Tag(t).String()
}

var loadTagModel = sync.OnceValues(func() (*tagModel, error) {
	var classes []string
	var tags map[string]string
	var weights map[string]map[string]float64
	for _, x := range []struct {
		name string
		into any
	}{
		{"model/AveragedPerceptron/classes.gob", &classes},
		{"model/AveragedPerceptron/tags.gob", &tags},
		{"model/AveragedPerceptron/weights.gob", &weights},
	} {
		raw, err := prose.Asset(x.name)
		if err != nil {
			return nil, fmt.Errorf("article: tagger model: %w", err)
		}
		if err := gob.NewDecoder(bytes.NewReader(raw)).Decode(x.into); err != nil {
			return nil, fmt.Errorf("article: tagger model %s: %w", x.name, err)
		}
	}
	if len(classes) > 64 {
		return nil, fmt.Errorf("article: tagger model: %d classes, at most 64 supported", len(classes))
	}
	m := &tagModel{tagDict: make(map[string]Tag, len(tags))}
	classIndex := map[string]uint8{}
	for _, c := range classes {
		t, ok := ParseTag(c)
		if !ok {
			return nil, fmt.Errorf("article: tagger model: unknown tag %q", c)
		}
		classIndex[c] = uint8(len(m.classes))
		m.classes = append(m.classes, t)
	}
	for w, c := range tags {
		t, ok := ParseTag(c)
		if !ok {
			return nil, fmt.Errorf("article: tagger model: unknown tag %q", c)
		}
		m.tagDict[w] = t
	}
	size := 1
	for size < len(weights)*2 {
		size <<= 1
	}
	m.slots = make([]featureSlot, size)
	m.mask = uint64(size - 1)
	for feat, ws := range weights {
		h := fnvString(fnvOffset, feat)
		if h == 0 {
			h = 1
		}
		slot := h & m.mask
		for m.slots[slot].key != 0 {
			if m.slots[slot].key == h {
				return nil, fmt.Errorf("article: tagger model: feature hash collision on %q", feat)
			}
			slot = (slot + 1) & m.mask
		}
		off := uint32(len(m.entries))
		for c, w := range ws {
			ci, ok := classIndex[c]
			if !ok || w == 0 {
				continue
			}
			m.entries = append(m.entries, classWeight{float32(w), ci})
		}
		m.slots[slot] = featureSlot{h, off, uint32(len(m.entries)) - off}
	}
	nc := len(m.classes)
	m.pairScores = make([]float64, numContextTags*numContextTags*nc)
	m.pairTouched = make([]uint64, numContextTags*numContextTags)
	for p1 := 0; p1 < numContextTags; p1++ {
		for p2 := 0; p2 < numContextTags; p2++ {
			k := p1*numContextTags + p2
			scores := m.pairScores[k*nc : (k+1)*nc]
			n1, n2 := contextTagName(p1), contextTagName(p2)
			for _, f := range []string{"bias", "i-1 tag " + n1, "i-2 tag " + n2, "i tag+i-2 tag " + n1 + " " + n2} {
				m.pairTouched[k] |= m.addFeature(scores, fnvString(fnvOffset, f))
			}
		}
	}
	return m, nil
})

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func fnvString(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

func fnvBytes(h uint64, s []byte) uint64 {
	for _, c := range s {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

// The feature templates, hashed with the space that follows them.
var (
	fSuffix    = fnvString(fnvOffset, "i suffix ")
	fPref1     = fnvString(fnvOffset, "i pref1 ")
	fWord      = fnvString(fnvOffset, "i word ")
	fTagWord   = fnvString(fnvOffset, "i-1 tag+i word ")
	fPrevWord  = fnvString(fnvOffset, "i-1 word ")
	fPrevSuf   = fnvString(fnvOffset, "i-1 suffix ")
	fPrev2Word = fnvString(fnvOffset, "i-2 word ")
	fNextWord  = fnvString(fnvOffset, "i+1 word ")
	fNextSuf   = fnvString(fnvOffset, "i+1 suffix ")
	fNext2Word = fnvString(fnvOffset, "i+2 word ")
)

var (
	noneRE = regexp.MustCompile(`^(?:\*[\w?]\*|\*\-\d{1,3}|\*[A-Z]+\*\-\d{1,3}|\*)$`)
	keepRE = regexp.MustCompile(`^\-[A-Z]{3}\-$`)
)

// tagScratch holds the buffers one tagging call reuses.
type tagScratch struct {
	words  []byte // the words as the model sees them (curly quotes made straight)
	wordAt []int  // offsets into words; word k is words[wordAt[k]:wordAt[k+1]]
	low    []byte // a sentence's first word in lower case
	norm   []byte // the normalised context, -START- … -END2-
	normAt []int
	scores []float64
	names  []string // capitalized words inside a sentence read as names, not verbs (Khaled)
}

var scratchPool = sync.Pool{New: func() any { return new(tagScratch) }}

// Tag assigns part-of-speech tags to the tokens of an article parsed with
// WithTagging(false). It does nothing if the article is already tagged.
func (a *Article) Tag() {
	if !a.Tagged {
		a.tag()
	}
}

// tag assigns a part-of-speech tag to every token, sentence by sentence.
func (a *Article) tag() {
	m, err := loadTagModel()
	if err != nil {
		return // the model is embedded; this only happens if prose changes its assets
	}
	s := scratchPool.Get().(*tagScratch)
	defer scratchPool.Put(s)
	s.names = s.names[:0]
	for _, sent := range a.Sentences {
		s.words = s.words[:0]
		s.wordAt = append(s.wordAt[:0], 0)
		for _, t := range a.Tokens[sent.Tokens.First:sent.Tokens.Last] {
			switch t.Kind {
			case OpenQuote:
				s.words = append(s.words, "``"...)
			case CloseQuote:
				s.words = append(s.words, "''"...)
			default:
				s.words = appendModelForm(s.words, a.Text[t.Start:t.End])
			}
			s.wordAt = append(s.wordAt, len(s.words))
		}
		m.tagSequence(s, a.Tokens[sent.Tokens.First:sent.Tokens.Last])
	}
	if len(s.names) > 0 {
		a.namesOpening(s.names)
	}
	a.Tagged = true
}

// namesOpening tags a proper noun a capitalized word opening a sentence,
// read as a verb by its ending, that the tagger read as a name inside a
// sentence for the same reason, which names holds (her husband Khaled …
// Khaled, 38, said).
func (a *Article) namesOpening(names []string) {
	set := make(map[string]bool, len(names)) // (a set: a text may read thousands of such names)
	for _, n := range names {
		set[n] = true
	}
	for _, sent := range a.Sentences {
		if t := &a.Tokens[sent.Tokens.First]; t.Tag.IsVerb() && set[a.Text[t.Start:t.End]] {
			t.Tag = NNP
		}
	}
}

// TagWords tags a sequence of words, such as the gold tokens of a treebank
// sentence, with the same model Parse uses, and returns one tag per word.
func TagWords(words []string) ([]Tag, error) {
	m, err := loadTagModel()
	if err != nil {
		return nil, err
	}
	s := new(tagScratch)
	s.wordAt = append(s.wordAt, 0)
	open := false
	for _, w := range words {
		switch w {
		case "“", "``":
			s.words = append(s.words, "``"...)
		case "”", "''":
			s.words = append(s.words, "''"...)
		case "\"":
			// A straight mark opens or closes by turns.
			if open = !open; open {
				s.words = append(s.words, "``"...)
			} else {
				s.words = append(s.words, "''"...)
			}
		default:
			s.words = appendModelForm(s.words, w)
		}
		s.wordAt = append(s.wordAt, len(s.words))
	}
	toks := make([]Token, len(words))
	m.tagSequence(s, toks)
	s.names = s.names[:0]
	tags := make([]Tag, len(words))
	for i, t := range toks {
		tags[i] = t.Tag
	}
	return tags, nil
}

// appendModelForm appends w as prose's tokenizer would present it to the
// model: curly double quotes become ", curly single quotes and apostrophes
// '; and, unlike prose, as the treebank the model learned from writes
// them: dashes --, an ellipsis ..., square and curly brackets round ones.
func appendModelForm(dst []byte, w string) []byte {
	switch w {
	case "—", "–", "―":
		return append(dst, "--"...) // the treebank's dash, which the model knows
	case "…":
		return append(dst, "..."...)
	case "[", "{":
		return append(dst, '(') // the model knows round brackets only
	case "]", "}":
		return append(dst, ')')
	}
	for i := 0; i < len(w); {
		c := w[i]
		if c == 0xE2 && i+2 < len(w) && w[i+1] == 0x80 {
			switch w[i+2] {
			case 0x9C, 0x9D: // “ ”
				dst = append(dst, '"')
				i += 3
				continue
			case 0x98, 0x99: // ‘ ’
				dst = append(dst, '\'')
				i += 3
				continue
			}
		}
		dst = append(dst, c)
		i++
	}
	return dst
}

// appendNormalized appends prose's normalize(word): !HYPHEN, !YEAR, !DIGITS
// or the word in lower case.
func appendNormalized(dst []byte, w []byte) []byte {
	if len(w) == 0 {
		return dst
	}
	if w[0] != '-' && bytes.IndexByte(w, '-') >= 0 {
		return append(dst, "!HYPHEN"...)
	}
	if len(w) == 4 && isAtoi(w) {
		return append(dst, "!YEAR"...)
	}
	if w[0] >= '0' && w[0] <= '9' {
		return append(dst, "!DIGITS"...)
	}
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, n := utf8.DecodeRune(w[i:])
		dst = utf8.AppendRune(dst, unicode.ToLower(r)) // invalid bytes become U+FFFD, as in strings.ToLower
		i += n
	}
	return dst
}

// isAtoi reports whether strconv.Atoi would accept w.
func isAtoi(w []byte) bool {
	if len(w) > 0 && (w[0] == '+' || w[0] == '-') {
		w = w[1:]
	}
	if len(w) == 0 {
		return false
	}
	for _, c := range w {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

func suffix3(b []byte) []byte {
	if len(b) > 3 {
		return b[len(b)-3:]
	}
	return b
}

var (
	startTags = [2]string{"-START-", "-START2-"}
	endWords  = [2]string{"-END-", "-END2-"}
)

// tagSequence tags toks, whose model forms are in s.words, exactly as
// prose's perceptronTagger.tag does for a document of those words, but
// for a sentence's first word (see above).
func (m *tagModel) tagSequence(s *tagScratch, toks []Token) {
	n := len(toks)
	// The context: two start markers, the normalised words, two end markers.
	s.norm = s.norm[:0]
	s.normAt = append(s.normAt[:0], 0)
	for _, w := range startTags {
		s.norm = append(s.norm, w...)
		s.normAt = append(s.normAt, len(s.norm))
	}
	for k := 0; k < n; k++ {
		s.norm = appendNormalized(s.norm, s.words[s.wordAt[k]:s.wordAt[k+1]])
		s.normAt = append(s.normAt, len(s.norm))
	}
	for _, w := range endWords {
		s.norm = append(s.norm, w...)
		s.normAt = append(s.normAt, len(s.norm))
	}
	ctx := func(k int) []byte { return s.norm[s.normAt[k]:s.normAt[k+1]] }
	if cap(s.scores) < len(m.classes) {
		s.scores = make([]float64, len(m.classes))
	}
	scores := s.scores[:len(m.classes)]
	p1, p2 := startTag1, startTag2
	titled := 0 // whether the sentence is in title case: 0 not read yet, 1 no, 2 yes
	for k := 0; k < n; k++ {
		w := s.words[s.wordAt[k]:s.wordAt[k+1]]
		tag, special := m.specialTag(w)
		if !special {
			var found bool
			if tag, found = m.tagDict[string(w)]; !found {
				// A sentence's first word is capitalized whatever it is:
				// "Adding", "Says" are the verbs the dictionary knows
				// lower case, unless a capitalized word follows (Says
				// Dorothy Pennock reads as a name either way).
				if k == 0 && len(w) > 1 && w[0] >= 'A' && w[0] <= 'Z' && (k+1 >= n || !capitalized(s.words[s.wordAt[k+1]:s.wordAt[k+2]])) {
					low := append(s.low[:0], w...)
					low[0] += 'a' - 'A'
					s.low = low
					// Verbs only: "Heath said" keeps its name.
					if t, ok := m.tagDict[string(low)]; ok && (t == VBD || t == VBG || t == VBZ) {
						tag, found = t, true
					}
				}
				if !found {
					tag = m.predict(w, ctx, k+2, p1, p2, scores)
					// Khaled, Ahmed: a capitalized word inside the
					// sentence that the dictionary knows in no case,
					// read as a verb by its ending, is a name
					if k > 0 && tag.IsVerb() && len(w) > 1 && capitalized(w) && !capitalized(w[1:]) && !opening(s.words[s.wordAt[k-1]:s.wordAt[k]]) &&
						!m.knownLower(s, w) {
						if titled == 0 {
							titled = 1
							if s.titled(n) {
								titled = 2
							}
						}
						if titled == 1 {
							tag = NNP
							s.names = append(s.names, string(w))
						}
					}
				}
			}
		}
		toks[k].Tag = tag
		p2 = p1
		p1 = int(tag)
	}
}

// specialTag applies prose's rules for tokens tagged without the model.
func (m *tagModel) specialTag(w []byte) (Tag, bool) {
	if len(w) == 1 && w[0] == '-' {
		return HyphenTag, true
	}
	if bytes.IndexByte(w, '.') >= 0 && commonregex.LinkRegex.Match(w) ||
		bytes.IndexByte(w, '@') >= 0 && (w[0] == '@' || commonregex.EmailRegex.Match(w)) {
		return NN, true
	}
	// prose tags the treebank's empty elements -NONE-, "0" among them;
	// in text a lone 0 is the number (won 2-0).
	if len(w) > 0 && w[0] == '*' && noneRE.Match(w) {
		return NoneTag, true
	}
	if len(w) == 5 && w[0] == '-' && keepRE.Match(w) {
		if t, ok := ParseTag(string(w)); ok {
			return t, true
		}
	}
	return NoTag, false
}

// addFeature adds the weights of feature hash h to scores and returns the
// classes it scored as a bit set.
func (m *tagModel) addFeature(scores []float64, h uint64) (touched uint64) {
	fs, ok := m.feature(h)
	if !ok {
		return 0
	}
	for _, e := range m.entries[fs.off : fs.off+fs.n] {
		scores[e.class] += float64(e.w)
		touched |= 1 << e.class
	}
	return touched
}

// feature returns the slot of feature hash h in the table, and whether
// the model has the feature.
func (m *tagModel) feature(h uint64) (featureSlot, bool) {
	if h == 0 {
		h = 1
	}
	for slot := h & m.mask; m.slots[slot].key != 0; slot = (slot + 1) & m.mask {
		if m.slots[slot].key == h {
			return m.slots[slot], true
		}
	}
	return featureSlot{}, false
}

// predict scores the classes for the word at context position i (prose's
// featurize and predict) and returns the best.
func (m *tagModel) predict(w []byte, ctx func(int) []byte, i int, p1, p2 int, scores []float64) Tag {
	nc := len(m.classes)
	k := p1*numContextTags + p2
	copy(scores, m.pairScores[k*nc:(k+1)*nc])
	touched := m.pairTouched[k] // prose only considers classes some feature scored
	add := func(h uint64) { touched |= m.addFeature(scores, h) }
	sp := func(h uint64) uint64 { h ^= ' '; return h * fnvPrime }
	var pref [4]byte
	pb := utf8.AppendRune(pref[:0], rune(w[0])) // string(w[0]) in Go converts the byte as a rune
	add(fnvBytes(fSuffix, suffix3(w)))
	add(fnvBytes(fPref1, pb))
	add(fnvBytes(fWord, ctx(i)))
	add(fnvBytes(sp(fnvString(fTagWord, contextTagName(p1))), ctx(i)))
	add(fnvBytes(fPrevWord, ctx(i-1)))
	add(fnvBytes(fPrevSuf, suffix3(ctx(i-1))))
	add(fnvBytes(fPrev2Word, ctx(i-2)))
	add(fnvBytes(fNextWord, ctx(i+1)))
	add(fnvBytes(fNextSuf, suffix3(ctx(i+1))))
	add(fnvBytes(fNext2Word, ctx(i+2)))
	best, bestScore := 0, math.Inf(-1)
	for c, v := range scores {
		if touched&(1<<c) != 0 && v > bestScore {
			best, bestScore = c, v
		}
	}
	return m.classes[best]
}

// knownLower reports whether the model learned capitalized word w in
// lower case: the dictionary holds it (the unambiguous words: "using"),
// or a weight of the word feature (the others: "make").
func (m *tagModel) knownLower(s *tagScratch, w []byte) bool {
	low := appendNormalized(s.low[:0], w)
	s.low = low
	if _, ok := m.tagDict[string(low)]; ok {
		return true
	}
	_, ok := m.feature(fnvBytes(fWord, low))
	return ok
}

// titled reports whether the sentence of n words in s is written in title
// case, most of its words capitalized: there a capital says nothing (How
// to Hypnotize a Chicken). Read once a sentence, where a rule asks, not
// for every sentence.
func (s *tagScratch) titled(n int) bool {
	caps, words := 0, 0
	for k := 0; k < n; k++ {
		if w := s.words[s.wordAt[k]:s.wordAt[k+1]]; len(w) > 0 && (w[0] >= 'a' && w[0] <= 'z' || w[0] >= 'A' && w[0] <= 'Z') {
			words++
			if capitalized(w) {
				caps++
			}
		}
	}
	return 2*caps > words
}

// opening reports whether w opens words of their own inside a sentence:
// a quotation mark, a bracket, a colon or a dash (he said: “Adding …”).
func opening(w []byte) bool {
	switch string(w) {
	case "``", "\"", "'", "(", ":", "--", "-", "«":
		return true
	}
	return false
}

// capitalized reports whether w starts with an ASCII capital letter.
func capitalized(w []byte) bool { return len(w) > 0 && w[0] >= 'A' && w[0] <= 'Z' }
