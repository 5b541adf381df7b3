package main

import (
	"fmt"
	"os"
	"runtime"
	"sync"

	"github.com/whosaid/whosaid"
	"github.com/whosaid/whosaid/internal/corpus"
	"github.com/whosaid/whosaid/quotes"
)

// foldOptions trains, for each tenth of docs (the articles i with i%10 ==
// t), both quote models on the other nine tenths, as whosaid-train bounds
// and stances -holdout t do, and returns each article's options: its
// tenth's models. The tenths train in parallel, one per core.
func foldOptions(docs []corpus.PolNeARDoc) ([][]whosaid.Option, error) {
	type fold struct {
		bounds  *quotes.BoundsModel
		stances *quotes.StanceModel
		err     error
	}
	var folds [10]fold
	tenths := make(chan int)
	go func() {
		for t := range folds {
			tenths <- t
		}
		close(tenths)
	}()
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(folds)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for t := range tenths {
				f := &folds[t]
				arts := corpus.QuoteTraining(corpus.Tenth(docs, t, false))
				if f.bounds, f.err = quotes.TrainBounds(arts, quotes.DefaultBoundsTraining); f.err != nil {
					continue
				}
				st := quotes.DefaultStanceTraining
				st.Bounds = f.bounds
				f.stances, f.err = quotes.TrainStances(arts, st)
				fmt.Fprintf(os.Stderr, "whosaid-eval: quote models trained without tenth %d\n", t)
			}
		}()
	}
	wg.Wait()
	opts := make([][]whosaid.Option, len(docs))
	for i := range docs {
		f := folds[i%10]
		if f.err != nil {
			return nil, fmt.Errorf("tenth %d: %w", i%10, f.err)
		}
		opts[i] = []whosaid.Option{whosaid.WithQuoteOptions(quotes.WithBoundsModel(f.bounds), quotes.WithStanceModel(f.stances))}
	}
	return opts, nil
}

// analyzeEach analyses every article of docs with its options (opts[i])
// on every core and calls fn with each, in the order of docs. At the first
// article that cannot be analysed it stops, analysing no more, and returns
// its error.
func analyzeEach(docs []corpus.PolNeARDoc, opts [][]whosaid.Option, fn func(corpus.PolNeARDoc, *whosaid.Document)) error {
	type result struct {
		doc *whosaid.Document
		err error
	}
	workers := runtime.GOMAXPROCS(0)
	results := make([]chan result, len(docs))
	for i := range results {
		results[i] = make(chan result, 1) // a worker never waits to hand over
	}
	// At most a few articles ahead of fn are kept.
	ahead := make(chan struct{}, 4*workers)
	next := make(chan int)
	done := make(chan struct{})
	defer close(done)
	go func() {
		defer close(next)
		for i := range docs {
			select {
			case ahead <- struct{}{}:
			case <-done:
				return
			}
			select {
			case next <- i:
			case <-done:
				return
			}
		}
	}()
	for range workers {
		go func() {
			for i := range next {
				doc, err := whosaid.Analyze(docs[i].Text, opts[i]...)
				results[i] <- result{doc, err}
			}
		}()
	}
	for i, d := range docs {
		r := <-results[i]
		<-ahead
		if r.err != nil {
			return fmt.Errorf("%s: %w", d.Name, r.err)
		}
		fn(d, r.doc)
	}
	return nil
}
