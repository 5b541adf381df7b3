package quotes_test

import (
	"fmt"

	"github.com/whosaid/whosaid/article"
	"github.com/whosaid/whosaid/entities"
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

func ExampleResolvePronouns() {
	text := "Nora Quist studied in Leeds, where she met Tom Hale. She later ran for mayor, and his firm backed her."
	a, err := article.Parse(text)
	if err != nil {
		panic(err)
	}
	ents := entities.Recognize(a)
	for _, r := range quotes.ResolvePronouns(a, ents) {
		fmt.Printf("%s at %d: %s\n", r.Pronoun.Text(text), r.Pronoun.Start, ents.Clusters[r.Cluster].Name)
	}
	// Output:
	// she at 35: Nora Quist
	// She at 53: Nora Quist
	// his at 82: Tom Hale
	// her at 98: Nora Quist
}
