// Command quotes is a small example of the whosaid library: it reads an
// article on standard input and prints who said what.
//
//	go run ./examples/quotes < testdata/sample-article.txt
package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/whosaid/whosaid"
	"github.com/whosaid/whosaid/quotes"
)

func main() {
	raw, err := io.ReadAll(os.Stdin)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	text := string(raw)
	doc, err := whosaid.Analyze(text)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	for _, q := range doc.Quotes {
		if q.Kind == quotes.Term || q.SpeakerName == "" {
			continue
		}
		// A quotation split by its cue comes in parts: print the words,
		// not the cue between them.
		var parts []string
		for _, p := range q.Parts {
			parts = append(parts, p.Text(text))
		}
		fmt.Printf("%s (%s): %s\n", q.SpeakerName, q.Kind, strings.Join(parts, " … "))
	}
}
