package quotes

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/whosaid/whosaid/article"
	"github.com/whosaid/whosaid/internal/linear"
)

func TestStances(t *testing.T) {
	text := "“We will not wait,” the mayor said.\n\n" +
		"Councillor Tom Hale has voiced support for a new bridge."
	a, err := article.Parse(text)
	require.NoError(t, err)

	plain := Find(a, nil)
	for _, q := range plain {
		assert.NotEqual(t, Stance, q.Kind, "Find without WithStances reports no stance")
	}

	qs := Find(a, nil, WithStances())
	checkQuotes(t, a, qs)
	var stance *Quote
	for i := range qs {
		if qs[i].Kind == Stance {
			stance = &qs[i]
		}
	}
	require.NotNil(t, stance, "Hale's support is a stance")
	// Where the cue ends and the content starts ("has voiced" | "support
	// for a new bridge", or "has voiced support for" | "a new bridge") is
	// the embedded model's to say.
	assert.True(t, strings.HasPrefix(stance.Cue.Text(text), "has voiced"), stance.Cue.Text(text))
	assert.True(t, strings.HasSuffix(stance.Content.Text(text), "a new bridge"), stance.Content.Text(text))
	assert.LessOrEqual(t, stance.Cue.End, stance.Content.Start)
	assert.Equal(t, "Councillor Tom Hale", stance.Speaker.Text(text))
	assert.Equal(t, "Tom Hale", stance.SpeakerName)
	// The quotations are the same with stances as without.
	var direct []Quote
	for _, q := range qs {
		if q.Kind != Stance {
			direct = append(direct, q)
		}
	}
	require.Len(t, direct, len(plain))
	for i := range plain {
		assert.Equal(t, plain[i].Content, direct[i].Content)
		assert.Equal(t, plain[i].SpeakerName, direct[i].SpeakerName)
	}
}

// stanceCorpus writes n short articles in which "backs" and "opposes" are
// stance cues, with the gold spans of their cues and contents.
func stanceCorpus(n int) []TrainingArticle {
	people := []string{"Ana Ruiz", "Tom Hale", "Vera Mills", "Omar Feld", "Lena Park", "Ivo Brandt"}
	things := []string{"the new dam", "a tax on sugar", "the rail plan", "longer school days", "the harbor bridge"}
	var docs []TrainingArticle
	for i := range n {
		var b strings.Builder
		var d TrainingArticle
		for k := range 4 {
			p, th := people[(i+k)%len(people)], things[(i*3+k)%len(things)]
			cue := []string{"backs", "opposes"}[(i+k)%2]
			b.WriteString(p + " ")
			start := b.Len()
			b.WriteString(cue)
			d.Cues = append(d.Cues, [2]int{start, b.Len()})
			b.WriteString(" ")
			start = b.Len()
			b.WriteString(th)
			d.Contents = append(d.Contents, [][2]int{{start, b.Len()}})
			b.WriteString(fmt.Sprintf(". The vote on %s is in %d days.\n\n", th, k+2))
		}
		d.Text = b.String()
		docs = append(docs, d)
	}
	return docs
}

// sameTwice trains a model twice and asserts that both write the same
// bytes; it returns the model and its bytes.
func sameTwice[M io.WriterTo](t *testing.T, train func() (M, error)) (M, []byte) {
	t.Helper()
	m, err := train()
	require.NoError(t, err)
	again, err := train()
	require.NoError(t, err)
	var one, two bytes.Buffer
	_, err = m.WriteTo(&one)
	require.NoError(t, err)
	_, err = again.WriteTo(&two)
	require.NoError(t, err)
	assert.Equal(t, one.Bytes(), two.Bytes(), "the same articles give the same model, byte for byte")
	return m, one.Bytes()
}

func TestTrainStances(t *testing.T) {
	docs := stanceCorpus(20)
	m, raw := sameTwice(t, func() (*StanceModel, error) { return TrainStances(docs, Training{L2: 1}) })
	require.Positive(t, m.Len())
	// It reads back as it was written.
	read, err := ReadStanceModel(bytes.NewReader(raw))
	require.NoError(t, err)
	assert.Equal(t, m.Len(), read.Len())

	// On a new article, with names it never saw, the cue is found.
	text := "Mira Solberg opposes the city budget. The vote is next week."
	a, err := article.Parse(text)
	require.NoError(t, err)
	qs := Find(a, nil, WithStanceModel(read), WithStances())
	checkQuotes(t, a, qs)
	require.NotEmpty(t, qs)
	assert.Equal(t, Stance, qs[0].Kind)
	assert.Equal(t, "opposes", qs[0].Cue.Text(text))
	assert.Equal(t, "the city budget", qs[0].Content.Text(text))
	assert.Equal(t, "Mira Solberg", qs[0].Speaker.Text(text))

	_, err = ReadStanceModel(strings.NewReader("not a model"))
	assert.Error(t, err)
	_, err = TrainStances(nil, Training{L2: 1})
	assert.Error(t, err)
}

