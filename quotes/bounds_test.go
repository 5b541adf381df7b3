package quotes

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/whosaid/whosaid/article"
	"github.com/whosaid/whosaid/entities"
)

// reportCorpus writes n articles of four reports each, "<person> said
// <before><claim><after>.", whose gold content is the claim alone.
func reportCorpus(n int, before, after func(i, k int) string) []TrainingArticle {
	people := []string{"Ana Ruiz", "Tom Hale", "Vera Mills", "Omar Feld", "Lena Park", "Ivo Brandt"}
	claims := []string{"the dam was safe", "the tax would pass", "the rail plan was late", "the schools would reopen", "the bridge needed repairs"}
	var docs []TrainingArticle
	for i := range n {
		var b strings.Builder
		var d TrainingArticle
		for k := range 4 {
			b.WriteString(people[(i+k)%len(people)] + " ")
			start := b.Len()
			b.WriteString("said")
			d.Cues = append(d.Cues, [2]int{start, b.Len()})
			b.WriteString(before(i, k))
			start = b.Len()
			b.WriteString(claims[(i*3+k)%len(claims)])
			d.Contents = append(d.Contents, [][2]int{{start, b.Len()}})
			b.WriteString(after(i, k) + ".\n\n")
		}
		d.Text = b.String()
		docs = append(docs, d)
	}
	return docs
}

// boundsCorpus's reports run on into a reason clause the gold leaves out:
// "Ana Ruiz said the dam was safe because …" reports "the dam was safe".
func boundsCorpus(n int) []TrainingArticle {
	reasons := []string{"the storm had passed", "the votes were there", "the money ran out", "the council agreed"}
	return reportCorpus(n, func(int, int) string { return " " },
		func(i, k int) string { return " because " + reasons[(i+2*k)%len(reasons)] })
}

// startCorpus's reports start after an aside the gold leaves out, which
// the rules keep, as it says nothing of the saying: "Ana Ruiz said, for
// once, the dam was safe." reports "the dam was safe".
func startCorpus(n int) []TrainingArticle {
	asides := []string{"with some pride", "for once", "above all", "with regret"}
	return reportCorpus(n, func(i, k int) string { return ", " + asides[(i+k)%len(asides)] + ", " },
		func(int, int) string { return "" })
}

func TestTrainBounds(t *testing.T) {
	docs := boundsCorpus(20)
	m, raw := sameTwice(t, func() (*BoundsModel, error) { return TrainBounds(docs, Training{L2: 1}) })
	require.Positive(t, m.Len())
	// It reads back as it was written.
	read, err := ReadBoundsModel(bytes.NewReader(raw))
	require.NoError(t, err)
	assert.Equal(t, m.Len(), read.Len())

	// On a new article the report ends where the model learned, and with
	// no model where the rules end it.
	text := "Mira Solberg said the harbor would close because the ships had left."
	assert.Equal(t, "the harbor would close", onlyContent(t, text, read))
	assert.Equal(t, "the harbor would close because the ships had left", onlyContent(t, text, nil))

	_, err = ReadBoundsModel(strings.NewReader("not a model"))
	assert.Error(t, err)
	_, err = TrainBounds(nil, Training{L2: 1})
	assert.Error(t, err)
}

// cueCorpus writes n articles of four reports each, "<person>
// <cue><before><gold><after>.", whose gold content is gold: report gives
// the three for article i, report k.
func cueCorpus(n int, cue string, report func(i, k int) (before, gold, after string)) []TrainingArticle {
	people := []string{"Ana Ruiz", "Tom Hale", "Vera Mills", "Omar Feld", "Lena Park", "Ivo Brandt"}
	var docs []TrainingArticle
	for i := range n {
		var b strings.Builder
		var d TrainingArticle
		for k := range 4 {
			b.WriteString(people[(i+k)%len(people)] + " ")
			d.Cues = append(d.Cues, [2]int{b.Len(), b.Len() + len(cue)})
			before, gold, after := report(i, k)
			b.WriteString(cue + before)
			d.Contents = append(d.Contents, [][2]int{{b.Len(), b.Len() + len(gold)}})
			b.WriteString(gold + after + ".\n\n")
		}
		d.Text = b.String()
		docs = append(docs, d)
	}
	return docs
}

// The word after the next tells two phrases opening with one word apart:
// "in a statement" ends the report before it, "in the spring" is part of
// it; and so for "in a memo" and "in the autumn", never seen.
func TestTrainBoundsTwoWordsAhead(t *testing.T) {
	claims := []string{"the dam was safe", "the tax would pass", "the rail plan was late", "the schools would reopen", "the bridge needed repairs"}
	docs := cueCorpus(24, "said", func(i, k int) (string, string, string) {
		if k%2 == 0 {
			return " ", claims[(i*3+k)%len(claims)], " in a " + []string{"statement", "post", "letter"}[(i+k)%3]
		}
		return " ", claims[(i*3+k)%len(claims)] + " in the " + []string{"spring", "north", "morning"}[(i+k)%3], ""
	})
	m, err := TrainBounds(docs, Training{L2: 1})
	require.NoError(t, err)
	assert.Equal(t, "the harbor would close", onlyContent(t, "Mira Solberg said the harbor would close in a memo.", m))
	assert.Equal(t, "the harbor would close in the autumn", onlyContent(t, "Mira Solberg said the harbor would close in the autumn.", m))
}

