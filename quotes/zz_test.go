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
	f := newFinder(a, ents)
	pr := func(s string) {
		fmt.Println(s)
		for _, q := range f.out {
			fmt.Printf("  %v %q [%s] %q\n", q.Kind, a.Text[q.Content.Start:q.Content.End], q.Cue.Text(a.Text), q.Speaker.Text(a.Text))
		}
	}
	f.direct()
	f.indirect()
	pr("indirect")
	f.answers()
	f.finish()
	pr("finish")
}
