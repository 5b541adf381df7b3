package linear

// Weights is a read-only table of trained weights keyed by feature hash,
// laid out for scoring: open addressing with linear probing over a power
// of two slots, at most half full, so a lookup is a few loads and no
// hashing beyond the feature's own. A nil *Weights holds no weights.
type Weights struct {
	keys    []uint64 // 0 marks an empty slot; key 0 itself is kept apart
	vals    []float32
	mask    uint64
	n       int
	zero    float32 // the weight of key 0
	hasZero bool
}

// NewWeights lays out the weights of m for scoring.
func NewWeights(m map[uint64]float32) *Weights {
	size := 2
	for size < 2*len(m) {
		size <<= 1
	}
	w := &Weights{keys: make([]uint64, size), vals: make([]float32, size), mask: uint64(size - 1), n: len(m)}
	for k, v := range m {
		if k == 0 {
			w.zero, w.hasZero = v, true
			continue
		}
		i := k & w.mask
		for w.keys[i] != 0 {
			i = (i + 1) & w.mask
		}
		w.keys[i], w.vals[i] = k, v
	}
	return w
}

// Get returns the weight of feature k, 0 if it has none.
func (w *Weights) Get(k uint64) float32 {
	if w == nil {
		return 0
	}
	if k == 0 {
		return w.zero
	}
	for i := k & w.mask; ; i = (i + 1) & w.mask {
		switch w.keys[i] {
		case k:
			return w.vals[i]
		case 0:
			return 0
		}
	}
}

// Sum returns the sum of the weights of feats (a feature listed twice
// counts twice).
func (w *Weights) Sum(feats []uint64) float32 {
	if w == nil {
		return 0
	}
	var s float32
	for _, k := range feats {
		if k == 0 {
			s += w.zero
			continue
		}
		for i := k & w.mask; ; i = (i + 1) & w.mask {
			if c := w.keys[i]; c == k {
				s += w.vals[i]
				break
			} else if c == 0 {
				break
			}
		}
	}
	return s
}

// Len returns the number of weights.
func (w *Weights) Len() int {
	if w == nil {
		return 0
	}
	return w.n
}

// Map returns the weights as a map, as NewWeights took them.
func (w *Weights) Map() map[uint64]float32 {
	m := make(map[uint64]float32, w.Len())
	if w == nil {
		return m
	}
	for i, k := range w.keys {
		if k != 0 {
			m[k] = w.vals[i]
		}
	}
	if w.hasZero {
		m[0] = w.zero
	}
	return m
}
