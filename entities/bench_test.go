package entities

import (
	"testing"

	"github.com/whosaid/whosaid/article"
	"github.com/whosaid/whosaid/internal/sample"
)

// BenchmarkParseTagEntities is the whole path to entities: structure,
// tokens, sentences, part-of-speech tags, mentions and clusters.
func BenchmarkParseTagEntities(b *testing.B) {
	text := sample.Article(b, 256<<10)
	warm, err := article.Parse("Warm up the tagger in Leeds.")
	if err != nil {
		b.Fatal(err)
	}
	Recognize(warm) // load both models before timing
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		a, err := article.Parse(text)
		if err != nil {
			b.Fatal(err)
		}
		Recognize(a)
	}
}

// BenchmarkProseNewDocument is prose v2's full pipeline (tokens, tags,
// sentences, entities) on the same text, its model loaded once.
func BenchmarkProseNewDocument(b *testing.B) {
	sample.ProseNewDocument(b, sample.Article(b, 256<<10)[:64<<10])
}
