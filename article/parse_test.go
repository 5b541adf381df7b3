package article

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// sharedData returns the path of ../shared/data, skipping the test when it is absent.
func sharedData(t testing.TB) string {
	dir := filepath.Join("..", "..", "shared", "data")
	if _, err := os.Stat(dir); err != nil {
		t.Skip("shared data not found beside the checkout")
	}
	return dir
}

func mustParse(t testing.TB, text string, opts ...Option) *Article {
	t.Helper()
	a, err := Parse(text, opts...)
	require.NoError(t, err)
	checkArticle(t, a)
	return a
}

// checkArticle asserts the invariants every parsed article keeps.
func checkArticle(t testing.TB, a *Article) {
	t.Helper()
	text := a.Text
	checkTokens(t, text, a.Tokens)
	inside := func(s Span, what string) {
		if s.Start < 0 || s.End > len(text) || s.Start > s.End {
			t.Fatalf("%s %v outside text of %d bytes", what, s, len(text))
		}
	}
	inside(a.Headline, "headline")
	inside(a.Byline, "byline")
	inside(a.Dateline, "dateline")
	tok := 0
	for pi, p := range a.Paragraphs {
		inside(p.Span, "paragraph")
		if p.Tokens.First != tok {
			t.Fatalf("paragraph %d starts at token %d, want %d", pi, p.Tokens.First, tok)
		}
		next := p.Tokens.First
		for si := p.Sentences.First; si < p.Sentences.Last; si++ {
			s := a.Sentences[si]
			if s.Tokens.First != next || s.Tokens.Len() == 0 || s.Paragraph != pi {
				t.Fatalf("sentence %d does not continue paragraph %d's tokens at %d", si, pi, next)
			}
			if s.Start != a.Tokens[s.Tokens.First].Start || s.End != a.Tokens[s.Tokens.Last-1].End {
				t.Fatalf("sentence %d span %v does not match its tokens", si, s.Span)
			}
			next = s.Tokens.Last
		}
		if next != p.Tokens.Last {
			t.Fatalf("paragraph %d's sentences cover tokens up to %d, want %d", pi, next, p.Tokens.Last)
		}
		for _, tk := range a.Tokens[p.Tokens.First:p.Tokens.Last] {
			if !p.Span.Contains(tk.Span) {
				t.Fatalf("token %v outside paragraph %v", tk.Span, p.Span)
			}
		}
		for _, c := range p.Credits {
			inside(c, "credit")
		}
		tok = p.Tokens.Last
	}
	if tok != len(a.Tokens) {
		t.Fatalf("paragraphs cover %d of %d tokens", tok, len(a.Tokens))
	}
}

func sentenceTexts(a *Article) []string {
	var out []string
	for _, s := range a.Sentences {
		out = append(out, s.Text(a.Text))
	}
	return out
}

