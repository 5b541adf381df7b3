package quotes

import (
	"fmt"
	"os"
	"testing"

	"github.com/whosaid/whosaid/article"
	"github.com/whosaid/whosaid/entities"
)

func TestZZ(t *testing.T) {
	b, err := os.ReadFile("/tmp/zz.txt")
	if err != nil {
		t.Skip()
	}
	a, _ := article.Parse(string(b))
	ents := entities.Recognize(a)
	qs := Find(a, ents, WithBoundsModel(nil))
	for _, q := range qs {
		fmt.Printf("  %v [%s|%s] %q\n", q.Kind, q.Speaker.Text(a.Text), q.SpeakerName, a.Text[q.Content.Start:q.Content.End])
	}
}
