package entities

import (
	"strings"
	"unicode/utf8"

	"github.com/whosaid/whosaid/article"
)

// matchWords are the words between two places that make them sides of a
// match: Sweden defeated South Korea, Tunisia lost 1 – 2 to England,
// Group F — Sweden 1 – 0 Korea Republic; a win against Finland.
var matchWords = map[string]bool{
	"beat": true, "beats": true, "defeated": true, "defeats": true, "faced": true, "faces": true, "face": true,
	"drew": true, "draw": true, "lost": true, "edged": true, "thrashed": true, "routed": true, "hammered": true,
	"overcame": true, "played": true, "plays": true, "against": true, "v": true, "v.": true, "vs": true, "vs.": true, "versus": true,
}

// teams relabels as organizations the places that play each other in a
// sports report: an article with three or more different words of match
// reports (goal, striker, innings), where two places stand in one
// sentence with a score or a word of a match between them and no comma
// (Sweden defeated South Korea 1 – 0; Belgium 3 – 0 Panama) are national
// or city teams, and so is every other mention of them that follows no
// preposition of place (not "the fans were back in Sweden"). ms is in
// text order.
func teams(a *article.Article, p *prepared, g *gazetteer, ms []Mention) {
	sides := map[string]bool{}
	in := map[int]bool{} // the mentions that stand as sides
	for i := 0; i+1 < len(ms); i++ {
		x, y := ms[i], ms[i+1]
		if x.Label != GPE || y.Label != GPE || y.Tokens.First-x.Tokens.Last > 6 || a.SentenceOf(x.Tokens.First) != a.SentenceOf(y.Tokens.First) ||
			afterPlaceWord(p, x.Tokens.First) || afterPlaceWord(p, y.Tokens.First) {
			continue
		}
		match := false
		for k := x.Tokens.Last; k < y.Tokens.First; k++ {
			w := p.words[k]
			if w == "," || w == ";" || w == "and" {
				match = false
				break
			}
			if matchWords[strings.ToLower(w)] || score(p, k) {
				match = true
			}
		}
		if match {
			sides[x.Text(a)], sides[y.Text(a)] = true, true
			in[i], in[i+1] = true, true
		}
	}
	if len(sides) == 0 {
		return // (most articles: the words of the article are not read)
	}
	seen := map[string]bool{}
	for i := range a.Tokens {
		if w := p.words[i]; g.sportWords[w] { // (lower case as written: a capital opens a sentence or a name)
			seen[w] = true
		}
	}
	if len(seen) < 3 {
		return
	}
	for i := range ms {
		m := &ms[i]
		if m.Label == GPE && sides[m.Text(a)] && (in[i] || !afterPlaceWord(p, m.Tokens.First)) {
			m.Label = Org
		}
	}
}

// score reports whether token k is, or opens, a score: a number, a dash
// and a number, in one token or three (3-0, 1 – 0).
func score(p *prepared, k int) bool {
	dash := func(w string) bool { return w == "-" || w == "–" || w == "—" }
	w := p.words[k]
	if i := strings.IndexAny(w, "-–"); i > 0 {
		_, size := utf8.DecodeRuneInString(w[i:])
		return isDigits(w[:i]) && isDigits(w[i+size:])
	}
	return isDigits(w) && k+2 < len(p.words) && dash(p.words[k+1]) && isDigits(p.words[k+2])
}

// isDigits reports whether w is a number of one or two digits, a side's
// goals.
func isDigits(w string) bool { return len(w) <= 2 && allDigits(w) }