// Whether the content holds a finite verb tells a noun phrase from a
// clause ending in the same word before the same "as": "wrote the new
// harbor rail plan as …" reports the plan alone, "wrote the city needs a
// plan as …" the whole sentence, with one cue, one last word and one
// length for both.
func TestTrainBoundsShape(t *testing.T) {
	phrases := []string{"the new harbor rail plan", "the old city tax plan", "the big county road plan"}
	clauses := []string{"the city needs a plan", "the town lacks a plan", "the county wants a plan"}
	afters := []string{"the storm passed", "the votes came in", "the money ran out"}
	docs := cueCorpus(24, "wrote", func(i, k int) (string, string, string) {
		if k%2 == 0 {
			return " ", phrases[(i+k)%len(phrases)], " as " + afters[(i+k)%len(afters)]
		}
		return " ", clauses[(i+k)%len(clauses)] + " as " + afters[(i+k)%len(afters)], ""
	})
	m, err := TrainBounds(docs, Training{L2: 1})
	require.NoError(t, err)
	assert.Equal(t, "the new ferry dock plan", onlyContent(t, "Mira Solberg wrote the new ferry dock plan as the ships left.", m))
	assert.Equal(t, "the port needs a plan as the ships left", onlyContent(t, "Mira Solberg wrote the port needs a plan as the ships left.", m))
}

// The start model learns where content starts as the end model learns
// where it ends.
func TestTrainBoundsStart(t *testing.T) {
	m, err := TrainBounds(startCorpus(20), Training{L2: 1})
	require.NoError(t, err)
	text := "Mira Solberg said, with a smile, the harbor would close."
	assert.Equal(t, "the harbor would close", onlyContent(t, text, m))
	assert.Equal(t, "with a smile, the harbor would close", onlyContent(t, text, nil))
}

// Whether the words a start moves over hold a finite verb tells an aside
// from a clause opening with the same word: "said, after a long delay,
// the dam was safe" reports from "the", "said, after the water rose, the
// dam was safe" from "after".
func TestTrainBoundsStartShape(t *testing.T) {
	claims := []string{"the dam was safe", "the tax would pass", "the rail plan was late", "the schools would reopen"}
	asides := []string{"after a long delay", "after a short pause", "after a brief wait"}
	clauses := []string{"after the water rose", "after the votes came", "after the storm passed"}
	docs := cueCorpus(24, "said", func(i, k int) (string, string, string) {
		claim := claims[(i+k)%len(claims)]
		if k%2 == 0 {
			return ", " + asides[(i+k)%len(asides)] + ", ", claim, ""
		}
		return ", ", clauses[(i+k)%len(clauses)] + ", " + claim, ""
	})
	m, err := TrainBounds(docs, Training{L2: 1})
	require.NoError(t, err)
	assert.Equal(t, "the harbor would close", onlyContent(t, "Mira Solberg said, after a quiet night, the harbor would close.", m))
	assert.Equal(t, "after the ships left, the harbor would close", onlyContent(t, "Mira Solberg said, after the ships left, the harbor would close.", m))
}

// onlyContent returns the content of the one quotation Find gives text with
// bounds model m (nil: the rules' bounds).
func onlyContent(t *testing.T, text string, m *BoundsModel) string {
	t.Helper()
	a, err := article.Parse(text)
	require.NoError(t, err)
	qs := Find(a, nil, WithBoundsModel(m))
	checkQuotes(t, a, qs)
	require.Len(t, qs, 1)
	return qs[0].Content.Text(text)
}

// An end the model moves stays a word end: never inside marks, before a
// fragment's close or into the next report.
func TestBoundsKeepQuotationsWhole(t *testing.T) {
	text := "Ana Ruiz said the plan was “a slow, costly failure” in every way, and Tom Hale said the dam was safe."
	a, err := article.Parse(text)
	require.NoError(t, err)
	qs := Find(a, nil)
	checkQuotes(t, a, qs)
	require.Len(t, qs, 2)
	assert.Equal(t, Mixed, qs[0].Kind)
	assert.True(t, strings.HasPrefix(qs[0].Content.Text(text), "the plan was “a slow, costly failure”"), qs[0].Content.Text(text))
	assert.Less(t, qs[0].Content.End, qs[1].Speaker.Start)
	assert.Equal(t, "the dam was safe", qs[1].Content.Text(text))
}

