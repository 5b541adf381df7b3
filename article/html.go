package article

import (
	"html"
	"strings"
)

// Mapping ties a text made from a source (the visible text of an HTML page)
// back to the source: every byte of the text comes from a piece of the
// source, and Span turns spans of the text into spans of the source. So the
// pipeline runs on clean text, and its results point into the page as read.
type Mapping struct {
	src        string
	start, end []int32 // source piece of each text byte
}

// Source returns the source the text was made from.
func (m *Mapping) Source() string { return m.src }

// Span returns the source span that the text span s comes from: from the
// start of its first byte's piece to the end of its last byte's (a whole
// &rdquo; for the ” it became). An empty span maps to an empty span.
func (m *Mapping) Span(s Span) Span {
	if s.End <= s.Start {
		p := len(m.src)
		if s.Start < len(m.start) {
			p = int(m.start[s.Start])
		}
		return Span{Start: p, End: p}
	}
	return Span{Start: int(m.start[s.Start]), End: int(m.end[s.End-1])}
}

// blockTags end a paragraph: their text goes in a paragraph of its own.
var blockTags = map[string]bool{"p": true, "div": true, "br": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true,
	"h6": true, "li": true, "ul": true, "ol": true, "dl": true, "dt": true, "dd": true, "tr": true, "td": true, "th": true,
	"table": true, "blockquote": true, "article": true, "section": true, "header": true, "footer": true, "figure": true,
	"figcaption": true, "title": true, "aside": true, "main": true, "hr": true, "pre": true, "form": true,
	"caption": true, "address": true, "body": true, "html": true, "button": true, "label": true}

// hiddenTags hold no visible text: their content is skipped with them.
// The head (its title usually repeats the page's h1), navigation menus and
// drop-down choices are skipped too: they are the site's, not the
// article's; so is a header with no h1 in it (the site's logo and menus,
// not the article's headline and byline).
var hiddenTags = map[string]bool{"script": true, "style": true, "noscript": true, "template": true, "svg": true, "iframe": true,
	"head": true, "nav": true, "select": true}

// HTMLText returns the visible text of an HTML page and the mapping back to
// it: tags are dropped (a block tag such as p, div, br, h1 or li breaks the
// paragraph), the head, scripts and styles are skipped, character references are
// decoded (&ldquo; becomes “, &#8217; ’, &nbsp; a space), and white space
// inside text flows as spaces, as a browser shows it.
func HTMLText(src string) (string, *Mapping) {
	m := &Mapping{src: src, start: make([]int32, 0, len(src)), end: make([]int32, 0, len(src))}
	return htmlText(src, m), m
}

// VisibleText returns the visible text of an HTML fragment, as HTMLText
// does, with white space collapsed to single spaces and trimmed: the words
// a reader sees, with no mapping kept.
func VisibleText(src string) string {
	return strings.Join(strings.Fields(htmlText(src, nil)), " ")
}

// htmlText is HTMLText; m, when not nil, records where each byte of the
// text comes from.
func htmlText(src string, m *Mapping) string {
	var b strings.Builder
	b.Grow(len(src))
	emit := func(s string, from, to int) {
		b.WriteString(s)
		if m == nil {
			return
		}
		for range len(s) {
			m.start = append(m.start, int32(from))
			m.end = append(m.end, int32(to))
		}
	}
	// breakPara emits a paragraph break unless the text already ends in one.
	breakPara := func(from, to int) {
		t := b.Len()
		switch {
		case t == 0:
		case t >= 2 && b.String()[t-2:] == "\n\n":
		case b.String()[t-1] == '\n':
			emit("\n", from, to)
		default:
			emit("\n\n", from, to)
		}
	}
	for i := 0; i < len(src); {
		c := src[i]
		switch {
		case c == '<' && strings.HasPrefix(src[i:], "<!--"):
			end := strings.Index(src[i+4:], "-->")
			if end < 0 {
				i = len(src)
			} else {
				i += 4 + end + 3
			}
		case c == '<' && i+1 < len(src) && (isASCIILetter(src[i+1]) || src[i+1] == '/' || src[i+1] == '!' || src[i+1] == '?'):
			end := strings.IndexByte(src[i:], '>')
			if end < 0 {
				end = len(src) - i - 1
			}
			tag := src[i : i+end+1]
			name := tagName(tag)
			next := i + end + 1
			if (hiddenTags[name] || name == "header" && siteHeader(src[next:])) && tag[1] != '/' && !strings.HasSuffix(tag, "/>") {
				// Skip to the closing tag.
				closeAt := indexFold(src[next:], "</"+name)
				if closeAt < 0 {
					next = len(src)
				} else {
					next += closeAt
					if gt := strings.IndexByte(src[next:], '>'); gt >= 0 {
						next += gt + 1
					} else {
						next = len(src)
					}
				}
			} else if blockTags[name] {
				breakPara(i, next)
			}
			i = next
		case c == '&':
			semi := strings.IndexByte(src[i:min(len(src), i+34)], ';')
			if semi > 1 && isReference(src[i+1:i+semi]) {
				ref := src[i : i+semi+1]
				if dec := html.UnescapeString(ref); dec != ref {
					if dec == "\u00a0" {
						dec = " "
					}
					emit(dec, i, i+semi+1)
					i += semi + 1
					continue
				}
			}
			emit("&", i, i+1)
			i++
		case c == '\n' || c == '\r' || c == '\t' || c == '\f':
			emit(" ", i, i+1)
			i++
		default:
			// Copy a run of plain text at once.
			j := i + 1
			for j < len(src) && src[j] != '<' && src[j] != '&' && src[j] != '\n' && src[j] != '\r' && src[j] != '\t' && src[j] != '\f' {
				j++
			}
			b.WriteString(src[i:j])
			for k := i; m != nil && k < j; k++ {
				m.start = append(m.start, int32(k))
				m.end = append(m.end, int32(k+1))
			}
			i = j
		}
	}
	return b.String()
}

