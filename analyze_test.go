package whosaid

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/whosaid/whosaid/article"
	"github.com/whosaid/whosaid/quotes"
)

func TestAnalyzeHTML(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>Ledger</title><script>var q = "“no”";</script></head><body>
<h1>Bridge to reopen</h1>
<p>&ldquo;We are <em>nearly</em> there,&rdquo; said Harriet Vance, the city engineer.</p>
<p>She added that the work had cost &pound;2&nbsp;million.</p>
</body></html>`
	doc, err := Analyze(page, HTML())
	require.NoError(t, err)
	assert.Equal(t, page, doc.Text)
	assert.Equal(t, "Bridge to reopen", doc.Visible(doc.Headline))
	require.Len(t, doc.Quotes, 2)
	q := doc.Quotes[0]
	assert.Equal(t, quotes.Direct, q.Kind)
	assert.Equal(t, "We are <em>nearly</em> there", q.Content.Text(page))
	assert.Equal(t, "We are nearly there", doc.Visible(q.Content))
	assert.Equal(t, "Harriet Vance", q.SpeakerName)
	assert.Equal(t, "Harriet Vance", q.Speaker.Text(page))
	ind := doc.Quotes[1]
	assert.Equal(t, quotes.Indirect, ind.Kind)
	assert.Equal(t, "the work had cost £2 million", doc.Visible(ind.Content))
	assert.Equal(t, "Harriet Vance", ind.SpeakerName)
	require.NotEmpty(t, doc.Entities.Mentions)
	for _, m := range doc.Entities.Mentions {
		assert.NotContains(t, doc.Visible(m.Span), "<", m.Span.Text(page))
	}
	// The same page as plain text keeps its markup as words.
	plain, err := Analyze(page)
	require.NoError(t, err)
	assert.Contains(t, plain.Visible(plain.Paragraphs[0].Span), "<!DOCTYPE html>")
}

func TestGenderFromPronouns(t *testing.T) {
	text := "Councillor Dana Okafor met the mayor, Brel Tamsin, on Monday.\n\n" +
		"\"We will fix it,\" Tamsin replied. \"Nobody wants delays,\" she added."
	doc, err := Analyze(text)
	require.NoError(t, err)
	genders := map[string]string{}
	for _, c := range doc.Entities.Clusters {
		genders[c.Name] = c.Gender
	}
	assert.Equal(t, "female", genders["Brel Tamsin"], "she added, of Tamsin's words")
	assert.Equal(t, "", genders["Dana Okafor"], "nothing says Okafor's")
}

func FuzzAnalyzeHTML(f *testing.F) {
	for _, s := range []string{
		"<p>&ldquo;Go,&rdquo; said Ann Lee.</p>", "<h1>T</h1><p>He said that <b>it</b> was &quot;fine&quot;.</p>",
		"<script>x</script>&#8220;a&#8221; b", "<p>Ann: &lsquo;no&rsquo;</p><p>&ldquo;x", "plain “text”, she said",
		"<header><div>Logo</div><ul><li>News</li></ul></header><h1>T</h1><p>x</p><header>",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		doc, err := Analyze(src, HTML())
		if err != nil {
			return
		}
		in := func(s article.Span, what string) {
			if s.Start < 0 || s.End > len(src) || s.Start > s.End {
				t.Fatalf("%s %v outside %d bytes", what, s, len(src))
			}
		}
		prev := 0
		for _, m := range doc.Entities.Mentions {
			in(m.Span, "mention")
			if m.Start < prev {
				t.Fatalf("mention %v before %d", m.Span, prev)
			}
			prev = m.End
		}
		for _, q := range doc.Quotes {
			for _, s := range append([]article.Span{q.Content, q.Cue, q.Speaker}, append(q.Parts, q.Fragments...)...) {
				in(s, "quote span")
			}
			if q.Content.Empty() {
				t.Fatalf("quote with empty content")
			}
		}
	})
}

func TestAbout(t *testing.T) {
	doc, err := Analyze("“Leeds will beat Bradford,” said Ann Lee, who coaches Leeds United.")
	require.NoError(t, err)
	require.NotEmpty(t, doc.Quotes)
	var names []string
	for _, c := range doc.About(doc.Quotes[0]) {
		names = append(names, doc.Entities.Clusters[c].Name)
	}
	assert.Equal(t, []string{"Leeds", "Bradford"}, names)
	r := doc.Report("x", false)
	assert.Equal(t, doc.About(doc.Quotes[0]), r.Quotes[0].About)
}

func TestStancesOption(t *testing.T) {
	text := "“We are ready,” Mayor Nora Quist said.\n\nCouncillor Tom Hale has voiced support for a new bridge."
	plain, err := Analyze(text)
	require.NoError(t, err)
	with, err := Analyze(text, Stances())
	require.NoError(t, err)
	kinds := func(d *Document) map[string]int {
		n := map[string]int{}
		for _, q := range d.Report("t", false).Quotes {
			n[q.Kind]++
		}
		return n
	}
	assert.Zero(t, kinds(plain)["stance"], "no stances unless asked")
	assert.Positive(t, kinds(with)["stance"])
	assert.Equal(t, kinds(plain)["direct"], kinds(with)["direct"])
}

// TestQuoteOptions: options for package quotes reach it. Without the
// bounds model the report reads the rules' content, the hearer before
// the infinitive too (the model leaves it out).
func TestQuoteOptions(t *testing.T) {
	text := "Police urged people not to travel unless absolutely necessary."
	model, err := Analyze(text)
	require.NoError(t, err)
	rules, err := Analyze(text, WithQuoteOptions(quotes.WithBoundsModel(nil)))
	require.NoError(t, err)
	assert.Equal(t, quotes.Find(model.Article, model.Entities, quotes.WithBoundsModel(nil)), rules.Quotes)
	assert.NotEqual(t, model.Quotes, rules.Quotes)
	withStances, err := Analyze(text, WithQuoteOptions(quotes.WithBoundsModel(nil)), Stances())
	require.NoError(t, err)
	assert.Equal(t, quotes.Find(model.Article, model.Entities, quotes.WithBoundsModel(nil), quotes.WithStances()), withStances.Quotes)
}
