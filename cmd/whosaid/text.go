package main

import (
	"fmt"
	"strings"

	"github.com/whosaid/whosaid"
)

// writeText prints the document's structure for a person at a terminal.
func writeText(sb *strings.Builder, name string, doc *whosaid.Document) {
	a := doc.Article
	fmt.Fprintf(sb, "== %s\n", name)
	if !a.Headline.Empty() {
		fmt.Fprintf(sb, "headline: %s\n", a.Headline.Text(a.Text))
	}
	if !a.Byline.Empty() {
		fmt.Fprintf(sb, "byline:   %s\n", a.Byline.Text(a.Text))
	}
	if !a.Dateline.Empty() {
		fmt.Fprintf(sb, "dateline: %s\n", a.Dateline.Text(a.Text))
	}
	sb.WriteByte('\n')
	for i, p := range a.Paragraphs {
		fmt.Fprintf(sb, "[%d %s]\n", i, p.Kind)
		for s := p.Sentences.First; s < p.Sentences.Last; s++ {
			fmt.Fprintf(sb, "  | %s\n", a.Sentences[s].Text(a.Text))
		}
		for _, c := range p.Credits {
			fmt.Fprintf(sb, "  credit: %s\n", c.Text(a.Text))
		}
	}
	if doc.Entities != nil && len(doc.Entities.Clusters) > 0 {
		sb.WriteString("\nentities:\n")
		for _, c := range doc.Entities.Clusters {
			title := ""
			if c.Title != "" {
				title = " (" + c.Title + ")"
			}
			fmt.Fprintf(sb, "  %-6s %s%s ×%d\n", c.Label, c.Name, title, len(c.Mentions))
		}
	}
	sb.WriteByte('\n')
}
