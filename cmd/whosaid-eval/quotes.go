package main

import (
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode"

	"github.com/whosaid/whosaid"
	"github.com/whosaid/whosaid/article"
	"github.com/whosaid/whosaid/internal/corpus"
	"github.com/whosaid/whosaid/quotes"
)

// tokenSet is the set of word tokens of a that lie inside spans; tokens
// are in text order, so a binary search finds each span's first token.
func tokenSet(a *article.Article, spans [][2]int) map[int]bool {
	set := map[int]bool{}
	for _, s := range spans {
		i := sort.Search(len(a.Tokens), func(i int) bool { return a.Tokens[i].Start >= s[0] })
		for ; i < len(a.Tokens) && a.Tokens[i].End <= s[1]; i++ {
			if t := a.Tokens[i]; t.Kind == article.Word || t.Kind == article.Number || t.Kind == article.Abbreviation {
				set[i] = true
			}
		}
	}
	return set
}

// polnearDocs reads a PolNeAR split, and fails if it holds no article.
func polnearDocs(data, split string) ([]corpus.PolNeARDoc, error) {
	docs, err := corpus.ReadPolNeAR(data, split)
	if err != nil {
		return nil, err
	}
	if len(docs) == 0 {
		return nil, fmt.Errorf("no PolNeAR documents in %s/polnear/%s", data, split)
	}
	return docs, nil
}

// cueWord is the last word of a gold cue, lower case, or "(none)".
func cueWord(text string, cue [][2]int) string {
	if len(cue) == 0 {
		return "(none)"
	}
	f := strings.FieldsFunc(strings.ToLower(spansText(text, cue)), func(r rune) bool { return !unicode.IsLetter(r) && r != ':' })
	if len(f) == 0 {
		return "(none)"
	}
	return f[len(f)-1]
}

// sameWords reports whether a gold content and a prediction cover the same
// words: marks, punctuation and a leading "that" of the gold aside, so a
// quotation in parts matches however its parts are joined.
func sameWords(a *article.Article, gold, pred map[int]bool) bool {
	first := -1
	for t := range gold {
		if first < 0 || t < first {
			first = t
		}
	}
	n := 0
	for t := range gold {
		if t == first && strings.EqualFold(a.TokenText(t), "that") && !pred[t] {
			continue
		}
		if !pred[t] {
			return false
		}
		n++
	}
	return n == len(pred)
}

func normalized(text string, spans [][2]int) string {
	var parts []string
	for _, s := range spans {
		parts = append(parts, text[s[0]:s[1]])
	}
	t := strings.Join(parts, " ")
	t = strings.Trim(t, " \n\t\"“”'‘’.,;:")
	t = strings.TrimPrefix(t, "that ")
	return strings.Trim(t, " \n\t\"“”'‘’.,;:")
}

// hasMark reports whether a gold content holds a quotation mark: double
// (straight, curly or two apostrophes), an opening single curly mark, or a
// guillemet. A closing single curly mark is not counted: it is also the
// apostrophe.
func hasMark(text string, spans [][2]int) bool {
	for _, s := range spans {
		if t := text[s[0]:s[1]]; strings.ContainsAny(t, "\"“”‘«»") || strings.Contains(t, "''") {
			return true
		}
	}
	return false
}

type predicted struct {
	content, speaker [][2]int
	name             string
	cue              string // the cue's last word, lower case, or "(none)"
	direct           bool   // direct or mixed, or its content holds a quotation mark
	kind             quotes.Kind
}

// subset says which attributions a score counts.
type subset int

const (
	allAttributions subset = iota
	withMarks              // content holds a quotation mark; predictions also direct or mixed
	quotedOnly             // gold content is all in marks; predictions direct
)

