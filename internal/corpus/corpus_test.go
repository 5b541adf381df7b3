package corpus

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseEntityField(t *testing.T) {
	var ms []GUMMention
	open := parseEntityField("(1-person-new-x-cf1-2-coref(2-place-new-x-cf2-1-coref-Leeds)", 0, nil, &ms)
	assert.Len(t, open, 1)
	assert.Equal(t, []GUMMention{{First: 0, Last: 0, Type: "place", Identity: "Leeds", ID: 2}}, ms)
	open = parseEntityField("1)", 3, open, &ms)
	assert.Empty(t, open)
	assert.Equal(t, GUMMention{First: 0, Last: 3, Type: "person", ID: 1}, ms[1])
}

func TestNamedMentions(t *testing.T) {
	// "Kremlin spokesman Dmitri Volk spoke": a person mention over tokens
	// 0-3 headed by Volk, with the organization Kremlin nested.
	s := GUMSentence{Tokens: []GUMToken{
		{Form: "Kremlin", XPOS: "NNP", Head: 2},
		{Form: "spokesman", XPOS: "NN", Head: 4},
		{Form: "Dmitri", XPOS: "NNP", Head: 4},
		{Form: "Volk", XPOS: "NNP", Head: 5},
		{Form: "spoke", XPOS: "VBD", Head: 0},
	}, Mentions: []GUMMention{{First: 0, Last: 3, Type: "person", ID: 7}, {First: 0, Last: 0, Type: "organization"}}}
	got := NamedMentions(s, func(w string) bool { return w == "President" })
	assert.Equal(t, []NamedMention{{First: 0, Last: 0, Type: "organization"}, {First: 2, Last: 3, Type: "person", ID: 7}}, got)
}

func TestNamedMentionsTitleOfPlace(t *testing.T) {
	// "the King of Spain": a title and its place, no person's name (the
	// place is a mention of its own).
	s := GUMSentence{Tokens: []GUMToken{
		{Form: "the", XPOS: "DT", Head: 2, Deprel: "det"},
		{Form: "King", XPOS: "NNP", Head: 0, Deprel: "root"},
		{Form: "of", XPOS: "IN", Head: 4, Deprel: "case"},
		{Form: "Spain", XPOS: "NNP", Head: 2, Deprel: "nmod"},
	}, Mentions: []GUMMention{{First: 0, Last: 3, Type: "person"}, {First: 3, Last: 3, Type: "place"}}}
	assert.Equal(t, []NamedMention{{First: 3, Last: 3, Type: "place"}}, NamedMentions(s, func(w string) bool { return w == "King" }))
}

func TestNamedMentionsIdentity(t *testing.T) {
	// "the critic Ada Brell": a common-noun head (critic), with the
	// identity Ada_Brell; without one it is no named mention.
	s := GUMSentence{Tokens: []GUMToken{
		{Form: "the", XPOS: "DT", Head: 2},
		{Form: "critic", XPOS: "NN", Head: 0},
		{Form: "Ada", XPOS: "NNP", Head: 2},
		{Form: "Brell", XPOS: "NNP", Head: 3},
	}, Mentions: []GUMMention{{First: 0, Last: 3, Type: "person", Identity: "Ada_Brell"}}}
	assert.Equal(t, []NamedMention{{First: 2, Last: 3, Type: "person"}}, NamedMentions(s, nil))
	s.Mentions[0].Identity = ""
	assert.Empty(t, NamedMentions(s, nil))
}

func TestNamedMentionsCoordination(t *testing.T) {
	// "from Oslo and Bergen": a place mention over both, headed by Oslo
	// with Bergen its conjunct, and each town a mention of its own: two
	// names, not one.
	s := GUMSentence{Tokens: []GUMToken{
		{Form: "from", XPOS: "IN", Head: 2, Deprel: "case"},
		{Form: "Oslo", XPOS: "NNP", Head: 0, Deprel: "root"},
		{Form: "and", XPOS: "CC", Head: 4, Deprel: "cc"},
		{Form: "Bergen", XPOS: "NNP", Head: 2, Deprel: "conj"},
	}, Mentions: []GUMMention{{First: 1, Last: 3, Type: "place"}, {First: 1, Last: 1, Type: "place"}, {First: 3, Last: 3, Type: "place"}}}
	assert.Equal(t, []NamedMention{{First: 1, Last: 1, Type: "place"}, {First: 3, Last: 3, Type: "place"}}, NamedMentions(s, nil))
	// "the Air and Space Museum": the words below the head are
	// coordinated, and the name is one.
	s = GUMSentence{Tokens: []GUMToken{
		{Form: "the", XPOS: "DT", Head: 5, Deprel: "det"},
		{Form: "Air", XPOS: "NNP", Head: 5, Deprel: "compound"},
		{Form: "and", XPOS: "CC", Head: 4, Deprel: "cc"},
		{Form: "Space", XPOS: "NNP", Head: 2, Deprel: "conj"},
		{Form: "Museum", XPOS: "NNP", Head: 0, Deprel: "root"},
	}, Mentions: []GUMMention{{First: 0, Last: 4, Type: "place"}}}
	assert.Equal(t, []NamedMention{{First: 1, Last: 4, Type: "place"}}, NamedMentions(s, nil))
}

func TestTenth(t *testing.T) {
	docs := make([]PolNeARDoc, 25)
	for i := range docs {
		docs[i].Name = string(rune('a' + i))
	}
	held, rest := Tenth(docs, 3, true), Tenth(docs, 3, false)
	require.Len(t, held, 3) // 3, 13, 23
	assert.Equal(t, "d", held[0].Name)
	assert.Len(t, rest, 22)
	assert.Len(t, Tenth(docs, -1, true), 25)
}