func TestBoundsKeepInsideRelativeClause(t *testing.T) {
	// The learned end may not run past the relative clause a relative
	// pronoun speaks from, into the main clause's verb.
	text := "Ann Lee spoke first. Still, Tom Hale, who said the plan was unfair, stayed. Sam Cole — who said the dam was safe — left."
	a, err := article.Parse(text)
	require.NoError(t, err)
	qs := Find(a, nil)
	checkQuotes(t, a, qs)
	require.Len(t, qs, 2)
	assert.Equal(t, "the plan was unfair", qs[0].Content.Text(text))
	assert.Equal(t, "the dam was safe", qs[1].Content.Text(text))
}

// TestBoundsStartNotInsideMark: a learned start may be an opening mark,
// never the word right after it (warn of 'devastating' impact had lost
// its opening mark).
func TestBoundsStartNotInsideMark(t *testing.T) {
	a, f := finderFor(t, "Ministers defend cuts as charities warn of 'devastating' impact")
	for j := range a.Tokens {
		if j > 0 && a.Tokens[j-1].Kind == article.OpenQuote {
			assert.False(t, f.startOK(j, &startReach{rule: 0}), a.TokenText(j))
		}
		if a.Tokens[j].Kind == article.OpenQuote {
			assert.True(t, f.startOK(j, &startReach{rule: 0}))
		}
	}
	for _, q := range Find(a, nil) {
		assert.False(t, strings.HasPrefix(q.Content.Text(a.Text), "devastating"), q.Content.Text(a.Text))
	}
}

// TestBoundsEndNotBeforeClosingMark: a learned end may follow a quoted
// word only with the mark that closes it (Tom Smith had called the plan
// “a total disaster”: the other report's marks, not this one's fragment,
// had let the end fall before the closing mark).
func TestBoundsEndNotBeforeClosingMark(t *testing.T) {
	a, f := finderFor(t, `Ann Lee said Tom Smith had called the plan "a total disaster" in a meeting.`)
	seen := false
	for j := 1; j < len(a.Tokens); j++ {
		if f.quoted[j-1] && a.Tokens[j].Kind.IsQuote() {
			seen = true
			assert.False(t, f.endOK(j), a.TokenText(j-1))
			assert.True(t, f.endOK(j+1), a.TokenText(j))
		}
	}
	assert.True(t, seen)
}

// TestBoundsKeepOpeningQuestion: a question that opens its sentence ends
// at the comma before the main clause's subject; the learned end had run
// on into it (Asked if she would run again, she laughed).
func TestBoundsKeepOpeningQuestion(t *testing.T) {
	text := "Talks\n\nAsked if she would run again, she laughed. Asked whether the road, which floods, would close, the mayor said no."
	a, err := article.Parse(text)
	require.NoError(t, err)
	qs := Find(a, entities.Recognize(a))
	checkQuotes(t, a, qs)
	var got []string
	for _, q := range qs {
		got = append(got, q.Content.Text(text))
	}
	assert.Contains(t, got, "if she would run again")
	for _, g := range got {
		assert.NotContains(t, g, "laughed")
	}
}

// TestBoundsKeepSubjectAside: the learned end may not stop at the comma
// of a relative aside on the reported clause's subject when the clause's
// verb follows the aside (it had ended the report at "Saka").
func TestBoundsKeepSubjectAside(t *testing.T) {
	text := "Talks\n\nThe Arsenal manager said Saka, who limped off late on with an ankle problem, would be assessed on Monday."
	a, f := finderFor(t, text)
	saka := tokenOf(a, "Saka")
	assert.Equal(t, saka+1, f.subjectAside(saka, len(a.Tokens)-1))
	assert.Equal(t, "Saka, who limped off late on with an ankle problem, would be assessed on Monday", onlyFound(t, a))
}

// TestBoundsKeepSecondThat: the learned end may not stop before ", but
// that" and a clause, the second clause the cue reports (it had ended
// the report at "lunchtime"); "but that" and a verb is a pronoun's.
func TestBoundsKeepSecondThat(t *testing.T) {
	a, _ := finderFor(t, "Storm\n\nForecaster Ewan McGarry said the worst of the wind would ease by lunchtime, but that heavy rain would bring a risk of flooding into the afternoon.")
	assert.Equal(t, "the worst of the wind would ease by lunchtime, but that heavy rain would bring a risk of flooding into the afternoon", onlyFound(t, a))
	a, f := finderFor(t, "Storm\n\nAnn Lee said the plan was late, but that has changed.")
	assert.True(t, f.endOK(tokenOf(a, ",")))
}

// TestBoundsStartNotAtThatClauseTo: the learned start of a "that"
// clause may not move past its subject to a "to" (warned that plans/VBZ
// to close …: it had started the report at "to close"); a hearer before
// "that" is not taken for the object of a cue of telling.
func TestBoundsStartNotAtThatClauseTo(t *testing.T) {
	a, _ := finderFor(t, "Fire\n\nThe head of the county's fire service has warned that plans to close three stations would leave some villages waiting more than 20 minutes for a fire engine.")
	assert.Equal(t, "plans to close three stations would leave some villages waiting more than 20 minutes for a fire engine", onlyFound(t, a))
}

