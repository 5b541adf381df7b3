package entities

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jdkato/prose/v2"
	"github.com/whosaid/whosaid/article"
)

func benchText(b *testing.B) string {
	raw, err := os.ReadFile(filepath.Join("..", "testdata", "sample-article.txt"))
	if err != nil {
		b.Fatal(err)
	}
	return strings.Repeat(string(raw)+"\n\n", (256<<10)/len(raw)+1)
}

// BenchmarkParseTagEntities is the whole path to entities: structure,
// tokens, sentences, part-of-speech tags, mentions and clusters.
func BenchmarkParseTagEntities(b *testing.B) {
	text := benchText(b)
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
	text := benchText(b)[:64<<10]
	model := prose.ModelFromData("bench")
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		if _, err := prose.NewDocument(text, prose.UsingModel(model)); err != nil {
			b.Fatal(err)
		}
	}
}
