package entities

import "math"

// scorer adds the weights of feats to scores (Model.score, or the
// training's current weights).
type scorer func(feats []uint64, scores *[nClasses]float32)

// decoder finds the best class sequence of a sentence by Viterbi search
// over the model's first-order scores: each token's classes score its
// static features plus the features that read the class before it, and the
// sequence must be a well-formed BILOU path (allowed) that mayBe allows. A
// word without a capital where no name can be open before it, or that no
// name holds (innerWord), is O, unscored (most of the text); which tokens
// are scored depends on the words alone, not on weights. Its buffers are
// reused from sentence to sentence.
type decoder struct {
	feats []uint64
	// trans[i][p][c] is the score of class c at token i after class p
	// (classBOS before the first token), -Inf where c may not follow p;
	// set only for scored tokens and live p.
	trans    [][nClasses + 1][nClasses]float32
	best     [][nClasses]float32 // best path score ending in each class
	back     [][nClasses]int8    // the previous class on that path
	unscored []bool              // the token is O on every path
	lastAt   []uint8             // 1 where a name must end at the token (index into follows)
	path     []int
	// forward and backward sums over the run of scored tokens [from, to)
	// that marginal last computed (segment), each token's normalized
	alpha, beta [][nClasses]float64
	exps        [][nClasses + 1][nClasses]float64 // exp of trans, less each token's highest
	from, to    int
}

var negInf = float32(math.Inf(-1))

// follows lists, for each previous class (and classBOS), the classes
// allowed after it inside a sentence and at its last token.
var follows = func() (f [2][nClasses + 1][]int8) {
	for last := range 2 {
		for p := 0; p <= nClasses; p++ {
			for c := range nClasses {
				if allowed(p, c, last == 1) {
					f[last][p] = append(f[last][p], int8(c))
				}
			}
		}
	}
	return f
}()

// decode returns the classes of toks, one per token (d.path, valid until
// the next call).
func (d *decoder) decode(toks []tokenInfo, doc *docInfo, score scorer) []int {
	n := len(toks)
	d.trans = grow(d.trans, n)
	d.best = grow(d.best, n)
	d.back = grow(d.back, n)
	d.unscored = grow(d.unscored, n)
	d.lastAt = grow(d.lastAt, n)
	d.from, d.to = 0, 0
	var static, prevScores [nClasses]float32
	var live [nClasses + 1]int8
	nlive := 0
	live[0], nlive = classBOS, 1
	for i := range toks {
		cur := &d.best[i]
		for c := range cur {
			cur[c] = negInf
		}
		last := 0
		if i == n-1 || toks[i+1].breaker {
			last = 1
		}
		d.lastAt[i] = uint8(last)
		cand := candidate(&toks[i])
		open := false
		for _, p := range live[:nlive] {
			open = open || openClass(int(p))
		}
		d.unscored[i] = !cand && (!open || !toks[i].inner)
		if d.unscored[i] {
			// Only O, after the best of the classes before.
			bp, bs := live[0], float32(0)
			if i > 0 {
				bs = negInf
				for _, p := range live[:nlive] {
					if !openClass(int(p)) && d.best[i-1][p] > bs {
						bp, bs = p, d.best[i-1][p]
					}
				}
			}
			cur[classO], d.back[i][classO] = bs, bp
		} else {
			d.feats = staticFeatures(d.feats[:0], toks, i, doc)
			score(d.feats, &static)
			tr := &d.trans[i]
			for _, p8 := range live[:nlive] {
				p := int(p8)
				row := &tr[p]
				for c := range row {
					row[c] = negInf
				}
				d.feats = prevFeatures(d.feats[:0], toks, i, p, doc)
				score(d.feats, &prevScores)
				base := float32(0)
				if i > 0 {
					base = d.best[i-1][p]
				}
				for _, c8 := range follows[last][p] {
					c := int(c8)
					if !mayBe(&toks[i], p, c) {
						continue
					}
					row[c] = static[c] + prevScores[c]
					if s := base + row[c]; s > cur[c] {
						cur[c], d.back[i][c] = s, p8
					}
				}
			}
		}
		nlive = 0
		for c := range nClasses {
			if cur[c] != negInf {
				live[nlive] = int8(c)
				nlive++
			}
		}
	}
	d.path = append(d.path[:0], make([]int, n)...)
	if n == 0 {
		return d.path
	}
	c := classO
	for k := range nClasses {
		if d.best[n-1][k] > d.best[n-1][c] {
			c = k
		}
	}
	for i := n - 1; i >= 0; i-- {
		d.path[i] = c
		c = int(d.back[i][c])
	}
	return d.path
}

// marginal returns the probability, over all paths, that token i has
// class c, for the sentence decode saw last. An unscored token is O on
// every path, so the paths factor there: the sums run over the scored
// tokens around i alone, and are kept for the next token in them.
func (d *decoder) marginal(i, c int) float64 {
	if d.unscored[i] {
		if c == classO {
			return 1
		}
		return 0
	}
	if i < d.from || i >= d.to {
		d.segment(i)
	}
	a, b := &d.alpha[i-d.from], &d.beta[i-d.from]
	var z float64
	for k := range nClasses {
		z += a[k] * b[k]
	}
	return a[c] * b[c] / z
}

