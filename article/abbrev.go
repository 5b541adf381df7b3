package article

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed abbreviations.txt
var abbreviationList string

type abbrevKind uint8

const (
	notAbbrev    abbrevKind = iota
	plainAbbrev             // Feb, Calif, Inc
	titleAbbrev             // Dr, Gov, St: comes before a name
	numberAbbrev            // No, Art: an abbreviation only before a digit
)

var abbreviations = sync.OnceValue(func() map[string]abbrevKind {
	m := map[string]abbrevKind{}
	for _, line := range strings.Split(abbreviationList, "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "" || strings.HasPrefix(line, "# "):
		case line[0] == '!':
			m[line[1:]] = titleAbbrev
		case line[0] == '?':
			m[line[1:]] = numberAbbrev
		default:
			if _, ok := m[line]; !ok {
				m[line] = plainAbbrev
			}
		}
	}
	return m
})

// abbreviationKind says what kind of abbreviation w is when a period follows it.
func abbreviationKind(w string) abbrevKind {
	if len(w) > 6 {
		return notAbbrev
	}
	return abbreviations()[w]
}

// isAbbreviation reports whether word w, followed by a period and then the
// byte next (0 at the end), is an abbreviation that takes the period.
func isAbbreviation(w string, next byte) bool {
	if len(w) == 1 && asciiClass[w[0]] >= cLower && asciiClass[w[0]] <= cUpper {
		return true // initials: E. Smith; list markers: a.
	}
	if len(w) > 2 && w[0] >= 'A' && w[0] <= 'Z' && w[1] == '-' {
		w = w[2:] // a party letter before a state: R-Fla., D-Calif.
	}
	switch abbreviationKind(w) {
	case plainAbbrev, titleAbbrev:
		return true
	case numberAbbrev:
		return asciiClass[next] == cDigit
	}
	return false
}
