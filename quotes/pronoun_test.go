package quotes

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/whosaid/whosaid/article"
	"github.com/whosaid/whosaid/entities"
)

func TestResolvePronouns(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string // the cluster name of each pronoun resolved, in order
	}{
		{"the subject before a name it goes on to give",
			"Tom Hale studied in Leeds, where he met Sam Cole. He then moved to York.",
			[]string{"Tom Hale", "Tom Hale"}},
		{"the subject of a cue right before the pronoun",
			"Sam Cole spoke first. On Sam Cole's plan, Tom Hale said he would vote no.",
			[]string{"Tom Hale"}},
		{"the name a relative clause is about",
			"Sam Cole spoke first. Sam Cole was cheered. \"No,\" said Tom Hale, who voted against it because he thought it unfair.",
			[]string{"Tom Hale"}},
		{"the possessor of the subject",
			"Sam Cole spoke. Sam Cole met Tom Hale on Monday. Tom Hale's tone was defiant, and he refused to apologise.",
			[]string{"Tom Hale"}},
		{"the sentence's subject",
			"Sam Cole spoke. Sam Cole was cheered. Tom Hale left early when he heard the news.",
			[]string{"Tom Hale"}},
		{"a name after a preposition is no subject",
			"Tom Hale was sent to a school in Leeds. Placed under the care of a Dr. Sam Cole, he was taught Greek.",
			[]string{"Tom Hale"}},
		{"gender from the given name",
			"Ann Lee met Tom Hale. She said the talks went well.",
			[]string{"Ann Lee"}},
		{"pronouns inside quotation marks are someone's words",
			"Ann Lee met Tom Hale. \"He is late,\" she said.",
			[]string{"Ann Lee"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a, err := article.Parse(c.text)
			require.NoError(t, err)
			ents := entities.Recognize(a)
			var got []string
			for _, r := range ResolvePronouns(a, ents) {
				require.True(t, r.Pronoun.End <= len(a.Text) && r.Pronoun.Start < r.Pronoun.End)
				got = append(got, ents.Clusters[r.Cluster].Name)
			}
			assert.Equal(t, c.want, got)
		})
	}
}
