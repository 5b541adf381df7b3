package quotes_test

import (
	"fmt"

	"github.com/whosaid/whosaid/article"
	"github.com/whosaid/whosaid/quotes"
)

func ExampleFind() {
	text := "Mayor Nora Quist spoke on Monday.\n\n“We are ready,” she said, “but the weather is not.” She added that the works would start in May."
	a, err := article.Parse(text)
	if err != nil {
		panic(err)
	}
	for _, q := range quotes.Find(a, nil) {
		fmt.Printf("%s by %s [%s]: %s\n", q.Kind, q.SpeakerName, q.Cue.Text(text), q.Content.Text(text))
	}
	// Output:
	// direct by Nora Quist [said]: We are ready,” she said, “but the weather is not.
	// indirect by Nora Quist [added]: the works would start in May
}

func ExampleWithStances() {
	text := "“We are ready,” Mayor Nora Quist said.\n\nCouncillor Tom Hale has voiced support for a new bridge."
	a, err := article.Parse(text)
	if err != nil {
		panic(err)
	}
	for _, q := range quotes.Find(a, nil, quotes.WithStances()) {
		if q.Kind == quotes.Stance {
			// Where a stance's cue ends and its content starts is the
			// model's call: print them together.
			fmt.Printf("%s by %s: %s\n", q.Kind, q.SpeakerName, text[q.Cue.Start:q.Content.End])
			continue
		}
		fmt.Printf("%s by %s [%s]: %s\n", q.Kind, q.SpeakerName, q.Cue.Text(text), q.Content.Text(text))
	}
	// Output:
	// direct by Nora Quist [said]: We are ready
	// stance by Tom Hale: has voiced support for a new bridge
}
