package main

import (
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/jdkato/prose/v2"
	"github.com/whosaid/whosaid/article"
	"github.com/whosaid/whosaid/internal/align"
	"github.com/whosaid/whosaid/internal/corpus"
)

// sameTag compares tags, treating prose's ( and ) as the treebank's -LRB- and -RRB-.
func sameTag(got, gold string) bool {
	switch got {
	case "(":
		got = "-LRB-"
	case ")":
		got = "-RRB-"
	}
	return got == gold
}

// evalPOS scores part-of-speech tags against GUM's gold XPOS tags, on gold
// tokens for whosaid, and on prose's own tokenization (aligned to the gold
// tokens; a gold token prose does not produce counts as wrong) for prose.
func evalPOS(args []string, out io.Writer) error {
	fs := flag.NewFlagSet("pos", flag.ContinueOnError)
	data := fs.String("data", "../shared/data", "path to the shared data folder")
	withProse := fs.Bool("prose", true, "also score prose v2")
	if err := fs.Parse(args); err != nil {
		return err
	}
	docs, err := corpus.ReadGUM(*data)
	if err != nil {
		return err
	}
	if len(docs) == 0 {
		return fmt.Errorf("no GUM documents under %s", *data)
	}
	var model *prose.Model
	if *withProse {
		model = prose.ModelFromData("eval")
	}
	type score struct{ total, ours, theirs int }
	byGenre := map[string]*score{}
	all := &score{}
	for _, d := range docs {
		g := byGenre[d.Genre]
		if g == nil {
			g = &score{}
			byGenre[d.Genre] = g
		}
		for _, s := range d.Sentences {
			words := s.Words()
			tags, err := article.TagWords(words)
			if err != nil {
				return err
			}
			for i, t := range s.Tokens {
				g.total++
				all.total++
				if sameTag(tags[i].String(), t.XPOS) {
					g.ours++
					all.ours++
				}
			}
			if model == nil {
				continue
			}
			doc, err := prose.NewDocument(s.Text(), prose.UsingModel(model), prose.WithSegmentation(false), prose.WithExtraction(false))
			if err != nil {
				return err
			}
			var pw, pt []string
			for _, tok := range doc.Tokens() {
				pw = append(pw, tok.Text)
				pt = append(pt, tok.Tag)
			}
			for _, pair := range align.Words(words, pw) {
				if sameTag(pt[pair[1]], s.Tokens[pair[0]].XPOS) {
					g.theirs++
					all.theirs++
				}
			}
		}
	}
	genres := make([]string, 0, len(byGenre))
	for g := range byGenre {
		genres = append(genres, g)
	}
	sort.Slice(genres, func(i, j int) bool {
		a, b := byGenre[genres[i]], byGenre[genres[j]]
		return float64(a.ours)/float64(a.total) < float64(b.ours)/float64(b.total)
	})
	fmt.Fprintf(out, "%-12s %8s %9s %9s\n", "genre", "tokens", "whosaid", "prose v2")
	line := func(name string, s *score) {
		fmt.Fprintf(out, "%-12s %8d %8.2f%% %8.2f%%\n", name, s.total, 100*float64(s.ours)/float64(s.total), 100*float64(s.theirs)/float64(s.total))
	}
	for _, g := range genres {
		line(g, byGenre[g])
	}
	fmt.Fprintln(out, strings.Repeat("-", 42))
	line("all", all)
	return nil
}
