package corpus

import (
	"bufio"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/whosaid/whosaid/quotes"
)

// Attribution is a PolNeAR attribution: content, cue and source spans as
// byte offsets into the article's text (the corpus gives code points).
type Attribution struct {
	Content, Cue, Source [][2]int
}

// PolNeARDoc is a PolNeAR article with the attributions of one annotator.
type PolNeARDoc struct {
	Name, Text   string
	Attributions []Attribution
}

// ReadPolNeAR reads a PolNeAR split (data/polnear/<split>): every text with
// the annotations of the first annotator in sorted order.
func ReadPolNeAR(data, split string) ([]PolNeARDoc, error) {
	dir := filepath.Join(data, "polnear", split)
	texts, err := filepath.Glob(filepath.Join(dir, "text", "*.txt"))
	if err != nil {
		return nil, err
	}
	anns, err := filepath.Glob(filepath.Join(dir, "attributions", "*.ann"))
	if err != nil {
		return nil, err
	}
	sort.Strings(texts)
	sort.Strings(anns)
	var docs []PolNeARDoc
	for _, tf := range texts {
		name := strings.TrimSuffix(filepath.Base(tf), ".txt")
		i := sort.SearchStrings(anns, filepath.Join(dir, "attributions", name+"_"))
		if i == len(anns) || !strings.HasPrefix(filepath.Base(anns[i]), name+"_") {
			continue
		}
		raw, err := os.ReadFile(tf)
		if err != nil {
			return nil, err
		}
		d := PolNeARDoc{Name: name, Text: string(raw)}
		if d.Attributions, err = readAnn(anns[i], d.Text); err != nil {
			return nil, err
		}
		docs = append(docs, d)
	}
	return docs, nil
}

func readAnn(path, text string) ([]Attribution, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	// code point → byte offset
	byteAt := make([]int, 0, len(text)+1)
	for i := range text {
		byteAt = append(byteAt, i)
	}
	byteAt = append(byteAt, len(text))
	conv := func(cp int) int {
		if cp < 0 {
			return 0
		}
		if cp >= len(byteAt) {
			return len(text)
		}
		return byteAt[cp]
	}
	spans := map[string][][2]int{}
	var rels [][]string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) < 2 {
			continue
		}
		switch cols[0][0] {
		case 'T':
			sp := strings.SplitN(cols[1], " ", 2)
			if len(sp) < 2 {
				continue
			}
			var ss [][2]int
			for _, part := range strings.Split(sp[1], ";") {
				ab := strings.Fields(part)
				if len(ab) != 2 {
					continue
				}
				a, _ := strconv.Atoi(ab[0])
				b, _ := strconv.Atoi(ab[1])
				ss = append(ss, [2]int{conv(a), conv(b)})
			}
			spans[cols[0]] = ss
		case 'E':
			rels = append(rels, strings.Fields(cols[1]))
		}
	}
	var out []Attribution
	for _, r := range rels {
		var at Attribution
		for _, kv := range r {
			k, v, ok := strings.Cut(kv, ":")
			if !ok {
				continue
			}
			switch {
			case strings.HasPrefix(k, "Content"):
				at.Content = append(at.Content, spans[v]...)
			case strings.HasPrefix(k, "Cue"):
				at.Cue = append(at.Cue, spans[v]...)
			case strings.HasPrefix(k, "Source"):
				at.Source = append(at.Source, spans[v]...)
			}
		}
		if len(at.Content) > 0 {
			out = append(out, at)
		}
	}
	return out, sc.Err()
}

// Tenth splits docs for tuning on held-out articles: the articles i with
// i%10 == n when held is true, the others when it is false. n < 0 keeps
// every article.
func Tenth(docs []PolNeARDoc, n int, held bool) []PolNeARDoc {
	if n < 0 {
		return docs
	}
	var out []PolNeARDoc
	for i, d := range docs {
		if (i%10 == n) == held {
			out = append(out, d)
		}
	}
	return out
}

// QuoteTraining is docs as training articles for package quotes: each with
// its gold cue spans and contents.
func QuoteTraining(docs []PolNeARDoc) []quotes.TrainingArticle {
	arts := make([]quotes.TrainingArticle, len(docs))
	for i, d := range docs {
		arts[i].Text = d.Text
		for _, at := range d.Attributions {
			arts[i].Cues = append(arts[i].Cues, at.Cue...)
			arts[i].Contents = append(arts[i].Contents, at.Content)
		}
	}
	return arts
}
