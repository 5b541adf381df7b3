package whosaid

import "github.com/whosaid/whosaid/article"

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
	Entities   []any           `json:"entities"`
	Quotes     []any           `json:"quotes"`
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
		Entities:   []any{},
		Quotes:     []any{},
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
	if tokens {
		r.Tokens = make([]TokenJSON, len(a.Tokens))
		for i, t := range a.Tokens {
			r.Tokens[i] = TokenJSON{SpanJSON: spanJSON(a.Text, t.Span), Kind: t.Kind.String(), Tag: t.Tag.String()}
		}
	}
	return r
}
