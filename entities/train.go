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
	// Explore gives the document features (the labels earlier mentions
	// of a word took) the model's own mentions after the first epoch, as
	// recognition sees them, instead of the gold ones.
	Explore bool
	// Classes are word classes for the class features (WordClassesFrom);
	// the model keeps them. Nil trains without.
	Classes *WordClasses
	// Runs is how many perceptrons are trained, each over its own
	// shuffled order (seeds Seed, Seed+1, …); the model is the mean of
	// their averaged weights, which steadies it (default 1).
	Runs int
}

type acc struct {
	w, total [nClasses]float32
	stamp    [nClasses]int32
}

// trainDoc is a training document made ready: its token facts and its gold
// classes.
type trainDoc struct {
	p    *prepared
	a    *article.Article
	gold []int
}

// Train learns a model from gold documents with a structured averaged
// perceptron over BILOU classes: each sentence is decoded as recognition
// decodes it (Viterbi search over first-order scores), and where the best
// path differs from the gold one the gold path's features gain and the
// predicted path's lose.
func Train(docs []TrainingDoc, o TrainOptions) *Model {
	if o.Epochs == 0 {
		o.Epochs = 12
	}
	if o.Prune == 0 {
		o.Prune = 0.01
	}
	o.Runs = max(o.Runs, 1)
	g := loadGazetteer()
	samples := make([]trainDoc, len(docs))
	unreachable := 0 // gold mention tokens no decoding can give
	for i, d := range docs {
		p := prepare(d.Article, g, o.Classes)
		gold := goldClasses(d.Mentions, len(d.Article.Tokens))
		for _, sent := range d.Article.Sentences {
			unreachable += reachable(p.toks[sent.Tokens.First:sent.Tokens.Last], gold[sent.Tokens.First:sent.Tokens.Last])
		}
		samples[i] = trainDoc{p, d.Article, gold}
	}
	if o.Log != nil {
		fmt.Fprintf(o.Log, "%d gold mention tokens no decoding can give, left out\n", unreachable)
	}
	sum := map[uint64][nClasses]float32{}
	for run := range o.Runs {
		if o.Log != nil && o.Runs > 1 {
			fmt.Fprintf(o.Log, "run %d of %d\n", run+1, o.Runs)
		}
		for f, w := range trainRun(samples, o, o.Seed+uint64(run)) {
			s := sum[f]
			for c := range s {
				s[c] += w[c] / float32(o.Runs)
			}
			sum[f] = s
		}
	}
	kept := map[uint64][nClasses]float32{}
	for f, w := range sum {
		for _, v := range w {
			if v > o.Prune || v < -o.Prune {
				kept[f] = w
				break
			}
		}
	}
	m := newModel(len(kept))
	m.classes = o.Classes
	for f, w := range kept {
		m.set(f, w[:])
	}
	if o.Log != nil {
		fmt.Fprintf(o.Log, "%d features, %d kept\n", len(sum), len(kept))
	}
	return m
}

// trainRun trains one averaged perceptron over the samples, shuffled by
// seed, and returns its averaged weights.
func trainRun(samples []trainDoc, o TrainOptions, seed uint64) map[uint64][nClasses]float32 {
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
	r := rand.New(rand.NewPCG(seed, 0x5eed))
	current := func(feats []uint64, scores *[nClasses]float32) {
		*scores = [nClasses]float32{}
		for _, f := range feats {
			if a := weights[f]; a != nil {
				for c := range scores {
					scores[c] += a.w[c]
				}
			}
		}
	}
	var dec decoder
	var feats []uint64
	for epoch := 0; epoch < o.Epochs; epoch++ {
		r.Shuffle(len(samples), func(i, j int) { samples[i], samples[j] = samples[j], samples[i] })
		errs, seen := 0, 0
		for _, s := range samples {
			clear(s.p.doc.mem)
			for _, sent := range s.a.Sentences {
				toks := s.p.toks[sent.Tokens.First:sent.Tokens.Last]
				gold := s.gold[sent.Tokens.First:sent.Tokens.Last]
				s.p.doc.paraKind = s.a.Paragraphs[sent.Paragraph].Kind
				step++
				pred := dec.decode(toks, &s.p.doc, current)
				seen += len(toks)
				for i := range toks {
					gp, pp := classBOS, classBOS
					if i > 0 {
						gp, pp = gold[i-1], pred[i-1]
					}
					g, c := gold[i], pred[i]
					if g == c && gp == pp {
						continue
					}
					if g != c {
						errs++
						feats = staticFeatures(feats[:0], toks, i, &s.p.doc)
						for _, f := range feats {
							update(f, g, 1)
							update(f, c, -1)
						}
					}
					feats = prevFeatures(feats[:0], toks, i, gp, &s.p.doc)
					for _, f := range feats {
						update(f, g, 1)
					}
					feats = prevFeatures(feats[:0], toks, i, pp, &s.p.doc)
					for _, f := range feats {
						update(f, c, -1)
					}
				}
				// The mentions the features of later sentences remember:
				// the gold ones (teacher forcing), or, after the first
				// epoch with o.Explore, the model's own, as at recognition.
				if o.Explore && epoch > 0 {
					rememberPath(toks, pred, &s.p.doc)
				} else {
					rememberPath(toks, gold, &s.p.doc)
				}
			}
		}
		if o.Log != nil {
			fmt.Fprintf(o.Log, "epoch %d: %d errors on %d tokens (%.2f%%)\n", epoch+1, errs, seen, 100*float64(errs)/float64(max(seen, 1)))
		}
	}
	avg := make(map[uint64][nClasses]float32, len(weights))
	for f, a := range weights {
		var w [nClasses]float32
		for c := range w {
			w[c] = (a.total[c] + float32(step-a.stamp[c])*a.w[c]) / float32(step)
		}
		avg[f] = w
	}
	return avg
}

// goldClasses returns the BILOU class of each of n tokens under the gold
// mentions (O outside them).
func goldClasses(ms []GoldMention, n int) []int {
	gold := make([]int, n)
	for _, m := range ms {
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
	return gold
}

// reachable clears the gold mentions of a sentence that no decoding can
// give (one that opens on a word without a capital, or runs over a
// bracket or out of its sentence), so the perceptron does not chase them,
// and returns how many gold tokens it cleared.
func reachable(toks []tokenInfo, gold []int) (cleared int) {
	prev := classBOS
	for i := 0; i < len(gold); i++ {
		c := gold[i]
		last := i == len(toks)-1 || toks[i+1].breaker
		ok := allowed(prev, c, last) && mayBe(&toks[i], prev, c)
		if ok {
			prev = c
			continue
		}
		// Clear the mention holding token i, back to its first token,
		// and on to its last.
		j := i
		for j > 0 && gold[j] != classO && classPos(gold[j]) != posB && classPos(gold[j]) != posU {
			j--
		}
		if j < i && gold[j] != classO && classPos(gold[j]) == posU {
			j++
		}
		for k := j; k < len(gold) && k <= i; k++ {
			if gold[k] != classO {
				cleared++
			}
			gold[k] = classO
		}
		for k := i + 1; k < len(gold) && gold[k] != classO && classPos(gold[k]) != posB && classPos(gold[k]) != posU; k++ {
			gold[k] = classO
			cleared++
		}
		i = j - 1
		prev = classBOS
		if j > 0 {
			prev = gold[j-1]
		}
	}
	return cleared
}
