// Package corpus reads the annotated corpora whosaid is trained and measured
// on (GUM, WikiGold, PolNeAR, the Golden Rules) from the shared data folder.
// It is internal: the formats are the corpora's, not the library's.
package corpus

import (
	"bufio"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// GUMToken is one gold token of a GUM sentence.
type GUMToken struct {
	Form, XPOS, Misc string
	Deprel           string // the relation to the head (nsubj, conj, ...)
	Head             int    // 1-based index of the head in the sentence, 0 for the root
	SpaceAfter       bool
}

// GUMMention is an entity mention of GUM: tokens First..Last (inclusive,
// indexes into the sentence), its type (person, place, organization, ...),
// its Wikipedia identity, if any, and its entity number: the mentions of
// one entity in a document (its coreference chain) share it.
type GUMMention struct {
	First, Last    int
	Type, Identity string
	ID             int
}

// GUMSentence is a sentence of a GUM document.
type GUMSentence struct {
	Tokens   []GUMToken
	Mentions []GUMMention
	NewPar   bool // the sentence starts a paragraph
}

// GUMDoc is a GUM document: its name, genre and sentences.
type GUMDoc struct {
	Name, Genre string
	Sentences   []GUMSentence
}

// ReadGUM reads every GUM_*.conllu file under data/gum/dep.
func ReadGUM(data string) ([]GUMDoc, error) {
	files, err := filepath.Glob(filepath.Join(data, "gum", "dep", "GUM_*.conllu"))
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	docs := make([]GUMDoc, 0, len(files))
	for _, f := range files {
		d, err := readConllu(f)
		if err != nil {
			return nil, err
		}
		docs = append(docs, d)
	}
	return docs, nil
}

type openMention struct {
	id, first  int
	typ, ident string
}

func readConllu(path string) (GUMDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return GUMDoc{}, err
	}
	defer f.Close()
	name := strings.TrimSuffix(filepath.Base(path), ".conllu")
	d := GUMDoc{Name: name, Genre: strings.SplitN(name, "_", 3)[1]}
	var cur GUMSentence
	var open []openMention // entity mentions can span sentences only in theory; GUM closes them
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	flush := func() {
		if len(cur.Tokens) > 0 {
			d.Sentences = append(d.Sentences, cur)
		}
		cur = GUMSentence{}
		open = open[:0]
	}
	for sc.Scan() {
		line := sc.Text()
		if line == "" {
			flush()
			continue
		}
		if line[0] == '#' {
			if strings.HasPrefix(line, "# newpar") {
				cur.NewPar = true
			}
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) < 10 || strings.ContainsAny(cols[0], "-.") {
			continue // multiword token ranges and empty nodes
		}
		head, _ := strconv.Atoi(cols[6])
		i := len(cur.Tokens)
		cur.Tokens = append(cur.Tokens, GUMToken{Form: cols[1], XPOS: cols[4], Misc: cols[9], Deprel: cols[7], Head: head,
			SpaceAfter: !strings.Contains(cols[9], "SpaceAfter=No")})
		for _, field := range strings.Split(cols[9], "|") {
			if v, ok := strings.CutPrefix(field, "Entity="); ok {
				open = parseEntityField(v, i, open, &cur.Mentions)
			}
		}
	}
	flush()
	return d, sc.Err()
}

// parseEntityField reads GUM's bracketed entity notation on token i:
// "(id-type-infstat-salience-centering-minspan-link[-identity]" opens a
// mention, "id)" closes it, and an opener directly followed by ")" is a
// one-token mention.
func parseEntityField(v string, i int, open []openMention, out *[]GUMMention) []openMention {
	for p := 0; p < len(v); {
		switch {
		case v[p] == '(':
			k := p + 1
			for k < len(v) && v[k] != '(' && v[k] != ')' {
				k++
			}
			fields := strings.Split(v[p+1:k], "-")
			m := openMention{first: i}
			m.id, _ = strconv.Atoi(fields[0])
			if len(fields) > 1 {
				m.typ = fields[1]
			}
			if len(fields) > 7 {
				m.ident = strings.Join(fields[7:], "-")
			}
			if k < len(v) && v[k] == ')' {
				*out = append(*out, GUMMention{First: i, Last: i, Type: m.typ, Identity: m.ident, ID: m.id})
				k++
			} else {
				open = append(open, m)
			}
			p = k
		case v[p] >= '0' && v[p] <= '9':
			k := p
			for k < len(v) && v[k] >= '0' && v[k] <= '9' {
				k++
			}
			id, _ := strconv.Atoi(v[p:k])
			for j := len(open) - 1; j >= 0; j-- {
				if open[j].id == id {
					m := open[j]
					*out = append(*out, GUMMention{First: m.first, Last: i, Type: m.typ, Identity: m.ident, ID: m.id})
					open = append(open[:j], open[j+1:]...)
					break
				}
			}
			if k < len(v) && v[k] == ')' {
				k++
			}
			p = k
		default:
			p++
		}
	}
	return open
}

// ReadGUMWhere reads the GUM documents that keep accepts, given each one's
// split as gum/splits.md lists it ("" for the documents it does not list,
// which are train) and its name.
func ReadGUMWhere(data string, keep func(split, name string) bool) ([]GUMDoc, error) {
	docs, err := ReadGUM(data)
	if err != nil {
		return nil, err
	}
	splits, err := GUMSplits(data)
	if err != nil {
		return nil, err
	}
	out := docs[:0]
	for _, d := range docs {
		if keep(splits[d.Name], d.Name) {
			out = append(out, d)
		}
	}
	return out, nil
}

// GUMSplits reads gum/splits.md: document name to split (train, dev, test, test2).
func GUMSplits(data string) (map[string]string, error) {
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

// Text joins gold tokens with the spacing GUM records.
func (s GUMSentence) Text() string {
	var b strings.Builder
	for _, t := range s.Tokens {
		b.WriteString(t.Form)
		if t.SpaceAfter {
			b.WriteByte(' ')
		}
	}
	return strings.TrimSpace(b.String())
}

// Words returns the forms of the sentence's tokens.
func (s GUMSentence) Words() []string {
	w := make([]string, len(s.Tokens))
	for i, t := range s.Tokens {
		w[i] = t.Form
	}
	return w
}
