package article

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// tokenStrings renders tokens as "text/kind".
func tokenStrings(text string, toks []Token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = strings.ReplaceAll(t.Text(text), " ", "␣") + "/" + t.Kind.String()
	}
	return out
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		name, text string
		want       string // space-separated text/kind pairs
	}{
		{"possessive", "Russia's plan", "Russia/word 's/clitic plan/word"},
		{"curly possessive", "Russia’s plan", "Russia/word ’s/clitic plan/word"},
		{"single quotes vs apostrophe", "its 'lowest historical point,' Kremlin says",
			"its/word '/open_quote lowest/word historical/word point/word ,/punct '/close_quote Kremlin/word says/word"},
		{"curly double", "“We are ready,” she said.", "“/open_quote We/word are/word ready/word ,/punct ”/close_quote she/word said/word ./punct"},
		{"straight double", `he said "yes." Then`, `he/word said/word "/open_quote yes/word ./punct "/close_quote Then/word`},
		{"guillemets", "«Non» dit-il", "«/open_quote Non/word »/close_quote dit-il/word"},
		{"abbreviations", "the U.S. on Feb. 24 in Calif. with Dr. Lee of St. Louis", "the/word U.S./abbreviation on/word Feb./abbreviation 24/number in/word Calif./abbreviation with/word Dr./abbreviation Lee/word of/word St./abbreviation Louis/word"},
		{"sentence end is not an abbreviation", "the end. Next", "the/word end/word ./punct Next/word"},
		{"party and state", "Rep. Jo Hart (D-N.Y.) and Sen. Al Ruiz (R-Fla.)", "Rep./abbreviation Jo/word Hart/word (/punct D-N.Y./abbreviation )/punct and/word Sen./abbreviation Al/word Ruiz/word (/punct R-Fla./abbreviation )/punct"},
		{"no before a number only", "said no. Then no. 5", "said/word no/word ./punct Then/word no./abbreviation 5/number"},
		{"dashes", "LONDON — the 2020–2021 season -- and a - b", "LONDON/word —/dash the/word 2020/number –/dash 2021/number season/word --/dash and/word a/word -/dash b/word"},
		{"ellipses", "wait... what … then . . . no", "wait/word .../ellipsis what/word …/ellipsis then/word .␣.␣./ellipsis no/word"},
		{"numbers", "2,000 and $180 million at 6.5% won 2-1 in the 1950s on the 5th", "2,000/number and/word $/symbol 180/number million/word at/word 6.5/number %/symbol won/word 2-1/number in/word the/word 1950s/number on/word the/word 5th/number"},
		{"elided year", "the '90s", "the/word '90s/number"},
		{"urls", "see https://example.com/a?b=1. or www.example.org, or bbc.co.uk/news", "see/word https://example.com/a?b=1/url ./punct or/word www.example.org/url ,/punct or/word bbc.co.uk/news/url"},
		{"email handle hashtag", "mail jane.doe@example.com or @whosaid #news", "mail/word jane.doe@example.com/email or/word @whosaid/handle #news/hashtag"},
		{"hyphenated", "an all-time low at Hartsfield-Jackson for 19-year-olds", "an/word all-time/word low/word at/word Hartsfield-Jackson/word for/word 19-year-olds/word"},
		{"a number with a period or comma inside, then a hyphen and a word", "a 5.1-magnitude quake, a 1,000-strong crowd, a 3/4-inch pipe, 2-1 and 6.5", "a/word 5.1-magnitude/word quake/word ,/punct a/word 1,000-strong/word crowd/word ,/punct a/word 3/4-inch/word pipe/word ,/punct 2-1/number and/word 6.5/number"},
		{"contractions", "don't can't they'll I'm we've she'd", "do/word n't/clitic ca/word n't/clitic they/word 'll/clitic I/word 'm/clitic we/word 've/clitic she/word 'd/clitic"},
		{"curly contraction", "didn’t", "did/word n’t/clitic"},
		{"plural possessive", "the officials' comments", "the/word officials/word '/clitic comments/word"},
		{"inner apostrophe", "O'Brien and rock'n'roll", "O'Brien/word and/word rock'n'roll/word"},
		{"abbreviation possessive", "JFK Jr.'s book", "JFK/word Jr./abbreviation 's/clitic book/word"},
		{"company names", "AT&T and S&P", "AT&T/word and/word S&P/word"},
		{"invalid utf8", "a\xff\xfeb", "a/word \xff\xfe/invalid b/word"},
		{"emoji", "newsletter ✉️ :", "newsletter/word ✉️/symbol :/punct"},
		{"brackets", "(via REUTERS) [sic]", "(/punct via/word REUTERS/word )/punct [/punct sic/word ]/punct"},
		{"question runs", "Hello?! Who", "Hello/word ?!/punct Who/word"},
		{"a single mark closing inside two apostrophes", "''He said, 'yes,''' Lee said.", "''/open_quote He/word said/word ,/punct '/open_quote yes/word ,/punct '/close_quote ''/close_quote Lee/word said/word ./punct"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tokenStrings(tt.text, Tokenize(tt.text))
			assert.Equal(t, strings.Split(tt.want, " "), got)
		})
	}
}

func TestTokenizeKeepsEveryByte(t *testing.T) {
	text := "Mixed: “quotes”, ‘single’, don’t\u00a0stop\u200b—ever…\r\n\tend \xff"
	checkTokens(t, text, Tokenize(text))
}

// checkTokens asserts the tokenizer invariants: tokens in order, not
// overlapping, inside the text, and only whitespace between them.
func checkTokens(t testing.TB, text string, toks []Token) {
	t.Helper()
	pos := 0
	for i, tok := range toks {
		if tok.Start < pos || tok.End <= tok.Start || tok.End > len(text) {
			t.Fatalf("token %d %v out of order or outside text (pos %d, len %d)", i, tok.Span, pos, len(text))
		}
		gap := text[pos:tok.Start]
		for _, r := range gap {
			if !IsSpace(r) {
				t.Fatalf("non-space %q dropped before token %d in %q", r, i, gap)
			}
		}
		pos = tok.End
	}
	for _, r := range text[pos:] {
		if !IsSpace(r) {
			t.Fatalf("non-space %q dropped at end", r)
		}
	}
}
