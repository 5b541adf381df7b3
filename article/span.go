package article

// Span is a half-open range [Start, End) of byte offsets into an article's text.
// Every layer of whosaid (paragraphs, tokens, sentences, entities, quotes) is
// made of spans over the one source text, so any result can be highlighted.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Text returns the part of text that s covers.
func (s Span) Text(text string) string { return text[s.Start:s.End] }

// Len returns the number of bytes s covers.
func (s Span) Len() int { return s.End - s.Start }

// Empty reports whether s covers no bytes.
func (s Span) Empty() bool { return s.End <= s.Start }

// Contains reports whether o lies entirely inside s.
func (s Span) Contains(o Span) bool { return o.Start >= s.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Range is a half-open range [First, Last) of indexes into a slice of an
// Article, such as the tokens of a sentence.
type Range struct {
	First int `json:"first"`
	Last  int `json:"last"`
}

// Len returns the number of items in r.
func (r Range) Len() int { return r.Last - r.First }
