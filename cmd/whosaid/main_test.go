package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRunJSON(t *testing.T) {
	var out, errOut bytes.Buffer
	code := run([]string{"-tokens", filepath.Join("..", "..", "testdata", "sample-article.txt")}, nil, &out, &errOut)
	require.Equal(t, 0, code, errOut.String())
	var r map[string]any
	require.NoError(t, json.Unmarshal(out.Bytes(), &r))
	for _, key := range []string{"file", "headline", "byline", "dateline", "paragraphs", "sentences", "tokens", "entities", "quotes"} {
		assert.Contains(t, r, key)
	}
	raw, err := os.ReadFile(filepath.Join("..", "..", "testdata", "sample-article.txt"))
	require.NoError(t, err)
	// Every span's text is the input's bytes at its offsets.
	for _, key := range []string{"paragraphs", "sentences", "tokens"} {
		for _, v := range r[key].([]any) {
			s := v.(map[string]any)
			start, end := int(s["start"].(float64)), int(s["end"].(float64))
			assert.Equal(t, string(raw[start:end]), s["text"])
		}
	}
}

func TestRunStdinAndFormats(t *testing.T) {
	for _, format := range []string{"json", "jsonl", "text"} {
		var out, errOut bytes.Buffer
		code := run([]string{"-format", format}, strings.NewReader("Storm closes ports\n\nThe port closed, officials said."), &out, &errOut)
		assert.Equal(t, 0, code, errOut.String())
		assert.Contains(t, out.String(), "Storm closes ports")
	}
	var out, errOut bytes.Buffer
	code := run([]string{}, strings.NewReader(""), &out, &errOut)
	assert.Equal(t, 0, code, "empty input is an empty article")
}

func TestTextInnerQuotation(t *testing.T) {
	var out, errOut bytes.Buffer
	text := "Mayor Ann Lee spoke.\n\n“He asked me, ‘What can I do for the town?’ and I told him,” Lee said."
	code := run([]string{"-format", "text"}, strings.NewReader(text), &out, &errOut)
	require.Equal(t, 0, code, errOut.String())
	got := out.String()
	assert.Contains(t, got, "inner    What can I do for the town?", "words quoted inside a quotation stand under its speaker")
	assert.NotContains(t, got, "(no speaker found)")
}

// An inner quotation whose own speaker the outer one names stands under
// that speaker, still marked inner.
func TestTextInnerQuotationSpeaker(t *testing.T) {
	var out, errOut bytes.Buffer
	text := "Mayor Ann Lee spoke.\n\n“My father used to say, ‘The sea gives back,’ and he was right,” Lee said."
	code := run([]string{"-format", "text"}, strings.NewReader(text), &out, &errOut)
	require.Equal(t, 0, code, errOut.String())
	assert.Contains(t, out.String(), "  My father\n    inner    The sea gives back  [My father say]")
}

func TestTextCueAndSpeakerInTextOrder(t *testing.T) {
	var out, errOut bytes.Buffer
	text := "Talks\n\n“We are ready,” said Ann Lee. According to a report by the council, the roads are slower. Tom Hale said the vote was rushed."
	code := run([]string{"-format", "text"}, strings.NewReader(text), &out, &errOut)
	require.Equal(t, 0, code, errOut.String())
	got := out.String()
	assert.Contains(t, got, "[said Ann Lee]")
	assert.Contains(t, got, "[According to a report by the council]")
	assert.Contains(t, got, "[Tom Hale said]")
}

func TestRunBadFilesGoOn(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.txt"), []byte("A fine article."), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "b.txt"), []byte("bin\x00ary"), 0o644))
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "sub"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "sub", "c.md"), []byte(strings.Repeat("big ", 100)), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "skip.png"), []byte("x"), 0o644))
	var out, errOut bytes.Buffer
	code := run([]string{"-format", "jsonl", "-max-bytes", "200", dir}, nil, &out, &errOut)
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut.String(), "b.txt")
	assert.Contains(t, errOut.String(), "binary")
	assert.Contains(t, errOut.String(), "c.md")
	assert.Contains(t, errOut.String(), "too large")
	assert.Equal(t, 1, strings.Count(out.String(), "\n"), "the good file is still printed")
	assert.Contains(t, out.String(), "A fine article.")
}

func TestRunUnknownFormat(t *testing.T) {
	var out, errOut bytes.Buffer
	assert.Equal(t, 2, run([]string{"-format", "xml"}, nil, &out, &errOut))
}

func TestRunHTML(t *testing.T) {
	dir := t.TempDir()
	page := "<html><body><h1>Talks stall</h1><p>&ldquo;We are not ready,&rdquo; said Omar Feld.</p></body></html>"
	require.NoError(t, os.WriteFile(filepath.Join(dir, "page.html"), []byte(page), 0o644))
	var out, errOut bytes.Buffer
	require.Equal(t, 0, run([]string{"-format", "jsonl", dir}, nil, &out, &errOut), errOut.String())
	var r struct {
		Headline struct{ Start, End int }
		Quotes   []struct {
			Content     struct{ Start, End int }
			SpeakerName string `json:"speaker_name"`
		}
	}
	require.NoError(t, json.Unmarshal(out.Bytes(), &r))
	assert.Equal(t, "Talks stall", page[r.Headline.Start:r.Headline.End])
	require.Len(t, r.Quotes, 1)
	assert.Equal(t, "We are not ready", page[r.Quotes[0].Content.Start:r.Quotes[0].Content.End])
	assert.Equal(t, "Omar Feld", r.Quotes[0].SpeakerName)

	// Read as plain text, the markup stays words of the article.
	out.Reset()
	require.Equal(t, 0, run([]string{"-format", "text", "-html", "no", filepath.Join(dir, "page.html")}, nil, &out, &errOut))
	assert.Contains(t, out.String(), "<h1>")
	out.Reset()
	require.Equal(t, 0, run([]string{"-format", "text", filepath.Join(dir, "page.html")}, nil, &out, &errOut))
	assert.Contains(t, out.String(), "“We are not ready,” said Omar Feld.")
	assert.Equal(t, 2, run([]string{"-html", "maybe"}, nil, &out, &errOut))
}
