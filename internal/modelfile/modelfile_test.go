package modelfile

import (
	"bufio"
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRoundTrip(t *testing.T) {
	weights := map[uint64]float32{3: 1.5, 1: -2, 2: 0.25}
	classes := map[uint64]uint16{9: 4, 7: 1}
	write := func() []byte {
		var b bytes.Buffer
		n, err := Write(&b, "test-1\n", func(bw *bufio.Writer) {
			WriteMap(bw, weights)
			WriteMap(bw, classes)
		})
		require.NoError(t, err)
		assert.Equal(t, int64(b.Len()), n)
		return b.Bytes()
	}
	file := write()
	assert.Equal(t, file, write(), "the same model, the same bytes")

	br, err := Open(bytes.NewReader(file), "test-1\n", "test")
	require.NoError(t, err)
	w, err := ReadMap[float32](br, 10)
	require.NoError(t, err)
	assert.Equal(t, weights, w)
	c, err := ReadMap[uint16](br, 10)
	require.NoError(t, err)
	assert.Equal(t, classes, c)

	_, err = Open(bytes.NewReader(file), "test-2\n", "test")
	assert.ErrorIs(t, err, ErrNotModel)
	assert.Contains(t, err.Error(), "test: ")
	_, err = Open(bytes.NewReader([]byte("plain")), "test-1\n", "test")
	assert.Error(t, err)
	br, err = Open(bytes.NewReader(file), "test-1\n", "test")
	require.NoError(t, err)
	_, err = ReadMap[float32](br, 2)
	assert.Error(t, err, "more entries than allowed")
}
