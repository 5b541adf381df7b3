package article

import (
	"errors"
	"fmt"
	"strings"
)

// DefaultMaxBytes is the largest input Parse accepts unless WithMaxBytes says otherwise.
const DefaultMaxBytes = 32 << 20

// Errors Parse returns, wrapped with details; test for them with errors.Is.
var (
	ErrBinary   = errors.New("article: input is binary")
	ErrTooLarge = errors.New("article: input is too large")
)

// Paragraph is a paragraph of an article: a span of its text with a kind, the
// tokens and sentences it holds, and, for captions, the credits inside it.
type Paragraph struct {
	Span
	Kind      ParagraphKind
	Tokens    Range  // indexes into Article.Tokens
	Sentences Range  // indexes into Article.Sentences
	Credits   []Span // photo or agency credits inside a caption or credit paragraph
}

// Sentence is a sentence of an article: a span of its text, its tokens and
// the index of the paragraph it belongs to.
type Sentence struct {
	Span
	Tokens    Range // indexes into Article.Tokens
	Paragraph int   // index into Article.Paragraphs
}

// Article is a parsed news article. Text is the input, byte for byte; every
// other field is made of spans over it.
type Article struct {
	Text       string
	Paragraphs []Paragraph
	Sentences  []Sentence
	Tokens     []Token
	// Headline, Byline and Dateline are empty spans when the article has none.
	// Dateline is the place line at the start of the first body paragraph
	// (LONDON —), dash included.
	Headline, Byline, Dateline Span
	// Tagged reports whether the tokens carry part-of-speech tags.
	Tagged bool
}

// TokenText returns the text of token i.
func (a *Article) TokenText(i int) string { return a.Tokens[i].Text(a.Text) }

// SentenceOf returns the index of the sentence that holds token i, or -1.
func (a *Article) SentenceOf(i int) int {
	lo, hi := 0, len(a.Sentences)
	for lo < hi {
		m := (lo + hi) / 2
		if a.Sentences[m].Tokens.Last <= i {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(a.Sentences) && a.Sentences[lo].Tokens.First <= i {
		return lo
	}
	return -1
}

// Option changes how Parse works.
type Option func(*config)

type config struct {
	maxBytes int
	tagging  bool
}

// WithMaxBytes sets the largest input Parse accepts (DefaultMaxBytes by
// default). Zero or less means no limit.
func WithMaxBytes(n int) Option { return func(c *config) { c.maxBytes = n } }

// WithTagging turns part-of-speech tagging on or off (on by default). Users
// who only need structure, tokens and sentences can turn it off.
func WithTagging(on bool) Option { return func(c *config) { c.tagging = on } }

// Parse reads an article: it splits text into paragraphs and classifies
// them, tokenizes, segments sentences and, unless WithTagging(false), tags
// parts of speech. Empty input gives an empty article. Input holding a NUL
// byte gives ErrBinary, input over the size limit ErrTooLarge.
func Parse(text string, opts ...Option) (*Article, error) {
	c := config{maxBytes: DefaultMaxBytes, tagging: true}
	for _, o := range opts {
		o(&c)
	}
	if c.maxBytes > 0 && len(text) > c.maxBytes {
		return nil, fmt.Errorf("%w: %d bytes, over the limit of %d", ErrTooLarge, len(text), c.maxBytes)
	}
	if i := strings.IndexByte(text, 0); i >= 0 {
		return nil, fmt.Errorf("%w: NUL byte at offset %d", ErrBinary, i)
	}
	a := &Article{Text: text}
	spans, sameBlock := paragraphSpans(text)
	a.Paragraphs = make([]Paragraph, len(spans))
	a.Tokens = make([]Token, 0, len(text)/5+1)
	for i, s := range spans {
		p := &a.Paragraphs[i]
		p.Span = s
		first := len(a.Tokens)
		a.Tokens = tokenize(text, s.Start, s.End, a.Tokens)
		p.Tokens = Range{first, len(a.Tokens)}
	}
	a.classify(sameBlock)
	a.Sentences = make([]Sentence, 0, len(text)/100+1)
	for i := range a.Paragraphs {
		a.segment(i)
	}
	if c.tagging {
		a.tag()
	}
	return a, nil
}
