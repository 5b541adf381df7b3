package corpus

import (
	"sort"
	"strings"
)

// NamedMention is a named entity mention cut from a GUM mention: tokens
// First..Last (inclusive) of a sentence, the GUM type (person, place or
// organization) and the GUM mention's entity number.
type NamedMention struct {
	First, Last int
	Type        string
	ID          int
}

// connectors may sit inside a name between two proper nouns ("Bank of
// England", "Marks & Spencer").
var connectors = map[string]bool{"of": true, "and": true, "&": true, "de": true, "the": true, "for": true, "on": true, "van": true, "von": true, "der": true, "la": true, "le": true, "del": true, "da": true, "du": true, "al": true}

func properTag(t string) bool { return t == "NNP" || t == "NNPS" }

// identityHead returns the last proper noun of mention m whose form is a
// word of the mention's identity (Eduard_Hanslick), or -1.
func identityHead(s GUMSentence, m GUMMention) int {
	if m.Identity == "" || m.Identity == "_" {
		return -1
	}
	words := map[string]bool{}
	for _, w := range strings.FieldsFunc(m.Identity, func(r rune) bool { return r == '_' || r == ',' || r == '(' || r == ')' }) {
		words[w] = true
	}
	for i := m.Last; i >= m.First; i-- {
		if properTag(s.Tokens[i].XPOS) && words[s.Tokens[i].Form] {
			return i
		}
	}
	return -1
}

// coordination reports whether mention m joins names with a conjunction
// at its head ("Khartoum and Juba", "Sudan and South Sudan"): a group, whose
// members GUM annotates as mentions of their own, not one name. ("The
// National Air and Space Museum" coordinates words below its head and is
// one name.)
func coordination(s GUMSentence, m GUMMention, head int) bool {
	for i := m.First; i <= m.Last; i++ {
		if s.Tokens[i].Head-1 == head && s.Tokens[i].Deprel == "conj" {
			return true
		}
	}
	return false
}

// NamedMentions returns the named person, place and organization mentions of
// s as flat, non-overlapping spans, the convention of news NER corpora: a
// GUM mention counts when its syntactic head is a proper noun, or when it
// has a Wikipedia identity spelled by a proper noun inside it, and its name
// is the run of proper nouns around the head (or that proper noun) (with connectors such as "of"
// inside), without leading titles when isTitle says a word is one. So
// "Kremlin spokesman Dmitry Peskov" gives "Dmitry Peskov" and "President
// Dalen" gives "Dalen". Nested names give way to the names around them.
func NamedMentions(s GUMSentence, isTitle func(string) bool) []NamedMention {
	var out []NamedMention
	for _, m := range s.Mentions {
		if m.Type != "person" && m.Type != "place" && m.Type != "organization" {
			continue
		}
		head := -1
		for i := m.First; i <= m.Last; i++ {
			h := s.Tokens[i].Head - 1
			if h < m.First || h > m.Last {
				head = i
				break
			}
		}
		if head < 0 || coordination(s, m, head) {
			continue
		}
		if !properTag(s.Tokens[head].XPOS) {
			// A common-noun head with a Wikipedia identity: the name is
			// the proper noun in the mention that the identity spells
			// ("the prominent critic Eduard Hasslinger").
			if head = identityHead(s, m); head < 0 {
				continue
			}
		}
		first, last := head, head
		for first > m.First {
			p := first - 1
			if properTag(s.Tokens[p].XPOS) {
				first = p
				continue
			}
			if connectors[s.Tokens[p].Form] && p > m.First && properTag(s.Tokens[p-1].XPOS) {
				first = p - 1
				continue
			}
			break
		}
		for last < m.Last {
			n := last + 1
			if properTag(s.Tokens[n].XPOS) {
				last = n
				continue
			}
			if connectors[s.Tokens[n].Form] && n < m.Last && properTag(s.Tokens[n+1].XPOS) {
				last = n + 1
				continue
			}
			break
		}
		if m.Type == "person" {
			if s.Tokens[head].XPOS == "NNPS" {
				continue // Americans, Democrats: groups, not people
			}
			// Cut the name after the last title word: "U.S. President Donald Dravick" → "Donald Dravick".
			for k := head; k >= first && isTitle != nil; k-- {
				if isTitle(s.Tokens[k].Form) {
					first = k + 1
					break
				}
			}
			if first > last || connectors[s.Tokens[first].Form] {
				continue // a title alone: "the Secretary", "the King of Spain"
			}
		}
		out = append(out, NamedMention{First: first, Last: last, Type: m.Type, ID: m.ID})
	}
	sort.SliceStable(out, func(i, j int) bool {
		return out[i].Last-out[i].First > out[j].Last-out[j].First
	})
	var flat []NamedMention
	for _, m := range out {
		clash := false
		for _, f := range flat {
			if m.First <= f.Last && f.First <= m.Last {
				clash = true
				break
			}
		}
		if !clash {
			flat = append(flat, m)
		}
	}
	sort.Slice(flat, func(i, j int) bool { return flat[i].First < flat[j].First })
	return flat
}
