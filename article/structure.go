package article

import (
	_ "embed"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// ParagraphKind says what part of an article a paragraph is.
type ParagraphKind uint8

// The kinds of paragraph Parse recognises. Every paragraph has one; what
// cannot be classified is Body, so no text is ever dropped.
const (
	Body        ParagraphKind = iota // the article's running text
	Headline                         // the title
	Byline                           // By Lena Whitcombe
	Dateline                         // a paragraph that holds only a dateline (LONDON —)
	Caption                          // a photo caption, possibly with credits
	Credit                           // a paragraph that holds only a photo or agency credit
	Boilerplate                      // newsletter prompts, Advertisement, Read more, Share this article
)

var paragraphKindNames = [...]string{
	Body: "body", Headline: "headline", Byline: "byline", Dateline: "dateline",
	Caption: "caption", Credit: "credit", Boilerplate: "boilerplate",
}

// String returns the kind's name as it appears in JSON output, such as "caption".
func (k ParagraphKind) String() string {
	if int(k) < len(paragraphKindNames) {
		return paragraphKindNames[k]
	}
	return "unknown"
}

//go:embed boilerplate.txt
var boilerplateList string

var boilerplatePhrases = sync.OnceValue(func() []string {
	var out []string
	for _, line := range strings.Split(boilerplateList, "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "# ") && !strings.HasPrefix(line, "=") {
			out = append(out, line)
		}
	}
	return out
})

// paragraphSpans splits text into paragraphs: blocks separated by blank
// lines, and within a block, lines, except that a line that wraps onto the
// next (it does not end a sentence and the next starts in lower case, or it
// is long and stops mid-phrase) is joined with it. Spans exclude the
// surrounding whitespace. sameBlock[i] tells whether paragraph i followed
// paragraph i-1 after a single line break.
func paragraphSpans(text string) (spans []Span, sameBlock []bool) {
	type line struct {
		span  Span
		blank bool
	}
	var lines []line
	start := 0
	for i := 0; i <= len(text); {
		if i < len(text) {
			c := text[i]
			n := 1
			isBreak := c == '\n' || c == '\r'
			if c == 0xE2 && i+2 < len(text) && text[i+1] == 0x80 && (text[i+2] == 0xA8 || text[i+2] == 0xA9) {
				isBreak, n = true, 3 // U+2028, U+2029
			}
			if !isBreak {
				i++
				continue
			}
			lines = append(lines, trimLine(text, start, i))
			if c == '\r' && i+1 < len(text) && text[i+1] == '\n' {
				n = 2
			}
			i += n
			start = i
			continue
		}
		lines = append(lines, trimLine(text, start, len(text)))
		break
	}
	prevBlank := true
	for k, l := range lines {
		if l.blank {
			prevBlank = true
			continue
		}
		if !prevBlank && len(spans) > 0 && wraps(text, lines[k-1].span, l.span) {
			spans[len(spans)-1].End = l.span.End
			continue
		}
		spans = append(spans, l.span)
		sameBlock = append(sameBlock, !prevBlank)
		prevBlank = false
	}
	return spans, sameBlock
}

func trimLine(text string, start, end int) (l struct {
	span  Span
	blank bool
}) {
	for start < end {
		r, n := utf8.DecodeRuneInString(text[start:end])
		if !IsSpace(r) {
			break
		}
		start += n
	}
	for end > start {
		r, n := utf8.DecodeLastRuneInString(text[start:end])
		if !IsSpace(r) {
			break
		}
		end -= n
	}
	l.span = Span{start, end}
	l.blank = start == end
	return l
}

// wraps reports whether line b continues line a (hard-wrapped text):
// never when b is a byline or a time of publication, nor after a
// caption's or image's label line (a pasted page's lines, one per
// paragraph: Image caption, Waves crash … ¶ By Kate Stanton).
func wraps(text string, a, b Span) bool {
	if bs := text[b.Start:b.End]; isByline(bs) || published(bs) || captionLabel(text[a.Start:a.End]) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(text[a.Start:a.End])
	switch last {
	case '.', '!', '?', ':', '"', '”', '’', '\'', ')', '»':
		return false
	}
	first, _ := utf8.DecodeRuneInString(text[b.Start:b.End])
	if strings.ContainsRune("-*•#>|", first) {
		return false
	}
	if unicode.IsLower(first) {
		return true
	}
	return a.Len() >= 60 && (unicode.IsLetter(last) || last == ',' || last == ';') && !titleTail(text[a.Start:a.End])
}

