package article

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jdkato/prose/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/whosaid/whosaid/internal/align"
)

// proseModel is prose's default model, loaded once for the tests.
var proseModel = prose.ModelFromData("whosaid-test")

// agreementTexts are texts the project wrote.
func agreementTexts(t *testing.T) []string {
	raw, err := os.ReadFile(filepath.Join("..", "testdata", "sample-article.txt"))
	require.NoError(t, err)
	return []string{
		string(raw),
		"The mayor said on Monday that the bridge would reopen in March. Engineers found cracks in two of its 40 supports.",
		"She didn't think the plan, which costs $4.2 billion, would pass. \"It won't,\" her aide said.",
		"Officials in Geneva, Paris and Berlin met for three hours; they agreed to meet again next week.",
	}
}

// TestTaggerAgreesWithProse tags texts with prose and with whosaid, both over
// the whole text as prose does, and compares the tags on every token where
// the two tokenizations give the same token in the same five-token window
// (the window prose's features read).
func TestTaggerAgreesWithProse(t *testing.T) {
	var shared, agree, total, aligned int
	for _, text := range agreementTexts(t) {
		doc, err := prose.NewDocument(text, prose.UsingModel(proseModel), prose.WithSegmentation(false), prose.WithExtraction(false))
		require.NoError(t, err)
		// prose caches the tokens of each whitespace-separated chunk and
		// shares them between repeats, so a repeated chunk reports the tag of
		// its last occurrence. Tokens whose text repeats are left out.
		var pw, pt []string
		seen := map[string]int{}
		for _, tok := range doc.Tokens() {
			pw = append(pw, tok.Text)
			pt = append(pt, tok.Tag)
			seen[tok.Text]++
		}
		ours := Tokenize(text)
		ow := make([]string, len(ours))
		for i, tok := range ours {
			ow[i] = string(appendModelForm(nil, tok.Text(text)))
		}
		tags, err := TagWords(ow)
		require.NoError(t, err)
		total += len(ow)
		pairs := align.Words(ow, pw)
		aligned += len(pairs)
		for _, pair := range pairs {
			i, j := pair[0], pair[1]
			same := true
			for d := -2; d <= 2; d++ {
				if i+d < 0 || j+d < 0 || i+d >= len(ow) || j+d >= len(pw) {
					same = same && (i+d < 0) == (j+d < 0) && (i+d >= len(ow)) == (j+d >= len(pw))
					continue
				}
				same = same && ow[i+d] == pw[j+d]
			}
			if !same || seen[pw[j]] > 1 || quoteNear(ow, i) {
				continue
			}
			shared++
			if tags[i].String() == pt[j] {
				agree++
			} else {
				t.Errorf("token %q: whosaid %s, prose %s", ow[i], tags[i], pt[j])
			}
		}
	}
	t.Logf("tokens: %d; same token in both tokenizations: %d (%.1f%%); compared (same five-token window, text not repeated): %d; tag agreement on them: %.2f%%",
		total, aligned, 100*float64(aligned)/float64(total), shared, 100*float64(agree)/float64(shared))
	assert.Greater(t, shared, total/3)
}

// quoteNear reports whether a quotation mark is in the five-token window
// around word i: whosaid gives the model the treebank's two quote tokens
// for them, where prose gives it the bare character.
func quoteNear(words []string, i int) bool {
	for d := -2; d <= 2; d++ {
		if k := i + d; k >= 0 && k < len(words) {
			switch words[k] {
			case "\"", "'", "“", "”", "‘", "’", "``", "''":
				return true
			}
		}
	}
	return false
}

// Quotation marks are tagged as the treebank tags them, and the words next
// to them as if they were (prose reads a bare " as an unknown word: VB,
// NNP, JJ …).
func TestQuotationMarkTags(t *testing.T) {
	a := mustParse(t, "Marlin stated that the report “wasn’t good.” Adding, “It was a bad day.”")
	var got []string
	for _, tok := range a.Tokens {
		if tok.Kind.IsQuote() {
			got = append(got, tok.Tag.String())
		}
	}
	assert.Equal(t, []string{"``", "''", "``", "''"}, got)
	tags, err := TagWords(strings.Fields(`He said " it is late " .`))
	require.NoError(t, err)
	assert.Equal(t, "``", tags[2].String())
	assert.Equal(t, "''", tags[6].String())
}

// Dashes, ellipses and square brackets are tagged as the treebank's forms
// of them are (prose tags "—" and "[" as words).
func TestTreebankPunctuationTags(t *testing.T) {
	got := tagsByWord(t, "The plan — late again — failed… He said [sic] no.")
	assert.Equal(t, ":", got["—"])
	assert.Equal(t, ":", got["…"])
	assert.Equal(t, "(", got["["])
	assert.Equal(t, ")", got["]"])
}

// A verb opening a sentence is tagged as the verb the dictionary knows in
// lower case; a name opening one keeps its tag.
func TestSentenceInitialVerbs(t *testing.T) {
	tags := tagsByWord(t, "Marlin spoke. Adding, “It was bad.” Heath said no.")
	assert.Equal(t, "VBG", tags["Adding"])
	assert.Equal(t, "NNP", tags["Heath"])
}

// A capitalized word inside a sentence that the model learned in no
// case, read as a verb by its ending, is a name, and so is the same word
// opening a sentence; not a word the model knows in lower case (Make),
// nor in a title-case heading.
func TestNamesReadAsVerbs(t *testing.T) {
	a := mustParse(t, "Amira saw her husband Khaled in 2019. Khaled, 38, said he would Make it.\n\nHow Birds Evolved From Dinosaurs")
	tags := map[string][]string{}
	for i, tok := range a.Tokens {
		tags[a.TokenText(i)] = append(tags[a.TokenText(i)], tok.Tag.String())
	}
	assert.Equal(t, []string{"NNP", "NNP"}, tags["Khaled"])
	assert.Equal(t, []string{"VB"}, tags["Make"])
	assert.Equal(t, []string{"VBD"}, tags["Evolved"])
}

func TestParseTags(t *testing.T) {
	a := mustParse(t, "Kremlin spokesman Dmitry Peskov said Friday that relations were at their lowest point.")
	require.True(t, a.Tagged)
	var got []string
	for _, tok := range a.Tokens {
		got = append(got, tok.Tag.String())
	}
	assert.Equal(t, strings.Fields("NNP NN NNP NNP VBD NNP IN NNS VBD IN PRP$ JJS NN ."), got)
	b := mustParse(t, "No tags here.", WithTagging(false))
	assert.False(t, b.Tagged)
	assert.Equal(t, NoTag, b.Tokens[0].Tag)
}

// tagsByWord parses text and returns the tag of each token's text (the
// last one's, for a text met twice).
func tagsByWord(t *testing.T, text string) map[string]string {
	t.Helper()
	a := mustParse(t, text)
	tags := map[string]string{}
	for i, tok := range a.Tokens {
		tags[a.TokenText(i)] = tok.Tag.String()
	}
	return tags
}

func TestTagClasses(t *testing.T) {
	for _, tag := range []Tag{VBD, VBZ, VBP, MD} {
		assert.True(t, tag.IsFinite(), "%v", tag)
	}
	for _, tag := range []Tag{VB, VBG, VBN, NN, TO} {
		assert.False(t, tag.IsFinite(), "%v", tag)
	}
}
