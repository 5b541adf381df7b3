// Package modelfile writes and reads the files whosaid's trained models
// are embedded as: a magic line naming the kind and version, then the
// model's body, gzip-compressed so the same model always gives the same
// bytes.
package modelfile

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"sort"
)

// ErrNotModel says the input does not open with the expected magic.
var ErrNotModel = errors.New("not a model of this kind")

// Write writes a model file to w: magic, then what body writes, gzip
// compressed at the best level. It returns the bytes written to w.
func Write(w io.Writer, magic string, body func(*bufio.Writer)) (int64, error) {
	cw := &countWriter{w: w}
	zw, err := gzip.NewWriterLevel(cw, gzip.BestCompression)
	if err != nil {
		return 0, err
	}
	bw := bufio.NewWriter(zw)
	bw.WriteString(magic)
	body(bw)
	if err := bw.Flush(); err != nil {
		return cw.n, err
	}
	err = zw.Close()
	return cw.n, err
}

// Open decompresses a model file and reads its magic: the reader it
// returns holds the body. A file of another kind gives ErrNotModel; every
// error it returns opens with what, the kind of model the caller expects
// ("quotes: stance model").
func Open(r io.Reader, magic, what string) (*bufio.Reader, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	br := bufio.NewReader(zr)
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != magic {
		return nil, fmt.Errorf("%s: %w", what, ErrNotModel)
	}
	return br, nil
}

// WriteMap writes m: its size (uint32), then each key and value in key
// order, little endian.
func WriteMap[V uint16 | float32](w io.Writer, m map[uint64]V) {
	keys := make([]uint64, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	binary.Write(w, binary.LittleEndian, uint32(len(keys)))
	for _, k := range keys {
		binary.Write(w, binary.LittleEndian, k)
		binary.Write(w, binary.LittleEndian, m[k])
	}
}

// ReadMap reads a map written by WriteMap, of at most most entries.
func ReadMap[V uint16 | float32](r io.Reader, most uint32) (map[uint64]V, error) {
	var n uint32
	if err := binary.Read(r, binary.LittleEndian, &n); err != nil {
		return nil, err
	}
	if n > most {
		return nil, fmt.Errorf("model claims %d entries", n)
	}
	m := make(map[uint64]V, n)
	for range n {
		var k uint64
		var v V
		if err := binary.Read(r, binary.LittleEndian, &k); err != nil {
			return nil, err
		}
		if err := binary.Read(r, binary.LittleEndian, &v); err != nil {
			return nil, err
		}
		m[k] = v
	}
	return m, nil
}

// countWriter counts the bytes written through it.
type countWriter struct {
	w io.Writer
	n int64
}

// Write writes p to the underlying writer and counts it.
func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}
