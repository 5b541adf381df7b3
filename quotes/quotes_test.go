package quotes

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/whosaid/whosaid/article"
	"github.com/whosaid/whosaid/entities"
)

type want struct {
	kind                  Kind
	content, cue, speaker string
	name                  string
	parts                 int
	fragment              string
	fragments             int // how many fragments, when more than one
}

// find runs the rules alone, with no learned content ends: the table
// tests state what the rules do; bounds_test.go and the PolNeAR eval
// check the content-bounds model.
func find(t *testing.T, text string) (*article.Article, []Quote) {
	t.Helper()
	a, err := article.Parse(text)
	require.NoError(t, err)
	qs := Find(a, nil, WithBoundsModel(nil))
	checkQuotes(t, a, qs)
	return a, qs
}

// TestQuestionWhatNoSpeaker: "what" opening a question is no one who
// speaks. The stance model gives the quoted words their frame (its cue
// has been "privately saying" or "of" as retrains went), so only what the
// rules settle is asserted: one mixed quotation holding them, with no
// speaker.
func TestQuestionWhatNoSpeaker(t *testing.T) {
	a, qs := find(t, "What do you think of Ann Lee privately saying “pray for him” in response?")
	require.Len(t, qs, 1, "%+v", qs)
	assert.Equal(t, Mixed, qs[0].Kind)
	assert.Empty(t, qs[0].Speaker.Text(a.Text))
	assert.Empty(t, qs[0].SpeakerName)
	require.Len(t, qs[0].Fragments, 1)
	assert.Equal(t, "pray for him", qs[0].Fragments[0].Text(a.Text))
}

func TestFind(t *testing.T) {
	cases := []struct {
		name, text string
		want       []want
	}{
		{"direct, cue after", `“The river is rising,” said Victor Alvarez, the mayor.`,
			[]want{{kind: Direct, content: "The river is rising", cue: "said", speaker: "Victor Alvarez", name: "Victor Alvarez", parts: 1}}},
		{"direct, pronoun", "Mayor Nora Quist spoke on Monday.\n\n\"There is no money left,\" she added.",
			[]want{{kind: Direct, content: "There is no money left", cue: "added", speaker: "she", name: "Nora Quist", parts: 1}}},
		{"direct, cue before", `Pieter van Aalst said: “We will not sign.”`,
			[]want{{kind: Direct, content: "We will not sign.", cue: "said", speaker: "Pieter van Aalst", parts: 1}}},
		{"direct, cue before, an adverb or a time after it", "Ferri saved two penalties, and Milne said afterwards: “He was outstanding.” Ann Lee told reporters: “We will appeal.”",
			[]want{{kind: Direct, content: "He was outstanding.", cue: "said", speaker: "Milne", parts: 1}, {kind: Direct, content: "We will appeal.", cue: "told", speaker: "Ann Lee", parts: 1}}},
		{"speaker before a participle's aside", "The report, first published by the Sunday Herald, said the minister had lied.",
			[]want{{kind: Indirect, content: "the minister had lied", cue: "said", speaker: "The report, first published by the Sunday Herald", name: "The report", parts: 1}}},
		{"a headline's passive of telling, with no form of be: no speaker", "Schools told to ban phones during lessons\n\nResidents warned to stay indoors",
			[]want{{kind: Indirect, content: "to ban phones during lessons", cue: "told", parts: 1}, {kind: Indirect, content: "to stay indoors", cue: "warned", parts: 1}}},
		{"a title ending in a postpositive adjective, then a name in apposition", "Its director general, Shevaun Harland, said: “This will be a relief.”",
			[]want{{kind: Direct, content: "This will be a relief.", cue: "said", speaker: "Its director general, Shevaun Harland", name: "Shevaun Harland", parts: 1}}},
		{"quoted words after a hearer and a clause: the clause, not the hearer", "Paul Jolliffe tells the BBC the freeze is “a stealth tax, pure and simple”.",
			[]want{{kind: Mixed, content: "the freeze is “a stealth tax, pure and simple”", cue: "tells", speaker: "Paul Jolliffe", fragment: "a stealth tax, pure and simple", parts: 1}}},
		{"quoted words after a hearer and \"that\": the clause after the \"that\"", "Kremlin spokesman Dmitry Peskov told reporters that Moscow remained open to talks but that Kyiv must \"recognize the realities on the ground.\"",
			[]want{{kind: Mixed, content: "Moscow remained open to talks but that Kyiv must \"recognize the realities on the ground.\"", cue: "told", speaker: "Kremlin spokesman Dmitry Peskov", fragment: "recognize the realities on the ground.", parts: 1}}},
		{"two speakers joined by \"and\" after the marks: both, named for the first", "“It is flawed,” Nick Coleby and Jenna Newbold wrote.",
			[]want{{kind: Direct, content: "It is flawed", cue: "wrote", speaker: "Nick Coleby and Jenna Newbold", name: "Nick Coleby", parts: 1}}},
		{"a line break inside a quotation: the paragraph whose first mark closes goes on with it", "Council leader Raj Patel said: “This is a sad day for Hartley.\nWe must now rebuild trust.”\n\n“Not now.\nAnn Lee, mayor.”",
			[]want{{kind: Direct, content: "This is a sad day for Hartley.\nWe must now rebuild trust.", cue: "said", speaker: "Council leader Raj Patel", name: "Raj Patel", parts: 2},
				{kind: Direct, content: "Not now.", parts: 1}}},
		{"a post signed on the line after it, with its handle", "The mayor resigned.\n\nToday I resigned as mayor. I am sorry.\n\n— Jane Moss (@JaneMossHartley) November 20, 2026\n\nA vote follows.\n\n— Ann Lee, Leeds",
			[]want{{kind: Direct, content: "Today I resigned as mayor. I am sorry.", cue: "—", speaker: "Jane Moss", name: "Jane Moss", parts: 1}}},
		{"the court heard: the hearer is no speaker", "The court heard that the tenant was left without water. A landlord scared his tenants, a jury has heard.",
			[]want{{kind: Indirect, content: "the tenant was left without water", cue: "heard", parts: 1}, {kind: Indirect, content: "A landlord scared his tenants", cue: "heard", parts: 1}}},
		{"a finding inside a named speaker's report is the speaker's claim", "Rosa Quintero told reporters the vote showed “the center can still hold.” The poll showed “a clear lead for Lee.”",
			[]want{{kind: Mixed, content: "the vote showed “the center can still hold.”", cue: "told", speaker: "Rosa Quintero", fragment: "the center can still hold.", parts: 1},
				{kind: Direct, content: "a clear lead for Lee.", cue: "showed", speaker: "The poll", parts: 1}}},
		{"a headline's two quoted words that a body quotation says as a sentence of its own", "'Nobody listened': families demand inquiry\n\nKaren Oldroyd said: “We rang three times. Nobody listened.”\n\nThe 'Person Of The Year' award went to Ann Lee, who said: “I am the person of the year now.”",
			[]want{{kind: Direct, content: "Nobody listened", speaker: "Karen Oldroyd", name: "Karen Oldroyd", parts: 1},
				{kind: Direct, content: "We rang three times. Nobody listened.", cue: "said", speaker: "Karen Oldroyd", name: "Karen Oldroyd", parts: 1},
				{kind: Term, content: "Person Of The Year", parts: 1},
				{kind: Direct, content: "I am the person of the year now.", cue: "said", speaker: "Ann Lee", name: "Ann Lee", parts: 1}}},
		{"an -ing cue between two nouns is a noun of a compound", "The agency said its flood warning system “worked as designed”.",
			[]want{{kind: Mixed, content: "its flood warning system “worked as designed”", cue: "said", speaker: "The agency", fragment: "worked as designed", parts: 1}}},
		{"the subject a relative clause qualifies, not the clause's end", "Relatives of the six people who died in last month's floods in the Calder Valley have called for a public inquiry.",
			[]want{{kind: Indirect, content: "a public inquiry", cue: "called for", speaker: "Relatives of the six people who died in last month's floods in the Calder Valley", name: "Relatives of the six people", parts: 1}}},
		{"a name after a determiner qualifies the noun after it, no subject of it as a verb", "His mother, Denise Bell, wrote in a Facebook post that her son had asked for help.",
			[]want{{kind: Indirect, content: "her son had asked for help", cue: "wrote", speaker: "His mother, Denise Bell", name: "Denise Bell", parts: 1},
				{kind: Indirect, content: "help", cue: "asked for", speaker: "her son", name: "her son", parts: 1}}},
		{"a form of show inside a named speaker's report is the speaker's, and so is her next quotation", "Sentencing, Judge Ruth Marlow said Doyle had shown “no remorse at all” and had lied.\n\n“You lied for weeks,” she told him.",
			[]want{{kind: Mixed, content: "Doyle had shown “no remorse at all” and had lied", cue: "said", speaker: "Judge Ruth Marlow", name: "Ruth Marlow", fragment: "no remorse at all", parts: 1},
				{kind: Direct, content: "You lied for weeks", cue: "told", speaker: "she", name: "Ruth Marlow", parts: 1}}},
		{"an attack on a person given an age, or on someone new, is a blow, not words", "Kieran Doyle attacked Dan Lowe, 41, in a park. He attacked a 23-year-old woman. Ann Lee attacked the plan over its cost. A man whose dog attacked a postman in Leeds has been jailed.",
			[]want{{kind: Indirect, content: "the plan over its cost", cue: "attacked", speaker: "Ann Lee", name: "Ann Lee", parts: 1}}},
		{"a passive of telling: its subject is in the report", "Kieran Doyle was told he must serve at least ten years.",
			[]want{{kind: Indirect, content: "he must serve at least ten years", cue: "told", parts: 1}}},
		{"a person, the body she is of, then a relative aside: the person speaks", "Professor Ann Lee, of the University of Leeds, who led the study, said the results were clear.",
			[]want{{kind: Indirect, content: "the results were clear", cue: "said", speaker: "Professor Ann Lee", name: "Ann Lee", parts: 1}}},
		{"a \"that\" after a clause of its own qualifies its noun", "Mayor Ann Lee said Tuesday the city would sue the firm that built the bridge. Tom Hale notes the charity took two gifts that came from abroad.",
			[]want{{kind: Indirect, content: "the city would sue the firm that built the bridge", cue: "said", speaker: "Mayor Ann Lee", name: "Ann Lee", parts: 1},
				{kind: Indirect, content: "the charity took two gifts that came from abroad", cue: "notes", speaker: "Tom Hale", name: "Tom Hale", parts: 1}}},
		{"a report ends before \", but\" and another count's report", "About three in 10 said they would stay, but six in 10 said they would leave.",
			[]want{{kind: Indirect, content: "they would stay", cue: "said", speaker: "three in 10", parts: 1},
				{kind: Indirect, content: "they would leave", cue: "said", speaker: "six in 10", parts: 1}}},
		{"an -ing cue after a gerund is its object's noun", "Ann Lee accused the firm of ignoring warning signs that the dam was failing.",
			[]want{{kind: Indirect, content: "the firm of ignoring warning signs that the dam was failing", cue: "accused", speaker: "Ann Lee", name: "Ann Lee", parts: 1}}},
		{"names in the speaker's aside before the cue name no one who speaks since", "Maya Lorne, who Ann Reyes manages, said: “I am sorry.”\n\n“I will be back,” she said.",
			[]want{{kind: Direct, content: "I am sorry.", cue: "said", speaker: "Maya Lorne", name: "Maya Lorne", parts: 1},
				{kind: Direct, content: "I will be back", cue: "said", speaker: "she", name: "Maya Lorne", parts: 1}}},
		{"a name in a relative clause after whose is no sentence subject for a pronoun", "Maya Lorne cancelled her tour.\n\nThe 31-year-old, whose sister Ann Lorne manages her, wrote that she was sorry.\n\n“I will be back,” she said.",
			[]want{{kind: Indirect, content: "she was sorry", cue: "wrote", speaker: "The 31-year-old", name: "Maya Lorne", parts: 1},
				{kind: Direct, content: "I will be back", cue: "said", speaker: "she", name: "Maya Lorne", parts: 1}}},
		{"the government is a governing body named before, not the last body", "The Treasury said taxes would rise. Cornwall Insight, a consultancy, predicted a rise. The government said it had no plans.",
			[]want{{kind: Indirect, content: "taxes would rise", cue: "said", speaker: "The Treasury", name: "Treasury", parts: 1},
				{kind: Indirect, content: "it had no plans", cue: "said", speaker: "The government", name: "Treasury", parts: 1}}},
		{"the government with no governing body named before stays as it is", "Veltro Analytics predicted a fall. The government said it would wait.",
			[]want{{kind: Indirect, content: "it would wait", cue: "said", speaker: "The government", name: "The government", parts: 1}}},
		{"a name, a description ending in a place set off by commas: the name speaks", "Michael Rauch, a labor economist at the University of California, Berkeley, said the rise had cost no jobs.",
			[]want{{kind: Indirect, content: "the rise had cost no jobs", cue: "said", speaker: "Michael Rauch", name: "Michael Rauch", parts: 1}}},
		{"direct, cue after a speaker described by a phrase with of", "“We were sceptical,” the head of the agency told me. “Now I could not go back.”",
			[]want{{kind: Direct, content: "We were sceptical,” the head of the agency told me. “Now I could not go back.", cue: "told", speaker: "the head of the agency", parts: 2}}},
		{"a weather warning's colour before -ing: a noun", "Met Office issues amber warning as Storm Freya approaches\n\nThe Met Office said gusts would reach 80mph.",
			[]want{{kind: Indirect, content: "gusts would reach 80mph", cue: "said", speaker: "The Met Office", name: "Met Office", parts: 1}}},
		{"a name in apposition with letters after it", "Mr Hale's barrister, Simon Cole KC, said his client was innocent.",
			[]want{{kind: Indirect, content: "his client was innocent", cue: "said", speaker: "Mr Hale's barrister, Simon Cole KC", name: "Simon Cole", parts: 1}}},
		{"the court heard, read by the tagger as a noun, before a clause without that", "The court heard neighbours phoned police at once.",
			[]want{{kind: Indirect, content: "neighbours phoned police at once", cue: "heard", parts: 1}}},
		{"a speaker's noun, then responsible for: the noun's phrase speaks", "The military body responsible for civilian affairs, COGAT, said it had allowed trucks in.",
			[]want{{kind: Indirect, content: "it had allowed trucks in", cue: "said", speaker: "The military body responsible for civilian affairs", name: "The military body responsible for civilian affairs", parts: 1}}},
		{"they after a count of a plural that spoke", "A deal could come next week, two of the people said. They cautioned that the talks could fail.",
			[]want{{kind: Indirect, content: "A deal could come next week", cue: "said", speaker: "two of the people", parts: 1},
				{kind: Indirect, content: "the talks could fail", cue: "cautioned", speaker: "They", name: "two of the people", parts: 1}}},
		{"a description naming which office is no one of another office's title", "Japanese Prime Minister Kenji Ishikawa met reporters.\n\nThe foreign minister welcomed the talks.",
			[]want{{kind: Indirect, content: "the talks", cue: "welcomed", speaker: "The foreign minister", name: "The foreign minister", parts: 1}}},
		{"single marks in a headline", `'Breaking point,' union says`,
			[]want{{kind: Direct, content: "Breaking point", cue: "says", speaker: "union", parts: 1}}},
		{"single marks in a headline, inside its claim", `Talks at 'breaking point,' union says`,
			[]want{{kind: Mixed, content: "Talks at 'breaking point,'", cue: "says", speaker: "union", fragment: "breaking point", parts: 1}}},
		{"quoted words ending a reported clause", `Ann Lee wrote that the bridge “held up flawlessly.”`,
			[]want{{kind: Mixed, content: "the bridge “held up flawlessly.”", cue: "wrote", speaker: "Ann Lee", fragment: "held up flawlessly.", parts: 1}}},
		{"guillemets", `«Nous partons demain», said Claire Dubois.`,
			[]want{{kind: Direct, content: "Nous partons demain", cue: "said", speaker: "Claire Dubois", parts: 1}}},
		{"split by its cue", `"We are ready," Harold Jones said, "but the weather is not."`,
			[]want{{kind: Direct, content: `We are ready," Harold Jones said, "but the weather is not.`, cue: "said", speaker: "Harold Jones", parts: 2}}},
		{"nested", `"He used to say, 'The valley always gives back,' and I believe him," Mara Finch said.`,
			[]want{
				{kind: Direct, content: "He used to say, 'The valley always gives back,' and I believe him", cue: "said", speaker: "Mara Finch", parts: 1},
				{kind: Direct, content: "The valley always gives back", parts: 1}}},
		{"nested, a speaker named inside the outer quotation; a pronoun's or a title's kept as none", `"My father used to say, 'The valley always gives back,' and he was right. He said, 'Go home.' The show called 'Valley Life' ran," Mara Finch said.`,
			[]want{
				{kind: Direct, content: "My father used to say, 'The valley always gives back,' and he was right. He said, 'Go home.' The show called 'Valley Life' ran", cue: "said", speaker: "Mara Finch", parts: 1},
				{kind: Direct, content: "The valley always gives back", cue: "say", speaker: "My father", name: "My father", parts: 1},
				{kind: Direct, content: "Go home.", parts: 1},
				{kind: Direct, content: "Valley Life", parts: 1}}},
		{"nested, \"I\" before an inner quotation is the outer speaker; the hearer and a time between the cue and the comma are passed over", `"Tom said to me this morning, 'We shall be home soon,' and I said, 'Not before spring.'" Mara Finch said.`,
			[]want{
				{kind: Direct, content: "Tom said to me this morning, 'We shall be home soon,' and I said, 'Not before spring.'", cue: "said", speaker: "Mara Finch", parts: 1},
				{kind: Direct, content: "We shall be home soon", cue: "said", speaker: "Tom", name: "Tom", parts: 1},
				{kind: Direct, content: "Not before spring.", cue: "said", speaker: "I", name: "Mara Finch", parts: 1}}},
		{"nested, an inner quotation filling most of the outer one is kept, its own", `Ann Vale told the agent, "I'd say, 'All right, you have done a good job.'"`,
			[]want{
				{kind: Direct, content: "I'd say, 'All right, you have done a good job.'", cue: "told", speaker: "Ann Vale", parts: 1},
				{kind: Direct, content: "All right, you have done a good job.", cue: "say", speaker: "I", name: "Ann Vale", parts: 1}}},
		{"multi-paragraph", "Coach Dana Rusk spoke after the game.\n\n“We lost our shape in the second half. The press was poor.\n\n“Next week we start again,” Rusk said.",
			[]want{{kind: Direct, cue: "said", speaker: "Rusk", name: "Dana Rusk", parts: 2}}},
		{"verb of utterance before the quote", "His friends jeered, “Good luck with that!”",
			[]want{{kind: Direct, content: "Good luck with that!", cue: "jeered", speaker: "His friends", parts: 1}}},
		{"a place before the speaker", "Outside the hall his friends said, “Good luck with that!”",
			[]want{{kind: Direct, content: "Good luck with that!", cue: "said", speaker: "his friends", parts: 1}}},
		{"verb of utterance after the quote", "“Not again,” Ana Ruiz sighed.",
			[]want{{kind: Direct, content: "Not again", cue: "sighed", speaker: "Ana Ruiz", parts: 1}}},
		{"a verb of utterance reports nothing but words in marks", "The mayor pleaded guilty to the charge, and the crowd roared at him.",
			nil},
		{"indirect with that", `Peter Hollis told reporters on Friday that the bridge would reopen in May.`,
			[]want{{kind: Indirect, content: "the bridge would reopen in May", cue: "told", speaker: "Peter Hollis", parts: 1}}},
		{"indirect, trailing cue", `The bridge will reopen in May, officials said.`,
			[]want{{kind: Indirect, content: "The bridge will reopen in May", cue: "said", speaker: "officials", name: "officials", parts: 1}}},
		{"according to", `According to the ministry, the new rules will take effect next year.`,
			[]want{{kind: Indirect, content: "the new rules will take effect next year", cue: "According to", speaker: "the ministry", parts: 1}}},
		{"in a statement", `A spokesperson for the port said in a statement that it would appeal the decision.`,
			[]want{{kind: Indirect, content: "it would appeal the decision", cue: "said", speaker: "A spokesperson for the port", parts: 1}}},
		{"mixed", `Lena Ortiz said the talks were “at their lowest point.”`,
			[]want{{kind: Mixed, cue: "said", speaker: "Lena Ortiz", fragment: "at their lowest point.", parts: 1}}},
		{"scare quote", `Critics call it a so-called "war on drivers" that will hurt shops.`,
			[]want{{kind: Term, content: "war on drivers"}}},
		{"short words in marks inside a sentence, no cue", `The road, a “death trap for cyclists,” reopened on Monday.`,
			[]want{{kind: Term, content: "death trap for cyclists"}}},
		{"title", `The council published a plan titled "Moving Leeds Forward" on Tuesday.`,
			[]want{{kind: Term, content: "Moving Leeds Forward"}}},
		{"a title with a byline, and the excerpt after it its author's", "LEEDS—“The Bridge Will Reopen in May,” by the Post's Ann Lee: “The city's engineers have signed off on the repairs.”",
			[]want{{kind: Term, content: "The Bridge Will Reopen in May"}, {kind: Direct, content: "The city's engineers have signed off on the repairs.", cue: ":", speaker: "Ann Lee", name: "Ann Lee", parts: 1}}},
		{"next sentence goes on", `“We are ready,” Harold Jones said on Monday. “The weather is not.”`,
			[]want{{kind: Direct, cue: "said", speaker: "Harold Jones", parts: 2}}},
		{"two-apostrophe marks", `''We have no money left,'' the treasurer, Ann Pike, said.`,
			[]want{{kind: Direct, content: "We have no money left", cue: "said", speaker: "the treasurer, Ann Pike", name: "Ann Pike", parts: 1}}},
		{"appositive before the cue", `“The dam will hold,” Ravi Menon, an engineer at the water board, wrote on Friday.`,
			[]want{{kind: Direct, content: "The dam will hold", cue: "wrote", speaker: "Ravi Menon", parts: 1}}},
		{"two reports in a sentence", `Ivo Brandt said the vote was fair, adding that he would not appeal.`,
			[]want{
				{kind: Indirect, content: "the vote was fair", cue: "said", speaker: "Ivo Brandt", parts: 1},
				{kind: Indirect, content: "he would not appeal", cue: "adding", speaker: "Ivo Brandt", name: "Ivo Brandt", parts: 1}}},
		{"noun cue", `The mayor rejected Tom Reyes's claim that the budget was cut in secret.`,
			[]want{{kind: Indirect, content: "Tom Reyes's claim that the budget was cut in secret", cue: "rejected", speaker: "The mayor", parts: 1},
				{kind: Indirect, content: "the budget was cut in secret", cue: "claim", speaker: "Tom Reyes", parts: 1}}},
		{"noun cue and a copula", `Tom Reyes's argument was that the budget would pay for itself.`,
			[]want{{kind: Indirect, content: "the budget would pay for itself", cue: "argument", speaker: "Tom Reyes", parts: 1}}},
		{"speech act", `Senator Ana Ruiz criticized the budget for its cuts to schools.`,
			[]want{{kind: Indirect, content: "the budget for its cuts to schools", cue: "criticized", speaker: "Senator Ana Ruiz", parts: 1}}},
		{"issued a statement saying", `Senator Ana Ruiz issued a statement saying that the dam was safe.`,
			[]want{{kind: Indirect, content: "the dam was safe", cue: "saying", speaker: "Senator Ana Ruiz", parts: 1}}},
		{"a cue after a comma ends the report", `Tom Hale said the vote was fair, said nothing about the count and left.`,
			[]want{{kind: Indirect, content: "the vote was fair", cue: "said", speaker: "Tom Hale", parts: 1}}},
		{"a time between speaker and cue", `Tom Hale later Thursday told reporters that the vote was fair.`,
			[]want{{kind: Indirect, content: "the vote was fair", cue: "told", speaker: "Tom Hale", parts: 1}}},
		{"two names and a colon", "The works go on.\n\nNOT TOO EARLY - Mark Bluestein and Jon Kessel: “The polls were right.”",
			[]want{{kind: Direct, content: "The polls were right.", cue: ":", speaker: "Mark Bluestein and Jon Kessel", parts: 1}}},
		{"that and a comma", `Ruiz joked that, among other things, the schools had lost their heating.`,
			[]want{{kind: Indirect, content: "among other things, the schools had lost their heating", cue: "joked", speaker: "Ruiz", parts: 1}}},
		{"pointed out", `Ruiz pointed out that the schools had lost a third of their staff.`,
			[]want{{kind: Indirect, content: "the schools had lost a third of their staff", cue: "pointed out", speaker: "Ruiz", parts: 1}}},
		{"relative pronoun", `The report came from the county police, which said that two roads were closed.`,
			[]want{{kind: Indirect, content: "two roads were closed", cue: "said", speaker: "which", parts: 1}}},
		{"promise", `Governor Lisa Hart vowed to repeal the tax within a year.`,
			[]want{{kind: Indirect, content: "to repeal the tax within a year", cue: "vowed", speaker: "Governor Lisa Hart", parts: 1}}},
		{"question", `Reporters asked whether the mine would close.`,
			[]want{{kind: Indirect, content: "whether the mine would close", cue: "asked", speaker: "Reporters", parts: 1}}},
		{"short partial quotation in reported speech", `Sam Ilves said the plan was “very risky” for farmers.`,
			[]want{{kind: Mixed, content: "the plan was “very risky” for farmers", cue: "said", speaker: "Sam Ilves", fragment: "very risky", parts: 1}}},
		{"she is not the man named last", "Mayor Nora Quist met Omar Feld on Monday.\n\n\"There is no money left,\" she said.",
			[]want{{kind: Direct, content: "There is no money left", cue: "said", speaker: "she", name: "Nora Quist", parts: 1}}},
		{"naming", `Mayor Ruth Okafor called the bridge a “national disgrace” on Monday.`,
			[]want{{kind: Mixed, content: "the bridge a “national disgrace”", cue: "called", speaker: "Mayor Ruth Okafor", fragment: "national disgrace", parts: 1}}},
		{"coordinated verbs", `Omar Feld met the workers and said that the plant would stay open.`,
			[]want{{kind: Indirect, content: "the plant would stay open", cue: "said", speaker: "Omar Feld", parts: 1}}},
		{"not speech: a book", `Nina Pratt wrote a book called "Small Towns" last year.`,
			[]want{{kind: Term, content: "Small Towns"}}},
		{"inverted trailing cue after a closing mark", `The vote was a “raw time,” said strategist Dan Axel.`,
			[]want{{kind: Mixed, content: "The vote was a “raw time,”", cue: "said", speaker: "strategist Dan Axel", fragment: "raw time", parts: 1}}},
		{"participle after the main clause", `Mayor Ruth Okafor held her fire on the rival, calling him a “decent man” on Monday.`,
			[]want{{kind: Mixed, content: "him a “decent man”", cue: "calling", speaker: "Mayor Ruth Okafor", fragment: "decent man", parts: 1}}},
		{"report without an aside at its end", `Hal Brook said he would back Ruth Okafor, who faces a vote in May.`,
			[]want{{kind: Indirect, content: "he would back Ruth Okafor", cue: "said", speaker: "Hal Brook", parts: 1}}},
		{"a finding", `A county audit showed that the fund had lost money.`,
			[]want{{kind: Indirect, content: "the fund had lost money", cue: "showed", speaker: "A county audit", parts: 1}}},
		{"called for", `Senator Ana Ruiz called for an inquiry into the contract.`,
			[]want{{kind: Indirect, content: "an inquiry into the contract", cue: "called for", speaker: "Senator Ana Ruiz", parts: 1}}},
		{"went on to say", `Rosa Lind went on to say that the budget was fair.`,
			[]want{{kind: Indirect, content: "the budget was fair", cue: "say", speaker: "Rosa Lind", parts: 1}}},
		{"party and state after the name", `Rep. Hal Brook (D-Ore.) said the bill would pass.`,
			[]want{{kind: Indirect, content: "the bill would pass", cue: "said", speaker: "Rep. Hal Brook", parts: 1}}},
		{"a count over \"out of\", a share of \"all\" of a number", "Nearly nine out of 10 say they will retrain. Majorities in all four towns say they want a bypass, and most of the 12 say it is overdue.",
			[]want{{kind: Indirect, content: "they will retrain", cue: "say", speaker: "nine out of 10", parts: 1},
				{kind: Indirect, content: "they want a bypass", cue: "say", speaker: "Majorities in all four towns", parts: 1},
				{kind: Indirect, content: "it is overdue", cue: "say", speaker: "most of the 12", parts: 1}}},
		{"a count before the plural it counts", "Two in three likely voters said the economy was the top issue.",
			[]want{{kind: Indirect, content: "the economy was the top issue", cue: "said", speaker: "Two in three likely voters", parts: 1}}},
		{"a short answer for a clause: so, yes, no, the same of someone", "Half said so last spring. Of the teachers, 70 percent said yes. The mayor said no to the stadium. Only 26 percent said the same about the governor, and a third said that of her deputy. She said the same week that it would close.",
			[]want{{kind: Indirect, content: "so", cue: "said", speaker: "Half", parts: 1},
				{kind: Indirect, content: "yes", cue: "said", speaker: "70 percent", parts: 1},
				{kind: Indirect, content: "no to the stadium", cue: "said", speaker: "The mayor", parts: 1},
				{kind: Indirect, content: "the same about the governor", cue: "said", speaker: "26 percent", parts: 1},
				{kind: Indirect, content: "that of her deputy", cue: "said", speaker: "a third", parts: 1},
				{kind: Indirect, content: "it would close", cue: "said", speaker: "She", parts: 1}}},
		{"a pronoun's own cue after a relative clause: the clause's holder speaks at the first cue", "Parents who attended the meeting say they believe the school is unsafe.",
			[]want{{kind: Indirect, content: "they believe the school is unsafe", cue: "say", speaker: "Parents who attended the meeting", name: "Parents", parts: 1}}},
		{"a past the tagger read as a participle, a preposition after it and no verb later: the clause's verb", "Okafor's spokesman said the prime minister stood by his original comments.",
			[]want{{kind: Indirect, content: "the prime minister stood by his original comments", cue: "said", speaker: "Okafor's spokesman", parts: 1}}},
		{"a number's period inside a word: one sentence", "The survey said it had recorded a 5.1-magnitude earthquake near the dam.",
			[]want{{kind: Indirect, content: "it had recorded a 5.1-magnitude earthquake near the dam", cue: "said", speaker: "The survey", parts: 1}}},
		{"a question opening the sentence ends at the main clause's comma", "Talks\n\nAsked if she would run again, she laughed.",
			[]want{{kind: Indirect, content: "if she would run again", cue: "Asked", parts: 1}}},
		{"a \"that\" after a noun phrase right after the cue is the noun's: the clause starts at the noun", "The judge said the rule that voters show photo ID would keep many from the polls. Ann Lee denied the notion that she would quit. She said this week that it was over.",
			[]want{{kind: Indirect, content: "the rule that voters show photo ID would keep many from the polls", cue: "said", speaker: "The judge", parts: 1},
				{kind: Indirect, content: "the notion that she would quit", cue: "denied", speaker: "Ann Lee", parts: 1},
				{kind: Indirect, content: "it was over", cue: "said", speaker: "She", parts: 1}}},
		{"a name in apposition with the place the person is of", "Talks\n\nOne of the tenants, 74-year-old Martha Quill of Leeds, told reporters that she had lived there since 1980.",
			[]want{{kind: Indirect, content: "she had lived there since 1980", cue: "told", speaker: "One of the tenants, 74-year-old Martha Quill of Leeds", name: "Martha Quill", parts: 1}}},
		{"a count of a pronoun's people; a verb after \"that\" the tagger read as an adverb", "Talks\n\nOnly 29 percent of them said they would pay. The poll, carried out by Northfield Research, found that 54 percent back the scheme.",
			[]want{{kind: Indirect, content: "they would pay", cue: "said", speaker: "29 percent of them", parts: 1},
				{kind: Indirect, content: "54 percent back the scheme", cue: "found", speaker: "The poll, carried out by Northfield Research", name: "The poll", parts: 1}}},
		{"a \"that\" after a conjunction goes on with the outer report, not the inner verb's", "Talks\n\nSen. Ann Lee told reporters she had not read the bill but that she was open to it. Tom Hale laid out the gap between his plan and that of Lee.",
			[]want{{kind: Indirect, content: "she had not read the bill but that she was open to it", cue: "told", speaker: "Sen. Ann Lee", name: "Ann Lee", parts: 1},
				{kind: Indirect, content: "the gap between his plan and that of Lee", cue: "laid out", speaker: "Tom Hale", parts: 1}}},
		{"a name with its title set off after an inverted cue's description", "Talks\n\n“Our findings matter,” said the study's lead author, Dr Nadia Ferro, an associate professor at the university.",
			[]want{{kind: Direct, content: "Our findings matter", cue: "said", speaker: "the study's lead author, Dr Nadia Ferro", name: "Nadia Ferro", parts: 1}}},
		{"a gerund's report ends before a clause of time or cause", "Talks\n\nThe former minister has denied breaking lobbying rules after it emerged he had met officials.",
			[]want{{kind: Indirect, content: "breaking lobbying rules", cue: "denied", speaker: "The former minister", parts: 1}}},
		{"\"the company\" is the body that spoke last, not one named in its report", "Talks\n\nVeltro Holdings Inc said on Thursday it would cut 700 jobs, blaming slower orders from Acme Corp.\n\nThe company, which makes wings, said the cuts would start in January.",
			[]want{{kind: Indirect, content: "it would cut 700 jobs, blaming slower orders from Acme Corp.", cue: "said", speaker: "Veltro Holdings Inc", parts: 1},
				{kind: Indirect, content: "the cuts would start in January", cue: "said", speaker: "The company", name: "Veltro Holdings Inc", parts: 1}}},
		{"\"the union\", \"the foundation\": the body named before whose name holds the noun", "Strike\n\nTeachers have voted to strike, the Harton Teachers Union has announced.\n\nThe first strike is expected in February, the union said. The Lee Foundation gave money. The gift was a mistake, according to the foundation.",
			[]want{{kind: Indirect, content: "Teachers have voted to strike", cue: "announced", speaker: "the Harton Teachers Union", name: "Harton Teachers Union", parts: 1},
				{kind: Indirect, content: "The first strike is expected in February", cue: "said", speaker: "the union", name: "Harton Teachers Union", parts: 1},
				{kind: Indirect, content: "The gift was a mistake", cue: "according to", speaker: "the foundation", name: "Lee Foundation", parts: 1}}},
		{"what a speaker called something, with no marks: an adjective or a noun phrase after the object", "Talks\n\nSen. Ann Lee called him divisive. Tom Hale called the fines lawful. Lee has also called his vote an irresponsible one. Ruth Cole called her late son her hero. She called him back. He called her mother.",
			[]want{{kind: Indirect, content: "him divisive", cue: "called", speaker: "Sen. Ann Lee", name: "Ann Lee", parts: 1},
				{kind: Indirect, content: "the fines lawful", cue: "called", speaker: "Tom Hale", parts: 1},
				{kind: Indirect, content: "his vote an irresponsible one", cue: "called", speaker: "Lee", name: "Ann Lee", parts: 1},
				{kind: Indirect, content: "her late son her hero", cue: "called", speaker: "Ruth Cole", parts: 1}}},
		{"a title with \"of\" before the name after the marks", "Talks\n\n“We have been clear,” Secretary of State Oren Valdek told reporters on Thursday.",
			[]want{{kind: Direct, content: "We have been clear", cue: "told", speaker: "Secretary of State Oren Valdek", name: "Oren Valdek", parts: 1}}},
		{"a past the tagger read as a participle before \"to\"", "Talks\n\nShe said her client intended to plead not guilty.",
			[]want{{kind: Indirect, content: "her client intended to plead not guilty", cue: "said", speaker: "She", parts: 1},
				{kind: Indirect, content: "to plead not guilty", cue: "intended", speaker: "her client", parts: 1}}},
		{"a clause of cause after an adjunct with a noun says why, not what", "Talks\n\nThe measures could target oil exports, one of the officials said on condition of anonymity because the plans were secret.",
			[]want{{kind: Indirect, content: "The measures could target oil exports", cue: "said", speaker: "one of the officials", parts: 1}}},
		{"a poll's share", `Six in 10 say the mayor is honest, compared with half a year ago.`,
			[]want{{kind: Indirect, content: "the mayor is honest", cue: "say", speaker: "Six in 10", parts: 1}}},
		{"announcing a thing", `Mayor Ruth Okafor announced a review of the contract on Monday.`,
			[]want{{kind: Indirect, content: "a review of the contract on Monday", cue: "announced", speaker: "Mayor Ruth Okafor", parts: 1}}},
		{"a report without that", `The Ledger reported the council had met in secret.`,
			[]want{{kind: Indirect, content: "the council had met in secret", cue: "reported", speaker: "The Ledger", parts: 1}}},
		{"told someone, no that", `Ann Lee told the BBC the first lanes would open in June.`,
			[]want{{kind: Indirect, content: "the first lanes would open in June", cue: "told", speaker: "Ann Lee", parts: 1}}},
		{"an aside is no report", `A senior official, who spoke on condition of anonymity, said the deal was dead.`,
			[]want{{kind: Indirect, content: "the deal was dead", cue: "said", speaker: "A senior official", parts: 1}}},
		{"they after plural speakers", "Acme Corp. cut 300 jobs.\n\nOfficials said the bridge was safe. They added that repairs would take a month.",
			[]want{
				{kind: Indirect, content: "the bridge was safe", cue: "said", speaker: "Officials", parts: 1},
				{kind: Indirect, content: "repairs would take a month", cue: "added", speaker: "They", name: "Officials", parts: 1}}},
		{"a fragment after a speech act", `Senator Ana Ruiz blamed the court's “reckless haste” for the delay.`,
			[]want{{kind: Mixed, content: "the court's “reckless haste” for the delay", cue: "blamed", speaker: "Senator Ana Ruiz", fragment: "reckless haste", parts: 1}}},
		{"a scare quote is the writer's", `Mayor Ruth Okafor faced a “firestorm” of criticism.`,
			[]want{{kind: Term, content: "firestorm"}}},
		{"sentences in capitals are no title", "Mayor Ruth Okafor spoke.\n\n“Like Leeds. Or Bradford,” Okafor said.",
			[]want{{kind: Direct, content: "Like Leeds. Or Bradford", cue: "said", speaker: "Okafor", name: "Ruth Okafor", parts: 1}}},
		{"a cue tagged as a noun", `“Not a single one,” Bexell answers.`,
			[]want{{kind: Direct, content: "Not a single one", cue: "answers", speaker: "Bexell", parts: 1}}},
		{"a cue tagged as a noun after a share of those polled", "Nearly a third say they don't know. Six in 10 say he is decisive.",
			[]want{{kind: Indirect, content: "they don't know", cue: "say", speaker: "a third", parts: 1}, {kind: Indirect, content: "he is decisive", cue: "say", speaker: "Six in 10", parts: 1}}},
		{"a headline's speaker before a colon", "Ann Lee: Council ‘Has Failed Every Test’\n\nThe vote is on Monday.",
			[]want{{kind: Mixed, content: "Council ‘Has Failed Every Test’", cue: ":", speaker: "Ann Lee", fragment: "Has Failed Every Test", parts: 1}}},
		{"a headline's role before a colon: the body's speaker of that role, not a title holding the word", "Minister: 'We will not back down on fees'\n\nThe universities minister has insisted the rise will stand.\n\nIn a statement, Jacqui Hallam said the rise was fair.\n\nStudents were angry.\n\nPrime Minister Tom Hale told broadcasters: “The decision has been made.”",
			[]want{{kind: Direct, content: "We will not back down on fees", cue: ":", speaker: "Minister", name: "Jacqui Hallam", parts: 1},
				{kind: Indirect, content: "the rise will stand", cue: "insisted", speaker: "The universities minister", name: "Jacqui Hallam", parts: 1},
				{kind: Indirect, content: "the rise was fair", cue: "said", speaker: "Jacqui Hallam", name: "Jacqui Hallam", parts: 1},
				{kind: Direct, content: "The decision has been made.", cue: "told", speaker: "Prime Minister Tom Hale", name: "Tom Hale", parts: 1}}},
		{"a headline's speaker before a colon and quoted words opening the claim", "Ann Lee: ‘No Deal’ If the Council Vote Fails\n\nThe vote is on Monday.",
			[]want{{kind: Mixed, content: "‘No Deal’ If the Council Vote Fails", cue: ":", speaker: "Ann Lee", fragment: "No Deal", parts: 1}}},
		{"a description, then the name in apposition", "The council's transport chief, Omar Feld, said the repairs could cost four million pounds.",
			[]want{{kind: Indirect, content: "the repairs could cost four million pounds", cue: "said", speaker: "The council's transport chief, Omar Feld", name: "Omar Feld", parts: 1}}},
		{"the plural subject of a contact clause after a noun with \"a\" speaks", "Talks\n\nThe army shelled the villages, a claim city officials denied.",
			[]want{{kind: Indirect, content: "The army shelled the villages", cue: "denied", speaker: "city officials", parts: 1}}},
		{"an aside after a quantifier and \"of which\" ends the report", "Ann Lee says the plan could anger the unions and the mayor, both of which she praised on Tuesday.",
			[]want{{kind: Indirect, content: "the plan could anger the unions and the mayor", cue: "says", speaker: "Ann Lee", parts: 1}}},
		{"a subject of two phrases joined by \"and\", set off in the middle of the report", "Talks\n\nThe plan, union members and leaders say, is too costly.",
			[]want{{kind: Indirect, content: "The plan, union members and leaders say, is too costly", cue: "say", speaker: "union members and leaders", parts: 2}}},
		{"a subject with \"a\" and \"of\" is no contact clause", "Talks\n\nCutting spending too soon, a wide array of economists say, slowed the recovery.",
			[]want{{kind: Indirect, content: "Cutting spending too soon, a wide array of economists say, slowed the recovery", cue: "say", speaker: "a wide array of economists", parts: 2}}},
		{"a passive report's agent after \"by\" reports its subject", "Obituary\n\nHer death was confirmed by her son, Daniel Marlowe, on Monday. The plan was criticized by many.",
			[]want{{kind: Indirect, content: "Her death", cue: "confirmed by", speaker: "her son, Daniel Marlowe", name: "Daniel Marlowe", parts: 1}}},
		{"a participle after the noun of a cue's adjunct is no cue", "Ann Lee said in a statement posted to Facebook that she was proud of both campaigns.",
			[]want{{kind: Indirect, content: "she was proud of both campaigns", cue: "said", speaker: "Ann Lee", parts: 1}}},
		{"a participle before a finite verb is no cue", "A spokeswoman said the talks went on and that subsidies already promised were not at risk.",
			[]want{{kind: Indirect, content: "the talks went on and that subsidies already promised were not at risk", cue: "said", speaker: "A spokeswoman", parts: 1}}},
		{"a verb joined by \"but\" after a relative aside: the sentence's subject", "Ann Lee, who was not involved, called the plan “bold” but warned that it could fail.",
			[]want{{kind: Mixed, content: "the plan “bold”", cue: "called", speaker: "Ann Lee", parts: 1, fragment: "bold"},
				{kind: Indirect, content: "it could fail", cue: "warned", speaker: "Ann Lee", name: "Ann Lee", parts: 1}}},
		{"\"who\" after a person of a body: the person", "The study was led by Ann Lee of the University of Leeds, who said the results were clear.",
			[]want{{kind: Indirect, content: "the results were clear", cue: "said", speaker: "who", name: "Ann Lee", parts: 1}}},
		{"a pronoun after a description's report in its paragraph: the description", "Inspector Ann Lee said the road was closed.\n\nOne witness said she saw a car speed away. “It was over in seconds,” she said.",
			[]want{{kind: Indirect, content: "the road was closed", cue: "said", speaker: "Inspector Ann Lee", name: "Ann Lee", parts: 1},
				{kind: Indirect, content: "she saw a car speed away", cue: "said", speaker: "One witness", parts: 1},
				{kind: Direct, content: "It was over in seconds", cue: "said", speaker: "she", name: "One witness", parts: 1}}},
		{"a pronoun after the report of a relative, described, in the sentence before: the relative", "Judge Ann Lee said the pair had stolen from neighbours.\n\nThe daughter of one victim said the family felt relieved. “Mum trusted them,” she said. The senator said the law was clear. “It has always been clear,” she said.",
			[]want{{kind: Indirect, content: "the pair had stolen from neighbours", cue: "said", speaker: "Judge Ann Lee", name: "Ann Lee", parts: 1},
				{kind: Indirect, content: "the family felt relieved", cue: "said", speaker: "The daughter of one victim", parts: 1},
				{kind: Direct, content: "Mum trusted them", cue: "said", speaker: "she", name: "The daughter of one victim", parts: 1},
				{kind: Indirect, content: "the law was clear", cue: "said", speaker: "The senator", parts: 1},
				{kind: Direct, content: "It has always been clear", cue: "said", speaker: "she", name: "Ann Lee", parts: 1}}},
		{"a pronoun after a description's report naming someone: the description", "Mayor Ann Cole spoke on Monday.\n\nA spokesman for the mayor said Tom Hale had resigned. “It was his decision,” he added.",
			[]want{{kind: Indirect, content: "Tom Hale had resigned", cue: "said", speaker: "A spokesman for the mayor", parts: 1},
				{kind: Direct, content: "It was his decision", cue: "added", speaker: "he", name: "A spokesman for the mayor", parts: 1}}},
		{"\"said nothing\" or \"little\" standing alone reports nothing; a clause after it does", "Her husband said nothing as the sentence was read. The club said little about the move. Ann Lee said nothing had changed.",
			[]want{{kind: Indirect, content: "nothing had changed", cue: "said", speaker: "Ann Lee", name: "Ann Lee", parts: 1}}},
		{"a nationality before a name in the speaker's phrase qualifies it; one after a preposition's object is the head", "The Dutch transport union FNV said it would strike. Democrats in Congress said the bill was dead.",
			[]want{{kind: Indirect, content: "it would strike", cue: "said", speaker: "The Dutch transport union FNV", name: "FNV", parts: 1},
				{kind: Indirect, content: "the bill was dead", cue: "said", speaker: "Democrats in Congress", name: "Democrats", parts: 1}}},
		{"\"who\" after a place that qualifies a description: the description", "One mother from Leeds, who told the council she was angry, said her son had lost months of school.",
			[]want{{kind: Indirect, content: "she was angry", cue: "told", speaker: "who", name: "One mother from Leeds", parts: 1},
				{kind: Indirect, content: "her son had lost months of school", cue: "said", speaker: "One mother from Leeds", name: "One mother from Leeds", parts: 1}}},
		{"a pronoun of the other gender than a description's: a person before", "Inspector Ann Lee said the road was closed.\n\nA spokesman said a car sped away. “It was over in seconds,” she said.",
			[]want{{kind: Indirect, content: "the road was closed", cue: "said", speaker: "Inspector Ann Lee", name: "Ann Lee", parts: 1},
				{kind: Indirect, content: "a car sped away", cue: "said", speaker: "A spokesman", parts: 1},
				{kind: Direct, content: "It was over in seconds", cue: "said", speaker: "she", name: "Ann Lee", parts: 1}}},
		{"\"the company\" is not the agency of the dateline", "Chipmaker cuts forecast\n\nLONDON (Reuters) - Shares in the chipmaker fell on Tuesday.\n\nThe company said sales would fall.",
			[]want{{kind: Indirect, content: "sales would fall", cue: "said", speaker: "The company", name: "The company", parts: 1}}},
		{"a cue of intent after a preposition, before a noun, modifies it", "A councillor who took bribes in exchange for planning approvals has been jailed.", nil},
		{"a weak cue's participle with no clause reports nothing", "Judge Ann Lee said Tom Hale had lied and shown no remorse.",
			[]want{{kind: Indirect, content: "Tom Hale had lied and shown no remorse", cue: "said", speaker: "Judge Ann Lee", name: "Ann Lee", parts: 1}}},
		{"a quotation after a sentence whose verb the tagger read as a noun after a name", "Joe Marchetti runs a bakery.\n\nAsked about it, Marchetti shrugs. \"Bake at home, probably.\"",
			[]want{{kind: Direct, content: "Bake at home, probably.", speaker: "Marchetti", name: "Joe Marchetti", parts: 1}}},
		{"a speaker described by an age alone is the person the article is about", "Marathon\n\nSara Holt won the race on Sunday.\n\n“I did not know if my legs would hold,” the 29-year-old said.",
			[]want{{kind: Direct, content: "I did not know if my legs would hold", cue: "said", speaker: "the 29-year-old", name: "Sara Holt", parts: 1}}},
		{"a speaker described by a people's name in the plural is no person", "Talks\n\nJohn Kellen met them on Monday. The Russians said the talks had failed.",
			[]want{{kind: Indirect, content: "the talks had failed", cue: "said", speaker: "The Russians", name: "Russians", parts: 1}}},
		{"\"the company\" is not a body named as where a person works", "Jobs\n\nOrbis Systems said it would cut 3,000 jobs. “Investors like it,” said Ann Lee, an analyst at Kestrel Partners. The company said the plan was final.",
			[]want{{kind: Indirect, content: "it would cut 3,000 jobs", cue: "said", speaker: "Orbis Systems", name: "Orbis Systems", parts: 1},
				{kind: Direct, content: "Investors like it", cue: "said", speaker: "Ann Lee", name: "Ann Lee", parts: 1},
				{kind: Indirect, content: "the plan was final", cue: "said", speaker: "The company", name: "Orbis Systems", parts: 1}}},
		{"a reported clause of two words", "Ann Lee said prices rose.",
			[]want{{kind: Indirect, content: "prices rose", cue: "said", speaker: "Ann Lee", parts: 1}}},
		{"a person's possessive description, then the name in apposition", "Nia Holt was fined on Monday.\n\nHolt's lawyer, Sam Ruiz, said his client would appeal.",
			[]want{{kind: Indirect, content: "his client would appeal", cue: "said", speaker: "Holt's lawyer, Sam Ruiz", name: "Sam Ruiz", parts: 1}}},
		{"a name, then a description in apposition", "Omar Feld, the council's transport chief, said the repairs could cost four million pounds.",
			[]want{{kind: Indirect, content: "the repairs could cost four million pounds", cue: "said", speaker: "Omar Feld", name: "Omar Feld", parts: 1}}},
		{"a description with its place, after the titled name", "Mayor Ann Lee opened the bridge on Monday.\n\nThe mayor of Leeds said the bridge was safe.",
			[]want{{kind: Indirect, content: "the bridge was safe", cue: "said", speaker: "The mayor of Leeds", name: "Ann Lee", parts: 1}}},
		{"the place after a preposition is no speaker, and they are the officials", "Officials in London said the plan covered trade and fishing. They added that talks would resume in March.",
			[]want{
				{kind: Indirect, content: "the plan covered trade and fishing", cue: "said", speaker: "Officials in London", name: "Officials in London", parts: 1},
				{kind: Indirect, content: "talks would resume in March", cue: "added", speaker: "They", name: "Officials in London", parts: 1}}},
		{"after the marks, a description with a name in apposition", "“It was a hard decision,” the company's chief executive, Mark Olsen, said in a statement.",
			[]want{{kind: Direct, content: "It was a hard decision", cue: "said", speaker: "the company's chief executive, Mark Olsen", name: "Mark Olsen", parts: 1}}},
		{"a cue in the next sentence is not for words quoted inside one", "The leader Tom Reyes called the vote “a victory for the rule of law.” Democrats disagreed.",
			[]want{{kind: Mixed, content: "the vote “a victory for the rule of law.”", cue: "called", speaker: "The leader Tom Reyes", name: "Tom Reyes", fragment: "a victory for the rule of law.", parts: 1}}},
		{"a description with an organization in apposition", "The utility, Northern Water Co., said the tests had found nothing.",
			[]want{{kind: Indirect, content: "the tests had found nothing", cue: "said", speaker: "The utility, Northern Water Co.", name: "Northern Water Co.", parts: 1}}},
		{"a possessive description before the titled name it introduces", "Ukraine's president said Sunday that his forces had retaken two villages.\n\n“The enemy is retreating,” President Bohdan Koval said.",
			[]want{
				{kind: Indirect, content: "his forces had retaken two villages", cue: "said", speaker: "Ukraine's president", name: "Bohdan Koval", parts: 1},
				{kind: Direct, content: "The enemy is retreating", cue: "said", speaker: "President Bohdan Koval", name: "Bohdan Koval", parts: 1}}},
		{"a title in marks inside the aside between speaker and cue", "Ana Ruiz, whose film “Salt” won at Cannes, said she was writing her next script.",
			[]want{
				{kind: Term, content: "Salt"},
				{kind: Indirect, content: "she was writing her next script", cue: "said", speaker: "Ana Ruiz", name: "Ana Ruiz", parts: 1}}},
		{"a relative clause in the speaker's phrase", "A senior official who spoke on condition of anonymity said the talks had failed.",
			[]want{{kind: Indirect, content: "the talks had failed", cue: "said", speaker: "A senior official who spoke on condition of anonymity", name: "A senior official", parts: 1}}},
		{"a cue inside the relative clause of the speaker's phrase", "A city official who spoke anonymously to discuss the budget said Wednesday, “There is no money left.”",
			[]want{{kind: Direct, content: "There is no money left.", cue: "said", speaker: "A city official who spoke anonymously to discuss the budget", name: "A city official", parts: 1}}},
		{"a relative pronoun after brackets stands for the name before them", "Rep. Ann Lee (R-Kan.), who said the messages were damning, left the room early.",
			[]want{{kind: Indirect, content: "the messages were damning", cue: "said", speaker: "who", name: "Ann Lee", parts: 1}}},
		{"a party member described by place", "The Wisconsin Republican said on Monday that the bill would pass.",
			[]want{{kind: Indirect, content: "the bill would pass", cue: "said", speaker: "The Wisconsin Republican", name: "The Wisconsin Republican", parts: 1}}},
		{"a name inside the relative clause does not speak", "Harriet Carrow spoke on Monday.\n\nAn aide who worked for Carrow said the plan was dead.",
			[]want{{kind: Indirect, content: "the plan was dead", cue: "said", speaker: "An aide who worked for Carrow", name: "An aide", parts: 1}}},
		{"a participle after the event a speaker opened", "Tom Hale started out the debate saying “of course” he would run.",
			[]want{{kind: Mixed, content: "“of course” he would run", cue: "saying", speaker: "Tom Hale", name: "Tom Hale", fragment: "of course", parts: 1}}},
		{"a report ends at a colon after which another report has its speaker", "The mayor praised the plan on Monday: Ana Ruiz called it “the best deal in years.”",
			[]want{
				{kind: Indirect, content: "the plan on Monday", cue: "praised", speaker: "The mayor", parts: 1},
				{kind: Mixed, content: "it “the best deal in years.”", cue: "called", speaker: "Ana Ruiz", fragment: "the best deal in years.", parts: 1}}},
		{"a participle after whom the speaker addressed", "Tom Hale emailed supporters saying: “The fight goes on.”",
			[]want{{kind: Direct, content: "The fight goes on.", cue: "saying", speaker: "Tom Hale", name: "Tom Hale", parts: 1}}},
		{"a statement announced by the main clause after a subordinate one", "The town mourned.\n\nWhen the old mayor died in 2019, Mayor Ann Lee released this statement:\n\n“We have lost a friend.”",
			[]want{{kind: Direct, content: "We have lost a friend.", cue: "released", speaker: "Mayor Ann Lee", name: "Ann Lee", parts: 1}}},
		{"a report in an opening subordinate clause ends at its comma, and its cue is not the main clause's", "After former Gov. Tom Hale criticized Bill Lee during a debate, Harriet shot back, “I could have stayed home and kept quiet, but what I chose to do was to stand up for the families of this town.”",
			[]want{
				{kind: Indirect, content: "Bill Lee during a debate", cue: "criticized", speaker: "former Gov. Tom Hale", name: "Tom Hale", parts: 1},
				{kind: Direct, content: "I could have stayed home and kept quiet, but what I chose to do was to stand up for the families of this town.", parts: 1}}},
		{"words in marks in the main clause are not the subordinate clause's speaker's", "After Tom Hale criticized the budget, Ann Lee looked “stunned.”",
			[]want{
				{kind: Indirect, content: "the budget", cue: "criticized", speaker: "Tom Hale", parts: 1},
				{kind: Term, content: "stunned."}}},
		{"a participle after with has its own subject", "His supporters kicked a protester, with Tom Hale reportedly yelling: “Get him out!”",
			[]want{{kind: Direct, content: "Get him out!", cue: "yelling", speaker: "Tom Hale", name: "Tom Hale", parts: 1}}},
		{"a relative aside holding commas of its own", "Tom Hale, whose hometown, Leeds, lies on the river, argues that the plan will “ruin us.”",
			[]want{
				{kind: Mixed, content: "the plan will “ruin us.”", cue: "argues", speaker: "Tom Hale", name: "Tom Hale", fragment: "ruin us.", parts: 1}}},
		{"a cue word after a determiner is no cue", "Tom Hale told the Post in a written statement, “I do not want his endorsement.”",
			[]want{{kind: Direct, content: "I do not want his endorsement.", cue: "told", speaker: "Tom Hale", name: "Tom Hale", parts: 1}}},
		{"a coordinated cue whose sentence opens on a subject that cannot speak", "The group paid for a bus tour.\n\nIt became such a presence that Tom Hale during a Sunday rally thanked its members “for their support in my campaign” and called them heroes.",
			[]want{{kind: Mixed, content: "its members “for their support in my campaign”", cue: "thanked", speaker: "Tom Hale", name: "Tom Hale", parts: 1},
				{kind: Indirect, content: "them heroes", cue: "called", speaker: "Tom Hale", name: "Tom Hale", parts: 1}}},
		{"a participle after media in the plural", "The Hale campaign ran newspaper ads calling the deal “a costly mistake.”",
			[]want{{kind: Mixed, content: "the deal “a costly mistake.”", cue: "calling", speaker: "The Hale campaign", fragment: "a costly mistake.", parts: 1}}},
		{"one surname, two people: the last speaker", "Bill Carrow and Harriet Carrow came to Ohio.\n\n“It is a crazy system,” Bill Carrow said. “It makes no sense,” Carrow added.",
			[]want{
				{kind: Direct, content: "It is a crazy system", cue: "said", speaker: "Bill Carrow", name: "Bill Carrow", parts: 1},
				{kind: Direct, content: "It makes no sense", cue: "added", speaker: "Carrow", name: "Bill Carrow", parts: 1}}},
		{"one surname, two people: a name since", "“It is a crazy system,” Bill Carrow said.\n\nHarriet Carrow spoke next. “We will fix it,” Carrow said.",
			[]want{
				{kind: Direct, content: "It is a crazy system", cue: "said", speaker: "Bill Carrow", name: "Bill Carrow", parts: 1},
				{kind: Direct, content: "We will fix it", cue: "said", speaker: "Carrow", name: "Harriet Carrow", parts: 1}}},
		{"a description by title", "Rep. Adam Shaw spoke in Leeds.\n\nThe Ohio congressman said the vote was rigged.",
			[]want{{kind: Indirect, content: "the vote was rigged", cue: "said", speaker: "The Ohio congressman", name: "Adam Shaw", parts: 1}}},
		{"a cue in the middle", `The park, Tomlin said, is usually full on game days.`,
			[]want{{kind: Indirect, content: "The park, Tomlin said, is usually full on game days", cue: "said", speaker: "Tomlin", parts: 2}}},
		{"quoted words in the clause a cue found past a long subject reports", "Senator Ann Lee, who heads the committee that oversees the bank, said the donations “call into question the political independence of the central bank” in an election year.",
			[]want{{kind: Mixed, content: "the donations “call into question the political independence of the central bank” in an election year", cue: "said", speaker: "Senator Ann Lee", fragment: "call into question the political independence of the central bank", parts: 1}}},
		{"a cue in the middle of a report ending in quoted words", "The new budget, Ann Lee said, is “a disaster for the town.”",
			[]want{{kind: Mixed, content: "The new budget, Ann Lee said, is “a disaster for the town.”", cue: "said", speaker: "Ann Lee", fragment: "a disaster for the town.", parts: 2}}},
		{"a cue in the middle of a report, then a participle's quotation", "Ann Lee and Tom Hale will meet next week, Omar Feld said, adding, “They need to sit down and have a good talk.”",
			[]want{{kind: Indirect, content: "Ann Lee and Tom Hale will meet next week", cue: "said", speaker: "Omar Feld", parts: 1},
				{kind: Direct, content: "They need to sit down and have a good talk.", cue: "adding", speaker: "Omar Feld", parts: 1}}},
		{"a cue in the middle of a report opening with quoted words", "But “it is a better use of our money,” she added, to build the bridge first.",
			[]want{{kind: Mixed, content: "But “it is a better use of our money,” she added, to build the bridge first", cue: "added", speaker: "she", fragment: "it is a better use of our money", parts: 2}}},
		{"a participle after a place", `Ann Lee was on the radio talking about the budget gap.`,
			[]want{{kind: Indirect, content: "the budget gap", cue: "talking about", speaker: "Ann Lee", parts: 1}}},
		{"a trailing cue with an interview", `The plan will take time, Kunert said in an interview with the Ledger.`,
			[]want{{kind: Indirect, content: "The plan will take time", cue: "said", speaker: "Kunert", parts: 1}}},
		{"a participle the tagger took for a noun", "Mayor Ann Lee took to Twitter, writing: \"Our hearts go out.\"",
			[]want{{kind: Direct, content: "Our hearts go out.", cue: "writing", speaker: "Mayor Ann Lee", parts: 1}}},
		{"a participle after a time", "The town released a statement Wednesday saying the claims “do not reflect reality.”",
			[]want{{kind: Mixed, cue: "saying", speaker: "The town", fragment: "do not reflect reality.", parts: 1}}},
		{"a capitalized cue in a headline", "Ann Lee Says Council ‘Has Lost Its Way’\n\nThe vote is on Monday.",
			[]want{{kind: Direct, content: "Has Lost Its Way", cue: "Says", speaker: "Ann Lee", parts: 1}}},
		{"according to, then a relative aside on the source", `According to the Harbour Trust, which supports village shops, the number of such shops has doubled.`,
			[]want{{kind: Indirect, content: "the number of such shops has doubled", cue: "According to", speaker: "the Harbour Trust", parts: 1}}},
		{"according to after an adverbial", `In addition, according to the department, nine million workers will be protected.`,
			[]want{{kind: Indirect, content: "nine million workers will be protected", cue: "according to", speaker: "the department", parts: 1}}},
		{"according to in the middle", `At the heart of the trouble, according to Dennis Roake, a former envoy, was a decision by the mayor.`,
			[]want{{kind: Indirect, cue: "according to", speaker: "Dennis Roake", parts: 2}}},
		{"a quotation paragraph after a report", "Brent Bexell said the party had failed.\n\n“Can you name one thing it did?”",
			[]want{
				{kind: Indirect, content: "the party had failed", cue: "said", speaker: "Brent Bexell", parts: 1},
				{kind: Direct, content: "Can you name one thing it did?", speaker: "Brent Bexell", name: "Brent Bexell", parts: 1}}},
		{"a possessor is not the speaker", "Mark Devlin spoke first.\n\nDevlin's party insisted the vote was rushed.",
			[]want{{kind: Indirect, content: "the vote was rushed", cue: "insisted", speaker: "Devlin's party", name: "Devlin's party", parts: 1}}},
		{"a verb and where it was said before the marks", "In the spring, Ann Lee emphatically proclaimed at a press conference, “I did not send it.”",
			[]want{{kind: Direct, content: "I did not send it.", cue: "proclaimed", speaker: "Ann Lee", parts: 1}}},
		{"a cue and where it was said before the marks", "Tom Hale, who lamented in an interview with the editor Ann Lee, “We are in trouble.”",
			[]want{{kind: Direct, content: "We are in trouble.", cue: "lamented", speaker: "Tom Hale", parts: 1}}},
		{"a cue after a dash and a relative pronoun", "Tom Hale—who lamented in an interview with the editor Ann Lee, “We are in trouble.”",
			[]want{{kind: Direct, content: "We are in trouble.", cue: "lamented", speaker: "Tom Hale", parts: 1}}},
		{"a cue after a bracket and a relative pronoun", "Tom Hale (who lamented in an interview, “We are in trouble.”) lost.",
			[]want{{kind: Direct, content: "We are in trouble.", cue: "lamented", speaker: "Tom Hale", parts: 1}}},
		{"a passive naming verb names no words of its subject", "Talks\n\nTom Hale was called a “traitor” at the meeting.",
			[]want{{kind: Term, content: "traitor"}}},
		{"a naming verb in the perfect", "Talks\n\nTom Hale has called the plan a “fraud” many times.",
			[]want{{kind: Mixed, content: "the plan a “fraud”", cue: "called", speaker: "Tom Hale", parts: 1}}},
		{"a cue inside quoted words reports nothing outside them", "Talks\n\n“Dravick says the things people want to say,” Rubini said.",
			[]want{{kind: Direct, content: "Dravick says the things people want to say", cue: "said", speaker: "Rubini", parts: 1}}},
		{"a noun that is also a cue is no inverted cue", "Talks\n\nHer email to supporters notes that Ann Lee, who is running for the state Senate, “is a civil rights attorney.”",
			// (not the Senate's words; "notes" is tagged a noun here, so
			// the report of the email is not found either)
			[]want{{kind: Term, content: "is a civil rights attorney."}}},
		{"a title and a name before a colon", "Talks\n\nFormer secretary of state Ann Lee: “We learned that from the State Department.”",
			[]want{{kind: Direct, content: "We learned that from the State Department.", cue: ":", speaker: "Former secretary of state Ann Lee", parts: 1}}},
		{"a passive cue before the marks names no words of its subject", "Talks\n\nThe transition cannot be portrayed simply as “Big Coal versus virtuous wind and solar.”",
			[]want{{kind: Direct, content: "Big Coal versus virtuous wind and solar.", parts: 1}}},
		{"the person before a colon after a clause with no speech verb", "Talks\n\nThe timing of the surge doesn’t surprise the pollster Ann Lee: “Lesser-known candidates often gain after early wins.”",
			[]want{{kind: Direct, content: "Lesser-known candidates often gain after early wins.", cue: ":", speaker: "Ann Lee", parts: 1}}},
		{"the person after a preposition before a colon is no speaker", "Talks\n\nThe leader Ann Lee delivered a blunt message to Tom Hale: “It is time to stop attacking people.”",
			[]want{{kind: Direct, content: "It is time to stop attacking people.", cue: "delivered", speaker: "The leader Ann Lee", parts: 1}}},
		{"a participle after a verb the tagger took for a participle", `At Sunday's debate, Sandell compared himself to Carrow, saying, "I am not a big-money candidate."`,
			[]want{{kind: Direct, content: "I am not a big-money candidate.", cue: "saying", speaker: "Sandell", parts: 1}}},
		{"went so far as to say", "The economist Ann Lee went so far as to say: “The plan will not work.”",
			[]want{{kind: Direct, content: "The plan will not work.", cue: "say", speaker: "The economist Ann Lee", parts: 1}}},
		{"a passive before to say", "The debate was so dull that Tom Hale was prompted to say, “Everyone is asleep.”",
			[]want{{kind: Direct, content: "Everyone is asleep.", cue: "say", speaker: "Tom Hale", parts: 1}}},
		{"a chant", "His supporters were chanting “Hale! Hale!” outside the hall.",
			[]want{{kind: Direct, content: "Hale! Hale!", cue: "chanting", speaker: "His supporters", parts: 1}}},
		{"as someone put it", "As Ann Lee, the author of a book on roads, put it, “The rules are broken.”",
			[]want{{kind: Direct, content: "The rules are broken.", cue: "put it", speaker: "Ann Lee", parts: 1}}},
		{"a hearer in the object's case before what is urged, quoted after its \"to\"", "Union\n\nSarah Dent said she had spoken to both sides and urged them to \"get round the table\".",
			[]want{{kind: Indirect, content: "she had spoken to both sides", cue: "said", speaker: "Sarah Dent", parts: 1},
				{kind: Mixed, content: "them to \"get round the table\"", cue: "urged", speaker: "Sarah Dent", fragment: "get round the table", parts: 1}}},
		{"a headline's rival is the person the lede names, whatever their title", "Mayor rival says council 'lost its way'\n\nFormer Cllr Rachel Tynes said on Sunday that the council had \"lost its way\".",
			[]want{{kind: Mixed, content: "council 'lost its way'", cue: "says", speaker: "Mayor rival", name: "Rachel Tynes", fragment: "lost its way", parts: 1},
				{kind: Mixed, content: "the council had \"lost its way\"", cue: "said", speaker: "Former Cllr Rachel Tynes", name: "Rachel Tynes", fragment: "lost its way", parts: 1}}},
		{"\"One\" opening a sentence before a relative aside speaks, not the aside's verb", "Charity\n\nFive former employees spoke to the inquiry.\n\nOne, who asked not to be named, told this newspaper: \"People were frightened of him.\"",
			[]want{{kind: Direct, content: "People were frightened of him.", cue: "told", speaker: "One", parts: 1}}},
		{"a description holding a person after its noun and a preposition, then a name set off: the name speaks", "Talks\n\nA spokesman for House Speaker Tom Reyes, Colin Marsh, said Russia was \"a global menace.\"",
			[]want{{kind: Mixed, content: "Russia was \"a global menace.\"", cue: "said", speaker: "A spokesman for House Speaker Tom Reyes, Colin Marsh", name: "Colin Marsh", fragment: "a global menace.", parts: 1}}},
		{"a lede's role is the person the body names with a councillor's title, which any council role may hold", "Mayor says sorry\n\nThe mayor of Castlebury has apologised after describing opponents as \"cranks\" at a meeting.\n\nCllr Dev Anand said his remarks had been wrong.",
			[]want{{kind: Mixed, content: "opponents as \"cranks\"", cue: "describing", speaker: "The mayor of Castlebury", name: "Dev Anand", fragment: "cranks", parts: 1},
				{kind: Indirect, content: "his remarks had been wrong", cue: "said", speaker: "Cllr Dev Anand", name: "Dev Anand", parts: 1}}},
		{"a past the tagger read as a participle after a subject and an adverb, with an object, is a clause's verb", "Phones\n\nThe union said schools already restricted phones.",
			[]want{{kind: Indirect, content: "schools already restricted phones", cue: "said", speaker: "The union", parts: 1}}},
		{"\"the band\" is the band the article names", "Tour\n\nIndie band The Lanterns have cancelled their tour after a singer broke her wrist.\n\nIn a post on Instagram, the band said they were sorry.",
			[]want{{kind: Indirect, content: "they were sorry", cue: "said", speaker: "the band", name: "Lanterns", parts: 1}}},
		{"one of kin in a lede is the person a later paragraph sets the same noun beside", "Release\n\nThe father of a teenager who was stabbed to death says he is \"disgusted\" by the release.\n\nRyan Hale, 17, was attacked in 2019.\n\nRyan's father, Steve Hale, said the family had not been told.",
			[]want{{kind: Mixed, content: "he is \"disgusted\" by the release", cue: "says", speaker: "The father of a teenager who was stabbed to death", name: "Steve Hale", fragment: "disgusted", parts: 1},
				{kind: Indirect, content: "the family had not been told", cue: "said", speaker: "Ryan's father, Steve Hale", name: "Steve Hale", parts: 1}}},
		{"a relative aside between the marks' speaker and the cue holds verbs of its own, no cue", "Waits\n\n\"We are sitting in car parks,\" one paramedic, who did not want to be named, told the BBC.",
			[]want{{kind: Direct, content: "We are sitting in car parks", cue: "told", speaker: "one paramedic", parts: 1}}},
		{"as someone put it to a hearer", "Rivers\n\nAs the chief executive of one river charity put it to me: “We are asked to celebrate.”",
			[]want{{kind: Direct, content: "We are asked to celebrate.", cue: "put it", speaker: "the chief executive of one river charity", parts: 1}}},
		{"a name is no title word", "Ann Lee said the remark by Dr. Paul Song “was rude and unfair.”",
			[]want{{kind: Mixed, cue: "said", speaker: "Ann Lee", fragment: "was rude and unfair.", parts: 1}}},
		{"the person a title names is the speaker", "Mayor Ann Lee spoke first.\n\n“We will win,” Lee campaign manager Tom Hale said.",
			[]want{{kind: Direct, content: "We will win", cue: "said", speaker: "Lee campaign manager Tom Hale", name: "Tom Hale", parts: 1}}},
		{"he after the last speaker, past a name after a preposition", "Tom Hale met the mayor.\n\n“We will win,” Tom Hale said in an interview with Omar Feld on Monday.\n\n“The count is close,” he added.",
			[]want{
				{kind: Direct, content: "We will win", cue: "said", speaker: "Tom Hale", name: "Tom Hale", parts: 1},
				{kind: Direct, content: "The count is close", cue: "added", speaker: "he", name: "Tom Hale", parts: 1}}},
		{"he after a report, past a name in its content", "Tom Hale met voters in Leeds.\n\nHale said Omar Feld was wrong about the bridge. He added that the vote would be close.",
			[]want{
				{kind: Indirect, content: "Omar Feld was wrong about the bridge", cue: "said", speaker: "Hale", name: "Tom Hale", parts: 1},
				{kind: Indirect, content: "the vote would be close", cue: "added", speaker: "He", name: "Tom Hale", parts: 1}}},
		{"he after a report, not the one it reports", "Ben Lowe spoke in Leeds.\n\nLowe hit back, pointing out that the paper's Omar Feld had reported in June that the plan was late. He hoped, he said, that the paper would stop.",
			[]want{
				{kind: Indirect, cue: "pointing out", speaker: "Lowe", name: "Ben Lowe", parts: 1},
				{kind: Indirect, content: "the plan was late", cue: "reported", speaker: "the paper's Omar Feld", parts: 1},
				{kind: Indirect, cue: "said", speaker: "he", name: "Ben Lowe", parts: 2}}},
		{"a less common speech verb, and the next sentence goes on", "''Silly boys,'' scoffed Ana Ruiz, 22, who founded the group. ''We were not surprised.''",
			[]want{{kind: Direct, cue: "scoffed", speaker: "Ana Ruiz", parts: 2}}},
		{"a participle after an inverted cue", "“It is not new,” said Rep. Hal Brook (D-Va.) at the time, adding that “the state has seen this before.”",
			[]want{
				{kind: Direct, content: "It is not new", cue: "said", speaker: "Rep. Hal Brook", parts: 1},
				{kind: Direct, content: "the state has seen this before.", cue: "adding", speaker: "Rep. Hal Brook", parts: 1}}},
		{"quoted words in the object of a cue found over words before the marks", "Tom Hale emphasized the threat that “a warmer climate” poses to the town's farms.",
			[]want{{kind: Mixed, content: "the threat that “a warmer climate” poses to the town's farms", cue: "emphasized", speaker: "Tom Hale", fragment: "a warmer climate", parts: 1}}},
		{"a name and himself", "Tom Hale himself said on Tuesday that “the race is wide open.”",
			[]want{{kind: Direct, content: "the race is wide open.", cue: "said", speaker: "Tom Hale", parts: 1}}},
		{"in a poll", "In the Ledger's poll, Ruiz led the field by ten points.",
			[]want{{kind: Indirect, content: "Ruiz led the field by ten points", cue: "In", speaker: "the Ledger's poll", parts: 1}}},
		{"in a place is no source", "In the town hall, Ruiz led the meeting.", nil},
		{"a participle goes with the nearest cue's speaker", "Ann Lee spoke first, and then Tom Hale said, “We are ready,” adding, “The count is close.”",
			[]want{
				{kind: Direct, content: "We are ready", cue: "said", speaker: "Tom Hale", parts: 1},
				{kind: Direct, content: "The count is close.", cue: "adding", speaker: "Tom Hale", parts: 1}}},
		{"the pronoun of a relative clause is not its antecedent", "Mayor Tom Hale spoke in Leeds.\n\nBut he could not resist a swipe at Omar Feld, who he dubbed “the little councillor.”",
			[]want{{kind: Mixed, cue: "dubbed", speaker: "he", name: "Tom Hale", fragment: "the little councillor.", parts: 1}}},
		{"a subordinate clause before coordinated verbs", "When asked whom she backed, Ms. Ana Ruiz smiled and said, “Nobody yet.”",
			[]want{{kind: Direct, content: "Nobody yet.", cue: "said", speaker: "Ms. Ana Ruiz", parts: 1}}},
		{"an age for a speaker", "“We will be back,” said the 46-year-old.",
			[]want{{kind: Direct, content: "We will be back", cue: "said", speaker: "the 46-year-old", parts: 1}}},
		{"a period before the marks, the speaker after them", "Tom Hale spoke last.\n\n“We will find the money.” Hale said.",
			[]want{{kind: Direct, content: "We will find the money.", cue: "said", speaker: "Hale", name: "Tom Hale", parts: 1}}},
		{"a period before the marks, a new sentence after them", "“We will find the money.” Tom Hale said the council would pay.",
			[]want{
				{kind: Direct, content: "We will find the money."},
				{kind: Indirect, content: "the council would pay", cue: "said", speaker: "Tom Hale", parts: 1}}},
		{"any verb of a named speaker after a comma in marks", "“Go back to your desk,” Tom Hale fired back.",
			[]want{{kind: Direct, content: "Go back to your desk", cue: "fired back", speaker: "Tom Hale", parts: 1}}},
		{"an inverted verb of a named speaker", "“This is fantastic!” beamed Ana Ruiz of Leeds.",
			[]want{{kind: Direct, content: "This is fantastic!", cue: "beamed", speaker: "Ana Ruiz", parts: 1}}},
		{"a name and a colon after a clause with a verb", "What the map means - More from Ann Lee: “The north is wide open.”",
			[]want{{kind: Direct, content: "The north is wide open.", cue: ":", speaker: "Ann Lee", parts: 1}}},
		{"a named subject's sentence with no cue", "Rep. Ann Lee worried that the fund was becoming “a hammock that lulls the idle to sleep.”",
			[]want{{kind: Mixed, content: "the fund was becoming “a hammock that lulls the idle to sleep.”", cue: "worried", speaker: "Rep. Ann Lee", fragment: "a hammock that lulls the idle to sleep.", parts: 1}}},
		{"a named subject's sentence with no cue, quoted words inside the clause after its verb", "Mayor Ann Lee is questioning whether the council would have approved the plan “if it were put to a vote.”",
			[]want{{kind: Mixed, content: "whether the council would have approved the plan “if it were put to a vote.”", cue: "is questioning", speaker: "Mayor Ann Lee", fragment: "if it were put to a vote.", parts: 1}}},
		{"signed with a dash", "“We can build a better town.” ― Ana Ruiz\n“He is not listening.” — Tom Hale, Leeds",
			[]want{
				{kind: Direct, content: "We can build a better town.", cue: "―", speaker: "Ana Ruiz", parts: 1},
				{kind: Direct, content: "He is not listening.", cue: "—", speaker: "Tom Hale", parts: 1}}},
		{"a byline after a report is no signature", "Mayor Ann Lee said her party was “still the first force in Leeds.”--Tom Hale.",
			[]want{{kind: Mixed, cue: "said", speaker: "Mayor Ann Lee", fragment: "still the first force in Leeds.", parts: 1}}},
		{"an appositive in the reported clause's subject", "Ann Lee said her brother, a lawyer, wrote the letter.",
			[]want{{kind: Indirect, content: "her brother, a lawyer, wrote the letter", cue: "said", speaker: "Ann Lee", parts: 1}}},
		{"another speaker's report after a comma ends a report", "In a year in which most voters say they do not trust the council, even some allies asked why the fund had grown.",
			[]want{
				{kind: Indirect, content: "they do not trust the council", cue: "say", speaker: "most voters", parts: 1},
				{kind: Indirect, content: "why the fund had grown", cue: "asked", speaker: "some allies", parts: 1}}},
		{"split by a long aside, going on in lower case", "“The risk,” said Ed Lee, an economist who runs the forecast at the university in Leeds, “is that we will lose jobs.”",
			[]want{{kind: Direct, cue: "said", speaker: "Ed Lee", parts: 2}}},
		{"a second quotation after a participle's that is no second part", "“Get out!” Ana Ruiz wrote, arguing that if nothing changed, “more homes will burn.”",
			[]want{
				{kind: Direct, content: "Get out!", cue: "wrote", speaker: "Ana Ruiz", parts: 1},
				{kind: Mixed, content: "if nothing changed, “more homes will burn.”", cue: "arguing", speaker: "Ana Ruiz", parts: 1}}},
		{"title case opening a sentence, waiting for its cue", "“Leeds Is The Capital,” Ana Ruiz said.",
			[]want{{kind: Direct, content: "Leeds Is The Capital", cue: "said", speaker: "Ana Ruiz", parts: 1}}},
		{"a title before a cue is still a title", "In an interview on “Good Morning Leeds,” Ana Ruiz said the bridge was safe.",
			[]want{
				{kind: Term, content: "Good Morning Leeds"},
				{kind: Indirect, content: "the bridge was safe", cue: "said", speaker: "Ana Ruiz", parts: 1}}},
		{"a that after quoted words is theirs, not the cue's", "Ann Lee said her plan is to “trust and verify” that the council spends less.",
			[]want{{kind: Mixed, content: "her plan is to “trust and verify” that the council spends less", cue: "said", speaker: "Ann Lee", fragment: "trust and verify", parts: 1}}},
		{"a report inside a report of the same words is one attribution", "Ann Lee did say she found the mayor to be “very charming” on Monday.",
			[]want{{kind: Mixed, cue: "say", speaker: "Ann Lee", fragment: "very charming", parts: 1}}},
		{"a clause ending in quoted words before the cue, then more words", "Still, the clubs are “just scratching out a profit,” said Ana Ruiz. “Golf is a thin business.”",
			[]want{{kind: Mixed, content: "Still, the clubs are “just scratching out a profit,” said Ana Ruiz. “Golf is a thin business.", cue: "said", speaker: "Ana Ruiz", parts: 2, fragments: 2}}},
		{"a that after asides with no verb", "Acme contended in its letter, written by Tom Hale, a vice president, that the fund had a bias.",
			[]want{{kind: Indirect, content: "the fund had a bias", cue: "contended", speaker: "Acme", parts: 1}}},
		{"a belief reported without that", "Ann Lee believes the bridge will open in May.",
			[]want{{kind: Indirect, content: "the bridge will open in May", cue: "believes", speaker: "Ann Lee", parts: 1}}},
		{"a projection", "The campaign projected that the tax would raise $75 billion a year.",
			[]want{{kind: Indirect, content: "the tax would raise $75 billion a year", cue: "projected", speaker: "The campaign", parts: 1}}},
		{"a verb before by saying", "A Chinese official responded by saying Leeds should be careful in the river.",
			[]want{{kind: Indirect, content: "Leeds should be careful in the river", cue: "saying", speaker: "A Chinese official", parts: 1}}},
		{"a trailing report by a news outlet", "The professor was headed to Leeds for a conference, the Ledger reported.",
			[]want{{kind: Indirect, content: "The professor was headed to Leeds for a conference", cue: "reported", speaker: "the Ledger", parts: 1}}},
		{"a question put to the speaker", "Asked whether the bridge would open in May, Ann Lee said it would open on time.",
			[]want{
				{kind: Indirect, content: "whether the bridge would open in May", cue: "Asked", speaker: "", parts: 1},
				{kind: Indirect, content: "it would open on time", cue: "said", speaker: "Ann Lee", parts: 1}}},
		{"a name and a colon before words not in marks", "Mayor Ann Lee spoke.\n\nLEE: The bridge will open in May.",
			[]want{{kind: Indirect, content: "The bridge will open in May", cue: ":", speaker: "LEE", parts: 1}}},
		{"a label and a colon", "Update: The bridge will open in May.", nil},
		{"a headline's claim in title case", "Ann Lee Says Leeds Bridge Safe After Flood, Calls For Calm.\n\nThe mayor spoke on Monday.",
			[]want{{kind: Indirect, content: "Leeds Bridge Safe After Flood", cue: "Says", speaker: "Ann Lee", parts: 1}}},
		{"a cue the tagger took for a plural noun, and naming after refers to", "Ann Lee refers to the governor as “Chris.”",
			[]want{{kind: Mixed, content: "the governor as “Chris.”", cue: "refers to", speaker: "Ann Lee", fragment: "Chris.", parts: 1}}},
		{"another speaker's quotation after a comma ends a report", "As Tom Hale said it was great to be home, a man yelled “Stay there!”",
			[]want{
				{kind: Indirect, content: "it was great to be home", cue: "said", speaker: "Tom Hale", parts: 1},
				{kind: Direct, content: "Stay there!", cue: "yelled", speaker: "a man", parts: 1}}},
		{"a party letter and a comma before the cue", "Sen. Ann Lee (D-Leeds), said on Tuesday that she had not read the plan.",
			[]want{{kind: Indirect, content: "she had not read the plan", cue: "said", speaker: "Sen. Ann Lee", parts: 1}}},
		{"support for quoted words", "Ann Lee supports a plan for “fair pay for every worker” in the city.",
			[]want{{kind: Mixed, cue: "supports", speaker: "Ann Lee", fragment: "fair pay for every worker", parts: 1}}},
		{"a speech act right before the marks", "Ann Lee supports “fair pay for every worker” in the city.",
			[]want{{kind: Direct, content: "fair pay for every worker", cue: "supports", speaker: "Ann Lee", parts: 1}}},
		{"an implication", "Ann Lee implied that the council had hidden the costs.",
			[]want{{kind: Indirect, content: "the council had hidden the costs", cue: "implied", speaker: "Ann Lee", parts: 1}}},
		{"more likely to say", "Leeds voters are slightly more likely to say that the mayor has done well.",
			[]want{{kind: Indirect, content: "the mayor has done well", cue: "say", speaker: "Leeds voters", parts: 1}}},
		{"a name the tagger took for an adverb", "Jolly said he would be careful with the budget.",
			[]want{{kind: Indirect, content: "he would be careful with the budget", cue: "said", speaker: "Jolly", parts: 1}}},
		{"a gerund opens the reported clause", "Ann Lee said building the bridge could put hundreds of people to work.",
			[]want{{kind: Indirect, content: "building the bridge could put hundreds of people to work", cue: "said", speaker: "Ann Lee", parts: 1}}},
		{"some said", "Some said they had waited for hours at the station.",
			[]want{{kind: Indirect, content: "they had waited for hours at the station", cue: "said", speaker: "Some", parts: 1}}},
		{"an inverted trailing cue and the speaker's appositive", "The fund has raised $5 million, said Ann Lee, its treasurer, who joined in May.",
			[]want{{kind: Indirect, content: "The fund has raised $5 million", cue: "said", speaker: "Ann Lee", parts: 1}}},
		{"an aside between dashes before the cue", "Many speakers at the hall — including two mayors — said the bridge must open.",
			[]want{{kind: Indirect, content: "the bridge must open", cue: "said", speaker: "Many speakers at the hall", parts: 1}}},
		{"a cue after since", "Ann Lee has since said she would back a wage increase.",
			[]want{{kind: Indirect, content: "she would back a wage increase", cue: "said", speaker: "Ann Lee", parts: 1}}},
		{"asides after an age", "Ana Ruiz, 60, a doctor, said she was tired of the delays.",
			[]want{{kind: Indirect, content: "she was tired of the delays", cue: "said", speaker: "Ana Ruiz", parts: 1}}},
		{"a party letter, then an aside", "Rep. Tom Hale (D-Leeds), a member of the committee, said he backs the plan.",
			[]want{{kind: Indirect, content: "he backs the plan", cue: "said", speaker: "Rep. Tom Hale", parts: 1}}},
		{"a trailing cue and its hearer", "The bridge would open on time, the mayor told her.",
			[]want{{kind: Indirect, content: "The bridge would open on time", cue: "told", speaker: "the mayor", parts: 1}}},
		{"a participle after the subject", "Again, those surveyed said the mayor was doing well.",
			[]want{{kind: Indirect, content: "the mayor was doing well", cue: "said", speaker: "those", parts: 1}}},
		{"a determiner that is no report's that", "Ann Lee said she was not going to jump to that conclusion.",
			[]want{{kind: Indirect, content: "she was not going to jump to that conclusion", cue: "said", speaker: "Ann Lee", parts: 1}}},
		{"a gerund and a phrase before the verb", "Ann Lee said having Tom Hale at the top of the ticket puts the party at risk.",
			[]want{{kind: Indirect, content: "having Tom Hale at the top of the ticket puts the party at risk", cue: "said", speaker: "Ann Lee", parts: 1}}},
		{"most of them", "Until the shutdown, most of them said they had loved working there.",
			[]want{{kind: Indirect, content: "they had loved working there", cue: "said", speaker: "most of them", parts: 1}}},
		{"a trailing cue and what the speaker was doing", "Many voters found it offensive, the moderator Ann Lee said in posing the question.",
			[]want{{kind: Indirect, content: "Many voters found it offensive", cue: "said", speaker: "the moderator Ann Lee", parts: 1}}},
		{"an adjunct of the saying before a clause without that", "Talks\n\nThe agency said on Monday it would appeal. The port said in a statement the harbor would close. The board said in March it had no plans to sell.",
			[]want{{kind: Indirect, content: "it would appeal", cue: "said", speaker: "The agency", parts: 1},
				{kind: Indirect, content: "the harbor would close", cue: "said", speaker: "The port", parts: 1},
				{kind: Indirect, content: "it had no plans to sell", cue: "said", speaker: "The board", parts: 1}}},
		{"a verb whose past is its participle, after a bare clause's subject", "Talks\n\nThe drugmaker said its pill cut weight by a fifth. The rival said on Monday its own pill cut weight too.",
			[]want{{kind: Indirect, content: "its pill cut weight by a fifth", cue: "said", speaker: "The drugmaker", parts: 1},
				{kind: Indirect, content: "its own pill cut weight too", cue: "said", speaker: "The rival", parts: 1}}},
		{"a that clause whose verb is in marks", "Talks\n\nAnn Lee wrote in a note to clients that the data \"de-risk\" the program.",
			[]want{{kind: Mixed, content: "the data \"de-risk\" the program", cue: "wrote", speaker: "Ann Lee", parts: 1, fragment: "de-risk"}}},
		{"a likening cue", "Talks\n\nAnn Lee compared the campaign to a car crash. Tom Hale likened him to a coach who is \"working the referees\" all game. Sales rose 5% compared with last year.",
			[]want{{kind: Indirect, content: "the campaign to a car crash", cue: "compared", speaker: "Ann Lee", parts: 1},
				{kind: Mixed, content: "him to a coach who is \"working the referees\" all game", cue: "likened", speaker: "Tom Hale", parts: 1, fragment: "working the referees"}}},
		{"a quantifier alone as the speaker before marks", "Talks\n\nThe crowd cheered. Some chanted “We want Lee!”",
			[]want{{kind: Direct, content: "We want Lee!", cue: "chanted", speaker: "Some", parts: 1}}},
		{"words in title case that exclaim after a cue", "Talks\n\nAnn Lee spoke at the rally.\n\nShe declared “What a Great Night!” to cheers.",
			[]want{{kind: Direct, content: "What a Great Night!", cue: "declared", speaker: "She", name: "Ann Lee", parts: 1}}},
		{"an infinitive the tagger read as a noun before its object", "Talks\n\nThe mayor urged residents to order an inquiry.",
			[]want{{kind: Indirect, content: "residents to order an inquiry", cue: "urged", speaker: "The mayor", parts: 1}}},
		{"it: the source before, a document or a body", "Talks\n\nAccording to the report, midwives covered two wards. It found that warnings were ignored.\n\nAcme Corp. said it would sue Globex Inc. It added that talks had failed.",
			[]want{{kind: Indirect, content: "midwives covered two wards", cue: "According to", speaker: "the report", parts: 1},
				{kind: Indirect, content: "warnings were ignored", cue: "found", speaker: "It", name: "the report", parts: 1},
				{kind: Indirect, content: "it would sue Globex Inc.", cue: "said", speaker: "Acme Corp.", name: "Acme Corp.", parts: 1},
				{kind: Indirect, content: "talks had failed", cue: "added", speaker: "It", name: "Acme Corp.", parts: 1}}},
		{"we: the writers or the speaker's own group, no body named before", "Talks\n\nAcme Corp. ran a poll. We asked readers what they thought of it.",
			[]want{{kind: Indirect, content: "what they thought of it", cue: "asked", speaker: "We", name: "We", parts: 1}}},
		{"an inverted speaker's description, its body and the name in apposition", "Talks\n\n\"We are ready,\" said the mayor, Pierre Lenoir.\n\n\"We are not,\" said Okafor's deputy, Sam Ruiz.\n\n\"Maybe,\" said a spokesman for the council, Ann Lee, on Monday.",
			[]want{{kind: Direct, content: "We are ready", cue: "said", speaker: "the mayor, Pierre Lenoir", name: "Pierre Lenoir", parts: 1},
				{kind: Direct, content: "We are not", cue: "said", speaker: "Okafor's deputy, Sam Ruiz", name: "Sam Ruiz", parts: 1},
				{kind: Direct, content: "Maybe", cue: "said", speaker: "a spokesman for the council, Ann Lee", name: "Ann Lee", parts: 1}}},
		{"a relative pronoun after a dash typed as a hyphen", "Talks\n\nAnn Lee spoke first. Still, Tom Hale - who said the plan was unfair - stayed.",
			[]want{{kind: Indirect, content: "the plan was unfair", cue: "said", speaker: "who", name: "Tom Hale", parts: 1}}},
		{"they: not the body named last", "Talks\n\nAcme Corp. cut 500 jobs in Leeds. Several Democrats met on Monday. They said the cuts were a mistake.",
			[]want{{kind: Indirect, content: "the cuts were a mistake", cue: "said", speaker: "They", name: "They", parts: 1}}},
		{"a role in apposition to a name", "Talks\n\nThe plan lost votes to Tom Hale, the Vermont senator, who said it was dead.",
			[]want{{kind: Indirect, content: "it was dead", cue: "said", speaker: "who", name: "Tom Hale", parts: 1}}},
		{"a passive cue of address: the subject heard it", "Talks\n\nResidents have been urged to keep their bins out. Voters were warned by officials that the polls would close early.",
			[]want{{kind: Indirect, content: "to keep their bins out", cue: "urged", speaker: "", parts: 1},
				{kind: Indirect, content: "the polls would close early", cue: "warned", speaker: "officials", parts: 1}}},
		{"a headline's bare description, named in the body", "'We will not be bullied', says council leader\n\nBin collections could stop next week.\n\nThe union said members backed the action.\n\nCouncil leader Tom Hunt said the offer was fair.",
			[]want{{kind: Direct, content: "We will not be bullied", cue: "says", speaker: "council leader", name: "Tom Hunt", parts: 1},
				{kind: Indirect, content: "members backed the action", cue: "said", speaker: "The union", parts: 1},
				{kind: Indirect, content: "the offer was fair", cue: "said", speaker: "Council leader Tom Hunt", name: "Tom Hunt", parts: 1}}},
		{"I in an interview's answers is the interviewee", "Q&A with Mayor Ann Lee\n\nMayor Ann Lee spoke with us about the budget. Lee took office in January.\n\nQ: Can you cut the deficit?\n\nA: I said in January that we would not raise taxes.\n\nQ: And the unions?\n\nA: We will talk.",
			[]want{
				{kind: Indirect, content: "Can you cut the deficit", cue: ":", speaker: "Q", parts: 1},
				{kind: Indirect, content: "I said in January that we would not raise taxes", cue: ":", speaker: "A", name: "Ann Lee", parts: 1},
				{kind: Indirect, content: "we would not raise taxes", cue: "said", speaker: "I", name: "Ann Lee", parts: 1},
				{kind: Indirect, content: "And the unions", cue: ":", speaker: "Q", parts: 1},
				{kind: Indirect, content: "We will talk", cue: ":", speaker: "A", name: "Ann Lee", parts: 1}}},
		{"an interview's answers with no labels are the interviewee's, up to a paragraph that quotes", "Q&A: the mayor on the budget\n\nMayor Ann Lee spoke with us about the budget.\n\nCan you cut the deficit?\n\nNot this year. I said in January that we would not raise taxes.\n\nAnd the unions?\n\nWe will talk.\n\nAnd the buses?\n\n\"Soon,\" she said.\n\nThe council meets on Monday.",
			[]want{
				{kind: Indirect, content: "Not this year. I said in January that we would not raise taxes", cue: "", speaker: "", name: "Ann Lee", parts: 1},
				{kind: Indirect, content: "we would not raise taxes", cue: "said", speaker: "I", name: "Ann Lee", parts: 1},
				{kind: Indirect, content: "We will talk", cue: "", speaker: "", name: "Ann Lee", parts: 1},
				{kind: Direct, content: "Soon", cue: "said", speaker: "she", name: "Ann Lee", parts: 1}}},
		{"an interview's turns with labels are each one quotation, not a plain answer too", "Interview: the mayor on buses\n\nThe mayor, Ann Lee, talks about buses.\n\nTOM HALE: Will fares rise?\n\nANN LEE: Not this year. We have the money.\n\nHALE: And next year?\n\nLEE: We will see.",
			[]want{
				{kind: Indirect, content: "buses", cue: "talks about", speaker: "The mayor, Ann Lee", name: "Ann Lee", parts: 1},
				{kind: Indirect, content: "Will fares rise", cue: ":", speaker: "TOM HALE", name: "TOM HALE", parts: 1},
				{kind: Indirect, content: "Not this year. We have the money", cue: ":", speaker: "ANN LEE", name: "Ann Lee", parts: 1},
				{kind: Indirect, content: "And next year", cue: ":", speaker: "HALE", name: "TOM HALE", parts: 1},
				{kind: Indirect, content: "We will see", cue: ":", speaker: "LEE", name: "Ann Lee", parts: 1}}},
		{"questions and plain paragraphs outside an interview are the writer's", "The mayor and the budget\n\nMayor Ann Lee took office in January.\n\nCan she cut the deficit?\n\nNot this year.\n\nAnd the unions?\n\nThey will talk.",
			nil},
		{"answers marked A: alone make a transcript", "Ann Lee on the budget\n\nMayor Ann Lee spoke with us about the budget.\n\nCan you cut the deficit?\n\nA: I said in January that we would not raise taxes.\n\nAnd the unions?\n\nA: We will talk to them, I think.",
			[]want{
				{kind: Indirect, content: "I said in January that we would not raise taxes", cue: ":", speaker: "A", name: "Ann Lee", parts: 1},
				{kind: Indirect, content: "we would not raise taxes", cue: "said", speaker: "I", name: "Ann Lee", parts: 1},
				{kind: Indirect, content: "We will talk to them, I think", cue: ":", speaker: "A", name: "Ann Lee", parts: 1},
				{kind: Indirect, content: "We will talk to them", cue: "think", speaker: "I", name: "Ann Lee", parts: 1}}},
		{"a transcript's turn is its whole paragraph", "Transcript\n\nJAKE TOLLEY: Ann Lee spoke on Friday. Take a look.\n\nLEE: I have met them twice. I said in May that trade goes up.\n\nTOLLEY: Shop owners say they will lose trade.",
			[]want{
				{kind: Indirect, content: "Ann Lee spoke on Friday. Take a look", cue: ":", speaker: "JAKE TOLLEY", parts: 1},
				{kind: Indirect, content: "I have met them twice. I said in May that trade goes up", cue: ":", speaker: "LEE", name: "Ann Lee", parts: 1},
				{kind: Indirect, content: "trade goes up", cue: "said", speaker: "I", name: "Ann Lee", parts: 1},
				{kind: Indirect, content: "Shop owners say they will lose trade", cue: ":", speaker: "TOLLEY", name: "JAKE TOLLEY", parts: 1},
				{kind: Indirect, content: "they will lose trade", cue: "say", speaker: "Shop owners", parts: 1}}},
		{"a turn goes on over paragraphs with no label before the other side's turn", "Transcript\n\nQ: Where are the homes?\n\nOKON: Nine hundred are built.\n\nThe rest are waiting on the fund.\n\nQ: Why?\n\nA: The fund is late.\n\nIt should be paid in May.\n\nA: We will see.\n\nThe council meets on Monday.",
			[]want{
				{kind: Indirect, content: "Where are the homes", cue: ":", speaker: "Q", parts: 1},
				{kind: Indirect, content: "Nine hundred are built", cue: ":", speaker: "OKON", parts: 1},
				{kind: Indirect, content: "The rest are waiting on the fund", cue: "", speaker: "", name: "OKON", parts: 1},
				{kind: Indirect, content: "Why", cue: ":", speaker: "Q", parts: 1},
				{kind: Indirect, content: "The fund is late", cue: ":", speaker: "A", parts: 1},
				{kind: Indirect, content: "We will see", cue: ":", speaker: "A", parts: 1}}},
		{"I outside quotation marks is the writer the byline names", "Why the lanes will work\n\nBy Ellen Brody\n\nLast month I argued that the council should build the lanes.\n\n“I told them the buses would be faster,” Tom Hale said.",
			[]want{
				{kind: Indirect, content: "the council should build the lanes", cue: "argued", speaker: "I", name: "Ellen Brody", parts: 1},
				{kind: Direct, content: "I told them the buses would be faster", cue: "said", speaker: "Tom Hale", name: "Tom Hale", parts: 1}}},
		{"a narrator who speaks in dialogue is not the byline's writer", "The Super\n\nBy Ellen Brody\n\n“No,” I said.\n\n“Yes,” I said again.\n\nI argued that the super should go.",
			[]want{
				{kind: Direct, content: "No", cue: "said", speaker: "I", name: "I", parts: 1},
				{kind: Direct, content: "Yes", cue: "said", speaker: "I", name: "I", parts: 1},
				{kind: Indirect, content: "the super should go", cue: "argued", speaker: "I", name: "I", parts: 1}}},
		{"a person's name and a colon opening paragraphs of a dialogue are turns", "Transcript\n\nJake Tolley: Do you think the plan will pass? The vote is close.\n\nAnn Lee: I do. I said in May that the votes are there.\n\nJake Tolley: Thank you.",
			[]want{
				{kind: Indirect, content: "Do you think the plan will pass? The vote is close", cue: ":", speaker: "Jake Tolley", name: "Jake Tolley", parts: 1},
				{kind: Indirect, content: "I do. I said in May that the votes are there", cue: ":", speaker: "Ann Lee", name: "Ann Lee", parts: 1},
				{kind: Indirect, content: "the votes are there", cue: "said", speaker: "I", name: "Ann Lee", parts: 1},
				{kind: Indirect, content: "Thank you", cue: ":", speaker: "Jake Tolley", name: "Jake Tolley", parts: 1}}},
		{"names and colons opening a list's items are no turns", "What they need\n\nJake Tolley: A win.\n\nAnn Lee: Keep it.",
			nil},
		{"a tally after a person's name is no turn", "Delegates\n\nJake Tolley: 2,316\n\nAnn Lee: 1,501\n\nJake Tolley: 547",
			nil},
		{"a heading with a colon in a paragraph's sentence is no turn", "Ann Lee left.\n\nThe council met. Update: The vote is delayed. The mayor is away.",
			nil},
		{"a passive act names no speaker; a participle's aside on the source", "Talks\n\nAccording to the complaint, filed in May, Ann Lee was dismissed two weeks after the audit.",
			[]want{{kind: Indirect, content: "Ann Lee was dismissed two weeks after the audit", cue: "According to", speaker: "the complaint", parts: 1}}},
		{"an aside opening the reported clause", "She says despite all that, the mayor was not swayed by the vote.",
			[]want{{kind: Indirect, content: "despite all that, the mayor was not swayed by the vote", cue: "says", speaker: "She", parts: 1}}},
		{"a phrase after the reported clause's subject", "Ann Lee said much of her talk with the mayor was about the bridge.",
			[]want{{kind: Indirect, content: "much of her talk with the mayor was about the bridge", cue: "said", speaker: "Ann Lee", parts: 1}}},
		{"verbs the tagger took for nouns or participles", "Aides say the former Leeds mayor plans to back the bridge. They say Ann Lee advocated against closing it in May.",
			[]want{
				{kind: Indirect, content: "the former Leeds mayor plans to back the bridge", cue: "say", speaker: "Aides", parts: 1},
				{kind: Indirect, content: "Ann Lee advocated against closing it in May", cue: "say", speaker: "They", parts: 1}}},
		{"a trailing cue after a clause whose verb the tagger took for a noun", "The new job marks his return to the city council, one longtime friend said.",
			[]want{{kind: Indirect, content: "The new job marks his return to the city council", cue: "said", speaker: "one longtime friend", parts: 1}}},
		{"as an outlet reported, at the sentence's end", "Tom Hale met the mayor that day, as the Ledger reported.",
			[]want{{kind: Indirect, content: "Tom Hale met the mayor that day", cue: "reported", speaker: "the Ledger", parts: 1}}},
		{"as someone proposes, at the sentence's end, is no report", "Talks\n\nOne can debate the tradeoffs of a tax on trades, as Tom Hale proposes.", nil},
		{"as a bill is called names it", "Talks\n\nThe Bridge Act, as the bill is called, would end the tolls.", nil},
		{"as a writer reported in a book", "As Tom Hale reported in his book, the party's officials had country houses.",
			[]want{{kind: Indirect, content: "the party's officials had country houses", cue: "reported", speaker: "Tom Hale", parts: 1}}},
		{"as an outlet reported", "As the Ledger reported on Saturday, the mayor has sold the bridge.",
			[]want{{kind: Indirect, content: "the mayor has sold the bridge", cue: "reported", speaker: "the Ledger", parts: 1}}},
		{"as X said with a phrase of time, or a particle and chained prepositions, before the comma", "As the minister said last week, the town cannot afford it. As the Kelby Civic Society pointed out in its response to the consultation, the car parks are rarely full.",
			[]want{{kind: Indirect, content: "the town cannot afford it", cue: "said", speaker: "the minister", parts: 1},
				{kind: Indirect, content: "the car parks are rarely full", cue: "pointed", speaker: "the Kelby Civic Society", name: "Kelby Civic Society", parts: 1}}},
		{"a speaker after a relative pronoun reports a clause whose subject the pronoun stands for, up to the aside's closing comma", "The plan, which critics say is unworkable, was dropped. It will scrap a tax that economists say has failed.",
			[]want{{kind: Indirect, content: "is unworkable", cue: "say", speaker: "critics", parts: 1},
				{kind: Indirect, content: "has failed", cue: "say", speaker: "economists", parts: 1}}},
		{"\"last\" or \"this\" and a noun of time after a cue, before a subject, is no part of the report; before a verb it is the subject", "The minister said last week the plan would go ahead. Corvane denied it, saying this year will meet expectations.",
			[]want{{kind: Indirect, content: "the plan would go ahead", cue: "said", speaker: "The minister", parts: 1},
				{kind: Indirect, content: "this year will meet expectations", cue: "saying", speaker: "Corvane", parts: 1}}},
		{"a headline's role noun before a colon speaks what follows, the body's person of that role", "Headteacher: 'Phones are ruining childhood'\n\nMrs Nia Okafor, head of St Aldhelm's School in Kelby, banned phones in September.",
			[]want{{kind: Direct, content: "Phones are ruining childhood", cue: ":", speaker: "Headteacher", name: "Nia Okafor", parts: 1}}},
		{"a participle after \"of\" modifies the noun after it inside the speaker's phrase", "Families of missing fishermen say they were ignored.",
			[]want{{kind: Indirect, content: "they were ignored", cue: "say", speaker: "Families of missing fishermen", parts: 1}}},
		{"a quotation split by its cue and an adjunct whose noun is a cue's word goes on after it", "Nia Kerrow is superb. \"I keep the lamp,\" she says at one point, \"because nobody else will.\"",
			[]want{{kind: Direct, content: "I keep the lamp,\" she says at one point, \"because nobody else will.", cue: "says", speaker: "she", name: "Nia Kerrow", parts: 2}}},
		{"a headline's label before a colon speaks only when a name or a noun of people, a body or a message heads it", "Kelby Council list: Nurses and volunteers recognised\n\nMargaret Thornbury said she was \"gobsmacked\".",
			[]want{{kind: Mixed, content: "she was \"gobsmacked\"", cue: "said", speaker: "Margaret Thornbury", name: "Margaret Thornbury", fragment: "gobsmacked", parts: 1}}},
		{"\"the\" and a person's noun set off in apposition after a full name before is that person", "Seat\n\nSara Okonjo, a former nurse standing for Labour, says the NHS is the issue.\n\nThe pair clashed on Thursday. The former nurse accused her rival of lying.",
			[]want{{kind: Indirect, content: "the NHS is the issue", cue: "says", speaker: "Sara Okonjo", name: "Sara Okonjo", parts: 1},
				{kind: Indirect, content: "her rival of lying", cue: "accused", speaker: "The former nurse", name: "Sara Okonjo", parts: 1}}},
		{"a cue in a relative clause before its noun's verb reports nothing", "Wards\n\nStaff who complain are moved, the union said.",
			[]want{{kind: Indirect, content: "Staff who complain are moved", cue: "said", speaker: "the union", parts: 1}}},
		{"a name's last word the tagger reads as an adverb stays in the speaker", "Cap\n\nFuel poverty charity Warm Homes Now said the rise would be a blow.",
			[]want{{kind: Indirect, content: "the rise would be a blow", cue: "said", speaker: "Fuel poverty charity Warm Homes Now", name: "Warm Homes Now", parts: 1}}},
		{"\"talks\" after a noun is the noun of meetings, no cue; a pronoun after an indefinite person's noun opening its sentence is that person, no one named",
			"Envoy says peace talks 'at a delicate stage'\n\nEnvoy Lise Varga said progress had been made.\n\nA senior diplomat, who spoke on condition of anonymity because he was not authorised to speak, said the sides had not met.\n\nVarga said she expected the talks to go on. Later she replied: \"I never guess.\"",
			[]want{{kind: Mixed, content: "peace talks 'at a delicate stage'", cue: "says", speaker: "Envoy", name: "Lise Varga", fragment: "at a delicate stage", parts: 1},
				{kind: Indirect, content: "progress had been made", cue: "said", speaker: "Envoy Lise Varga", name: "Lise Varga", parts: 1},
				{kind: Indirect, content: "the sides had not met", cue: "said", speaker: "A senior diplomat", parts: 1},
				{kind: Indirect, content: "she expected the talks to go on", cue: "said", speaker: "Varga", name: "Lise Varga", parts: 1},
				{kind: Direct, content: "I never guess.", cue: "replied", speaker: "she", name: "Lise Varga", parts: 1}}},
		{"a hearer before the infinitive of a cue in the progressive is part of what is asked", "Storm\n\nPolice are urging residents to stay at home. The council is asking drivers to avoid the coast road. Forecasters are warning walkers not to go out.",
			[]want{{kind: Indirect, content: "residents to stay at home", cue: "urging", speaker: "Police", parts: 1},
				{kind: Indirect, content: "drivers to avoid the coast road", cue: "asking", speaker: "The council", parts: 1},
				{kind: Indirect, content: "walkers not to go out", cue: "warning", speaker: "Forecasters", parts: 1}}},
		{"\"the club\" after two clubs is the headline's", "Rovers sack manager after eight games\n\nHallam Rovers have sacked manager Luis Ferreira.\n\nSaturday's 3-0 home defeat by Kelby Athletic proved to be his final game.\n\nIn a statement, the club said: \"The board would like to thank Luis.\"",
			[]want{{kind: Direct, content: "The board would like to thank Luis.", cue: "said", speaker: "the club", name: "Hallam Rovers", parts: 1}}},
		{"a participle cue joined by \"and\" to a participle cue has its subject", "Minister\n\nThe messages, obtained by the Kelby Courier, show Ms Penhale telling an adviser that an inquiry would be \"a disaster for us\" and suggesting the department \"find another route\".",
			[]want{{kind: Mixed, content: "an inquiry would be \"a disaster for us\"", cue: "telling", speaker: "Ms Penhale", name: "Penhale", fragment: "a disaster for us", parts: 1},
				{kind: Mixed, content: "the department \"find another route\"", cue: "suggesting", speaker: "Ms Penhale", name: "Penhale", fragment: "find another route", parts: 1}}},
		{"a relative clause on the speaker goes over \"to\" and a place; \"close to\" and an object pronoun stay in a source's phrase", "Tour\n\nFans who had travelled to Berlin for Tuesday's concert said they were told late.\n\nShe was in hospital, according to people close to her.",
			[]want{{kind: Indirect, content: "they were told late", cue: "said", speaker: "Fans who had travelled to Berlin for Tuesday's concert", parts: 1},
				{kind: Indirect, content: "She was in hospital", cue: "according to", speaker: "people close to her", parts: 1}}},
		{"\"he\" after an unnamed kin noun of his gender speaking in the paragraph before is that person", "Rescue\n\nHelm Ben Carrick said the family had done the right thing.\n\nThe father, who did not want to be named, said the tide had come in \"frighteningly fast\".\n\n\"One minute we were exploring rock pools,\" he said.",
			[]want{{kind: Indirect, content: "the family had done the right thing", cue: "said", speaker: "Helm Ben Carrick", name: "Ben Carrick", parts: 1},
				{kind: Mixed, content: "the tide had come in \"frighteningly fast\"", cue: "said", speaker: "The father", fragment: "frighteningly fast", parts: 1},
				{kind: Direct, content: "One minute we were exploring rock pools", cue: "said", speaker: "he", name: "The father", parts: 1}}},
		{"\"she\" after an unnamed woman described, the only woman named far before, stays unresolved", "Baker\n\nKirsty Vale met a baker last week.\n\nThe shop opened in May. Bread sells out by noon. Queues form early.\n\nMy grandmother ran a cafe for forty years. She always said, \"Feed people first.\"",
			[]want{{kind: Direct, content: "Feed people first.", cue: "said", speaker: "She", name: "She", parts: 1}}},
		{"quoted words after a cue's preposition are reported past the preposition", "Scientists warn of 'tipping point' for coral reefs\n\nDoctors warn of \"tipping point\" in care.",
			[]want{{kind: Mixed, content: "'tipping point' for coral reefs", cue: "warn of", speaker: "Scientists", fragment: "tipping point", parts: 1},
				{kind: Mixed, content: "\"tipping point\" in care", cue: "warn of", speaker: "Doctors", fragment: "tipping point", parts: 1}}},
		{"a word quoted right after a cue before the noun it qualifies is a fragment of the cue's object; a clause of time after a participle opens with its own speaker", "Residents moved after inspectors find 'squalid' conditions\n\nInspectors found \"squalid\" conditions at the home, which closed.",
			[]want{{kind: Mixed, content: "'squalid' conditions", cue: "find", speaker: "inspectors", fragment: "squalid", parts: 1},
				{kind: Mixed, content: "\"squalid\" conditions at the home", cue: "found", speaker: "Inspectors", fragment: "squalid", parts: 1}}},
		{"a possessive description is the person named after the same words before", "Obituary\n\nShe is survived by her nephew, Peter, and two nieces.\n\nHer nephew said she had \"never once thought about retiring\".",
			[]want{{kind: Mixed, content: "she had \"never once thought about retiring\"", cue: "said", speaker: "Her nephew", name: "Peter", fragment: "never once thought about retiring", parts: 1}}},
		{"a cue in -s that is never a noun reports after \"the\" and a name, however tagged", "Tax\n\nThe Treasury insists that most farms will not pay any more tax.",
			[]want{{kind: Indirect, content: "most farms will not pay any more tax", cue: "insists", speaker: "The Treasury", name: "Treasury", parts: 1}}},
		{"a show's title in marks between a cue and its \"that\" is passed over", "Race\n\nRep. Lena Marsh, who announced her candidacy in June, said Sunday on CNN's \"State of the Union\" that she would stay in the race.",
			[]want{{kind: Indirect, content: "her candidacy in June", cue: "announced", speaker: "who", name: "Lena Marsh", parts: 1},
				{kind: Term, content: "State of the Union", parts: 1},
				{kind: Indirect, content: "she would stay in the race", cue: "said", speaker: "Rep. Lena Marsh", name: "Lena Marsh", parts: 1}}},
		{"a cue and \"out\" report their object", "Out\n\nMara Quill called out her rival for alienating voters. He singled out the manager as the root of the problem. She pointed out the lack of diversity.",
			[]want{{kind: Indirect, content: "her rival for alienating voters", cue: "called out", speaker: "Mara Quill", name: "Mara Quill", parts: 1},
				{kind: Indirect, content: "the manager as the root of the problem", cue: "singled out", speaker: "He", parts: 1},
				{kind: Indirect, content: "the lack of diversity", cue: "pointed out", speaker: "She", parts: 1}}},
		{"an asking cue's hearer goes on over \"her\" and over a relative \"that\" to its infinitive", "Ask\n\nMr. Vantor asked her to call him at once. The bureau asked police forces that dealt with the case to refuse requests.",
			[]want{{kind: Indirect, content: "her to call him at once", cue: "asked", speaker: "Mr. Vantor", name: "Vantor", parts: 1},
				{kind: Indirect, content: "police forces that dealt with the case to refuse requests", cue: "asked", speaker: "The bureau", parts: 1}}},
		{"a plain verb of finding the tagger reads as a noun after a possessive makes the clause a report", "Care\n\nCampaigners say cases like Alfie's show the need for a new rule.",
			[]want{{kind: Indirect, content: "cases like Alfie's show the need for a new rule", cue: "say", speaker: "Campaigners", parts: 1}}},
		{"a lede's indefinite noun of a gender is the person an age sets off in the next paragraph", "Mother says son was sent home\n\nA mother has said her son was sent home from hospital three times.\n\nJade Whitmore, 31, from Kelby, said staff told her it was a virus.",
			[]want{{kind: Indirect, content: "son was sent home", cue: "says", speaker: "Mother", name: "Jade Whitmore", parts: 1},
				{kind: Indirect, content: "her son was sent home from hospital three times", cue: "said", speaker: "A mother", name: "Jade Whitmore", parts: 1},
				{kind: Indirect, content: "staff told her it was a virus", cue: "said", speaker: "Jade Whitmore", name: "Jade Whitmore", parts: 1},
				{kind: Indirect, content: "it was a virus", cue: "told", speaker: "staff", parts: 1}}},
		{"\"the regulator\" is the agency named before, past a company named since", "Fine\n\nThe Data Protection Authority has fined software company Quillon Systems £4.2 million.\n\nThe regulator said the company had failed to protect its data.",
			[]want{{kind: Indirect, content: "the company had failed to protect its data", cue: "said", speaker: "The regulator", name: "Data Protection Authority", parts: 1}}},
		{"a determiner standing alone after \"while\" speaks", "Phones\n\nOne pupil said the ban was \"a bit much\", while another said she would \"probably be happier\" without her phone.",
			[]want{{kind: Mixed, content: "the ban was \"a bit much\"", cue: "said", speaker: "One pupil", fragment: "a bit much", parts: 1},
				{kind: Mixed, content: "she would \"probably be happier\" without her phone", cue: "said", speaker: "another", fragment: "probably be happier", parts: 1}}},
		{"a relative pronoun's report whose past the tagger reads as a participle", "Ban\n\nThe group accused water firms of failing to fix leaks, which it said wasted nearly a quarter of the water they supplied.",
			[]want{{kind: Indirect, content: "water firms of failing to fix leaks", cue: "accused", speaker: "The group", parts: 1},
				{kind: Indirect, content: "wasted nearly a quarter of the water they supplied", cue: "said", speaker: "it", parts: 1}}},
		{"a pronoun after an indefinite person's noun but outside a relative aside on it is not that person", "Tour\n\nPop star Maya Lind has cancelled her tour. She wrote to fans. They were upset.\n\nA spokesperson for her label said fans would be refunded. A source close to the singer said she had not wanted to let anyone down.",
			[]want{{kind: Indirect, content: "fans would be refunded", cue: "said", speaker: "A spokesperson for her label", parts: 1},
				{kind: Indirect, content: "she had not wanted to let anyone down", cue: "said", speaker: "A source close to the singer", parts: 1},
				{kind: Indirect, content: "to let anyone down", cue: "wanted", speaker: "she", name: "Maya Lind", parts: 1}}},
		{"\"of\" right before the marks after any cue is no part of the report", "Court told of 'campaign of terror' against neighbours\n\nThe trial goes on.",
			[]want{{kind: Mixed, content: "'campaign of terror' against neighbours", cue: "told", fragment: "campaign of terror", parts: 1}}},
		{"an outlet told something is no body \"the company\" stands for", "Firm\n\nHarbourline Foods will close a plant in Kelby.\n\nA union official told the Kelby Post that jobs would go.\n\nThe company said it was consulting staff.",
			[]want{{kind: Indirect, content: "jobs would go", cue: "told", speaker: "A union official", parts: 1},
				{kind: Indirect, content: "it was consulting staff", cue: "said", speaker: "The company", name: "Harbourline Foods", parts: 1}}},
		{"a participle's subordinate clause opening the sentence ends at the comma before the main clause", "Sales\n\nSpeaking as Marlow's reported record sales, chief executive Nina Cole said shoppers were still cautious.",
			[]want{{kind: Indirect, content: "record sales", cue: "reported", speaker: "Marlow's", parts: 1},
				{kind: Indirect, content: "shoppers were still cautious", cue: "said", speaker: "chief executive Nina Cole", name: "Nina Cole", parts: 1}}},
		{"a name told and a determiner right after it: the name is the hearer, whatever the tagger made of the clause's verb", "Fine\n\nDeputy commissioner Orla Brennick told RTÉ the fine sent \"a clear message\" to the industry.",
			[]want{{kind: Mixed, content: "the fine sent \"a clear message\" to the industry", cue: "told", speaker: "Deputy commissioner Orla Brennick", name: "Orla Brennick", fragment: "a clear message", parts: 1}}},
		{"a lede's someone is the person the body sets the same noun off beside", "Envoy says 'progress' in talks\n\nA senior envoy said on Thursday that the talks had made progress.\n\nSpeaking to reporters, the envoy, Henrik Sollund, said both sides had agreed on a framework.",
			[]want{{kind: Direct, content: "progress", cue: "says", speaker: "Envoy", name: "Henrik Sollund", parts: 1},
				{kind: Indirect, content: "the talks had made progress", cue: "said", speaker: "A senior envoy", name: "Henrik Sollund", parts: 1},
				{kind: Indirect, content: "both sides had agreed on a framework", cue: "said", speaker: "the envoy, Henrik Sollund", name: "Henrik Sollund", parts: 1}}},
		{"a place's possessive after \"of\" is no determiner of the description's head", "Prices\n\nThe boss of Britain's biggest grocer has warned that prices will keep rising.\n\nChief executive Nadia Quarrie said suppliers were still passing on costs.",
			[]want{{kind: Indirect, content: "prices will keep rising", cue: "warned", speaker: "The boss of Britain's biggest grocer", name: "Nadia Quarrie", parts: 1},
				{kind: Indirect, content: "suppliers were still passing on costs", cue: "said", speaker: "Chief executive Nadia Quarrie", name: "Nadia Quarrie", parts: 1}}},
		{"a past the tagger read as a participle, after the clause's subject and before \"more\" and its object, is the clause's verb", "Autism\n\nIts head of policy, Tom Nuttall, said schools needed more funding to provide support.",
			[]want{{kind: Indirect, content: "schools needed more funding to provide support", cue: "said", speaker: "Its head of policy, Tom Nuttall", name: "Tom Nuttall", parts: 1}}},
		{"a headline's quotation before a colon and people a plural describes is theirs, not the body's most quoted", "'We were left to drown': flood victims demand answers\n\nResidents say they were left behind.\n\nThe agency's manager, Rob Kennet, said he understood. \"I would be angry too,\" he said.",
			[]want{{kind: Direct, content: "We were left to drown", speaker: "flood victims", parts: 1},
				{kind: Indirect, content: "they were left behind", cue: "say", speaker: "Residents", parts: 1},
				{kind: Indirect, content: "he understood", cue: "said", speaker: "The agency's manager, Rob Kennet", name: "Rob Kennet", parts: 1},
				{kind: Direct, content: "I would be angry too", cue: "said", speaker: "he", name: "Rob Kennet", parts: 1}}},
		{"a lede's someone is the person a relative aside sets off opening the next paragraph", "Head teacher: 'I had to sell my car'\n\nA head teacher says she sold her own car to pay for heating.\n\nAngela Mossop, who runs a primary school in Kelby, told Radio Kelby the school had £4,000 left.",
			[]want{{kind: Direct, content: "I had to sell my car", cue: ":", speaker: "Head teacher", name: "Angela Mossop", parts: 1},
				{kind: Indirect, content: "she sold her own car to pay for heating", cue: "says", speaker: "A head teacher", name: "Angela Mossop", parts: 1},
				{kind: Indirect, content: "the school had £4,000 left", cue: "told", speaker: "Angela Mossop", name: "Angela Mossop", parts: 1}}},
		{"a headline's quotation before a colon and a person's noun (not only a role's) is the person the lede describes", "'He saved my life': passenger thanks stranger\n\nA woman whose heart stopped on a train has thanked the nurse who kept her alive.\n\nJoanne Hurley, 56, collapsed on a service to Leeds.",
			[]want{{kind: Direct, content: "He saved my life", speaker: "passenger", name: "Joanne Hurley", parts: 1},
				{kind: Indirect, content: "the nurse who kept her alive", cue: "thanked", speaker: "A woman whose heart stopped on a train", name: "Joanne Hurley", parts: 1}}},
		{"\"the father of three\" is the person the article is about, of the noun's gender, and a participle's adjunct before a cue and a colon is no report", "Rescue\n\nKevin Pascombe, 47, was spotted by a coastguard helicopter on Tuesday.\n\nSpeaking from his hospital bed, the father of three said:\n\n\"I kept thinking about my kids.\"",
			[]want{{kind: Direct, content: "I kept thinking about my kids.", cue: "said", speaker: "the father of three", name: "Kevin Pascombe", parts: 1}}},
		{"a verb after \"but\" has the main clause's subject, not that of an aside a \"whose\" opens", "Tariffs\n\nSen. Tom Garrow of Kansas, whose state's farmers were hit by duties, said he sympathized with the businesses but warned against \"rushing to judgment.\"",
			[]want{{kind: Indirect, content: "he sympathized with the businesses", cue: "said", speaker: "Sen. Tom Garrow of Kansas", name: "Tom Garrow", parts: 1},
				{kind: Direct, content: "rushing to judgment.", cue: "warned", speaker: "Sen. Tom Garrow of Kansas", name: "Tom Garrow", parts: 1}}},
		{"a response to people (would respond to the senators) reports no topic", "Tariffs\n\nA Treasury spokesperson said the department would respond to the senators directly. The agency responded to the ruling with a statement.",
			[]want{{kind: Indirect, content: "the department would respond to the senators directly", cue: "said", speaker: "A Treasury spokesperson", parts: 1},
				{kind: Indirect, content: "the ruling with a statement", cue: "responded to", speaker: "The agency", parts: 1}}},
		{"the base form of a question cue before a question word reports the question, not a later \"that\"", "Tariffs\n\nThe minister would not explain how the money would be repaid to firms that had paid the duties.",
			[]want{{kind: Indirect, content: "how the money would be repaid to firms that had paid the duties", cue: "explain", speaker: "The minister", parts: 1}}},
		{"a report's \"that\" is not that of a passive's report inside it, nor its learned start past that one's cue", "Prisons\n\nThe committee's report says the ministry was told as early as 2021 that the prison population would exceed capacity by 2024.",
			[]want{{kind: Indirect, content: "the ministry was told as early as 2021 that the prison population would exceed capacity by 2024", cue: "says", speaker: "The committee's report", parts: 1}}},
		{"a report's learned start does not pass the cue of a passive's report inside it", "Prisons\n\nMinisters ignored warnings that jails were running out of space, a committee of MPs has said.\n\nThe Kelby Committee's report says the Ministry of Works was told as early as 2021 that the prison population would exceed capacity by 2024, but failed to build new places quickly enough.",
			[]want{{kind: Indirect, content: "Ministers ignored warnings that jails were running out of space", cue: "said", speaker: "a committee of MPs", parts: 1},
				{kind: Indirect, content: "the Ministry of Works was told as early as 2021 that the prison population would exceed capacity by 2024, but failed to build new places quickly enough", cue: "says", speaker: "The Kelby Committee's report", parts: 1}}},
		{"an accusation's target with a name set off after it is the report's, up to the cue's preposition", "Rents\n\nLabour's Priya Nairn accused the current mayor, Conservative Tom Whitham, of \"sitting on his hands\" while rents rose.",
			[]want{{kind: Mixed, content: "the current mayor, Conservative Tom Whitham, of \"sitting on his hands\" while rents rose", cue: "accused", speaker: "Labour's Priya Nairn", name: "Priya Nairn", fragment: "sitting on his hands", parts: 1}}},
		{"a transcript's questions are the byline's writer's, and its answers the person named most before them, not the writer", "Interview: why I keep going\n\nBy Ellen Warde\n\nCampaigner Joanna Pikeley has spent ten years fighting for compensation.\n\nQ: Why do you keep going?\n\nA: Because nobody else will.\n\nQ: What would you say to the minister?\n\nA: Meet the families.",
			[]want{{kind: Indirect, content: "Why do you keep going", cue: ":", speaker: "Q", name: "Ellen Warde", parts: 1},
				{kind: Indirect, content: "Because nobody else will", cue: ":", speaker: "A", name: "Joanna Pikeley", parts: 1},
				{kind: Indirect, content: "What would you say to the minister", cue: ":", speaker: "Q", name: "Ellen Warde", parts: 1},
				{kind: Indirect, content: "Meet the families", cue: ":", speaker: "A", name: "Joanna Pikeley", parts: 1}}},
		{"a claim of thousands of pounds is money claimed, no report", "Expenses\n\nThe housing minister, Clive Barrowman, has resigned after it emerged he had claimed thousands of pounds in expenses for a flat he rented to his brother. Labour said it was overdue.",
			[]want{{kind: Indirect, content: "it was overdue", cue: "said", speaker: "Labour", parts: 1}}},
		{"a participle's speaker is the phrase before \"of\" that a relative clause's phrase ends", "Care home\n\nFamilies of residents who died at a care home during an outbreak of flu have called for a public inquiry, saying their warnings were ignored.",
			[]want{{kind: Indirect, content: "a public inquiry", cue: "called for", speaker: "Families of residents who died at a care home during an outbreak of flu", name: "Families of residents", parts: 1},
				{kind: Indirect, content: "their warnings were ignored", cue: "saying", speaker: "who", name: "Families of residents", parts: 1}}},
		{"\"it\" means no body or place named more than two paragraphs before it", "Election night\n\nThe leader of the Progress Party, Martin Haldane, has arrived at his count in Southgate.\n\nOur political editor, Sian Whitlow, says the night will be long.\n\n\"We are looking at a big swing,\" she writes.\n\nThe exit poll is out. It suggests the Alliance will win 312 seats.",
			[]want{{kind: Indirect, content: "the night will be long", cue: "says", speaker: "Our political editor, Sian Whitlow", name: "Sian Whitlow", parts: 1},
				{kind: Direct, content: "We are looking at a big swing", cue: "writes", speaker: "she", name: "Sian Whitlow", parts: 1},
				{kind: Indirect, content: "the Alliance will win 312 seats", cue: "suggests", speaker: "It", name: "It", parts: 1}}},
		{"the speaker is the phrase of a plural of prime ministers and two countries, not the second country", "Summit\n\nThe prime ministers of Norland and Estavia pledged on Thursday to deepen trade ties.",
			[]want{{kind: Indirect, content: "to deepen trade ties", cue: "pledged", speaker: "The prime ministers of Norland and Estavia", name: "The prime ministers of Norland and Estavia", parts: 1}}},
		{"\"it\" after a report whose phrase names its author is the report's, not a body named before", "Maternity\n\nThe chief executive of Eastbrook Hospitals NHS Trust has resigned.\n\nThe report, by an independent panel led by midwife Donna Reeves, found that at least 12 babies might have survived. It said staff had raised concerns.",
			[]want{{kind: Indirect, content: "at least 12 babies might have survived", cue: "found", speaker: "The report, by an independent panel led by midwife Donna Reeves", name: "Donna Reeves", parts: 1},
				{kind: Indirect, content: "staff had raised concerns", cue: "said", speaker: "It", name: "Donna Reeves", parts: 1}}},
		{"a headline's quotation before a colon and a kin noun is the person the lede names next, not the most quoted", "'My son was failed': mother's anger at inquest\n\nThe mother of a teenager who took his own life said her son had been \"let down at every turn\" by mental health services.\n\nSpeaking after the inquest, Claire Dunmore said: 'Jacob asked for help. And they sent him home.'\n\nCoroner Linda Hartley recorded a conclusion of suicide. She said there had been \"missed opportunities\" to help Jacob. She added that lessons must be learned.",
			[]want{{kind: Direct, content: "My son was failed", speaker: "mother", name: "Claire Dunmore", parts: 1},
				{kind: Mixed, content: "her son had been \"let down at every turn\" by mental health services", cue: "said", speaker: "The mother of a teenager who took his own life", name: "The mother of a teenager", fragment: "let down at every turn", parts: 1},
				{kind: Direct, content: "Jacob asked for help. And they sent him home.", cue: "said", speaker: "Claire Dunmore", name: "Claire Dunmore", parts: 1},
				{kind: Mixed, content: "there had been \"missed opportunities\" to help Jacob", cue: "said", speaker: "She", name: "Linda Hartley", fragment: "missed opportunities", parts: 1},
				{kind: Indirect, content: "lessons must be learned", cue: "added", speaker: "She", name: "Linda Hartley", parts: 1}}},
		{"a headline's kin noun does not take the person whose kin the lede names", "'Bring him home': mother's plea\n\nThe mother of Jacob Hale, 17, who went missing a week ago, has begged him to come home.\n\nJacob was last seen on Friday.",
			[]want{{kind: Term, content: "Bring him home", parts: 1}}},
		{"a trailing cue's adjunct of time with \"last\" ends at its comma", "Rates\n\nInflation rose to 3.6% in June, the Office for National Statistics said last week, the highest in more than a year.",
			[]want{{kind: Indirect, content: "Inflation rose to 3.6% in June", cue: "said", speaker: "the Office for National Statistics", name: "Office for National Statistics", parts: 1}}},
		{"documents seen by a paper are the source, not the paper; a survey conducted by someone is theirs", "Stadium\n\nEmails seen by the Rivermouth Post show that council officials warned the mayor. A survey conducted by analyst Ann Lee-Hart found that most residents opposed the plan.",
			[]want{{kind: Indirect, content: "council officials warned the mayor", cue: "show", speaker: "Emails seen by the Rivermouth Post", name: "Emails", parts: 1},
				{kind: Indirect, content: "most residents opposed the plan", cue: "found", speaker: "A survey conducted by analyst Ann Lee-Hart", name: "Ann Lee-Hart", parts: 1}}},
		{"\"the charity\" is the body named before with no other body's noun and no company's word", "Kitten\n\nStaff at the RSPCA named the kitten Diesel. Kelby Foods Ltd paid the vet's bill.\n\nThe charity said Diesel would be put up for adoption.",
			[]want{{kind: Indirect, content: "Diesel would be put up for adoption", cue: "said", speaker: "The charity", name: "RSPCA", parts: 1}}},
		{"\"told\" after words in marks does not make its object their speaker", "Oil firm chief 'reportedly' told staff to delete messages\n\nThe chief executive of Petrona, Lars Egeland, reportedly told senior staff to delete messages about a pipeline leak.",
			[]want{{kind: Term, content: "reportedly", parts: 1},
				{kind: Indirect, content: "senior staff to delete messages about a pipeline leak", cue: "told", speaker: "The chief executive of Petrona, Lars Egeland", name: "Lars Egeland", parts: 1}}},
		{"\"In\", a possessor's view and a comma report the clause after it", "Leak\n\nA former manager, Tom Hale, says he was sacked. In his view, the leak was covered up from day one.\n\nIn Ann Lee's opinion, the plan will fail.",
			[]want{{kind: Indirect, content: "he was sacked", cue: "says", speaker: "A former manager, Tom Hale", name: "Tom Hale", parts: 1},
				{kind: Indirect, content: "the leak was covered up from day one", cue: "view", speaker: "his", name: "Tom Hale", parts: 1},
				{kind: Indirect, content: "the plan will fail", cue: "opinion", speaker: "Ann Lee", name: "Ann Lee", parts: 1}}},
		{"a past participle and a role before a name after the cue are the speaker's phrase, however the role is tagged", "Airport\n\n\"We already can't sleep with the windows open in summer,\" said retired teacher Bernard Quill, 71.",
			[]want{{kind: Direct, content: "We already can't sleep with the windows open in summer", cue: "said", speaker: "retired teacher Bernard Quill", name: "Bernard Quill", parts: 1}}},
		{"a participle after documents someone found says what they say, not the finder; after a letter someone sent, the sender's", "Lobbying\n\nJoan Whitcombe produced emails suggesting Varney had met the firm's directors.\n\nJoan Whitcombe sent a letter saying Varney had met the firm's directors.",
			[]want{{kind: Indirect, content: "Varney had met the firm's directors", cue: "suggesting", speaker: "emails", name: "emails", parts: 1},
				{kind: Indirect, content: "Varney had met the firm's directors", cue: "saying", speaker: "Joan Whitcombe", name: "Joan Whitcombe", parts: 1}}},
		{"a subject pronoun after a sentence opening with an unnamed person of the article's (A rebel commander) means that person, not one named before", "Talks\n\nGovernment spokesman Adel Farouk said the army would respond.\n\nA rebel commander, reached by phone, denied that. \"We came in good faith,\" he said.",
			[]want{{kind: Indirect, content: "the army would respond", cue: "said", speaker: "Government spokesman Adel Farouk", name: "Adel Farouk", parts: 1},
				{kind: Direct, content: "We came in good faith", cue: "said", speaker: "he", name: "A rebel commander", parts: 1}}},
		{"a headline's past of praise or naming before \"a\" is a passive with no \"be\", no report", "Shop owner who fought off robbers hailed a hero\n\nA shopkeeper who chased off two robbers has been praised. Police said a man had been arrested.",
			[]want{{kind: Indirect, content: "a man had been arrested", cue: "said", speaker: "Police", parts: 1}}},
		{"a call for help alone is a cry, no report; a call for assistance for someone is", "Rescue\n\nMs Dobbs made it down and called for help. The union called for assistance for the workers.",
			[]want{{kind: Indirect, content: "assistance for the workers", cue: "called for", speaker: "The union", parts: 1}}},
		{"a body's role after \"its\" in the lede is the first person the body names after it, a professor too", "University to cut 400 jobs\n\nKelby University is to cut about 400 jobs as it tries to close a funding gap, its vice-chancellor has announced.\n\nIn an email to staff on Thursday, Professor Anne Holloway said the university faced a crisis.",
			[]want{{kind: Indirect, content: "Kelby University is to cut about 400 jobs as it tries to close a funding gap", cue: "announced", speaker: "its vice-chancellor", name: "Anne Holloway", parts: 1},
				{kind: Indirect, content: "the university faced a crisis", cue: "said", speaker: "Professor Anne Holloway", name: "Anne Holloway", parts: 1}}},
		{"\"the grocer\" is a company's noun: the company named before", "Stores\n\nSupermarket chain Fernway is to close 20 of its stores, the company has said.\n\nThe grocer said the stores were no longer profitable.",
			[]want{{kind: Indirect, content: "Supermarket chain Fernway is to close 20 of its stores", cue: "said", speaker: "the company", name: "Fernway", parts: 1},
				{kind: Indirect, content: "the stores were no longer profitable", cue: "said", speaker: "The grocer", name: "Fernway", parts: 1}}},
		{"a person's own possessive in her sentence adds nothing to the name's weight there: \"she\" is the latest subject, not the one before whose sentence says \"her\" too", "Jailed\n\nProsecutor Ian Dorne said Pettigrew had lied to fellow trustees.\n\nDefending, Samira Qureshi said her client was ashamed.\n\nSentencing him, Judge Margaret Elwes told Pettigrew he had betrayed the trust of the people. \"You took money meant for children,\" she said.",
			[]want{{kind: Indirect, content: "Pettigrew had lied to fellow trustees", cue: "said", speaker: "Prosecutor Ian Dorne", name: "Ian Dorne", parts: 1},
				{kind: Indirect, content: "her client was ashamed", cue: "said", speaker: "Samira Qureshi", name: "Samira Qureshi", parts: 1},
				{kind: Indirect, content: "he had betrayed the trust of the people", cue: "told", speaker: "Judge Margaret Elwes", name: "Margaret Elwes", parts: 1},
				{kind: Direct, content: "You took money meant for children", cue: "said", speaker: "she", name: "Margaret Elwes", parts: 1}}},
		{"a word in -s the tagger read as a plural after \"it\" and an adverb is the reported clause's verb", "Breakfast\n\nThe Department for Education says it already funds clubs in 2,700 schools.",
			[]want{{kind: Indirect, content: "it already funds clubs in 2,700 schools", cue: "says", speaker: "The Department for Education", name: "Department for Education", parts: 1}}},
		{"\"it\" opening a cue's sentence right after one whose subject opens with a document's noun is that document, not the body its aside names", "Breakfast\n\nThe research, led by Dr Naomi Whitlock at the University of Carrow, surveyed 6,400 pupils. It found that girls were more likely than boys to miss the meal.",
			[]want{{kind: Indirect, content: "girls were more likely than boys to miss the meal", cue: "found", speaker: "It", name: "The research", parts: 1}}},
		{"a transcript's first turns, labelled with a title in capitals before the name, are the named person's, and so are the turns labelled by surname", "Hearing\n\nSENATOR MARGARET ELLIS: Mr. Crane, how many were reported last year?\n\nADMINISTRATOR TOM CRANE: We recorded 2,114 reports. Not all were confirmed.\n\nELLIS: And how many were fined?\n\nCRANE: Fewer than a hundred.",
			[]want{{kind: Indirect, content: "Mr. Crane, how many were reported last year", cue: ":", speaker: "SENATOR MARGARET ELLIS", name: "MARGARET ELLIS", parts: 1},
				{kind: Indirect, content: "We recorded 2,114 reports. Not all were confirmed", cue: ":", speaker: "ADMINISTRATOR TOM CRANE", name: "TOM CRANE", parts: 1},
				{kind: Indirect, content: "And how many were fined", cue: ":", speaker: "ELLIS", name: "MARGARET ELLIS", parts: 1},
				{kind: Indirect, content: "Fewer than a hundred", cue: ":", speaker: "CRANE", name: "TOM CRANE", parts: 1}}},
		{"a headline's speaker, a role alone, is the body's speaker set off after that role, hyphened on (editor-in-chief, read as an adjective)", "'We will not be silenced,' says editor after raid\n\nThe paper's editor-in-chief, Milena Kostic, told the Wire that officers had arrived without a warrant.",
			[]want{{kind: Direct, content: "We will not be silenced", cue: "says", speaker: "editor", name: "Milena Kostic", parts: 1},
				{kind: Indirect, content: "officers had arrived without a warrant", cue: "told", speaker: "The paper's editor-in-chief, Milena Kostic", name: "Milena Kostic", parts: 1}}},
		{"a headline's body noun is no body named only inside someone's quoted words", "Charity warns of rise in child poverty\n\nThe number of children in poverty has risen, a charity has warned.\n\nA government spokesperson said: \"We are investing in the Household Support Fund.\"",
			[]want{{kind: Indirect, content: "rise in child poverty", cue: "warns of", speaker: "Charity", name: "Charity", parts: 1},
				{kind: Indirect, content: "The number of children in poverty has risen", cue: "warned", speaker: "a charity", name: "a charity", parts: 1},
				{kind: Direct, content: "We are investing in the Household Support Fund.", cue: "said", speaker: "A government spokesperson", name: "A government spokesperson", parts: 1}}},
		{"\"the\", an age and a people's word is the person the article is about", "Tennis star withdraws\n\nElena Marchetti has pulled out of the Cordoba Open with a wrist injury.\n\nThe 23-year-old Italian, who reached the final last year, said on social media that she was heartbroken to miss the event.",
			[]want{{kind: Indirect, content: "she was heartbroken to miss the event", cue: "said", speaker: "The 23-year-old Italian", name: "Elena Marchetti", parts: 1}}},
		{"\"she\" right after a sentence whose speaker is \"the\", an adjective and a noun of someone, unnamed, is that person, not the woman named before", "Paramedics\n\nProsecutor Amelia Grant said Stokes became aggressive.\n\nIn a statement read to the court, the injured paramedic said she had considered leaving the job. \"I joined the ambulance service to help people,\" she said.",
			[]want{{kind: Indirect, content: "Stokes became aggressive", cue: "said", speaker: "Prosecutor Amelia Grant", name: "Amelia Grant", parts: 1},
				{kind: Indirect, content: "she had considered leaving the job", cue: "said", speaker: "the injured paramedic", name: "the injured paramedic", parts: 1},
				{kind: Direct, content: "I joined the ambulance service to help people", cue: "said", speaker: "she", name: "the injured paramedic", parts: 1}}},
		{"someone new in the lede who is not its subject is not the person whose name and age open the next paragraph", "Landlord fined\n\nA landlord has been fined for renting out a flat that a council inspector described as a \"death trap\".\n\nVikram Chaudhry, 58, admitted eleven breaches at Kelby Magistrates' Court on Tuesday.",
			[]want{{kind: Mixed, content: "as a \"death trap\"", cue: "described", speaker: "a council inspector", name: "a council inspector", parts: 1}}},
		{"a spokesperson alone, right after the sentence whose subject, a body, spoke, speaks for that body; one for another body stays as written", "Beds\n\nWestmoor Hospitals NHS Trust said it had opened 24 extra beds. A spokeswoman added: \"We are very sorry.\"\n\nThe Kelby Nurses Union said staff were exhausted. A spokesman for the council said: \"We are listening.\"",
			[]want{{kind: Indirect, content: "it had opened 24 extra beds", cue: "said", speaker: "Westmoor Hospitals NHS Trust", name: "Westmoor Hospitals NHS Trust", parts: 1},
				{kind: Direct, content: "We are very sorry.", cue: "added", speaker: "A spokeswoman", name: "Westmoor Hospitals NHS Trust", parts: 1},
				{kind: Indirect, content: "staff were exhausted", cue: "said", speaker: "The Kelby Nurses Union", name: "Kelby Nurses Union", parts: 1},
				{kind: Direct, content: "We are listening.", cue: "said", speaker: "A spokesman for the council", name: "A spokesman for the council", parts: 1}}},
		{"someone who gave his name only as a given name, in an aside after the noun, is that person", "Queues\n\nOne driver, who gave his name only as Steve, said the queues were the worst he had seen.",
			[]want{{kind: Indirect, content: "the queues were the worst he had seen", cue: "said", speaker: "One driver", name: "Steve", parts: 1}}},
		{"a cue after \"and\" that joins the past perfect of a \"that\" clause's person is that person's, not the sentence subject's; after \"but\" the sentence subject's", "Mine\n\nMy wife told me that the manager had come to the house and said the men were safe.\n\nTom Hale conceded that Ann Lee had touched the box but implied it was an accident.",
			[]want{{kind: Indirect, content: "the manager had come to the house", cue: "told", speaker: "My wife", name: "My wife", parts: 1},
				{kind: Indirect, content: "the men were safe", cue: "said", speaker: "the manager", name: "the manager", parts: 1},
				{kind: Indirect, content: "Ann Lee had touched the box", cue: "conceded", speaker: "Tom Hale", name: "Tom Hale", parts: 1},
				{kind: Indirect, content: "it was an accident", cue: "implied", speaker: "Tom Hale", name: "Tom Hale", parts: 1}}},
		{"a weak cue and a comma", "Ann Lee previously reported, the fund refused to name its donors.",
			[]want{{kind: Indirect, content: "the fund refused to name its donors", cue: "reported", speaker: "Ann Lee", parts: 1}}},
		{"a report by its object", "The report noted the drop in sales over the year.",
			[]want{{kind: Indirect, content: "the drop in sales over the year", cue: "noted", speaker: "The report", parts: 1}}},
		{"a source close to a body, people familiar with a matter", "Talks\n\nA source close to the board said no decision had been taken. People with knowledge of the matter said the deal was off.",
			[]want{
				{kind: Indirect, content: "no decision had been taken", cue: "said", speaker: "A source close to the board", parts: 1},
				{kind: Indirect, content: "the deal was off", cue: "said", speaker: "People with knowledge of the matter", parts: 1}}},
		{"a participle's phrase inside the speaker's, a name set off at its end", "Talks\n\nA lawyer representing the family said the police had lied. The head of the group backing Tom Hale for mayor, Ann Lee, said the vote was close.",
			[]want{
				{kind: Indirect, content: "the police had lied", cue: "said", speaker: "A lawyer representing the family", name: "A lawyer representing the family", parts: 1},
				{kind: Indirect, content: "the vote was close", cue: "said", speaker: "The head of the group backing Tom Hale for mayor, Ann Lee", name: "Ann Lee", parts: 1}}},
		{"a phrase after on inside the speaker's, an adverb set off before that", "Talks\n\nParents of children on the trial described mixed results. Ann Lee cautioned, however, that the study was small.",
			[]want{
				{kind: Indirect, content: "mixed results", cue: "described", speaker: "Parents of children on the trial", parts: 1},
				{kind: Indirect, content: "the study was small", cue: "cautioned", speaker: "Ann Lee", parts: 1}}},
		{"a trailing cue's adjunct with a possessive after in or on", "Talks\n\nThe quake hit near the town, the agency said in a statement on its website. The state was only doing its job, he told the court in his filing.",
			[]want{
				{kind: Indirect, content: "The quake hit near the town", cue: "said", speaker: "the agency", parts: 1},
				{kind: Indirect, content: "The state was only doing its job", cue: "told", speaker: "he", parts: 1}}},
		{"a report with no speaker inside quoted words is none", "Talks\n\nAnn Lee called the ruling \"a win for every rider who has been told they have no rights\".",
			[]want{{kind: Mixed, content: "the ruling \"a win for every rider who has been told they have no rights\"", cue: "called", speaker: "Ann Lee", parts: 1, fragment: "a win for every rider who has been told they have no rights"}}},
		{"a verb that is a cue before out reports its object; not in the passive", "Talks\n\nTom Hale laid out his plan for the city. The plan was laid out on the table.",
			[]want{{kind: Indirect, content: "his plan for the city", cue: "laid out", speaker: "Tom Hale", parts: 1}}},
		{"a retort: a verb before back", "Talks\n\nAnn Lee shot back that the firm had been fined. Tom Hale hit back, saying the claims were false. The ball was hit back to him.",
			[]want{
				{kind: Indirect, content: "the firm had been fined", cue: "shot back", speaker: "Ann Lee", parts: 1},
				{kind: Indirect, content: "the claims were false", cue: "saying", speaker: "Tom Hale", parts: 1}}},
		{"a count and its of inside the speaker's phrase", "Talks\n\nA union representing some of the pilots said it would ballot them. A lawyer for two of the victims said they would sue.",
			[]want{
				{kind: Indirect, content: "it would ballot them", cue: "said", speaker: "A union representing some of the pilots", parts: 1},
				{kind: Indirect, content: "they would sue", cue: "said", speaker: "A lawyer for two of the victims", parts: 1}}},
		{"a trailing cue's adjunct, then an aside after a comma", "Talks\n\nThe defences will not be ready until 2030, the minister admitted on Monday, three years later than planned.",
			[]want{{kind: Indirect, content: "The defences will not be ready until 2030", cue: "admitted", speaker: "the minister", parts: 1}}},
		{"a cue and its speaker set off inside the main clause report nothing before them", "Talks\n\nPart of the problem in finding leaks, say experts like Paul Baumer, a Canadian geologist, is the ground itself.",
			nil},
		{"a party and state before a relative aside", "Talks\n\nSen. Maria Lopez, R-Texas, who voted against the bill, said she would offer amendments.",
			[]want{{kind: Indirect, content: "she would offer amendments", cue: "said", speaker: "Sen. Maria Lopez", name: "Maria Lopez", parts: 1}}},
		{"a trailing cue's hearer, then its adjunct", "Talks\n\nProfits will rise, Ann Lee told investors in a call on Tuesday.",
			[]want{{kind: Indirect, content: "Profits will rise", cue: "told", speaker: "Ann Lee", parts: 1}}},
		{"according to a person with knowledge of a matter, to people close to it", "Talks\n\nProfits would rise, according to a person with direct knowledge of the plans. Prices would fall, according to people close to the talks.",
			[]want{
				{kind: Indirect, content: "Profits would rise", cue: "according to", speaker: "a person with direct knowledge of the plans", parts: 1},
				{kind: Indirect, content: "Prices would fall", cue: "according to", speaker: "people close to the talks", parts: 1}}},
		{"according to an object pronoun", "Talks\n\nTom Hale left the network in May. According to him, the network cut his first report.",
			[]want{{kind: Indirect, content: "the network cut his first report", cue: "According to", speaker: "him", name: "Tom Hale", parts: 1}}},
		{"according to a source a participle's phrase goes on", "Talks\n\nAccording to early results of exit polls conducted for the Ledger by Edison Research, most voters want a new bridge.",
			[]want{{kind: Indirect, content: "most voters want a new bridge", cue: "According to", speaker: "early results of exit polls conducted for the Ledger by Edison Research", name: "early results of exit polls", parts: 1}}},
		{"according to a source, no report of a cue after it", "Talks\n\nAccording to the Ledger, most voters want a new bridge.",
			[]want{{kind: Indirect, content: "most voters want a new bridge", cue: "According to", speaker: "the Ledger", parts: 1}}},
		{"according to a site", "The couple lived in Leeds and ran a shop, according to leedsnews.co.uk.",
			[]want{{kind: Indirect, content: "The couple lived in Leeds and ran a shop", cue: "according to", speaker: "leedsnews.co.uk", parts: 1}}},
		{"according to the most recent data", "In 2014, Leeds had 115 thefts, according to the most recent data from the police.",
			[]want{{kind: Indirect, content: "In 2014, Leeds had 115 thefts", cue: "according to", speaker: "the most recent data from the police", parts: 1}}},
		{"a percentage says", "On taxes, 42% say they are liberal.",
			[]want{{kind: Indirect, content: "they are liberal", cue: "say", speaker: "42%", parts: 1}}},
		{"a share of those surveyed", "Thirty-one percent of those surveyed say they would be happy with the result.",
			[]want{{kind: Indirect, content: "they would be happy with the result", cue: "say", speaker: "Thirty-one percent of those", parts: 1}}},
		{"a phrase between asked and the question", "Asked in Leeds recently whether she would back the plan, Ann Lee smiled.",
			[]want{{kind: Indirect, content: "whether she would back the plan", cue: "Asked", speaker: "", parts: 1}}},
		{"explained to a hearer why", "Ann Lee explained to the council why the bridge was closed.",
			[]want{{kind: Indirect, content: "why the bridge was closed", cue: "explained", speaker: "Ann Lee", parts: 1}}},
		{"what a text reads", "“We will keep the bridge open,” read the council's email.",
			[]want{{kind: Direct, content: "We will keep the bridge open", cue: "read", speaker: "the council's email", parts: 1}}},
		{"as X puts it", "As the Ledger's Ann Lee puts it, “The rules are broken.”",
			[]want{{kind: Direct, content: "The rules are broken.", cue: "puts it", speaker: "the Ledger's Ann Lee", parts: 1}}},
		{"a participle inside the speaker's phrase", "“We back Tom Hale,” said the revised slate card.",
			[]want{{kind: Direct, content: "We back Tom Hale", cue: "said", speaker: "the revised slate card", parts: 1}}},
		{"signed on a line of its own", "The debate went on.\n\n\"People are worried about their jobs.\"\n\n- Ana Ruiz.\n\nThe senator spoke.",
			[]want{{kind: Direct, content: "People are worried about their jobs.", cue: "-", speaker: "Ana Ruiz", parts: 1}}},
		{"a plain verb the tagger took for a noun", "Politicos call this the “expectations game” in every race.",
			[]want{{kind: Mixed, content: "this the “expectations game”", cue: "call", speaker: "Politicos", fragment: "expectations game", parts: 1}}},
		{"an adjective after a determiner as the subject", "The official described the email controversy as \"a lesser set of circumstances.\"",
			[]want{{kind: Mixed, cue: "described", speaker: "The official", fragment: "a lesser set of circumstances.", parts: 1}}},
		{"naming with no marks", "Ann Lee called him a political opportunist. Tom Hale described the dinner as the city celebrating itself.",
			[]want{
				{kind: Indirect, content: "him a political opportunist", cue: "called", speaker: "Ann Lee", parts: 1},
				{kind: Indirect, content: "the dinner as the city celebrating itself", cue: "described", speaker: "Tom Hale", parts: 1}}},
		{"a call that names nothing", "Ann Lee called him on Monday about the bridge.", nil},
		{"a conjunction inside quoted words does not end the report", "Ann Lee said that Tom Hale's fans had sent her “vile emails and threatening letters.”",
			[]want{{kind: Mixed, content: "Tom Hale's fans had sent her “vile emails and threatening letters.”", cue: "said", speaker: "Ann Lee", parts: 1}}},
		{"the object of a cue with a subject is no inverted speaker", "Meanwhile, Sen. Ann Lee (D-Leeds), a candidate who has made the bridge her cause, tweeted a warning.", nil},
		{"a participle opening the text before quoted words", "Stunned voters were “not amused,” Ann Lee said.",
			[]want{{kind: Mixed, cue: "said", speaker: "Ann Lee", fragment: "not amused", parts: 1}}},
		{"quotations with no cue one after the other", "The crowd grew restless.\n\n“We have to act now.”\n“We are not fighting hard enough.”\n\nThe rally ended at noon.",
			[]want{{kind: Direct, content: "We have to act now.”\n“We are not fighting hard enough.", parts: 2}}},
		{"a quoted paragraph with no cue before one with a cue", "Ann Lee is upbeat about the vote.\n\n“Not only can Tom Hale win, he is the favourite.”\n\n“He unites the party,” Ann Lee notes.",
			[]want{{kind: Direct, cue: "notes", speaker: "Ann Lee", parts: 2}}},
		{"a verb before the marks in a clause saying when is no cue", "Ann Lee said it is unrealistic to think that if Britain pulls back, “our oceans are going to save us.”",
			[]want{{kind: Mixed, cue: "said", speaker: "Ann Lee", fragment: "our oceans are going to save us.", parts: 1}}},
		{"quoted words ending the next sentence go on the quotation before", "“It is a big day,” said Ana Ruiz, a strategist. Now, “it is hard to see how he is stopped.”",
			[]want{{kind: Direct, cue: "said", speaker: "Ana Ruiz", parts: 2}}},
		{"one cue, one report: the longer reading", "Ann Lee called the protesters “illegals” and “thugs” without proof.",
			[]want{{kind: Mixed, content: "the protesters “illegals” and “thugs” without proof", cue: "called", speaker: "Ann Lee", fragments: 2, parts: 1}}},
		{"quoted words after a conjunction go on the report before", "Tom Hale joked about his taxes, calling them “very boring tax returns” because “I remain one of the poor members of the Senate.”",
			[]want{{kind: Mixed, content: "them “very boring tax returns” because “I remain one of the poor members of the Senate.”", cue: "calling", speaker: "Tom Hale", fragments: 2, parts: 1}}},
		{"naming an object with quoted words of four", "Ann Lee called the agreement “an historic step forward” in the talks.",
			[]want{{kind: Mixed, content: "the agreement “an historic step forward”", cue: "called", speaker: "Ann Lee", fragment: "an historic step forward", parts: 1}}},
		{"a name its namer gave", "Talks resume\n\nThe deal is what Ann Gilbert called “a perception problem.” A plan called “Moving On” failed.",
			[]want{{kind: Direct, content: "a perception problem.", cue: "called", speaker: "Ann Gilbert", parts: 1}, {kind: Term, content: "Moving On"}}},
		{"portraying someone as quoted words", "Ann Lee portrayed Tom Hale as “a fighter” at the rally.",
			[]want{{kind: Mixed, content: "Tom Hale as “a fighter”", cue: "portrayed", speaker: "Ann Lee", fragment: "a fighter", parts: 1}}},
		{"a cue after a run of exclamation marks", "Talks resume\n\n\"Pat is the greatest!!!\" Dan Moe wrote in an email. \"Thanks for the great work.\"",
			[]want{{kind: Direct, cue: "wrote", speaker: "Dan Moe", parts: 2}}},
		{"the paragraph a quotation of two paragraphs ends in", "Talks resume\n\nAnn Lee said the plan is “really an amorphous position to have.\n\n“What we do here is, we legislate,” Lee said. “We don’t debate notions.”",
			[]want{{kind: Direct, cue: "said", speaker: "Lee", name: "Ann Lee", parts: 3}}},
		{"a paragraph quoted after a report ending in quoted words", "Talks resume\n\nAnn Lee now said Tom Hale had “the chance to bring us together.”\n\n“I think he can do that.”",
			[]want{{kind: Mixed, content: "Tom Hale had “the chance to bring us together.”\n\n“I think he can do that.", cue: "said", speaker: "Ann Lee", fragments: 2, parts: 2}}},
		{"a name that is also a noun of time", "Ryan news\n\nNora Day runs the group.\n\nDay said the platform is shrinking the party.",
			[]want{{kind: Indirect, content: "the platform is shrinking the party", cue: "said", speaker: "Day", name: "Nora Day", parts: 1}}},
		{"a report in an opening subordinate clause ends with it", "Talks\n\nWhile Ann Lee says she will not vote for Tom Hale and dislikes his tone, she likes his plan.",
			[]want{{kind: Indirect, content: "she will not vote for Tom Hale and dislikes his tone", cue: "says", speaker: "Ann Lee", parts: 1}}},
		{"a name modifying a common noun does not speak", "Talks\n\nHarriet Carrow won the vote.\n\nCarrow advisers say any effort to push him out could backfire.",
			[]want{{kind: Indirect, content: "any effort to push him out could backfire", cue: "say", speaker: "Carrow advisers", name: "Carrow advisers", parts: 1}}},
		{"reported with an object or a gerund", "Talks\n\nThe company reported earnings of $8.42 a share. Two groups reported spending $6 million on ads.",
			[]want{{kind: Indirect, content: "earnings of $8.42 a share", cue: "reported", speaker: "The company", parts: 1},
				{kind: Indirect, content: "spending $6 million on ads", cue: "reported", speaker: "Two groups", parts: 1}}},
		{"who is asked to act is part of what is asked", "Talks\n\nAnn Lee asked Tom Hale to republish the book this year.",
			[]want{{kind: Indirect, content: "Tom Hale to republish the book this year", cue: "asked", speaker: "Ann Lee", parts: 1}}},
		{"a plain belief verb with a bare clause", "Talks\n\nSome Democratic officials think Ann Lee is at risk of losing her seat.",
			[]want{{kind: Indirect, content: "Ann Lee is at risk of losing her seat", cue: "think", speaker: "Some Democratic officials", parts: 1}}},
		{"declined to comment, by a spokesman for someone", "Talks\n\nA spokesman for Mr. Carrow declined to comment.",
			[]want{{kind: Indirect, content: "to comment", cue: "declined", speaker: "A spokesman for Mr. Carrow", name: "A spokesman for Mr. Carrow", parts: 1}}},
		{"the phrase before two joined objects speaks", "Talks\n\nAnalysts at Goldman Sachs and the Brookings Institution warned that a shutdown would cost the economy about $6 billion a week.",
			[]want{{kind: Indirect, content: "a shutdown would cost the economy about $6 billion a week", cue: "warned",
				speaker: "Analysts at Goldman Sachs and the Brookings Institution", name: "Analysts at Goldman Sachs and the Brookings Institution", parts: 1}}},
		{"two speakers, the first after a title with of", "Talks\n\nFormer Secretary of State Ann Lee and Gov. Tom Hale said the bridge would close.",
			[]want{{kind: Indirect, content: "the bridge would close", cue: "said", speaker: "Gov. Tom Hale", name: "Tom Hale", parts: 1}}},
		{"a naming cue in the perfect", "Talks\n\nAnn Lee has long described the dinner as the city celebrating itself. He was described as calm.",
			[]want{{kind: Indirect, content: "the dinner as the city celebrating itself", cue: "described", speaker: "Ann Lee", parts: 1}}},
		{"described with an object and no as", "Talks\n\nAnn Lee described their economic struggles, and left.",
			[]want{{kind: Indirect, content: "their economic struggles", cue: "described", speaker: "Ann Lee", parts: 1}}},
		{"a poll shows someone doing something", "Talks\n\nA new poll shows Ann Lee leading Tom Hale in Ohio.",
			[]want{{kind: Indirect, content: "Ann Lee leading Tom Hale in Ohio", cue: "shows", speaker: "A new poll", parts: 1}}},
		{"a wish with a to-clause", "Talks\n\nAnn Lee wants to build a bridge over the river.",
			[]want{{kind: Indirect, content: "to build a bridge over the river", cue: "wants", speaker: "Ann Lee", parts: 1}}},
		{"made it clear that", "Talks\n\nAnn Lee made it clear to the council on Wednesday that she has their backs.",
			[]want{{kind: Indirect, content: "she has their backs", cue: "made it clear", speaker: "Ann Lee", parts: 1}}},
		{"a plan with a to-clause", "Talks\n\nAnn Lee intends to run for mayor next year.",
			[]want{{kind: Indirect, content: "to run for mayor next year", cue: "intends", speaker: "Ann Lee", parts: 1}}},
		{"an expectation with no one named for it", "Talks\n\nAnn Lee is also expected to speak at the gala.",
			[]want{{kind: Indirect, content: "to speak at the gala", cue: "is also expected", parts: 1}}},
		{"seeing someone as something", "Talks\n\nMany voters see Ann Lee as the stronger candidate. They saw the film twice.",
			[]want{{kind: Indirect, content: "Ann Lee as the stronger candidate", cue: "see", speaker: "Many voters", parts: 1}}},
		{"speaking reports nothing but a that-clause, quoted words or a topic", "Talks\n\nAnn Lee was among several speakers who spoke before Tom Hale addressed a rally in Leeds. Tom Hale spoke Hebrew, quoted the Talmud and left.", nil},
		{"a source followed by a time", "Talks\n\nAnn Lee leads the race, according to a Ledger poll last week - the same as in May.",
			[]want{{kind: Indirect, content: "Ann Lee leads the race", cue: "according to", speaker: "a Ledger poll", parts: 1}}},
		{"referring to what the words were about", "Talks\n\nTom Hale said things “should be wrapped up by June,” referring to the party’s convention.",
			[]want{{kind: Mixed, cue: "said", speaker: "Tom Hale", fragment: "should be wrapped up by June", parts: 1},
				{kind: Indirect, content: "the party’s convention", cue: "referring to", speaker: "Tom Hale", parts: 1}}},
		{"responding to something", "Talks\n\nThe company did not respond to a request for comment.",
			[]want{{kind: Indirect, content: "a request for comment", cue: "respond to", speaker: "The company", parts: 1}}},
		{"an adverb between a cue and its preposition", "Talks\n\nAnn Lee talked openly about her plans for the bridge.",
			[]want{{kind: Indirect, content: "her plans for the bridge", cue: "talked openly about", speaker: "Ann Lee", parts: 1}}},
		{"mentioning, discussing and seeking", "Talks\n\nAnn Lee mentioned the bridge. Tom Hale sought to delay the vote. Ray Moe discussed the budget.",
			[]want{{kind: Indirect, content: "the bridge", cue: "mentioned", speaker: "Ann Lee", parts: 1},
				{kind: Indirect, content: "to delay the vote", cue: "sought", speaker: "Tom Hale", parts: 1},
				{kind: Indirect, content: "the budget", cue: "discussed", speaker: "Ray Moe", parts: 1}}},
		{"an act reported by its object, in the perfect", "Talks\n\nAnn Lee has criticized Tom Hale for his votes.",
			[]want{{kind: Indirect, content: "Tom Hale for his votes", cue: "criticized", speaker: "Ann Lee", parts: 1}}},
		{"citing what backs a report", "Talks\n\nAnn Lee said the economy was weak, citing low growth and rising debt.",
			[]want{{kind: Indirect, content: "the economy was weak", cue: "said", speaker: "Ann Lee", parts: 1},
				{kind: Indirect, content: "low growth and rising debt", cue: "citing", speaker: "Ann Lee", parts: 1}}},
		{"asking someone about something", "Talks\n\nThe host Ann Lee asked Tom Hale about his statements on the bridge.",
			[]want{{kind: Indirect, content: "Tom Hale about his statements on the bridge", cue: "asked", speaker: "The host Ann Lee", name: "Ann Lee", parts: 1}}},
		{"a gendered title settles a surname two people share", "Talks\n\nHarriet Carrow spoke first.\n\n“It was fine,” Bill Carrow said.\n\nMrs. Carrow has said she intends to fill half her cabinet with women.",
			[]want{{kind: Direct, content: "It was fine", cue: "said", speaker: "Bill Carrow", name: "Bill Carrow", parts: 1},
				{kind: Indirect, cue: "said", speaker: "Mrs. Carrow", name: "Harriet Carrow", parts: 1}}},
		{"a possessive pronoun stands for its speaker", "Talks\n\nTom Hale spoke on Monday. His claim that the bridge was safe surprised many.",
			[]want{{kind: Indirect, cue: "claim", speaker: "His", name: "Tom Hale", parts: 1}}},
		{"a relative pronoun after a dash stands for the name before it", "Talks\n\nOn Monday, Ann Lee—who had previously endorsed Tom Hale for mayor—spoke at the rally.",
			[]want{{kind: Indirect, cue: "endorsed", speaker: "who", name: "Ann Lee", parts: 1}}},
		{"quoted words a stance cue makes its source's", "Talks\n\nAnn Lee applauded him for standing up to the board “over and over again.”",
			[]want{{kind: Mixed, content: "him for standing up to the board “over and over again.”", cue: "applauded", speaker: "Ann Lee", fragment: "over and over again.", parts: 1}}},
		{"quoted words after a phrasal stance cue", "Talks\n\nThe coach shrugged off the loss as a mere “bad day” for the team.",
			[]want{{kind: Mixed, content: "the loss as a mere “bad day” for the team", cue: "shrugged off", speaker: "The coach", fragment: "bad day", parts: 1}}},
		{"quoted words after a comma are the cue's, not the frame before them", "Talks\n\nThe mayor Ann Lee weighed in as well, telling the Post in an interview on Monday, “But gosh, they are both qualified,” she said.",
			[]want{{kind: Direct, content: "But gosh, they are both qualified", cue: "said", speaker: "she", name: "Ann Lee", parts: 1}}},
		{"a quotation in parentheses with its cue, and nothing reported past them", "Talks\n\nA fight between those who fear the rain (“This is less a storm and more a flood,” Ann Lee wrote last week) and those who do not.",
			[]want{{kind: Direct, content: "This is less a storm and more a flood", cue: "wrote", speaker: "Ann Lee", name: "Ann Lee", parts: 1}}},
		{"a subject's predicate in marks after an aside stays its clause's", "Talks\n\nThe party, held in the park every year, “lets us get our message out,” Ann Lee said.",
			[]want{{kind: Mixed, content: "The party, held in the park every year, “lets us get our message out,”", cue: "said", speaker: "Ann Lee", fragment: "lets us get our message out", parts: 1}}},
		{"an adjunct after the cue's own quoted words is no report", "Talks\n\nAnn Lee had previously said, “We'll see,” when asked whether she would run again.",
			[]want{{kind: Direct, content: "We'll see", cue: "said", speaker: "Ann Lee", name: "Ann Lee", parts: 1},
				{kind: Indirect, content: "whether she would run again", cue: "asked", parts: 1}}},
		{"a cue in the next sentence that introduces words of its own is not the quotation's", "Talks\n\nTom Hale posted a photo on Monday. “Happy day!,” he wrote. “The best tacos are made here. I love them!” Former senator Ann Lee broke down what was wrong: “It was insensitive.”",
			[]want{{kind: Direct, content: "Happy day!,” he wrote. “The best tacos are made here. I love them!", cue: "wrote", speaker: "he", name: "Tom Hale", parts: 2},
				{kind: Direct, content: "It was insensitive.", cue: "broke", speaker: "Former senator Ann Lee", name: "Ann Lee", parts: 1}}},
		{"a cue word after a determiner and an adjective is a noun", "Talks\n\nTom Hale delivered a snappy retort: “No one is tearing this up.”",
			[]want{{kind: Direct, content: "No one is tearing this up.", cue: "delivered", speaker: "Tom Hale", name: "Tom Hale", parts: 1}}},
		{"a naming cue's object over a participle after a possessive", "Talks\n\nTom Hale then interjected, calling Rubini’s proposed child care credit “a welfare transfer payment.”",
			[]want{{kind: Mixed, content: "Rubini’s proposed child care credit “a welfare transfer payment.”", cue: "calling", speaker: "Tom Hale", name: "Tom Hale", fragment: "a welfare transfer payment.", parts: 1}}},
		{"calling someone out is no naming", "Talks\n\nAnn Lee said that the campaign expects Tom Hale to insert himself into the debate by calling out the mayor for his supposed “lies” throughout the event.",
			[]want{{kind: Mixed, content: "the campaign expects Tom Hale to insert himself into the debate by calling out the mayor for his supposed “lies” throughout the event", cue: "said", speaker: "Ann Lee", name: "Ann Lee", fragment: "lies", parts: 1}}},
		{"a phrase after but before the cue is not its subject", "Talks\n\nTom Hale left the meeting early, but in a later interview said he had an “oh, no” moment and left.",
			[]want{{kind: Mixed, content: "he had an “oh, no” moment and left", cue: "said", speaker: "Tom Hale", name: "Tom Hale", fragment: "oh, no", parts: 1}}},
		{"a report ends at and before another speaker's cue, after quoted words", "Talks\n\nAsked about the bridge, 21 percent said “not too likely” and 14 percent said “not at all likely.”",
			[]want{{kind: Indirect, content: "the bridge", cue: "Asked", parts: 1},
				{kind: Direct, content: "not too likely", cue: "said", speaker: "21 percent", parts: 1},
				{kind: Direct, content: "not at all likely.", cue: "said", speaker: "14 percent", parts: 1}}},
		{"a report ends before a later participle cue", "Talks\n\nTom Hale said the court's deadlock has “kept us safe” before claiming that open borders are “tearing families apart.”",
			[]want{{kind: Mixed, content: "the court's deadlock has “kept us safe”", cue: "said", speaker: "Tom Hale", fragment: "kept us safe", parts: 1},
				{kind: Mixed, content: "open borders are “tearing families apart.”", cue: "claiming", speaker: "Tom Hale", fragment: "tearing families apart.", parts: 1}}},
		{"a report ends before a trailing report's speaker, after a past tense read as a participle", "Talks\n\nThe striker told an independent panel he \"deeply regretted\" his behaviour, the league said on Thursday.",
			[]want{{kind: Mixed, content: `The striker told an independent panel he "deeply regretted" his behaviour`, cue: "said", speaker: "the league", fragment: "deeply regretted", parts: 1},
				{kind: Indirect, content: `he "deeply regretted" his behaviour`, cue: "told", speaker: "The striker", parts: 1}}},
		{"it after a body's description is that body", "Talks\n\nMarco Ruiz, who joined from Benfica, was banned.\n\nThe panel said the striker's conduct was unacceptable. It noted, however, that he had apologised.",
			[]want{{kind: Indirect, content: "the striker's conduct was unacceptable", cue: "said", speaker: "The panel", parts: 1},
				{kind: Indirect, content: "he had apologised", cue: "noted", speaker: "It", name: "The panel", parts: 1}}},
		{"a that after a clause of its own is that clause's verb's", "Talks\n\nThe commission said Veltro had failed to show that the transfers met the standards.",
			[]want{{kind: Indirect, content: "Veltro had failed to show that the transfers met the standards", cue: "said", speaker: "The commission", parts: 1}}},
		{"the phrase before a relative aside with commas inside it", "Talks\n\nVeltro, which is based in San Jose, California, said it would appeal.",
			[]want{{kind: Indirect, content: "it would appeal", cue: "said", speaker: "Veltro", parts: 1}}},
		{"a pronoun after a person named as the speaker of the sentence before is that person", "Talks\n\nMargaret Doyle, 86, was taken to hospital after a fall.\n\nHer daughter, Claire Doyle, said her mother had been “left like a parcel”. “Nobody was unkind,” she said.",
			[]want{{kind: Mixed, content: "her mother had been “left like a parcel”", cue: "said", speaker: "Her daughter, Claire Doyle", name: "Claire Doyle", fragment: "left like a parcel", parts: 1},
				{kind: Direct, content: "Nobody was unkind", cue: "said", speaker: "she", name: "Claire Doyle", parts: 1}}},
		{"a speaker inside another's report is not the one a pronoun after it means", "Talks\n\nFiona Gale said her client was broken.\n\nRachel Burrows said the authority would seek to recover every penny. “Today's sentence closes a chapter,” she said.",
			[]want{{kind: Indirect, content: "her client was broken", cue: "said", speaker: "Fiona Gale", parts: 1},
				{kind: Indirect, content: "the authority would seek to recover every penny", cue: "said", speaker: "Rachel Burrows", parts: 1},
				{kind: Indirect, content: "to recover every penny", cue: "seek", speaker: "the authority", parts: 1},
				{kind: Direct, content: "Today's sentence closes a chapter", cue: "said", speaker: "she", name: "Rachel Burrows", parts: 1}}},
		{"a live page's time stamp is no one's words", "Storm batters coast\n\n14:05 — More than 40,000 homes are without power, according to the network operator.",
			[]want{{kind: Indirect, content: "More than 40,000 homes are without power", cue: "according to", speaker: "the network operator", parts: 1}}},
		{"the person named before a description a relative aside is about", "Talks\n\nJonas Peltier, a fund manager at Arbor Capital, which holds shares in the airline, said the sell-off was overdone. Paul Potterton, a truck driver from Ava, Mo., who backs the rule, said he was paid well.",
			[]want{{kind: Indirect, content: "the sell-off was overdone", cue: "said", speaker: "Jonas Peltier", parts: 1},
				{kind: Indirect, content: "he was paid well", cue: "said", speaker: "Paul Potterton", parts: 1}}},
		{"a cue inside quotation marks reports nothing of its own", "Talks\n\nAsked why residents had not been informed, a spokesman for the firm said: \"We are reviewing our communications and will be writing to every household this week.\"",
			[]want{{kind: Indirect, content: "why residents had not been informed", cue: "Asked", parts: 1},
				{kind: Direct, content: "We are reviewing our communications and will be writing to every household this week.", cue: "said", speaker: "a spokesman for the firm", parts: 1}}},
		{"a headline's quotation with no speaker is the speaker's whose words in the body hold it", "'We were never told': Residents fury over cladding\n\n“We were never told, not once,” said Amira Haddad.",
			[]want{{kind: Direct, content: "We were never told", speaker: "Amira Haddad", name: "Amira Haddad", parts: 1},
				{kind: Direct, content: "We were never told, not once", cue: "said", speaker: "Amira Haddad", name: "Amira Haddad", parts: 1}}},
		{"a headline's quotation in the first person, its words nowhere in the body: the person the body quotes most", "'I never thought I'd run again': Cyclist's comeback\n\nNora Vale was hit by a van in 2022. Her coach, Tom Reid, said she had worked hard.\n\n“I cried for the last mile,” she said. “My mum was waiting at the finish.”\n\n“Ask me next week,” Ms Vale said.",
			[]want{{kind: Direct, content: "I never thought I'd run again", name: "Nora Vale", parts: 1},
				{kind: Indirect, content: "she had worked hard", cue: "said", speaker: "Her coach, Tom Reid", name: "Tom Reid", parts: 1},
				{kind: Direct, content: "I cried for the last mile,” she said. “My mum was waiting at the finish.", cue: "said", speaker: "she", name: "Nora Vale", parts: 2},
				{kind: Direct, content: "Ask me next week", cue: "said", speaker: "Ms Vale", name: "Nora Vale", parts: 1}}},
		{"a headline's quotation from an interview's answer", "'I just wanted to be heard': A student on school strikes\n\nFreya Lind, 17, has organised strikes for two years. We spoke to her.\n\nQ: Why did you start?\nA: I read the report and I couldn't sleep. I just wanted to be heard.\n\nQ: Has anything changed?\nA: Not yet.",
			[]want{{kind: Direct, content: "I just wanted to be heard", name: "Freya Lind", parts: 1},
				{kind: Indirect, content: "Why did you start", cue: ":", speaker: "Q", parts: 1},
				{kind: Indirect, content: "I read the report and I couldn't sleep. I just wanted to be heard", cue: ":", speaker: "A", name: "Freya Lind", parts: 1},
				{kind: Indirect, content: "to be heard", cue: "wanted", speaker: "I", name: "Freya Lind", parts: 1},
				{kind: Indirect, content: "Has anything changed", cue: ":", speaker: "Q", parts: 1},
				{kind: Indirect, content: "Not yet", cue: ":", speaker: "A", name: "Freya Lind", parts: 1}}},
		{"a name that only qualifies a description's noun does not name its speaker", "Talks\n\nSen. Ted Vela spoke.\n\nA Vela spokeswoman, Alice Stewell, said in an email that the senator had never supported it.",
			[]want{{kind: Indirect, content: "the senator had never supported it", cue: "said", speaker: "A Vela spokeswoman, Alice Stewell", name: "Alice Stewell", parts: 1}}},
		{"another speaks as a quantifier does", "Talks\n\nOne official said the mood was grim. Another said donors were worried.",
			[]want{{kind: Indirect, content: "the mood was grim", cue: "said", speaker: "One official", parts: 1},
				{kind: Indirect, content: "donors were worried", cue: "said", speaker: "Another", parts: 1}}},
		{"a member of a group, described, is no name of the group", "Talks\n\nOne Democrat said the mood was grim. Democrats said it was fine.",
			[]want{{kind: Indirect, content: "the mood was grim", cue: "said", speaker: "One Democrat", name: "One Democrat", parts: 1},
				{kind: Indirect, content: "it was fine", cue: "said", speaker: "Democrats", name: "Democrats", parts: 1}}},
		{"a place that begins a body's name is not the speaker", "Talks\n\nThe suspect was arrested, the U.S. Attorney's Office for the Southern District said in a statement.",
			[]want{{kind: Indirect, content: "The suspect was arrested", cue: "said", speaker: "the U.S. Attorney's Office for the Southern District", name: "the U.S. Attorney's Office for the Southern District", parts: 1}}},
		{"a relative clause ending in an adverb of place, then an aside: the phrase and its clause speak", "Assault\n\nA woman who lives nearby, who asked not to be named, said she had heard shouting. A man who lives nearby said: \"It was loud.\"",
			[]want{{kind: Indirect, content: "she had heard shouting", cue: "said", speaker: "A woman who lives nearby", parts: 1},
				{kind: Direct, content: "It was loud.", cue: "said", speaker: "A man who lives nearby", parts: 1}}},
		{"a report ends before \"and\" and another report's speaker", "Pay\n\nThe union said the offer was unfair, and its leader, Tom Hale, warned of strikes. Ann Lee said the talks had failed and Tom Hale blamed the board.",
			[]want{{kind: Indirect, content: "the offer was unfair", cue: "said", speaker: "The union", parts: 1},
				{kind: Indirect, content: "strikes", cue: "warned of", speaker: "its leader, Tom Hale", name: "Tom Hale", parts: 1},
				{kind: Indirect, content: "the talks had failed", cue: "said", speaker: "Ann Lee", parts: 1},
				{kind: Indirect, content: "the board", cue: "blamed", speaker: "Tom Hale", parts: 1}}},
		{"a topic ends before \", but\" and the speaker's next verb", "Pay\n\nThe union warned of strikes, but had agreed to talks by Friday. Ann Lee complained about the delays, and then did nothing.",
			[]want{{kind: Indirect, content: "strikes", cue: "warned of", speaker: "The union", parts: 1},
				{kind: Indirect, content: "the delays", cue: "complained about", speaker: "Ann Lee", parts: 1}}},
		{"\"they\" opening a sentence after one whose subject is plural, not a passive's with its agent", "Rivers\n\nResearchers at the university analysed samples from 1,200 sites. They found that mayflies had declined.\n\nSuch measures have been met with fierce opposition by campaigners. They said the plans were reckless.",
			[]want{{kind: Indirect, content: "mayflies had declined", cue: "found", speaker: "They", name: "Researchers at the university", parts: 1},
				{kind: Indirect, content: "the plans were reckless", cue: "said", speaker: "They", name: "They", parts: 1}}},
		{"a subject after \"while\" with a relative aside is that clause's, not the person before", "Heads\n\nGareth Pryce, a teacher, said the system works well, while another head, who did not want to be named, told the Guardian the savings were needed.",
			[]want{{kind: Indirect, content: "the system works well", cue: "said", speaker: "Gareth Pryce", parts: 1},
				{kind: Indirect, content: "the savings were needed", cue: "told", speaker: "another head", parts: 1}}},
		{"subjects joined by \"and\" are one subject, not a report's end", "Pay\n\nAnn Lee said both she and Tom Hale promised to stay.",
			[]want{{kind: Indirect, content: "both she and Tom Hale promised to stay", cue: "said", speaker: "Ann Lee", parts: 1},
				{kind: Indirect, content: "to stay", cue: "promised", speaker: "Tom Hale", parts: 1}}},
		{"a past the tagger took for a participle before a participle's comma", "Rates\n\nTwo members of the rate-setting committee dissented, saying they would have preferred a cut.",
			[]want{{kind: Indirect, content: "they would have preferred a cut", cue: "saying", speaker: "Two members of the rate-setting committee", parts: 1}}},
		{"a pronoun resolved through a speaker the later pass changed follows the change", "Fire\n\nHer son, Sam, 14, helped his sisters out of a window, according to neighbours.\n\nStation manager Tom Reeves praised the family. \"They did everything right,\" he said.\n\nHe urged people to test their alarms.",
			[]want{{kind: Indirect, content: "Her son, Sam, 14, helped his sisters out of a window", cue: "according to", speaker: "neighbours", parts: 1},
				{kind: Indirect, content: "the family", cue: "praised", speaker: "Station manager Tom Reeves", name: "Tom Reeves", parts: 1},
				{kind: Direct, content: "They did everything right", cue: "said", speaker: "he", name: "Tom Reeves", parts: 1},
				{kind: Indirect, content: "people to test their alarms", cue: "urged", speaker: "He", name: "Tom Reeves", parts: 1}}},
		{"a name set off after the source of \"according to\" at the sentence's end is the source's", "Strikes\n\nFalling debris damaged homes in the region, according to the regional governor, Oleh Marchuk. No one was hurt, he said.",
			[]want{{kind: Indirect, content: "Falling debris damaged homes in the region", cue: "according to", speaker: "the regional governor, Oleh Marchuk", name: "Oleh Marchuk", parts: 1},
				{kind: Indirect, content: "No one was hurt", cue: "said", speaker: "he", name: "Oleh Marchuk", parts: 1}}},
		{"\"they\" after a group that spoke, over a cue inside its report", "Study\n\nThe team cautioned that the study showed an association. Other factors could also play a part, they said.",
			[]want{{kind: Indirect, content: "the study showed an association", cue: "cautioned", speaker: "The team", parts: 1},
				{kind: Indirect, content: "an association", cue: "showed", speaker: "the study", parts: 1},
				{kind: Indirect, content: "Other factors could also play a part", cue: "said", speaker: "they", name: "The team", parts: 1}}},
		{"an infinitive after \"not\", not a passive's", "Storm\n\nThe council closed the road and urged drivers not to travel. Officials asked not to be named. Hale vowed not to resign.",
			[]want{{kind: Indirect, content: "drivers not to travel", cue: "urged", speaker: "The council", parts: 1},
				{kind: Indirect, content: "not to resign", cue: "vowed", speaker: "Hale", parts: 1}}},
		{"a pronoun after a sentence whose subject describes one person", "Court\n\nOne victim, an 82-year-old widow, paid him a large sum. In a statement read to the court, she said she no longer felt safe.",
			[]want{{kind: Indirect, content: "she no longer felt safe", cue: "said", speaker: "she", name: "One victim", parts: 1}}},
		{"a job opening with a participle after the cue", "Ferry\n\n\"We are sorry,\" said managing director Fiona Rae. \"But we cannot sail.\"",
			[]want{{kind: Direct, content: "We are sorry,\" said managing director Fiona Rae. \"But we cannot sail.", cue: "said", speaker: "managing director Fiona Rae", name: "Fiona Rae", parts: 2}}},
		{"a report at second hand: the later cue reports, with the hedged sentence's subject", "Boats\n\nThe home secretary is understood to have told colleagues that she would not resign. The minister is said to have told aides that he would stay.",
			[]want{{kind: Indirect, content: "she would not resign", cue: "told", speaker: "The home secretary", parts: 1},
				{kind: Indirect, content: "he would stay", cue: "told", speaker: "The minister", parts: 1}}},
		{"a report ends before where it was said, set off by a comma", "Boats\n\nA former adviser has said the plan is in chaos, in a letter seen by this newspaper.",
			[]want{{kind: Indirect, content: "the plan is in chaos", cue: "said", speaker: "A former adviser", parts: 1}}},
		{"\"the spokesman\" after a name a spokesman's description is set off beside", "Hold\n\nLee's spokesman, Ryan Ortiz, said the senator had called. The spokesman declined to describe the call.",
			[]want{{kind: Indirect, content: "the senator had called", cue: "said", speaker: "Lee's spokesman, Ryan Ortiz", name: "Ryan Ortiz", parts: 1},
				{kind: Indirect, content: "to describe the call", cue: "declined", speaker: "The spokesman", name: "Ryan Ortiz", parts: 1},
				{kind: Indirect, content: "the call", cue: "describe", speaker: "The spokesman", name: "Ryan Ortiz", parts: 1}}},
		{"an epithet for the person the story is about, named before its sentence", "Cup\n\nTom Erhard, who scored the winner, said it was his best night. \"I will never forget it,\" the midfielder said.",
			[]want{{kind: Indirect, content: "it was his best night", cue: "said", speaker: "Tom Erhard", name: "Tom Erhard", parts: 1},
				{kind: Direct, content: "I will never forget it", cue: "said", speaker: "the midfielder", name: "Tom Erhard", parts: 1}}},
		{"a pronoun after a description of someone's role that spoke in the sentence before", "Cup\n\nTom Erhard said it was his best night. The visitors' manager admitted his team had been second best. \"Fair play to them,\" he said.",
			[]want{{kind: Indirect, content: "it was his best night", cue: "said", speaker: "Tom Erhard", name: "Tom Erhard", parts: 1},
				{kind: Indirect, content: "his team had been second best", cue: "admitted", speaker: "The visitors' manager", parts: 1},
				{kind: Direct, content: "Fair play to them", cue: "said", speaker: "he", name: "The visitors' manager", parts: 1}}},
		{"a wish to stay unnamed is no report; a tribute reports whom it was to", "Crash\n\nThe family of a man who died on Friday have paid tribute to a \"kind and gentle\" grandfather. A neighbour, who did not want to be named, said he walked to the shops every evening. \"You could set your watch by him,\" she said.",
			[]want{{kind: Mixed, content: "a \"kind and gentle\" grandfather", cue: "paid tribute to", speaker: "The family of a man who died on Friday", name: "The family of a man", fragment: "kind and gentle", parts: 1},
				{kind: Indirect, content: "he walked to the shops every evening", cue: "said", speaker: "A neighbour", parts: 1},
				{kind: Direct, content: "You could set your watch by him", cue: "said", speaker: "she", name: "A neighbour", parts: 1}}},
		{"a relative clause's time with the words that lead it (early on, late) ends with the phrase", "Ward\n\nThe daughter of a man who died early on Saturday said the ward had been short of nurses. The son of a woman who died late Friday told the inquest that the alarm had not sounded.",
			[]want{{kind: Indirect, content: "the ward had been short of nurses", cue: "said", speaker: "The daughter of a man who died early on Saturday", name: "The daughter of a man", parts: 1},
				{kind: Indirect, content: "the alarm had not sounded", cue: "told", speaker: "The son of a woman who died late Friday", name: "The son of a woman", parts: 1}}},
		{"a participle as the adjective of the reported clause's subject opens the clause", "Theft\n\nArt crime expert Helen Marsh, of the University of Durham, said stolen antiquities were often melted down. Tom Hale said armed officers had entered the flat.",
			[]want{{kind: Indirect, content: "stolen antiquities were often melted down", cue: "said", speaker: "Art crime expert Helen Marsh", name: "Helen Marsh", parts: 1},
				{kind: Indirect, content: "armed officers had entered the flat", cue: "said", speaker: "Tom Hale", parts: 1}}},
		{"two nouns joined by \"and\" before a job's head are one phrase (as two speakers joined are)", "Dogs\n\nIts health and safety officer, Dave Jessop, said owners must take responsibility. The mayor and council officials said the park would stay open.",
			[]want{{kind: Indirect, content: "owners must take responsibility", cue: "said", speaker: "Its health and safety officer, Dave Jessop", name: "Dave Jessop", parts: 1},
				{kind: Indirect, content: "the park would stay open", cue: "said", speaker: "The mayor and council officials", parts: 1}}},
		{"a pronoun opening a paragraph after an unnamed person's report in the sentence just before", "Raid\n\nOne neighbour, who asked not to be named, said the noise sounded \"like a bomb going off\".\n\n\"We all ran to the windows,\" she said.",
			[]want{{kind: Mixed, content: "the noise sounded \"like a bomb going off\"", cue: "said", speaker: "One neighbour", fragment: "like a bomb going off", parts: 1},
				{kind: Direct, content: "We all ran to the windows", cue: "said", speaker: "she", name: "One neighbour", parts: 1}}},
		{"a pronoun after the report of one of a plural of people in the sentence before is that one's, not a person named earlier", "Rescue\n\nTom Ure, the team's leader, said the men had done the right thing.\n\nOne of the climbers, who asked not to be named, said he would be back. \"The mountain is not going anywhere,\" he told the Glen Courier.",
			[]want{{kind: Indirect, content: "the men had done the right thing", cue: "said", speaker: "Tom Ure", parts: 1},
				{kind: Indirect, content: "he would be back", cue: "said", speaker: "One of the climbers", parts: 1},
				{kind: Direct, content: "The mountain is not going anywhere", cue: "told", speaker: "he", name: "One of the climbers", parts: 1}}},
		{"a pronoun after a quotation of two sentences opening a paragraph is the description's that spoke in the sentence before the quotation",
			"Arrest\n\nThe teenager's mother, who cannot be named, said the family was \"devastated\".\n\n\"They have watched the video and still say it was fine. What hope is there?\" she said.",
			[]want{{kind: Mixed, content: "the family was \"devastated\"", cue: "said", speaker: "The teenager's mother", fragment: "devastated", parts: 1},
				{kind: Direct, content: "They have watched the video and still say it was fine. What hope is there?", cue: "said", speaker: "she", name: "The teenager's mother", parts: 1}}},
		{"a person of the pronoun's gender named in the sentence before outweighs a description with none", "Stir\n\nCandidate Mary Hale caused a stir when an Iowa voter asked if she might consider the plan.\n\n\"Wow, what a great idea. I love that,\" she replied.",
			[]want{{kind: Indirect, content: "if she might consider the plan", cue: "asked", speaker: "an Iowa voter", parts: 1},
				{kind: Direct, content: "Wow, what a great idea. I love that", cue: "replied", speaker: "she", name: "Mary Hale", parts: 1}}},
		{"a short quotation whose last word took the stop as an abbreviation's ends its sentence: it goes on the one before", "Guitar\n\n\"It has a few new scratches,\" Derek Holloway added. \"So do I.\"",
			[]want{{kind: Direct, content: "It has a few new scratches,\" Derek Holloway added. \"So do I.", cue: "added", speaker: "Derek Holloway", parts: 2}}},
		{"quoted words holding a comma and a clause end a reported clause: the report goes on to the marks' close", "Surgeon\n\nIts chief executive, Dame Ann Lowe, said Prof Whitby had inspired \"generations of surgeons, many of whom still work here.\"",
			[]want{{kind: Mixed, content: "Prof Whitby had inspired \"generations of surgeons, many of whom still work here.\"", cue: "said", speaker: "Its chief executive, Dame Ann Lowe", name: "Ann Lowe", fragment: "generations of surgeons, many of whom still work here.", parts: 1}}},
		{"a noun the tagger read as a verb before the cue heads the speaker (Rovers boss/VBP hails)", "Rovers boss hails 'magnificent' comeback\n\nThe manager hailed a \"magnificent\" comeback.",
			[]want{{kind: Mixed, content: "'magnificent' comeback", cue: "hails", speaker: "Rovers boss", fragment: "magnificent", parts: 1},
				{kind: Mixed, content: "a \"magnificent\" comeback", cue: "hailed", speaker: "The manager", fragment: "magnificent", parts: 1}}},
		{"\"who\" after a description set off beside a person is the person", "Show\n\nThe show is written by Jed Marlow, the creator of Line of Duty, who described it as \"a story about loyalty.\"",
			[]want{{kind: Mixed, content: "it as \"a story about loyalty.\"", cue: "described", speaker: "who", name: "Jed Marlow", fragment: "a story about loyalty.", parts: 1}}},
		{"a speaker's phrase goes on over a participle, its prepositions, a time and two joined objects", "Train\n\nPassengers stuck on a train for six hours without water or working toilets have described their ordeal as \"inhumane\". Residents near the plant said the air smelled.",
			[]want{{kind: Mixed, content: "their ordeal as \"inhumane\"", cue: "described", speaker: "Passengers stuck on a train for six hours without water or working toilets", fragment: "inhumane", parts: 1},
				{kind: Indirect, content: "the air smelled", cue: "said", speaker: "Residents near the plant", parts: 1}}},
		{"a nationality before a common noun qualifies the speaker, who is the phrase, not the nation", "Port\n\nFrench fishermen blockading the port of Calais said they would stay.",
			[]want{{kind: Indirect, content: "they would stay", cue: "said", speaker: "French fishermen blockading the port of Calais", name: "French fishermen blockading the port of Calais", parts: 1}}},
		{"an interview's turns labelled with the speakers' initials", "Interview\n\nNovelist Ruth Amadi spoke to Tom Fell.\n\nTF: Where did the book begin?\n\nRA: In my mother's kitchen. It was always warm.",
			[]want{{kind: Indirect, content: "Where did the book begin", cue: ":", speaker: "TF", name: "Tom Fell", parts: 1},
				{kind: Indirect, content: "In my mother's kitchen. It was always warm", cue: ":", speaker: "RA", name: "Ruth Amadi", parts: 1}}},
		{"\"her\" the tagger read as a possessive right before a name in marks is the naming's object", "Town\n\nThe town's mayor, Colin Brett, calls her \"the heart of Tenbury\".",
			[]want{{kind: Mixed, content: "her \"the heart of Tenbury\"", cue: "calls", speaker: "The town's mayor, Colin Brett", name: "Colin Brett", fragment: "the heart of Tenbury", parts: 1}}},
		{"a name joined to a pronoun by \"and\" is not that pronoun", "Benefits\n\nWork Secretary Ann Kemp said the cap was not affordable.\n\nBut Education Secretary Ruth Hale said the limit was wrong.\n\nAsked whether she and Ms Kemp disagreed, she replied that ministers were \"having a healthy debate\".",
			[]want{{kind: Indirect, content: "the cap was not affordable", cue: "said", speaker: "Work Secretary Ann Kemp", name: "Ann Kemp", parts: 1},
				{kind: Indirect, content: "the limit was wrong", cue: "said", speaker: "Education Secretary Ruth Hale", name: "Ruth Hale", parts: 1},
				{kind: Indirect, content: "whether she and Ms Kemp disagreed", cue: "Asked", speaker: "", parts: 1},
				{kind: Mixed, content: "ministers were \"having a healthy debate\"", cue: "replied", speaker: "she", name: "Ruth Hale", fragment: "having a healthy debate", parts: 1}}},
		{"a lede's indefinite role is the person the body names next when that person's title holds the role", "Judge blocks state law on age checks\n\nA federal judge on Friday blocked a state law, saying it likely violates the constitution.\n\nU.S. District Judge Robert Pilling wrote that the law was \"overbroad\".\n\nA spokesman said the state would appeal. Governor Ann Lowe's office agreed.",
			[]want{{kind: Indirect, content: "it likely violates the constitution", cue: "saying", speaker: "A federal judge", name: "Robert Pilling", parts: 1},
				{kind: Mixed, content: "the law was \"overbroad\"", cue: "wrote", speaker: "U.S. District Judge Robert Pilling", name: "Robert Pilling", fragment: "overbroad", parts: 1},
				{kind: Indirect, content: "the state would appeal", cue: "said", speaker: "A spokesman", name: "A spokesman", parts: 1}}},
		{"two speakers joined by \"and\", the first named after a description set off before the name", "Fine\n\nIts president of global affairs, Nick Clement, and chief legal officer Ann Newby said in a joint statement that the ruling set \"a dangerous precedent\".",
			[]want{{kind: Mixed, content: "the ruling set \"a dangerous precedent\"", cue: "said", speaker: "Its president of global affairs, Nick Clement, and chief legal officer Ann Newby", name: "Nick Clement", fragment: "a dangerous precedent", parts: 1}}},
		{"a name ending in a mark of its own speaks (Which?)", "Flights\n\nConsumer group Which? said passengers were entitled to compensation.",
			[]want{{kind: Indirect, content: "passengers were entitled to compensation", cue: "said", speaker: "Consumer group Which?", name: "Which?", parts: 1}}},
		{"no clause after a cue whose subject a lone comma parts from its verb: the aside's end", "Flights\n\nThe fault, in a system used to plan crew rosters, had been fixed, the airline said.",
			[]want{{kind: Indirect, content: "The fault, in a system used to plan crew rosters, had been fixed", cue: "said", speaker: "the airline", parts: 1}}},
		{"a body the article calls by its noun is what that noun stands for, in a headline and after", "Charity warns of rise in hunger\n\nHunger is rising, according to a report by the charity Warm Tables. The charity is calling on ministers to act.",
			[]want{{kind: Indirect, content: "rise in hunger", cue: "warns of", speaker: "Charity", name: "Warm Tables", parts: 1},
				{kind: Indirect, content: "Hunger is rising", cue: "according to", speaker: "a report by the charity Warm Tables", name: "Warm Tables", parts: 1},
				{kind: Indirect, content: "ministers to act", cue: "calling on", speaker: "The charity", name: "Warm Tables", parts: 1}}},
		{"a person's name and \"of\" a body's phrase speak before the cue, and the person heads the phrase", "Search\n\n\"Conditions are very difficult, with strong winds,\" Captain Luc Ferrand of the police mountain rescue unit told reporters. Ann Lee in a blog post said the plan would fail.",
			[]want{{kind: Direct, content: "Conditions are very difficult, with strong winds", cue: "told", speaker: "Captain Luc Ferrand of the police mountain rescue unit", name: "Luc Ferrand", parts: 1},
				{kind: Indirect, content: "the plan would fail", cue: "said", speaker: "Ann Lee in a blog post", name: "Ann Lee", parts: 1}}},
		{"a name set off after a description ending in a body after \"of\" is the speaker's", "Talks\n\nThe general secretary of the Rail Workers' Union, Tony Maddern, said ministers had failed.",
			[]want{{kind: Indirect, content: "ministers had failed", cue: "said", speaker: "The general secretary of the Rail Workers' Union, Tony Maddern", name: "Tony Maddern", parts: 1}}},
		{"a relative aside ending in a body's acronym in brackets: the subject is the phrase before the aside", "Protest\n\nArnaud Leclerc spoke. Leclerc, who leads the National Farmers Union (NFU), said farmers were struggling.",
			[]want{{kind: Indirect, content: "farmers were struggling", cue: "said", speaker: "Leclerc", name: "Arnaud Leclerc", parts: 1}}},
		{"a headline's infinitive is its future, and a cue ending the headline after a comma and a noun, whatever its tag, reports it", "Bridge closure to last until spring, council admits\n\nThe bridge will stay shut.",
			[]want{{kind: Indirect, content: "Bridge closure to last until spring", cue: "admits", speaker: "council", parts: 1}}},
		{"\"Lead\" opening the sentence before a person's noun is part of the speaker's phrase", "Bees\n\nLead researcher Professor Hana Kowalczyk said: \"It's remarkable.\"",
			[]want{{kind: Direct, content: "It's remarkable.", cue: "said", speaker: "Lead researcher Professor Hana Kowalczyk", name: "Hana Kowalczyk", parts: 1}}},
		{"an address set off after a name and an age is an aside: the name speaks", "Court\n\nConnor Blake, 29, of Mill Lane, Hadley, said he was sorry.",
			[]want{{kind: Indirect, content: "he was sorry", cue: "said", speaker: "Connor Blake", name: "Connor Blake", parts: 1}}},
		{"a cue in a relative clause on the subject, asked after \"being\", reports up to the main clause's verb, and no one is named asking", "Court\n\nA man who punched a bus driver after being asked to wear a face covering has been jailed.",
			[]want{{kind: Indirect, content: "to wear a face covering", cue: "asked", parts: 1}}},
		{"\"it\" after \"which\" setting off a clause on the main clause's object is the main clause's subject", "Homes\n\nThe report also criticised the firm's record-keeping, which it described as \"chaotic\".",
			[]want{{kind: Indirect, content: "the firm's record-keeping", cue: "criticised", speaker: "The report", name: "The report", parts: 1},
				{kind: Mixed, content: "as \"chaotic\"", cue: "described", speaker: "it", name: "The report", fragment: "chaotic", parts: 1}}},
		{"a participle and \"to\" after a noun qualify it: the phrase before them speaks", "Knives\n\nThe sister of a man stabbed to death outside a nightclub has called for tougher sentences.",
			[]want{{kind: Indirect, content: "tougher sentences", cue: "called for", speaker: "The sister of a man stabbed to death outside a nightclub", parts: 1}}},
		{"a headline's regulator is the body the article calls so", "Energy bills to fall, regulator says\n\nHousehold bills will fall, the regulator Ofwat has announced.",
			[]want{{kind: Indirect, content: "Energy bills to fall", cue: "says", speaker: "regulator", name: "Ofwat", parts: 1},
				{kind: Indirect, content: "Household bills will fall", cue: "announced", speaker: "the regulator Ofwat", name: "Ofwat", parts: 1}}},
		{"an aide or adviser \"to\" someone speaks, not the one served", "Wage\n\nAides to the governor said she would campaign on it. An adviser to the president said the talks failed.",
			[]want{{kind: Indirect, content: "she would campaign on it", cue: "said", speaker: "Aides to the governor", parts: 1},
				{kind: Indirect, content: "the talks failed", cue: "said", speaker: "An adviser to the president", parts: 1}}},
		{"a quotation with a speaker of its own inside a transcript's answer is that speaker's, not the answer's fragment", "Q&A: running\n\nQ: When did you know?\n\nA: Not until the end.\n\nQ: Did you think about quitting?\n\nA: Every day. But my mum said to me, \"You don't get to stop just because it's hard.\" That stayed with me.",
			[]want{{kind: Indirect, content: "When did you know", cue: ":", speaker: "Q", name: "Q", parts: 1},
				{kind: Indirect, content: "Not until the end", cue: ":", speaker: "A", parts: 1},
				{kind: Indirect, content: "Did you think about quitting", cue: ":", speaker: "Q", name: "Q", parts: 1},
				{kind: Indirect, content: "Every day. But my mum said to me, \"You don't get to stop just because it's hard.\" That stayed with me", cue: ":", speaker: "A", parts: 1},
				{kind: Direct, content: "You don't get to stop just because it's hard.", cue: "said", speaker: "my mum", name: "my mum", parts: 1}}},
		{"\"it\" after a body's finite cue in its sentence is that body", "Bridge\n\nThe bridge will stay closed until April, the county council has admitted, months after it said repairs would be finished by Christmas.",
			[]want{{kind: Indirect, content: "The bridge will stay closed until April, the county council has admitted, months after it said repairs would be finished by Christmas", cue: "admitted", speaker: "the county council", parts: 2},
				{kind: Indirect, content: "repairs would be finished by Christmas", cue: "said", speaker: "it", name: "the county council", parts: 1}}},
		{"a participle, an adverb and a place after a plural subject qualify it: the plural speaks", "Delays\n\nTravellers stuck overnight at Harwick Airport say they were given no food.",
			[]want{{kind: Indirect, content: "they were given no food", cue: "say", speaker: "Travellers stuck overnight at Harwick Airport", name: "Travellers stuck overnight at Harwick Airport", parts: 1}}},
		{"an event after \"after\" is a time, not the poll's speaker", "Debate\n\nA snap poll by Pollwise after the debate found most viewers were unconvinced.",
			[]want{{kind: Indirect, content: "most viewers were unconvinced", cue: "found", speaker: "Pollwise", name: "Pollwise", parts: 1}}},
		{"a headline's report verb the tagger read as a plural before the noun it reports is the cue", "Ex-mayor denies claims he took bribes\n\nThe hearing resumes today.",
			[]want{{kind: Indirect, content: "claims he took bribes", cue: "denies", speaker: "Ex-mayor", name: "Ex-mayor", parts: 1}}},
		{"a lede's role is the person the body titles so a few paragraphs on, not an untitled name before", "Mayor defends cycle lane plan\n\nThe mayor of Dunholt has defended plans for new cycle lanes.\n\nTraders said parking would be lost.\n\n\"We will close,\" said Piers Wadley, who runs a bakery.\n\nMayor Rhona Pyke said the lanes would make streets safer.",
			[]want{{kind: Indirect, content: "cycle lane plan", cue: "defends", speaker: "Mayor", name: "Rhona Pyke", parts: 1},
				{kind: Indirect, content: "plans for new cycle lanes", cue: "defended", speaker: "The mayor of Dunholt", name: "Rhona Pyke", parts: 1},
				{kind: Indirect, content: "parking would be lost", cue: "said", speaker: "Traders", name: "Traders", parts: 1},
				{kind: Direct, content: "We will close", cue: "said", speaker: "Piers Wadley", name: "Piers Wadley", parts: 1},
				{kind: Indirect, content: "the lanes would make streets safer", cue: "said", speaker: "Mayor Rhona Pyke", name: "Rhona Pyke", parts: 1}}},
		{"a cue-like -ing word after \"of\" that an accusation takes is what is charged: the accusation is the cue", "Debate\n\nPremier Ruth Calder accused her rival of planning \"the biggest raid on savers in a decade\".",
			[]want{{kind: Mixed, content: "her rival of planning \"the biggest raid on savers in a decade\"", cue: "accused", speaker: "Premier Ruth Calder", name: "Ruth Calder", fragment: "the biggest raid on savers in a decade", parts: 1}}},
		{"a headline's hearer before \"told\" is a passive's subject, no speaker; a report ends before \", the court heard\"", "Jury told nurse was 'exhausted' before error\n\nMs Orrin told police after her arrest that she had worked four night shifts, the court heard.",
			[]want{{kind: Mixed, content: "nurse was 'exhausted' before error", cue: "told", fragment: "exhausted", parts: 1},
				{kind: Indirect, content: "Ms Orrin told police after her arrest that she had worked four night shifts", cue: "heard", parts: 1},
				{kind: Indirect, content: "she had worked four night shifts", cue: "told", speaker: "Ms Orrin", name: "Orrin", parts: 1}}},
		{"a capitalized time word before a common noun names a programme in the hearer's phrase, no time ending it", "Pay\n\nMinister Ana Ruiz spoke. She told Radio Kelby's Today programme: \"Every pound counts.\"",
			[]want{{kind: Direct, content: "Every pound counts.", cue: "told", speaker: "She", name: "Ana Ruiz", parts: 1}}},
		{"\"according to\" a role and another role of one person named after them: the person", "Rates\n\nAccording to Ledger contributor and monetary historian Ann Roe, rates have moved apart seven times since 1945.",
			[]want{{kind: Indirect, content: "rates have moved apart seven times since 1945", cue: "According to", speaker: "Ledger contributor and monetary historian Ann Roe", name: "Ann Roe", parts: 1}}},
		{"a headline's \"accused of\" is a passive: the one accused does not speak", "Regulator Accused Of Hiding Losses To Protect Chief\n\nThe chief, Tom Vale, denied it.",
			[]want{{kind: Indirect, content: "Hiding Losses To Protect Chief", cue: "Accused Of", parts: 1}}},
		{"a headline's clause in marks is a quotation, not a term, and its speaker the report near the top holding its words", "Phone ban 'has improved behaviour'\n\nA head teacher says the strict phone ban has improved behaviour across her school.",
			[]want{{kind: Direct, content: "has improved behaviour", speaker: "A head teacher", name: "A head teacher", parts: 1},
				{kind: Indirect, content: "the strict phone ban has improved behaviour across her school", cue: "says", speaker: "A head teacher", name: "A head teacher", parts: 1}}},
		{"capitalized words in a headline's marks that the article writes again are a name, a term", "'Rivers Need Room' Group Sends Warning\n\nThe Rivers Need Room campaign met on Friday.",
			[]want{{kind: Term, content: "Rivers Need Room", parts: 1}}},
		{"a headline's clause in marks whose words no report holds keeps no speaker", "Flood wall 'will not be ready for winter'\n\nThe wall will not be finished before winter, the agency has admitted.",
			[]want{{kind: Direct, content: "will not be ready for winter", parts: 1},
				{kind: Indirect, content: "The wall will not be finished before winter", cue: "admitted", speaker: "the agency", name: "the agency", parts: 1}}},
		{"a pronoun after a possessive's kin who spoke in the sentence before is that kin, not a man named earlier", "Builder\n\nMrs Dane said the owner, Carl Voss, had seemed \"charming\".\n\nHer husband said work stopped in March. \"We have no roof,\" he said.",
			[]want{{kind: Mixed, content: "the owner, Carl Voss, had seemed \"charming\"", cue: "said", speaker: "Mrs Dane", name: "Mrs Dane", fragment: "charming", parts: 1},
				{kind: Indirect, content: "work stopped in March", cue: "said", speaker: "Her husband", name: "Her husband", parts: 1},
				{kind: Direct, content: "We have no roof", cue: "said", speaker: "he", name: "Her husband", parts: 1}}},
		{"a naming cue after a relative clause's quoted words takes its object after it: no inverted speaker", "Plan\n\nMs. Orla Finch, who has called the mayor's plan \"plainly reckless,\" portrayed her own party's leader as a passing storm.",
			[]want{{kind: Mixed, content: "the mayor's plan \"plainly reckless,\"", cue: "called", speaker: "who", name: "Orla Finch", fragment: "plainly reckless", parts: 1}}},
		{"\"claimed\" before a sum of money (more than one, nearly one) claims the money, no report; \"said\" before one reports", "Expenses\n\nHe claimed £14,000 in expenses for trips that did not take place. Ann claimed more than £9,000 in travel expenses for trips she did not make. She said £2m had been spent on it.",
			[]want{{kind: Indirect, content: "£2m had been spent on it", cue: "said", speaker: "She", name: "Ann", parts: 1}}},
		{"a number alone after a comma counts those who speak; not a year, nor one before a participle read as the cue and a plural", "Work\n\nOf the firms taking part, 56 said they would keep the shorter week. In Kelby, 60 pledged delegates were at stake.",
			[]want{{kind: Indirect, content: "they would keep the shorter week", cue: "said", speaker: "56", name: "56", parts: 1}}},
		{"two people joined by \"and\" before an address aside both speak", "Dog\n\nSam and Priya Dale, from Kelby, said they had given up hope.",
			[]want{{kind: Indirect, content: "they had given up hope", cue: "said", speaker: "Sam and Priya Dale", name: "Sam Dale", parts: 1}}},
		{"a plain verb the tagger read as a noun after \"percent\" makes the finding a clause", "Polls\n\nA survey by Kelby University found 48 percent support it.",
			[]want{{kind: Indirect, content: "48 percent support it", cue: "found", speaker: "Kelby University", name: "Kelby University", parts: 1}}},
		{"a quotation with its own cue and speaker inside what a source reports stays that speaker's; texted takes a hearer", "Trial\n\nAnn Vale was arrested in May. \"It's over,\" she texted a friend, according to court documents.",
			[]want{{kind: Indirect, content: "\"It's over,\" she texted a friend", cue: "according to", speaker: "court documents", name: "court documents", parts: 1},
				{kind: Direct, content: "It's over", cue: "texted", speaker: "she", name: "Ann Vale", parts: 1}}},
		{"texted, emailed and messaged report to a hearer", "Trial\n\nAnn Vale texted her sister that she was safe. Tom Hale emailed staff that the office would close.",
			[]want{{kind: Indirect, content: "she was safe", cue: "texted", speaker: "Ann Vale", name: "Ann Vale", parts: 1},
				{kind: Indirect, content: "the office would close", cue: "emailed", speaker: "Tom Hale", name: "Tom Hale", parts: 1}}},
		{"an outlet that saw a document is no body \"the firm\" stands for", "Exit\n\nKelvar Logistics has lost its chief. In his letter, seen by the Kelby Echo, Mr Holt wrote that he was leaving. The firm insists it has done nothing wrong.",
			[]want{{kind: Indirect, content: "he was leaving", cue: "wrote", speaker: "Mr Holt", name: "Holt", parts: 1},
				{kind: Indirect, content: "it has done nothing wrong", cue: "insists", speaker: "The firm", name: "Kelvar Logistics", parts: 1}}},
		{"a colon after the cue and where it was said opens the speaker's own words: direct, not a mixed report", "Verdict\n\nThe family's solicitor, Omar Vance, said outside court: \"Justice has been done.\"",
			[]want{{kind: Direct, content: "Justice has been done.", cue: "said", speaker: "The family's solicitor, Omar Vance", name: "Omar Vance", parts: 1}}},
		{"\"came the reply from\" after the marks names who answered", "Talks\n\n\"Absolutely not,\" came the reply from Downing Street. \"Never,\" came the swift response from the club.",
			[]want{{kind: Direct, content: "Absolutely not", cue: "came the reply", speaker: "Downing Street", name: "Downing Street", parts: 1},
				{kind: Direct, content: "Never", cue: "came the swift response", speaker: "the club", name: "the club", parts: 1}}},
		{"\"was all\" someone \"would say\" after the marks names who said them", "Talks\n\n\"No comment,\" was all the chairman would say.",
			[]want{{kind: Direct, content: "No comment", cue: "say", speaker: "the chairman", name: "the chairman", parts: 1}}},
		{"an answer's noun after a possessive, then a colon, opens the possessor's words", "Strike\n\nMinister Ada Quell was asked about the strike. Her reply: \"We are listening.\"\n\nThe coach's verdict: \"Not good enough.\"",
			[]want{{kind: Indirect, content: "the strike", cue: "asked", parts: 1},
				{kind: Direct, content: "We are listening.", cue: "reply", speaker: "Her", name: "Ada Quell", parts: 1},
				{kind: Direct, content: "Not good enough.", cue: "verdict", speaker: "The coach", name: "The coach", parts: 1}}},
		{"an answer's noun after a possessive, asked as a question of its own, opens the possessor's words", "Strike\n\nThe minister's response? \"This is a matter for the airlines.\" Her answer? None.",
			[]want{{kind: Direct, content: "This is a matter for the airlines.", cue: "response", speaker: "The minister", name: "The minister", parts: 1}}},
		{"a spouse after a possessive is the one joined to its owner by \"and\" under one surname", "Stranded\n\nSam and Priya Holloway had saved for the trip. Their neighbour Ann Lee fed the cat.\n\n\"We were told nothing,\" Mr Holloway said.\n\nHis wife said the worst part was the wait. \"We slept on the floor,\" she said.",
			[]want{{kind: Direct, content: "We were told nothing", cue: "said", speaker: "Mr Holloway", name: "Sam Holloway", parts: 1},
				{kind: Indirect, content: "the worst part was the wait", cue: "said", speaker: "His wife", name: "Priya Holloway", parts: 1},
				{kind: Direct, content: "We slept on the floor", cue: "said", speaker: "she", name: "Priya Holloway", parts: 1}}},
		{"a headline's boss is the manager the body names", "Rovers boss hails 'magnificent' comeback\n\nBlackburn Rovers manager Val Ismay praised his side's spirit after the win.",
			[]want{{kind: Mixed, content: "'magnificent' comeback", cue: "hails", speaker: "Rovers boss", name: "Val Ismay", fragment: "magnificent", parts: 1},
				{kind: Indirect, content: "his side's spirit after the win", cue: "praised", speaker: "Blackburn Rovers manager Val Ismay", name: "Val Ismay", parts: 1}}},
		{"\"the company\" after its report: the body the report is about", "Funding\n\nVeltrix Systems, founded by Ann Lee, has raised $6 billion from investors including Harbour Capital, the company said.",
			[]want{{kind: Indirect, content: "Veltrix Systems, founded by Ann Lee, has raised $6 billion from investors including Harbour Capital", cue: "said", speaker: "the company", name: "Veltrix Systems", parts: 1}}},
		{"a pronoun opening a paragraph after the last named speaker's reports; an age the tagger left a cue after", "Wedding\n\nKelly Ward, 29, and her sister, Donna Ward, 33, will appear in court next month.\n\nThe bride, Sophie Clarke, said the evening had been ruined. She told a newspaper that guests had been left in tears.\n\n\"We saved for two years,\" she said.\n\nIn a post, the 27-year-old told fans she was tired.",
			[]want{{kind: Indirect, content: "the evening had been ruined", cue: "said", speaker: "The bride, Sophie Clarke", name: "Sophie Clarke", parts: 1},
				{kind: Indirect, content: "guests had been left in tears", cue: "told", speaker: "She", name: "Sophie Clarke", parts: 1},
				{kind: Direct, content: "We saved for two years", cue: "said", speaker: "she", name: "Sophie Clarke", parts: 1},
				{kind: Indirect, content: "she was tired", cue: "told", speaker: "the 27-year-old", parts: 1}}},
		{"an accusation reports whom it accuses of what; the accused \"her\" is not the accuser", "Tax\n\nLabour MPs backed the chancellor. But the shadow chancellor, Mel Pace, accused her of breaking a promise.\n\n\"She said she would not raise taxes,\" he said.",
			[]want{{kind: Indirect, content: "her of breaking a promise", cue: "accused", speaker: "the shadow chancellor, Mel Pace", name: "Mel Pace", parts: 1},
				{kind: Direct, content: "She said she would not raise taxes", cue: "said", speaker: "he", name: "Mel Pace", parts: 1}}},
		{"\"the spokeswoman\" after a description with no name: that description's speaker", "Delay\n\nA Jet2 spokeswoman said: \"We are very sorry.\"\n\nThe spokeswoman added that passengers would be paid.",
			[]want{{kind: Direct, content: "We are very sorry.", cue: "said", speaker: "A Jet2 spokeswoman", parts: 1},
				{kind: Indirect, content: "passengers would be paid", cue: "added", speaker: "The spokeswoman", name: "A Jet2 spokeswoman", parts: 1}}},
		{"\"the spokesperson\" in marks after a report a description gave", "Brawl\n\nA spokesperson for the venue said staff had called police.\n\n\"Our staff acted quickly,\" the spokesperson said.",
			[]want{{kind: Indirect, content: "staff had called police", cue: "said", speaker: "A spokesperson for the venue", parts: 1},
				{kind: Direct, content: "Our staff acted quickly", cue: "said", speaker: "the spokesperson", name: "A spokesperson for the venue", parts: 1}}},
		{"a possessive right after a cue is its subject's, and so is the \"she\" after", "Ruth Amble was taken to hospital.\n\nHer daughter, Nina Cole, said her mother had waited for hours. \"Nobody told us anything. She was frightened,\" she said.",
			[]want{{kind: Indirect, content: "her mother had waited for hours", cue: "said", speaker: "Her daughter, Nina Cole", name: "Nina Cole", parts: 1},
				{kind: Direct, content: "Nobody told us anything. She was frightened", cue: "said", speaker: "she", name: "Nina Cole", parts: 1}}},
		{"a description's second cue after \"and\" is still the description's, not the clause's subject", "A government spokesperson said Britain was \"leading the world\" in tackling waste and pointed to a ban on plastic straws.",
			[]want{{kind: Mixed, content: "Britain was \"leading the world\" in tackling waste", cue: "said", speaker: "A government spokesperson", fragment: "leading the world", parts: 1},
				{kind: Indirect, content: "a ban on plastic straws", cue: "pointed to", speaker: "A government spokesperson", parts: 1}}},
		{"a clause ends before \", according to\": the source is not the report", "Construction is expected to take eight months, according to council documents.",
			[]want{{kind: Indirect, content: "Construction is expected to take eight months", cue: "according to", speaker: "council documents", parts: 1},
				{kind: Indirect, content: "to take eight months", cue: "is expected", parts: 1}}},
		{"an -ing participle after a possessive or opening the sentence modifies the speaker's noun", "Its managing director, Petra Vance, said the firm would appeal. Cycling groups said the lanes were safe.",
			[]want{{kind: Indirect, content: "the firm would appeal", cue: "said", speaker: "Its managing director, Petra Vance", name: "Petra Vance", parts: 1},
				{kind: Indirect, content: "the lanes were safe", cue: "said", speaker: "Cycling groups", parts: 1}}},
		{"an -ing participle after a possessive's noun, or after an adjective after it, modifies the speaker's noun", "The firm's managing director, Tom Hale, said sales were up. The company's chief operating officer, Lena Brandt, said the airline would cope.",
			[]want{{kind: Indirect, content: "sales were up", cue: "said", speaker: "The firm's managing director, Tom Hale", name: "Tom Hale", parts: 1},
				{kind: Indirect, content: "the airline would cope", cue: "said", speaker: "The company's chief operating officer, Lena Brandt", name: "Lena Brandt", parts: 1}}},
		{"an -ing cue word between a determiner and a noun is an adjective, not the cue of quoted words after it", "Opposition leader Gareth Innes accused the ruling group of \"closing doors on the most vulnerable\".",
			[]want{{kind: Mixed, content: "the ruling group of \"closing doors on the most vulnerable\"", cue: "accused", speaker: "Opposition leader Gareth Innes", name: "Gareth Innes", fragment: "closing doors on the most vulnerable", parts: 1}}},
		{"a participle after an object in a clause of its own after \", but\": that clause's subject speaks", "Keane declined to speak after the match, but the club posted a message on social media saying he was \"gutted\".",
			[]want{{kind: Indirect, content: "to speak after the match", cue: "declined", speaker: "Keane", name: "Keane", parts: 1},
				{kind: Mixed, content: "a message on social media saying he was \"gutted\"", cue: "posted", speaker: "the club", fragment: "gutted", parts: 1},
				{kind: Indirect, content: "he was \"gutted\"", cue: "saying", speaker: "the club", parts: 1}}},
		{"a closed aside's verb reports nothing of the marks after the main verb", "Local MP Sadia Rahman, who has opposed the plan, wrote to the minister asking her to \"call in\" the application.",
			[]want{{kind: Mixed, content: "to the minister asking her to \"call in\" the application", cue: "wrote", speaker: "Local MP Sadia Rahman", name: "Sadia Rahman", fragment: "call in", parts: 1}}},
		{"\"One of them\" and a name set off after it speak", "Dozens of MPs signed a letter. One of them, Bristol East MP Kieran Doyle, said the cuts would push \"thousands into poverty\".",
			[]want{{kind: Mixed, content: "the cuts would push \"thousands into poverty\"", cue: "said", speaker: "One of them, Bristol East MP Kieran Doyle", name: "Kieran Doyle", fragment: "thousands into poverty", parts: 1}}},
		{"quoted words after a hearer, a place and \"that\": the clause after the \"that\"", "Ann Lee told the conference in Harrogate that teachers were \"at the end of their tether\".",
			[]want{{kind: Mixed, content: "teachers were \"at the end of their tether\"", cue: "told", speaker: "Ann Lee", name: "Ann Lee", fragment: "at the end of their tether", parts: 1}}},
		{"an answer's next paragraph with no first person is the closing note, no answer", "Interview: the mayor on the budget\n\nMayor Ann Lee spoke with us.\n\nCan you cut the deficit?\n\nNot this year.\n\nAnd the unions?\n\nWe will talk.\n\nMy door is open.\n\nThe budget is published on Monday.",
			[]want{{kind: Indirect, content: "Not this year", name: "Ann Lee", parts: 1},
				{kind: Indirect, content: "We will talk", name: "Ann Lee", parts: 1},
				{kind: Indirect, content: "My door is open", name: "Ann Lee", parts: 1}}},
		{"an answer that quotes someone is the interviewee's when it speaks in the first person outside the marks", "Interview: the potter on her first show\n\nMaris Quell spoke to us about clay.\n\nDid you ever give up?\n\nOften. My teacher kept telling me, \"Fire one more.\" I listened.\n\nWhat next?\n\nA bigger kiln.",
			[]want{{kind: Indirect, content: "Often. My teacher kept telling me, \"Fire one more.\" I listened", name: "Maris Quell", parts: 1},
				{kind: Direct, content: "Fire one more.", cue: "telling", speaker: "My teacher", name: "My teacher", parts: 1},
				{kind: Indirect, content: "A bigger kiln", name: "Maris Quell", parts: 1}}},
		{"\"The company\" opening a sentence is the body that was the subject before, not the last one named", "Fine\n\nNorthwind Renewables has been fined by the regulator Ofgem. The company admitted that its software had failed.",
			[]want{{kind: Indirect, content: "its software had failed", cue: "admitted", speaker: "The company", name: "Northwind Renewables", parts: 1}}},
		{"a report ends before another's perfect cue after a comma", "Inspectors found residents had been left in soiled beds for hours, a report has revealed.",
			[]want{{kind: Indirect, content: "residents had been left in soiled beds for hours", cue: "found", speaker: "Inspectors", parts: 1}}},
		{"a participle the tagger read as a past opens an aside, whose close the clause's verb follows", "Police said five people, aged between 21 and 67, had been arrested.",
			[]want{{kind: Indirect, content: "five people, aged between 21 and 67, had been arrested", cue: "said", speaker: "Police", parts: 1}}},
		{"two people joined by \"and\" before a relative aside speak together", "Kate and Ryan Moss, whose son died in 2023, said: \"We want answers.\"",
			[]want{{kind: Direct, content: "We want answers.", cue: "said", speaker: "Kate and Ryan Moss", parts: 1}}},
		{"a city and its state inside an aside are one place, not the speaker", "Chips\n\nVeltrix makes chips. The company, based in Austin, Texas, said revenue rose.",
			[]want{{kind: Indirect, content: "revenue rose", cue: "said", speaker: "The company", parts: 1}}},
		{"a headline's one word in marks is the speaker's when a body quotation holds it in marks of its own", "Coach 'stunned' by sacking\n\nFormer manager Dean Pike has said he was \"stunned\" to be sacked.",
			[]want{{kind: Direct, content: "stunned", speaker: "Former manager Dean Pike", name: "Dean Pike", parts: 1},
				{kind: Mixed, content: "he was \"stunned\" to be sacked", cue: "said", speaker: "Former manager Dean Pike", name: "Dean Pike", fragment: "stunned", parts: 1}}},
		{"a headline's one word in marks is the speaker's when a body fragment holds it among others", "Minister 'regrets' remarks about nurses\n\nThe health minister Claire Dunmore has said she \"deeply regrets\" her comments.",
			[]want{{kind: Direct, content: "regrets", speaker: "The health minister Claire Dunmore", name: "Claire Dunmore", parts: 1},
				{kind: Mixed, content: "she \"deeply regrets\" her comments", cue: "has said", speaker: "The health minister Claire Dunmore", name: "Claire Dunmore", fragment: "deeply regrets", parts: 1}}},
		{"a headline's one noun in marks stays a term though a body fragment holds it among others", "Mayor tries to reframe 'revolution'\n\nAnn Lee said the city needed \"a quiet revolution\".",
			[]want{{kind: Term, content: "revolution", parts: 1},
				{kind: Mixed, content: "the city needed \"a quiet revolution\"", cue: "said", speaker: "Ann Lee", fragment: "a quiet revolution", parts: 1}}},
		{"a headline's quotation before a colon and a description of someone is the person the lede names", "'I'd do it all again': Volunteer who spent 40 years at lifeboat station retires\n\nWhen Margaret Ellery joined the crew in 1985, she was one of few women.\n\nForty years later, she says she would not change a thing.",
			[]want{{kind: Direct, content: "I'd do it all again", speaker: "Volunteer", name: "Margaret Ellery", parts: 1},
				{kind: Indirect, content: "she would not change a thing", cue: "says", speaker: "she", name: "Margaret Ellery", parts: 1}}},
		{"a headline's quotation before a colon and a noun of kin is the person the noun is set off beside, not the relative the lede names", "'I just want him home': mother's plea for missing son\n\nTom Vale, 16, was last seen on Friday.\n\nHis mother, Ann Vale, said the family were desperate.",
			[]want{{kind: Direct, content: "I just want him home", speaker: "mother", name: "Ann Vale", parts: 1},
				{kind: Indirect, content: "the family were desperate", cue: "said", speaker: "His mother, Ann Vale", name: "Ann Vale", parts: 1}}},
		{"a headline's subject before quoted words speaks only when it names someone", "Flood defences 'will not be ready until 2030'\n\nThe work will take years, the agency said.",
			[]want{{kind: Direct, content: "will not be ready until 2030", parts: 1},
				{kind: Indirect, content: "The work will take years", cue: "said", speaker: "the agency", parts: 1}}},
		{"no quotation", `The council met on Tuesday and approved the budget.`, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a, qs := find(t, c.text)
			require.Len(t, qs, len(c.want), "%+v", qs)
			for i, w := range c.want {
				q := qs[i]
				assert.Equal(t, w.kind, q.Kind)
				if w.content != "" {
					assert.Equal(t, w.content, q.Content.Text(a.Text))
				}
				assert.Equal(t, w.cue, q.Cue.Text(a.Text))
				assert.Equal(t, w.speaker, q.Speaker.Text(a.Text))
				if w.name != "" {
					assert.Equal(t, w.name, q.SpeakerName)
				}
				if w.parts > 0 {
					assert.Len(t, q.Parts, w.parts)
				}
				if w.fragments > 0 {
					assert.Len(t, q.Fragments, w.fragments)
				}
				if w.fragment != "" {
					require.Len(t, q.Fragments, 1)
					assert.Equal(t, w.fragment, q.Fragments[0].Text(a.Text))
				}
				if q.Kind == Term {
					assert.Empty(t, q.SpeakerName)
				}
			}
		})
	}
}

func TestCarryOver(t *testing.T) {
	text := "“The plan is late,” said Omar Feld, the city engineer.\n\n“Nobody wants to hear it, but it is true.”\n\nThe council meets on Monday."
	a, qs := find(t, text)
	// The paragraph that is only a quotation goes on the quotation before
	// it, as its second part.
	require.Len(t, qs, 1)
	require.Len(t, qs[0].Parts, 2)
	assert.Equal(t, "Nobody wants to hear it, but it is true.", qs[0].Parts[1].Text(a.Text))
	assert.Equal(t, "Omar Feld", qs[0].SpeakerName)

	// After a paragraph of other words it is a quotation of its own, by
	// the same speaker.
	text = "“The plan is late,” said Omar Feld, the city engineer.\n\nThe council meets on Monday.\n\n“Nobody wants to hear it, but it is true.”"
	a, qs = find(t, text)
	require.Len(t, qs, 2)
	assert.Equal(t, "Omar Feld", qs[1].SpeakerName, qs[1].Content.Text(a.Text))
	assert.True(t, qs[1].Cue.Empty())
}

func TestSeedArticle(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("..", "..", "shared", "data", "seed-article.txt"))
	if err != nil {
		t.Skip("../shared/data is not beside the checkout")
	}
	a, err := article.Parse(string(raw))
	require.NoError(t, err)
	qs := Find(a, nil)
	checkQuotes(t, a, qs)
	byStart := func(prefix string) *Quote {
		for i := range qs {
			if strings.HasPrefix(qs[i].Content.Text(a.Text), prefix) {
				return &qs[i]
			}
		}
		return nil
	}
	head := byStart("lowest historical point")
	require.NotNil(t, head)
	assert.Equal(t, "Kremlin", head.SpeakerName)
	for _, prefix := range []string{"There is no hope", "We see a growing"} {
		q := byStart(prefix)
		require.NotNil(t, q, prefix)
		assert.Equal(t, Direct, q.Kind, prefix)
		assert.Equal(t, "Dmitry Peskov", q.SpeakerName, prefix)
	}
	// The two-sentence quotation after “We see a growing …,” he said. goes
	// on the same quotation, as its second part.
	growing := byStart("We see a growing")
	require.Len(t, growing.Parts, 2)
	assert.True(t, strings.HasPrefix(growing.Parts[1].Text(a.Text), "We see a devotion"))
	var mixed, kremlin, told bool
	for _, q := range qs {
		text := q.Content.Text(a.Text)
		switch {
		case q.Kind == Mixed && strings.Contains(text, "lowest historical point"):
			mixed = true
			assert.Equal(t, "Dmitry Peskov", q.SpeakerName)
		case q.Kind == Indirect && q.SpeakerName == "Kremlin":
			kremlin = true
		case q.Kind == Indirect && q.SpeakerName == "Dmitry Peskov" && q.Cue.Text(a.Text) == "told":
			told = true
		}
		if strings.Contains(text, "special military operation") && len(text) < 40 {
			assert.Equal(t, Term, q.Kind)
			assert.NotEqual(t, "Dmitry Peskov", q.SpeakerName)
		}
	}
	assert.True(t, mixed, "the partial quote inside Peskov's reported speech")
	assert.True(t, kremlin, "the Kremlin's reported speech")
	assert.True(t, told, "Peskov told reporters that …")
}

// checkQuotes asserts what holds for every result: spans inside the text,
// parts inside the content and in order, quotations in text order.
func checkQuotes(t testing.TB, a *article.Article, qs []Quote) {
	in := func(s article.Span) bool { return s.Start >= 0 && s.Start <= s.End && s.End <= len(a.Text) }
	prev := 0
	for i, q := range qs {
		if q.Kind < Direct || q.Kind > Stance {
			t.Fatalf("quote %d has kind %d", i, q.Kind)
		}
		if !in(q.Content) || q.Content.Empty() || q.Content.Start < prev {
			t.Fatalf("quote %d content %+v out of place", i, q.Content)
		}
		prev = q.Content.Start
		if len(q.Parts) == 0 {
			t.Fatalf("quote %d has no parts", i)
		}
		last := q.Content.Start
		for _, p := range q.Parts {
			if !in(p) || p.Start < last || p.End > q.Content.End {
				t.Fatalf("quote %d part %+v outside content %+v", i, p, q.Content)
			}
			last = p.End
		}
		for _, s := range append([]article.Span{q.Cue, q.Speaker}, q.Fragments...) {
			if !in(s) {
				t.Fatalf("quote %d span %+v outside the text", i, s)
			}
		}
		if q.Paragraph < 0 || q.Paragraph >= len(a.Paragraphs) {
			t.Fatalf("quote %d in paragraph %d of %d", i, q.Paragraph, len(a.Paragraphs))
		}
		// The content starts in its paragraph, or later when the
		// paragraphs between hold only marks of a quotation running on.
		if p := a.Paragraphs[q.Paragraph].Span; q.Content.Start < p.Start {
			t.Fatalf("quote %d content %+v starts before its paragraph %d %+v", i, q.Content, q.Paragraph, p)
		}
		for k := q.Paragraph; k < len(a.Paragraphs) && a.Paragraphs[k].End < q.Content.Start; k++ {
			toks := a.Tokens[a.Paragraphs[k].Tokens.First:a.Paragraphs[k].Tokens.Last]
			if k == q.Paragraph {
				// words may stand before the opening mark at its end
				for len(toks) > 0 && toks[len(toks)-1].Kind == article.Punct {
					toks = toks[:len(toks)-1]
				}
				if len(toks) > 0 && toks[len(toks)-1].Kind.IsQuote() {
					continue
				}
			}
			for _, tk := range toks {
				if !tk.Kind.IsQuote() && tk.Kind != article.Punct {
					t.Fatalf("quote %d content %+v starts after words of paragraph %d, its paragraph being %d", i, q.Content, k, q.Paragraph)
				}
			}
		}
		if q.Outer >= i || q.Outer < -1 {
			t.Fatalf("quote %d has outer %d", i, q.Outer)
		}
		if q.Kind == Term && (q.SpeakerName != "" || q.SpeakerCluster != -1) {
			t.Fatalf("term %d has a speaker", i)
		}
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"Headteacher: 'Phones are bad'\n\nThe head told governors that numbers had dropped and that running both sites would cost more. Hallam confirmed that its chairman, Ann Roe, would leave. As the society pointed out in its response to the consultation, the car parks are full. As the minister said last week, the town cannot afford it. The plan, which critics say is unworkable, was dropped. A tax that economists say has failed. It will review laws that campaigners say are \"outdated\", the secretary announced. Families of missing fishermen say a. The minister said last week the plan would b. \"I keep the lamp,\" she says at one point, \"because c.\" Corvane denied it, saying this year will d.\n\nInterview: a potter\n\nMaris Quell spoke to us.\n\nDid you give up?\n\nOften. My teacher kept telling me, \"Fire one more.\" I listened.\n\nWhat next?\n\nA kiln.",
		"Theft, inquiry told\n\nPRESENTER (JANE ODELL): Is it? A carer stole cash, Kelby Crown Court was told. He told Radio Kelby's breakfast show the cuts would go. They say that's a rounding error, said one of the people, who spoke. The agency said a. The force said b. A spokesperson said the deal showed \"what can be done\". She told the BBC conditions were bad.",
		"Snow\n\nTiny pieces have been found in snow, suggesting they are carried by the wind, scientists say. I thought, somebody has to tell this story. The Republican leader in the state Senate, Sen. Doug Harnett, said a. Residents of a village cut off by a landslip say b. The leader of the country's biggest teaching union has warned that c. Support has grown, according to a new poll by the Kelby Institute. The pilot, named locally as Keith Danvers, said d. But his neighbour, retired engineer Colin Pask, says e from his home. \"f,\" he said. Mr Pask said that would g. But lawyers and legal experts said h. The council said fighting between armed groups had i.\n\nKATE LOWE: Why?\n\nJOEL HART: This is a man who said he would j.\n\nHART: k he said.",
		"Teenager who saved boy speaks out\n\nA teenager who pulled a boy from a river has said a. A man accused of murdering his neighbour during a row over a hedge has told a jury b. A woman whose mother waited 11 hours after a fall has called for c. An article written by Ann Roe — headlined X Are Y — accuses d.\n\nKieran Doyle, 16, was walking.\n\nAn airline has said e. Skyvale Airways said. The Health and Safety Executive said f. The company said g. \"h,\" said Ofgem's director of retail, Helen Marsh. Passengers on a flight diverted to Manchester say i. A former deputy secretary under President Ann Bell announced j. \"k,\" said one, who asked not to be named. \"l,\" said another. The family's solicitor, Jo Reece of Hartley Legal, said m. Chloe and Ryan Morton said n. They said o. Its director said volunteers \"give p\". Forty-six per cent said q. \"r,\" she said. \"In January.\" But a spokesman for one of her rivals, Lt. Gov. Ann Harper, dismissed s. He told them they had t.",
		"Hospice may close beds\n\nA hospice that cares for dying patients says a. Workers at a home where five residents died say b. Staff ignored/ repeated warnings. The Halvorsen administration argues that c. One, speaking on condition of anonymity, said d. The general secretary of the Kelby union, who told e. x, returning officer Tom Vane said. A school threatened with closure will stay open.\n\nSt Aidan's Hospice said f.",
		"'The plan is reckless,' says former chancellor\n\n\"g,\" Lord Westbrook said. Shadow chancellor Ben Cole said h. Sam Ellis, 19, said i. The 45-year-old driver who spoke to us said j. \"k,\" he said. A call from someone saying l. A video from the group threatening an attack, m. The audit, carried out by Grant & Hale, found n. The alleged victim's brother said the family wanted \"o\". He used his sermon to call for p. They warned many households would struggle. y, co-founder Ann Lee told reporters.",
		"'I just want him home': mother's plea\n\nTom Vale, 16, was last seen.\n\nHis mother, Ann Vale, said a. She asked anyone who had seen him to call 101. Labour said that, if elected, it would b. Mr Hale said c, but admitted/ d. The officials said he had shouted at staff, sent e and threatened to f. \"g,\" the world number three said. Kelby's weather agency, Aemet, forecast that h. The minister called that claim 'i'. A woman who lives nearby said j. \"k,\" she said. Harlow Saints sacked him. In a statement, the club said l.",
		"Fire\n\nShe urged people who had not left to do so. He urged residents living near the river to leave. Ann Hollis was described by former pupils as \"a\" and \"b.\" The shop, which is also the post office, was sold when its owners, Jim and Sue Beddoes, announced c. Her rival, Councillor Priya Shah, disputed it. She said d. A spokesman for Mayor Carla Nunez, Tom Beale, said e. The spokesman declined to f.",
		"Vote\n\nAides to Greer said a. As one fan put it on the way out: \"b\" The deputy leader said the case showed that c. The minister responsible, Nick Vane, insists d. \"e,\" one told me. Another, who ran a shop, said f. \"g,\" said planning director Ann Lee. The judges described the book as \"h\". Rates held, minutes of the meeting showed. Anyone who says they are afraid is lying. A man who told police he was a doctor has been jailed. A scientist who spent two decades warning about i has won. Redwater said it welcomed \"j\". Prosecutors said Tuesday as his trial opened. A senior official briefed/ on the talks said k. He was not authorized to discuss l. The mother of a 19-year-old killed by a driver has called for m. Fans will be refunded, her promoter, Live Arc, said. Internal emails show that n.",
		"Report\n\nInspector of Constabulary Tom Vane said a. An independent review into the death of Tom Vale, who died in Kelby, found that b. Further strikes are planned for later this month unless c. It was never intended for the mayor to d.",
		"Court told of 'campaign of terror'\n\nHow did it start?\n\n\"My physio. He would say, 'One more step.' And I did.\"\n\nWhat next?\n\n\"The marathon.\"",
		"Bridge to last, council admits\n\nA man who punched a driver after being asked to wear a mask has been jailed. Connor Blake, 29, of Mill Lane, Hadley, said a. Leclerc, who leads the Farmers Union (NFU), said b. The general secretary of the Rail Union, Tony Maddern, said c. \"d,\" Captain Luc Ferrand of the unit told AFP. Lead researcher Ann Lee said e. Ann accused the ruling group of \"f\". The company's chief operating officer, Lena Brandt, said g.",
		"Ex-minister denies claims he lied\n\nCourt told x was 'on phone'. Passengers stranded overnight at Kelby Airport say y. A poll by Pollwise after the debate found w. According to Ledger contributor and historian Ann Roe, v. He claimed £14,000 in costs. \"Tom said to me, 'a,' and I said, 'b.'\" Ann said. Premier Ruth Calder accused her rival of planning \"c\". Ms Dane said d. Her husband said e. \"f,\" he said. Regulator Accused Of g. He told Radio Kelby's Today programme: \"h\". Ann Vale, who has called the plan \"i,\" portrayed him as j. Jury told k, the court heard.",
		"Phone ban 'has improved behaviour'\n\nA head teacher says the phone ban has improved behaviour. 'Rivers Need Room' Group\n\nThe Rivers Need Room campaign met.",
		"Charity warns of h\n\nHunger is rising, according to the charity Warm Tables. The charity is calling on i. The Kelton Water Authority (KWA) said j. The KWA's chief said k.",
		"The union warned of strikes, but had agreed to talks. Researchers analysed samples. They found that x. A, a teacher, said y, while another head, who is new, told z. According to the Trust, which helps, w.",
		"Minister: 'x'\n\nThe universities minister said y. The daughter of one victim said z. “w,” she said. Her husband said nothing. One mother from Leeds, who did not want to be named, said v, the union said. Ann told reporters that u “t.”",
		"Inquiry told staff ignored warnings\n\nThe court heard that the body of her son, Tom, 27, was found. Tom's father said in a statement read outside court that x. The founder of chip maker Silvane denied y. The widow of a pilot killed when his plane came down has called for z. The pair shouted \"No more oil!\" as staff left. The 34-year-old from Manchester said w. She said the £2m increase announced in the budget was v. Arif Chaudhry, 51, used his firm, Birmingham Crown Court heard. He urged them to u. If they can, they will t, she said.",
		"Ruiz ready for 'biggest fight of my life'\n\nThose who worked nights had a higher risk, they report in the journal. An amber weather warning for wind has been issued. The judges praised its \"control\". Passengers on a flight from Malaga to Glasgow say a. Speaking with Laura Penhale on the radio, Simon Treddow said b. The latest, from the Centre, says c. One owner told me last week, \"d.\" Her agent, Marcus Delmore, said e. Figures from Which? show that f. The council knew, documents obtained by this newspaper show. Dozens of MPs signed a letter warning that g. Gary Fenn said outside court that h \"i\". She said she was ready for \"the biggest fight of my life\".\n\nSarah Okoro, chief executive, Kelby Chamber of Commerce: \"j.\"\n\nProfessor Amrit Gill, University of Kelby: \"k.\"\n\nThe club thanked Dvorak for his \"l\". Prices fell, figures show. Prices rose, figures showed last week. Harbourside City have sacked m.",
		`"a," he said, "b."`, `'x' ' ' '' “ ” « » ‘ ’`, "“open\n\n“still open\n\nclosed”", `"""""''''`,
		"He said that. She told them that it was, “fine.”", "according to , said said said", `rock 'n' roll 'tis the '90s`,
		"''We won,'' he said. ''Again.''", "Dravick: ‘Big’\n\nStated Stone:\n\n“Yes.”", "Ann met Bo and said, calling him a “x”, adding that",
		"It was a “raw time,” said Al, noting “y", "called for", "Said Corley, \"z\"", "'' '' ''x",
		"Stunned voters were “x,” Al said.", "Ann Lee met Tom Hale. He said she was late, and his aide, who he hired, agreed with her.",
		"Interview: 'x'\n\nAnn Lee leads. She spoke to us.\n\nDid you feel ready?\n\n\"No.\"\n\nYour rivals say you are new.\n\n\"Yes.\"\n\nWhat next?\n\n\"Homes.\"",
		"The Federation, whose director general, Paul Stenholm, said a. KNA quoted a diplomat as saying b. He told the court Boyce had c. The indictment, unsealed, accuses Jo Vance, 58, of d. Sir Ian Calder: Actor dies aged 84. She said at a news conference that \"e,\" adding f. Ann accused him of wanting to \"g\". Lee said the figures were \"h\" and promised i.",
		"X\n\nBy Ann Lee\n\nTOLLEY: I said it.\n\nLEE:\n\nQ: a\n\nA: I\n\nAnn Lee: b:\n\nAnn Lee: 1",
		"According to him, according to polls conducted by X, Y said, as Z reported. A source close to W said, on Monday, x.",
		"Q: a?\n\nOKON: b.\n\nc d.\n\n(E)\n\nQ: f\n\nA: g\n\nh\n\nA: i", "The x, a claim city officials denied. Ms Lee said it rose, both of which w.",
		"T, minister admits\n\nThe minister has admitted x. Ann, union members and leaders say, have planning permission.",
		"One witness said she saw it. “x,” she said. “y,” the 29-year-old said. The Ethiopian said z. Ann, who was in, called it “w” but warned that v. Lee shrugs. “u”",
		"Q&A: x\n\nDr Ann Lee spoke.\n\nWhy?\n\nI said no.\n\n?\n\nInterview with y?\n\nz",
		"“My father used to say, ‘a,’ and he said, ‘b.’ It was called ‘C D,’” Lee said. Lee shot back that e, however, that f, in its g. The council said h.",
		"'We were never told': x\n\n“We were never told, not once,” said Ann.\n\n14:05 — x, according to y. Veltro, which is in San Jose, California, said z. Jo Lee, a manager at Arbor, which holds it, said w. The panel said v. It noted u. “t will be writing,” she said.",
		"'No one': x\n\nAl said afterwards: “a. No one.\nb c.”\n\nd e.\n\n— Jo Lee (@jolee) 1 May\n\nThe court heard that f, a jury has heard. Schools told to g. Its director general, Ann, said: “h”. Ann tells the BBC the i is “j, k”. The vote showed “l.” Its flood warning system “m”. People who died in the n have called for o.",
		"Ann said Bo had shown “p” and had q. “r,” she told him. Bo attacked Cy, 41, in s. Bo was told he must t. Ann, of the U, who v, said w. Ann said Tuesday the x would y the z that a. Three in 10 said b, but six in 10 said c. Ignoring warning signs that d. Ann Lee, a e at the F of G, Berkeley, said h. “i,” the head of the j told me. Met Office issues amber warning as k. The court heard/NN l m n. Mr Hale's barrister, Simon Cole KC, said o.",
		"Port\n\nLorries face queues on the approach to the Port of Kelby, the port has warned. Ann Rooke wrote to parents on Friday saying a. Mr Hale told the court that b, his lawyer said. Ms Cole told her the plan had c. One of the climbers said d. \"e,\" he told the Courier. The Dean of Kelby, the Very Rev Ann Moss, said f. Whitfield said, \"It is up to g.\" According to an aide, who was not authorized to speak, h. Hale is heard saying i. A man whose car was stolen twice said j. Shelter, Crisis and St Mungo's said k. The messages in which he mocked residents were leaked.",
		"Japanese Prime Minister Kenji Ishikawa met p.\n\nThe foreign minister welcomed q. Two of the people said r. They cautioned s. The military body responsible for t, COGAT, said u. Maya Lorne, who Ann Reyes manages, said: “v.”\n\n“w,” she said. The government said x.",
		"A woman who lives nearby, who asked not to be named, said a. The union said b, and its leader, Tom Hale, warned of c. Two members dissented, saying d. The team cautioned that e showed f. g, they said. Urged drivers not to h. Officials asked not to be named. One victim, a widow, paid him. She said i. The home secretary is understood to have told j that k, in a letter seen by l. Lee's spokesman, Ryan Ortiz, said m. The spokesman declined. The midfielder said n. The family of a man who died on Friday have paid tribute to a “kind” o. p, the company said. Pace accused her of q. The 27-year-old told/NN r. “s,” said managing director Fiona Rae.\n\n“t,” she said. …, according to the governor, Oleh Marchuk.",
		"'I never thought I'd a': b\n\nNine out of 10 say c. Majorities in all five say d; most of the 12 say e. Half said so last spring. 70 percent said yes, he said no to f, 26 percent said the same about g, and a third said that of h. Parents who i say they believe j. Ann said the k stood/VBN by l. Asked if she would m, she laughed. The judge said the rule that n would o. She told reporters she had not read p but that q. Only 29 percent of them said r. The poll found that 54 percent back s. Ann called him divisive; Bo called the t lawful. One of the u, Ann Lee of Leeds, told v. “w,” said the study's lead author, Dr Ann Lee, an x. Ann said Saka, who y, would z. The former minister denied breaking a after it emerged b. Veltro Holdings Inc said c. The company, which d, said e.",
		"Interview: a\n\nHer daughter, Nina Cole, said her mother had b. \"c,\" she said. A spokesperson said Britain was \"d\" in e and pointed to f. Its managing director, Petra Vance, said g. Cycling groups said h, but the club posted a message saying he was \"i\". Ann Lee, who has opposed j, wrote to k asking her to \"l\" m. One of them, Bristol East MP Kieran Doyle, said n. Ann told the conference in Harrogate that o were \"p\". Q, according to r. The s were found, archaeologists have announced. Five people, aged/VBD 21 and 67, had t, a report has revealed. Kate and Ryan Moss, whose son u, said: \"v.\" The company, based in Austin, Texas, said w.\n\nCan you x?\n\ny.\n\nMy z.\n\nThe a is b.",
		"'I'd a': Volunteer who b retires\n\nSam and Priya Holloway c. \"d,\" Mr Holloway said. His wife said e. \"f,\" she said. The minister's response? \"g.\" As the head of one charity put it to me: \"h.\" Ann said i and urged them to \"j\". Workers at the k could l, the union warned. One, who asked not to be named, told m: \"n.\" A spokesman for Speaker Tom Reyes, Colin Marsh, said o. Minister 'p' q, then \"deeply p\".",
		"Rovers boss hails 'a' b\n\nThe daughter of a man who died early on Saturday said stolen c were d, but that e. “f,” Al added. “So do I.”\n\nOne neighbour, who asked not to be named, said g.\n\n“h,” she said. Passengers stuck on a train for six hours without water or working toilets have described i as “j”. Jed Marlow, the creator of Line of Duty, who described it as “k.” Its health and safety officer, Dave Jessop, and chief officer Ann Lee said l. Asked whether she and Ms Kemp disagreed, she replied m. Consumer group Which? said n. The fault, in a system used to plan o, had been fixed. The mayor calls her “p”.\n\nTF: q?\n\nRA: r.",
		"Envoy says peace talks 'at a b'\n\nA senior diplomat, who spoke because he was c, said d. Nurses at a clinic have described a \"e\" in which staff who complain are f, a union has claimed. Police are urging residents to g. Forecasters are warning walkers not to h. The messages show Ann telling an aide that i \"j\" and suggesting k \"l\". Fans who had travelled to Berlin for the m said n, according to people close to her. Scientists warn of 'o' p. Inspectors found \"q\" conditions. Mara Quill called out her rival for r. The Treasury insists that s. Rep. Ann Lee said Sunday on CNN's \"State of the Union\" that t. Leaks, which it said wasted/VBN u. One said v, while another said w.",
		"'We were left to a': flood victims b\n\nSpeaking as Marlow's reported c, chief executive Nina Cole said d. Ann told RTÉ the fine sent \"e\" to f. A senior envoy said g.\n\nSpeaking from his hospital bed, the father of three said:\n\n\"h.\"\n\nThe envoy, Henrik Sol, said i. Sen. Tom Garrow, whose state's farmers were j, said k but warned against \"l.\" The agency would respond to the senators m. She would not explain how n that o. The report says the ministry was told as early as 2021 that p. Ann Nairn accused the current mayor, Conservative Tom Whitham, of \"q\".\n\nQ: r?\n\nA: s.",
		"'My son was a': mother's b at c\n\nFamilies of residents who died have called for d, saying e. Emails seen by the Post show f. In his view, g. \"h,\" said retired teacher Ann Lee, 71. A rebel commander, reached by phone, denied i. \"j,\" he said. The exit poll is k. It suggests l. Owner hailed a hero. He called for help. Boss 'm' told staff n. Lee produced emails suggesting o, the ONS said last week, p.",
		"'a b,' says editor after c\n\n02:14 Defending, Ann Lee said her d was e. The research, led by f, surveyed g. It found h. One driver, who gave his name only as Tom, said i. Trust j said it k. A spokeswoman added: \"l.\" My wife told me that the manager had come and said m. The 23-year-old Italian said n.\n\nSENATOR ANN LEE: o?\n\nLEE: p.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a, err := article.Parse(s)
		if err != nil {
			return
		}
		ents := entities.Recognize(a)
		checkQuotes(t, a, Find(a, ents))
		checkQuotes(t, a, Find(a, ents, WithStances()))
		last := -1
		for _, r := range ResolvePronouns(a, ents) {
			if r.Pronoun.Start <= last || r.Pronoun.End > len(s) || r.Pronoun.Start >= r.Pronoun.End {
				t.Fatalf("pronoun span %v out of order or outside the text", r.Pronoun)
			}
			if r.Cluster < 0 || r.Cluster >= len(ents.Clusters) || ents.Clusters[r.Cluster].Label != entities.Person {
				t.Fatalf("pronoun %v resolved to %d, no person cluster", r.Pronoun, r.Cluster)
			}
			last = r.Pronoun.Start
		}
	})
}

func TestCueLexicon(t *testing.T) {
	assert.True(t, IsCue("Said"))
	assert.True(t, IsCue("talked"), "a form with a role is a cue too")
	assert.False(t, IsCue("statement"), "nouns are not verb cues")
	assert.True(t, nounCues["statement"])
	assert.True(t, weakCues["believes"])
	assert.True(t, objectCues["told"])
	assert.True(t, bareWeak["reported"])
	assert.Contains(t, prepCues["called"], " for ")
	assert.NotContains(t, prepCues["spoke"], " on ", "spoke on Monday is a time")
	assert.False(t, IsCue("the"))
}

func TestWordLists(t *testing.T) {
	assert.True(t, auxiliaries["has"])
	assert.True(t, timeWords["monday"])
	assert.Contains(t, titleHeads["congressman"], "rep.")
	assert.Panics(t, func() { wordList("no such list") })
}

// TestSpeakerNames checks the speaker name of each quotation, in order,
// where the rules must look past words in marks or to the sentence before.
func TestSpeakerNames(t *testing.T) {
	for _, c := range []struct {
		name, text string
		speakers   []string
		noCue      bool // the speaker is found with no cue
	}{
		// The sentence's subject is outside the marks: not the "I" of the
		// quotation that opens it.
		{"participle after a quotation", "The works go on.\n\n“I think the plan is late,” Ana Ruiz said on Monday, adding, “The works will not start before May.”",
			[]string{"Ana Ruiz", "Ana Ruiz"}, false},
		// "said" inside the first quotation is its words, not the cue of
		// the second.
		{"cue inside other marks", "The works go on.\n\nThe headlines ran “Tom Hale said no to the plan” and “the vote on the plan was rushed” all week.",
			[]string{"", ""}, false},
		{"speaker from the sentence before", "The works go on.\n\nMayor Nora Quist is unapologetic about the delay. “We had no choice.”",
			[]string{"Nora Quist"}, true},
		// A sentence about nobody gives no speaker.
		{"a sentence before about nobody", "The works go on.\n\nThe delay was long. “We had no choice.”",
			[]string{""}, false},
		// A lede's role, and the headline's, is the person the body names
		// next; not one who has a title that does not fit it.
		{"a lede's role named in the next paragraph", "Flood defences 'not good enough', minister admits\n\nThe environment minister has admitted that the defences failed.\n\nSpeaking on Tuesday, Rebecca Lowe said a review would follow.",
			[]string{"Rebecca Lowe", "Rebecca Lowe", "Rebecca Lowe"}, false},
		{"a lede's role and a person of another title", "Talks fail\n\nThe environment minister has admitted that the defences failed.\n\nOpposition leader Tom Hale said a review should follow.",
			[]string{"The environment minister", "Tom Hale"}, false},
		{"a headline's role and a person with a courtesy title", "Minister defends cuts, saying theatres must cope\n\nThe culture secretary, Nadia Harrow, said the cuts were fair.\n\nMs Harrow said theatres must cope.",
			[]string{"Nadia Harrow", "Nadia Harrow", "Nadia Harrow"}, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			a, qs := find(t, c.text)
			require.Len(t, qs, len(c.speakers))
			for i, q := range qs {
				assert.Equal(t, c.speakers[i], q.SpeakerName, q.Content.Text(a.Text))
				if c.noCue {
					assert.True(t, q.Cue.Empty())
				}
			}
		})
	}
}

func TestMainVerb(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Ruiz has adopted a plan.", "adopted"},
		{"Ruiz has also repeatedly adopted a plan.", "adopted"},
		{"Ruiz had been warned.", "warned"},
		{"Ruiz has a plan.", "has"},
		{"Ruiz adopted a plan.", "adopted"},
	} {
		a, err := article.Parse(c.text)
		require.NoError(t, err)
		f := &finder{a: a}
		v := f.mainVerb(1, len(a.Tokens))
		assert.Equal(t, c.want, a.TokenText(v), c.text)
	}
}

// people is an entity result with one person, one cluster each, at the
// first place each name stands in a's text: for tests of the rules that
// must not hang on what the entity model finds.
func people(a *article.Article, names ...string) *entities.Result {
	r := &entities.Result{}
	for _, name := range names {
		start := strings.Index(a.Text, name)
		m := entities.Mention{Span: article.Span{Start: start, End: start + len(name)}, Label: entities.Person, Cluster: len(r.Clusters)}
		for i, tk := range a.Tokens {
			if tk.Start == start {
				m.Tokens.First = i
			}
			if tk.End == m.End {
				m.Tokens.Last = i + 1
			}
		}
		r.Clusters = append(r.Clusters, entities.Cluster{Name: name, Label: entities.Person, Mentions: []int{len(r.Mentions)}})
		r.Mentions = append(r.Mentions, m)
	}
	return r
}

// TestTitledSurname: a courtesy title and a surname the entity tagger
// left out (Ms McLeod) are the one person of that surname, unless the
// title's gender is not theirs.
func TestTitledSurname(t *testing.T) {
	text := "The chief executive, Fiona McLeod, spoke. Ms McLeod said prices rose. Mr McLeod said prices fell."
	a, err := article.Parse(text)
	require.NoError(t, err)
	ents := people(a, "Fiona McLeod")
	ents.Clusters[0].Gender = "female"
	f := newFinder(a, ents)
	at := func(words string) article.Range {
		k := strings.Index(text, words)
		for i, tk := range a.Tokens {
			if tk.Start == k {
				return article.Range{First: i, Last: i + 2}
			}
		}
		return article.Range{}
	}
	name, c := f.speakerOf(at("Ms McLeod"))
	assert.Equal(t, "Fiona McLeod", name)
	assert.Equal(t, 0, c)
	_, c = f.speakerOf(at("Mr McLeod"))
	assert.Equal(t, -1, c)
}

// The fallback looks for a cue before a quotation nearest first, then at
// the quotation and after it.
func TestNearestFirst(t *testing.T) {
	f := &finder{}
	m := &marked{Open: 5}
	var got []int
	for n := 2; n < 9; n++ {
		got = append(got, f.nearestFirst(m, article.Range{First: 2, Last: 9}, n))
	}
	assert.Equal(t, []int{4, 3, 2, 5, 6, 7, 8}, got)
}

// One report reached through two cues (a speech act's and a speech
// verb's) is kept once, with the cue nearer its words; a report inside
// another's content, whose noun cue the other holds, is a second report.
func TestDropRepeats(t *testing.T) {
	text := "Tom Hale criticized her record, which he said showed she “is not going to fix it” soon. Ann Lee rejected his claim that the bridge “will fall down” soon."
	a, err := article.Parse(text)
	require.NoError(t, err)
	span := func(s string) article.Span {
		i := strings.Index(text, s)
		require.GreaterOrEqual(t, i, 0, s)
		return article.Span{Start: i, End: i + len(s)}
	}
	report := func(content, cue string) Quote {
		c := span(content)
		return Quote{Kind: Mixed, Content: c, Parts: []article.Span{c}, Cue: span(cue), SpeakerCluster: -1}
	}
	f := &finder{a: a, out: []Quote{report("she “is not going to fix it” soon", "criticized"), report("she “is not going to fix it” soon", "showed")}}
	f.dropRepeats()
	require.Len(t, f.out, 1)
	assert.Equal(t, "showed", f.out[0].Cue.Text(text))

	f = &finder{a: a, out: []Quote{report("his claim that the bridge “will fall down” soon", "rejected"), report("the bridge “will fall down” soon", "claim")}}
	f.dropRepeats()
	assert.Len(t, f.out, 2)
}

// TestDeterminedIngIsNoCue: an -ing cue after a determiner or possessive
// (the finding), or before a noun it modifies (planning permission), is a
// noun, which reports nothing, with the bounds model as without it.
func TestDeterminedIngIsNoCue(t *testing.T) {
	a, err := article.Parse("Bees\n\nAnn Lee led the study. She said the finding could matter as summers grow hotter.\n\nHer warning came as farms grew.\n\nWe have planning permission for 3,200 of them and 900 are built, she said.")
	require.NoError(t, err)
	for _, q := range Find(a, entities.Recognize(a)) {
		assert.Equal(t, "said", q.Cue.Text(a.Text), "%q", q.Content.Text(a.Text))
	}
}

// "compared" right before "to" or "with" is a contrast, no cue: who
// compares names an object first (compared the plan to …).
func TestComparedWithIsNoCue(t *testing.T) {
	a, f := finderFor(t, "Sales rose 5% compared with last year, and Ann Lee compared the plan to a maze.")
	var cues []string
	for i := range a.Tokens {
		if f.isCue(i) {
			cues = append(cues, fmt.Sprint(i, " ", f.text(i)))
		}
	}
	assert.Equal(t, []string{"12 compared", "14 plan"}, cues) // (plan: a cue of intent)
}

// TestOrganizationDescriptions: "the council" is no person whose title
// holds the word (Council leader Fiona Shaw, named after it), and "the
// airline" is the company named before it, whatever its name.
func TestOrganizationDescriptions(t *testing.T) {
	text := "Cuts\n\nSkyBridge Airways cancelled flights. The council said the closures would save money. Council leader Fiona Shaw said it was hard. The airline said it was sorry."
	a, err := article.Parse(text)
	require.NoError(t, err)
	ents := people(a, "SkyBridge Airways", "Fiona Shaw")
	ents.Mentions[0].Label, ents.Clusters[0].Label = entities.Org, entities.Org
	ents.Clusters[1].Title = "Council leader"
	qs := Find(a, ents, WithBoundsModel(nil))
	by := map[string]string{}
	for _, q := range qs {
		by[q.Speaker.Text(a.Text)] = q.SpeakerName
	}
	assert.Equal(t, "The council", by["The council"])
	assert.Equal(t, "Fiona Shaw", by["Council leader Fiona Shaw"])
	assert.Equal(t, "SkyBridge Airways", by["The airline"])
}

// TestNamedAfterThat: a name after "that" is a clause's subject, someone
// named since the last speaker, so "he" after it is not that speaker by
// default (the complaint alleges that Rusk made calls …; In one, he
// allegedly said: “…” is Rusk's, not the prosecutor's before).
func TestNamedAfterThat(t *testing.T) {
	text := "Man charged over threats\n\nAn Ohio man has been charged with threatening officials, prosecutors said.\n\nBen Rusk of Dayton is accused of leaving voicemails in which he threatened officials, according to a complaint.\n\n" +
		"\"Threats against election workers are an attack on democracy,\" U.S. Attorney Tom Hale said in a statement. \"We will find those responsible.\"\n\n" +
		"The complaint alleges that Rusk made 14 calls. In one, he allegedly said: \"You will pay.\""
	a, err := article.Parse(text)
	require.NoError(t, err)
	qs := Find(a, entities.Recognize(a))
	checkQuotes(t, a, qs)
	var got string
	for _, q := range qs {
		if q.Content.Text(text) == "You will pay." {
			got = q.SpeakerName
		}
	}
	assert.Equal(t, "Ben Rusk", got)
}

// TestFindReportsClauses: "find" reports only a clause (a study found
// the coins were buried; researchers found that …), never a thing found
// (in hopes of finding a way to detect leaks).
func TestFindReportsClauses(t *testing.T) {
	a, qs := find(t, "Leaks\n\nThe water company has spent millions on research in hopes of finding a way to detect leaks in old pipes, but most of the efforts have failed. A study of the pipes found the leaks were caused by frost.")
	var got []string
	for _, q := range qs {
		got = append(got, q.Content.Text(a.Text))
	}
	assert.Equal(t, []string{"the leaks were caused by frost"}, got)
}

// TestPromiseAfterAdjunct: a promise's "to" clause after a phrase of
// place or time is what was promised, with quoted words or without, not
// the phrase (promised in his budget speech to …).
func TestPromiseAfterAdjunct(t *testing.T) {
	for _, c := range []struct{ text, content string }{
		{"Shops\n\nThe chancellor, Robert Vane, promised in his budget speech to cut business rates for small shops.", "to cut business rates for small shops"},
		{"Shops\n\nThe chancellor, Robert Vane, promised in his budget speech to \"breathe new life into our town centres\".", "to \"breathe new life into our town centres\""},
	} {
		a, qs := find(t, c.text)
		require.Len(t, qs, 1, c.text)
		assert.Equal(t, c.content, qs[0].Content.Text(a.Text))
		assert.Equal(t, "Robert Vane", qs[0].SpeakerName)
	}
}

// TestWhoseNamed: after "whose", a role and the name set off after it,
// with no verb of the relative clause before the cue, the named person
// speaks (the Federation, whose director general, Paul Stenholm, said);
// a relative clause with a verb of its own before the cue is an aside on
// the speaker (Ms. Tarrow, whose start-up, Lumiq, uses data …, said …:
// “…”: the colon's clause is said's, not uses').
func TestWhoseNamed(t *testing.T) {
	a, qs := find(t, "Bank\n\nThe decision was criticised by the Norland Federation of Industry, whose director general, Paul Stenholm, said manufacturers were \"crying out for relief\".\n\nMs. Tarrow, whose latest start-up, Lumiq, uses big data to help brands find suppliers, said the mayor was a candidate in the spirit of the valley: \"She is a start-up kind of person. She has a lot of ideas.\"")
	got := map[string]string{}
	for _, q := range qs {
		got[q.Content.Text(a.Text)] = q.SpeakerName + " / " + q.Cue.Text(a.Text)
	}
	assert.Equal(t, "Paul Stenholm / said", got["manufacturers were \"crying out for relief\""])
	assert.Equal(t, "Tarrow / said", got["She is a start-up kind of person. She has a lot of ideas."])
}

// TestPeerAndObituary: "the peer" after a lord is named stands for him;
// a name and a colon before an obituary's "dies aged" is no quotation
// (Sir Ian Calder: Theatre director dies aged 84).
func TestPeerAndObituary(t *testing.T) {
	a, qs := find(t, "Care\n\nLord Pemberton, who chairs the Lords social care committee, said the sector was \"on its knees\".\n\nSpeaking to the Today programme, the peer said: \"We have homes that cannot pay their staff. Something has to give.\"")
	require.Len(t, qs, 2)
	assert.Equal(t, "the peer", qs[1].Speaker.Text(a.Text))
	assert.Equal(t, "Pemberton", qs[1].SpeakerName)
	_, qs = find(t, "Sir Ian Calder: Theatre director dies aged 84\n\nThe theatre director Sir Ian Calder, who ran the Northern Stage company for three decades, has died at the age of 84.")
	assert.Empty(t, qs)
}

// TestRelativePossessive: a possessive inside a relative clause on a name
// is that person's (Isla Brown, who came with her grandfather), and so
// the next "she" that speaks is hers, not the earlier speaker's; the name
// after "Among the volunteers was" is its sentence's subject.
func TestRelativePossessive(t *testing.T) {
	a, qs := find(t, "Beach\n\nOrganiser Gemma Lowe said the amount of plastic found was \"shocking\".\n\n\"We found fishing nets, bottles, crisp packets, even a fridge,\" she said.\n\nAmong the volunteers was eight-year-old Isla Brown, who came with her grandfather. \"I want the beach to be nice for the seals,\" she said.")
	require.Len(t, qs, 3)
	assert.Equal(t, "I want the beach to be nice for the seals", qs[2].Content.Text(a.Text))
	assert.Equal(t, "Isla Brown", qs[2].SpeakerName)
}

// TestBodyRecallsGoods: a body that recalls something recalls goods, no
// speech (FreshWay has recalled chicken products); a person recalls an
// event (Ann Lee recalled the day it closed).
func TestBodyRecallsGoods(t *testing.T) {
	a, qs := find(t, "Recall\n\nSupermarket chain FreshWay has recalled several of its own-brand chicken products after tests found salmonella.\n\nAnn Lee, who worked at the mill for 30 years, recalled the day it closed in 1982 and the anger of the workers.")
	require.Len(t, qs, 1)
	assert.Equal(t, "Ann Lee", qs[0].SpeakerName)
	assert.Equal(t, "recalled", qs[0].Cue.Text(a.Text))
}

// TestInterviewByLine: an article whose line under the headline says
// "Interview by" is an interview, though its headline names its subject,
// not the interviewee; the answers are the person the introduction names
// as a sentence's subject, not the subject it names more often after a
// preposition or a verb.
func TestInterviewByLine(t *testing.T) {
	_, qs := find(t, "Why Ada Lovelace still matters\n\nInterview by Theo Marsh\n\nHistorian Dr Rosalind Achebe has spent a decade researching the life of Ada Lovelace. Her new book argues that Lovelace was the first programmer.\n\nWhat drew you to Lovelace?\n\nI think it was her letters. They are funny and sharp.\n\nWhat would she make of today's machines?\n\nShe would be fascinated and rather sceptical.")
	answers := 0
	for _, q := range qs {
		if q.Cue.Empty() {
			answers++
			assert.Equal(t, "Rosalind Achebe", q.SpeakerName)
		}
	}
	assert.Equal(t, 2, answers)
}

// TestInnerThatClauseConjunct: inside a quotation, a cue after "and"
// joining the past perfect of a "that" clause is that clause's person's,
// as outside one: the inner quotation is the manager's, not the wife's.
func TestInnerThatClauseConjunct(t *testing.T) {
	a, qs := find(t, "Mine\n\n\"My wife told me later that the manager had come to the house and said, 'We are doing everything we can.' She did not believe a word of it,\" he said.")
	found := false
	for _, q := range qs {
		if q.Content.Text(a.Text) == "We are doing everything we can." {
			found = true
			assert.Equal(t, "the manager", q.SpeakerName)
		}
	}
	assert.True(t, found)
}

// TestQuotedAnswers: in an interview whose answers are each a paragraph in
// quotation marks, after a question or a statement put to the
// interviewee, the answers are the interviewee's, not a speaker the
// question named.
func TestQuotedAnswers(t *testing.T) {
	_, qs := find(t, "Interview: 'I never planned to be a politician'\n\nNadia Rahman became the youngest council leader in the country last year. She spoke to us about housing and her critics.\n\nYou were 29 when you became leader. Did you feel ready?\n\n\"Honestly, no. Nobody feels ready. But I knew what I wanted to change.\"\n\nWhat is the biggest problem facing the city?\n\n\"Housing, without a doubt. We have 8,000 families on the waiting list.\"\n\nYour opponents say you have no experience.\n\n\"They said that about every young person who ever did anything.\"")
	n := 0
	for _, q := range qs {
		if q.Kind == Direct {
			assert.Equal(t, "Nadia Rahman", q.SpeakerName, q.Paragraph)
			n++
		}
	}
	assert.Equal(t, 4, n)
}

// TestQuotedAnswersQuotingOthers: an answer in marks that quotes someone
// inside it is still one quotation, the interviewee's; the words it
// quotes are not.
func TestQuotedAnswersQuotingOthers(t *testing.T) {
	_, qs := find(t, "Interview: 'I never thought I would walk again'\n\nAnn Vale completed the Kelby half-marathon on Sunday. She spoke to us about the road back.\n\nHow did the crash happen?\n\n\"A car pulled out of a side road. I woke up in hospital three days later.\"\n\nWhat kept you going?\n\n\"My physio. Every session he would say, 'One more step, Ann.' And I would do it.\"")
	var names []string
	for _, q := range qs {
		names = append(names, q.SpeakerName)
	}
	assert.Equal(t, []string{"Ann Vale", "Ann Vale", "Ann Vale", ""}, names)
}

// TestVerbSeriesInReport: "and" and a cue closing a series of the
// reported clause's verbs is the clause's last verb, not the speaker's
// next act; shouting at someone reports no words; a next act's verb after
// a comma and "but" ends the report however the tagger reads it.
func TestVerbSeriesInReport(t *testing.T) {
	a, qs := find(t, "Mayor\n\nThe officials said Tom Hale had shouted at staff, sent abusive messages late at night and threatened to have one officer sacked. Ann Lee yelled at the referee.\n\nMr Vane said the website had shown the policy since 2022, but admitted staff should have checked the booking.")
	var contents []string
	for _, q := range qs {
		contents = append(contents, q.Content.Text(a.Text))
	}
	assert.Contains(t, contents, "Tom Hale had shouted at staff, sent abusive messages late at night and threatened to have one officer sacked")
	assert.Contains(t, contents, "the website had shown the policy since 2022")
	for _, q := range Find(a, nil) { // (the learned end had cut a nested "shouted" report to "at staff")
		assert.False(t, strings.HasPrefix(q.Content.Text(a.Text), "at "), q.Content.Text(a.Text))
	}
}

// TestHeardShouting: an -ing word after a verb of hearing is a sound, no
// cue (she heard shouting and saw a boy struggling in the water).
func TestHeardShouting(t *testing.T) {
	_, qs := find(t, "Rescue\n\nMrs Anita Kaur was walking to school on Monday morning when she heard shouting and saw a 12-year-old boy struggling in the water.")
	assert.Empty(t, qs)
}

// TestWhoAfterBareRole: "who" after a name and a bare role set off by
// commas is the person's, not the body the role is of (Marcy Feld,
// president of the parents' association, who called …).
func TestWhoAfterBareRole(t *testing.T) {
	a, qs := find(t, "Phones\n\n\"Parents need to be able to reach their children in an emergency,\" said Marcy Feld, president of the statewide parents' association, who called the ban \"an overreach.\"")
	require.Len(t, qs, 2)
	assert.Equal(t, "called", qs[1].Cue.Text(a.Text))
	assert.Equal(t, "Marcy Feld", qs[1].SpeakerName)
}

// TestQuotedAsSaying: "quoted X as saying" gives X's words, whoever
// quoted them (the agency KNA quoted a senior diplomat as saying …).
func TestQuotedAsSaying(t *testing.T) {
	a, qs := find(t, "Talks\n\nKastranan officials did not comment, but the state news agency KNA quoted a senior diplomat as saying the demands were \"unrealistic\".")
	require.Len(t, qs, 1)
	assert.Equal(t, "a senior diplomat", qs[0].Speaker.Text(a.Text))
}

// TestMakerIsTheCompany: "the snack maker" stands for the company named
// before it, as "the company" does.
func TestMakerIsTheCompany(t *testing.T) {
	_, qs := find(t, "Shares\n\nShares in Orbital Foods fell by almost a quarter on Wednesday after the snack maker warned that annual profits would be lower than expected.")
	require.Len(t, qs, 1)
	assert.Equal(t, "Orbital Foods", qs[0].SpeakerName)
}

// TestEachQuotation: one thing of each quotation of a text: who speaks,
// by name or by the words of the phrase, or what is reported (the rules
// for speakers after phrases of place and time, of a body a noun
// describes, of a role before an appositive, of "they", of lists of
// names; for the hearer before a report, and a report's end before
// another's).
func TestEachQuotation(t *testing.T) {
	const (
		name    = iota // the speaker's name
		speaker        // the words of the speaker's phrase
		content        // the words reported
	)
	for _, tt := range []struct {
		name, text string
		of         int      // what of each quotation is compared
		want       []string // one per quotation; "" is not compared
	}{
		{"a past participle after the sentence's first noun opens a long modifier the finite verb follows: no report, and the noun phrase before it speaks",
			"Hedge\n\nA man accused of murdering his neighbour during a row over a hedge has told a jury he acted in self-defence.", speaker,
			[]string{"A man"}},
		{"but not a participle before \"by\": its agent is the author",
			"Row\n\nAn article written by columnist Ann Roe — headlined The Rats Are Winning — accuses the mayor of wasting money.", name,
			[]string{"Ann Roe"}},
		{"\"the company\" is no public body whose name ends in a word no company's does (the Health and Safety Executive)",
			"Fine\n\nNorthway Distribution Ltd admitted breaching safety laws. The Health and Safety Executive said the firm had failed. The company said it had since made changes.", name,
			[]string{"Health and Safety Executive", "Northway Distribution Ltd"}},
		{"an office's field after \"of\", an adjective before the comma of a name after an inverted cue, is the speaker's phrase's",
			"Refunds\n\n\"Customers trust suppliers,\" said Ofgem's director of retail, Helen Marsh.", name,
			[]string{"Helen Marsh"}},
		{"a place after \"to\" in a speaker's phrase is no speaker",
			"Airport ordeal for passengers\n\nPassengers on a flight diverted to Manchester say they were kept on the plane for seven hours.", name,
			[]string{"Passengers on a flight diverted to Manchester"}},
		{"a person named inside the pronoun's own quotation does not stop it standing for the speaker of the sentence before",
			"Senator to oppose nominee\n\nSen. Margaret Holloway said she would vote against the nominee, judge Carter Vance.\n\nWhite House press secretary Dana Whitcomb told reporters the administration remained \"confident\" Vance would be confirmed. \"Judge Vance is eminently qualified,\" she said.", name,
			[]string{"Margaret Holloway", "Dana Whitcomb", "Dana Whitcomb"}},
		{"someone new in a lede is the person whose name, an age set off after it, opens the next paragraph",
			"Teenager who saved boy speaks out\n\nA teenager who pulled a young boy from a river has said he \"didn't think twice\".\n\nKieran Doyle, 16, was walking his dog when he heard screams.", name,
			[]string{"Kieran Doyle"}},
		{"but not when the next paragraph opens with no age after the name",
			"Teenager who saved boy speaks out\n\nA teenager who pulled a young boy from a river has said he \"didn't think twice\".\n\nKieran Doyle was walking his dog when he heard screams.", name,
			[]string{"A teenager"}},
		{"a long relative clause in the past, opened by \"whose\", ends the speaker's phrase: the noun before it speaks, not the clause's last object",
			"Ambulance waits\n\nA woman whose 87-year-old mother waited 11 hours for an ambulance after a fall has called for urgent action on delays.", name,
			[]string{"A woman"}},
		{"a short sentence in title case, quoted with no cue right after a speaker's quotation in its paragraph, goes on with it: no term",
			"Landlord fined\n\nThe tenant, Leanne Shaw, complained. \"He told me to open the windows,\" she said. \"In January.\"", name,
			[]string{"Leanne Shaw"}},
		{"\"they\" opening a paragraph stands for the plural subject of the paragraph just before",
			"Sleep study\n\nTeenagers sleep badly, a study suggests.\n\nResearchers at Kelby University followed 6,000 young people for two years.\n\nThey found that heavy users went to bed later.", name,
			[]string{"a study", "Researchers at Kelby University"}},
		{"\"under\" joins its object to the speaker's phrase, and a lede's role, someone new, is the person named next with an age set off",
			"Race\n\nRICHMOND, Va. — A former deputy secretary of commerce under President Marcus Bell announced Wednesday that she would run for governor.\n\nElaine Foster, 58, told supporters in Richmond that the state needed change.", speaker,
			[]string{"A former deputy secretary of commerce under President Marcus Bell", "Elaine Foster"}},
		{"so the lede's role is the person",
			"Race\n\nRICHMOND, Va. — A former deputy secretary of commerce under President Marcus Bell announced Wednesday that she would run for governor.\n\nElaine Foster, 58, told supporters in Richmond that the state needed change.", name,
			[]string{"Elaine Foster", "Elaine Foster"}},
		{"one word after a cue, a noun before words quoted from a verb on, is their clause's subject: a mixed quotation",
			"Survey\n\nIts director, Ann Lee, said volunteers \"give their time for free and deserve respect\". Tom Hale said staff \"were shocked\".", content,
			[]string{"volunteers \"give their time for free and deserve respect\"", "staff \"were shocked\""}},
		{"\"per cent\" after a number is one phrase with it",
			"Survey\n\nThe group questioned 2,400 volunteers. Forty-six per cent said they had been insulted.", speaker,
			[]string{"Forty-six per cent"}},
		{"\"one\" or \"another\" alone after an inverted cue is the speaker",
			"Spying\n\n\"It felt like being watched,\" said one, who asked not to be named because she feared for her career. \"It was awful,\" said another.", speaker,
			[]string{"one", "another"}},
		{"a person's name in apposition, before \"of\" and a body, is who speaks",
			"Baby death\n\nThe family's solicitor, Jonathan Reece of Hartley Legal, said the couple were considering legal action.", name,
			[]string{"Jonathan Reece"}},
		{"\"they\" stands for two people joined by \"and\" who spoke before",
			"Baby death\n\nChloe and Ryan Morton said they had been \"let down\". In a statement, they said: \"Isla should be here today.\"", name,
			[]string{"Chloe Morton", "Chloe Morton"}},
		{"an object pronoun after a cue of telling is the hearer, no part of the clause reported",
			"Jailed\n\nJudge Nicholas Hall jailed Mark Ellery. He told them they had shown \"breathtaking greed\".", content,
			[]string{"they had shown \"breathtaking greed\""}},
		{"an office's holder set off after a servant's noun and \"for\" is whom the phrase serves: the servant speaks; a name with no office is the servant's",
			"Race\n\nBut a spokesman for one of her rivals, Lt. Gov. Denise Harper, dismissed the announcement. A spokesman for the company, Tom Ray, said it was wrong.", name,
			[]string{"a spokesman for one of her rivals", "Tom Ray"}},
		{"an infinitive cue after a comma is no trailing cue of what comes before it",
			"Logbooks\n\nHe died. I found his logbooks in the attic. I thought, somebody has to tell this story.", content,
			[]string{"somebody has to tell this story"}},
		{"a pronoun inside a transcript's turn is not the turn's speaker, named in capitals",
			"Debate row\n\nKATE LOWE: Why not debate?\n\nJOEL HART: This is a man who said he would never run a negative ad, ever. Let us see the tone of the campaign he wants to run before we get to any other questions.\n\nLOWE: Why not in May?\n\nHART: Senator Vance does not get to decide when we debate. Let us see if he goes back to the kind of tone he said he was going to set early on.", name,
			[]string{"KATE LOWE", "JOEL HART", "a man", "he", "KATE LOWE", "JOEL HART", "Vance"}},
		{"a person an aside after the speaker's phrase names with \"named as\" is who speaks",
			"Plane lands on motorway\n\nThe pilot, named locally as 62-year-old retired RAF officer Keith Danvers, said he had \"about thirty seconds\" to choose a place to land.", name,
			[]string{"Keith Danvers"}},
		{"a word in lower case before a body's name is its modifier: the name set off after the phrase is who speaks",
			"Budget\n\nThe Republican leader in the state Senate, Sen. Doug Harnett, said his caucus had won concessions on taxes.", name,
			[]string{"Doug Harnett"}},
		{"a participle's phrase on the object of the subject's \"of\", over its particle and a \"by\" naming no one, qualifies the subject before the cue",
			"Landslip\n\nResidents of a village cut off by a landslip say they feel forgotten, six weeks after the road was closed.", speaker,
			[]string{"Residents of a village"}},
		{"a gerund after a superlative modifies the noun it opens a phrase with",
			"Strike\n\nThe leader of the country's biggest teaching union has warned that teachers will strike in the new year.", speaker,
			[]string{"The leader of the country's biggest teaching union"}},
		{"a document's author after \"by\" or \"from\" is who speaks",
			"Study\n\nSupport for the plan has grown among young voters, according to a new poll by the Kelby Institute of Politics.", name,
			[]string{"Kelby Institute of Politics"}},
		{"a name set off after a subject and a participle the tagger read as a past tense is the sentence's subject; a possessive inside what its cue reports, no one named between, is the subject's; the pronoun after its quotation means it",
			"Turbine\n\nFarmer Geoff Aldous wants a turbine. \"This would make the farm pay again,\" he said.\n\nBut his neighbour, retired engineer Colin Pask, says the turbine would ruin the view from his home. \"I've lived here for 40 years. I'm not against green energy, but not here,\" he said.", name,
			[]string{"Geoff Aldous", "Colin Pask", "Colin Pask"}},
		{"\"that\" right after a cue, before a modal or a form of be, have or do, is the clause's subject",
			"Turbine\n\nMr Pask said that would make no difference. Ann Lee said that was wrong. Tom Hale said that the plan was late.", content,
			[]string{"that would make no difference", "that was wrong", "the plan was late"}},
		{"two noun phrases joined by \"and\" after the sentence's opening conjunction speak together",
			"Navy\n\nBut lawyers and legal experts said that is highly unlikely.", speaker,
			[]string{"lawyers and legal experts"}},
		{"a gerund's object may hold a participle before its noun, up to the clause's verb",
			"Aid\n\nThe council said fighting between armed groups had forced farmers to abandon their fields.", content,
			[]string{"fighting between armed groups had forced farmers to abandon their fields"}},
		{"a hearer goes on over its relative clause or participle to what it is urged to do",
			"Fire\n\nSheriff Karen Holt urged people who had not left to do so immediately. Deputy Al Ruiz urged residents living near the river to leave. Holt urged a man who wanted to stay in his home to reconsider.", content,
			[]string{"people who had not left to do so immediately", "residents living near the river to leave", "a man who wanted to stay in his home to reconsider"}},
		{"a passive naming cue's agent after \"by\" speaks the words quoted after \"as\"",
			"Tributes\n\nMargaret Hollis was described by former pupils as \"firm but fair\" and \"the heart of the school.\" The plan was described by Lee as \"reckless\".", speaker,
			[]string{"former pupils", "Lee"}},
		{"a headline's \"government\" is no ministry the article names only later as a body of its own",
			"Government unveils plan to cut energy bills\n\nThe government has announced a scheme to insulate homes.\n\nEnergy Secretary Helen Ashdown said the plan would help.\n\nThe Treasury said the scheme would be funded from existing budgets.", name,
			[]string{"Government", "The government", "Helen Ashdown", "Treasury"}},
		{"a relative aside closed before the main clause's verb is no aside of the cue's subject; two people joined by \"and\" set off after a noun speak",
			"Shop\n\nThe shop, which is also the post office, was put up for sale when its owners, Jim and Sue Beddoes, announced they were retiring. Other traders, including Ann Lee and Tom Hale, said the sale was welcome.", speaker,
			[]string{"its owners, Jim and Sue Beddoes", "Other traders"}},
		{"a lede's \"head\" of a body is a role: the first person the body names after it",
			"Tech boss: 'AI will not replace journalists'\n\nThe head of one of Europe's largest technology companies has said artificial intelligence will never replace journalists.\n\nSpeaking in Berlin, Lena Hoffmann, chief executive of Datavia, said AI tools were useful.", name,
			[]string{"Lena Hoffmann", "Lena Hoffmann", "Lena Hoffmann"}},
		{"a possessive opening a phrase a name is set off after is no subject a later \"she\" follows",
			"Clash\n\nCouncillor Joan Barker said the centre was losing money.\n\nHer Labour counterpart, Councillor Priya Shah, disputed the figures. She said the losses had been exaggerated.", name,
			[]string{"Joan Barker", "Priya Shah"}},
		{"a role before \"for\" and whom it serves, set off before a name, is that person's: the role alone later means them",
			"Settlement\n\nA spokesman for Mayor Carla Nunez, Tom Beale, said the agreement was fair. The spokesman declined to answer further questions.", name,
			[]string{"Tom Beale", "Tom Beale"}},
		{"a place's noun is no person whose title holds it: the city is no City Manager",
			"Budget\n\nCity Manager Ellen Ruiz said the deficit was $4 million.\n\nThe city said it would cut library hours.", name,
			[]string{"Ellen Ruiz", "The city"}},
		{"a participle's subject after \"with\" may open with a comparison of its count",
			"Revolt\n\nThe premier is facing a rebellion from his own party over plans to cut benefits, with more than 60 backbenchers threatening to vote against the government next week.", speaker,
			[]string{"more than 60 backbenchers"}},
		{"aides to a named person speak under their own phrase, not under the name of the one they serve",
			"Vote\n\nTom Greer would not say when a vote would be held. Aides to Greer said privately that the timing depended on it.", name,
			[]string{"Tom Greer", "Aides to Greer"}},
		{"\"put it\" and a phrase saying where or when before the marks is a cue",
			"Review\n\nAsante is extraordinary. As one audience member put it on the way out: \"I forgot I was watching a play.\"", speaker,
			[]string{"one audience member"}},
		{"a report whose clause opens with a subject and a cue of its own before \"that\" holds that report",
			"Lobbying\n\nThe deputy leader, Karen Doyle, said the case showed that the rules were weak.", content,
			[]string{"the case showed that the rules were weak", "the rules were weak"}},
		{"a lede's climber, someone new, is the person whose name and age open the next paragraph",
			"'I thought I was going to die': climber rescued after night on ridge\n\nA climber who spent a night trapped on a narrow ridge said she thought she was going to die.\n\nHelen Fraser, 34, from Aviemore, was found by a rescue team at first light.", name,
			[]string{"Helen Fraser", "Helen Fraser"}},
		{"a headline's term opening with a verb in lower case is the speaker's of a body quotation that holds it",
			"Village mourns teacher who \"gave everything\"\n\nHeadteacher Mark Doherty said the school was devastated.\n\n\"She gave everything to this school,\" he said.", name,
			[]string{"Mark Doherty", "Mark Doherty", "Mark Doherty"}},
		{"\"the woman\", unnamed, speaking in the sentence before, is whom the next paragraph's \"she\" stands for",
			"Inquiry\n\nGiving evidence on Wednesday, the woman, who cannot be named for legal reasons, said there was a \"culture of fear\" at the home.\n\n\"If you spoke up, you were out,\" she told the inquiry.", name,
			[]string{"the woman", "the woman"}},
		{"an adjective written after a role's noun ends the phrase a name is set off after",
			"Towns\n\nThe minister responsible, Nicholas Vane, insists the money is \"making a real difference\".", speaker,
			[]string{"The minister responsible, Nicholas Vane"}},
		{"\"one\" or \"another\" alone before a cue, after a quotation's close or opening the sentence, speaks",
			"Towns\n\nI spoke to shopkeepers on Bridge Street last week. \"Nobody from the council has been down here in years,\" one told me. Another, who has run a hardware shop for three decades, said she was thinking of closing.", speaker,
			[]string{"one", "Another"}},
		{"a role's gerund that is also a cue's form, before a role and a name after an inverted cue, is the speaker's",
			"Homes\n\nHartwell Homes said the scheme would include 160 homes. \"There is a desperate need for housing in this area,\" said planning director Natalie Ferris.", speaker,
			[]string{"Hartwell Homes", "planning director Natalie Ferris"}},
		{"a title's noun as a naming verb's object before \"as\" makes no title of the words in marks after it",
			"Prize\n\nThe judges described the book as \"haunting, tender and utterly gripping\".", content,
			[]string{"the book as \"haunting, tender and utterly gripping\""}},
		{"a finding's cue after a comma at the sentence's end reports the clause before it, its subject over a modifier or a noun and \"of\"",
			"Rates\n\nTwo of the nine members voted to keep rates on hold, minutes of the meeting showed. More than 30 ships are waiting offshore, shipping data showed.", speaker,
			[]string{"minutes of the meeting", "shipping data"}},
		{"a report's clause of its own, subject first, inside a relative clause on the sentence's subject ends before the main clause's verb",
			"Climb\n\nAnyone who says they are not afraid up there is lying.\n\nA man who told police he was a doctor has been jailed.", content,
			[]string{"they are not afraid up there", "he was a doctor"}},
		{"a participle after a span of decades is the subject's, not the span's",
			"Honour\n\nA scientist who spent two decades warning about the risk of a global pandemic has been awarded the Royal Medal.", name,
			[]string{"A scientist"}},
		{"\"the\" and a role's noun is the description with a possessive an earlier quotation gave",
			"Minister quits\n\nThe prime minister's spokesman said the resignation was \"the right decision\". Asked whether the prime minister had confidence in the department, the spokesman replied: \"Absolutely.\"", name,
			[]string{"The prime minister's spokesman", "", "The prime minister's spokesman"}},
		{"an act's cue with a pronoun for its subject inside a named speaker's report is the report's: one mixed quotation",
			"Firm\n\nIn a statement, Redwater said it welcomed \"the board's decisive action\".", content,
			[]string{"it welcomed \"the board's decisive action\""}},
		{"\"as\" and a clause after a trailing cue's time says when, not what: the report is the clause before the cue",
			"Trial\n\nA former mayor took bribes for city contracts, federal prosecutors said Tuesday as his trial opened.", content,
			[]string{"A former mayor took bribes for city contracts"}},
		{"a span of time before \"of\" measures the object a describing cue reports",
			"Memoir\n\nIn her memoir, former literary agent Dorothy Kemp describes four decades of deals.", content,
			[]string{"four decades of deals"}},
		{"\"she\" after one patient's report stands for the patient",
			"Letters\n\nOne patient, who asked not to be named, told the Kelby Echo she had learned about her diagnosis from a neighbour. \"I was devastated. Nobody should find out like that,\" she said.", name,
			[]string{"One patient", "One patient"}},
		{"a participle the tagger read as a noun keeps its phrase on the speaker's; a cue after leave and \"to\" reports nothing",
			"Talks\n\nA senior official briefed on the talks said the two sides remained far apart. The official spoke on condition of anonymity because he was not authorized to discuss the negotiations publicly.", speaker,
			[]string{"A senior official briefed on the talks"}},
		{"a participle after an age opens a modifier, as after a noun: the phrase before it speaks, not the agent after \"by\"",
			"Plea\n\nThe mother of a 19-year-old killed by a drink-driver has called for tougher sentences. The father of a teenager struck by a driver said the law was too weak.", speaker,
			[]string{"The mother of a 19-year-old", "The father of a teenager struck by a driver"}},
		{"\"her\" read as an object before a noun after a comma is the noun's possessive: the trailing cue's speaker",
			"Tour\n\nFans who bought tickets will be refunded automatically, her promoter, Live Arc, said.", speaker,
			[]string{"her promoter"}},
		{"a plural the tagger read as a verb before a verb that agrees with it heads the cue's subject",
			"Report\n\nInternal emails show that senior officers were unhappy with the final report.", speaker,
			[]string{"Internal emails"}},
		{"\"report\" in the present tense trails a report, as \"reported\" does",
			"Shifts\n\nThose who worked nights had a 24% higher risk than those who only worked days, they report in the journal Sleep Health.", content,
			[]string{"Those who worked nights had a 24% higher risk than those who only worked days"}},
		{"a cue's word after a noun in a noun phrase \"a\" or \"the\" opens is a noun (a flood warning), but a source's noun before it speaks",
			"Storm\n\nAn amber weather warning for wind has been issued for much of the coast. A flood warning is in place. The council issued a letter warning that roads would close.", content,
			[]string{"roads would close"}},
		{"a speech act's object whose words after a possessive are quoted is what the act reports",
			"Prize\n\nThe judges met in London on Monday and praised its \"astonishing control\".", content,
			[]string{"its \"astonishing control\""}},
		{"a journey's \"to\" and its place are the speaker's phrase's, as \"from\" is",
			"Stranded\n\nPassengers on a flight from Malaga to Glasgow say they were \"treated like criminals\" after being held for 11 hours.\n\nPassengers on a ferry to Kelby said they were angry.", speaker,
			[]string{"Passengers on a flight from Malaga to Glasgow", "Passengers on a ferry to Kelby"}},
		{"a lede's role is the next paragraph's subject, not a person a preposition takes before it",
			"Minister defends cuts\n\nThe transport minister has defended cuts to bus subsidies, saying councils must \"make every pound work harder\".\n\nSpeaking on Sunday with Laura Penhale on BBC One, Simon Treddow said the government was spending \"more than ever\" on transport.", name,
			[]string{"Simon Treddow", "Simon Treddow", "Simon Treddow"}},
		{"a superlative after \"the\" heads a speaker's phrase, as an adjective does",
			"Shops\n\nEvery few months, a report tells us the high street is dying. The latest, from the Centre for Retail Futures, says one shop in seven now stands empty.", speaker,
			[]string{"a report", "The latest, from the Centre for Retail Futures"}},
		{"a time after a cue's hearer, before a comma and quoted words, is no part of what is said",
			"Shops\n\nAs one shop owner in Dunmore told me last week, \"A fund doesn't pay the rent.\"", content,
			[]string{"A fund doesn't pay the rent."}},
		{"a line of reactions opens with the person who speaks, their job and body after a comma, then a colon",
			"Budget\n\nHere is what some of them said.\n\nSarah Okoro, chief executive, Kelby Chamber of Commerce: \"The cut in business rates is welcome.\"\n\nProfessor Amrit Gill, University of Kelby: \"The investment in research is a genuine boost.\"", name,
			[]string{"Sarah Okoro", "Amrit Gill"}},
		{"a cue's noun after a medium's noun, before \"that\", is the participle that reports",
			"Plan\n\nDozens of MPs have signed a letter warning that the cap would harm hospitals.", content,
			[]string{"the cap would harm hospitals"}},
		{"an adverb or \"outside\" and its noun between a cue and \"that\" before quoted words are no part of the claim",
			"Jailed\n\nInvestigator Gary Fenn said outside court that the sentence sent \"a clear message that nobody is above the law\".\n\nHis lawyer said afterwards that the verdict was \"a travesty\".", content,
			[]string{"the sentence sent \"a clear message that nobody is above the law\"", "the verdict was \"a travesty\""}},
		{"a headline's term of the first person is the speaker's of the body quotation holding it",
			"Ruiz ready for 'biggest fight of my life'\n\nWelsh boxer Carys Ruiz says she is ready for \"the biggest fight of my life\" when she takes on the champion next month.", name,
			[]string{"Carys Ruiz", "Carys Ruiz"}},
		{"a possessive description that speaks is the person the next paragraphs name right after the same words and a comma",
			"Champion to miss championships\n\nDouble champion Aisha Kamara will miss next month's championships because of a hamstring injury, her agent has said.\n\nKamara, 26, was injured in training. Her agent, Marcus Delmore, said she would need six weeks to recover.", name,
			[]string{"Marcus Delmore", "Marcus Delmore"}},
		{"a cue's plain form the tagger read as a noun, before \"that\", after a plural that opens the sentence, is its verb",
			"Prices\n\nFigures from Which? show that prices rose by 9% last year.\n\nFigures from the council show that rents rose.", content,
			[]string{"prices rose by 9% last year", "rents rose"}},
		{"a cue's plain form the tagger read as a noun, ending its sentence after a comma and a plural subject, trails the report",
			"Cracks\n\nThe council knew about the cracks in 2019, documents obtained by this newspaper show.", speaker,
			[]string{"documents obtained by this newspaper"}},
		{"\"thanked\" reports its object and what it was for",
			"Sacked\n\nIn a statement, the club thanked Dvorak for his \"hard work and commitment\" and said Lee Barton would take charge.", content,
			[]string{"Dvorak for his \"hard work and commitment\"", "Lee Barton would take charge"}},
		{"a plural the tagger read as a verb after a comma, before a cue, is the cue's subject",
			"Rates\n\nInflation rose to 3.6% in June, figures show.\n\nPrices fell in May, figures showed last week.", speaker,
			[]string{"figures", "figures"}},
		{"\"that\" before a cut \"'s\" after a cue is the clause's subject, and opens it",
			"Waits\n\nDoctors' leaders say that's a rounding error. She said that’s not true.", content,
			[]string{"that's a rounding error", "that’s not true"}},
		{"\"the agency\" and \"the regulator\" stand for the public agency named before, by its name's head",
			"Recall\n\nTrevin Motors is recalling 300,000 cars, the Road Safety Administration said.\n\nThe recall covers three models, the agency said. Owners will be written to, the regulator added.", name,
			[]string{"Road Safety Administration", "Road Safety Administration", "Road Safety Administration"}},
		{"\"the agency\" stands for no public agency when another body is named nearer",
			"Recall\n\nThe Road Safety Administration has opened an inquiry into the cars. The fault was first reported by Brakewatch, a campaign group. The agency said it would report in May.", name,
			[]string{"Brakewatch", "The agency"}},
		{"a quantifier's phrase after an inverted cue closing a sentence speaks, over its relative clause, and the report before it holds another",
			"Race\n\nMr. Brandvold, 58, has told allies in recent weeks that he could win the nomination outright, said one of the people, who spoke on condition of anonymity.", speaker,
			[]string{"one of the people", "Mr. Brandvold"}},
		{"an irregular past the tagger read as an adjective after a noun is the reported clause's verb",
			"Theft\n\nA carer stole more than £40,000 from an elderly woman over two years, a court has heard.", content,
			[]string{"A carer stole more than £40,000 from an elderly woman over two years"}},
		{"\"told\" in the passive after a hearer, closing a sentence, reports what comes before, and no one says it",
			"Theft\n\nTracey Bolam, 49, of Fenton Street, Kelby, used the card to buy groceries, clothes and a holiday, Kelby Crown Court was told.", content,
			[]string{"Tracey Bolam, 49, of Fenton Street, Kelby, used the card to buy groceries, clothes and a holiday"}},
		{"after an object cue, a body named first and then nouns in lower case before a finite verb: the body hears, the nouns open the clause",
			"Quake\n\nA rescue worker told the BBC conditions were \"the worst I have ever seen\". He told the Kelby Echo staff were leaving.", content,
			[]string{"conditions were \"the worst I have ever seen\"", "staff were leaving"}},
		{"\"the force\" stands for the police force named before",
			"Searches\n\nThe chief constable of Westmoor Police has apologised. The force said most searches had found nothing.", name,
			[]string{"Westmoor Police"}},
		{"quoted words a finding shows inside the report of a person's description are the description's claim",
			"Deal\n\nA government spokesperson said the deal showed \"what can be achieved through partnership working\".", content,
			[]string{"the deal showed \"what can be achieved through partnership working\""}},
		{"a possessive hearer ending in a programme's noun, however tagged, is the hearer, and its noun no cue",
			"Rates\n\nThe minister told BBC Radio 4's Today programme the government had no plans to raise taxes. She told Radio Kelby's breakfast show the cuts would go ahead.", content,
			[]string{"the government had no plans to raise taxes", "the cuts would go ahead"}},
		{"a transcript's label of a role and a name in brackets: the name speaks the turn",
			"Transcript\n\nPRESENTER (JANE ODELL): Minister, thank you for joining us. Is the service in crisis?\n\nMARGARET OYELO: I would not use that word.\n\nPRESENTER (JANE ODELL): But patients are waiting longer.", speaker,
			[]string{"JANE ODELL", "MARGARET OYELO", "JANE ODELL"}},
		{"a lede's company noun, indefinite, is the first body the next paragraphs name whose name ends in a company's word",
			"Airline apologises to passengers\n\nHundreds of passengers were stranded overnight after a fault grounded flights, an airline has said.\n\nSkyvale Airways cancelled 14 departures.", name,
			[]string{"Skyvale Airways"}},
		{"a relative clause opened by \"where\" on a place-noun is the subject's: its own subject does not speak, the phrase it qualifies does",
			"Care\n\nFormer workers at a care home where five residents died of norovirus say they were never paid for overtime.", speaker,
			[]string{"Former workers at a care home where five residents died of norovirus"}},
		{"but a cue right after a second \"where\" is that clause's own, whose subject speaks",
			"Polls\n\nHe spoke in a state where he remains popular and where polls show Ann Vale trailing Tom Cole.", speaker,
			[]string{"polls"}},
		{"a cue read as a past tense between another verb and a plain noun is an adjective on that verb's object, no report",
			"Prison\n\nGuards at a prison where two inmates escaped ignored repeated warnings about the locks, an inquiry has heard.", content,
			[]string{"Guards at a prison where two inmates escaped ignored repeated warnings about the locks"}},
		{"a body's description with a name before its head stands for no body whose name lacks that name (the Halvorsen administration is not the Marlowe White House)",
			"Trade\n\nThe Marlowe White House backed the deal in 1999. President Tom Halvorsen took office in 2009. The Halvorsen administration argues that the accord will open doors to growth.", name,
			[]string{"The Halvorsen administration"}},
		{"\"One\" opening a sentence before an aside set off by commas is the speaker, one of those named before",
			"Party\n\nSeveral MPs agreed. One, speaking on condition of anonymity, said the mood was \"grim\".", speaker,
			[]string{"One"}},
		{"\"who\" after a role's phrase and \"of\" a body stands for the role's holder, not the body",
			"March\n\nSpeakers included the general secretary of the Kelby Bakers' Union, who told the crowd that workers were \"done being patient\".", name,
			[]string{"the general secretary of the Kelby Bakers' Union"}},
		{"a participle before a role's noun opens the speaker's phrase after a comma (returning officer Mark Doyle said)",
			"Results\n\nTurnout was 58%, down from 64%, returning officer Tom Vane said.", speaker,
			[]string{"returning officer Tom Vane"}},
		{"a body's description in the lede, with none named before, is the first body the next paragraphs name whose name fits",
			"Village school saved\n\nA village school threatened with closure will stay open, the county council has confirmed.\n\nKelby County Council had proposed shutting Ashworth Primary.", name,
			[]string{"Kelby County Council"}},
		{"a past tense right after the sentence's subject, before a participle's preposition and a phrase a finite verb follows, is the subject's modifier, no report",
			"School\n\nA village school threatened with closure will stay open.", content,
			[]string{}},
		{"a headline's role is the person the body names first with a courtesy title and a surname (Lord), and no shadow's title fits the role alone",
			"'The plan is reckless,' says former chancellor\n\nA former chancellor has warned that the plans risk a crisis.\n\n\"The plan,\" Lord Westbrook said, \"is reckless.\"\n\nShadow chancellor Ben Caruso said the intervention was \"devastating\".", name,
			[]string{"Westbrook", "", "Westbrook", "Ben Caruso"}},
		{"an age description is no person the article gives another age, and a pronoun after it stands for it",
			"Buses\n\nSam Ellis, 19, a student, said: \"It's a disaster.\"\n\nThe 45-year-old driver who spoke to us said conditions had worsened. \"We're tired,\" he said.", name,
			[]string{"Sam Ellis", "The 45-year-old driver", "The 45-year-old driver"}},
		{"a diplomat is a person's noun: a trailing attribution ends a nested report at its comma; a place after adjectives after \"from\" is no speaker",
			"Talks\n\nTalks stalled, with both sides accusing each other of bad faith, a diplomat said.\n\nA senior diplomat from the neighbouring Republic of Kastan, who spoke on condition of anonymity, said the account was \"pure fiction\".", name,
			[]string{"a diplomat", "A senior diplomat from the neighbouring Republic of Kastan"}},
		{"a participle right after \"from\" and a person or body is theirs (a call from someone saying), not after a place; a description of kin still speaks after a quotation of two sentences before its cue",
			"Fraud\n\nThe victim received a call from someone saying he was a detective. Ann Vale returned from Leeds saying the deal was done.\n\nDet Sgt Nina Cole said: \"Hang up.\"\n\nThe woman's daughter, who did not want to be named, said her mother was \"devastated\". \"She's always been careful. These people are monsters,\" she said.", name,
			[]string{"someone", "Ann Vale", "Nina Cole", "The woman's daughter", "The woman's daughter"}},
		{"but a threat's participle after \"from\" and a body reports no words",
			"Video\n\nFollowing the release of a new video from the terrorist group threatening an attack in New York City, Ann Vale called upon Mayor Tom Cole to restart patrols.", content,
			[]string{}},
		{"a past tense read by the tagger and \"by\" after a comma opens a participle's aside, not the speaker's name",
			"Audit\n\nThe audit, carried out by the accountancy firm Grant & Hale, found that 4,300 patients had been left off the list.", name,
			[]string{"The audit"}},
		{"a role's noun after a hyphen (co-founder) before a name opens a closing attribution, which ends a report before it at its comma",
			"Startup\n\nThe company, which makes cells for home storage, plans to open its first factory in Nevada next year, co-founder Priya Raman told reporters.", content,
			[]string{"The company, which makes cells for home storage, plans to open its first factory in Nevada next year", "to open its first factory in Nevada next year"}},
		{"a wish's cue before quoted words inside a person's report leaves the words the reporter's, and a past participle after a determiner is the speaker's phrase's",
			"Trial\n\nSpeaking outside court, the alleged victim's brother said the family wanted \"justice, nothing more\".", speaker,
			[]string{"the alleged victim's brother"}},
		{"a lede's indefinite body is the first body the next paragraphs name whose name ends in its noun",
			"Hospice may close beds\n\nA hospice that cares for dying patients says it may have to close beds.\n\nSt Aidan's Hospice needs to raise £4m a year.", name,
			[]string{"St Aidan's Hospice"}},
		{"a purpose's cue after the object of use or take is the verb's subject's (used his sermon to call for), whatever the tagger made of the object's last word",
			"Sermon\n\nThe Archbishop of Kelby has used his Christmas Day sermon to call for an end to child poverty. Ann Vale took the chance to say she would stand. Tom Hale used his firm to claim VAT refunds.", speaker,
			[]string{"The Archbishop of Kelby", "Ann Vale"}},
		{"but after a participle's comma, the purpose's subject is the sentence's",
			"Show\n\nThroughout the primary race, Ann Vale and Tom Cole have denied bias, taking pains to emphasize that every candidate has an invitation.", name,
			[]string{"Ann Vale"}},
		{"after an object cue, a noun phrase a modal or finite verb follows is the reported clause's subject, no hearer",
			"Bills\n\nBut the Consumer Council for Water warned many households would struggle. She told reporters she would stand.", content,
			[]string{"many households would struggle", "she would stand"}},
		{"and the phrase before the clause names the speakers",
			"Care\n\nFormer workers at a care home where five residents died of norovirus say they were never paid for overtime.", name,
			[]string{"Former workers at a care home"}},
		{"quoted words right after a cue, then a clause of time or the speaker's next act, are the words said, not a report's fragment",
			"Protest\n\nThe pair shouted \"No more oil!\" as staff cleared the room. The crowd chanted \"Lock them up\" and marched off.", content,
			[]string{"No more oil!", "Lock them up"}},
		{"a title the tagger reads as an adjective after a noun heads the phrase an appositive name speaks for (deputy chief constable/JJ, Ian Broadbent,)",
			"Police\n\nKelbyshire Police's deputy chief constable, Tom Vane, said the force would \"reflect on the lessons\" of the case.", name,
			[]string{"Tom Vane"}},
		{"a rank after \"number\" or \"No\" ends a speaker's phrase that stands for the player just named",
			"Tennis\n\nTop seed Ann Vale beat Sara Cole 6-3 6-4. Vale praised her opponent. \"She has no fear,\" the world number three said.", speaker,
			[]string{"", "the world number three"}},
		{"and that phrase names the player",
			"Tennis\n\nTop seed Ann Vale beat Sara Cole 6-3 6-4. Vale praised her opponent. \"She has no fear,\" the world number three said.", name,
			[]string{"", "Ann Vale"}},
		{"after a cue that asks, a relative clause on \"anyone\" belongs to the hearer, who is asked to act",
			"Missing\n\nShe asked anyone who had seen him to call 101.", content,
			[]string{"anyone who had seen him to call 101"}},
		{"\"the club\" stands for a body named before whose name ends in a club's word (Harlow Saints, tagged as an adjective and a plural, found whatever their tags)",
			"Football\n\nHarlow Saints have sacked manager Tom Vale after seven defeats. In a statement, the club said results had fallen below expectations.", name,
			[]string{"Harlow Saints"}},
		{"after the comma closing an appositive name, a cue the tagger read as a noun before \"that\" is the verb (Aemet, forecast/NN that …)",
			"Heat\n\nSpain's weather agency, Aemet, forecast that the heat would ease on Wednesday.", content,
			[]string{"the heat would ease on Wednesday"}},
		{"\"she\" after a description of one person with a relative clause is that person, not the woman named a paragraph before",
			"Raid\n\nDetective Inspector Ann Vale said the plants were worth £1.2m.\n\nA woman who lives nearby said she had noticed people at night. \"We thought they were builders,\" she said.", name,
			[]string{"Ann Vale", "A woman", "A woman"}},
		{"a title's own \"of\" opening a sentence, whatever the tagger reads the title as, leaves the name after it the speaker (Inspector/NN of Constabulary Tom Vane)",
			"Report\n\nInspector of Constabulary Tom Vane said there had been failures.", name,
			[]string{"Tom Vane"}},
		{"an inquiry's noun and \"into\" and what it looks into are the phrase that reports, not the object of \"into\"",
			"Review\n\nAn independent review into the death of Tom Vale, who died in Kelby in 2023, found that social workers missed chances to act.", speaker,
			[]string{"An independent review into the death of Tom Vale"}},
		{"a plan's passive with no \"to\" clause reports nothing; one with \"for\" and \"to\" after it is kept",
			"Strike\n\nFurther strikes are planned for later this month unless an agreement is reached. It was never intended for the mayor to pick whoever he wants.", content,
			[]string{"to pick whoever he wants"}},
		{"a body's name set off at the sentence's end after the common noun \"according to\" names is the source",
			"Yacht\n\nThe yacht was detained on the orders of a court, according to the shipyard, Astilleros Baleares.", name,
			[]string{"Astilleros Baleares"}},
		{"a name and the place the person is from, set off after a described speaker, name who speaks",
			"Flights\n\nOne passenger, Ann Vale from Kelby, said her flight was cancelled. \"We are devastated,\" she said.", name,
			[]string{"Ann Vale", "Ann Vale"}},
		{"an age and the place someone is from stand for the person the article is about",
			"Boxer retires\n\nFormer world champion Tyrone Blake has announced his retirement.\n\nThe 34-year-old from Manchester, who won 31 of his 34 fights, said he had nothing left to prove.", name,
			[]string{"Tyrone Blake", "Tyrone Blake"}},
		{"a passive's subject speaks for no report before it (…, Tom, 27, was found in his bedroom: not a report of \"found\")",
			"Inquest\n\nThe court heard that the body of her son, Tom, 27, was found in his bedroom by bailiffs in January.", content,
			[]string{"the body of her son, Tom, 27, was found in his bedroom by bailiffs in January"}},
		{"a participle on the noun of a cue's adjunct before a preposition the tagger reads as an adjective is no cue (said in a statement read outside court that …)",
			"Inquest\n\nTom's father, who lives in Kelby, said in a statement read outside court that he had not been told.", speaker, []string{"Tom's father"}},
		{"a name after a company's noun and the nouns before it, as a preposition's object, does not speak for the noun the phrase is headed by",
			"Trial\n\nThe founder of chip maker Silvane has denied misleading investors about delays to its processor.", name, []string{"The founder of chip maker Silvane"}},
		{"a participle on a noun and a clause of time after it belong to the phrase that speaks",
			"Crash\n\nThe widow of a pilot killed when his light aircraft came down in a field near Oxley has called for an inquiry into the crash.", name, []string{"The widow of a pilot"}},
		{"a participle cue after phrases of a preposition and its object speaks for the verb's subject where the last object cannot speak",
			"Phones\n\nHead teacher Ann Rooke wrote to parents on Friday saying the ban would start after half-term.", name, []string{"Ann Rooke"}},
		{"so it does where the verb is itself a cue the object hears",
			"Club\n\nThe Kelby Supporters' Trust said it had written to the new owners asking for a seat on the board.", speaker, []string{"", "it"}},
		{"not where the object can speak",
			"Plan\n\nThe mayor replied to critics saying the plan was too costly.", speaker, []string{"critics"}},
		{"\"the port\" stands for the port's body named before it",
			"Checks\n\nThe Port of Kelby expects long queues on Monday. The port said it would publish waiting times every hour.", name, []string{"Port of Kelby"}},
		{"\"the company\" stands for the last company named, not a body named since whose name ends in another body's noun",
			"Ferry\n\nKelby Ferries said a fault had caused the power cut. The Coastguard Agency said no one was in danger. Passengers will be offered a refund, the company said.", name, []string{"", "", "Kelby Ferries"}},
		{"\"the\", a role written as a title and \"of\" a body head a phrase whose appositive names who speaks, as a role in lower case does",
			"Roof\n\nThe Dean of Kelby Foods, the Very Rev Ann Moss, said the roof would be mended. The chief executive of Acme Foods, Tom Vane, said prices would rise.", name, []string{"Ann Moss", "Tom Vane"}},
		{"\"the airport\" stands for the facility named before whose name ends in the noun, as its operator",
			"Chaos\n\nThousands of passengers were stranded at Kelby Airport on Friday. The airport said the fault had been fixed.", name, []string{"Kelby Airport"}},
		{"\"they\" speaks for the plural subject of the sentence before, whose one verb the tagger read as a participle, and in a relative clause for the main clause's plural subject",
			"Tax\n\nResidents marched on Friday. They said the plan was unfair.\n\nFarmers held a protest in the city on Tuesday against changes that they say will force families to sell their land.", name, []string{"Residents", "Farmers"}},
		{"a relative clause's subordinate clause ends before the cue, and \"as far as\" is a preposition: the phrase with its relative clause speaks",
			"Storm\n\nThe family of a man who died after his car was hit by a lorry described him as a \"kind and gentle\" grandfather. Fans who had travelled from as far as Australia and Japan described scenes of chaos.", speaker,
			[]string{"The family of a man who died after his car was hit by a lorry", "Fans who had travelled from as far as Australia and Japan"}},
		{"names listed with commas and \"and\" before a cue speak together, a name's own possessive ending the list",
			"Homeless\n\nShelter, Crisis and St Mungo's said in a joint letter that the number of rough sleepers had risen. Ann Vale, Tom Hale and other residents said the road was unsafe.", speaker, []string{"Shelter, Crisis and St Mungo's", "Ann Vale, Tom Hale and other residents"}},
		{"after an object cue, \"her\" before a determiner, a name or a noun phrase a finite verb ends is the hearer, and what follows is the report; \"her\" before a noun and then a clause of its own is its owner",
			"Plan\n\nMr Cole told her the plan had failed. Ms Fenwick told her customers were never at risk. Ms Vane told her staff the plant would close.", content,
			[]string{"the plan had failed", "customers were never at risk", "the plant would close"}},
		{"a report ends before \"but\" and another speaker's subject and cue, with no comma, and the second is a report of its own",
			"Vote\n\nAllies are pressing officials to count early, a move they say would speed up results but critics say could invite errors.", content,
			[]string{"would speed up results", "could invite errors"}},
		{"after an object cue, a person named right after a common noun, before a verb, opens the reported clause, with quoted words or without",
			"Court\n\nSharon Boyce, 44, took bank cards from residents.\n\nProsecutor James Hanley told the court Boyce had \"preyed on the most vulnerable people imaginable\".\n\nProsecutor James Hanley told the jury Boyce had lied.", content,
			[]string{"Boyce had \"preyed on the most vulnerable people imaginable\"", "Boyce had lied"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a, qs := find(t, tt.text)
			require.Len(t, qs, len(tt.want))
			for i, w := range tt.want {
				got := qs[i].SpeakerName
				switch tt.of {
				case speaker:
					got = qs[i].Speaker.Text(a.Text)
				case content:
					got = qs[i].Content.Text(a.Text)
				}
				if w != "" {
					assert.Equal(t, w, got)
				}
			}
		})
	}
}

// TestClosingAttributionEndsReport: a report inside a sentence that its
// own attribution closes ends at that attribution's comma (Mr Hale told
// the court that …, his lawyer said); not at a pronoun's, which repeats
// the speaker, nor at a clause on a noun (…, a point Vane acknowledged).
func TestClosingAttributionEndsReport(t *testing.T) {
	a, qs := find(t, "Court\n\nMr Hale told the court that he had never seen the money, his lawyer said.")
	require.Len(t, qs, 2)
	assert.Equal(t, "he had never seen the money", qs[1].Content.Text(a.Text))
	assert.Equal(t, "Hale", qs[1].SpeakerName)

	for _, text := range []string{
		"Schools\n\nOther candidates said they support new schools, but they would not pay for them, they said.",
		"Talks\n\nSources told the Herald that the talks flowed both ways, a point Vane also acknowledged.",
		"Council\n\nShe told the meeting the group was wasting money on consultants, a claim Mr Oakes rejected.",
	} {
		a, f := finderFor(t, text)
		sent := a.Sentences[len(a.Sentences)-1].Tokens
		e := f.end(sent)
		k := tokenOf(a, "said")
		if k == len(a.Tokens) {
			k = tokenOf(a, "told")
		}
		assert.Equal(t, e, closingEnd(f.closingComma(sent, e), k, e), text)
	}
}

// TestActObjectBeforeMainVerb: an act's object that a finite verb follows
// is the object alone, the verb the main clause's, the cue standing in a
// relative clause (messages in which he mocked residents were leaked);
// a demand's clause is its own (demanded they stop …).
func TestActObjectBeforeMainVerb(t *testing.T) {
	a, qs := find(t, "Leak\n\nThe leader resigned after messages in which he mocked residents were leaked to a newspaper. The mayor demanded they stop the works.")
	for _, q := range qs {
		assert.NotContains(t, q.Content.Text(a.Text), "leaked")
	}
	require.NotEmpty(t, qs)
	assert.Equal(t, "they stop the works", qs[len(qs)-1].Content.Text(a.Text))

	// (only after a relative pronoun: a headline's nouns the tagger read
	// as a verb are the object's)
	a, qs = find(t, "Minister defends school meals plan as unions threaten strike\n\nThe minister spoke on Monday.")
	require.NotEmpty(t, qs)
	assert.Equal(t, "school meals plan as unions threaten strike", qs[0].Content.Text(a.Text))
}

// TestSaidIntoShortQuotation: a short quotation after a verb cue and a
// comma or colon, ending its sentence with a stop inside the marks, is
// direct though its small words ("is", "up") could be a title's; not
// after a noun (the show, "The Apprentice.").
func TestSaidIntoShortQuotation(t *testing.T) {
	a, qs := find(t, "Vote\n\nAsked whether a shutdown could be avoided, Whitfield said, \"It is up to Congress.\" The group includes Ann Vale, perhaps the most famous graduate of his reality television show, \"The Apprentice.\" The group grew.")
	var kinds []string
	for _, q := range qs {
		kinds = append(kinds, q.Kind.String()+" "+q.Content.Text(a.Text))
	}
	assert.Contains(t, kinds, "direct It is up to Congress.")
	assert.Contains(t, kinds, "term The Apprentice.")
}

// TestHeardSaying: the subject of a passive of hearing or seeing before a
// participle cue speaks (Hale is heard saying …; "…?" a reporter can be
// heard asking); after an active "heard" the -ing word is a sound.
func TestHeardSaying(t *testing.T) {
	a, qs := find(t, "Tape\n\nIn the video, Hale is heard saying the vote was rigged. \"Should there be a vote?\" a reporter can be heard asking him. Residents heard shouting and called police.")
	require.Len(t, qs, 2)
	assert.Equal(t, "Hale", qs[0].SpeakerName)
	assert.Equal(t, "the vote was rigged", qs[0].Content.Text(a.Text))
	assert.Equal(t, "a reporter", qs[1].Speaker.Text(a.Text))
}

// TestWhoseClauseSpeaker: a phrase with a relative clause of "whose"
// speaks, with an adverb of how often ending the clause (A man whose car
// was stolen twice said); not over a subordinate clause's subject (…
// images as the party seeks to …).
func TestWhoseClauseSpeaker(t *testing.T) {
	a, qs := find(t, "Care\n\nA man whose car was stolen twice said police had done nothing. A woman whose cancer was missed three times has called for better training.")
	require.Len(t, qs, 2)
	assert.Equal(t, "A man whose car was stolen twice", qs[0].Speaker.Text(a.Text))
	assert.Equal(t, "A woman whose cancer was missed three times", qs[1].Speaker.Text(a.Text))
	_, f := finderFor(t, "Talks\n\nLeaders fear a contingent whose protests could provide images as the party seeks to rally around her.")
	_, ok := f.relativeHead(tokenOf(f.a, "seeks"), f.a.Sentences[len(f.a.Sentences)-1].Tokens)
	assert.False(t, ok)
}

// TestClauseThatIsTheQuotation: a reported clause that is one quotation
// and its marks alone is that quotation, direct, its content without
// the marks (said at a news conference that “no one is above the law,”;
// “…,” Sen. Maria Delgado (D-N.M.), the bill's lead sponsor, said).
func TestClauseThatIsTheQuotation(t *testing.T) {
	a, qs := find(t, "Drugs\n\n\"Americans pay more for their medicines than anyone else, and it is time that ended,\" Sen. Maria Delgado (D-N.M.), the bill's lead sponsor, said at a news conference.\n\nU.S. Attorney Daniel Ruiz said at a news conference that \"no one is above the law,\" adding that the investigation was continuing.")
	require.Len(t, qs, 3)
	assert.Equal(t, Direct, qs[0].Kind)
	assert.Equal(t, "Americans pay more for their medicines than anyone else, and it is time that ended", qs[0].Content.Text(a.Text))
	assert.Equal(t, Direct, qs[1].Kind)
	assert.Equal(t, "no one is above the law", qs[1].Content.Text(a.Text))
	assert.Equal(t, "Daniel Ruiz", qs[1].SpeakerName)
}

// TestNoSpeakerAfterAccuses: a name after "accuses" is its target, never
// a speaker inverted after the report (The indictment, unsealed in …,
// accuses Jerome Vance, 58, of …); one after "warned" may be (…, warned
// Ann Lee).
func TestNoSpeakerAfterAccuses(t *testing.T) {
	_, qs := find(t, "Probe\n\nThe indictment, unsealed in federal court in Manhattan, accuses Jerome Vance, 58, of hiding more than $2 million in contributions.\n\nThe cuts will hit the poorest families hardest, warned Ann Lee.")
	for _, q := range qs {
		assert.NotEqual(t, "Jerome Vance", q.SpeakerName)
	}
	require.NotEmpty(t, qs)
	assert.Equal(t, "Ann Lee", qs[len(qs)-1].SpeakerName)
}

// TestChargeIsNoCue: the -ing word an accusation charges someone with is
// no cue of its own (accused her rival of wanting to "…": Priya Shah's
// accusation, cued by "accused"); "made a point of saying" still cues.
func TestChargeIsNoCue(t *testing.T) {
	a, qs := find(t, "Debate\n\nLabour's Priya Shah accused her Conservative rival, Tom Bennett, of wanting to \"sell off the city's green spaces\".")
	require.Len(t, qs, 1)
	assert.Equal(t, "accused", qs[0].Cue.Text(a.Text))
	assert.Equal(t, "Priya Shah", qs[0].SpeakerName)
}

// TestBodyNounFitsHead: "the university" stands for a body whose name's
// head is a university (Northgate University), not one that only holds
// the word before another body's noun (the University and College
// Union).
func TestBodyNounFitsHead(t *testing.T) {
	_, qs := find(t, "Jobs\n\nNorthgate University is to cut 400 jobs, its vice-chancellor has announced.\n\nThe University and College Union (UCU) said it would ballot members for strike action.\n\nThe university said international student numbers had fallen by a third.")
	require.NotEmpty(t, qs)
	assert.Equal(t, "Northgate University", qs[len(qs)-1].SpeakerName)
}

// TestParticipleOnSubjectIsNoCue: a participle right after a noun whose
// phrase a finite verb follows is the noun's modifier, no cue
// (the £2.3bn increase announced in the autumn budget was …: had been a
// report of "announced" by "2.3bn increase").
func TestParticipleOnSubjectIsNoCue(t *testing.T) {
	text := "Schools\n\nEducation secretary Ann Vale said the £2.3bn increase announced in the autumn budget was \"the biggest real-terms rise in a decade\" and that schools would be able to cover the cost of pay rises."
	a, f := finderFor(t, text)
	k := tokenOf(a, "announced")
	assert.True(t, f.participleOnSubject(k, f.sentence(k)))
	assert.False(t, f.participleOnSubject(tokenOf(a, "said"), f.sentence(k)))
	for _, q := range Find(a, nil) {
		assert.NotEqual(t, "announced", q.Cue.Text(a.Text))
	}
}

// TestTitleFitsWholeWords: a description's head fits a title that holds
// it as a word of its own, not inside a longer word (the poll is no
// pollster).
func TestTitleFitsWholeWords(t *testing.T) {
	assert.True(t, titleFits("Kremlin spokesman", "spokesman"))
	assert.True(t, titleFits("vice-president", "president"))
	assert.True(t, titleFits("Rep.", "congressman"))
	assert.False(t, titleFits("Pollster", "poll"))
	assert.False(t, titleFits("Democratic pollster", "poll"))
	_, qs := find(t, "Poll\n\nHer ratings have been rising, according to the Kelby Echo poll. Pollster Ann Lee said the poll was sound.")
	require.NotEmpty(t, qs)
	assert.Equal(t, "the Kelby Echo poll", qs[0].SpeakerName)
}

// TestHeadlineCourtTold: a headline's "told" after a court alone is a
// passive with its "was" left out (Court told of 'campaign of terror';
// …, inquiry told): the court heard the words and said none; so did it
// in the body's passive (…, Kelby Crown Court was told).
func TestHeadlineCourtTold(t *testing.T) {
	for _, text := range []string{
		"Court told of 'campaign of terror' against neighbours\n\nA man waged a campaign against his neighbours, a court has heard.",
		"Ministers knew of cladding risk years earlier, inquiry told\n\nMinisters were warned four years earlier, an inquiry has heard.",
		"Theft\n\nTracey Bolam used the card to buy a holiday, Kelby Crown Court was told.",
	} {
		a, err := article.Parse(text)
		require.NoError(t, err)
		qs := Find(a, nil)
		require.NotEmpty(t, qs)
		for _, q := range qs {
			assert.Empty(t, q.Speaker.Text(a.Text), q.Content.Text(a.Text))
		}
	}
}

// TestHoldsWordFold: a word stands in a title in either case as a word of
// its own, as holdsWord finds it in the title in lower case.
func TestHoldsWordFold(t *testing.T) {
	for _, c := range []struct {
		s, w string
		want bool
	}{
		{"Shadow chancellor", "shadow", true},
		{"Deputy Leader", "deputy", true},
		{"vice-president", "vice", true},
		{"Shadowy chancellor", "shadow", false},
		{"Foreshadow", "shadow", false},
		{"Assistant", "assistant", true},
		{"éshadow", "shadow", false},
		{"", "vice", false},
	} {
		assert.Equal(t, c.want, holdsWordFold(c.s, c.w), "%q %q", c.s, c.w)
		assert.Equal(t, holdsWord(strings.ToLower(c.s), c.w), holdsWordFold(c.s, c.w), "%q %q as holdsWord", c.s, c.w)
	}
}