func TestParagraphKinds(t *testing.T) {
	tests := []struct {
		name, text string
		want       []ParagraphKind
	}{
		{"headline byline body", "Council backs new tram line\n\nBy Lena Whitcombe\n\nThe council voted on Monday.",
			[]ParagraphKind{Headline, Byline, Body}},
		{"two authors", "Storm closes ports\n\nBy Ada Brook and Tomas Reyes\n\nPorts closed.", []ParagraphKind{Headline, Byline, Body}},
		{"author with role", "Moon dust study\n\nBy Ada Brook, Science Correspondent\n\nThe study found dust.", []ParagraphKind{Headline, Byline, Body}},
		{"boilerplate", "SIGN UP for our newsletter\n\nA body paragraph here.\n\nAdvertisement\n\nRead more: Other news\n\nShare this article",
			[]ParagraphKind{Boilerplate, Body, Boilerplate, Boilerplate, Boilerplate}},
		{"a line of related topics after their label and a colon", "Zoo welcomes cubs\n\nTwo cubs were born at the zoo.\n\nRelated topics: Zoos, Wildlife, Harrowgate",
			[]ParagraphKind{Headline, Body, Boilerplate}},
		{"a name alone with a journalist's job on the next line is the byline", "Ferry operator fined\n\nSarah Linwood-Hale\n\nCourts Reporter\n\nA ferry operator has been fined.",
			[]ParagraphKind{Headline, Byline, Byline, Body}},
		{"but not a name alone with no job after it", "Ferry operator fined\n\nTom Hale\n\nA ferry operator has been fined.",
			[]ParagraphKind{Headline, Body, Body}},
		{"a wire story's sign-off crediting reporters and editors is a credit; a correction's notice is boilerplate",
			"Boilers banned\n\nThe council voted to ban gas boilers, officials said.\n\nReporting by the council's own auditors found no problems.\n\nCorrection: An earlier version of this article misstated the year.\n\n(Reporting by Tom Ashby in Kelby; Editing by Ann Cole)\n\nAdditional reporting by Sam Oduya. Contributing: Lena Park.",
			[]ParagraphKind{Headline, Body, Body, Boilerplate, Credit, Credit}},
		{"a row of share buttons", "Tram line opens\n\nFacebook Twitter Email\n\nShare | Copy link\n\nFacebook Twitter Email Obituaries\n\nThe line opened on Monday.",
			[]ParagraphKind{Headline, Boilerplate, Boilerplate, Body, Body}},
		{"a menu of sections above the headline, and a byline's outlet and place", "Home News Sport Weather\n\nTram line opens\n\nBy Ann Cole\nBBC News, Kelby\n\nThe line opened on Monday.",
			[]ParagraphKind{Boilerplate, Headline, Byline, Byline, Body}},
		{"a footer's links", "Tram line opens\n\nThe line opened on Monday.\n\nContact us | Privacy policy | Terms and conditions",
			[]ParagraphKind{Headline, Body, Boilerplate}},
		{"caption with credit", "Mayor Ruth Dale.\nMayor Ruth Dale at the opening. (Jonah Lee/City Ledger)\n\nThe mayor spoke.",
			[]ParagraphKind{Caption, Caption, Body}},
		{"agency credit", "(Sputnik/Ivan Petrov/Pool via Reuters) (via REUTERS)\n\nText follows.", []ParagraphKind{Credit, Body}},
		{"photo line", "Photo: Jonah Lee/City Ledger\n\nText follows.", []ParagraphKind{Credit, Body}},
		{"dateline alone", "Harbour reopens\n\nBRISTOL —\n\nThe harbour reopened.", []ParagraphKind{Headline, Dateline, Body}},
		{"title case with a period", "Council Backs New Tram Line for the City Centre.\n\nThe council voted on Monday.", []ParagraphKind{Headline, Body}},
		{"a first sentence is no headline", "The council voted on Monday to back a tram line.\n\nIt will open in May.", []ParagraphKind{Body, Body}},
		{"an editor's note", "Tram line opens\n\nThe line opened on Monday.\n\nEditor’s note: This story was updated to correct the mayor’s name, which an earlier version gave wrongly.",
			[]ParagraphKind{Headline, Body, Boilerplate}},
		{"title case keeping is small", "Leeds is the Tram Capital of the North.\n\nThe council voted on Monday.", []ParagraphKind{Headline, Body}},
		{"title case with after", "Mayor Calls for Inquiry after Report on Port Deal.\n\nThe council voted on Monday.", []ParagraphKind{Headline, Body}},
		{"a hard-wrapped line goes on", "Tram vote nears\n\nThe council voted on Monday to back the new tram line that the\nMayor of Leeds had put to it in the spring, after a long delay.",
			[]ParagraphKind{Headline, Body}},
		{"a long title-case line is a heading", "Tram vote nears\n\nPosted 9:09PM by the desk: Mayor Hints Council Will Back The Tram Line Plan\nThe mayor said on Monday that the vote was close.",
			[]ParagraphKind{Headline, Body, Body}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := mustParse(t, tt.text, WithTagging(false))
			var got []ParagraphKind
			for _, p := range a.Paragraphs {
				got = append(got, p.Kind)
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestDatelineAfterHeadlineWithPeriod(t *testing.T) {
	a := mustParse(t, "Mayor calls for action on flooding.\n\nNEW YORK, Nov. 19 (UPI) — The mayor spoke on Thursday.", WithTagging(false))
	assert.Equal(t, "NEW YORK, Nov. 19 (UPI) —", a.Dateline.Text(a.Text))
	assert.Equal(t, "Mayor calls for action on flooding.", a.Headline.Text(a.Text), "the line before the dateline is the headline")
	assert.Equal(t, Headline, a.Paragraphs[0].Kind)
	a = mustParse(t, "The mayor spoke on Thursday, and the council listened for an hour before it voted on the flood plan, which will cost the city more than it has spent on roads in ten years.\n\nLONDON — Not a dateline here.", WithTagging(false))
	assert.True(t, a.Dateline.Empty(), "a dateline opens the article")
}

func TestDateline(t *testing.T) {
	tests := []struct{ text, want string }{
		{"LONDON — The Kremlin said Friday that talks had ended.", "LONDON —"},
		{"FRESNO, Calif. (AP) — A fire burned on.", "FRESNO, Calif. (AP) —"},
		{"MANCHESTER - Police said on Sunday.", "MANCHESTER -"},
		{"NEW YORK (Reuters) -- Stocks rose.", "NEW YORK (Reuters) --"},
		{"WINSTON-SALEM, N.C. — A rally.", "WINSTON-SALEM, N.C. —"},
		{"NATO said on Friday - after talks - that it would wait.", ""},
		{"The U.S. — and others — objected.", ""},
	}
	for _, tt := range tests {
		a := mustParse(t, "A headline here\n\n"+tt.text, WithTagging(false))
		assert.Equal(t, tt.want, a.Dateline.Text(a.Text), tt.text)
	}
}

func TestCredits(t *testing.T) {
	text := "President Dalen departs the airport on Sunday. (Brendan Szymkowiak/AFP via Getty Images) (AFP via Getty Images)"
	a := mustParse(t, text, WithTagging(false))
	require.Len(t, a.Paragraphs, 1)
	p := a.Paragraphs[0]
	assert.Equal(t, Caption, p.Kind)
	require.Len(t, p.Credits, 2)
	assert.Equal(t, "(Brendan Szymkowiak/AFP via Getty Images)", p.Credits[0].Text(text))
	assert.Equal(t, "(AFP via Getty Images)", p.Credits[1].Text(text))
}

// A caption whose last sentence is a credit line after a prefix.
func TestCreditSentence(t *testing.T) {
	text := "Storm\n\nWorkers leave the picket line on Friday. Photo: Lee Chan/Coastal Times\n\nShe took a photo. Photo: it was a good one, she said, and everyone there agreed with her.\n\nHe said no. Photo: Reuters"
	a := mustParse(t, text, WithTagging(false))
	require.Len(t, a.Paragraphs, 4)
	p := a.Paragraphs[1]
	assert.Equal(t, Caption, p.Kind)
	require.Len(t, p.Credits, 1)
	assert.Equal(t, "Photo: Lee Chan/Coastal Times", p.Credits[0].Text(text))
	assert.Empty(t, a.Paragraphs[2].Credits, "a sentence after the prefix is no credit")
	require.Len(t, a.Paragraphs[3].Credits, 1)
	assert.Equal(t, "Photo: Reuters", a.Paragraphs[3].Credits[0].Text(text))
}

// kinds lists a's paragraphs as "kind: text".
func kinds(a *Article) []string {
	var out []string
	for _, p := range a.Paragraphs {
		out = append(out, p.Kind.String()+": "+p.Text(a.Text))
	}
	return out
}

// Page furniture pasted with an article: buttons, a time of publication,
// a byline's role line, a caption's label, and the topic and link lines
// under their headings; the article's own short lines stay body.
func TestFurniture(t *testing.T) {
	text := "Mayor bans cars from centre\n\nPublished 3 hours ago\n\nShare\n\nBy Ann Cole\nLocal Democracy Reporter\n\n" +
		"Cars will be banned, the mayor said on Monday.\n\nImage caption,\nAn impression of the new street\n\n" +
		"Related Topics\n\nMillbrook\n\nTransport\n\nShops fear the worst.\n\nShare prices fell.\n\nMore on this story\n\nCouncil approves bus lane plan\n\nWhy are bus fares rising?\n\nPublished 2 days ago\n\nBus lanes were approved on Friday, two weeks after a long debate in the council chamber about them."
	a := mustParse(t, text, WithTagging(false))
	assert.Equal(t, []string{
		"headline: Mayor bans cars from centre",
		"boilerplate: Published 3 hours ago",
		"boilerplate: Share",
		"byline: By Ann Cole",
		"byline: Local Democracy Reporter",
		"body: Cars will be banned, the mayor said on Monday.",
		"caption: Image caption,",
		"caption: An impression of the new street",
		"boilerplate: Related Topics",
		"boilerplate: Millbrook",
		"boilerplate: Transport",
		"body: Shops fear the worst.",
		"body: Share prices fell.",
		"boilerplate: More on this story",
		"boilerplate: Council approves bus lane plan",
		"boilerplate: Why are bus fares rising?",
		"boilerplate: Published 2 days ago",
		"body: Bus lanes were approved on Friday, two weeks after a long debate in the council chamber about them.",
	}, kinds(a))
}

// TestPastedLines: a page pasted with one line per paragraph and no blank
// lines: the headline does not run on into the time of publication, nor
// a caption into the byline, and the article's lines above a picture's
// credit stay body (they had all become a caption, one above another).
func TestPastedLines(t *testing.T) {
	text := "Storm batters the coast as thousands of homes are left without any power\nPublished 2 hours ago\nShare\n" +
		"Image source, Kelby Pictures\nImage caption, Waves crash over the harbour wall in Porthgwynn\nBy Kate Stanton\n" +
		"Thousands of homes are without power after the storm brought gusts of up to 90mph.\n" +
		"The forecaster issued an amber warning for wind.\n" +
		"The network operator said about 12,000 properties had lost supply.\n" +
		"Image source, Kelby Pictures\nImage caption, A fallen tree blocks a road\n" +
		"The council said several roads were closed."
	a := mustParse(t, text, WithTagging(false))
	assert.Equal(t, []string{
		"headline: Storm batters the coast as thousands of homes are left without any power",
		"boilerplate: Published 2 hours ago",
		"boilerplate: Share",
		"credit: Image source, Kelby Pictures",
		"caption: Image caption, Waves crash over the harbour wall in Porthgwynn",
		"byline: By Kate Stanton",
		"body: Thousands of homes are without power after the storm brought gusts of up to 90mph.",
		"body: The forecaster issued an amber warning for wind.",
		"body: The network operator said about 12,000 properties had lost supply.",
		"credit: Image source, Kelby Pictures",
		"caption: Image caption, A fallen tree blocks a road",
		"body: The council said several roads were closed.",
	}, kinds(a))
}

// TestNameDeskLine: a writer's name and job on one line, with no "By",
// after the headline and a standfirst, is the byline.
func TestNameDeskLine(t *testing.T) {
	a := mustParse(t, "Water firm fined for sewage spills\n\nThe company admitted thousands of illegal discharges\n\nHelena Voss Environment correspondent\n\nA water company has been fined a record sum.", WithTagging(false))
	assert.Equal(t, []string{
		"headline: Water firm fined for sewage spills",
		"body: The company admitted thousands of illegal discharges",
		"byline: Helena Voss Environment correspondent",
		"body: A water company has been fined a record sum.",
	}, kinds(a))
	assert.False(t, nameDeskLine("Helena Voss said correspondent"))
}

// TestLiveEntryTimes: a live report's entry opens with its time, which is
// a sentence of its own; a time inside a sentence, or before a word in
// lower case, stays in it.
func TestLiveEntryTimes(t *testing.T) {
	a := mustParse(t, "Live: Count night\n\n02:14 Hartwell has declared. Naomi Figg wins.\n\n9:05 pm was when the polls closed.\n\nThe count began at 02:30 in the hall.", WithTagging(false))
	assert.Equal(t, []string{"Live: Count night", "02:14", "Hartwell has declared.", "Naomi Figg wins.", "9:05 pm was when the polls closed.", "The count began at 02:30 in the hall."}, sentenceTexts(a))
}

// TestNewsletterPitch: the line under a newsletter's sign-up that
// promises stories in the reader's inbox is the prompt's, not the
// article's.
func TestNewsletterPitch(t *testing.T) {
	a := mustParse(t, "MP quits party\n\nA Labour MP has resigned the whip.\n\nSign up to our Politics Daily newsletter\n\nGet the biggest stories in your inbox every morning.\n\nIn a letter, she wrote that she could not vote for the cuts.", WithTagging(false))
	assert.Equal(t, []string{
		"headline: MP quits party",
		"body: A Labour MP has resigned the whip.",
		"boilerplate: Sign up to our Politics Daily newsletter",
		"boilerplate: Get the biggest stories in your inbox every morning.",
		"body: In a letter, she wrote that she could not vote for the cuts.",
	}, kinds(a))
}

// TestInterviewByline: "Interview by" and a name under the headline is
// the byline, as "By" is.
func TestInterviewByline(t *testing.T) {
	a := mustParse(t, "Why Ada Lovelace still matters\n\nInterview by Theo Marsh\n\nHistorian Rosalind Achebe has spent a decade on her life.", WithTagging(false))
	assert.Equal(t, []string{
		"headline: Why Ada Lovelace still matters",
		"byline: Interview by Theo Marsh",
		"body: Historian Rosalind Achebe has spent a decade on her life.",
	}, kinds(a))
	assert.False(t, isByline("Interview by the committee found no fault."))
}

// The top of a pasted page: navigation, a cookie prompt, a trail of
// sections, a time of publication with its update, a prompt to follow
// the writer; the headline and byline are found after them, and a
// sentence with ">" in it stays body.
func TestPageTop(t *testing.T) {
	text := "Skip to main content\n\nAccept all cookies\n\nMenu\n\nSearch\n\nHome > News > Local\n\n" +
		"Flood walls to be raised\n\nPublished: 14:32, 3 March 2026 | Updated: 16:05, 3 March 2026\n\nBy Sam Whit, Environment Reporter\n\nFollow @samwhit\n\n" +
		"The walls will be raised, the agency said.\n\nReadings > 3 metres > the old record were seen.\n\nFacebook\n\nTwitter\n\n© 2026 Aske Valley News"
	a := mustParse(t, text, WithTagging(false))
	assert.Equal(t, []string{
		"boilerplate: Skip to main content",
		"boilerplate: Accept all cookies",
		"boilerplate: Menu",
		"boilerplate: Search",
		"boilerplate: Home > News > Local",
		"headline: Flood walls to be raised",
		"boilerplate: Published: 14:32, 3 March 2026 | Updated: 16:05, 3 March 2026",
		"byline: By Sam Whit, Environment Reporter",
		"boilerplate: Follow @samwhit",
		"body: The walls will be raised, the agency said.",
		"body: Readings > 3 metres > the old record were seen.",
		"boilerplate: Facebook",
		"boilerplate: Twitter",
		"boilerplate: © 2026 Aske Valley News",
	}, kinds(a))
	assert.Equal(t, "Flood walls to be raised", a.Headline.Text(text))
}

// A cookie prompt's buttons alone on their lines, and a date alone on its
// line, are the page's: the headline is the line after them, and a
// sentence that holds a date stays body.
func TestButtonsAndDates(t *testing.T) {
	text := "We use cookies to improve your experience.\n\nAccept\n\nReject all\n\nFriday 20 November 2026\n\nFerry firm fined after death\n\nBy Lena Ward\n\nNov. 20, 2026\n\n" +
		"The firm was fined on 20 November 2026.\n\nMay 2026 was wet."
	a := mustParse(t, text, WithTagging(false))
	assert.Equal(t, []string{
		"boilerplate: We use cookies to improve your experience.",
		"boilerplate: Accept",
		"boilerplate: Reject all",
		"boilerplate: Friday 20 November 2026",
		"headline: Ferry firm fined after death",
		"byline: By Lena Ward",
		"boilerplate: Nov. 20, 2026",
		"body: The firm was fined on 20 November 2026.",
		"body: May 2026 was wet.",
	}, kinds(a))
}

// A photo credit on a line of its own is a credit, with the agency after
// "via" or a slash; a sentence naming an agency is not.
func TestCreditLines(t *testing.T) {
	text := "Mayor opens bridge\n\nThe bridge opened on Monday.\n\nScott Ostrander via Getty Images.\n\nJohn Moorhouse/Getty Images\n\nHandout/Reuters.\n\nThe photo was sent via Reuters.\n\nIt rained."
	a := mustParse(t, text, WithTagging(false))
	assert.Equal(t, []string{"headline: Mayor opens bridge", "body: The bridge opened on Monday.", "credit: Scott Ostrander via Getty Images.",
		"credit: John Moorhouse/Getty Images", "credit: Handout/Reuters.", "body: The photo was sent via Reuters.", "body: It rained."}, kinds(a))
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"quote with cue after", "“Bilateral ties are at their lowest point.” he said. Talks ended.",
			[]string{"“Bilateral ties are at their lowest point.” he said.", "Talks ended."}},
		{"multi-sentence quote", "“We see a devotion to a delusion. This is a delusion, we are sure of that,” she said.",
			[]string{"“We see a devotion to a delusion.", "This is a delusion, we are sure of that,” she said."}},
		{"closing quote then new sentence", "He added, “There is no hope.” Officials left.",
			[]string{"He added, “There is no hope.”", "Officials left."}},
		{"abbreviations inside", "Dr. Ruth Dale of St. Louis met U.S. officials on Feb. 24 in Fresno, Calif. on Monday.",
			[]string{"Dr. Ruth Dale of St. Louis met U.S. officials on Feb. 24 in Fresno, Calif. on Monday."}},
		{"abbreviation ends sentence", "She moved to the U.S. It was 1990.", []string{"She moved to the U.S.", "It was 1990."}},
		{"party and state", "Rep. Jo Hart (D-N.Y.) said no. Sen. Al Ruiz (R-S.C.) left.",
			[]string{"Rep. Jo Hart (D-N.Y.) said no.", "Sen. Al Ruiz (R-S.C.) left."}},
		{"company at end", "He joined Pitt & Co. They grew.", []string{"He joined Pitt & Co.", "They grew."}},
		{"a quotation after an abbreviation", "“It is not safe,” Hale said in Albany, N.Y. “Secretary Lee failed.” Mr. “Doc” Hale left.",
			[]string{"“It is not safe,” Hale said in Albany, N.Y.", "“Secretary Lee failed.”", "Mr. “Doc” Hale left."}},
		{"initials", "Jonas E. Smith spoke.", []string{"Jonas E. Smith spoke."}},
		{"the platform X after a preposition, not Malcolm X", "One fan wrote on X. Another agreed. Malcolm X. Cole spoke.",
			[]string{"One fan wrote on X.", "Another agreed.", "Malcolm X. Cole spoke."}},
		{"question and exclamation", "Why now? Because! Fine.", []string{"Why now?", "Because!", "Fine."}},
		{"a name ending in a mark, before a word no sentence opens with as a rule", "Ann Cole, editor of Which? Travel, said so. She worked for Yahoo! Then she left.",
			[]string{"Ann Cole, editor of Which? Travel, said so.", "She worked for Yahoo!", "Then she left."}},
		{"paragraph is a hard boundary", "A line without a stop\n\nAnother line", []string{"A line without a stop", "Another line"}},
		{"ellipsis mid sentence", "I wasn’t really ... well, I mean . . . I didn’t.", []string{"I wasn’t really ... well, I mean . . . I didn’t."}},
		{"parenthetical", "He taught (He had worked as an engineer.) at the school.", []string{"He taught (He had worked as an engineer.) at the school."}},
		{"numbered list", "1) Buy milk 2) Call home", []string{"1) Buy milk", "2) Call home"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := mustParse(t, tt.text, WithTagging(false))
			assert.Equal(t, tt.want, sentenceTexts(a))
		})
	}
}

func TestBadInput(t *testing.T) {
	a, err := Parse("")
	require.NoError(t, err)
	assert.Empty(t, a.Paragraphs)
	assert.Empty(t, a.Tokens)

	_, err = Parse("some\x00binary")
	assert.True(t, errors.Is(err, ErrBinary), "%v", err)

	_, err = Parse(strings.Repeat("a ", 100), WithMaxBytes(50))
	assert.True(t, errors.Is(err, ErrTooLarge), "%v", err)

	a = mustParse(t, "   \n\n\t  ")
	assert.Empty(t, a.Paragraphs)
}

func TestSampleArticle(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("..", "testdata", "sample-article.txt"))
	require.NoError(t, err)
	a := mustParse(t, string(raw))
	assert.Equal(t, "Leeds council approves bus lanes despite 'war on drivers' claims", a.Headline.Text(a.Text))
	assert.Equal(t, "By Lena Whitcombe, Transport Correspondent", a.Byline.Text(a.Text))
	assert.Equal(t, "LEEDS, England —", a.Dateline.Text(a.Text))
	kinds := map[ParagraphKind]int{}
	for _, p := range a.Paragraphs {
		kinds[p.Kind]++
	}
	assert.Equal(t, 3, kinds[Boilerplate])
	assert.Equal(t, 2, kinds[Caption])
}

func TestSeedArticle(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join(sharedData(t), "seed-article.txt"))
	require.NoError(t, err)
	a := mustParse(t, string(raw))
	assert.Equal(t, "Russia's relationship with U.S. at its 'lowest historical point,' Kremlin says", a.Headline.Text(a.Text))
	assert.Equal(t, "LONDON —", a.Dateline.Text(a.Text))
	var kinds []string
	for _, p := range a.Paragraphs {
		kinds = append(kinds, p.Kind.String())
	}
	assert.Equal(t, []string{"boilerplate", "boilerplate", "headline", "caption", "caption", "body", "body", "body",
		"body", "caption", "caption", "body", "body", "body", "body", "body"}, kinds)
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"Budget live\n\nKey events\n\n14:02 Fuel\n\n14:02\n\n6:01 p.m.\n\n9.45am\n\nx",
		"Climate\n\nGlacier loss hits a record\n\nMarta Lindqvist in Geneva\n\nMon 2 Oct 2026 14.05 BST\n\nX y.\n\nClimate\n\nExplore more on these topics\n\nGlaciers",
		"Home News Sport Weather\n\nX y\n\nBy A B\nBBC News, Kelby\n\n, \n\nA, B, C",
		"Ferry fined\n\nSarah Linwood-Hale\n\nCourts Reporter\n\nX y.\n\nRelated topics: A, B", "Ferry\n\nA B\n\nreporter\n\nRelated stories:",
		"", "Hello World. My name is Jonas.", "“We are ready,” Jones said, “but the weather is not.”",
		"News | Local\n\n | \n\nA | B | C D E\n\nPolitics\n\nX y\n\nBy A B\n\nEnvironment reporter\n\nreporter\n\nA version of this article appears in print",
		"LONDON — The U.S. said 'no.' (via REUTERS)", "a\xffb\x80 ' ' \" \" “ ” ‘ ’ … . . . -- —",
		"By Ada Brook\n\nHeadline\nPhoto: X/Y\n\n1. a 2. b • c", "e.g. i.e. U.S.A. Jr.'s '90s O'Brien don't",
		"https://example.com/a_(b) jane@x.org @h #t 2,000.5% 2-1 1950s",
		"Share\n\nPublished 3 hours ago\n\nBy A B\nDesk Editor\n\nImage caption,\nX. Photo: Y/Z\n\nRelated Topics\n\nA\n\nMore on this story\n\nB",
		"Skip to main content\n\nHome > News > \n\n >  > \n\nFollow @\n\n©\n\nA via Getty Images.\n\n/Reuters\n\nPublished: 1 | Updated: 2",
		"We use cookies.\n\nAccept\n\nReject all\n\nFriday 20 November 2026\n\nMay 2026\n\n2026 2026\n\nNov. 20, 2026 12:00 GMT",
		"Facebook Twitter Email\n\nShare | Copy link\n\nContact us | Privacy | Terms and conditions\n\n| | ·",
		"Amira saw her husband Khaled. Khaled, 38, said so. How Birds Evolved From Dinosaurs\n\nKhaled",
		"One fan wrote on X. Another agreed. Malcolm X. Cole spoke. via X. to X.",
		"Ann Cole, editor of Which? Travel, said so. She worked for Yahoo! Then she left. Which? Hello?! Yahoo!! News",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if strings.IndexByte(text, 0) >= 0 {
			if _, err := Parse(text); err == nil {
				t.Fatal("NUL byte accepted")
			}
			return
		}
		a, err := Parse(text)
		if err != nil {
			t.Fatal(err)
		}
		checkArticle(t, a)
	})
}

