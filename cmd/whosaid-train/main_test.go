package main

import (
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The stance model is trained with the bounds model in the file -bounds
// names, not the one the command was built with.
func TestStancesReadBoundsFile(t *testing.T) {
	data := filepath.Join("..", "..", "..", "shared", "data")
	if _, err := os.Stat(filepath.Join(data, "polnear")); err != nil {
		t.Skip("../shared/data/polnear is absent")
	}
	missing := filepath.Join(t.TempDir(), "no-bounds.bin.gz")
	err := trainStances([]string{"-data", data, "-out", filepath.Join(t.TempDir(), "stance.bin.gz"), "-bounds", missing}, io.Discard)
	require.Error(t, err)
	assert.Contains(t, err.Error(), missing)
}
