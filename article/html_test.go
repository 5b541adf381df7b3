package article

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestHTMLText(t *testing.T) {
	cases := []struct{ src, want string }{
		{"<p>One.</p><p>Two.</p>", "One.\n\nTwo.\n\n"},
		{"<p>A <em>fine</em>\n  day</p>", "A fine   day\n\n"},
		{"<p>&ldquo;Go,&rdquo; she said &amp; left.</p>", "“Go,” she said & left.\n\n"},
		{"don&#8217;t &#x2014; &nbsp;x", "don’t —  x"},
		{"a<br>b<br/>c", "a\n\nb\n\nc"},
		{"<head><title>T</title></head><body><h1>H</h1><script>var a = '<p>';</script>Body</body>", "H\n\nBody\n\n"},
		{"<!-- note <p> --><div>x</div>", "x\n\n"},
		{"<nav><a>Home</a> <a>World</a></nav><p>Story.</p>", "Story.\n\n"},
		{"<header><div>Daily Press</div><ul><li>News</li></ul></header><h1>H</h1><p>Story.</p>", "H\n\nStory.\n\n"},
		{"<article><header><h1>H</h1><p>By Ann Lee</p></header><p>Story.</p></article>", "H\n\nBy Ann Lee\n\nStory.\n\n"},
		{"5 < 6 & 7 > 3, AT&T", "5 < 6 & 7 > 3, AT&T"},
		{"<p>open <b>bold", "open bold"},
		{"<script>never closed", ""},
		{"&unknown; &amp", "&unknown; &amp"},
	}
	for _, c := range cases {
		got, m := HTMLText(c.src)
		assert.Equal(t, c.want, got, c.src)
		checkMapping(t, c.src, got, m)
	}
}

// checkMapping asserts that every byte of text maps to a piece of src, in
// order.
func checkMapping(t testing.TB, src, text string, m *Mapping) {
	t.Helper()
	require.Equal(t, len(text), len(m.start))
	require.Equal(t, len(text), len(m.end))
	last := 0
	for i := range text {
		s, e := int(m.start[i]), int(m.end[i])
		if s < last || s >= e || e > len(src) {
			t.Fatalf("byte %d of %q maps to %d..%d of %q (after %d)", i, text, s, e, src, last)
		}
		last = s
	}
	assert.Equal(t, src, m.Source())
}

func TestLooksLikeHTML(t *testing.T) {
	for _, s := range []string{"<!DOCTYPE html><html>", "  <html lang=en>", "<p>Hi</p>", "<div class=x>", "\ufeff<head>", "<!-- c -->"} {
		assert.True(t, LooksLikeHTML(s), s)
	}
	for _, s := range []string{"Plain text.", "<3 you", "5 < 6", "<Reuters> said", ""} {
		assert.False(t, LooksLikeHTML(s), s)
	}
}

func TestRemap(t *testing.T) {
	src := "<html><body><h1>Mayor&rsquo;s plan</h1>\n<p class=\"by\">By Ann Lee</p>\n" +
		"<p>&ldquo;We are <em>not</em> ready,&rdquo; said Omar Feld.</p></body></html>"
	text, m := HTMLText(src)
	a := mustParse(t, text)
	a.Remap(m)
	checkRemapped(t, src, text, a)
	assert.Equal(t, "Mayor&rsquo;s plan", a.Headline.Text(a.Text))
	assert.Equal(t, "By Ann Lee", a.Byline.Text(a.Text))
	var words []string
	for _, tk := range a.Tokens {
		words = append(words, tk.Text(a.Text))
	}
	assert.Contains(t, words, "&ldquo;")
	assert.Contains(t, words, "&rdquo;")
	assert.Equal(t, "&ldquo;We are <em>not</em> ready,&rdquo; said Omar Feld.", a.Sentences[len(a.Sentences)-1].Text(a.Text))
}

// checkRemapped asserts what holds of an article parsed from text and
// remapped to src: spans inside src, tokens in order and apart, each token
// the markup of its visible text, sentences and paragraphs holding them.
func checkRemapped(t testing.TB, src, text string, a *Article) {
	t.Helper()
	if a.Text != src {
		t.Fatalf("Text is not the source")
	}
	prev := 0
	for i, tk := range a.Tokens {
		if tk.Start < prev || tk.End <= tk.Start || tk.End > len(src) {
			t.Fatalf("token %d %v out of place (previous end %d, source %d bytes)", i, tk.Span, prev, len(src))
		}
		prev = tk.End
	}
	for si, s := range a.Sentences {
		if s.Start != a.Tokens[s.Tokens.First].Start || s.End != a.Tokens[s.Tokens.Last-1].End {
			t.Fatalf("sentence %d span %v does not match its tokens", si, s.Span)
		}
	}
	for _, p := range a.Paragraphs {
		for _, tk := range a.Tokens[p.Tokens.First:p.Tokens.Last] {
			if !p.Span.Contains(tk.Span) {
				t.Fatalf("token %v outside paragraph %v", tk.Span, p.Span)
			}
		}
	}
	// The visible text of each token's markup is the token.
	seen := strings.Builder{}
	for _, tk := range a.Tokens {
		v, _ := HTMLText(tk.Text(src))
		seen.WriteString(strings.TrimSpace(v))
	}
	var want strings.Builder
	for _, f := range strings.Fields(text) {
		want.WriteString(f)
	}
	if got := strings.Join(strings.Fields(seen.String()), ""); got != want.String() {
		t.Fatalf("tokens' visible text %q, want %q", got, want.String())
	}
}

func FuzzHTML(f *testing.F) {
	for _, s := range []string{
		"<p>&ldquo;Go,&rdquo; she said.</p>", "<script>x", "<!--", "&#x;&#;&;", "<p<p>>", "a<br>b", "<HEAD><TITLE>t</title></HEAD>x",
		"<div>\n<p>One &amp; two</p>\n</div>", "&#99999999;", "<\xff>&\xfe;",
		"<header>a<h1>b</h1></header><header>c", "<header", "</header><header/>",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		text, m := HTMLText(src)
		checkMapping(t, src, text, m)
		a, err := Parse(text)
		if err != nil {
			return
		}
		a.Remap(m)
		checkRemapped(t, src, text, a)
	})
}

func TestVisibleText(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"&ldquo;We are <b>ready</b>,&rdquo;\n  she said", "“We are ready,” she said"},
		{"<p>One</p><p>two</p>", "One two"},
		{"<script>x()</script>plain", "plain"},
		{"", ""},
	} {
		assert.Equal(t, c.want, VisibleText(c.in), c.in)
		text, _ := HTMLText(c.in)
		assert.Equal(t, strings.Join(strings.Fields(text), " "), VisibleText(c.in), "same words as HTMLText")
	}
}
