package linear

import (
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestWeightsAgreeWithMap(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	m := map[uint64]float32{0: 0.5}
	for range 1000 {
		m[r.Uint64()&0xffff] = r.Float32() - 0.5 // small keys: many collide in the low bits
	}
	w := NewWeights(m)
	require.Equal(t, len(m), w.Len())
	require.Equal(t, m, w.Map())
	var feats []uint64
	var want float32
	for k := range uint64(1 << 17) {
		require.Equal(t, m[k], w.Get(k), "key %d", k)
		if k%7 == 0 {
			feats = append(feats, k, k) // twice: counts twice
			want += 2 * m[k]
		}
	}
	require.InDelta(t, want, w.Sum(feats), 1e-3)
}

func TestNilWeights(t *testing.T) {
	var w *Weights
	require.Zero(t, w.Len())
	require.Zero(t, w.Get(3))
	require.Zero(t, w.Sum([]uint64{1, 2}))
	require.Empty(t, w.Map())
	require.Zero(t, NewWeights(nil).Sum([]uint64{0, 9}))
}
