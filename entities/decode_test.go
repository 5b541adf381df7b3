package entities

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// randomScorer gives every (feature, class) a fixed pseudo-random weight.
func randomScorer(feats []uint64, scores *[nClasses]float32) {
	*scores = [nClasses]float32{}
	for _, f := range feats {
		for c := range scores {
			h := mix(f, uint64(c)+1)
			scores[c] += float32(int64(h%2001)-1000) / 300
		}
	}
}

// TestDecodeIsExact checks decode and marginals against every class
// sequence of short sentences: the best path is decode's, and each token's
// marginal is the share of exp(score) of the paths through it.
func TestDecodeIsExact(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	var d decoder
	doc := &docInfo{}
	for trial := range 300 {
		n := 1 + r.IntN(4)
		toks := make([]tokenInfo, n)
		for i := range toks {
			toks[i] = tokenInfo{word: r.Uint64(), lower: r.Uint64(), shape: r.Uint64() % 4, upper: r.IntN(3) > 0, breaker: r.IntN(8) == 0}
			toks[i].inner = !toks[i].upper && r.IntN(2) == 0
		}
		// The scored (token, previous class, class) triples, as decode
		// defines them: where the token has a capital or a name may be
		// open before it.
		openBefore := make([]bool, n+1) // some open class reachable at token i-1
		reach := map[int]bool{classBOS: true}
		for i := range toks {
			for p := range reach {
				openBefore[i] = openBefore[i] || openClass(p)
			}
			next := map[int]bool{}
			last := i == n-1 || toks[i+1].breaker
			for p := range reach {
				for c := range nClasses {
					if allowed(p, c, last) && mayBe(&toks[i], p, c) {
						next[c] = true
					}
				}
			}
			reach = next
		}
		step := func(i, p, c int) (float32, bool) {
			last := i == n-1 || toks[i+1].breaker
			if !allowed(p, c, last) || !mayBe(&toks[i], p, c) {
				return 0, false
			}
			if !toks[i].upper && (!openBefore[i] || !toks[i].inner) {
				return 0, true
			}
			var s, ps [nClasses]float32
			randomScorer(staticFeatures(nil, toks, i, doc), &s)
			randomScorer(prevFeatures(nil, toks, i, p, doc), &ps)
			return s[c] + ps[c], true
		}
		best, bestSeq := float32(math.Inf(-1)), []int(nil)
		var z float64
		marg := make([][nClasses]float64, n)
		seq := make([]int, n)
		var walk func(i, prev int, sum float32)
		walk = func(i, prev int, sum float32) {
			if i == n {
				if sum > best {
					best, bestSeq = sum, append([]int(nil), seq...)
				}
				w := math.Exp(float64(sum) / confidenceTemperature)
				z += w
				for k, c := range seq {
					marg[k][c] += w
				}
				return
			}
			for c := range nClasses {
				if s, ok := step(i, prev, c); ok {
					seq[i] = c
					walk(i+1, c, sum+s)
				}
			}
		}
		walk(0, classBOS, 0)
		require.NotNil(t, bestSeq, "trial %d: some path is valid", trial)
		got := d.decode(toks, doc, randomScorer)
		assert.Equal(t, bestSeq, got, "trial %d", trial)
		for i := range n {
			total := 0.0
			for c := range nClasses {
				total += d.marginal(i, c)
				assert.InDelta(t, marg[i][c]/z, d.marginal(i, c), 1e-4, "trial %d token %d class %d", trial, i, c)
			}
			assert.InDelta(t, 1, total, 1e-4)
		}
	}
}

func TestReachable(t *testing.T) {
	up, low, br, of := tokenInfo{upper: true}, tokenInfo{}, tokenInfo{breaker: true}, tokenInfo{inner: true}
	B, I, L, U := classOf(typePer, posB), classOf(typePer, posI), classOf(typePer, posL), classOf(typePlace, posU)
	cases := []struct {
		name       string
		toks       []tokenInfo
		gold, want []int
	}{
		{"kept", []tokenInfo{up, up, low, up}, []int{B, L, classO, U}, []int{B, L, classO, U}},
		{"opens without a capital", []tokenInfo{low, up, up}, []int{B, I, L}, []int{classO, classO, classO}},
		{"over a bracket", []tokenInfo{up, br, up, up}, []int{B, I, L, U}, []int{classO, classO, classO, U}},
		{"out of its sentence", []tokenInfo{up, up, up}, []int{U, B, I}, []int{U, classO, classO}},
		{"over a particle", []tokenInfo{up, of, up}, []int{B, I, L}, []int{B, I, L}},
		{"over another word", []tokenInfo{up, low, up}, []int{B, I, L}, []int{classO, classO, classO}},
	}
	for _, c := range cases {
		gold := append([]int(nil), c.gold...)
		reachable(c.toks, gold)
		assert.Equal(t, c.want, gold, c.name)
	}
}

func TestExpNeg(t *testing.T) {
	for x := -700.0; x <= 0; x += 0.37 {
		want := math.Exp(x)
		assert.InEpsilon(t, want, expNeg(x), 1e-9, "e^%g", x)
	}
	assert.Equal(t, 1.0, expNeg(0))
}