// fullyQuoted reports whether a gold content opens and closes with a
// quotation mark, maybe after a leading "that" (said that “…”): a direct
// quotation, not reported speech holding one.
func fullyQuoted(text string, spans [][2]int) bool {
	if len(spans) == 0 {
		return false
	}
	t := strings.TrimSpace(spansText(text, spans))
	if len(t) > 5 && strings.EqualFold(t[:5], "that ") {
		t = strings.TrimSpace(t[5:])
	}
	t = strings.TrimRight(t, ".,;:!? ")
	open := strings.HasPrefix(t, "\"") || strings.HasPrefix(t, "“") || strings.HasPrefix(t, "''") || strings.HasPrefix(t, "‘") || strings.HasPrefix(t, "«")
	closed := strings.HasSuffix(t, "\"") || strings.HasSuffix(t, "”") || strings.HasSuffix(t, "''") || strings.HasSuffix(t, "’") || strings.HasSuffix(t, "»")
	return open && closed
}

type attrScore struct {
	gold, pred, matched, exact, speakerOK int
}

func (s attrScore) line(out io.Writer, name string) {
	p := float64(s.matched) / float64(max(s.pred, 1))
	r := float64(s.matched) / float64(max(s.gold, 1))
	f := 0.0
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	ep := float64(s.exact) / float64(max(s.pred, 1))
	er := float64(s.exact) / float64(max(s.gold, 1))
	ef := 0.0
	if ep+er > 0 {
		ef = 2 * ep * er / (ep + er)
	}
	fmt.Fprintf(out, "%-22s %5d %5d | %.3f %.3f %.3f | %.3f | %.3f (%d/%d)\n", name, s.gold, s.pred, p, r, f, ef,
		float64(s.speakerOK)/float64(max(s.matched, 1)), s.speakerOK, s.matched)
}

// quoteDetails says what evalQuotes prints beside the scores (its flags).
type quoteDetails struct {
	show, showExtra, inexact int    // how many more of each to print
	showAll, showWrong       string // cue word of the misses and unmatched to print
	categories               bool
}

// quoteEval accumulates the scores of predicted quotations against
// PolNeAR's gold, article by article.
type quoteEval struct {
	quoteDetails
	stances             bool // the articles are analysed with whosaid.Stances
	all, direct, quoted attrScore
	cats                *categories
	cueGold, cueHit     map[string]int // gold cue words: all, matched
	cuePred, cueRight   map[string]int // our cue words: predicted, matched
}

func newQuoteEval(d quoteDetails, stances bool) *quoteEval {
	return &quoteEval{quoteDetails: d, stances: stances, cats: newCategories(),
		cueGold: map[string]int{}, cueHit: map[string]int{}, cuePred: map[string]int{}, cueRight: map[string]int{}}
}

