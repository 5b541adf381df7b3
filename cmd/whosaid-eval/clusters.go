package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/whosaid/whosaid/article"
	"github.com/whosaid/whosaid/entities"
	"github.com/whosaid/whosaid/internal/corpus"
)

// evalClusters scores how whosaid groups the named mentions of a document
// into entities, against GUM's coreference: over the gold named mentions
// whosaid also finds (exact span, any label), B-cubed and pairwise
// precision and recall of our clusters against GUM's entities, beside two
// baselines on the same mentions: every mention alone, and mentions of the
// same words (ignoring case) together.
func evalClusters(args []string, out io.Writer) error {
	fs := flag.NewFlagSet("clusters", flag.ContinueOnError)
	data := fs.String("data", "../shared/data", "path to the shared data folder")
	split := fs.String("split", "test", "GUM split to score on (test, dev)")
	modelFile := fs.String("model", "", "use this entity model file (from whosaid-train entities) instead of the embedded one")
	errs := fs.Int("errors", 0, "print up to this many gold entities whose matched mentions we split, or clusters of ours that join entities")
	if err := fs.Parse(args); err != nil {
		return err
	}
	model, err := entityModel(*modelFile)
	if err != nil {
		return err
	}
	docs, err := gumBuilt(*data, *split, "")
	if err != nil {
		return err
	}
	var ours, alone, sameWords partitionScore
	gold, found := 0, 0
	for _, b := range docs {
		a, err := article.Parse(b.Text)
		if err != nil {
			return err
		}
		res := model.Recognize(a)
		at := map[[2]int]int{} // our mention by span
		for i, m := range res.Mentions {
			at[[2]int{m.Start, m.End}] = i
		}
		// The gold mentions we find: their gold entity, our cluster, their words.
		var g, o, single, words []int
		texts := map[string]int{}
		for _, e := range b.Entities {
			gold++
			mi, ok := at[[2]int{e.Start, e.End}]
			if !ok {
				continue
			}
			found++
			g = append(g, e.Entity)
			o = append(o, res.Mentions[mi].Cluster)
			single = append(single, len(single))
			key := strings.ToLower(b.Text[e.Start:e.End])
			if _, ok := texts[key]; !ok {
				texts[key] = len(texts)
			}
			words = append(words, texts[key])
		}
		ours.add(g, o)
		alone.add(g, single)
		sameWords.add(g, words)
		if *errs > 0 {
			*errs -= printClusterErrors(out, b, res, g, o, *errs)
		}
	}
	fmt.Fprintf(out, "GUM %s split, %d documents: %d of %d gold named mentions found (exact span), scored against GUM's coreference\n", *split, len(docs), found, gold)
	fmt.Fprintf(out, "%-22s | %-17s | %-17s\n", "clustering", "B-cubed P  R   F1", "pairwise P  R   F1")
	ours.line(out, "whosaid")
	sameWords.line(out, "same words together")
	alone.line(out, "every mention alone")
	return nil
}

// entityModel reads the entity model file, or returns the embedded model
// for "".
func entityModel(file string) (*entities.Model, error) {
	if file == "" {
		return entities.DefaultModel()
	}
	f, err := os.Open(file)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return entities.ReadModel(f)
}

// partitionScore sums, over documents, the B-cubed and pairwise counts of a
// predicted partition of mentions against the gold one.
type partitionScore struct {
	mentions         int
	bPrec, bRec      float64 // sums of per-mention B-cubed precision and recall
	pairsBoth        int     // mention pairs together in both
	pairsOurs, pairs int     // pairs together in ours, in the gold
}

// add scores one document: gold[i] and ours[i] are the gold entity and the
// predicted cluster of mention i.
func (s *partitionScore) add(gold, ours []int) {
	inGold, inOurs, inBoth := map[int]int{}, map[int]int{}, map[[2]int]int{}
	for i := range gold {
		inGold[gold[i]]++
		inOurs[ours[i]]++
		inBoth[[2]int{gold[i], ours[i]}]++
	}
	for i := range gold {
		both := float64(inBoth[[2]int{gold[i], ours[i]}])
		s.bPrec += both / float64(inOurs[ours[i]])
		s.bRec += both / float64(inGold[gold[i]])
	}
	s.mentions += len(gold)
	pairs := func(n int) int { return n * (n - 1) / 2 }
	for _, n := range inGold {
		s.pairs += pairs(n)
	}
	for _, n := range inOurs {
		s.pairsOurs += pairs(n)
	}
	for _, n := range inBoth {
		s.pairsBoth += pairs(n)
	}
}

func (s *partitionScore) line(out io.Writer, name string) {
	f1 := func(p, r float64) float64 {
		if p+r == 0 {
			return 0
		}
		return 2 * p * r / (p + r)
	}
	ratio := func(a, b int) float64 {
		if b == 0 {
			return 0
		}
		return float64(a) / float64(b)
	}
	bp, br := s.bPrec/float64(max(s.mentions, 1)), s.bRec/float64(max(s.mentions, 1))
	pp, pr := ratio(s.pairsBoth, s.pairsOurs), ratio(s.pairsBoth, s.pairs)
	fmt.Fprintf(out, "%-22s | %.3f %.3f %.3f | %.3f %.3f %.3f\n", name, bp, br, f1(bp, br), pp, pr, f1(pp, pr))
}

// printClusterErrors prints, for one document, each gold entity whose found
// mentions we put in more than one cluster and each cluster of ours that
// holds found mentions of more than one gold entity, up to limit lines; it
// returns the lines printed.
func printClusterErrors(out io.Writer, b corpus.Built, res *entities.Result, gold, ours []int, limit int) int {
	split := map[int]map[int]bool{}  // gold entity -> our clusters
	joined := map[int]map[int]bool{} // our cluster -> gold entities
	for i := range gold {
		if split[gold[i]] == nil {
			split[gold[i]] = map[int]bool{}
		}
		if joined[ours[i]] == nil {
			joined[ours[i]] = map[int]bool{}
		}
		split[gold[i]][ours[i]] = true
		joined[ours[i]][gold[i]] = true
	}
	names := func(c int) string {
		var ws []string
		for _, mi := range res.Clusters[c].Mentions {
			ws = append(ws, fmt.Sprintf("%q", b.Text[res.Mentions[mi].Start:res.Mentions[mi].End]))
		}
		return strings.Join(ws, " ")
	}
	n := 0
	seenGold, seenOurs := map[int]bool{}, map[int]bool{}
	for i := range gold {
		if n >= limit {
			break
		}
		if e := gold[i]; len(split[e]) > 1 && !seenGold[e] {
			seenGold[e] = true
			var parts []string
			for c := range split[e] {
				parts = append(parts, "["+names(c)+"]")
			}
			sort.Strings(parts)
			fmt.Fprintf(out, "%s: split  %s\n", b.Name, strings.Join(parts, " "))
			n++
		}
		if c := ours[i]; len(joined[c]) > 1 && !seenOurs[c] && n < limit {
			seenOurs[c] = true
			fmt.Fprintf(out, "%s: joined %s\n", b.Name, names(c))
			n++
		}
	}
	return n
}
