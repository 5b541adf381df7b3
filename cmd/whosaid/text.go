package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/whosaid/whosaid"
	"github.com/whosaid/whosaid/quotes"
)

// writeText prints the document's structure for a person at a terminal.
func writeText(sb *strings.Builder, name string, doc *whosaid.Document) {
	a := doc.Article
	fmt.Fprintf(sb, "== %s\n", name)
	if !a.Headline.Empty() {
		fmt.Fprintf(sb, "headline: %s\n", doc.Visible(a.Headline))
	}
	if !a.Byline.Empty() {
		fmt.Fprintf(sb, "byline:   %s\n", doc.Visible(a.Byline))
	}
	if !a.Dateline.Empty() {
		fmt.Fprintf(sb, "dateline: %s\n", doc.Visible(a.Dateline))
	}
	sb.WriteByte('\n')
	for i, p := range a.Paragraphs {
		fmt.Fprintf(sb, "[%d %s]\n", i, p.Kind)
		for s := p.Sentences.First; s < p.Sentences.Last; s++ {
			fmt.Fprintf(sb, "  | %s\n", doc.Visible(a.Sentences[s].Span))
		}
		for _, c := range p.Credits {
			fmt.Fprintf(sb, "  credit: %s\n", doc.Visible(c))
		}
	}
	writeQuotes(sb, doc)
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

// writeQuotes prints each quotation under its speaker, speakers in order
// of their first quotation; terms and unattributed quotations last.
func writeQuotes(sb *strings.Builder, doc *whosaid.Document) {
	if len(doc.Quotes) == 0 {
		return
	}
	var order []string
	bySpeaker := map[string][]string{}
	for _, q := range doc.Quotes {
		who := q.SpeakerName
		kind := q.Kind.String()
		if q.Outer >= 0 && q.Kind != quotes.Term {
			// words quoted inside another quotation: under their own
			// speaker when the outer one names it (My father used to
			// say, ‘…’), else under the outer speaker's
			kind = "inner"
			if who == "" {
				who = doc.Quotes[q.Outer].SpeakerName
			}
		}
		switch {
		case q.Kind == quotes.Term:
			who = "(terms, not anyone's words)"
		case who == "":
			who = "(no speaker found)"
		}
		if _, ok := bySpeaker[who]; !ok {
			order = append(order, who)
		}
		var parts []string
		for _, p := range q.Parts {
			parts = append(parts, doc.Visible(p))
		}
		line := fmt.Sprintf("%-8s %s", kind, strings.Join(parts, " … "))
		if !q.Cue.Empty() {
			// in the order the text gives them: "Devlin said", "said
			// Devlin", "According to a report"
			first, second := doc.Visible(q.Speaker), doc.Visible(q.Cue)
			if !q.Speaker.Empty() && q.Cue.Start < q.Speaker.Start {
				first, second = second, first
			}
			line += fmt.Sprintf("  [%s]", strings.TrimSpace(first+" "+second))
		}
		if q.Kind != quotes.Term {
			var about []string
			for _, c := range doc.About(q) {
				about = append(about, doc.Entities.Clusters[c].Name)
			}
			if len(about) > 0 {
				line += "  (about " + strings.Join(about, ", ") + ")"
			}
		}
		bySpeaker[who] = append(bySpeaker[who], line)
	}
	sort.SliceStable(order, func(i, j int) bool { return !strings.HasPrefix(order[i], "(") && strings.HasPrefix(order[j], "(") })
	sb.WriteString("\nquotes:\n")
	for _, who := range order {
		fmt.Fprintf(sb, "  %s\n", who)
		for _, l := range bySpeaker[who] {
			fmt.Fprintf(sb, "    %s\n", strings.ReplaceAll(l, "\n", " "))
		}
	}
}
