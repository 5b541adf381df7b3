package article

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jdkato/prose/v2"
)

// benchText is the project's sample article repeated to about 256 KiB, so
// fixed costs do not dominate.
func benchText(b *testing.B) string {
	raw, err := os.ReadFile(filepath.Join("..", "testdata", "sample-article.txt"))
	if err != nil {
		b.Fatal(err)
	}
	return strings.Repeat(string(raw)+"\n\n", (256<<10)/len(raw)+1)
}

func BenchmarkParse(b *testing.B) {
	text := benchText(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(text, WithTagging(false)); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkTokenize(b *testing.B) {
	text := benchText(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Tokenize(text)
	}
}

func BenchmarkProseTokenize(b *testing.B) {
	text := benchText(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := prose.NewDocument(text, prose.WithSegmentation(false), prose.WithTagging(false), prose.WithExtraction(false)); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkProseSegment(b *testing.B) {
	text := benchText(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := prose.NewDocument(text, prose.WithTokenization(false), prose.WithTagging(false), prose.WithExtraction(false)); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseTagged(b *testing.B) {
	text := benchText(b)
	if _, err := loadTagModel(); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(text); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkProseTokenizeTag(b *testing.B) {
	text := benchText(b)
	model := prose.ModelFromData("bench")
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := prose.NewDocument(text, prose.UsingModel(model), prose.WithSegmentation(false), prose.WithExtraction(false)); err != nil {
			b.Fatal(err)
		}
	}
}