// TestBoundsTrailingHoldsParticiple: the learned start of a report whose
// cue trails it may not move past a participle's cue set off inside it
// (it had started the scientists' report at "they", leaving one report
// where there are two).
func TestBoundsTrailingHoldsParticiple(t *testing.T) {
	a, _ := finderFor(t, "Snow\n\nTiny pieces of plastic have been found in snow across the north, suggesting they are being carried thousands of miles by the wind, scientists say.")
	qs := Find(a, entities.Recognize(a))
	checkQuotes(t, a, qs)
	var got []string
	for _, q := range qs {
		got = append(got, q.Content.Text(a.Text)+" / "+q.Speaker.Text(a.Text))
	}
	assert.Equal(t, []string{
		"Tiny pieces of plastic have been found in snow across the north, suggesting they are being carried thousands of miles by the wind / scientists",
		"they are being carried thousands of miles by the wind / Tiny pieces of plastic",
	}, got)
}

// tokenOf returns the index of a's first token that reads w (len(a.Tokens)
// if none does).
func tokenOf(a *article.Article, w string) int {
	k := 0
	for k < len(a.Tokens) && a.TokenText(k) != w {
		k++
	}
	return k
}

// finderFor parses text and readies a finder over it with its entities,
// for tests of the finder's own steps.
func finderFor(t *testing.T, text string) (*article.Article, *finder) {
	t.Helper()
	a, err := article.Parse(text)
	require.NoError(t, err)
	return a, newFinder(a, entities.Recognize(a))
}

// onlyFound returns the content of the one quotation Find finds in a with
// its entities and the embedded models.
func onlyFound(t *testing.T, a *article.Article) string {
	t.Helper()
	qs := Find(a, entities.Recognize(a))
	checkQuotes(t, a, qs)
	require.Len(t, qs, 1)
	return qs[0].Content.Text(a.Text)
}

// TestBoundsEndNotBetweenAdjectives: the learned end of a report may not
// fall between two adjectives of one noun set off by a comma (a quiet,
// unsettling piece: not after "quiet").
func TestBoundsEndNotBetweenAdjectives(t *testing.T) {
	a, f := finderFor(t, "Review\n\nMerrin has written a quiet, unsettling piece about a widower.")
	assert.False(t, f.endOK(tokenOf(a, "quiet")+1))
	assert.True(t, f.endOK(tokenOf(a, "piece")+1))
}

// TestBoundsNotInAside: the learned start of a report after its source
// may not lie in a relative aside on the source that the rules' start
// follows (According to a senior aide, who was not authorized to speak
// publicly, negotiators …: not at "to speak").
func TestBoundsNotInAside(t *testing.T) {
	a, f := finderFor(t, "Vote\n\nAccording to a senior aide, who was not authorized to speak publicly, negotiators had been close to a deal.")
	sr := &startReach{lo: tokenOf(a, "According"), rule: tokenOf(a, "negotiators")}
	assert.False(t, f.startOK(tokenOf(a, "speak")-1, sr))
	assert.False(t, f.startOK(tokenOf(a, "who"), sr))
	assert.True(t, f.startOK(tokenOf(a, "negotiators"), sr))
	assert.Equal(t, "negotiators had been close to a deal", onlyFound(t, a))
}

// TestBoundsNotAfterSubjectsVerb: a learned start never falls right after
// a noun's verb that is no cue, past the adjectives or participles on its
// object: it would leave the verb's subject out (Inquiry told care home
// staff ignored/VBN warnings: had been "warnings").
func TestBoundsNotAfterSubjectsVerb(t *testing.T) {
	a, f := finderFor(t, "Inquiry told care home staff ignored warnings\n\nStaff at a care home where three residents died during a heatwave ignored repeated warnings about the temperature, an inquiry has heard.")
	sr := &startReach{lo: 0, rule: tokenOf(a, "care")}
	assert.False(t, f.startOK(tokenOf(a, "warnings"), sr))
	assert.True(t, f.startOK(tokenOf(a, "care"), sr))
	second := a.Sentences[len(a.Sentences)-1].Tokens
	sr = &startReach{lo: second.First, rule: second.First, trailing: true}
	k := tokenOf(a, "repeated")
	assert.False(t, f.startOK(k+1, sr), a.TokenText(k+1))
	assert.False(t, f.startOK(k, sr))
	assert.True(t, f.startOK(second.First, sr))
	require.Len(t, Find(a, nil, WithStanceModel(nil)), 2)
	for _, q := range Find(a, nil, WithStanceModel(nil)) {
		assert.NotContains(t, []string{"warnings", "warnings about the temperature"}, q.Content.Text(a.Text))
	}
}

