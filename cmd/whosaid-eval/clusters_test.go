package main

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestPartitionScore(t *testing.T) {
	// Three mentions, two of one gold entity: all in one cluster of ours.
	var s partitionScore
	s.add([]int{1, 1, 2}, []int{0, 0, 0})
	assert.InDelta(t, 5.0/9, s.bPrec/float64(s.mentions), 1e-9, "B-cubed precision: 2/3, 2/3, 1/3")
	assert.InDelta(t, 1.0, s.bRec/float64(s.mentions), 1e-9)
	assert.Equal(t, 1, s.pairsBoth)
	assert.Equal(t, 3, s.pairsOurs)
	assert.Equal(t, 1, s.pairs)
	// A second document with every mention alone: precision 1, recall 1/2.
	s.add([]int{7, 7}, []int{0, 1})
	assert.Equal(t, 5, s.mentions)
	assert.Equal(t, 2, s.pairs)
	var out bytes.Buffer
	s.line(&out, "x")
	// B-cubed P (5/3+2)/5, R (3+1)/5; pairs P 1/3, R 1/2.
	assert.Equal(t, "x                      | 0.733 0.800 0.765 | 0.333 0.500 0.400\n", out.String())
}
