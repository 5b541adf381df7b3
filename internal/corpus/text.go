package corpus

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"

	"github.com/whosaid/whosaid/article"
)

// Labeled is a gold span of a built text: byte offsets, a type, and the
// number of the entity it mentions (mentions of one entity in a document
// share it; 0 when the corpus does not say).
type Labeled struct {
	Start, End int
	Type       string
	Entity     int
}

// Built is a corpus document laid out as article text: sentences of a
// paragraph joined by a space, paragraphs by a blank line, with the gold
// entity spans as byte offsets into the text.
type Built struct {
	Name, Genre string
	Text        string
	Entities    []Labeled
	// All is every mention the corpus annotates, of any type and form
	// (names, descriptions, pronouns), with its entity: GUM's coreference.
	All []Labeled
}

// BuildGUM lays out a GUM document as text, with its named person, place
// and organization mentions (see NamedMentions).
func BuildGUM(d GUMDoc, isTitle func(string) bool) Built {
	var b strings.Builder
	out := Built{Name: d.Name, Genre: d.Genre}
	for si, s := range d.Sentences {
		if si > 0 {
			if s.NewPar {
				b.WriteString("\n\n")
			} else {
				b.WriteByte(' ')
			}
		}
		starts := make([]int, len(s.Tokens))
		ends := make([]int, len(s.Tokens))
		for i, t := range s.Tokens {
			starts[i] = b.Len()
			b.WriteString(t.Form)
			ends[i] = b.Len()
			if t.SpaceAfter && i < len(s.Tokens)-1 {
				b.WriteByte(' ')
			}
		}
		for _, m := range s.Mentions {
			out.All = append(out.All, Labeled{starts[m.First], ends[m.Last], m.Type, m.ID})
		}
		for _, m := range NamedMentions(s, isTitle) {
			out.Entities = append(out.Entities, Labeled{starts[m.First], ends[m.Last], m.Type, m.ID})
		}
	}
	out.Text = b.String()
	return out
}

// ReadWikiGold reads wikigold.conll.txt (token and IOB1 tag per line,
// documents split by -DOCSTART-) into built documents, tokens joined by
// spaces, with PER, ORG and LOC mapped to person, organization and place
// (MISC is left out).
func ReadWikiGold(data string) ([]Built, error) {
	f, err := os.Open(filepath.Join(data, "wikigold", "wikigold.conll.txt"))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var docs []Built
	var b strings.Builder
	var ents []Labeled
	open := -1
	openType, prevTag := "", "O"
	closeEnt := func(end int) {
		if open >= 0 {
			if openType != "" {
				ents = append(ents, Labeled{open, end, openType, 0})
			}
			open = -1
		}
	}
	lastEnd := 0
	flushDoc := func() {
		closeEnt(lastEnd)
		if b.Len() > 0 {
			docs = append(docs, Built{Name: "wikigold", Genre: "wiki", Text: b.String(), Entities: ents})
		}
		b.Reset()
		ents = nil
		prevTag = "O"
	}
	sc := bufio.NewScanner(f)
	newSentence := false
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			closeEnt(lastEnd)
			prevTag = "O"
			newSentence = true
			continue
		}
		i := strings.LastIndexByte(line, ' ')
		if i < 0 {
			continue
		}
		word, tag := line[:i], line[i+1:]
		if word == "-DOCSTART-" {
			flushDoc()
			continue
		}
		if b.Len() > 0 {
			if newSentence {
				b.WriteString("\n\n")
			} else {
				b.WriteByte(' ')
			}
		}
		newSentence = false
		start := b.Len()
		b.WriteString(word)
		typ := tag
		if len(tag) > 2 {
			typ = tag[2:]
		}
		if tag == "O" || strings.HasPrefix(tag, "B-") || typ != typeOfTag(prevTag) {
			closeEnt(lastEnd)
		}
		if tag != "O" && open < 0 {
			open = start
			openType = map[string]string{"PER": "person", "ORG": "organization", "LOC": "place"}[typ]
		}
		prevTag = tag
		lastEnd = b.Len()
	}
	flushDoc()
	return docs, sc.Err()
}

func typeOfTag(t string) string {
	if len(t) > 2 {
		return t[2:]
	}
	return t
}

// TokenRange maps a byte span of a's text to the tokens that lie inside it,
// and reports whether the span's edges fall on token edges.
func TokenRange(a *article.Article, start, end int) (article.Range, bool) {
	lo, hi := 0, len(a.Tokens)
	for lo < hi {
		m := (lo + hi) / 2
		if a.Tokens[m].End <= start {
			lo = m + 1
		} else {
			hi = m
		}
	}
	first := lo
	last := first
	for last < len(a.Tokens) && a.Tokens[last].End <= end {
		last++
	}
	ok := first < last && a.Tokens[first].Start == start && a.Tokens[last-1].End == end
	return article.Range{First: first, Last: last}, ok
}