func TestTitleSmall(t *testing.T) {
	for _, w := range []string{"a", "the", "of", "is", "vs."} {
		assert.True(t, TitleSmall(w), w)
	}
	for _, w := range []string{"Leeds", "tram", "Is"} {
		assert.False(t, TitleSmall(w), w)
	}
}

func TestIsMonth(t *testing.T) {
	for _, w := range []string{"March", "Nov.", "SEPT.", "may", "dec"} {
		assert.True(t, IsMonth(w), w)
	}
	for _, w := range []string{"Mayor", "Monday", "Marc", "", "."} {
		assert.False(t, IsMonth(w), w)
	}
}

// The page's furniture around a headline: a trail of sections joined by
// "|" (a headline and its site joined so stay the headline), a section's
// label alone on its line (Politics; not a one-word title, nor the
// sentence after it as a headline), a byline's second line ending in a
// job in sentence case, a byline of a name and a place, and the note of
// the print edition at the end.
func TestPageFurnitureLines(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"News | Local\n\nFlood defences will not be ready until 2030\n\nBy Anna Kowal\n\nEnvironment reporter\n\nThe agency said so.",
			[]string{"boilerplate: News | Local", "headline: Flood defences will not be ready until 2030", "byline: By Anna Kowal", "byline: Environment reporter", "body: The agency said so."}},
		{"Storm closes schools across the county | The Ledger\n\nSchools shut on Monday.",
			[]string{"headline: Storm closes schools across the county | The Ledger", "body: Schools shut on Monday."}},
		{"Politics\n\nSenator calls for inquiry into contract\n\nBy Derek Olsen\n\nSen. Laura Mendez called for an inquiry.\n\nA version of this article appears in print on Nov. 25, 2026, Section A, Page 14 with the headline: Senator Seeks Inquiry.",
			[]string{"boilerplate: Politics", "headline: Senator calls for inquiry into contract", "byline: By Derek Olsen", "body: Sen. Laura Mendez called for an inquiry.",
				"boilerplate: A version of this article appears in print on Nov. 25, 2026, Section A, Page 14 with the headline: Senator Seeks Inquiry."}},
		{"Surgeon\n\nIts chief executive said the surgeon had inspired \"generations.\"",
			[]string{"body: Surgeon", "body: Its chief executive said the surgeon had inspired \"generations.\""}},
		// a section's label above the headline, a standfirst, a byline
		// of a name and a place, a date with a time in dots, a list of
		// topics at the end; the label's word below the article's first
		// line is a subheading
		{"Climate\n\nGlacier loss in the Alps hits a record\n\nIce melted faster than ever recorded\n\nMarta Lindqvist in Geneva\n\nMon 2 Oct 2026 14.05 BST\n\nThe glaciers lost 4% this year.\n\nClimate\n\nThe summer was hot.\n\nExplore more on these topics\n\nGlaciers\n\nSwitzerland",
			[]string{"boilerplate: Climate", "headline: Glacier loss in the Alps hits a record", "body: Ice melted faster than ever recorded", "byline: Marta Lindqvist in Geneva",
				"boilerplate: Mon 2 Oct 2026 14.05 BST", "body: The glaciers lost 4% this year.", "body: Climate", "body: The summer was hot.",
				"boilerplate: Explore more on these topics", "boilerplate: Glaciers", "boilerplate: Switzerland"}},
		// a time of publication and of update of thirteen words, a share
		// button for any service, an email prompt, a heading of more
		// from a section, a button with a count
		{"Mayor vows to fix potholes\n\nPublished 14 March 2025, 08:15 GMT | Updated 14 March 2025, 10:02 GMT\n\nShare on WhatsApp\n\nThe mayor said so.\n\nShare on more than one site, she said.\n\nEnter your email address\n\nMore from Local News\n\nCouncil tax to rise\n\nComments (14)",
			[]string{"headline: Mayor vows to fix potholes", "boilerplate: Published 14 March 2025, 08:15 GMT | Updated 14 March 2025, 10:02 GMT", "boilerplate: Share on WhatsApp",
				"body: The mayor said so.", "body: Share on more than one site, she said.", "boilerplate: Enter your email address", "boilerplate: More from Local News",
				"boilerplate: Council tax to rise", "boilerplate: Comments (14)"}},
	} {
		assert.Equal(t, c.want, kinds(mustParse(t, c.text, WithTagging(false))), c.text)
	}
}