// captionLabel reports whether line s opens with a pasted page's label
// of a picture (Image caption, Media caption, Image source).
func captionLabel(s string) bool {
	return hasPrefixFold(s, "image caption") || hasPrefixFold(s, "media caption") || hasPrefixFold(s, "image source")
}

// titleTail reports whether the line ends in a heading: its words after
// its last stop that start with a letter all capitalized but for small
// words, four of them at least (a live blog's entry heading, run on after
// its time stamp and a pasted page's buttons).
func titleTail(line string) bool {
	if i := strings.LastIndexAny(line, ".!?:"); i >= 0 {
		line = line[i+1:]
	}
	upper := 0
	for _, w := range strings.Fields(line) {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLower(r) && !titleSmall[w]:
			return false
		}
	}
	return upper >= 4
}

// isBoilerplate reports whether the paragraph p is page furniture.
func isBoilerplate(p string) bool {
	if len(p) > 300 {
		return false
	}
	lower := strings.ToLower(p)
	for _, phrase := range boilerplatePhrases() {
		if strings.HasPrefix(lower, phrase) {
			return true
		}
		if len(p) <= 120 && strings.Contains(lower, phrase) {
			return true
		}
	}
	return false
}

var creditWords = []string{
	"getty", "reuters", "ap photo", "afp", "epa", "images", "photo", "shutterstock", "pool",
	"courtesy", "file", "bloomberg", "xinhua", "tass", "sputnik", "alamy", "via ", "/",
}

