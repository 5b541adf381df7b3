package whosaid

import (
	"strings"
	"testing"

	"github.com/whosaid/whosaid/internal/sample"
)

// BenchmarkAnalyze is the full pipeline: structure, tokens, sentences,
// tags, entities, clusters and quotes.
func BenchmarkAnalyze(b *testing.B) {
	text := sample.Article(b, 256<<10)
	if _, err := Analyze("Warm up, said Ann Lee in Leeds."); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Analyze(text); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkProseNewDocument is prose v2's full pipeline on the same text,
// its model loaded once (a 64 KiB slice: prose is slow; MB/s compare).
func BenchmarkProseNewDocument(b *testing.B) {
	sample.ProseNewDocument(b, sample.Article(b, 256<<10)[:64<<10])
}

// BenchmarkAnalyzeHTML is Analyze with HTML() on the sample article as a
// page: paragraphs in <p>, quotation marks as character references.
func BenchmarkAnalyzeHTML(b *testing.B) {
	text := sample.Article(b, 256<<10)
	var page strings.Builder
	page.WriteString("<!DOCTYPE html><html><head><title>Sample</title></head><body>\n")
	for _, p := range strings.Split(text, "\n\n") {
		p = strings.NewReplacer("“", "&ldquo;", "”", "&rdquo;", "’", "&rsquo;", "&", "&amp;").Replace(p)
		page.WriteString("<p>" + p + "</p>\n")
	}
	page.WriteString("</body></html>\n")
	html := page.String()
	b.SetBytes(int64(len(html)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Analyze(html, HTML()); err != nil {
			b.Fatal(err)
		}
	}
}
