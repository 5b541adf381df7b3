package entities

import (
	_ "embed"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"sort"

	"github.com/whosaid/whosaid/article"
	"github.com/whosaid/whosaid/internal/modelfile"
)

// WordClasses map words to classes of words that occur in like contexts
// (Monday, Tuesday …; Senator, Governor …; Moscow, Geneva …), learned
// without labels from plain text by WordClassesFrom. The entity model uses
// a word's class as a feature, so a name it never saw in training still
// looks like the names it did; a model is trained with its classes and
// carries them in its file. Words are keyed by the hash of their exact
// text (tokenInfo.word).
type WordClasses struct {
	class map[uint64]uint16
}

// Len returns how many words have a class.
func (c *WordClasses) Len() int {
	if c == nil {
		return 0
	}
	return len(c.class)
}

// Class returns the class of the word w (its exact text), plus one; 0 if
// it has none (or c is nil). Other layers use it as a feature too.
func (c *WordClasses) Class(w string) int { return int(c.of(hashString(w))) }

// of returns the class of the word with hash h, plus one; 0 if none (or
// no classes).
func (c *WordClasses) of(h uint64) uint64 {
	if c == nil {
		return 0
	}
	if k, ok := c.class[h]; ok {
		return uint64(k) + 1
	}
	return 0
}

// writeTo writes the classes: the count, then hash and class pairs in
// hash order.
func (c *WordClasses) writeTo(w io.Writer) {
	if c == nil {
		c = &WordClasses{}
	}
	modelfile.WriteMap(w, c.class)
}

// readWordClasses reads classes written by writeTo.
func readWordClasses(r io.Reader) (*WordClasses, error) {
	class, err := modelfile.ReadMap[uint16](r, 1<<24)
	if err != nil {
		return nil, err
	}
	return &WordClasses{class: class}, nil
}

// WordClassOptions controls WordClassesFrom.
type WordClassOptions struct {
	Classes   int       // how many classes (default 256)
	MinCount  int       // words seen fewer times get no class (default 3)
	Contexts  int       // the most frequent words used as left and right contexts (default 600)
	Rounds    int       // k-means rounds (default 12)
	Seed      uint64    // the first centroids' seed
	Log       io.Writer // progress, if not nil
	MaxTokens int       // stop reading after this many tokens (0: all)
}

// WordClassesFrom learns word classes from plain texts: each word seen
// MinCount times becomes a vector of the words just before and after it
// (log counts, over the Contexts most frequent words), and k-means with
// cosine similarity groups the vectors into Classes classes.
func WordClassesFrom(texts []string, o WordClassOptions) *WordClasses {
	if o.Classes == 0 {
		o.Classes = 256
	}
	if o.MinCount == 0 {
		o.MinCount = 3
	}
	if o.Contexts == 0 {
		o.Contexts = 600
	}
	if o.Rounds == 0 {
		o.Rounds = 12
	}
	// The text as word ids, sentence edges as -1.
	ids := map[string]int32{}
	var words []string
	var count []int
	var seq []int32
	for _, t := range texts {
		seq = append(seq, -1)
		for _, tok := range article.Tokenize(t) {
			w := tok.Text(t)
			if tok.Kind == article.Number {
				w = "<num>"
			}
			id, ok := ids[w]
			if !ok {
				id = int32(len(words))
				ids[w] = id
				words = append(words, w)
				count = append(count, 0)
			}
			count[id]++
			seq = append(seq, id)
		}
		if o.MaxTokens > 0 && len(seq) > o.MaxTokens {
			break
		}
	}
	seq = append(seq, -1)
	// Contexts: the most frequent words.
	byFreq := make([]int32, len(words))
	for i := range byFreq {
		byFreq[i] = int32(i)
	}
	sort.Slice(byFreq, func(i, j int) bool {
		if count[byFreq[i]] != count[byFreq[j]] {
			return count[byFreq[i]] > count[byFreq[j]]
		}
		return words[byFreq[i]] < words[byFreq[j]]
	})
	ctx := map[int32]int32{-1: 0} // the edge is context 0
	for _, id := range byFreq[:min(o.Contexts, len(byFreq))] {
		ctx[id] = int32(len(ctx))
	}
	dims := 2 * len(ctx)
	// Sparse context counts of each vocabulary word.
	vocab := map[int32]int32{}
	var vwords []int32
	for _, id := range byFreq {
		if count[id] >= o.MinCount {
			vocab[id] = int32(len(vwords))
			vwords = append(vwords, id)
		}
	}
	rows := make([]map[int32]float32, len(vwords))
	for i := range rows {
		rows[i] = map[int32]float32{}
	}
	for i, id := range seq {
		if id < 0 {
			continue
		}
		v, ok := vocab[id]
		if !ok {
			continue
		}
		if c, ok := ctx[seq[i-1]]; ok {
			rows[v][c]++
		}
		if c, ok := ctx[seq[i+1]]; ok {
			rows[v][int32(len(ctx))+c]++
		}
	}
	type entry struct {
		dim int32
		w   float32
	}
	vecs := make([][]entry, len(rows))
	for i, r := range rows {
		var norm float64
		for d, c := range r {
			w := float32(math.Log1p(float64(c)))
			vecs[i] = append(vecs[i], entry{d, w})
			norm += float64(w) * float64(w)
		}
		sort.Slice(vecs[i], func(a, b int) bool { return vecs[i][a].dim < vecs[i][b].dim })
		if norm > 0 {
			inv := float32(1 / math.Sqrt(norm))
			for k := range vecs[i] {
				vecs[i][k].w *= inv
			}
		}
	}
	k := min(o.Classes, len(vecs))
	assign := make([]uint16, len(vecs))
	if k == 0 {
		return &WordClasses{class: map[uint64]uint16{}}
	}
	// First centroids: k distinct words at random.
	r := rand.New(rand.NewPCG(o.Seed, 0xc1a55))
	cent := make([][]float32, k)
	for c, p := range r.Perm(len(vecs))[:k] {
		cent[c] = make([]float32, dims)
		for _, e := range vecs[p] {
			cent[c][e.dim] = e.w
		}
	}
	for round := 0; round < o.Rounds; round++ {
		moved := 0
		for i, v := range vecs {
			best, bestSim := 0, float32(-2)
			for c := range cent {
				var s float32
				for _, e := range v {
					s += cent[c][e.dim] * e.w
				}
				if s > bestSim {
					best, bestSim = c, s
				}
			}
			if uint16(best) != assign[i] || round == 0 {
				moved++
			}
			assign[i] = uint16(best)
		}
		for c := range cent {
			clear(cent[c])
		}
		for i, v := range vecs {
			for _, e := range v {
				cent[assign[i]][e.dim] += e.w
			}
		}
		for c := range cent {
			var norm float64
			for _, w := range cent[c] {
				norm += float64(w) * float64(w)
			}
			if norm > 0 {
				inv := float32(1 / math.Sqrt(norm))
				for d := range cent[c] {
					cent[c][d] *= inv
				}
			}
		}
		if o.Log != nil {
			fmt.Fprintf(o.Log, "round %d: %d of %d words moved\n", round+1, moved, len(vecs))
		}
		if moved == 0 {
			break
		}
	}
	out := &WordClasses{class: make(map[uint64]uint16, len(vecs))}
	for i, id := range vwords {
		if words[id] == "<num>" {
			continue
		}
		out.class[hashString(words[id])] = assign[i]
	}
	return out
}