// TestBoundsStartNotInsideClausePhrases: a learned start is never the
// "to" after a noun or an object pronoun (urged young drivers to slow
// down: had been "to slow down"; urged them to …; the approach to the
// Port …, in a report before its cue), nor "if" after a noun in a report
// before its cue (… this winter if the government …, the union warned), nor
// right after the comma of a subordinate clause opening the report (If
// they can find money …, councillors can …), nor at or right after a
// participle's preposition inside the clause (… a company run by a
// former adviser: had been "a former adviser").
func TestBoundsStartNotInsideClausePhrases(t *testing.T) {
	a, f := finderFor(t, "Crash\n\nThe mother of a boy who died urged young drivers to slow down.")
	sr := &startReach{rule: tokenOf(a, "young")}
	assert.False(t, f.startOK(tokenOf(a, "to"), sr))
	assert.True(t, f.startOK(tokenOf(a, "young"), sr))

	a, f = finderFor(t, "Talks\n\nLocal MP Sarah Dent urged them to \"get round the table\".")
	sr = &startReach{rule: tokenOf(a, "them")}
	assert.False(t, f.startOK(tokenOf(a, "to"), sr))

	a, f = finderFor(t, "Strike\n\nTeachers could strike across England this winter if the government does not improve its pay offer, the union warned.")
	sr = &startReach{rule: a.Sentences[len(a.Sentences)-1].Tokens.First, trailing: true}
	assert.False(t, f.startOK(tokenOf(a, "if"), sr))

	a, f = finderFor(t, "Port\n\nQueues of up to 20 miles are expected on the approach to the Port of Kelby, the port has warned.")
	sr = &startReach{rule: a.Sentences[len(a.Sentences)-1].Tokens.First, trailing: true}
	assert.False(t, f.startOK(tokenOf(a, "approach")+1, sr))
	assert.True(t, f.startOK(sr.rule, sr))

	a, f = finderFor(t, "Cuts\n\nShe told the meeting that if they can find money for new offices, councillors can find it for this.")
	sr = &startReach{rule: tokenOf(a, "that")}
	assert.False(t, f.startOK(tokenOf(a, "councillors"), sr))
	assert.True(t, f.startOK(tokenOf(a, "if"), sr))

	a, f = finderFor(t, "Contract\n\nThe business minister denied misleading Parliament over a contract awarded to a company run by a former adviser.")
	sr = &startReach{rule: tokenOf(a, "misleading")}
	assert.False(t, f.startOK(tokenOf(a, "by"), sr))
	assert.False(t, f.startOK(tokenOf(a, "by")+1, sr))
	assert.True(t, f.startOK(tokenOf(a, "misleading"), sr))
}

// TestBoundsNotIntoHearer: a report before a cue that has a hearer and no
// speaker (…, the court heard; …, Birmingham Crown Court heard) ends
// before the hearer's phrase, and its learned start is not right after
// the name that opens it and the name's comma (Arif Chaudhry, 51, …).
func TestBoundsNotIntoHearer(t *testing.T) {
	for _, text := range []string{
		"Fraud\n\nArif Chaudhry, 51, used his firm to claim VAT refunds on phones that never existed, Birmingham Crown Court heard.",
		"Fraud\n\nArif Chaudhry, 51, used his firm to claim VAT refunds on phones that never existed, the court has heard.",
	} {
		a, f := finderFor(t, text)
		qs := Find(a, nil, WithStanceModel(nil))
		require.Len(t, qs, 1, text)
		assert.Equal(t, "Arif Chaudhry, 51, used his firm to claim VAT refunds on phones that never existed", qs[0].Content.Text(a.Text))
		sent := a.Sentences[len(a.Sentences)-1].Tokens
		assert.False(t, f.startOK(tokenOf(a, "51"), &startReach{rule: sent.First, trailing: true}))
	}
}

