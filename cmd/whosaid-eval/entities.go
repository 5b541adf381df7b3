package main

import (
	"flag"
	"fmt"
	"io"
	"math"
	"sort"
	"strings"

	"github.com/jdkato/prose/v2"
	"github.com/whosaid/whosaid/article"
	"github.com/whosaid/whosaid/entities"
	"github.com/whosaid/whosaid/internal/corpus"
)

type span3 struct {
	start, end int
	label      string
}

type prf struct{ tp, fp, fn int }

func (s prf) scores() (p, r, f float64) {
	if s.tp+s.fp > 0 {
		p = float64(s.tp) / float64(s.tp+s.fp)
	}
	if s.tp+s.fn > 0 {
		r = float64(s.tp) / float64(s.tp+s.fn)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

// spanSet is the set of spans in ss.
func spanSet(ss []span3) map[span3]bool {
	set := make(map[span3]bool, len(ss))
	for _, s := range ss {
		set[s] = true
	}
	return set
}

// score counts exact span-and-label matches per label (and under "all").
func score(gold, pred []span3, into map[string]*prf) {
	get := func(l string) *prf {
		if into[l] == nil {
			into[l] = &prf{}
		}
		return into[l]
	}
	g, p := spanSet(gold), spanSet(pred)
	for _, s := range pred {
		if g[s] {
			get(s.label).tp++
			get("all").tp++
		} else {
			get(s.label).fp++
			get("all").fp++
		}
	}
	for _, s := range gold {
		if !p[s] {
			get(s.label).fn++
			get("all").fn++
		}
	}
}

// evalLabel maps labels to GUM's three named types.
func evalLabel(l string) string {
	switch l {
	case "person", "PERSON":
		return "PERSON"
	case "organization", "ORG":
		return "ORG"
	case "place", "GPE", "LOC", "FAC":
		return "PLACE"
	}
	return ""
}

// gumBuilt reads the GUM documents of a split (of one genre, unless genre
// is "") and lays each out as text with its gold named mentions; none is
// an error.
func gumBuilt(data, split, genre string) ([]corpus.Built, error) {
	docs, err := corpus.ReadGUMWhere(data, func(s, name string) bool {
		return s == split && (genre == "" || strings.HasPrefix(name, "GUM_"+genre+"_"))
	})
	if err != nil {
		return nil, err
	}
	if len(docs) == 0 {
		return nil, fmt.Errorf("no GUM documents of split %q (genre %q) under %s", split, genre, data)
	}
	builts := make([]corpus.Built, len(docs))
	for i, d := range docs {
		builts[i] = corpus.BuildGUM(d, entities.IsTitle)
	}
	return builts, nil
}

// evalEntities scores entity mentions (exact span and label) on a GUM
// split, for whosaid and for prose v2's NER on the same text.
func evalEntities(args []string, out io.Writer) error {
	fs := flag.NewFlagSet("entities", flag.ContinueOnError)
	data := fs.String("data", "../shared/data", "path to the shared data folder")
	split := fs.String("split", "test", "GUM split to score on (test, dev), or wikigold: all of WikiGold, out of domain (for a model trained with -wikigold=false)")
	withProse := fs.Bool("prose", true, "also score prose v2")
	errs := fs.Int("errors", 0, "print up to this many of whosaid's errors")
	genre := fs.String("genre", "", "score only documents of this GUM genre (news, bio, academic ...)")
	modelFile := fs.String("model", "", "score this model file (from whosaid-train entities) instead of the embedded one")
	calibration := fs.Bool("calibration", false, "print how often our mentions are right at each tenth of confidence, the expected calibration error and the log-loss")
	if err := fs.Parse(args); err != nil {
		return err
	}
	ours, err := entityModel(*modelFile)
	if err != nil {
		return err
	}
	var builts []corpus.Built
	if *split == "wikigold" {
		w, err := corpus.ReadWikiGold(*data)
		if err != nil {
			return err
		}
		builts = w
	} else if builts, err = gumBuilt(*data, *split, *genre); err != nil {
		return err
	}
	var model *prose.Model
	if *withProse {
		model = prose.ModelFromData("eval")
	}
	oursScore, theirs := map[string]*prf{}, map[string]*prf{}
	var cal calibrationTable
	ndocs, shown := 0, 0
	for _, b := range builts {
		ndocs++
		var gold []span3
		for _, e := range b.Entities {
			gold = append(gold, span3{e.Start, e.End, evalLabel(e.Type)})
		}
		a, err := article.Parse(b.Text)
		if err != nil {
			return err
		}
		res := ours.Recognize(a)
		var pred []span3
		goldSet := spanSet(gold)
		for _, m := range res.Mentions {
			if l := evalLabel(m.Label.String()); l != "" {
				pred = append(pred, span3{m.Start, m.End, l})
				cal.add(m.Confidence, goldSet[span3{m.Start, m.End, l}])
			}
		}
		score(gold, pred, oursScore)
		if shown < *errs {
			shown += printErrors(out, b.Text, gold, pred, *errs-shown)
		}
		if model == nil {
			continue
		}
		doc, err := prose.NewDocument(b.Text, prose.UsingModel(model))
		if err != nil {
			return err
		}
		var ppred []span3
		at := 0
		for _, e := range doc.Entities() {
			i := strings.Index(b.Text[at:], e.Text)
			if i < 0 {
				continue
			}
			s := at + i
			at = s + len(e.Text)
			if l := evalLabel(e.Label); l != "" {
				ppred = append(ppred, span3{s, at, l})
			}
		}
		score(gold, ppred, theirs)
	}
	if ndocs == 0 {
		return fmt.Errorf("no documents of split %q under %s", *split, *data)
	}
	if *genre != "" {
		fmt.Fprintf(out, "genre %s only; ", *genre)
	}
	corpusName := "GUM " + *split + " split"
	if *split == "wikigold" {
		corpusName = "WikiGold (MISC left out)"
	}
	fmt.Fprintf(out, "%s, %d documents; exact span and label; PLACE = GPE+LOC+FAC (prose: GPE)\n", corpusName, ndocs)
	fmt.Fprintf(out, "%-7s %6s | %-20s | %-20s\n", "label", "gold", "whosaid  P     R     F1", "prose v2  P     R     F1")
	for _, l := range []string{"PERSON", "ORG", "PLACE", "all"} {
		o := oursScore[l]
		if o == nil {
			o = &prf{}
		}
		t := theirs[l]
		if t == nil {
			t = &prf{}
		}
		p1, r1, f1 := o.scores()
		p2, r2, f2 := t.scores()
		fmt.Fprintf(out, "%-7s %6d | %.3f %.3f %.3f    | %.3f %.3f %.3f\n", l, o.tp+o.fn, p1, r1, f1, p2, r2, f2)
	}
	if *calibration {
		cal.print(out)
	}
	return nil
}

// calibrationTable counts our mentions, and the right ones, by tenth of
// confidence, and sums the log-loss.
type calibrationTable struct {
	n, right [11]int
	logLoss  float64
}

func (c *calibrationTable) add(conf float64, right bool) {
	k := int(conf * 10)
	c.n[k]++
	p := min(max(conf, 1e-4), 1-1e-4)
	if right {
		c.right[k]++
		c.logLoss -= math.Log(p)
	} else {
		c.logLoss -= math.Log(1 - p)
	}
}

func (c *calibrationTable) print(out io.Writer) {
	total := 0
	for _, n := range c.n {
		total += n
	}
	if total == 0 {
		return
	}
	fmt.Fprintf(out, "confidence   mentions  right\n")
	var ece float64
	for k, n := range c.n {
		if n == 0 {
			continue
		}
		prec := float64(c.right[k]) / float64(n)
		mid := min((float64(k)+0.5)/10, 1)
		ece += math.Abs(prec-mid) * float64(n) / float64(total)
		fmt.Fprintf(out, "%.1f-%.1f   %8d  %.2f\n", float64(k)/10, min(float64(k+1)/10, 1), n, prec)
	}
	fmt.Fprintf(out, "expected calibration error %.3f, log-loss %.3f per mention\n", ece, c.logLoss/float64(total))
}

func printErrors(out io.Writer, text string, gold, pred []span3, n int) int {
	g, p := spanSet(gold), spanSet(pred)
	var lines []string
	var at []int
	for _, s := range pred {
		if !g[s] {
			lines = append(lines, fmt.Sprintf("  extra  %-6s %q", s.label, text[s.start:s.end]))
			at = append(at, s.start)
		}
	}
	for _, s := range gold {
		if !p[s] {
			lines = append(lines, fmt.Sprintf("  missed %-6s %q", s.label, text[s.start:s.end]))
			at = append(at, s.start)
		}
	}
	idx := make([]int, len(lines))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(i, j int) bool { return at[idx[i]] < at[idx[j]] })
	k := 0
	for _, i := range idx {
		if k == n {
			break
		}
		fmt.Fprintln(out, lines[i])
		k++
	}
	return k
}
