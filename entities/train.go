package entities

import (
	"fmt"
	"io"
	"math/rand/v2"

	"github.com/whosaid/whosaid/article"
)

// GoldMention is a mention a training document is annotated with.
type GoldMention struct {
	Tokens article.Range // indexes into the article's tokens
	Label  Label         // PERSON, ORG, or a place (GPE, LOC, FAC)
}

// TrainingDoc is an article with its gold mentions, for Train.
type TrainingDoc struct {
	Article  *article.Article
	Mentions []GoldMention
}

// TrainOptions controls Train.
type TrainOptions struct {
	Epochs int       // passes over the data (default 12)
	Seed   uint64    // shuffling seed
	Prune  float32   // drop features whose averaged weights are all below this in magnitude (default 0.01)
	Log    io.Writer // progress, if not nil
	// Explore trains on the model's own previous classes after the
	// first epoch, as recognition sees them, instead of the gold ones.
	Explore bool
	// Classes are word classes for the class features (WordClassesFrom);
	// the model keeps them. Nil trains without.
	Classes *WordClasses
}

type acc struct {
	w, total [nClasses]float32
	stamp    [nClasses]int32
}

// Train learns a model from gold documents with a greedy averaged
// perceptron over BILOU classes, the previous classes taken from the gold
// annotation (teacher forcing).
func Train(docs []TrainingDoc, o TrainOptions) *Model {
	if o.Epochs == 0 {
		o.Epochs = 12
	}
	if o.Prune == 0 {
		o.Prune = 0.01
	}
	g := loadGazetteer()
	type sample struct {
		p    *prepared
		a    *article.Article
		gold []int
	}
	samples := make([]sample, len(docs))
	for i, d := range docs {
		p := prepare(d.Article, g, o.Classes)
		gold := make([]int, len(d.Article.Tokens))
		for _, m := range d.Mentions {
			typ := typeOf(m.Label)
			if typ < 0 || m.Tokens.Last <= m.Tokens.First {
				continue
			}
			if m.Tokens.Last-m.Tokens.First == 1 {
				gold[m.Tokens.First] = classOf(typ, posU)
				continue
			}
			for k := m.Tokens.First; k < m.Tokens.Last; k++ {
				pos := posI
				if k == m.Tokens.First {
					pos = posB
				} else if k == m.Tokens.Last-1 {
					pos = posL
				}
				gold[k] = classOf(typ, pos)
			}
		}
		samples[i] = sample{p, d.Article, gold}
	}
	weights := map[uint64]*acc{}
	var step int32
	update := func(f uint64, c int, v float32) {
		a := weights[f]
		if a == nil {
			a = &acc{}
			weights[f] = a
		}
		a.total[c] += float32(step-a.stamp[c]) * a.w[c]
		a.stamp[c] = step
		a.w[c] += v
	}
	r := rand.New(rand.NewPCG(o.Seed, 0x5eed))
	var feats []uint64
	var hist []int // the classes taken so far in the sentence
	var scores [nClasses]float32
	for epoch := 0; epoch < o.Epochs; epoch++ {
		r.Shuffle(len(samples), func(i, j int) { samples[i], samples[j] = samples[j], samples[i] })
		errs, seen := 0, 0
		for _, s := range samples {
			clear(s.p.doc.mem)
			for _, sent := range s.a.Sentences {
				toks := s.p.toks[sent.Tokens.First:sent.Tokens.Last]
				gold := s.gold[sent.Tokens.First:sent.Tokens.Last]
				hist = append(hist[:0], make([]int, len(toks))...)
				s.p.doc.paraKind = s.a.Paragraphs[sent.Paragraph].Kind
				prev, prev2 := classBOS, classBOS
				for i := range toks {
					step++
					pred := classO
					if openClass(prev) || candidate(&toks[i]) {
						feats = features(feats[:0], toks, i, prev, prev2, &s.p.doc)
						for c := range scores {
							scores[c] = 0
						}
						for _, f := range feats {
							if a := weights[f]; a != nil {
								for c := range scores {
									scores[c] += a.w[c]
								}
							}
						}
						best := -1
						for c := range scores {
							if allowed(prev, c, i == len(toks)-1 || toks[i+1].breaker) && (best < 0 || scores[c] > scores[best]) {
								best = c
							}
						}
						seen++
						pred = best
						if g := gold[i]; best != g && allowed(prev, g, i == len(toks)-1 || toks[i+1].breaker) {
							errs++
							for _, f := range feats {
								update(f, g, 1)
								update(f, best, -1)
							}
						}
					}
					// The classes before the next token: the gold ones
					// (teacher forcing), or, after the first epochs with
					// o.Explore, the model's own, as at recognition.
					next := gold[i]
					if o.Explore && epoch > 0 && allowed(prev, pred, i == len(toks)-1 || toks[i+1].breaker) {
						next = pred
					}
					if next != classO && (classPos(next) == posL || classPos(next) == posU) {
						first := i
						for first > 0 && i-first < 12 && openClass(hist[first-1]) {
							first--
						}
						s.p.doc.remember(toks, first, i, classType(next))
					}
					hist[i] = next
					prev2, prev = prev, next
				}
			}
		}
		if o.Log != nil {
			fmt.Fprintf(o.Log, "epoch %d: %d errors on %d scored tokens (%.2f%%)\n", epoch+1, errs, seen, 100*float64(errs)/float64(max(seen, 1)))
		}
	}
	kept := map[uint64][nClasses]float32{}
	for f, a := range weights {
		var avg [nClasses]float32
		big := false
		for c := range avg {
			t := a.total[c] + float32(step-a.stamp[c])*a.w[c]
			avg[c] = t / float32(step)
			if avg[c] > o.Prune || avg[c] < -o.Prune {
				big = true
			}
		}
		if big {
			kept[f] = avg
		}
	}
	m := newModel(len(kept))
	m.classes = o.Classes
	for f, w := range kept {
		m.set(f, w[:])
	}
	if o.Log != nil {
		fmt.Fprintf(o.Log, "%d features, %d kept\n", len(weights), len(kept))
	}
	return m
}