// TestBoundsTrailingNotAtInfinitive: the learned start of a report before
// its cue may not be a verb's "to" (…, the union has announced: it had
// started the report at "to strike"), nor the "who" of an aside on its
// subject (Ann Hale, who …, has died, her family said: at "who") or of a
// clause on it, nor a word right after a preposition; an infinitive
// cue's may.
func TestBoundsTrailingNotAtInfinitive(t *testing.T) {
	text := "Strike\n\nTeachers in Leeds have voted to strike in a dispute over pay, the union has announced."
	a, f := finderFor(t, text)
	to := tokenOf(a, "to")
	assert.False(t, f.startOK(to, &startReach{rule: 2, trailing: true}))
	assert.True(t, f.startOK(to, &startReach{rule: 2}))
	assert.Equal(t, "Teachers in Leeds have voted to strike in a dispute over pay", onlyFound(t, a))

	a, err := article.Parse("Obituary: Margaret Hale, pioneering surgeon, dies at 91\n\nMargaret Hale, who became one of the first women to lead a cardiac surgery unit in Britain, has died aged 91, her family said.")
	require.NoError(t, err)
	assert.Equal(t, "Margaret Hale, who became one of the first women to lead a cardiac surgery unit in Britain, has died aged 91", onlyFound(t, a))

	// nor the "who" of a clause on it, with no comma (People who live
	// near busy roads are …, according to a study: at "who")
	a, f = finderFor(t, "Study\n\nPeople who live near busy roads are more likely to develop dementia, according to a study of adults in Canada.")
	assert.False(t, f.startOK(tokenOf(a, "who"), &startReach{rule: tokenOf(a, "People"), trailing: true}))
	assert.Equal(t, "People who live near busy roads are more likely to develop dementia", onlyFound(t, a))

	// nor right after a preposition (… for the first time in its
	// history, the union has announced: at "the first time")
	a, f = finderFor(t, "Nurses\n\nNurses in Leeds have voted to strike for the first time in the Royal College of Nursing's history, the union has announced.")
	assert.False(t, f.startOK(tokenOf(a, "for")+1, &startReach{rule: tokenOf(a, "Nurses"), trailing: true}))
	assert.Equal(t, "Nurses in Leeds have voted to strike for the first time in the Royal College of Nursing's history", onlyFound(t, a))

	// "to" too (… on the approach to the Port of Kelby …, the port has
	// warned: not at "the Port")
	a, f = finderFor(t, "Queues\n\nLorry drivers face queues of up to 20 miles on the approach to the Port of Kelby after new checks start on Monday, the port has warned.")
	assert.False(t, f.startOK(tokenOf(a, "Port")-1, &startReach{rule: tokenOf(a, "Lorry"), trailing: true}))
	assert.Equal(t, "Lorry drivers face queues of up to 20 miles on the approach to the Port of Kelby after new checks start on Monday", onlyFound(t, a))

	// nor after a verb's particle (… to take over the running of …)
	a, f = finderFor(t, "Rail\n\nThe government is to take over the running of Coastway Rail after years of delays, the transport secretary has announced.")
	assert.False(t, f.startOK(tokenOf(a, "over")+1, &startReach{rule: tokenOf(a, "The"), trailing: true}))
	assert.Equal(t, "The government is to take over the running of Coastway Rail after years of delays", onlyFound(t, a))

	// nor after a verb's base form (… is to play a retired officer …)
	a, f = finderFor(t, "Thriller\n\nActor Tom Vale is to play a retired officer in a new thriller for Kelby TV, the streaming service has announced.")
	assert.False(t, f.startOK(tokenOf(a, "play")+1, &startReach{rule: tokenOf(a, "Actor"), trailing: true}))
	assert.Equal(t, "Actor Tom Vale is to play a retired officer in a new thriller for Kelby TV", onlyFound(t, a))

	// nor at a preposition after the noun it belongs to (Workers at the
	// … plant: not at "at"); "whether" may open a report
	a, f = finderFor(t, "Union\n\nWorkers at the Kelby car plant could strike next month in a row over pensions, the Unite union has warned.")
	assert.False(t, f.startOK(tokenOf(a, "at"), &startReach{rule: tokenOf(a, "Workers"), trailing: true}))
	assert.Equal(t, "Workers at the Kelby car plant could strike next month in a row over pensions", onlyFound(t, a))

	// nor inside the noun phrase it opens (Waiting lists …: not at
	// "lists", after the -ing word that qualifies it)
	a, f = finderFor(t, "Lists\n\nWaiting lists at hospitals across the Halden region have reached a record high, according to new figures.")
	assert.False(t, f.startOK(tokenOf(a, "lists"), &startReach{rule: tokenOf(a, "Waiting"), trailing: true}))
	assert.Equal(t, "Waiting lists at hospitals across the Halden region have reached a record high", onlyFound(t, a))

	// nor, in a report after its cue, at the "to" of a participle inside
	// the clause or right after it (a contract awarded to a company)
	a, f = finderFor(t, "Contract\n\nThe business minister has denied misleading Parliament over a £40m contract awarded to a company run by a former adviser.")
	at := tokenOf(a, "to")
	assert.False(t, f.startOK(at, &startReach{rule: tokenOf(a, "misleading")}))
	assert.False(t, f.startOK(at+1, &startReach{rule: tokenOf(a, "misleading")}))
	assert.Equal(t, "misleading Parliament over a £40m contract awarded to a company run by a former adviser", onlyFound(t, a))
}

// TestBoundsTrailingKeepsVerb: the learned end of a clause a trailing
// cue reports may not fall before the clause's verb (it had ended the
// report at "villa").
func TestBoundsTrailingKeepsVerb(t *testing.T) {
	a, _ := finderFor(t, "Dig\n\nThe remains of a Roman villa have been found beneath a car park in the centre of Ellesford, archaeologists have announced.")
	assert.Equal(t, "The remains of a Roman villa have been found beneath a car park in the centre of Ellesford", onlyFound(t, a))
}

// TestBoundsNotPastNextAct: the learned end of a report may not run past
// "and" and a verb of the speaker's next act in the past (said the
// figures were “unacceptable” and promised …).
func TestBoundsNotPastNextAct(t *testing.T) {
	a, _ := finderFor(t, "Water\n\nAppearing before MPs on the environment committee, Claire Denholm said the figures were \"unacceptable\" and promised a £1bn investment programme.")
	assert.Equal(t, "the figures were \"unacceptable\"", onlyFound(t, a))
}

