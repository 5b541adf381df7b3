// Package linear trains linear models over hashed features by minimising a
// convex loss with an L2 penalty: binary logistic regression, and a
// log-linear ranking model that picks one candidate among several. The
// optimum of such a loss is unique, and L-BFGS finds it from the same
// start in the same steps, so the same examples always give the same
// weights, and a few examples more or less move them only a little: unlike
// a perceptron's, whose weights swing with the order it meets the
// examples in.
package linear

import (
	"math"
	"sync"
)

// Example is a binary example: the features of an item and whether it is
// a positive one. A feature listed twice counts twice.
type Example struct {
	Feats []uint64
	Pos   bool
}

// Ranking is a ranking example: the features of each candidate, and which
// candidates are right (at least one).
type Ranking struct {
	Cands [][]uint64
	Right []bool
}

// Options are the settings of a training.
type Options struct {
	// L2 is the weight of the penalty on the squared norm of the weights
	// (half its sum of squares), against the loss summed over examples.
	L2 float64
	// Iterations bounds the number of L-BFGS steps (0: DefaultIterations).
	// Training stops before when a step lowers the objective by less than
	// a billionth of its value.
	Iterations int
	// Prune drops weights whose magnitude is below it.
	Prune float64
}

// DefaultIterations is the bound on L-BFGS steps when Options leave it 0.
const DefaultIterations = 300

// index maps feature hashes to dense indices, in the order they are first
// met, so that the same examples give the same layout.
type index struct {
	of   map[uint64]int32
	keys []uint64
}

func (ix *index) ids(feats []uint64) []int32 {
	out := make([]int32, len(feats))
	for i, k := range feats {
		id, ok := ix.of[k]
		if !ok {
			id = int32(len(ix.keys))
			ix.of[k] = id
			ix.keys = append(ix.keys, k)
		}
		out[i] = id
	}
	return out
}

func (ix *index) weights(x []float64, prune float64) map[uint64]float32 {
	out := map[uint64]float32{}
	for i, v := range x {
		if math.Abs(v) >= prune && v != 0 {
			out[ix.keys[i]] = float32(v)
		}
	}
	return out
}

func dot(x []float64, ids []int32) float64 {
	s := 0.0
	for _, id := range ids {
		s += x[id]
	}
	return s
}

// Logistic trains an L2-regularised logistic regression on exs: the
// returned weights, summed over an item's features, give the log-odds that
// it is positive.
func Logistic(exs []Example, o Options) map[uint64]float32 {
	ix := &index{of: map[uint64]int32{}}
	type ex struct {
		ids []int32
		y   float64
	}
	data := make([]ex, len(exs))
	for i, e := range exs {
		y := -1.0
		if e.Pos {
			y = 1
		}
		data[i] = ex{ix.ids(e.Feats), y}
	}
	x := minimize(len(ix.keys), len(data), o, func(lo, hi int, x, g []float64) float64 {
		f := 0.0
		for _, e := range data[lo:hi] {
			m := e.y * dot(x, e.ids)
			// log(1+exp(-m)) and its derivative, stable for both signs.
			var l, d float64
			if m > 0 {
				t := math.Exp(-m)
				l = math.Log1p(t)
				d = -t / (1 + t)
			} else {
				t := math.Exp(m)
				l = -m + math.Log1p(t)
				d = -1 / (1 + t)
			}
			f += l
			d *= e.y
			for _, id := range e.ids {
				g[id] += d
			}
		}
		return f
	})
	return ix.weights(x, o.Prune)
}

// Rank trains an L2-regularised log-linear ranking model on exs: the
// probability of a candidate is proportional to the exponential of its
// score, and each example's loss is the mean, over its right candidates,
// of their negative log probability. The best-scoring candidate is the
// model's choice.
func Rank(exs []Ranking, o Options) map[uint64]float32 {
	ix := &index{of: map[uint64]int32{}}
	type ex struct {
		cands  [][]int32
		right  []bool
		nRight float64
	}
	var data []ex
	widest := 0
	for _, e := range exs {
		d := ex{right: e.Right}
		for i, c := range e.Cands {
			d.cands = append(d.cands, ix.ids(c))
			if e.Right[i] {
				d.nRight++
			}
		}
		if d.nRight == 0 || len(d.cands) == 0 {
			continue
		}
		widest = max(widest, len(d.cands))
		data = append(data, d)
	}
	x := minimize(len(ix.keys), len(data), o, func(lo, hi int, x, g []float64) float64 {
		f := 0.0
		s := make([]float64, widest)
		for _, e := range data[lo:hi] {
			top := math.Inf(-1)
			for i, c := range e.cands {
				s[i] = dot(x, c)
				top = math.Max(top, s[i])
			}
			z := 0.0
			for i := range e.cands {
				z += math.Exp(s[i] - top)
			}
			lz := top + math.Log(z)
			for i, c := range e.cands {
				p := math.Exp(s[i] - lz)
				d := p
				if e.right[i] {
					f += (lz - s[i]) / e.nRight
					d -= 1 / e.nRight
				}
				for _, id := range c {
					g[id] += d
				}
			}
		}
		return f
	})
	return ix.weights(x, o.Prune)
}

