package whosaid

import (
	"github.com/whosaid/whosaid/article"
	"github.com/whosaid/whosaid/entities"
	"github.com/whosaid/whosaid/quotes"
)

// SpanJSON is a span as it appears in JSON output: offsets and the text they cover.
type SpanJSON struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// ParagraphJSON is a paragraph in JSON output.
type ParagraphJSON struct {
	SpanJSON
	Kind    string     `json:"kind"`
	Credits []SpanJSON `json:"credits,omitempty"`
}

// TokenJSON is a token in JSON output.
type TokenJSON struct {
	SpanJSON
	Kind string `json:"kind"`
	Tag  string `json:"tag"`
}

// EntityJSON is an entity mention in JSON output.
type EntityJSON struct {
	SpanJSON
	Label       string  `json:"label"`
	Cluster     int     `json:"cluster"`
	Confidence  float64 `json:"confidence"`
	Boilerplate bool    `json:"boilerplate,omitempty"`
	Credit      bool    `json:"credit,omitempty"`
}

// ClusterJSON is an entity cluster in JSON output.
type ClusterJSON struct {
	ID       int    `json:"id"`
	Name     string `json:"name"`
	Label    string `json:"label"`
	Mentions int    `json:"mentions"`
	Title    string `json:"title,omitempty"`
	Gender   string `json:"gender,omitempty"`
}

// QuoteJSON is a quotation in JSON output. Content is the words without
// the quotation marks; SpeakerName is the speaker's cluster name ("Dmitry
// Peskov" for "he" too), or the speaker's words when no cluster matches.
type QuoteJSON struct {
	Kind           string     `json:"kind"` // direct, indirect, mixed, term, or stance (with Stances)
	Content        SpanJSON   `json:"content"`
	Parts          []SpanJSON `json:"parts"`
	Fragments      []SpanJSON `json:"fragments,omitempty"`
	Cue            *SpanJSON  `json:"cue"`
	Speaker        *SpanJSON  `json:"speaker"`
	SpeakerName    string     `json:"speaker_name"`
	SpeakerCluster *int       `json:"speaker_cluster"`
	About          []int      `json:"about"` // clusters mentioned in the words, the speaker's left out
	Paragraph      int        `json:"paragraph"`
	Outer          *int       `json:"outer,omitempty"`
}

// Report is the JSON form of one analysed article, the contract of the
// whosaid command: every offset is a byte offset into the input as read.
type Report struct {
	File       string          `json:"file"`
	Headline   *SpanJSON       `json:"headline"`
	Byline     *SpanJSON       `json:"byline"`
	Dateline   *SpanJSON       `json:"dateline"`
	Paragraphs []ParagraphJSON `json:"paragraphs"`
	Sentences  []SpanJSON      `json:"sentences"`
	Tokens     []TokenJSON     `json:"tokens,omitempty"`
	Entities   []EntityJSON    `json:"entities"`
	Clusters   []ClusterJSON   `json:"clusters"`
	Quotes     []QuoteJSON     `json:"quotes"`
}

func spanJSON(text string, s article.Span) SpanJSON {
	return SpanJSON{Start: s.Start, End: s.End, Text: s.Text(text)}
}

func optionalSpan(text string, s article.Span) *SpanJSON {
	if s.Empty() {
		return nil
	}
	j := spanJSON(text, s)
	return &j
}

// Report returns the JSON form of d, naming it file. With tokens, it lists
// every token with its kind and tag.
func (d *Document) Report(file string, tokens bool) *Report {
	a := d.Article
	r := &Report{
		File:       file,
		Headline:   optionalSpan(a.Text, a.Headline),
		Byline:     optionalSpan(a.Text, a.Byline),
		Dateline:   optionalSpan(a.Text, a.Dateline),
		Paragraphs: make([]ParagraphJSON, len(a.Paragraphs)),
		Sentences:  make([]SpanJSON, len(a.Sentences)),
		Entities:   []EntityJSON{},
		Clusters:   []ClusterJSON{},
		Quotes:     []QuoteJSON{},
	}
	for i, p := range a.Paragraphs {
		r.Paragraphs[i] = ParagraphJSON{SpanJSON: spanJSON(a.Text, p.Span), Kind: p.Kind.String()}
		for _, c := range p.Credits {
			r.Paragraphs[i].Credits = append(r.Paragraphs[i].Credits, spanJSON(a.Text, c))
		}
	}
	for i, s := range a.Sentences {
		r.Sentences[i] = spanJSON(a.Text, s.Span)
	}
	if d.Entities != nil {
		r.Entities, r.Clusters = entitiesJSON(a, d.Entities)
	}
	for _, q := range d.Quotes {
		j := quoteJSON(a.Text, q)
		j.About = d.About(q)
		r.Quotes = append(r.Quotes, j)
	}
	if tokens {
		r.Tokens = make([]TokenJSON, len(a.Tokens))
		for i, t := range a.Tokens {
			r.Tokens[i] = TokenJSON{SpanJSON: spanJSON(a.Text, t.Span), Kind: t.Kind.String(), Tag: t.Tag.String()}
		}
	}
	return r
}

func entitiesJSON(a *article.Article, res *entities.Result) ([]EntityJSON, []ClusterJSON) {
	es := make([]EntityJSON, len(res.Mentions))
	for i, m := range res.Mentions {
		es[i] = EntityJSON{SpanJSON: spanJSON(a.Text, m.Span), Label: m.Label.String(), Cluster: m.Cluster,
			Confidence: float64(int(m.Confidence*1000+0.5)) / 1000, Boilerplate: m.Boilerplate, Credit: m.Credit}
	}
	cs := make([]ClusterJSON, len(res.Clusters))
	for i, c := range res.Clusters {
		cs[i] = ClusterJSON{ID: c.ID, Name: c.Name, Label: c.Label.String(), Mentions: len(c.Mentions), Title: c.Title, Gender: c.Gender}
	}
	return es, cs
}

func spansJSON(text string, ss []article.Span) []SpanJSON {
	out := make([]SpanJSON, len(ss))
	for i, s := range ss {
		out[i] = spanJSON(text, s)
	}
	return out
}

func quoteJSON(text string, q quotes.Quote) QuoteJSON {
	j := QuoteJSON{Kind: q.Kind.String(), Content: spanJSON(text, q.Content), Parts: spansJSON(text, q.Parts),
		Cue: optionalSpan(text, q.Cue), Speaker: optionalSpan(text, q.Speaker), SpeakerName: q.SpeakerName, Paragraph: q.Paragraph}
	if len(q.Fragments) > 0 {
		j.Fragments = spansJSON(text, q.Fragments)
	}
	if q.SpeakerCluster >= 0 {
		c := q.SpeakerCluster
		j.SpeakerCluster = &c
	}
	if q.Outer >= 0 {
		o := q.Outer
		j.Outer = &o
	}
	return j
}