// TestBoundsNotAtLeadClauseComma: the learned end may not stop at the
// comma that closes a clause opening the report when the rules' content
// goes on past it (it had ended the report at "if elected").
func TestBoundsNotAtLeadClauseComma(t *testing.T) {
	a, f := finderFor(t, "Rail\n\nLabour said that, if elected, it would freeze fares for a year.")
	assert.Equal(t, "if elected, it would freeze fares for a year", onlyFound(t, a))
	lead := tokenOf(a, "if")
	assert.Equal(t, lead+2, f.leadClauseComma(lead, len(a.Tokens)-1))
	assert.Equal(t, 0, f.leadClauseComma(tokenOf(a, "it"), len(a.Tokens)-1))
}

// TestLeadClauseCommaAfterThat: only a clause opening a "that" clause
// leads its report; a question's "if" clause is the question.
func TestLeadClauseCommaAfterThat(t *testing.T) {
	a, f := finderFor(t, "Talks\n\nAsked if he would stand again, he smiled. She said that if it rained, the match would stop.")
	assert.Equal(t, 0, f.leadClauseComma(tokenOf(a, "if"), len(a.Tokens)-1))
	lead := tokenOf(a, "rained") - 2
	assert.Equal(t, lead+3, f.leadClauseComma(lead, len(a.Tokens)-1))
}

// TestBoundsStartKeepsNamedThat: the learned start may not move past
// the "that" that opens what a naming cue names (called that claim
// 'absurd': it had started the words at "claim").
func TestBoundsStartKeepsNamedThat(t *testing.T) {
	a, _ := finderFor(t, "Row\n\nThe minister called that claim 'absurd'.")
	assert.Equal(t, "that claim 'absurd'", onlyFound(t, a))
}

// TestBoundsThatClauseKeepsVerb: the learned end of a "that" clause may
// not fall before the clause's verb (it had ended the report at the
// appositive's comma, "its finance director").
func TestBoundsThatClauseKeepsVerb(t *testing.T) {
	a, _ := finderFor(t, "Board\n\nHallam also confirmed that its finance director, Nadia Coyle, would step down in the spring after nine years.")
	assert.Equal(t, "its finance director, Nadia Coyle, would step down in the spring after nine years", onlyFound(t, a))
}

// TestBoundsStartNotAfterAndThat: the learned start may not move past
// "and that" to the second clause the same cue reports (it had started
// the report there, leaving out the first).
func TestBoundsStartNotAfterAndThat(t *testing.T) {
	a, f := finderFor(t, "Schools\n\nThe head teacher told governors that pupil numbers had dropped by nearly 300 since 2020 and that running both sites would cost the trust $1.4 million a year.")
	assert.Equal(t, "pupil numbers had dropped by nearly 300 since 2020 and that running both sites would cost the trust $1.4 million a year", onlyFound(t, a))
	assert.False(t, f.startOK(tokenOf(a, "running"), &startReach{rule: tokenOf(a, "pupil")}))
}

// TestBoundsTrailingNotInsideNestedRelative: the learned start of a
// report before its cue may not move to, or past, a relative pronoun on
// a noun of the report when another report's cue stands after it (it had
// started the minister's report at "campaigners", leaving out the plan).
func TestBoundsTrailingNotInsideNestedRelative(t *testing.T) {
	a, _ := finderFor(t, "Laws\n\nThe government will review betting laws that campaigners say are \"hopelessly outdated\" for the smartphone era, the culture secretary announced on Wednesday.")
	qs := Find(a, entities.Recognize(a))
	var contents []string
	for _, q := range qs {
		contents = append(contents, q.Content.Text(a.Text))
	}
	assert.Contains(t, contents, "The government will review betting laws that campaigners say are \"hopelessly outdated\" for the smartphone era")
	assert.Contains(t, contents, "are \"hopelessly outdated\" for the smartphone era")
}

// TestBoundsTrailingHoldsNestedReport: the learned start of a report
// before its cue stays at the speaker of another report that opens it
// (it had started the union's report at the nurses' object, leaving out
// who described it).
func TestBoundsTrailingHoldsNestedReport(t *testing.T) {
	a, _ := finderFor(t, "Wards\n\nNurses at a clinic in the south have described a \"climate of dread\" in which staff who complain are punished, a union has claimed.")
	qs := Find(a, entities.Recognize(a))
	var contents []string
	for _, q := range qs {
		contents = append(contents, q.Content.Text(a.Text))
	}
	assert.Contains(t, contents, "Nurses at a clinic in the south have described a \"climate of dread\" in which staff who complain are punished")
}

