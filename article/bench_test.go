package article

import (
	"testing"

	"github.com/jdkato/prose/v2"
	"github.com/whosaid/whosaid/internal/sample"
)

func BenchmarkParse(b *testing.B) {
	text := sample.Article(b, 256<<10)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(text, WithTagging(false)); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkTokenize(b *testing.B) {
	text := sample.Article(b, 256<<10)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Tokenize(text)
	}
}

func BenchmarkProseTokenize(b *testing.B) {
	text := sample.Article(b, 256<<10)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := prose.NewDocument(text, prose.WithSegmentation(false), prose.WithTagging(false), prose.WithExtraction(false)); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkProseSegment(b *testing.B) {
	text := sample.Article(b, 256<<10)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := prose.NewDocument(text, prose.WithTokenization(false), prose.WithTagging(false), prose.WithExtraction(false)); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseTagged(b *testing.B) {
	text := sample.Article(b, 256<<10)
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
	text := sample.Article(b, 256<<10)
	model := prose.ModelFromData("bench")
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := prose.NewDocument(text, prose.UsingModel(model), prose.WithSegmentation(false), prose.WithExtraction(false)); err != nil {
			b.Fatal(err)
		}
	}
}
