package linear

import (
	"math"
	"math/rand/v2"
	"runtime"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// logisticObjective is the regularised logistic loss at w, written here
// apart from the package's, to check its gradient and optimum.
func logisticObjective(exs []Example, w map[uint64]float64, l2 float64) float64 {
	f := 0.0
	for _, e := range exs {
		s := 0.0
		for _, k := range e.Feats {
			s += w[k]
		}
		if !e.Pos {
			s = -s
		}
		f += math.Log1p(math.Exp(-s))
	}
	for _, v := range w {
		f += l2 / 2 * v * v
	}
	return f
}

// rankObjective is the regularised ranking loss at w.
func rankObjective(exs []Ranking, w map[uint64]float64, l2 float64) float64 {
	f := 0.0
	for _, e := range exs {
		z, n := 0.0, 0.0
		s := make([]float64, len(e.Cands))
		for i, c := range e.Cands {
			for _, k := range c {
				s[i] += w[k]
			}
			z += math.Exp(s[i])
		}
		for i := range e.Cands {
			if e.Right[i] {
				n++
			}
		}
		for i := range e.Cands {
			if e.Right[i] {
				f += (math.Log(z) - s[i]) / n
			}
		}
	}
	for _, v := range w {
		f += l2 / 2 * v * v
	}
	return f
}

// stationary checks that w is at the minimum of obj: moving any one
// weight a little either way does not lower obj by more than a millionth
// (training stops when a step gains less than a billionth).
func stationary(t *testing.T, keys []uint64, got map[uint64]float32, obj func(map[uint64]float64) float64) {
	t.Helper()
	w := map[uint64]float64{}
	for _, k := range keys {
		w[k] = float64(got[k])
	}
	base := obj(w)
	for _, k := range keys {
		v := w[k]
		for _, h := range []float64{-0.1, -0.01, -0.001, 0.001, 0.01, 0.1} {
			w[k] = v + h
			assert.GreaterOrEqual(t, obj(w), base-1e-6*base, "feature %d moved by %g: not at the optimum", k, h)
		}
		w[k] = v
	}
}

func noisyExamples(n int) ([]Example, []uint64) {
	rng := rand.New(rand.NewPCG(1, 2))
	var exs []Example
	for range n {
		var fs []uint64
		score := 0.0
		for k := uint64(1); k <= 6; k++ {
			if rng.IntN(2) == 0 {
				fs = append(fs, k)
				score += float64(k) - 3.5
			}
		}
		fs = append(fs, 7) // a bias feature
		exs = append(exs, Example{Feats: fs, Pos: score+rng.NormFloat64()*2 > 0})
	}
	return exs, []uint64{1, 2, 3, 4, 5, 6, 7}
}

func TestLogisticOptimum(t *testing.T) {
	exs, keys := noisyExamples(400)
	w := Logistic(exs, Options{L2: 1})
	stationary(t, keys, w, func(w map[uint64]float64) float64 { return logisticObjective(exs, w, 1) })
	// The weights rank the features as the data does.
	assert.Less(t, w[1], w[3])
	assert.Less(t, w[3], w[6])
	assert.Greater(t, w[6], float32(0))
	assert.Less(t, w[1], float32(0))
}

// One feature seen p times positive and q times negative has the weight
// w solving p·σ(-w) - q·σ(w) = λw.
func TestLogisticOneFeature(t *testing.T) {
	var exs []Example
	for i := range 30 {
		exs = append(exs, Example{Feats: []uint64{9}, Pos: i < 20})
	}
	w := float64(Logistic(exs, Options{L2: 2})[9])
	sig := func(x float64) float64 { return 1 / (1 + math.Exp(-x)) }
	assert.InDelta(t, 2*w, 20*sig(-w)-10*sig(w), 1e-4)
	assert.Greater(t, w, 0.0)
}

func TestRankOptimum(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	var exs []Ranking
	for range 200 {
		var e Ranking
		n := 2 + rng.IntN(4)
		right := rng.IntN(n)
		for i := range n {
			// Feature 1 marks the right candidate most of the time, 2 is
			// noise, 3 marks a wrong one; two candidates may both be right.
			fs := []uint64{2}
			if i == right && rng.IntN(5) > 0 || i != right && rng.IntN(6) == 0 {
				fs = append(fs, 1)
			}
			if i != right && rng.IntN(2) == 0 {
				fs = append(fs, 3, 3)
			}
			e.Cands = append(e.Cands, fs)
			e.Right = append(e.Right, i == right || i == (right+1)%n && rng.IntN(10) == 0)
		}
		exs = append(exs, e)
	}
	w := Rank(exs, Options{L2: 0.5})
	stationary(t, []uint64{1, 2, 3}, w, func(w map[uint64]float64) float64 { return rankObjective(exs, w, 0.5) })
	assert.Greater(t, w[1], float32(0))
	assert.Less(t, w[3], float32(0))
	assert.InDelta(t, 0, w[2], 1e-6, "a feature every candidate has cannot rank them: the penalty keeps it at zero")
}

// The same examples give the same weights, however many threads run.
func TestSameWeights(t *testing.T) {
	exs, _ := noisyExamples(300)
	a := Logistic(exs, Options{L2: 1})
	old := runtime.GOMAXPROCS(1)
	b := Logistic(exs, Options{L2: 1})
	runtime.GOMAXPROCS(old)
	require.Equal(t, a, b)
}

func TestPrune(t *testing.T) {
	exs, _ := noisyExamples(300)
	all := Logistic(exs, Options{L2: 1})
	pruned := Logistic(exs, Options{L2: 1, Prune: 0.5})
	require.NotEmpty(t, pruned)
	assert.Less(t, len(pruned), len(all))
	for k, v := range pruned {
		assert.GreaterOrEqual(t, math.Abs(float64(v)), 0.5)
		assert.Equal(t, all[k], v)
	}
	assert.Empty(t, Logistic(nil, Options{L2: 1}))
	assert.Empty(t, Rank(nil, Options{L2: 1}))
}
