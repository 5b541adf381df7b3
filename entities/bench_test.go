package entities

import (
	"fmt"
	"strings"
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

// BenchmarkManyNames is 1 MB naming tens of thousands of different people
// who share given names: clustering must stay linear in the clusters.
func BenchmarkManyNames(b *testing.B) {
	first := []string{"Ann", "Bob", "Carl", "Dana", "Eric", "Fay", "Gus", "Hana", "Ivan", "Jill"}
	var sb strings.Builder
	for i := 0; sb.Len() < 1<<20; i++ {
		fmt.Fprintf(&sb, "%s Zorb%d met %s Quil%d in Leeds. Zorb%d spoke.\n\n", first[i%10], i, first[(i+3)%10], i, i)
	}
	a, err := article.Parse(sb.String())
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(sb.Len()))
	for b.Loop() {
		Recognize(a)
	}
}

// BenchmarkOneNameOften is 1 MB naming two people over and over, mostly by
// surname: each short name finds its person's nearest full name by a
// binary search, not a scan of the mentions so far.
func BenchmarkOneNameOften(b *testing.B) {
	text := strings.Repeat("Donald Dravick met Harriet Carrow in Ohio. Dravick spoke and Carrow replied.\n\n", 14000)
	a, err := article.Parse(text)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Recognize(a)
	}
}
