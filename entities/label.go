package entities

import "fmt"

// Label is the type of an entity mention.
type Label uint8

// Entity labels, after OntoNotes.
const (
	None   Label = iota // not an entity
	Person              // PERSON: people, real or fictional
	Org                 // ORG: companies, agencies, institutions, parties, news organizations
	GPE                 // GPE: countries, cities, states: places with a government
	Loc                 // LOC: other places: continents, regions, seas, rivers, mountains
	NORP                // NORP: nationalities, religious and political groups (Russian, Western, Democrats)
	Fac                 // FAC: facilities: airports, stations, bridges, buildings, roads
)

var labelNames = [...]string{"", "PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"}

// String returns the label's name: PERSON, ORG, GPE, LOC, NORP or FAC.
func (l Label) String() string {
	if int(l) < len(labelNames) {
		return labelNames[l]
	}
	return fmt.Sprintf("Label(%d)", uint8(l))
}

// MarshalText writes the label's name.
func (l Label) MarshalText() ([]byte, error) { return []byte(l.String()), nil }

// ParseLabel returns the label with the given name.
func ParseLabel(s string) (Label, bool) {
	for i, n := range labelNames {
		if n == s && i > 0 {
			return Label(i), true
		}
	}
	return None, false
}

// IsPlace reports whether l is GPE, LOC or FAC.
func (l Label) IsPlace() bool { return l == GPE || l == Loc || l == Fac }

// The statistical model tags three types; places are told apart afterwards
// (GPE, LOC or FAC) by their words and the gazetteers.
const (
	typePer = iota
	typeOrg
	typePlace
	numTypes
)

// Classes of the model: O, then B, I, L, U for each type.
const (
	classO   = 0
	nClasses = 1 + 4*numTypes
	classBOS = nClasses // the "previous class" before a sentence starts
)

const (
	posB = iota
	posI
	posL
	posU
)

func classOf(typ, pos int) int { return 1 + 4*typ + pos }
func classType(c int) int      { return (c - 1) / 4 }
func classPos(c int) int       { return (c - 1) % 4 }

// typeOf maps a label to the model's type.
func typeOf(l Label) int {
	switch l {
	case Person:
		return typePer
	case Org:
		return typeOrg
	case GPE, Loc, Fac:
		return typePlace
	}
	return -1
}

// openClass reports whether a mention is open after class c (B or I).
func openClass(c int) bool {
	if c == classO || c >= nClasses {
		return false
	}
	p := classPos(c)
	return p == posB || p == posI
}