// looksLikeCredit reports whether s (the inside of a parenthesis, or a line
// after "Photo:") reads as a photo or agency credit.
func looksLikeCredit(s string) bool {
	if len(s) == 0 || len(s) > 120 {
		return false
	}
	lower := strings.ToLower(s)
	for _, w := range creditWords {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}

// trailingCredits finds the credit parentheses at the end of paragraph p
// (offsets relative to p): "(Sputnik/Valeriy Sharipkin/Pool via Reuters) (via REUTERS)".
func trailingCredits(p string) []Span {
	var out []Span
	end := len(p)
	for end > 0 {
		for end > 0 && p[end-1] == ' ' {
			end--
		}
		if end == 0 || p[end-1] != ')' {
			break
		}
		open := strings.LastIndexByte(p[:end-1], '(')
		if open < 0 || !looksLikeCredit(p[open+1:end-1]) || strings.ContainsAny(p[open+1:end-1], "()") {
			break
		}
		out = append(out, Span{open, end})
		end = open
	}
	if len(out) == 0 {
		// "… on Friday. Photo: Lee Chan/Coastal Times": a credit line
		// after the caption's last sentence
		if c := creditSentence(p[:end]); c > 0 {
			return []Span{{c, end}}
		}
	}
	// Return them in text order.
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}

// creditSentence returns where a credit closing p starts: after a
// sentence's end and a space, a capitalized credit prefix ("Photo:",
// "Picture by") and a credit of eight words at most, on the same line; or
// 0.
func creditSentence(p string) int {
	for i := len(p) - 2; i > 1 && i >= len(p)-160; i-- {
		if p[i] == '\n' {
			return 0
		}
		if p[i] != ' ' || !strings.ContainsRune(".!?", rune(p[i-1])) {
			continue
		}
		rest := p[i+1:]
		n := creditPrefix(rest)
		if n == 0 || rest[0] < 'A' || rest[0] > 'Z' {
			continue
		}
		if credit := strings.TrimSpace(rest[n:]); credit != "" && wordCount(credit) <= 8 && (looksLikeCredit(credit) || wordCount(credit) <= 4) {
			return i + 1
		}
	}
	return 0
}

var creditPrefixes = []string{"photo:", "photograph:", "photos:", "image:", "picture:", "credit:", "photo by ", "photograph by ", "image by ", "image source,", "image source:"}

// creditPrefix returns the length of a "Photo:"-style prefix of p, or 0.
func creditPrefix(p string) int {
	for _, pre := range creditPrefixes {
		if hasPrefixFold(p, pre) {
			return len(pre)
		}
	}
	return 0
}

// creditLine reports whether line p is a photo credit alone: a few
// capitalized words joined by "via" or a slash, naming an agency (Scott
// Ostrander via Getty Images., John Moorhouse/Getty Images, Handout/Reuters.).
func creditLine(p string) bool {
	line := strings.TrimSuffix(strings.TrimSpace(p), ".")
	if !strings.Contains(line, " via ") && !strings.Contains(line, "/") {
		return false // (most lines: no copy of their words)
	}
	words := strings.Fields(line)
	if len(words) == 0 || len(words) > 8 || !looksLikeCredit(line) {
		return false
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); w != "via" && !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// signOff reports whether paragraph p is a wire story's sign-off that
// credits its reporters and editors, in brackets or not: "(Reporting by
// … ; Editing by …)", "Additional reporting by …", "Contributing: …".
func signOff(p string) bool {
	s := strings.TrimSpace(p)
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(s, "("), ")"))
	if wordCount(s) > 40 || strings.ContainsAny(s, "\"“”") {
		return false
	}
	opens := false
	for _, w := range signOffs {
		if hasPrefixFold(s, w) {
			r, _ := utf8.DecodeRuneInString(strings.TrimSpace(s[len(w):]))
			opens = unicode.IsUpper(r)
			break
		}
	}
	if !opens {
		return false
	}
	// names and the sign-off's own words only (not Reporting by The
	// Ledger revealed …: a sentence)
	for _, w := range strings.Fields(s) {
		w = strings.Trim(w, ".,;:()")
		if r, _ := utf8.DecodeRuneInString(w); w != "" && !unicode.IsUpper(r) && !signOffWords[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// signOffWords are the words in lower case a sign-off may hold.
var signOffWords = map[string]bool{"by": true, "and": true, "in": true, "from": true, "of": true, "reporting": true, "editing": true,
	"writing": true, "additional": true, "compiled": true, "contributing": true, "reporters": true}

// signOffs open a wire story's sign-off, before the first name.
var signOffs = []string{"reporting by ", "additional reporting by ", "writing by ", "editing by ", "compiled by ", "contributing:", "contributing reporters:", "additional reporting:"}

// isByline reports whether p is a byline: "By Lena Whitcombe", "By X and Y",
// "By X, Science Correspondent", or an interview's or a feature's
// ("Interview by Theo Marsh", "Words by …").
func isByline(p string) bool {
	if len(p) > 160 {
		return false
	}
	n := 0
	for _, lead := range bylineLeads {
		if hasPrefixFold(p, lead) {
			n = len(lead)
			break
		}
	}
	if n == 0 {
		return false
	}
	rest := strings.TrimSpace(p[n:])
	r, _ := utf8.DecodeRuneInString(rest)
	if !unicode.IsUpper(r) {
		return false
	}
	words := strings.Fields(rest)
	if len(words) > 14 {
		return false
	}
	// A byline has no verb-like sentence end: it does not end with a period
	// after a lower-case word.
	last := words[len(words)-1]
	if strings.HasSuffix(last, ".") && len(last) > 3 && unicode.IsLower(rune(last[len(last)-2])) {
		return false
	}
	return true
}

// bylineLeads open a byline, before the writer's name.
var bylineLeads = []string{"by ", "interview by ", "interviewed by ", "words by ", "text by "}

// placeByline reports whether p is a byline of a name and where the
// writer is, after a headline: two or three capitalized words, "in", and
// one to three capitalized words, nothing else (Marta Lindqvist in
// Geneva).
func placeByline(p string) bool {
	before, after, ok := strings.Cut(p, " in ")
	if !ok || len(p) > 80 {
		return false
	}
	b, f := strings.Fields(before), strings.Fields(after)
	if len(b) < 2 || len(b) > 3 || len(f) < 1 || len(f) > 3 {
		return false
	}
	for _, w := range append(b, f...) {
		if !nameWord(w, true) {
			return false
		}
	}
	return true
}

// nameWord reports whether w is a word of a name: capitalized, and only
// letters, hyphens and apostrophes (and stops, when dots: St. Louis).
func nameWord(w string, dots bool) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && strings.IndexFunc(w, func(r rune) bool {
		return !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' && (r != '.' || !dots)
	}) < 0
}

// datelineEnd returns the length of a dateline at the start of p, including
// its dash and the space after it ("LONDON — ", "FRESNO, Calif. (AP) — "),
// or 0 when p does not start with one.
func datelineEnd(p string) int {
	i := 0
	upper := 0
	// Place name in capitals: LONDON, NEW YORK, ST. LOUIS, WINSTON-SALEM.
	for i < len(p) {
		c := p[i]
		if c >= 'A' && c <= 'Z' {
			upper++
			i++
			continue
		}
		if c == ' ' || c == '.' || c == '-' && i+1 < len(p) && p[i+1] != ' ' && p[i+1] != '-' || c == '\'' {
			i++
			continue
		}
		if r, n := utf8.DecodeRuneInString(p[i:]); unicode.IsUpper(r) {
			upper++
			i += n
			continue
		}
		break
	}
	if upper < 3 || i > 40 {
		return 0
	}
	// Optional ", Calif." or ", Ukraine" or ", Jan. 5".
	if i < len(p) && p[i] == ',' {
		j := i + 1
		words := 0
		for j < len(p) && words < 4 {
			for j < len(p) && p[j] == ' ' {
				j++
			}
			k := j
			for k < len(p) && p[k] != ' ' && p[k] != '(' {
				k++
			}
			if k == j {
				break
			}
			w := strings.TrimRight(p[j:k], ",")
			r, _ := utf8.DecodeRuneInString(w)
			if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
				break
			}
			words++
			j = k
			if j < len(p) && (p[j] == '(' || j+1 < len(p) && isDashAt(p, j+1)) {
				break
			}
		}
		if words == 0 {
			return 0
		}
		i = j
	}
	for i < len(p) && p[i] == ' ' {
		i++
	}
	// Optional agency: (AP), (Reuters).
	if i < len(p) && p[i] == '(' {
		close := strings.IndexByte(p[i:], ')')
		if close < 0 || close > 30 {
			return 0
		}
		i += close + 1
		for i < len(p) && p[i] == ' ' {
			i++
		}
	}
	n := dashLen(p, i)
	if n == 0 {
		return 0
	}
	i += n
	if i < len(p) && p[i] != ' ' {
		return 0
	}
	for i < len(p) && p[i] == ' ' {
		i++
	}
	return i
}

func isDashAt(p string, i int) bool { return dashLen(p, i) > 0 }

func dashLen(p string, i int) int {
	switch {
	case strings.HasPrefix(p[i:], "—"), strings.HasPrefix(p[i:], "–"):
		return 3
	case strings.HasPrefix(p[i:], "--"):
		return 2
	case strings.HasPrefix(p[i:], "-"):
		return 1
	}
	return 0
}

// wordCount counts space-separated words in s.
func wordCount(s string) int {
	n, in := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}

// classify assigns a kind to every paragraph, finds the credits inside
// captions, the headline, byline and dateline.
func (a *Article) classify(sameBlock []bool) {
	text := a.Text
	n := len(a.Paragraphs)
	for i := range a.Paragraphs {
		p := &a.Paragraphs[i]
		s := p.Text(text)
		switch {
		case isBoilerplate(s):
			p.Kind = Boilerplate
		case creditPrefix(s) > 0:
			rest := strings.TrimSpace(s[creditPrefix(s):])
			if cr := trailingCredits(s); len(cr) > 0 && cr[0].Start > creditPrefix(s) {
				p.Kind = Caption
				p.Credits = shift(cr, p.Start)
			} else if looksLikeCredit(rest) || wordCount(rest) <= 5 {
				p.Kind = Credit
				p.Credits = []Span{p.Span}
			} else {
				p.Kind = Caption
			}
		case creditLine(s):
			p.Kind = Credit // Scott Ostrander via Getty Images.
			p.Credits = []Span{p.Span}
		case signOff(s):
			p.Kind = Credit // (Reporting by …; Editing by …)
			p.Credits = []Span{p.Span}
		default:
			if cr := trailingCredits(s); len(cr) > 0 {
				p.Credits = shift(cr, p.Start)
				if cr[0].Start == 0 {
					p.Kind = Credit
				} else {
					p.Kind = Caption
				}
			}
		}
	}
	a.furniture(sameBlock)
	// A short title line directly above a caption, in the same block, is
	// part of the caption: "Kremlin spokesman Dmitry Peskov." (Not above
	// one this made a caption, nor above a picture's label line, which
	// opens its caption: the lines of a pasted page, one per paragraph,
	// are the article's.)
	titled := false // the paragraph after is a title line this loop made a caption
	for i := n - 2; i >= 0; i-- {
		p, next := &a.Paragraphs[i], a.Paragraphs[i+1]
		made := p.Kind == Body && (next.Kind == Caption || next.Kind == Credit) && sameBlock[i+1] && p.Len() <= 200 && wordCount(p.Text(text)) <= 25 &&
			!titled && !captionLabel(next.Text(text))
		if made {
			p.Kind = Caption
		}
		titled = made
	}
	// Headline and byline: before the first body paragraph.
	firstBody := -1
	for i := range a.Paragraphs {
		p := &a.Paragraphs[i]
		if p.Kind != Body {
			continue
		}
		s := p.Text(text)
		if a.Byline.Empty() && (isByline(s) || !a.Headline.Empty() && placeByline(s)) {
			p.Kind = Byline
			a.Byline = p.Span
			if i+1 < len(a.Paragraphs) && a.Paragraphs[i+1].Kind == Body && bylineRole(a.Paragraphs[i+1].Text(text)) {
				a.Paragraphs[i+1].Kind = Byline // By Hannah Cole ¶ Local Democracy Reporter
			}
			continue
		}
		if a.Byline.Empty() && !a.Headline.Empty() && firstBody < 0 && i+1 < len(a.Paragraphs) && a.Paragraphs[i+1].Kind == Body && nameLine(s) && deskLine(a.Paragraphs[i+1].Text(text)) {
			// Sarah Hale ¶ Courts Reporter: a name alone, with no "By",
			// and the writer's job on the line after it
			p.Kind, a.Paragraphs[i+1].Kind = Byline, Byline
			a.Byline = p.Span
			continue
		}
		if a.Byline.Empty() && !a.Headline.Empty() && nameDeskLine(s) {
			// Helena Voss Environment correspondent: the name and the
			// writer's job on one line, with no "By"
			p.Kind = Byline
			a.Byline = p.Span
			continue
		}
		if a.Headline.Empty() && firstBody < 0 && isHeadline(s) {
			p.Kind = Headline
			a.Headline = p.Span
			continue
		}
		// The dateline opens the first body paragraph, or the one after
		// it when that is one short line with none (a headline with a
		// period at its end: "Mayor calls for action on flooding.").
		if firstBody < 0 || a.Dateline.Empty() && i == firstBody+1 && len(a.Paragraphs[firstBody].Text(text)) <= 150 {
			second := firstBody >= 0
			if firstBody < 0 {
				firstBody = i
			}
			if d := datelineEnd(s); d > 0 {
				a.Dateline = Span{p.Start, p.Start + len(strings.TrimRight(s[:d], " "))}
				if second && a.Headline.Empty() {
					// the line before the dateline is the headline
					h := &a.Paragraphs[firstBody]
					h.Kind, a.Headline, firstBody = Headline, h.Span, i
				}
				if d >= len(s) {
					p.Kind = Dateline
					firstBody = -1
				}
			}
		}
		if !a.Headline.Empty() || firstBody >= 0 {
			// Stop looking for a headline once the body has begun, but keep
			// looking for a byline in the next few paragraphs.
			if i > firstBody+2 && firstBody >= 0 {
				break
			}
		}
	}
}

// bylineRole reports whether line p, after a byline, is the writer's role
// or desk: five words at most, each capitalized but the small ones, no
// stop, digit or comma (Local Democracy Reporter, Science Editor); or two
// such parts joined by one comma, an outlet and a place (BBC News, Kelby).
func bylineRole(p string) bool {
	if outlet, place, ok := strings.Cut(p, ", "); ok && !strings.Contains(place, ",") && wordCount(p) <= 6 {
		return outlet != "" && place != "" && bylineRole(outlet) && bylineRole(place)
	}
	words := strings.Fields(p)
	if len(words) > 5 || strings.ContainsAny(p, ".,!?:;\"“0123456789") {
		return false
	}
	if len(words) > 0 && bylineJobs[strings.ToLower(words[len(words)-1])] {
		return true // Environment reporter, Political correspondent
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !titleSmall[w] {
			return false
		}
	}
	return true
}

// nameLine reports whether line p is a person's name alone: two to four
// capitalized words of letters, hyphens and apostrophes (Sarah
// Linwood-Hale).
func nameLine(p string) bool {
	words := strings.Fields(p)
	if len(words) < 2 || len(words) > 4 {
		return false
	}
	for _, w := range words {
		if !nameWord(w, false) {
			return false
		}
	}
	return true
}

// nameDeskLine reports whether line p is a person's name of two or
// three words and a writer's role that ends in a journalist's job, on one
// line (Helena Voss Environment correspondent).
func nameDeskLine(p string) bool {
	words := strings.Fields(p)
	for n := 2; n <= 3 && n < len(words); n++ {
		desk := words[n : len(words)-1]
		if nameLine(strings.Join(words[:n], " ")) && deskLine(strings.Join(words[n:], " ")) &&
			!slices.ContainsFunc(desk, func(w string) bool { r, _ := utf8.DecodeRuneInString(w); return !unicode.IsUpper(r) && !deskWords[w] }) {
			return true
		}
	}
	return false
}

// deskWords are the words in lower case of a writer's desk (Chief
// political correspondent, Senior business reporter).
var deskWords = map[string]bool{"chief": true, "senior": true, "deputy": true, "political": true, "business": true, "economics": true,
	"health": true, "science": true, "diplomatic": true, "foreign": true, "home": true, "legal": true, "education": true, "transport": true,
	"environment": true, "security": true, "crime": true, "social": true, "affairs": true, "sports": true, "sport": true, "technology": true}

// deskLine reports whether line p is a writer's role that ends in a
// journalist's job (Courts Reporter, Chief political correspondent).
func deskLine(p string) bool {
	words := strings.Fields(p)
	return bylineRole(p) && len(words) > 0 && bylineJobs[strings.ToLower(words[len(words)-1])]
}

// isHeadline reports whether p reads like a title: short, several words, and
// not ending like a sentence (titles rarely end with a period), or written
// in title case whatever its end ("Glenn Brack Blasts Drudge for Mocking
// His Fast.", as some archives store headlines).
func isHeadline(p string) bool {
	if strings.HasPrefix(p, "# ") {
		return true
	}
	if len(p) > 250 || wordCount(p) < 2 {
		return false
	}
	return !strings.HasSuffix(p, ".") || strings.HasSuffix(p, "..") || titleCased(p)
}

// bylineJobs are the jobs a byline's second line ends in, whatever its
// case (Environment reporter, Chief political correspondent).
var bylineJobs = map[string]bool{"reporter": true, "correspondent": true, "editor": true, "writer": true, "columnist": true, "journalist": true}

// titleSmall are the words a title may leave in lower case.
var titleSmall = map[string]bool{"a": true, "an": true, "the": true, "and": true, "or": true, "but": true, "nor": true,
	"for": true, "of": true, "on": true, "in": true, "at": true, "to": true, "by": true, "from": true, "with": true,
	"as": true, "vs": true, "vs.": true, "via": true, "into": true, "over": true, "up": true, "is": true, "de": true,
	"after": true, "about": true, "amid": true, "upon": true, "than": true}

// TitleSmall reports whether w is one of the small words a title in
// title case may leave in lower case ("Orange is the New Black", "War of
// the Worlds"): articles, conjunctions, short prepositions, "is".
func TitleSmall(w string) bool { return titleSmall[w] }

// titleCased reports whether line p has four or more words and all that
// start with a letter do so with a capital but the small ones.
func titleCased(p string) bool {
	n := 0
	for _, w := range strings.Fields(p) {
		w = strings.TrimLeft(w, "\"“‘'([")
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			continue
		}
		n++
		if !unicode.IsUpper(r) && !titleSmall[strings.TrimRight(w, ".,:;!?’'\"”")] {
			return false
		}
	}
	return n >= 4
}