// evalQuotes scores attribution on PolNeAR: a predicted quotation matches a
// gold Content when each covers at least half of the other's words.
func evalQuotes(args []string, out io.Writer) error {
	fs := flag.NewFlagSet("quotes", flag.ContinueOnError)
	data := fs.String("data", "../shared/data", "path to the shared data folder")
	split := fs.String("split", "dev", "PolNeAR split (train to tune, dev to report)")
	var det quoteDetails
	fs.IntVar(&det.show, "errors", 0, "print up to this many unmatched quotations with marks, gold and predicted")
	fs.IntVar(&det.showExtra, "extra", 0, "print up to this many unmatched predicted quotations with marks, with the gold content they overlap most")
	byCue := fs.Int("bycue", 0, "print recall of all attributions for this many of the most frequent gold cue words, and precision for as many of ours")
	fs.IntVar(&det.inexact, "inexact", 0, "print up to this many matched quotations with marks whose spans differ from the gold")
	fs.StringVar(&det.showAll, "missed", "", "print every missed gold attribution whose cue word is this, or every one for * (all attributions)")
	fs.StringVar(&det.showWrong, "unmatched", "", "print every unmatched prediction whose cue word is this, or every one for * (all attributions), with the gold content it overlaps most")
	stances := fs.Bool("stances", false, "add stance attributions (whosaid.Stances)")
	fs.BoolVar(&det.categories, "categories", false, "count, with quotation marks, the misses by what lies nearest them (only our terms, a quotation of ours with other bounds, nothing) and the unmatched predictions by kind and how they lie on the gold")
	tenth := fs.Int("tenth", -1, "score only the articles i with i%10 == this (0-9): the ones whosaid-train stances -holdout left out")
	tenfold := fs.Bool("tenfold", false, "score every tenth of the split with both quote models trained (as whosaid-train does) on the other nine, counts pooled, with and without stances; the other flags print for the one -stances names")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *tenfold && *tenth >= 0 {
		return fmt.Errorf("-tenfold scores every tenth: -tenth %d is one", *tenth)
	}
	docs, err := polnearDocs(*data, *split)
	if err != nil {
		return err
	}
	// Each article with the options it is analysed with: the embedded
	// models, or with -tenfold its tenth's.
	var opts [][]whosaid.Option
	if *tenfold {
		if opts, err = foldOptions(docs); err != nil {
			return err
		}
	} else {
		docs = corpus.Tenth(docs, *tenth, true)
		opts = make([][]whosaid.Option, len(docs))
	}
	evals := []*quoteEval{newQuoteEval(det, *stances)}
	if *tenfold {
		evals = append(evals, newQuoteEval(quoteDetails{}, !*stances))
	}
	for _, e := range evals {
		o := opts
		if e.stances {
			o = make([][]whosaid.Option, len(opts))
			for k := range opts {
				o[k] = append(opts[k][:len(opts[k]):len(opts[k])], whosaid.Stances())
			}
		}
		err := analyzeEach(docs, o, func(d corpus.PolNeARDoc, doc *whosaid.Document) { e.add(out, d, doc) })
		if err != nil {
			return err
		}
	}
	what := *split
	if *tenfold {
		what += ", ten-fold (each tenth scored with quote models trained on the other nine)"
	}
	fmt.Fprintf(out, "PolNeAR %s, %d articles (first annotator); match = each covers >= 50%% of the other's words\n", what, len(docs))
	for _, e := range evals {
		if *tenfold {
			if e.stances {
				fmt.Fprintln(out, "with stances:")
			} else {
				fmt.Fprintln(out, "without stances:")
			}
		}
		e.print(out, *byCue)
	}
	return nil
}

// print writes the scores (and with byCue > 0, recall and precision by cue
// word).
func (e *quoteEval) print(out io.Writer, byCue int) {
	fmt.Fprintf(out, "%-22s %5s %5s | %-17s | %-5s | %s\n", "attributions", "gold", "pred", "P     R     F1", "exact F1", "speaker accuracy")
	e.all.line(out, "all")
	e.direct.line(out, "with quotation marks")
	e.quoted.line(out, "all in marks (direct)")
	if e.categories {
		e.cats.print(out)
	}
	if byCue > 0 {
		fmt.Fprintf(out, "recall by gold cue word (all attributions):\n")
		printByCue(out, e.cueHit, e.cueGold, byCue)
		fmt.Fprintf(out, "precision by our cue word (all attributions):\n")
		printByCue(out, e.cueRight, e.cuePred, byCue)
	}
}

