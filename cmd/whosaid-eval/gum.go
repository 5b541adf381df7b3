package main

import (
	"bufio"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// gumToken is one gold token of a GUM sentence.
type gumToken struct {
	Form, XPOS, Misc string
	SpaceAfter       bool
}

// gumDoc is a GUM document: its name, genre and sentences.
type gumDoc struct {
	Name, Genre string
	Sentences   [][]gumToken
}

// readGUM reads every GUM_*.conllu file under dir/gum/dep.
func readGUM(data string) ([]gumDoc, error) {
	files, err := filepath.Glob(filepath.Join(data, "gum", "dep", "GUM_*.conllu"))
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	var docs []gumDoc
	for _, f := range files {
		d, err := readConllu(f)
		if err != nil {
			return nil, err
		}
		docs = append(docs, d)
	}
	return docs, nil
}

func readConllu(path string) (gumDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return gumDoc{}, err
	}
	defer f.Close()
	name := strings.TrimSuffix(filepath.Base(path), ".conllu")
	d := gumDoc{Name: name, Genre: strings.SplitN(name, "_", 3)[1]}
	var cur []gumToken
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		line := sc.Text()
		if line == "" {
			if len(cur) > 0 {
				d.Sentences = append(d.Sentences, cur)
				cur = nil
			}
			continue
		}
		if line[0] == '#' {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) < 10 || strings.ContainsAny(cols[0], "-.") {
			continue // multiword token ranges and empty nodes
		}
		cur = append(cur, gumToken{Form: cols[1], XPOS: cols[4], Misc: cols[9], SpaceAfter: !strings.Contains(cols[9], "SpaceAfter=No")})
	}
	if len(cur) > 0 {
		d.Sentences = append(d.Sentences, cur)
	}
	return d, sc.Err()
}

// gumSplits reads gum/splits.md: document name to split (train, dev, test, test2).
func gumSplits(data string) (map[string]string, error) {
	raw, err := os.ReadFile(filepath.Join(data, "gum", "splits.md"))
	if err != nil {
		return nil, err
	}
	out := map[string]string{}
	split := ""
	for _, line := range strings.Split(string(raw), "\n") {
		line = strings.TrimSpace(line)
		switch {
		case strings.HasPrefix(line, "## "):
			split = strings.TrimSpace(line[3:])
		case strings.HasPrefix(line, "* "):
			out[strings.TrimSpace(line[2:])] = split
		}
	}
	return out, nil
}

// sentenceText joins gold tokens with the spacing GUM records.
func sentenceText(s []gumToken) string {
	var b strings.Builder
	for _, t := range s {
		b.WriteString(t.Form)
		if t.SpaceAfter {
			b.WriteByte(' ')
		}
	}
	return strings.TrimSpace(b.String())
}

// alignWords pairs equal words of a and b in order (longest common subsequence).
func alignWords(a, b []string) [][2]int {
	n, m := len(a), len(b)
	dp := make([][]int32, n+1)
	for i := range dp {
		dp[i] = make([]int32, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if a[i] == b[j] {
				dp[i][j] = dp[i+1][j+1] + 1
			} else {
				dp[i][j] = max(dp[i+1][j], dp[i][j+1])
			}
		}
	}
	var out [][2]int
	for i, j := 0, 0; i < n && j < m; {
		switch {
		case a[i] == b[j]:
			out = append(out, [2]int{i, j})
			i++
			j++
		case dp[i+1][j] >= dp[i][j+1]:
			i++
		default:
			j++
		}
	}
	return out
}