// furniture marks the page's furniture pasted with an article: lines
// that are a button or a label alone ("Share", "Related Topics", see
// boilerplate.txt), a time of publication ("Published 3 hours ago"), a
// trail of sections, a prompt to follow a handle, a copyright line, the
// short link and topic lines under a heading such as "More on this story"
// or "Related Topics", which are boilerplate; and a caption's label
// ("Image caption," and the caption after it, in the same block).
func (a *Article) furniture(sameBlock []bool) {
	text, lines := a.Text, furnitureLines()
	links := false // under a heading of links or topics
	top := true    // no line but furniture yet: where a section's label stands
	for i := range a.Paragraphs {
		p := &a.Paragraphs[i]
		s := p.Text(text)
		label := countless(strings.ToLower(strings.TrimRight(s, " ,:.;")))
		if (lines[label] == "heading" || moreFrom(label)) && (p.Kind == Body || p.Kind == Boilerplate) {
			p.Kind, links = Boilerplate, true
			continue
		}
		if p.Kind != Body {
			links = links && p.Kind == Boilerplate
			continue
		}
		switch {
		case lines[label] == "line" || lines[label] == "section" && top || buttonRow(label, lines) || shareButton(label):
			p.Kind = Boilerplate
			continue
		case strings.HasPrefix(label, "image caption") || strings.HasPrefix(label, "media caption"):
			p.Kind = Caption
			if wordCount(label) <= 2 && i+1 < len(a.Paragraphs) && sameBlock[i+1] && a.Paragraphs[i+1].Kind == Body {
				a.Paragraphs[i+1].Kind = Caption
			}
		case published(s) || dateOnly(s) || timeOnly(s) || breadcrumb(s) || followHandle(s) || strings.HasPrefix(s, "©") && wordCount(s) <= 15:
			p.Kind = Boilerplate
		case links && wordCount(s) <= 10 && (!strings.ContainsAny(s[len(s)-1:], ".!?\"”") ||
			strings.HasSuffix(s, "?") && i+1 < len(a.Paragraphs) && published(a.Paragraphs[i+1].Text(text))):
			// (a link's title may ask a question when a time of
			// publication follows it: Why are prices rising? Published …)
			p.Kind = Boilerplate
			continue
		}
		links = false
		top = top && p.Kind != Body
	}
}

