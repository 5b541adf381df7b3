// Package whosaid reads English news articles and answers who said what,
// about whom. It finds quotations, direct and indirect, links each to its
// speaker, and tags the people, places and organizations an article
// mentions. Every result is a span of byte offsets into the original text.
//
// The work is done in layers, each its own package:
//
//   - article: structure (headline, byline, dateline, captions, credits,
//     boilerplate, paragraphs), tokens, sentences and part-of-speech tags;
//   - entities: people, places and organizations, grouped into clusters;
//   - quotes: direct, indirect and mixed quotations, with cues and speakers.
//
// Analyze runs all of them in one call; Report turns the result into the
// JSON form the whosaid command prints.
package whosaid

import (
	"github.com/whosaid/whosaid/article"
	"github.com/whosaid/whosaid/entities"
	"github.com/whosaid/whosaid/quotes"
)

// Document is an analysed article: the parsed text with every layer. The
// layers turned off by options are nil.
type Document struct {
	*article.Article
	Entities *entities.Result
	Quotes   []quotes.Quote
}

// Option changes what Analyze does.
type Option func(*config)

type config struct {
	articleOpts []article.Option
	structure   bool
}

// StructureOnly stops Analyze after structure, tokens and sentences: no
// part-of-speech tags, entities or quotes. It is the fast path for users who
// only need the text's layout.
func StructureOnly() Option {
	return func(c *config) {
		c.structure = true
		c.articleOpts = append(c.articleOpts, article.WithTagging(false))
	}
}

// WithMaxBytes sets the largest input Analyze accepts (article.DefaultMaxBytes by default).
func WithMaxBytes(n int) Option {
	return func(c *config) { c.articleOpts = append(c.articleOpts, article.WithMaxBytes(n)) }
}

// Analyze parses text and runs every layer on it. Empty text gives an empty
// document; binary or oversized input gives an error (see article.Parse).
// It is safe for concurrent use.
func Analyze(text string, opts ...Option) (*Document, error) {
	var c config
	for _, o := range opts {
		o(&c)
	}
	a, err := article.Parse(text, c.articleOpts...)
	if err != nil {
		return nil, err
	}
	d := &Document{Article: a}
	if c.structure {
		return d, nil
	}
	d.Entities = entities.Recognize(a)
	d.Quotes = quotes.Find(a, d.Entities)
	return d, nil
}