// add scores the quotations doc found in gold article d, and prints what
// the details ask for.
func (e *quoteEval) add(out io.Writer, d corpus.PolNeARDoc, doc *whosaid.Document) {
	a := doc.Article
	var preds []predicted
	var terms []map[int]bool // the words of each of our terms
	for _, q := range doc.Quotes {
		if q.Kind == quotes.Term && e.categories {
			terms = append(terms, tokenSet(a, [][2]int{{q.Content.Start, q.Content.End}}))
			e.cats.terms++
		}
		if q.Kind == quotes.Term || q.Outer >= 0 {
			continue
		}
		p := predicted{name: q.SpeakerName, direct: q.Kind == quotes.Direct || q.Kind == quotes.Mixed, kind: q.Kind}
		p.cue = "(none)"
		if !q.Cue.Empty() {
			p.cue = cueWord(d.Text, [][2]int{{q.Cue.Start, q.Cue.End}})
		}
		for _, s := range q.Parts {
			p.content = append(p.content, [2]int{s.Start, s.End})
		}
		// Reported speech around a title or scare quote holds marks
		// too, as the gold contents counted with them do.
		p.direct = p.direct || hasMark(d.Text, p.content)
		if !q.Speaker.Empty() {
			p.speaker = [][2]int{{q.Speaker.Start, q.Speaker.End}}
		}
		preds = append(preds, p)
	}
	// The words of every gold and predicted content, once per article
	// for the three subsets.
	goldSets := make([]map[int]bool, len(d.Attributions))
	for i, g := range d.Attributions {
		goldSets[i] = tokenSet(a, g.Content)
	}
	predSets := make([]map[int]bool, len(preds))
	for i, p := range preds {
		predSets[i] = tokenSet(a, p.content)
	}
	score := func(s *attrScore, sub subset) {
		onlyDirect := sub == withMarks
		var golds []int // indexes into d.Attributions
		for gi, g := range d.Attributions {
			if sub == allAttributions || sub == withMarks && hasMark(d.Text, g.Content) || sub == quotedOnly && fullyQuoted(d.Text, g.Content) {
				golds = append(golds, gi)
			}
		}
		var ps []predicted
		var psets []map[int]bool
		for i, p := range preds {
			if sub == allAttributions || sub == withMarks && p.direct || sub == quotedOnly && p.kind == quotes.Direct {
				ps = append(ps, p)
				psets = append(psets, predSets[i])
			}
		}
		s.gold += len(golds)
		s.pred += len(ps)
		if sub == allAttributions {
			for _, p := range ps {
				e.cuePred[p.cue]++
			}
		}
		used := make([]bool, len(ps))
		for _, gi := range golds {
			g, gset := d.Attributions[gi], goldSets[gi]
			best, bestOver := -1, 0.0
			for i := range ps {
				if used[i] || len(gset) == 0 || len(psets[i]) == 0 {
					continue
				}
				n := overlap(psets[i], gset)
				o := min(float64(n)/float64(len(gset)), float64(n)/float64(len(psets[i])))
				if o >= 0.5 && o > bestOver {
					best, bestOver = i, o
				}
			}
			if sub == allAttributions {
				w := cueWord(d.Text, g.Cue)
				e.cueGold[w]++
				if best >= 0 {
					e.cueHit[w]++
				} else if w == e.showAll || e.showAll == "*" {
					fmt.Fprintf(out, "missed %s: %.200q\n\tcue %q source %q\n", w, attributionText(d.Text, g), spansText(d.Text, g.Cue), spansText(d.Text, g.Source))
				}
			}
			if best < 0 {
				if onlyDirect && e.categories {
					e.cats.miss(gset, psets, terms)
				}
				if onlyDirect && e.show > 0 {
					e.show--
					fmt.Fprintf(out, "missed: %.100q\n", spansText(d.Text, g.Content))
				}
				continue
			}
			used[best] = true
			if sub == allAttributions {
				e.cueRight[ps[best].cue]++
			}
			if onlyDirect && e.show > 0 && !speakerAgrees(d.Text, g.Source, ps[best]) {
				e.show--
				fmt.Fprintf(out, "speaker: gold %q ours %q (%q) for %.60q\n", spansText(d.Text, g.Source), spansText(d.Text, ps[best].speaker), ps[best].name, spansText(d.Text, g.Content))
				if len(ps[best].speaker) == 0 {
					from := max(ps[best].content[0][0]-160, 0)
					fmt.Fprintf(out, "  before: %q\n", d.Text[from:ps[best].content[0][0]])
					end := ps[best].content[len(ps[best].content)-1][1]
					fmt.Fprintf(out, "  after: %q\n", d.Text[end:min(end+160, len(d.Text))])
				}
			}
			s.matched++
			if sameWords(a, gset, psets[best]) {
				s.exact++
			} else if onlyDirect && e.inexact > 0 {
				e.inexact--
				fmt.Fprintf(out, "inexact:\n  gold %q\n  ours %q\n", normalized(d.Text, g.Content), normalized(d.Text, ps[best].content))
			}
			if speakerAgrees(d.Text, g.Source, ps[best]) {
				s.speakerOK++
			}
		}
		if sub == allAttributions && e.showWrong != "" {
			for i, p := range ps {
				if !used[i] && (p.cue == e.showWrong || e.showWrong == "*") {
					gi, how := howItLies(psets[i], goldSets)
					gold := ""
					if gi >= 0 {
						gold = spansText(d.Text, d.Attributions[gi].Content)
					}
					fmt.Fprintf(out, "unmatched %s, %s, %s: %.200q (%s)\n\tgold: %.200q\n", p.cue, p.kind, how, spansText(d.Text, p.content), p.name, gold)
				}
			}
		}
		if onlyDirect && e.categories {
			for i, p := range ps {
				if !used[i] {
					e.cats.extra(p.kind, psets[i], goldSets)
				}
			}
		}
		if onlyDirect && e.showExtra > 0 {
			// Unmatched predictions, with the gold content they
			// overlap most: "extra" if it is under half, "taken" if
			// another prediction matched that gold first.
			for i, p := range ps {
				if used[i] {
					continue
				}
				what, gold := "extra", ""
				if gi := mostOverlapped(psets[i], goldSets); gi >= 0 {
					gold = spansText(d.Text, d.Attributions[gi].Content)
					if n := overlap(psets[i], goldSets[gi]); 2*n >= len(goldSets[gi]) && 2*n >= len(psets[i]) {
						what = "taken"
					}
				}
				if e.showExtra > 0 {
					e.showExtra--
					fmt.Fprintf(out, "%s: %.90q (%s) gold: %.90q\n", what, spansText(d.Text, p.content), p.name, gold)
				}
			}
		}
	}
	score(&e.all, allAttributions)
	score(&e.direct, withMarks)
	score(&e.quoted, quotedOnly)
}