// furnitureLines maps the lines that are page furniture alone (lower
// case, without a closing comma, colon or stop) to "line", "section" for
// a section's label (furniture only above the article), or "heading" for
// those that head a list of links or topics.
var furnitureLines = sync.OnceValue(func() map[string]string {
	out := map[string]string{}
	for _, line := range strings.Split(boilerplateList, "\n") {
		if w, ok := strings.CutPrefix(line, "= "); ok {
			out[strings.TrimSpace(w)] = "line"
		} else if w, ok := strings.CutPrefix(line, "=^ "); ok {
			out[strings.TrimSpace(w)] = "section"
		} else if w, ok := strings.CutPrefix(line, "== "); ok {
			out[strings.TrimSpace(w)] = "heading"
		}
	}
	return out
})

// countless returns line s (lower case) without a count in brackets at
// its end, as a button shows one: "comments (14)" is "comments".
func countless(s string) string {
	if !strings.HasSuffix(s, ")") {
		return s
	}
	i := strings.LastIndex(s, " (")
	if i <= 0 || strings.Trim(s[i+2:len(s)-1], "0123456789,") != "" || i+3 == len(s) {
		return s
	}
	return s[:i]
}

// shareButton reports whether line s (lower case) is a button to share
// the page: "share on", "share via" or "share to" and one or two words
// (Share on WhatsApp, Share via email).
func shareButton(s string) bool {
	for _, w := range []string{"share on ", "share via ", "share to "} {
		if rest, ok := strings.CutPrefix(s, w); ok {
			return rest != "" && wordCount(rest) <= 2
		}
	}
	return false
}

