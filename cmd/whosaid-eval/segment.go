package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/jdkato/prose/v2"
	"github.com/whosaid/whosaid/article"
)

type goldenRules struct {
	Cases []struct {
		ID        int      `json:"id"`
		Rule      string   `json:"rule"`
		Text      string   `json:"text"`
		Sentences []string `json:"sentences"`
	} `json:"cases"`
}

// evalSegment scores sentence segmentation on the English Golden Rules, for
// whosaid and for prose, and prints whosaid's failures.
func evalSegment(args []string, out io.Writer) error {
	fs := flag.NewFlagSet("segment", flag.ContinueOnError)
	data := fs.String("data", "../shared/data", "path to the shared data folder")
	withProse := fs.Bool("prose", true, "also score prose v2's segmenter")
	if err := fs.Parse(args); err != nil {
		return err
	}
	raw, err := os.ReadFile(filepath.Join(*data, "segmentation", "golden_rules_en.json"))
	if err != nil {
		return err
	}
	var g goldenRules
	if err := json.Unmarshal(raw, &g); err != nil {
		return fmt.Errorf("golden rules: %w", err)
	}
	ours, theirs := 0, 0
	for _, c := range g.Cases {
		a, err := article.Parse(c.Text, article.WithTagging(false))
		if err != nil {
			return err
		}
		var got []string
		for _, s := range a.Sentences {
			got = append(got, s.Text(a.Text))
		}
		if equalStrings(got, c.Sentences) {
			ours++
		} else {
			fmt.Fprintf(out, "FAIL %2d %s\n  text: %q\n  want: %q\n  got:  %q\n", c.ID, c.Rule, c.Text, c.Sentences, got)
		}
		if *withProse {
			doc, err := prose.NewDocument(c.Text, prose.WithTagging(false), prose.WithExtraction(false), prose.WithTokenization(false))
			if err != nil {
				return err
			}
			var ps []string
			for _, s := range doc.Sentences() {
				ps = append(ps, s.Text)
			}
			if equalStrings(ps, c.Sentences) {
				theirs++
			}
		}
	}
	fmt.Fprintf(out, "whosaid: %d/%d golden rules\n", ours, len(g.Cases))
	if *withProse {
		fmt.Fprintf(out, "prose v2: %d/%d golden rules\n", theirs, len(g.Cases))
	}
	return nil
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