// TestBoundsTrailingKeepsSubjectAndPlace: the learned start of a report
// before its cue moves neither to a town's state set off by commas, nor
// to the verb after an aside on the name opening the report, nor past a
// participle (it had started the company's report at "Ohio", then at
// "will build", then at "3,000 jobs").
func TestBoundsTrailingKeepsSubjectAndPlace(t *testing.T) {
	text := "Chipmaker to build $20bn plant in Ohio\n\nVeltronic, the world's fourth-largest chipmaker, will build a $20 billion semiconductor plant near Columbus, Ohio, creating 3,000 jobs, the company announced on Wednesday."
	a, f := finderFor(t, text)
	assert.Equal(t, "Veltronic, the world's fourth-largest chipmaker, will build a $20 billion semiconductor plant near Columbus, Ohio, creating 3,000 jobs", onlyFound(t, a))
	sr := &startReach{rule: tokenOf(a, "Veltronic"), trailing: true}
	for _, w := range []string{"will", "3,000"} {
		assert.False(t, f.startOK(tokenOf(a, w), sr), w)
	}
	assert.False(t, f.startOK(tokenOf(a, "Columbus")+2, sr), "the body's Ohio")
	assert.True(t, f.startOK(tokenOf(a, "creating"), sr))
}

// TestBoundsNotBetweenQuotedVerbAndObject: the learned end does not fall
// after quoted words that end in a verb, before the verb's object (it
// had cut "the claim" from would "robustly defend" the claim).
func TestBoundsNotBetweenQuotedVerbAndObject(t *testing.T) {
	a, f := finderFor(t, "Claim\n\nKelby Rovers said it would \"robustly defend\" the claim but declined to comment further while legal proceedings were ongoing.")
	assert.False(t, f.endOK(tokenOf(a, "the")))
	assert.True(t, f.endOK(tokenOf(a, "but")))
}

// TestBoundsSubjectAsideOverNames: a relative aside on the clause's
// subject goes on over a list of names to the comma before the clause's
// verb, and the learned end does not stop at its first comma (it had cut
// the operator's report to "the routes").
func TestBoundsSubjectAsideOverNames(t *testing.T) {
	a, f := finderFor(t, "Buses\n\nThe operator said the routes, which serve Sleaford, Horncastle and Market Rasen, were no longer commercially viable.")
	assert.Equal(t, tokenOf(a, "routes")+1, f.subjectAside(tokenOf(a, "the"), tokenOf(a, ".")))
}

// TestBoundsNotBeforeSecondInfinitive: the learned end does not fall
// before "and to" and a verb, the second infinitive the same cue asks
// for (it had cut "and to do more ..." from a call on the government).
func TestBoundsNotBeforeSecondInfinitive(t *testing.T) {
	a, f := finderFor(t, "Pensions\n\nThe charity's director, Carol Hale, called on the government to raise the state pension and to do more to help older people.")
	assert.False(t, f.endOK(tokenOf(a, "and")))
	assert.True(t, f.endOK(tokenOf(a, ".")))
}

// TestBoundsNotPastInnerCue: the learned start of a report after its cue
// may not fall right after the "that" of a report inside it, past that
// one's cue (Delmore said of the dispute that …: not at "the audit").
func TestBoundsNotPastInnerCue(t *testing.T) {
	a, f := finderFor(t, "Row\n\nThe recording shows Delmore said of the dispute that the audit was poor.")
	sr := &startReach{lo: tokenOf(a, "Delmore"), rule: tokenOf(a, "Delmore")}
	assert.False(t, f.startOK(tokenOf(a, "that")+1, sr))
	assert.True(t, f.startOK(tokenOf(a, "Delmore"), sr))
}

// TestBoundsNotAtApposedName: the learned start of a report after its cue
// may not fall on a name set off after the noun phrase the rules' start
// opens (accused the current mayor, Conservative Tom Whitby, of …: not at
// "Conservative").
func TestBoundsNotAtApposedName(t *testing.T) {
	a, f := finderFor(t, "Rents\n\nPriya Nairn accused the current mayor, Conservative Tom Whitby, of \"sitting on his hands\" while rents rose.")
	sr := &startReach{lo: tokenOf(a, "the"), rule: tokenOf(a, "the")}
	assert.False(t, f.startOK(tokenOf(a, "Conservative"), sr))
	assert.True(t, f.startOK(tokenOf(a, "the"), sr))
}

// TestBoundsNotAfterParticiple: the learned start of a report after its
// cue may not fall right after a participle inside it that is no cue
// (heard Hollins had been drinking … before driving his car home: not at
// "his", which the model had chosen).
func TestBoundsNotAfterParticiple(t *testing.T) {
	a, f := finderFor(t, "Crash\n\nThe court heard Hollins had been drinking at a golf club before driving his car home on the evening of 4 June.")
	sr := &startReach{lo: tokenOf(a, "Hollins"), rule: tokenOf(a, "Hollins")}
	assert.False(t, f.startOK(tokenOf(a, "his"), sr))
	assert.True(t, f.startOK(tokenOf(a, "Hollins"), sr))
}

// TestBoundsNotPastRelativeAfterSpeaker: the learned end may not run
// past the comma closing a relative aside whose speaker follows its
// pronoun (it had run the report into the main clause).
func TestBoundsNotPastRelativeAfterSpeaker(t *testing.T) {
	a, _ := finderFor(t, "Donors\n\nHale's donor list, which the campaign says includes 2.7 million contributors across the country, is another uncertain - and highly coveted - asset.")
	assert.Equal(t, "includes 2.7 million contributors across the country", onlyFound(t, a))
}