// moreFrom reports whether line s (lower case) heads a list of links to
// more of a section or a writer: "more from" and one to four words (More
// from Local News), with no stop.
func moreFrom(s string) bool {
	rest, ok := strings.CutPrefix(s, "more from ")
	return ok && rest != "" && wordCount(rest) <= 4 && !strings.ContainsAny(rest, ".!?")
}

// buttonRow reports whether line s (lower case) is two or more of the
// buttons or sections' labels furnitureLines knows, side by side, each of
// one to three words (Facebook Twitter Email; Share | Copy link; Contact
// us | Terms and conditions; Home News Sport Weather: a menu), and nothing
// else.
func buttonRow(s string, lines map[string]string) bool {
	words := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '|' || r == '·' || r == '•' || r == '/' })
	if len(words) < 2 || len(words) > 12 {
		return false
	}
	n := 0
next:
	for i := 0; i < len(words); n++ {
		for k := min(3, len(words)-i); k >= 1; k-- {
			if kind := lines[strings.Join(words[i:i+k], " ")]; kind == "line" || kind == "section" {
				i += k
				continue next
			}
		}
		return false
	}
	return n >= 2
}

// breadcrumb reports whether line s is a page's trail of sections: two
// or more short parts joined by ">", "›" or "»" (Home > News > Local),
// or by "|" in parts of one or two words (News | Local).
func breadcrumb(s string) bool {
	if len(s) > 120 {
		return false
	}
	if strings.Contains(s, " | ") {
		parts := strings.Split(s, " | ")
		// News | Local: sections of one or two words each (not a
		// headline and its site, Storm closes schools | The Ledger)
		for _, part := range parts {
			if n := wordCount(part); n == 0 || n > 2 {
				return false
			}
		}
		return true
	}
	for _, sep := range []string{" > ", " › ", " » "} {
		if !strings.Contains(s, sep) {
			continue // (no split of every short line)
		}
		if parts := strings.Split(s, sep); len(parts) >= 3 || len(parts) == 2 && len(strings.TrimSpace(parts[0])) > 0 && wordCount(s) <= 6 {
			for _, part := range parts {
				if n := wordCount(part); n == 0 || n > 4 {
					return false
				}
			}
			return true
		}
	}
	return false
}

