package quotes

import (
	"strings"
	"testing"

	"github.com/whosaid/whosaid/article"
	"github.com/whosaid/whosaid/entities"
	"github.com/whosaid/whosaid/internal/sample"
)

// BenchmarkQuotes is the quote layer alone, on a parsed, tagged article
// with its entities: compare with entities' BenchmarkParseTagEntities.
func BenchmarkQuotes(b *testing.B) { benchQuotes(b) }

// BenchmarkQuotesWithStances is the quote layer with stance attributions
// (WithStances), on the same article as BenchmarkQuotes.
func BenchmarkQuotesWithStances(b *testing.B) { benchQuotes(b, WithStances()) }

// benchQuotes times Find with opts on the sample article, parsed and with
// its entities before timing (and the stance model read, if asked for).
func benchQuotes(b *testing.B, opts ...Option) {
	text := sample.Article(b, 256<<10)
	a, err := article.Parse(text)
	if err != nil {
		b.Fatal(err)
	}
	ents := entities.Recognize(a)
	Find(a, ents, opts...)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Find(a, ents, opts...)
	}
}

// BenchmarkEntitiesLayer is the entity layer alone on the same article,
// for the comparison: the quote layer must not cost more.
func BenchmarkEntitiesLayer(b *testing.B) {
	text := sample.Article(b, 256<<10)
	a, err := article.Parse(text)
	if err != nil {
		b.Fatal(err)
	}
	entities.Recognize(a)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		entities.Recognize(a)
	}
}

// BenchmarkStrayMarks is 1 MB of quotation marks and apostrophes in every
// arrangement, through the whole pipeline: it must stay linear.
func BenchmarkStrayMarks(b *testing.B) {
	benchPipeline(b, `"a 'b “c ‘d » « e" f' ” g ’ 'h '' i "" j ' k " l. `)
}

// BenchmarkRunOnSentence is 1 MB of one "sentence" thick with cues, reported
// clauses, participles and marks, as pasted text without stops can be: the
// rules must stay linear in it.
func BenchmarkRunOnSentence(b *testing.B) {
	benchPipeline(b, `Ann said that Bo told him that, calling him a “y” and said “x, Ann: “the Union, which `)
}

// BenchmarkStancesRunOn is 1 MB of one "sentence" of stance cues,
// adjectives, possessives and clauses, with stances: the stance step must
// stay linear too.
func BenchmarkStancesRunOn(b *testing.B) {
	benchPipeline(b, `Ann's big bold new strong support for Bo and his criticism of the plan, as she has voiced concern about it and `, WithStances())
}

// benchPipeline repeats unit to 1 MB and times parsing it and finding its
// quotations (entities included).
func benchPipeline(b *testing.B, unit string, opts ...Option) {
	text := strings.Repeat(unit, (1<<20)/len(unit)+1)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		a, err := article.Parse(text)
		if err != nil {
			b.Fatal(err)
		}
		Find(a, nil, opts...)
	}
}

// BenchmarkManySpeakers is 1 MB of short quotations by people who share a
// surname, descriptions and pronouns: resolving speakers must stay linear
// as the article's mentions and quotations grow.
func BenchmarkManySpeakers(b *testing.B) {
	unit := "Bill Carrow and Harriet Carrow met Rep. Ann Lee. “We agree,” Carrow said. The congressman said that it rained. Officials said so. They added that it was late.\n\n"
	text := strings.Repeat(unit, (1<<20)/len(unit)+1)
	a, err := article.Parse(text)
	if err != nil {
		b.Fatal(err)
	}
	ents := entities.Recognize(a)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Find(a, ents)
	}
}

// BenchmarkTranscript is 1 MB of a transcript's turns, labels in capitals
// and names, "I" inside them and Q: and A: marks: reading turns and whom
// their labels and "I" stand for must stay linear in the number of turns.
func BenchmarkTranscript(b *testing.B) {
	benchPipeline(b, "JAKE TOLLEY: Ann Lee joins us. I said that it rained.\n\nLEE: I think so. I said that it will pass.\n\nAnn Lee: Yes. I told them it was late.\n\nQ: And then?\n\nA: I said that we wait.\n\n")
}