// mostOverlapped is the index of the gold content sharing most words with
// pred, or -1 if none shares any.
func mostOverlapped(pred map[int]bool, golds []map[int]bool) int {
	best, bestN := -1, 0
	for gi, g := range golds {
		if n := overlap(pred, g); n > bestN {
			best, bestN = gi, n
		}
	}
	return best
}

// printByCue prints hits of total for the n cue words with the largest
// totals, most first.
func printByCue(out io.Writer, hits, total map[string]int, n int) {
	words := mostFirst(total)
	for _, w := range words[:min(n, len(words))] {
		fmt.Fprintf(out, "  %-14s %4d/%-4d %.2f\n", w, hits[w], total[w], float64(hits[w])/float64(total[w]))
	}
}

// speakerAgrees reports whether the predicted speaker overlaps the gold
// source, names the same person (the gold "Carrow", ours "Harriet
// Carrow"), or is the phrase right before a gold relative pronoun ("Mike
// Lee" for the gold "who" of "Mike Leland, who said").
func speakerAgrees(text string, gold [][2]int, p predicted) bool {
	if len(gold) == 0 {
		return len(p.speaker) == 0 && p.name == ""
	}
	for _, g := range gold {
		for _, s := range p.speaker {
			if s[0] < g[1] && g[0] < s[1] {
				return true
			}
		}
		src := strings.ToLower(text[g[0]:g[1]])
		if src == "who" || src == "which" || src == "that" {
			// The gold marks a relative pronoun; we give the phrase it
			// stands for, just before it.
			for _, s := range p.speaker {
				if s[1] <= g[0] && strings.Trim(text[s[1]:g[0]], " ,") == "" {
					return true
				}
			}
		}
		for _, w := range strings.Fields(strings.ToLower(p.name)) {
			if len(w) > 2 && strings.Contains(src, w) {
				return true
			}
		}
	}
	return false
}