// followHandle reports whether line s asks the reader to follow a handle
// (Follow @samwhitlock, Follow her on X @jlee).
func followHandle(s string) bool {
	return wordCount(s) <= 6 && hasPrefixFold(s, "follow ") && strings.Contains(s, "@")
}

// published reports whether line s is a time of publication: "Published
// 3 hours ago", "Updated 12 March 2026", "Last updated: 10:42 GMT",
// "Published: 14:32, 3 March 2026 | Updated: 16:05, 3 March 2026".
func published(s string) bool {
	if n := wordCount(s); n > 16 || n > 12 && !strings.Contains(s, "|") || strings.HasSuffix(s, ".") && !strings.HasSuffix(s, " ago.") { // (a time of publication and one of update: up to 16 words)
		return false
	}
	lower := strings.ToLower(s)
	for _, w := range []string{"published ", "published:", "updated ", "updated:", "last updated", "posted ", "posted:"} {
		if strings.HasPrefix(lower, w) {
			rest := lower[len(w):]
			return strings.IndexFunc(rest, unicode.IsDigit) >= 0 || strings.Contains(rest, " ago") || strings.Contains(rest, "yesterday")
		}
	}
	return false
}

// dateOnly reports whether line s is a date and nothing else, as a page
// prints above or below its headline: 20 November 2026, Friday 20
// November 2026 14:32 GMT, Nov. 20, 2026 (a month's name and a year, and
// only days, times and zones besides: Mon 2 Oct 2026 14.05 BST).
func dateOnly(s string) bool {
	if n := wordCount(s); n < 2 || n > 7 {
		return false // (most lines: no copy of their words)
	}
	ws := strings.Fields(s)
	month, year := false, false
	for _, w := range ws {
		w = strings.ToLower(strings.TrimRight(w, ",."))
		switch {
		case IsMonth(w):
			month = true
		case len(w) == 4 && strings.Trim(w, "0123456789") == "":
			year = true
		case len(w) <= 5 && strings.Trim(w, "0123456789:.") == "" && w != "", // (14:05, 14.05)
			weekdays[w], w == "am" || w == "pm" || w == "a.m" || w == "p.m" || w == "gmt" || w == "bst" || w == "utc" || w == "et" || w == "cet":
		default:
			return false
		}
	}
	return month && year
}