// siteHeader reports whether the header element whose content starts
// src is the site's (its logo and menus), not the article's: it holds no
// h1 before it closes.
func siteHeader(src string) bool {
	end := indexFold(src, "</header")
	if end < 0 {
		end = len(src)
	}
	return indexFold(src[:end], "<h1") < 0
}

// isReference reports whether name (between & and ;) is a character
// reference's: a name of letters and digits, #digits, or #x and hex digits.
func isReference(name string) bool {
	digits := func(s string, hex bool) bool {
		for i := 0; i < len(s); i++ {
			c := s[i]
			if !(c >= '0' && c <= '9' || hex && (c|0x20 >= 'a' && c|0x20 <= 'f')) {
				return false
			}
		}
		return s != ""
	}
	switch {
	case strings.HasPrefix(name, "#x") || strings.HasPrefix(name, "#X"):
		return digits(name[2:], true)
	case strings.HasPrefix(name, "#"):
		return digits(name[1:], false)
	}
	if !isASCIILetter(name[0]) {
		return false
	}
	for i := 1; i < len(name); i++ {
		if c := name[i]; !isASCIILetter(c) && !(c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

// tagName returns the lower-case name of a tag: "p" for <P class="x">,
// "div" for </div>, "" for <!DOCTYPE html>.
func tagName(tag string) string {
	i := 1
	if i < len(tag) && tag[i] == '/' {
		i++
	}
	j := i
	for j < len(tag) && (isASCIILetter(tag[j]) || tag[j] >= '0' && tag[j] <= '9') {
		j++
	}
	return strings.ToLower(tag[i:j])
}

// indexFold is strings.Index, ignoring ASCII case in s.
func indexFold(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			return i
		}
	}
	return -1
}

// LooksLikeHTML reports whether text is an HTML page or fragment rather
// than plain text: it starts, after white space, with a doctype, a comment
// or one of the common tags.
func LooksLikeHTML(text string) bool {
	t := strings.TrimLeft(text, " \t\r\n\ufeff")
	if len(t) < 3 || t[0] != '<' {
		return false
	}
	if strings.HasPrefix(t, "<!") || strings.HasPrefix(t, "<?xml") {
		return true
	}
	name := tagName(t[:min(len(t), 16)])
	return blockTags[name] || hiddenTags[name] || name == "meta" || name == "link" || name == "span" || name == "a"
}

// Remap moves every span of the article from the text it was parsed from
// to that text's source: after it, Text is m.Source() and every span
// (paragraphs, credits, sentences, tokens, headline, byline, dateline)
// points into the source.
func (a *Article) Remap(m *Mapping) {
	a.Text = m.src
	for i := range a.Paragraphs {
		p := &a.Paragraphs[i]
		p.Span = m.Span(p.Span)
		for k := range p.Credits {
			p.Credits[k] = m.Span(p.Credits[k])
		}
	}
	for i := range a.Sentences {
		a.Sentences[i].Span = m.Span(a.Sentences[i].Span)
	}
	for i := range a.Tokens {
		a.Tokens[i].Span = m.Span(a.Tokens[i].Span)
	}
	a.Headline, a.Byline, a.Dateline = m.Span(a.Headline), m.Span(a.Byline), m.Span(a.Dateline)
}
