package whosaid

import (
	"os"
	"strings"
	"testing"

	"github.com/jdkato/prose/v2"
)

func benchText(b *testing.B) string {
	raw, err := os.ReadFile("testdata/sample-article.txt")
	if err != nil {
		b.Fatal(err)
	}
	return strings.Repeat(string(raw)+"\n\n", (256<<10)/len(raw)+1)
}

// BenchmarkAnalyze is the full pipeline: structure, tokens, sentences,
// tags, entities, clusters and quotes.
func BenchmarkAnalyze(b *testing.B) {
	text := benchText(b)
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
	text := benchText(b)[:64<<10]
	model := prose.ModelFromData("bench")
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		if _, err := prose.NewDocument(text, prose.UsingModel(model)); err != nil {
			b.Fatal(err)
		}
	}
}
