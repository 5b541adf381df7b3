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
	a.Tag()
	ents := entities.Recognize(a)
	for _, q := range Find(a, ents, WithBoundsModel(nil)) {
		fmt.Printf("%s %q cue=%q spk=%q name=%q\n", q.Kind, q.Content.Text(a.Text), q.Cue.Text(a.Text), q.Speaker.Text(a.Text), q.SpeakerName)
	}
}

func TestZZTags(t *testing.T) {
	b, _ := os.ReadFile("/tmp/zz.txt")
	a, _ := article.Parse(string(b))
	a.Tag()
	for i, tk := range a.Tokens {
		fmt.Printf("%s/%s ", a.TokenText(i), tk.Tag)
	}
	fmt.Println()
}

func TestZZPro(t *testing.T) {
	b, err := os.ReadFile("/tmp/zz.txt")
	if err != nil {
		t.Skip()
	}
	a, _ := article.Parse(string(b))
	a.Tag()
	ents := entities.Recognize(a)
	for _, r := range ResolvePronouns(a, ents) {
		fmt.Printf("%v %q -> %v\n", r.Pronoun, r.Pronoun.Text(a.Text), r.Cluster)
	}
	for i, c := range ents.Clusters {
		fmt.Println(i, c.Name)
	}
}

func TestZZSubj(t *testing.T) {
	b, err := os.ReadFile("/tmp/zz.txt")
	if err != nil {
		t.Skip()
	}
	a, _ := article.Parse(string(b))
	a.Tag()
	ents := entities.Recognize(a)
	f := newFinder(a, ents)
	for k := range a.Tokens {
		if f.isCue(k) {
			sp, ante, ok := f.subject(k, f.sentence(k))
			fmt.Printf("%d %q -> %q %v %v\n", k, f.text(k), a.Text[a.Tokens[sp.First].Start:a.Tokens[max(sp.Last-1, sp.First)].End], ante, ok)
		}
	}
}
