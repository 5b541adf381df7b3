// Command whosaid reads news articles and prints who said what, about whom:
// the article's structure, its sentences, entities and quotations, as JSON,
// JSON lines or readable text.
//
// Usage:
//
//	whosaid [-format json|jsonl|text] [-tokens] [-stances] [-max-bytes N] [-html auto|yes|no] [file or folder ...]
//
// With no arguments, or the argument "-", it reads one article from standard
// input. Folders are walked recursively for .txt, .md, .html and .htm files.
// HTML (by extension, or by its first tag with -html auto) is analysed as
// the page's visible text, with every offset still into the file as read. A file that
// cannot be read or parsed is reported on standard error, naming it; the
// others are still processed, and the exit status is 1 at the end. With
// -stances the quotes also hold stance attributions (kind "stance": a
// source's stance, belief or topic, reported with no words of theirs).
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"github.com/whosaid/whosaid"
	"github.com/whosaid/whosaid/article"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

type options struct {
	format   string
	tokens   bool
	maxBytes int
	html     string
	stances  bool
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("whosaid", flag.ContinueOnError)
	fl.SetOutput(stderr)
	var o options
	fl.StringVar(&o.format, "format", "json", "output format: json, jsonl or text")
	fl.BoolVar(&o.tokens, "tokens", false, "include tokens (with kinds and tags) in JSON output")
	fl.IntVar(&o.maxBytes, "max-bytes", article.DefaultMaxBytes, "largest article accepted, in bytes (0: no limit)")
	fl.StringVar(&o.html, "html", "auto", "read input as HTML: auto (by extension or first tag), yes or no")
	fl.BoolVar(&o.stances, "stances", false, "also report stance attributions (kind stance), found by a learned model")
	if err := fl.Parse(args); err != nil {
		return 2
	}
	switch o.format {
	case "json", "jsonl", "text":
	default:
		fmt.Fprintf(stderr, "whosaid: unknown format %q (want json, jsonl or text)\n", o.format)
		return 2
	}
	switch o.html {
	case "auto", "yes", "no":
	default:
		fmt.Fprintf(stderr, "whosaid: unknown -html %q (want auto, yes or no)\n", o.html)
		return 2
	}
	files, failed := collect(fl.Args(), stderr)
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	if failed > 0 && len(files) == 0 {
		return 1
	}
	type result struct {
		text []byte
		err  error
	}
	results := make([]chan result, len(files))
	for i := range results {
		results[i] = make(chan result, 1)
	}
	jobs := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				b, err := process(files[i], stdin, o)
				results[i] <- result{b, err}
			}
		}()
	}
	go func() {
		for i := range files {
			jobs <- i
		}
		close(jobs)
		wg.Wait()
	}()
	for i, f := range files {
		r := <-results[i]
		if r.err != nil {
			fmt.Fprintf(stderr, "whosaid: %s: %v\n", f, r.err)
			failed++
			continue
		}
		out.Write(r.text)
	}
	if failed > 0 {
		return 1
	}
	return 0
}

// collect expands the arguments into a list of files, walking folders.
func collect(args []string, stderr io.Writer) (files []string, failed int) {
	if len(args) == 0 {
		return []string{"-"}, 0
	}
	for _, arg := range args {
		if arg == "-" {
			files = append(files, arg)
			continue
		}
		info, err := os.Stat(arg)
		if err != nil {
			fmt.Fprintf(stderr, "whosaid: %v\n", err)
			failed++
			continue
		}
		if !info.IsDir() {
			files = append(files, arg)
			continue
		}
		err = filepath.WalkDir(arg, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				fmt.Fprintf(stderr, "whosaid: %v\n", err)
				failed++
				return nil
			}
			if !d.IsDir() && isArticleFile(path) {
				files = append(files, path)
			}
			return nil
		})
		if err != nil {
			fmt.Fprintf(stderr, "whosaid: %v\n", err)
			failed++
		}
	}
	return files, failed
}

func isArticleFile(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".txt", ".md", ".html", ".htm":
		return true
	}
	return false
}

// process reads and analyses one file ("-" for standard input) and renders it.
func process(file string, stdin io.Reader, o options) ([]byte, error) {
	var raw []byte
	var err error
	limit := int64(o.maxBytes)
	if file == "-" {
		if limit > 0 {
			raw, err = io.ReadAll(io.LimitReader(stdin, limit+1))
		} else {
			raw, err = io.ReadAll(stdin)
		}
	} else {
		if info, serr := os.Stat(file); serr == nil && limit > 0 && info.Size() > limit {
			return nil, fmt.Errorf("%w: %d bytes, over the limit of %d", article.ErrTooLarge, info.Size(), limit)
		}
		raw, err = os.ReadFile(file)
	}
	if err != nil {
		return nil, err
	}
	if limit > 0 && int64(len(raw)) > limit {
		return nil, fmt.Errorf("%w: over the limit of %d bytes", article.ErrTooLarge, limit)
	}
	opts := []whosaid.Option{whosaid.WithMaxBytes(o.maxBytes)}
	if o.stances {
		opts = append(opts, whosaid.Stances())
	}
	ext := strings.ToLower(filepath.Ext(file))
	if o.html == "yes" || o.html == "auto" && (ext == ".html" || ext == ".htm" || article.LooksLikeHTML(string(raw[:min(len(raw), 512)]))) {
		opts = append(opts, whosaid.HTML())
	}
	doc, err := whosaid.Analyze(string(raw), opts...)
	if err != nil {
		return nil, err
	}
	name := file
	if file == "-" {
		name = "<stdin>"
	}
	var sb strings.Builder
	switch o.format {
	case "text":
		writeText(&sb, name, doc)
	case "jsonl":
		b, err := json.Marshal(doc.Report(name, o.tokens))
		if err != nil {
			return nil, err
		}
		sb.Write(b)
		sb.WriteByte('\n')
	default:
		b, err := json.MarshalIndent(doc.Report(name, o.tokens), "", "  ")
		if err != nil {
			return nil, err
		}
		sb.Write(b)
		sb.WriteByte('\n')
	}
	return []byte(sb.String()), nil
}
