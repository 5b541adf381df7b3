// Command whosaid-eval measures whosaid against annotated data: sentence
// segmentation on the Golden Rules, part-of-speech tags on GUM, entities and their clusters on
// GUM, quote attribution on PolNeAR, quotation speakers against GUM's coreference, and speed on PolNeAR's articles. Each subcommand takes the path of
// the shared data folder with -data and prints whosaid's figures beside
// prose v2's where prose has the feature.
//
// Usage:
//
//	whosaid-eval segment  -data ../shared/data
//	whosaid-eval pos      -data ../shared/data
//	whosaid-eval entities -data ../shared/data [-split test]
//	whosaid-eval clusters -data ../shared/data [-split test]
//	whosaid-eval quotes   -data ../shared/data [-split dev] [-stances] [-split train -tenfold]
//	whosaid-eval speakers -data ../shared/data [-split test]
//	whosaid-eval speed    -data ../shared/data [-split train]
package main

import (
	"fmt"
	"io"
	"os"
)

var subcommands = map[string]func(args []string, out io.Writer) error{
	"segment":  evalSegment,
	"pos":      evalPOS,
	"entities": evalEntities,
	"clusters": evalClusters,
	"quotes":   evalQuotes,
	"speakers": evalSpeakers,
	"speed":    evalSpeed,
}

func main() {
	if len(os.Args) < 2 || subcommands[os.Args[1]] == nil {
		fmt.Fprintln(os.Stderr, "usage: whosaid-eval segment|pos|entities|clusters|quotes|speakers|speed [-data ../shared/data] [flags]")
		os.Exit(2)
	}
	if err := subcommands[os.Args[1]](os.Args[2:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "whosaid-eval:", err)
		os.Exit(1)
	}
}
