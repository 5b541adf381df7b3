package main

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/whosaid/whosaid"
	"github.com/whosaid/whosaid/internal/corpus"
)

// TestAnalyzeEach: every article is analysed with its own options and
// handed over in order, whatever order the cores finish in; an article
// that cannot be analysed stops it with its name.
func TestAnalyzeEach(t *testing.T) {
	var docs []corpus.PolNeARDoc
	var opts [][]whosaid.Option
	for i := range 40 {
		docs = append(docs, corpus.PolNeARDoc{Name: fmt.Sprint(i), Text: fmt.Sprintf("“We are ready for round %d,” Mayor Nora Quist said.", i)})
		opts = append(opts, nil)
		if i%2 == 1 {
			opts[i] = []whosaid.Option{whosaid.StructureOnly()}
		}
	}
	var got []string
	err := analyzeEach(docs, opts, func(d corpus.PolNeARDoc, doc *whosaid.Document) {
		got = append(got, d.Name)
		assert.Equal(t, d.Text, doc.Article.Text)
		want, err := whosaid.Analyze(d.Text, opts[len(got)-1]...)
		require.NoError(t, err)
		assert.Equal(t, want.Quotes, doc.Quotes, d.Name)
	})
	require.NoError(t, err)
	require.Len(t, got, len(docs))
	for i, name := range got {
		assert.Equal(t, docs[i].Name, name)
	}

	docs[5].Text = "\x00\x01\x02 binary"
	err = analyzeEach(docs, opts, func(corpus.PolNeARDoc, *whosaid.Document) {})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "5:")
}