// attributionText is the text from the first to the last span of an
// attribution (source, cue and content), so a missed one is read in its
// sentence.
func attributionText(text string, g corpus.Attribution) string {
	lo, hi := len(text), 0
	for _, spans := range [][][2]int{g.Source, g.Cue, g.Content} {
		for _, s := range spans {
			lo, hi = min(lo, s[0]), max(hi, s[1])
		}
	}
	if lo >= hi {
		return ""
	}
	return text[lo:hi]
}

func spansText(text string, spans [][2]int) string {
	var parts []string
	for _, s := range spans {
		parts = append(parts, text[s[0]:s[1]])
	}
	return strings.Join(parts, " … ")
}

// categories counts, for the contents with quotation marks, why gold
// contents were missed and why predictions matched none.
type categories struct {
	terms  int            // our terms, in all
	misses map[string]int // missed gold contents by what lies nearest
	extras map[string]int // unmatched predictions by kind and how they lie
}

func newCategories() *categories {
	return &categories{misses: map[string]int{}, extras: map[string]int{}}
}

// overlap returns how many words a and b share.
func overlap(a, b map[int]bool) int {
	n := 0
	for t := range a {
		if b[t] {
			n++
		}
	}
	return n
}

// miss counts a missed gold content with words gset: overlapping a
// prediction ("other bounds"), only our terms ("only terms", "a term
// alone would match" when one covers half of it and it half of the term)
// or nothing.
func (c *categories) miss(gset map[int]bool, preds, terms []map[int]bool) {
	for _, p := range preds {
		if overlap(p, gset) > 0 {
			c.misses["a quotation of ours with other bounds"]++
			return
		}
	}
	what := "nothing of ours"
	for _, t := range terms {
		if n := overlap(t, gset); n > 0 {
			what = "only terms of ours"
			if 2*n >= len(gset) && 2*n >= len(t) {
				c.misses["only terms of ours, one alone would match"]++
				return
			}
		}
	}
	c.misses[what]++
}

// extra counts an unmatched prediction of kind k with words pset by how it
// lies on the gold content it shares most words with: none, inside a
// longer one, around a shorter one, crossing it, or matching one another
// prediction matched first.
func (c *categories) extra(k quotes.Kind, pset map[int]bool, golds []map[int]bool) {
	_, how := howItLies(pset, golds)
	c.extras[k.String()+", "+how]++
}

// howItLies returns the gold content an unmatched prediction (its words
// pset) overlaps most, -1 if none, and how it lies on it: over half of
// each (so another prediction matched it first), inside it, around it or
// crossing it.
func howItLies(pset map[int]bool, golds []map[int]bool) (int, string) {
	gi := mostOverlapped(pset, golds)
	if gi < 0 {
		return gi, "no gold"
	}
	n, g := overlap(pset, golds[gi]), golds[gi]
	switch {
	case 2*n >= len(g) && 2*n >= len(pset):
		return gi, "a gold matched by another"
	case n == len(pset):
		return gi, "inside a longer gold"
	case n == len(g):
		return gi, "around a shorter gold"
	}
	return gi, "crossing a gold"
}

func (c *categories) print(out io.Writer) {
	fmt.Fprintf(out, "with quotation marks, missed gold contents by what lies nearest (our terms: %d):\n", c.terms)
	printCounts(out, c.misses)
	fmt.Fprintf(out, "with quotation marks, unmatched predictions by kind and how they lie on the gold:\n")
	printCounts(out, c.extras)
}

// printCounts prints the counts, most first.
func printCounts(out io.Writer, m map[string]int) {
	for _, k := range mostFirst(m) {
		fmt.Fprintf(out, "  %5d  %s\n", m[k], k)
	}
}

// mostFirst returns the keys of counts, the largest count first (ties in
// alphabetical order).
func mostFirst(counts map[string]int) []string {
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if counts[keys[i]] != counts[keys[j]] {
			return counts[keys[i]] > counts[keys[j]]
		}
		return keys[i] < keys[j]
	})
	return keys
}
