// Telling terms and titles in marks (the so-called “…”, a plan titled
// “…”) from someone's words.

package quotes

import (
	"sort"

	"github.com/whosaid/whosaid/article"
)

// termIntros are words after which quotation marks hold a term or a title,
// not someone's words: the so-called “war on drivers”, a plan titled “…”.
var termIntros = wordList("term-intro")

// termIntro reports whether a word that introduces a term or title
// (so-called, titled, calls) stands up to three words before token open.
func (f *finder) termIntro(open int) bool {
	s := f.sentence(open)
	for k := open - 1; k >= s.First && k >= open-3; k-- {
		if termIntros[f.lower(k)] && !f.name(k, s) {
			return f.lower(k) != "as" || k == open-1
		}
		switch f.a.Tokens[k].Tag {
		case article.DT, article.JJ, article.PRPS, article.PRP:
			continue
		}
		return false
	}
	return false
}

// namingAs reports whether the "as" at token k follows a naming verb and
// its object (described the book as “…”, sees them as “…”): the words in
// marks after it are what the subject calls the object, no title.
func (f *finder) namingAs(k int, s article.Range) bool {
	for j := k - 1; j >= s.First && j >= k-8; j-- {
		if t := f.a.Tokens[j].Tag; namingCues[f.lower(j)] && t.IsVerb() {
			return j < k-1
		} else if !npTag(t) && t != article.PRP {
			return false
		}
	}
	return false
}

// namedBy returns the naming verb and its subject when a finite naming
// verb (called, dubbed) with a subject that speaks stands before the
// quotation opening at token open, with at most a determiner or
// adjectives between, and not in a relative clause on its object
// (relatives): what Gilmour called “a perception problem”, what Lee has
// called a “fraudulent scheme”. An object between (called him a “…”) is
// the naming rule's, a participle (a plan called “…”) a title's, and a
// passive (he was called a “…”) names no words of its subject.
func (f *finder) namedBy(open int) attribution {
	s := f.sentence(open)
	for k := open - 1; k >= s.First && k >= open-3; k-- {
		switch t := f.a.Tokens[k].Tag; {
		case t == article.PRPS && k == open-1 && f.lower(k) == "her":
			// calls her/PRP$ “the heart of the town”: the object the
			// name is given to, which the naming cue reports with it
		case t == article.DT || t == article.JJ || t == article.PRPS:
			continue
		case namingCues[f.lower(k)] && (t == article.VBD || t == article.VBZ || t == article.VBP || t == article.VBN && f.perfect(k, s)):
			if sp, ok := f.namedSubject(k, s); ok && !(sp.First > s.First && relatives[f.lower(sp.First-1)]) {
				return attribution{cue: article.Range{First: k, Last: k + 1}, speaker: sp}
			}
		}
		break
	}
	return attribution{}
}

// relatives open a relative clause whose object is its antecedent (Omar
// Feld, who he dubbed “…”: a report naming Feld).
var relatives = map[string]bool{"who": true, "whom": true, "which": true, "that": true}

// strongIntros mark what follows as a name or title for certain (a plan
// titled “…”, the so-called “…”), even inside reported speech.
var strongIntros = wordList("strong-intro")

// strongIntro reports whether a strong term introducer stands up to three
// words before token open.
func (f *finder) strongIntro(open int) bool {
	s := f.sentence(open)
	if k := open - 1; k >= s.First && f.lower(k) == "as" && f.namingAs(k, s) {
		return false // described the book as “…”: what it is called, no title
	}
	for k := open - 1; k >= s.First && k >= open-3; k-- {
		if strongIntros[f.lower(k)] && !f.name(k, s) {
			return true
		}
	}
	return false
}

// name reports whether token k of sentence s is part of a name (the
// Song of Dr. Paul Song, not a song), so no introducing word.
func (f *finder) name(k int, s article.Range) bool {
	if f.mentionAt[k] >= 0 {
		return true
	}
	t := f.a.Tokens[k].Tag
	return (t == article.NNP || t == article.NNPS) && k > s.First
}

// titleCase reports whether a quotation of two to eight words is written
// as a title, every word but the small ones capitalized: a show, a book, a
// slogan or a group's name ("Meet the Press", "Make America Great Again").
func (f *finder) titleCase(m *marked) bool {
	n := 0
	for _, r := range m.Parts {
		for k := r.First; k < r.Last; k++ {
			t := f.a.Tokens[k]
			if t.Kind != article.Word && t.Kind != article.Abbreviation {
				continue
			}
			w := f.text(k)
			n++
			if n > 8 {
				return false
			}
			if k+1 < r.Last && f.a.Tokens[k+1].Kind == article.Punct && k+2 < r.Last {
				if p := f.text(k + 1); p == "." || p == "?" || p == "!" {
					return false // “Like Oakland. Or Ferguson”: sentences, not a title
				}
			}
			if c := w[0]; c >= 'a' && c <= 'z' && (!article.TitleSmall(w) || k == r.First) {
				return false
			}
		}
	}
	return n >= 2
}

// titleMarksAt returns the closing mark of the marks that open at token
// n, outside any other, when they hold words in title case after a
// possessive or a preposition (on CNN's “State of the Union”), else -1.
func (f *finder) titleMarksAt(n int) int {
	if n < 1 || !f.a.Tokens[n].Kind.IsQuote() || f.a.Tokens[n-1].Tag != article.POS && f.a.Tokens[n-1].Tag != article.IN {
		return -1
	}
	i := sort.Search(len(f.marks), func(i int) bool { return f.marks[i].Open >= n })
	if i == len(f.marks) || f.marks[i].Open != n || f.marks[i].Depth > 0 || f.marks[i].Close < 0 || !f.titleCase(&f.marks[i]) {
		return -1
	}
	return f.marks[i].Close
}
