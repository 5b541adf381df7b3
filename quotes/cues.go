package quotes

import (
	"bufio"
	_ "embed"
	"strings"
	"sync"
)

//go:embed cues.txt
var cuesFile string

// The cue lexicon, read from cues.txt once, at start: the forms of the
// speech verbs, and the forms playing each role (see the file).
var (
	// cueSet holds every form of the speech verbs and every form given a
	// role, lower case.
	cueSet = map[string]bool{}
	// weakCues introduce speech only with a "that" clause or quoted words.
	weakCues = map[string]bool{}
	// bareWeak are weak cues that take a clause without "that" when finite.
	bareWeak = map[string]bool{}
	// objectCues take the hearer as object before the reported clause:
	// told reporters that ….
	objectCues = map[string]bool{}
	// infinitiveCues report a promise, an appeal or a threat with a "to"
	// clause: vowed to repeal the law, urged voters to stay home.
	infinitiveCues = map[string]bool{}
	// questionCues take an indirect question: asked whether ….
	questionCues = map[string]bool{}
	// namingCues call someone or something by words in marks: called her
	// “a loser”, described the plan as “reckless”.
	namingCues = map[string]bool{}
	// objectReports report an act of speech by its object: announced his
	// resignation, denied the allegations.
	objectReports = map[string]bool{}
	// prepCues report speech through a preposition: called for …, talked
	// about …. The value lists the prepositions, each between spaces.
	prepCues = map[string]string{}
	// nounCues are nouns that report speech before a "that" clause:
	// Dravick's claim that ….
	nounCues = map[string]bool{}
	// actCues are speech acts whose object may hold the speaker's quoted
	// words: blamed the court's “…”.
	actCues = map[string]bool{}
	// outCues are cues only before "out", and report their object (laid
	// out his vision).
	outCues = map[string]bool{}
	// backCues are cues only before "back": a retort (shot back that …).
	backCues = map[string]bool{}
	// tributeCues are cues only before "tribute to", and report its
	// object (paid tribute to a “kind and gentle” grandfather).
	tributeCues = map[string]bool{}
	// hearerCues have the one who heard the report as subject, not its
	// speaker: the court heard that …. They are cues only after a noun
	// of hearerNouns (newFinder).
	hearerCues = map[string]bool{}
)

func init() { readCues(cuesFile) }

// readCues fills the lexicon from the text of cues.txt.
func readCues(text string) {
	roles := map[string]map[string]bool{
		"weak": weakCues, "bare": bareWeak, "object": objectCues, "infinitive": infinitiveCues,
		"question": questionCues, "naming": namingCues, "announce": objectReports, "noun": nounCues, "act": actCues,
		"hearer": hearerCues,
	}
	eachListLine(text, func(head string, words []string, named bool) {
		if !named {
			for _, w := range words {
				cueSet[w] = true
			}
			return
		}
		switch f := strings.Fields(head); {
		case len(f) > 1 && f[0] == "prep":
			preps := " " + strings.Join(f[1:], " ") + " "
			for _, w := range words {
				prepCues[w] = preps
				cueSet[w] = true
			}
		case head == "out":
			for _, w := range words {
				outCues[w], objectReports[w] = true, true // (no cue alone: newFinder marks it before "out")
			}
		case head == "back":
			for _, w := range words {
				backCues[w] = true
			}
		case head == "tribute":
			for _, w := range words {
				tributeCues[w], objectReports[w] = true, true // (no cue alone: newFinder marks it before "tribute to")
			}
		case roles[head] != nil:
			for _, w := range words {
				roles[head][w] = true
				if head != "noun" && head != "act" && head != "hearer" {
					cueSet[w] = true // (a hearer's verb is a cue after a hearer only: newFinder, hearerBefore)
				}
			}
		}
	})
}

// eachListLine calls fn for every line of a project word list (cues.txt,
// words.txt) that is not blank or a comment: head is what stands before
// its colon (named is false when it has none) and words the fields of the
// rest.
func eachListLine(text string, fn func(head string, words []string, named bool)) {
	sc := bufio.NewScanner(strings.NewReader(text))
	for sc.Scan() {
		l := strings.TrimSpace(sc.Text())
		if l == "" || l[0] == '#' {
			continue
		}
		head, rest, named := strings.Cut(l, ":")
		if !named {
			head, rest = "", l
		}
		fn(head, strings.Fields(rest), named)
	}
}

// IsCue reports whether w (any case) is a form of a speech verb whosaid
// knows (said, told, added, warned, insisted ...).
func IsCue(w string) bool { return cueSet[strings.ToLower(w)] }

//go:embed words.txt
var wordsFile string

// wordLists are the lists of words.txt by name, read once; heads are its
// "head N:" lines.
var wordLists = sync.OnceValues(func() (map[string]map[string]bool, map[string][]string) {
	lists, heads := map[string]map[string]bool{}, map[string][]string{}
	eachListLine(wordsFile, func(name string, words []string, named bool) {
		if !named {
			return
		}
		if head, ok := strings.CutPrefix(name, "head "); ok {
			heads[strings.TrimSpace(head)] = words
			return
		}
		set := lists[name]
		if set == nil {
			set = map[string]bool{}
			lists[name] = set
		}
		for _, w := range words {
			set[w] = true
		}
	})
	return lists, heads
})

// wordList returns the list of words.txt called name; it panics if there
// is none, as the file is part of the package.
func wordList(name string) map[string]bool {
	lists, _ := wordLists()
	if lists[name] == nil {
		panic("quotes: words.txt has no list " + name)
	}
	return lists[name]
}

// headLists returns the "head N:" lines of words.txt.
func headLists() map[string][]string {
	_, heads := wordLists()
	return heads
}