// TestCountless: a count in brackets after a button's label is left out
// to read the label; not words in brackets.
func TestCountless(t *testing.T) {
	for s, want := range map[string]string{"comments (14)": "comments", "comments (1,204)": "comments", "comments": "comments", "the year (2020) ended": "the year (2020) ended", "share (now)": "share (now)", "x ()": "x ()"} {
		assert.Equal(t, want, countless(s), s)
	}
}

// TestTimeOnly: a time of day alone on its line, with a zone or am/pm,
// as live pages stamp their posts; not a score, a year or a sentence.
func TestTimeOnly(t *testing.T) {
	for s, want := range map[string]bool{
		"14:02": true, "9.45am": true, "6:01 p.m.": true, "14:02 GMT": true,
		"3-1": false, "2026": false, "14:02 Chancellor confirms fuel duty freeze": false, "1:2": false, "12:30 today": false,
	} {
		assert.Equal(t, want, timeOnly(s), s)
	}
	assert.Equal(t, []string{"headline: Budget live", "boilerplate: Key events", "boilerplate: 14:02 Fuel duty frozen", "boilerplate: 14:02", "body: Fuel duty frozen", "body: The chancellor said so."},
		kinds(mustParse(t, "Budget live\n\nKey events\n\n14:02 Fuel duty frozen\n\n14:02\n\nFuel duty frozen\n\nThe chancellor said so.", WithTagging(false))))
}

// TestPlaceByline: two or three capitalized words, "in" and one to three
// more, nothing else, are a byline after a headline; not a short title of
// one word before "in", nor a line with words in lower case or stops.
func TestPlaceByline(t *testing.T) {
	for s, want := range map[string]bool{
		"Marta Lindqvist in Geneva":           true,
		"Jo O'Neill-Hart in Washington DC":    true,
		"Floods in Kent":                      false,
		"Storm chaos in the city":             false,
		"Marta Lindqvist in Geneva, reports.": false,
		"Marta Lindqvist":                     false,
	} {
		assert.Equal(t, want, placeByline(s), s)
	}
}

// TestWordCount: wordCount counts the words strings.Fields would give,
// without the slice.
func TestWordCount(t *testing.T) {
	for _, s := range []string{"", " ", "one", " two  words ", "a\u00a0b\u2003c", "tab\tand\nline", "bad \xff utf8", "Mon 2 Oct 2026 14.05 BST"} {
		assert.Equal(t, len(strings.Fields(s)), wordCount(s), "%q", s)
	}
}
