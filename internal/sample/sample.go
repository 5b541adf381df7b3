// Package sample gives the benchmarks of every package the same text: the
// project's bundled sample article (testdata/sample-article.txt), repeated
// to a size.
package sample

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/jdkato/prose/v2"
)

// Article returns the sample article repeated, paragraphs apart, to at
// least size bytes. It fails tb if the file cannot be read.
func Article(tb testing.TB, size int) string {
	tb.Helper()
	_, here, _, _ := runtime.Caller(0)
	raw, err := os.ReadFile(filepath.Join(filepath.Dir(here), "..", "..", "testdata", "sample-article.txt"))
	if err != nil {
		tb.Fatal(err)
	}
	return strings.Repeat(string(raw)+"\n\n", size/len(raw)+1)
}

// ProseNewDocument measures prose v2's full NewDocument (tokens, sentences,
// tags, entities) on text, with its model loaded once, outside the loop.
func ProseNewDocument(b *testing.B, text string) {
	m := prose.ModelFromData("bench")
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := prose.NewDocument(text, prose.UsingModel(m)); err != nil {
			b.Fatal(err)
		}
	}
}
