package article_test

import (
	"fmt"

	"github.com/whosaid/whosaid/article"
)

func ExampleParse() {
	text := "Bridge to reopen in May\n\nBy Ann Lee\n\nLEEDS, England — The bridge will reopen in May. “We are nearly there,” said Harriet Vance."
	a, err := article.Parse(text)
	if err != nil {
		panic(err)
	}
	fmt.Println("headline:", a.Headline.Text(a.Text))
	fmt.Println("byline:", a.Byline.Text(a.Text))
	fmt.Println("dateline:", a.Dateline.Text(a.Text))
	for _, s := range a.Sentences {
		fmt.Printf("%d-%d %s\n", s.Start, s.End, s.Text(a.Text))
	}
	// Output:
	// headline: Bridge to reopen in May
	// byline: By Ann Lee
	// dateline: LEEDS, England —
	// 0-23 Bridge to reopen in May
	// 25-35 By Ann Lee
	// 37-55 LEEDS, England —
	// 56-86 The bridge will reopen in May.
	// 87-133 “We are nearly there,” said Harriet Vance.
}

func ExampleHTMLText() {
	page := `<h1>Talks stall</h1><p>&ldquo;Not yet,&rdquo; she said.</p>`
	text, m := article.HTMLText(page)
	fmt.Printf("%q\n", text)
	a, err := article.Parse(text)
	if err != nil {
		panic(err)
	}
	a.Remap(m) // spans now point into the page
	last := a.Sentences[len(a.Sentences)-1]
	fmt.Println(last.Start, last.End, last.Text(page))
	// Output:
	// "Talks stall\n\n“Not yet,” she said.\n\n"
	// 23 55 &ldquo;Not yet,&rdquo; she said.
}
