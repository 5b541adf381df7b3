package main

import (
	"flag"
	"fmt"
	"io"
	"runtime"
	"time"

	"github.com/jdkato/prose/v2"
	"github.com/whosaid/whosaid"
)

// evalSpeed measures Analyze on real, varied news text (PolNeAR articles,
// one goroutine, models loaded before timing) and prose v2's NewDocument
// on the first of them in the same run. The benchmarks in the packages use
// one sample article repeated, which flatters caches; this does not.
func evalSpeed(args []string, out io.Writer) error {
	fs := flag.NewFlagSet("speed", flag.ContinueOnError)
	data := fs.String("data", "../shared/data", "path to the shared data folder")
	split := fs.String("split", "train", "PolNeAR split whose texts to analyse")
	proseDocs := fs.Int("prose", 40, "how many of the articles prose analyses too (it is slow)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	docs, err := polnearDocs(*data, *split)
	if err != nil {
		return err
	}
	if _, err := whosaid.Analyze("Warm up, said Ann Lee in Leeds."); err != nil {
		return err
	}
	runtime.GC()
	n := 0
	start := time.Now()
	for _, d := range docs {
		if _, err := whosaid.Analyze(d.Text); err != nil {
			return fmt.Errorf("%s: %w", d.Name, err)
		}
		n += len(d.Text)
	}
	ours := float64(n) / 1e6 / time.Since(start).Seconds()

	m := prose.ModelFromData("speed")
	k := min(*proseDocs, len(docs))
	pn := 0
	start = time.Now()
	for _, d := range docs[:k] {
		if _, err := prose.NewDocument(d.Text, prose.UsingModel(m)); err != nil {
			return err
		}
		pn += len(d.Text)
	}
	theirs := float64(pn) / 1e6 / time.Since(start).Seconds()
	fmt.Fprintf(out, "PolNeAR %s: %d articles, %.2f MB, one goroutine\n", *split, len(docs), float64(n)/1e6)
	fmt.Fprintf(out, "whosaid Analyze (structure, tags, entities, quotes): %.2f MB/s\n", ours)
	fmt.Fprintf(out, "prose v2 NewDocument, model loaded once (%d articles): %.3f MB/s\n", k, theirs)
	fmt.Fprintf(out, "ratio: %.0f×\n", ours/theirs)
	return nil
}