func TestStanceParagraphsAndCaptions(t *testing.T) {
	text := "The works go on.\n\nCouncillor Tom Hale has voiced support for a new bridge.\n\n" +
		"Councillor Tom Hale has voiced support for a new bridge. (Jane Doe/Getty Images)"
	a, err := article.Parse(text)
	require.NoError(t, err)
	require.Equal(t, article.Caption, a.Paragraphs[2].Kind)
	qs := Find(a, nil, WithStances())
	checkQuotes(t, a, qs)
	require.Len(t, qs, 1, "a caption says what a photograph shows: no stance there")
	assert.Equal(t, 1, qs[0].Paragraph)
}

// A stance holding words in marks is the source's mixed quotation: the
// words are its fragment, no longer a term. The model is one trained on
// project-written articles, so the test states the mechanism, not what
// the embedded model makes of one sentence. The caller's model reads the
// sentences with marks without WithStances, as the embedded one does.
func TestStanceHoldingMarks(t *testing.T) {
	m, err := TrainStances(stanceCorpus(20), Training{L2: 1})
	require.NoError(t, err)
	text := "The works go on.\n\nMira Solberg backs the “bold and overdue” bridge."
	a, err := article.Parse(text)
	require.NoError(t, err)
	ents := people(a, "Mira Solberg") // (what the rules do with her, whatever the entity model makes of her)
	plain := Find(a, ents)
	require.Len(t, plain, 1)
	assert.Equal(t, Term, plain[0].Kind, "alone, the words in marks are nobody's")

	qs := Find(a, ents, WithStanceModel(m))
	checkQuotes(t, a, qs)
	require.Len(t, qs, 1, "the term is absorbed")
	assert.Equal(t, qs, Find(a, ents, WithStanceModel(m), WithStances()), "all stances: the same one")
	assert.Equal(t, Mixed, qs[0].Kind)
	assert.Equal(t, "Mira Solberg", qs[0].SpeakerName)
	assert.Equal(t, "backs", qs[0].Cue.Text(text))
	require.Len(t, qs[0].Fragments, 1)
	assert.Equal(t, "bold and overdue", qs[0].Fragments[0].Text(text))
}

// TestStanceOnce: two runs of cue words that read the same words (talked
// at …, about …) make one stance, the first; the cue model here marks the
// words by hand, with no candidate model, so the test states the rule
// whatever the embedded models make of the sentence.
func TestStanceOnce(t *testing.T) {
	w := map[uint64]float32{feature(sfBias): -1}
	for _, c := range []string{"talked", "about"} {
		w[feature(sfWord, hashString(c))] = 5
	}
	m := &StanceModel{w: linear.NewWeights(w)}
	text := "Ana Ruiz talked at length about the criticism of the harbor bridge plan."
	a, err := article.Parse(text)
	require.NoError(t, err)
	qs := Find(a, nil, WithStanceModel(m), WithStances())
	checkQuotes(t, a, qs)
	require.Len(t, qs, 1, "one stance for one content")
	assert.Equal(t, Stance, qs[0].Kind)
	assert.Equal(t, "Ana Ruiz", qs[0].SpeakerName)
	assert.Contains(t, qs[0].Content.Text(text), "the criticism of the harbor bridge plan")
}

// TestCueSpellings: every cue spelled with -ize has its British -ise
// spelling in the same roles (apologised, criticised, characterised).
func TestCueSpellings(t *testing.T) {
	roles := map[string]map[string]bool{"act": actCues, "naming": namingCues, "announce": objectReports, "weak": weakCues}
	for w := range cueSet {
		i := strings.Index(w, "iz")
		if i < 0 || !strings.HasPrefix(w[i:], "ize") {
			continue
		}
		uk := w[:i] + "is" + w[i+2:]
		assert.True(t, cueSet[uk], "%s has no %s", w, uk)
		for name, set := range roles {
			if set[w] {
				assert.True(t, set[uk], "%s is %s, %s not", w, name, uk)
			}
		}
	}
}