// segment computes the forward and backward sums over the run of scored
// tokens holding token i, each token's normalized to sum to 1 (the
// marginal of a class is the product of its two, over their sum across
// the classes, whatever the scale of each). The exponentials of a token's
// scores are taken once, less the token's highest score, and serve both
// passes.
func (d *decoder) segment(i int) {
	from, to := i, i+1
	for from > 0 && !d.unscored[from-1] {
		from--
	}
	for to < len(d.path) && !d.unscored[to] {
		to++
	}
	d.from, d.to = from, to
	m := to - from
	d.alpha = grow(d.alpha, m)
	d.beta = grow(d.beta, m)
	d.exps = grow(d.exps, m)
	for k := range m {
		t := from + k
		tr, e, fl := &d.trans[t], &d.exps[k], &follows[d.lastAt[t]]
		live := func(p int) bool {
			if t == 0 {
				return p == classBOS
			}
			return p < nClasses && d.best[t-1][p] != negInf
		}
		top := negInf
		for p := range tr {
			if live(p) {
				for _, c := range fl[p] {
					top = max(top, tr[p][c])
				}
			}
		}
		for p := range tr {
			if live(p) {
				for _, c := range fl[p] {
					e[p][c] = 0
					if tr[p][c] != negInf {
						// (at least e^-700: a path far below the best
						// stays a path)
						e[p][c] = expNeg(max(float64(tr[p][c]-top)/confidenceTemperature, -700))
					}
				}
			}
		}
	}
	// Forward, from classBOS or the O of an unscored token before the run.
	var prev [nClasses + 1]float64
	if from == 0 {
		prev[classBOS] = 1
	} else {
		prev[classO] = 1
	}
	for k := range m {
		e, a, fl := &d.exps[k], &d.alpha[k], &follows[d.lastAt[from+k]]
		*a = [nClasses]float64{}
		for p, w := range prev {
			if w != 0 {
				for _, c := range fl[p] {
					a[c] += w * e[p][c]
				}
			}
		}
		var sum float64
		for _, x := range a {
			sum += x
		}
		for c := range a {
			a[c] /= sum
		}
		copy(prev[:], a[:])
		prev[classBOS] = 0
	}
	// Backward, from the end of the sentence or an unscored O after the
	// run, which only a closed class may precede.
	for c := range nClasses {
		d.beta[m-1][c] = 1
		if openClass(c) {
			d.beta[m-1][c] = 0
		}
	}
	for k := m - 2; k >= 0; k-- {
		e, b, next, fl := &d.exps[k+1], &d.beta[k], &d.beta[k+1], &follows[d.lastAt[from+k+1]]
		var sum float64
		for p := range nClasses {
			var x float64
			if d.alpha[k][p] != 0 {
				for _, c := range fl[p] {
					x += e[p][c] * next[c]
				}
			}
			b[p] = x
			sum += x
		}
		for p := range b {
			b[p] /= sum
		}
	}
}

// expNeg returns e^x for x in [-700, 0] to a relative 1e-9, faster than
// math.Exp: 2^n for the integer part of x/ln 2 by the exponent bits, and
// a Taylor series for the rest.
func expNeg(x float64) float64 {
	t := x * math.Log2E
	n := math.Floor(t)
	y := (t - n) * math.Ln2 // in [0, ln 2)
	p := 1 + y*(1+y*(1.0/2+y*(1.0/6+y*(1.0/24+y*(1.0/120+y*(1.0/720+y*(1.0/5040+y*(1.0/40320+y*(1.0/362880+y/3628800)))))))))
	return p * math.Float64frombits(uint64(int64(n)+1023)<<52)
}

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// rememberPath records the mentions of a decoded sentence for the document
// features of the sentences after it.
func rememberPath(toks []tokenInfo, path []int, doc *docInfo) {
	eachMention(path, func(first, last, typ int) { doc.remember(toks, first, last, typ) })
}

// eachMention calls fn for each mention of a decoded path: its first and
// last token (inclusive) and its type, in order.
func eachMention(path []int, fn func(first, last, typ int)) {
	start := 0
	for i, c := range path {
		if c == classO {
			continue
		}
		if pos := classPos(c); pos == posB || pos == posU {
			start = i
		}
		if pos := classPos(c); pos == posL || pos == posU {
			fn(start, i, classType(c))
		}
	}
}

// mayBe reports whether token t may take class c after class p, by its
// capitals: a name opens on a capital, and goes on over capitals and the
// words names hold (innerWord).
func mayBe(t *tokenInfo, p, c int) bool {
	return c == classO || t.upper || t.inner && openClass(p)
}

// confidenceTemperature divides the scores before the marginals are taken:
// the perceptron's scores are not log-probabilities, and taken as they are
// most mentions came out at 1.0. Fit on GUM dev with a model trained on
// GUM train (4 runs): at 1 the mentions above 0.9 were right 0.67-0.91 of
// the time (expected calibration error 0.144, log-loss 1.29 per mention);
// at 17 each tenth's precision is near its confidence (0.45 at 0.3, 0.63 at
// 0.5, 0.81 at 0.8, 0.93 above 0.9; error 0.039, log-loss 0.42), and 15 or
// 20 do about as well.
const confidenceTemperature = 17
