package align

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestWords(t *testing.T) {
	a := []string{"The", "U.S.", "said", "no", "."}
	b := []string{"The", "U.S", ".", "said", "no", "."}
	assert.Equal(t, [][2]int{{0, 0}, {2, 3}, {3, 4}, {4, 5}}, Words(a, b))
	assert.Empty(t, Words(nil, b))
}
