package article

// TokenKind says what sort of text a token holds.
type TokenKind uint8

// The kinds of token the tokenizer produces.
const (
	Word         TokenKind = iota // letters, possibly with inner hyphens or apostrophes: Russia, all-time, O'Brien
	Number                        // 2,000; 6.5; 2-1; 1950s; 5th; '90s
	Abbreviation                  // a word with its period: U.S., Feb., Calif., Dr.
	Clitic                        // a split-off contraction or possessive: 's, n't, 're, 'll, the ' of officials'
	Punct                         // . , ; : ! ? ( ) [ ] { } and runs such as !? or ?!
	OpenQuote                     // an opening quotation mark: “ ‘ « and straight marks that open
	CloseQuote                    // a closing quotation mark: ” ’ » and straight marks that close
	Quote                         // a quotation mark whose direction cannot be told
	Dash                          // — – -- and a hyphen standing between spaces
	Ellipsis                      // … ... . . .
	URL                           // https://example.com/a, www.example.com, example.com
	Email                         // jane.doe@example.com
	Handle                        // @whosaid
	Hashtag                       // #news
	Symbol                        // $ % & + = / © ° emoji and other symbols or control characters
	Invalid                       // bytes that are not valid UTF-8
)

var kindNames = [...]string{
	Word: "word", Number: "number", Abbreviation: "abbreviation", Clitic: "clitic",
	Punct: "punct", OpenQuote: "open_quote", CloseQuote: "close_quote", Quote: "quote",
	Dash: "dash", Ellipsis: "ellipsis", URL: "url", Email: "email", Handle: "handle",
	Hashtag: "hashtag", Symbol: "symbol", Invalid: "invalid",
}

// String returns the kind's name as it appears in JSON output, such as "open_quote".
func (k TokenKind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

// IsQuote reports whether k is a quotation mark of any direction.
func (k TokenKind) IsQuote() bool { return k == OpenQuote || k == CloseQuote || k == Quote }

// Token is one token of an article: a span of its text with a kind and, when
// tagging is on, a part-of-speech tag.
type Token struct {
	Span
	Kind TokenKind
	Tag  Tag
}
