package entities

import (
	"bufio"
	"bytes"
	_ "embed"
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"sort"
	"sync"

	"github.com/whosaid/whosaid/internal/modelfile"
)

// Model is a trained entity model: averaged-perceptron weights for the
// BILOU classes of the three types (person, organization, place), keyed by
// hashed features in an open-addressing table. It is read-only once built
// and safe for concurrent use.
type Model struct {
	keys    []uint64 // 0 = empty slot
	w       []float32
	mask    uint64
	classes *WordClasses // the word classes it was trained with, or nil
}

//go:embed model.bin.gz
var embeddedModel []byte

// DefaultModel returns the model embedded in the package, trained by
// cmd/whosaid-train on the data in ../shared/data.
var DefaultModel = sync.OnceValues(func() (*Model, error) {
	return ReadModel(bytes.NewReader(embeddedModel))
})

const modelMagic = "whosaid-entities-3" // 3: first-order features for Viterbi decoding

func newModel(n int) *Model {
	size := 1
	for size < n*2 {
		size <<= 1
	}
	return &Model{keys: make([]uint64, size), w: make([]float32, size*nClasses), mask: uint64(size - 1)}
}

func (m *Model) slot(k uint64) int {
	i := int(k & m.mask)
	for m.keys[i] != 0 && m.keys[i] != k {
		i = (i + 1) & int(m.mask)
	}
	return i
}

func (m *Model) set(k uint64, w []float32) {
	i := m.slot(k)
	m.keys[i] = k
	copy(m.w[i*nClasses:(i+1)*nClasses], w)
}

// score adds the weights of feats to scores.
func (m *Model) score(feats []uint64, scores *[nClasses]float32) {
	*scores = [nClasses]float32{}
	for _, f := range feats {
		i := int(f & m.mask)
		for {
			k := m.keys[i]
			if k == f {
				w := m.w[i*nClasses : (i+1)*nClasses : (i+1)*nClasses]
				for c := range scores {
					scores[c] += w[c]
				}
				break
			}
			if k == 0 {
				break
			}
			i = (i + 1) & int(m.mask)
		}
	}
}

// Classes returns the word classes the model was trained with, or nil.
func (m *Model) Classes() *WordClasses { return m.classes }

// Len returns the number of features the model knows.
func (m *Model) Len() int {
	n := 0
	for _, k := range m.keys {
		if k != 0 {
			n++
		}
	}
	return n
}

// WriteTo writes the model, gzip-compressed, with weights quantized to 16
// bits.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	return modelfile.Write(w, modelMagic, func(bw *bufio.Writer) {
		var maxW float32
		for _, x := range m.w {
			maxW = max(maxW, float32(math.Abs(float64(x))))
		}
		scale := maxW / 32767
		if scale == 0 {
			scale = 1
		}
		binary.Write(bw, binary.LittleEndian, uint32(nClasses))
		binary.Write(bw, binary.LittleEndian, uint32(m.Len()))
		binary.Write(bw, binary.LittleEndian, scale)
		q := make([]int16, nClasses)
		// In key order, so that the same weights always make the same file.
		slots := make([]int, 0, m.Len())
		for i, k := range m.keys {
			if k != 0 {
				slots = append(slots, i)
			}
		}
		sort.Slice(slots, func(a, b int) bool { return m.keys[slots[a]] < m.keys[slots[b]] })
		for _, i := range slots {
			k := m.keys[i]
			for c := range q {
				q[c] = int16(math.Round(float64(m.w[i*nClasses+c] / scale)))
			}
			binary.Write(bw, binary.LittleEndian, k)
			binary.Write(bw, binary.LittleEndian, q)
		}
		m.classes.writeTo(bw)
	})
}

// ReadModel reads a model written by WriteTo.
func ReadModel(r io.Reader) (*Model, error) {
	br, err := modelfile.Open(r, modelMagic, "entities: entity model")
	if err != nil {
		return nil, err
	}
	var classes, n uint32
	var scale float32
	for _, v := range []any{&classes, &n, &scale} {
		if err := binary.Read(br, binary.LittleEndian, v); err != nil {
			return nil, fmt.Errorf("entities: reading model: %w", err)
		}
	}
	if classes != nClasses {
		return nil, fmt.Errorf("entities: model has %d classes, want %d", classes, nClasses)
	}
	m := newModel(int(n))
	q := make([]int16, nClasses)
	w := make([]float32, nClasses)
	for range n {
		var k uint64
		if err := binary.Read(br, binary.LittleEndian, &k); err != nil {
			return nil, fmt.Errorf("entities: reading model: %w", err)
		}
		if err := binary.Read(br, binary.LittleEndian, q); err != nil {
			return nil, fmt.Errorf("entities: reading model: %w", err)
		}
		for c := range q {
			w[c] = float32(q[c]) * scale
		}
		m.set(k, w)
	}
	if m.classes, err = readWordClasses(br); err != nil {
		return nil, fmt.Errorf("entities: reading model's word classes: %w", err)
	}
	return m, nil
}
