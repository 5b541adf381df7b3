package quotes

import (
	"github.com/whosaid/whosaid/article"
)

// Families of quotation marks.
const (
	famDouble = iota + 1
	famSingle
	famGuillemet
)

func family(s string) int {
	switch s {
	case `"`, "“", "”", "„", "‟", "″", "''", "``":
		return famDouble
	case "'", "‘", "’", "‚", "‛":
		return famSingle
	case "«", "»", "‹", "›":
		return famGuillemet
	}
	return 0
}

// marked is a paired quotation: its content as token ranges (one per
// paragraph it runs through), the tokens of its opening and closing marks
// (Close is -1 when the paragraph ends without one), and its depth of
// nesting.
type marked struct {
	Parts     []article.Range
	Open      int
	Close     int
	Family    int
	Depth     int
	Outer     int // index of the enclosing quotation, or -1
	Paragraph int
	Continued bool // runs on into the next paragraph
}

type opener struct {
	tok, fam, idx int
}

// closesFirst reports whether the first quotation mark of family fam in
// tokens r closes a quotation: a closing curly mark, or a straight one of
// an odd count (the one left to close what the paragraph before opened),
// after words with a finite verb (not a signature: “…. ¶ S.C. Rep. Jem
// Claypool.”).
func closesFirst(a *article.Article, r article.Range, fam int) bool {
	n, first, verb := 0, -1, false
	for i := r.First; i < r.Last; i++ {
		if t := a.Tokens[i]; t.Kind.IsQuote() && family(a.TokenText(i)) == fam {
			if first < 0 {
				first = i
			}
			n++
		} else if first < 0 && t.Tag.IsFinite() {
			verb = true
		}
	}
	switch {
	case first < 0 || !verb:
		return false
	case a.Tokens[first].Kind == article.CloseQuote:
		return true
	case a.Tokens[first].Kind == article.OpenQuote:
		return false
	}
	return n%2 == 1
}

// pairMarks pairs quotation marks paragraph by paragraph. Curly and
// guillemet marks say which way they face; a straight mark closes an open
// quotation of its family and opens one otherwise. A paragraph that ends
// inside a double quotation continues into the next paragraph when that
// one opens with a mark of the same family, the newswire convention for
// quotations of several paragraphs, or when the first mark of that family
// in the next one closes (a line break inside the quotation). Work is
// linear in the number of tokens.
func pairMarks(a *article.Article) []marked {
	var out []marked
	var stack []opener
	pending := -1 // quotation continuing into the next paragraph
	for pi, p := range a.Paragraphs {
		stack = stack[:0]
		first := p.Tokens.First
		if pending >= 0 && first < p.Tokens.Last && a.Tokens[first].Kind.IsQuote() &&
			a.Tokens[first].Kind != article.CloseQuote && family(a.TokenText(first)) == out[pending].Family {
			// The quotation goes on: a new part in this paragraph.
			stack = append(stack, opener{first, out[pending].Family, pending})
			out[pending].Parts = append(out[pending].Parts, article.Range{First: first + 1, Last: first + 1})
			first++
		} else if pending >= 0 && closesFirst(a, p.Tokens, out[pending].Family) {
			// “This is a sad day. ¶ We must rebuild.”: a line break
			// inside the quotation, whose closing mark comes first in
			// the next paragraph; the quotation goes on over it.
			stack = append(stack, opener{out[pending].Open, out[pending].Family, pending})
			out[pending].Parts = append(out[pending].Parts, article.Range{First: first, Last: first})
		}
		pending = -1
		for i := first; i < p.Tokens.Last; i++ {
			t := a.Tokens[i]
			if !t.Kind.IsQuote() {
				continue
			}
			fam := family(a.TokenText(i))
			if fam == 0 {
				continue
			}
			closes := -1
			if t.Kind != article.OpenQuote {
				for k := len(stack) - 1; k >= 0; k-- {
					if stack[k].fam == fam {
						closes = k
						break
					}
				}
			}
			if closes >= 0 {
				// Quotations opened inside and never closed end here too.
				for k := len(stack) - 1; k >= closes; k-- {
					q := &out[stack[k].idx]
					q.Parts[len(q.Parts)-1].Last = i
					if k == closes {
						q.Close = i
					}
				}
				stack = stack[:closes]
				continue
			}
			if t.Kind == article.CloseQuote {
				continue // a stray closing mark
			}
			outer := -1
			if len(stack) > 0 {
				outer = stack[len(stack)-1].idx
			}
			out = append(out, marked{Parts: []article.Range{{First: i + 1, Last: i + 1}}, Open: i, Close: -1, Family: fam,
				Depth: len(stack), Outer: outer, Paragraph: pi})
			stack = append(stack, opener{i, fam, len(out) - 1})
		}
		// Unclosed quotations end with the paragraph; the outermost double
		// one may continue in the next.
		for k := len(stack) - 1; k >= 0; k-- {
			q := &out[stack[k].idx]
			q.Parts[len(q.Parts)-1].Last = p.Tokens.Last
			if k == 0 && q.Family != famSingle {
				q.Continued = true
				pending = stack[k].idx
			}
		}
	}
	// Drop empty quotations (a lone mark at a paragraph's end).
	keep := out[:0]
	remap := make([]int, len(out))
	for i, q := range out {
		n := 0
		for _, r := range q.Parts {
			n += r.Last - r.First
		}
		if n == 0 {
			remap[i] = -1
			continue
		}
		remap[i] = len(keep)
		keep = append(keep, q)
	}
	for i := range keep {
		if keep[i].Outer >= 0 {
			keep[i].Outer = remap[keep[i].Outer]
		}
	}
	return keep
}
