package entities_test

import (
	"fmt"

	"github.com/whosaid/whosaid/article"
	"github.com/whosaid/whosaid/entities"
)

func ExampleRecognize() {
	a, err := article.Parse("Kremlin spokesman Dmitry Peskov spoke in Moscow on Friday. Peskov said the talks had failed.")
	if err != nil {
		panic(err)
	}
	r := entities.Recognize(a)
	for _, m := range r.Mentions {
		c := r.Clusters[m.Cluster]
		fmt.Printf("%s %q → %s (%s)\n", m.Label, m.Text(a), c.Name, c.Title)
	}
	// Output:
	// ORG "Kremlin" → Kremlin ()
	// PERSON "Dmitry Peskov" → Dmitry Peskov (Kremlin spokesman)
	// GPE "Moscow" → Moscow ()
	// PERSON "Peskov" → Dmitry Peskov (Kremlin spokesman)
}
