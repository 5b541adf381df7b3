package quotes

import (
	"bufio"
	_ "embed"
	"strings"
	"sync"
)

//go:embed cues.txt
var cuesFile string

// cueWords holds every form of the speech verbs in cues.txt, lower case.
// "call", "describe" and "think"-like verbs are weaker cues: they count
// only next to a quotation or before "that".
var cueWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	sc := bufio.NewScanner(strings.NewReader(cuesFile))
	for sc.Scan() {
		l := strings.TrimSpace(sc.Text())
		if l == "" || l[0] == '#' || strings.HasPrefix(l, "phrase:") {
			continue
		}
		for _, w := range strings.Fields(l) {
			m[w] = true
		}
	}
	return m
})

// weakCues introduce speech only with a quotation or a "that" clause.
var weakCues = map[string]bool{
	"call": true, "called": true, "calls": true, "calling": true,
	"describe": true, "described": true, "describes": true, "describing": true,
	"think": true, "thought": true, "thinks": true, "thinking": true,
	"believe": true, "believed": true, "believes": true, "believing": true,
	"post": true, "posted": true, "posts": true, "continue": true, "continued": true, "continues": true,
	"report": true, "reported": true, "reports": true, "state": true, "states": true, "note": true, "notes": true,
	"maintain": true, "maintains": true, "ask": true, "asks": true, "estimate": true, "estimates": true, "estimated": true,
	"indicate": true, "indicates": true, "indicated": true, "promise": true, "promises": true, "answer": true, "agree": true, "agreed": true,
	"show": true, "shows": true, "showed": true, "showing": true, "find": true, "finds": true, "found": true,
	"reveal": true, "reveals": true, "revealed": true, "express": true, "expressed": true, "expresses": true,
	"refer": true, "referred": true, "refers": true, "referring": true,
	"rail": true, "railed": true, "rails": true, "railing": true,
}

// IsCue reports whether w (any case) is a form of a speech verb whosaid
// knows (said, told, added, warned, insisted ...).
func IsCue(w string) bool { return cueWords()[strings.ToLower(w)] }