// chunks is the number of parts the examples are split into, each part's
// loss and gradient summed on its own goroutine and then added in order:
// fixed, so that the sums, and the weights, are the same on any machine.
const chunks = 4

// minimize minimises the loss summed over m examples plus L2/2 |x|², over
// x in n dimensions, by L-BFGS from zero. loss returns the loss of the
// examples [lo, hi) at x and adds its gradient to g (which it is handed
// zeroed); it is called on disjoint ranges at once.
func minimize(n, m int, o Options, loss func(lo, hi int, x, g []float64) float64) []float64 {
	var parts [chunks][]float64
	for c := range parts {
		parts[c] = make([]float64, n)
	}
	eval := func(x, g []float64) float64 {
		var fs [chunks]float64
		var wg sync.WaitGroup
		for c := range chunks {
			wg.Add(1)
			go func() {
				defer wg.Done()
				clear(parts[c])
				fs[c] = loss(c*m/chunks, (c+1)*m/chunks, x, parts[c])
			}()
		}
		wg.Wait()
		clear(g)
		f := 0.0
		for c := range chunks {
			f += fs[c]
			for i, v := range parts[c] {
				g[i] += v
			}
		}
		for i, v := range x {
			f += o.L2 / 2 * v * v
			g[i] += o.L2 * v
		}
		return f
	}
	if o.Iterations <= 0 {
		o.Iterations = DefaultIterations
	}
	const memory = 10
	x := make([]float64, n)
	g := make([]float64, n)
	f := eval(x, g)
	var ss, ys [][]float64
	var rhos []float64
	var spareS, spareY []float64
	d := make([]float64, n)
	alpha := make([]float64, memory)
	xn := make([]float64, n)
	gn := make([]float64, n)
	for it := 0; it < o.Iterations; it++ {
		// d = -H g by the two-loop recursion.
		for i, v := range g {
			d[i] = -v
		}
		for k := len(ss) - 1; k >= 0; k-- {
			alpha[k] = rhos[k] * vdot(ss[k], d)
			axpy(-alpha[k], ys[k], d)
		}
		if k := len(ss) - 1; k >= 0 {
			scale(vdot(ss[k], ys[k])/vdot(ys[k], ys[k]), d)
		} else if gn := math.Sqrt(vdot(g, g)); gn > 0 {
			scale(1/gn, d)
		}
		for k := range ss {
			b := rhos[k] * vdot(ys[k], d)
			axpy(alpha[k]-b, ss[k], d)
		}
		slope := vdot(g, d)
		if slope >= 0 { // not a descent direction: start the memory again
			ss, ys, rhos = nil, nil, nil
			for i, v := range g {
				d[i] = -v
			}
			slope = vdot(g, d)
			if slope == 0 {
				break
			}
		}
		// Backtracking line search (Armijo).
		t, fn := 1.0, 0.0
		ok := false
		for range 40 {
			for i := range x {
				xn[i] = x[i] + t*d[i]
			}
			fn = eval(xn, gn)
			if fn <= f+1e-4*t*slope {
				ok = true
				break
			}
			t /= 2
		}
		if !ok {
			break
		}
		// The new pair goes into the spare vectors: the pair the memory
		// last let go of, or new ones while it fills.
		if spareS == nil {
			spareS, spareY = make([]float64, n), make([]float64, n)
		}
		s, y := spareS, spareY
		for i := range x {
			s[i] = xn[i] - x[i]
			y[i] = gn[i] - g[i]
		}
		if sy := vdot(s, y); sy > 1e-12 {
			spareS, spareY = nil, nil
			if len(ss) == memory {
				spareS, spareY = ss[0], ys[0]
				ss, ys, rhos = ss[1:], ys[1:], rhos[1:]
			}
			ss, ys, rhos = append(ss, s), append(ys, y), append(rhos, 1/sy)
		}
		done := f-fn <= 1e-9*math.Max(1, math.Abs(f))
		copy(x, xn)
		copy(g, gn)
		f = fn
		if done {
			break
		}
	}
	return x
}

func vdot(a, b []float64) float64 {
	s := 0.0
	for i, v := range a {
		s += v * b[i]
	}
	return s
}

func axpy(a float64, x, y []float64) {
	for i, v := range x {
		y[i] += a * v
	}
}

func scale(a float64, x []float64) {
	for i := range x {
		x[i] *= a
	}
}