// timeOnly reports whether line s is a time of day and nothing else but
// a zone or am/pm, as a live page stamps its posts: 14:02, 9.45am, 14:02
// GMT.
func timeOnly(s string) bool {
	if len(s) > 16 || s == "" || s[0] < '0' || s[0] > '9' {
		return false // (most lines: no copy of their words)
	}
	ws := strings.Fields(s)
	if len(ws) == 0 || len(ws) > 2 {
		return false
	}
	t := strings.TrimSuffix(strings.TrimSuffix(strings.ToLower(ws[0]), "am"), "pm")
	h, m, ok := strings.Cut(t, ":")
	if !ok {
		h, m, ok = strings.Cut(t, ".")
	}
	if !ok || len(h) < 1 || len(h) > 2 || len(m) != 2 || strings.Trim(h+m, "0123456789") != "" {
		return false
	}
	if len(ws) == 2 {
		switch strings.ToLower(ws[1]) {
		case "am", "pm", "a.m.", "p.m.", "gmt", "bst", "utc", "et", "cet", "edt", "est", "pt":
		default:
			return false
		}
	}
	return true
}

// IsMonth reports whether w names a month, in full or abbreviated, in
// any case, with or without a period: March, Nov., SEPT.
func IsMonth(w string) bool { return months[strings.ToLower(strings.TrimSuffix(w, "."))] }

// months are the names of months and their abbreviations, in lower case
// without a period.
var months = map[string]bool{
	"jan": true, "january": true, "feb": true, "february": true, "mar": true, "march": true, "apr": true, "april": true,
	"may": true, "jun": true, "june": true, "jul": true, "july": true, "aug": true, "august": true, "sep": true, "sept": true,
	"september": true, "oct": true, "october": true, "nov": true, "november": true, "dec": true, "december": true,
}

var weekdays = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true,
	"sunday": true, "mon": true, "tue": true, "tues": true, "wed": true, "thu": true, "thurs": true, "fri": true, "sat": true, "sun": true}

func shift(spans []Span, by int) []Span {
	for i := range spans {
		spans[i].Start += by
		spans[i].End += by
	}
	return spans
}
