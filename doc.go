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
// JSON form the whosaid command prints. With the HTML option Analyze reads
// a web page: it works on the text a reader sees, and every span still
// points into the page.
package whosaid

import (
	"sort"
	"strings"

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

	html bool // analysed with HTML(): spans point into markup
}

// Visible returns the text of span s as a reader sees it: s.Text for plain
// text; for a document analysed with HTML(), the span's markup with tags
// dropped, references decoded and white space collapsed.
func (d *Document) Visible(s article.Span) string {
	t := s.Text(d.Text)
	if !d.html {
		return t
	}
	return article.VisibleText(t)
}

// Option changes what Analyze does.
type Option func(*config)

type config struct {
	articleOpts []article.Option
	structure   bool
	html        bool
	stances     bool
	quoteOpts   []quotes.Option
}

// HTML reads the text as an HTML page: the pipeline runs on its visible
// text (article.HTMLText: tags dropped, block tags as paragraph breaks,
// script and style skipped, character references decoded), and every span
// of the result points into the page as given, so Text is the HTML and a
// span's text is the markup it covers (&ldquo;We are ready,&rdquo;).
// Speaker and cluster names are the visible words.
func HTML() Option { return func(c *config) { c.html = true } }

// StructureOnly stops Analyze after structure, tokens and sentences: no
// part-of-speech tags, entities or quotes. It is the fast path for users who
// only need the text's layout.
func StructureOnly() Option {
	return func(c *config) {
		c.structure = true
		c.articleOpts = append(c.articleOpts, article.WithTagging(false))
	}
}

// Stances makes Analyze add stance attributions to the quotes: a source's
// stance, belief or topic reported with no words of theirs ("Dravick's
// support for the wall", "Sandell talked about Wall Street"), kind
// quotes.Stance, found by a learned model (see package quotes); one that
// holds the source's words in marks is a mixed quotation. Off by default:
// stances are not quotations (those mixed ones are found without it too).
func Stances() Option { return func(c *config) { c.stances = true } }

// WithQuoteOptions passes opts to quotes.Find: models of the caller's
// (quotes.WithBoundsModel, quotes.WithStanceModel), trained by
// whosaid-train or quotes.TrainBounds and quotes.TrainStances on other
// data.
func WithQuoteOptions(opts ...quotes.Option) Option {
	return func(c *config) { c.quoteOpts = append(c.quoteOpts, opts...) }
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
	var m *article.Mapping
	if c.html {
		text, m = article.HTMLText(text)
	}
	a, err := article.Parse(text, c.articleOpts...)
	if err != nil {
		return nil, err
	}
	d := &Document{Article: a, html: c.html}
	if !c.structure {
		d.Entities = entities.Recognize(a)
		qo := c.quoteOpts
		if c.stances {
			qo = append(qo[:len(qo):len(qo)], quotes.WithStances())
		}
		d.Quotes = quotes.Find(a, d.Entities, qo...)
		learnGender(d)
	}
	if m != nil {
		a.Remap(m)
		if d.Entities != nil {
			d.Entities.Remap(m)
		}
		quotes.Remap(d.Quotes, m)
	}
	return d, nil
}

// learnGender gives a person cluster with no gender from a title or a
// given name the one its quotations' pronouns show: "Feld …" then “…,” he
// said makes Feld male, for users counting the gender of sources.
func learnGender(d *Document) {
	for _, q := range d.Quotes {
		if q.SpeakerCluster < 0 || q.SpeakerCluster >= len(d.Entities.Clusters) {
			continue
		}
		c := &d.Entities.Clusters[q.SpeakerCluster]
		if c.Gender != "" || c.Label != entities.Person {
			continue
		}
		switch strings.ToLower(q.Speaker.Text(d.Text)) {
		case "he":
			c.Gender = "male"
		case "she":
			c.Gender = "female"
		}
	}
}

// About returns the entity clusters a quotation's words mention, in order
// of first mention and each once, leaving out the speaker's own cluster:
// whom the speaker talks about. It is empty without entities.
func (d *Document) About(q quotes.Quote) []int {
	about := []int{}
	if d.Entities == nil {
		return about
	}
	ms := d.Entities.Mentions // in text order
	seen := map[int]bool{q.SpeakerCluster: true}
	for _, p := range q.Parts {
		i := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= p.Start })
		for ; i < len(ms) && ms[i].End <= p.End; i++ {
			if c := ms[i].Cluster; !seen[c] {
				seen[c] = true
				about = append(about, c)
			}
		}
	}
	return about
}
