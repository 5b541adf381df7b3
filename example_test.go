package whosaid_test

import (
	"fmt"

	"github.com/whosaid/whosaid"
)

func ExampleAnalyze() {
	text := "Bridge to reopen in May\n\n" +
		"“We are nearly there,” said Harriet Vance, the city engineer. " +
		"She added that the work had cost £2 million.\n\n" +
		"Critics called it a “bridge to nowhere.” The plan, titled “Crossing 2030,” was approved in March."
	doc, err := whosaid.Analyze(text)
	if err != nil {
		panic(err)
	}
	for _, q := range doc.Quotes {
		fmt.Printf("%s: %q (%s)\n", q.Kind, q.Content.Text(text), q.SpeakerName)
	}
	// Output:
	// direct: "We are nearly there" (Harriet Vance)
	// indirect: "the work had cost £2 million" (Harriet Vance)
	// mixed: "it a “bridge to nowhere.”" (Critics)
	// term: "Crossing 2030" ()
}

func ExampleDocument_Report() {
	doc, err := whosaid.Analyze("Mayor Tessa Ambrose visited Leeds on Monday.")
	if err != nil {
		panic(err)
	}
	r := doc.Report("note.txt", false)
	for _, e := range r.Entities {
		c := r.Clusters[e.Cluster]
		fmt.Println(e.Label, e.Text, "→", c.Name, c.Title)
	}
	// Output:
	// PERSON Tessa Ambrose → Tessa Ambrose Mayor
	// GPE Leeds → Leeds
}

func ExampleHTML() {
	page := `<h1>Bridge to reopen</h1><p>&ldquo;We are <em>nearly</em> there,&rdquo; said Harriet Vance.</p>`
	doc, err := whosaid.Analyze(page, whosaid.HTML())
	if err != nil {
		panic(err)
	}
	q := doc.Quotes[0]
	fmt.Println(q.SpeakerName)
	fmt.Println(q.Content.Start, q.Content.End, q.Content.Text(page))
	fmt.Println(doc.Visible(q.Content))
	// Output:
	// Harriet Vance
	// 35 63 We are <em>nearly</em> there
	// We are nearly there
}
