package quotes

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/article"
	"github.com/whosaid/whosaid/entities"
)

// pronouns are the personal pronouns a speaker may be, with what they
// can stand for. "We" (us) is the writers or the speaker's own group,
// which no cluster before it names for certain (We show that …, as we
// reported): it is left unresolved.
var pronouns = map[string]string{"he": "male", "she": "female", "they": "plural", "it": "neuter", "we": "us", "i": "self"}

// possessives are the possessive pronouns that stand for a speaker (his
// claim that …, her insistence that …), with the pronoun's gender or
// number.
var possessives = map[string]string{"his": "male", "her": "female", "their": "plural", "its": "neuter", "our": "us", "my": "self"}

// objectPronouns are the object pronouns that stand for a source after a
// preposition (according to him), with their gender or number.
var objectPronouns = map[string]string{"him": "male", "her": "female", "them": "plural", "us": "us", "me": "self"}

// npTag reports whether a token with tag t can be inside a speaker's noun
// phrase.
func npTag(t article.Tag) bool {
	switch t {
	case article.DT, article.PDT, article.PRPS, article.JJ, article.JJR, article.JJS, article.NN, article.NNS,
		article.NNP, article.NNPS, article.CD, article.POS, article.RBS:
		return true // (RBS: the most recent poll)
	}
	return false
}

func headTag(t article.Tag) bool { return t.IsNoun() || t == article.PRP }

// head reports whether token k can head a speaker's noun phrase: a noun or
// pronoun, or an age the tagger takes for an adjective ("said the
// 46-year-old").
func (f *finder) head(k int) bool {
	if headTag(f.a.Tokens[k].Tag) || f.verbAsNoun(k) {
		return true
	}
	return ageWord(f.lower(k)) || f.rankNumber(k)
}

// rankNumber reports whether token k is a number after "number" or
// "No": a rank that names its holder (the world number three, the world
// No 1).
func (f *finder) rankNumber(k int) bool {
	if k == 0 || f.a.Tokens[k].Tag != article.CD {
		return false
	}
	switch f.lower(k - 1) {
	case "number", "no", "no.":
		return true
	}
	return false
}

// ageWord reports whether w, in lower case, is an age written as one
// word (46-year-old, 46-years-old).
func ageWord(w string) bool {
	return strings.HasSuffix(w, "-year-old") || strings.HasSuffix(w, "-years-old")
}

// apposedPerson returns the tokens of the person named before a
// description set off by commas that ends at the comma before token k,
// after lo: "Jed Marlow, the creator of Line of Duty," before a
// relative pronoun at k. The description opens with a determiner, a
// possessive or a role in lower case (president of …) and names no
// person itself.
func (f *finder) apposedPerson(k, lo int) (article.Range, bool) {
	if k-1 <= lo || f.text(k-1) != "," {
		return article.Range{}, false
	}
	for j := k - 2; j > lo+1 && j > k-14; j-- {
		if f.text(j) != "," {
			continue
		}
		mi := f.mentionAt[j-1]
		// (a description with a determiner, or a bare role in lower
		// case: Marcy Feld, president of the parents' association, who …)
		if t := f.a.Tokens[j+1].Tag; mi < 0 || f.ents.Mentions[mi].Label != entities.Person ||
			t != article.DT && t != article.PRPS && !((t == article.NN || t.IsAdjective()) && !f.capitalized(j+1)) || f.personIn(j+1, k-1) {
			return article.Range{}, false
		}
		return f.ents.Mentions[mi].Tokens, true
	}
	return article.Range{}, false
}

// verbAsNoun reports whether token k, tagged as a verb's base or
// present, is a noun the tagger misread: a lower-case word between a
// noun and a verb in the past or present (Rovers boss/VBP hails …),
// where two verbs cannot stand; or a plural tagged as a verb in the
// present between a noun or an adjective and a verb that agrees with it
// (Internal emails/VBZ show/VBP that …), or after a comma before a cue in
// the past (…, figures/VBZ showed/VBN.).
func (f *finder) verbAsNoun(k int) bool {
	t := f.a.Tokens[k].Tag
	if t != article.VBP && t != article.VB && t != article.VBZ || k == 0 || k+1 >= len(f.a.Tokens) || f.capitalized(k) || auxiliaries[f.lower(k)] {
		return false
	}
	next := f.a.Tokens[k+1].Tag
	if t == article.VBZ {
		// Internal emails/VBZ show/VBP that …: a plural before a verb
		// that agrees with it
		// …, figures/VBZ showed/VBN.: a plural after a comma before a cue
		return strings.HasSuffix(f.lower(k), "s") && (next == article.VBP && (f.a.Tokens[k-1].Tag.IsNoun() || f.a.Tokens[k-1].Tag == article.JJ) ||
			f.text(k-1) == "," && f.isCue(k+1) && (next == article.VBD || next == article.VBN || next == article.VBP))
	}
	return (next == article.VBZ || next == article.VBD) && f.a.Tokens[k-1].Tag.IsNoun()
}

// timeWords head noun phrases that say when, not who: "next week said"
// is no speaker.
var timeWords = wordList("time")

// wordish reports whether token k is a word, number or abbreviation (or
// a percent sign after a number): marks and punctuation are never part of
// a speaker's phrase.
func (f *finder) wordish(k int) bool {
	switch f.a.Tokens[k].Kind {
	case article.Word, article.Abbreviation, article.Number:
		return true
	}
	return f.text(k) == "%" && k > 0 && f.a.Tokens[k-1].Kind == article.Number // 42% say
}

// npAfter returns the end of the noun phrase starting at i (i itself if
// there is none), not beyond hi: a pronoun, an entity mention, or a run of
// determiners, adjectives and nouns ending in a noun.
func (f *finder) npAfter(i, hi int) int {
	if i >= hi {
		return i
	}
	t := f.a.Tokens[i]
	if t.Tag == article.PRP {
		if _, ok := pronouns[f.lower(i)]; ok {
			return i + 1
		}
		return i
	}
	if t.Tag == article.PRPS && f.lower(i) == "her" && i+1 < hi && f.lower(i+1) == "of" {
		return i + 1 // accused her/PRP$ of …: the object, not a determiner (the charge's "of" after it)
	}
	if w := f.lower(i); (w == "one" || w == "another") && (i+1 >= hi || f.text(i+1) == "," || f.text(i+1) == ".") {
		return i + 1 // “…,” said one, who asked not to be named; said another.: one of those before
	}
	if w := f.lower(i); w != "much" && w != "half" && i+2 < hi && f.quantifierOf(i, hi) {
		// said one of the people, said two of the officials: the
		// quantifier and the phrase it takes of (not an amount's:
		// spent much of the money)
		if end := f.npAfter(i+2, hi); end > i+2 {
			return end
		}
	}
	lastHead := -1
	for k := i; k < hi && k < i+10; k++ {
		if mi := f.mentionAt[k]; mi >= 0 {
			m := f.ents.Mentions[mi]
			k = min(m.Tokens.Last, hi) - 1
			lastHead = k
			continue
		}
		tg := f.a.Tokens[k].Tag
		if (tg == article.VBN || tg == article.VBG) && k > i && k+1 < hi && !f.isCue(k) {
			// the printed slate card, the leading candidate: a
			// participle between a determiner or adjective and a noun
			if p, n := f.a.Tokens[k-1].Tag, f.a.Tokens[k+1].Tag; (p == article.DT || p == article.JJ || p == article.PRPS) && (n.IsNoun() || n == article.JJ) {
				continue
			}
		}
		if tg == article.VBG && k == i && k+1 < hi && roleNouns[f.lower(k+1)] && (!f.isCue(k) || k+2 < hi && f.mentionAt[k+2] >= 0) {
			continue // said managing director Fiona MacLeod, acting chairman Tom Hale, planning director Ann Lee (a cue's form before a role and a name)
		}
		if tg == article.VBN && k == i && k+2 < hi && (roleNouns[f.lower(k+1)] || peopleNoun(f.lower(k+1))) && f.mentionAt[k+2] >= 0 {
			k++ // said retired teacher Bernard Quill: the role before the name, however the tagger read it (teacher/RB)
			continue
		}
		if !npTag(tg) || (tg.IsVerb() && f.isCue(k)) || !f.wordish(k) && tg != article.POS {
			break
		}
		if lastHead >= 0 && (tg == article.DT || tg == article.PDT || tg == article.PRPS) {
			break // told the BBC | the first lanes would open
		}
		if lastHead >= 0 && f.cue[k] && (tg.IsVerb() || tg == article.NNS || tg == article.NN) {
			break // Bexell answers: a cue the tagger took for a noun
		}
		if f.head(k) {
			if lastHead >= 0 && f.timeWord(k) && !(f.capitalized(k) && k+1 < hi && (f.a.Tokens[k+1].Tag == article.NN || f.a.Tokens[k+1].Tag == article.NNS) && !f.timeWord(k+1)) {
				break // a poll last week: the time is no part of it (but the BBC's Today programme names one)
			}
			lastHead = k
		}
	}
	if lastHead < 0 || f.timeWord(lastHead) && !(lastHead+1 < hi && f.lower(lastHead+1) == "of") { // (a span's noun before "of" measures what follows: four decades of deals)
		return i
	}
	return lastHead + 1
}

// prepBefore returns the preposition before the name starting at token
// k, over a determiner, title or name word (for the Defense Ministry, for
// Mr. Carrow), a company's noun in lower case that describes the name,
// with the nouns before it (The founder of chip maker Silvane; not
// secretary of state Ann Lee), or a word in lower case right before a
// body's name (the leader in the state Senate), not before lo, or -1;
// "to" after a servant's noun too (aides to Greer).
func (f *finder) prepBefore(k, lo int) int {
	company := false // a company's noun passed over
	for j := k - 1; j >= lo && j >= k-3; j-- {
		switch t := f.a.Tokens[j]; {
		case t.Tag == article.IN || t.Tag == article.TO && j > lo && toNouns[f.lower(j-1)]:
			return j
		case t.Tag == article.DT || t.Tag == article.NNP || t.Kind == article.Abbreviation:
		case t.Tag == article.NN && !f.capitalized(j) && (company || companyNouns[f.lower(j)]):
			company = true
		case (t.Tag == article.NN || t.Tag == article.JJ) && j == k-1 && !f.capitalized(j) && t.Kind == article.Word &&
			f.mentionAt[k] >= 0 && f.ents.Mentions[f.mentionAt[k]].Label != entities.Person:
			// the state Senate, the federal Treasury: a word in lower
			// case right before a body's or place's name is its modifier
			// (not secretary of state Ann Lee: a title's)
		default:
			return -1
		}
	}
	return -1
}

// timeWord reports whether token k is a noun of time (week, Monday) and
// not a name (Nora Day, then Day).
func (f *finder) timeWord(k int) bool {
	return timeWords[f.lower(k)] && f.mentionAt[k] < 0
}

// npBefore returns the start of the noun phrase ending just before end (end
// itself if there is none), not before lo.
func (f *finder) npBefore(end, lo int) int {
	k := end - 1
	if k < lo {
		return end
	}
	// (an adjective after a determiner heads it too: The official/JJ
	// described …; The latest/JJS says …)
	adjHead := (f.a.Tokens[k].Tag == article.JJ || f.a.Tokens[k].Tag == article.JJS) && k-1 >= lo && (f.a.Tokens[k-1].Tag == article.DT ||
		f.a.Tokens[k-1].Tag.IsNoun() && (f.lower(k) == "general" || lowerTitle(f.lower(k)))) || // (Its director general/JJ, Ann Lee, said; the force's chief constable/JJ)
		f.a.Tokens[k].Tag == article.JJ && (strings.HasPrefix(f.lower(k), "ex-") || strings.HasSuffix(f.lower(k), "-in-chief")) || // (Ex-minister/JJ denies …: a former holder; the paper's editor-in-chief/JJ)
		postpositives[f.lower(k)] && k-1 >= lo && f.a.Tokens[k-1].Tag.IsNoun() // (The minister responsible, Nick Vane, said)
	// (a name's own possessive before a verb heads it too: St Mungo's
	// said, Sainsbury's warned)
	namePossessive := f.a.Tokens[k].Tag == article.POS && k-1 >= lo && f.a.Tokens[k-1].Tag == article.NNP && end < len(f.a.Tokens) && f.a.Tokens[end].Tag.IsFinite()
	if w := f.lower(k); (w == "one" || w == "another") && (k == lo || f.a.Tokens[k-1].Kind == article.Punct || f.a.Tokens[k-1].Kind.IsQuote()) &&
		end < len(f.a.Tokens) && f.a.Tokens[end].Tag.IsFinite() {
		return k // “…,” one told me; Another said: one of those named before
	}
	if !f.head(k) && f.mentionAt[k] < 0 && !adjHead && !namePossessive || !f.wordish(k) && f.mentionAt[k] < 0 && !namePossessive || f.timeWord(k) {
		return end // (a name's own mark is the name's: Which? said)
	}
	if f.a.Tokens[k].Tag == article.PRP {
		if _, ok := pronouns[f.lower(k)]; ok {
			return k
		}
		return end
	}
	start := end
	for ; k >= lo && k > end-10; k-- {
		if mi := f.mentionAt[k]; mi >= 0 {
			start = max(f.ents.Mentions[mi].Tokens.First, lo)
			k = start
			continue
		}
		if f.jointModifier(k, start, end, lo) {
			start = k // Its health and safety officer
			continue
		}
		if start == k+1 && f.lower(k) == "per" && f.lower(start) == "cent" && k-1 >= lo && (f.a.Tokens[k-1].Tag == article.CD || f.a.Tokens[k-1].Tag == article.JJ) {
			start = k // Forty-six per cent said: the share, one phrase
			continue
		}
		herNoun := f.lower(k) == "her" && f.a.Tokens[k].Tag == article.PRP && start == k+1 && start < end && f.a.Tokens[start].Tag.IsNoun() // (…, her/PRP promoter, Live Arc, said: a possessive the tagger read as an object)
		if !npTag(f.a.Tokens[k].Tag) && !herNoun && !f.verbAsNoun(k) && !f.participleModifier(k, lo, start) && !f.leadModifier(k, start) || !f.wordish(k) && f.a.Tokens[k].Tag != article.POS {
			break
		}
		start = k
		if t := f.a.Tokens[k].Tag; (t == article.DT || t == article.PRPS) && k-1 >= lo && f.a.Tokens[k-1].Tag.IsNoun() {
			break // outside the hall his friends said: the noun before ends another phrase
		}
	}
	return start
}

// postpositives are the adjectives written after the noun of a person
// or role they qualify (the minister responsible, the people concerned,
// the president elect).
var postpositives = map[string]bool{"responsible": true, "concerned": true, "involved": true, "elect": true, "designate": true}

// lowerTitle reports whether w, in lower case, is a title when
// capitalized (constable: Constable).
func lowerTitle(w string) bool {
	return w != "" && w[0] >= 'a' && w[0] <= 'z' && entities.IsTitle(string(w[0]-'a'+'A')+w[1:])
}

// participleModifier reports whether token k, an -ing participle and no
// cue, modifies the noun phrase starting at start right after it: after a
// determiner, a possessive or "of", or opening the sentence at lo (Its
// managing director, Cycling groups, Families of missing migrants), or
// after a comma before a role's or a
// person's noun (…, returning officer Mark Doyle said); or a past
// participle after a determiner (the alleged victim's brother).
func (f *finder) participleModifier(k, lo, start int) bool {
	if f.a.Tokens[k].Tag == article.VBN && start == k+1 && start < len(f.a.Tokens) && f.a.Tokens[start].Tag.IsNoun() && k > lo {
		// the alleged victim's brother, a retired teacher: a past
		// participle right after a determiner, a cue's too
		t := f.a.Tokens[k-1].Tag
		return t == article.DT || t == article.PRPS
	}
	if f.a.Tokens[k].Tag != article.VBG || start != k+1 || start >= len(f.a.Tokens) || !f.a.Tokens[start].Tag.IsNoun() || f.isCue(k) {
		return false
	}
	if k == lo {
		return k == f.sentence(k).First
	}
	if peopleNoun(f.lower(start)) && f.text(k-1) == "," {
		return true // …, returning officer Mark Doyle said: a role's participle after a comma
	}
	t := f.a.Tokens[k-1].Tag
	return t == article.DT || t == article.PRPS || t == article.POS || // The firm's managing director
		f.lower(k-1) == "of" || // Families of missing migrants
		t == article.JJ && k-2 >= lo && f.a.Tokens[k-2].Tag == article.POS || // The company's chief operating officer
		t == article.JJS && k-2 >= lo && (f.a.Tokens[k-2].Tag == article.POS || f.a.Tokens[k-2].Tag == article.DT) // the country's biggest teaching union
}

// leadModifier reports whether token k, "Lead" opening its sentence,
// which the tagger read as a verb, modifies the person's noun right
// after it, at start (Lead researcher Professor Hana Kowalczyk said).
func (f *finder) leadModifier(k, start int) bool {
	if start != k+1 || start >= len(f.a.Tokens) || f.lower(k) != "lead" || !f.capitalized(k) || k != f.sentence(k).First {
		return false
	}
	return peopleNoun(f.lower(start))
}

// jointModifier reports whether the "and" at token k joins two nouns
// that modify the head after them in a phrase from start to end (Its
// health and safety officer, the research and policy director): one
// phrase, not two. Neither noun names a person or a role (the mayor and
// council officials are two).
func (f *finder) jointModifier(k, start, end, lo int) bool {
	if f.lower(k) != "and" || k-1 < lo || start != k+1 || k+2 >= end {
		return false
	}
	for _, j := range [...]int{k - 1, k + 1} {
		if f.a.Tokens[j].Tag != article.NN || f.mentionAt[j] >= 0 || peopleNoun(f.lower(j)) || f.capitalized(j) {
			return false
		}
	}
	return f.a.Tokens[k+2].Tag == article.NN || f.a.Tokens[k+2].Tag == article.NNS
}

// viewerParticiples say who saw or got a document, not who wrote it
// (emails seen by the Post, records obtained by the Ledger).
var viewerParticiples = map[string]bool{"seen": true, "obtained": true, "reviewed": true, "viewed": true, "acquired": true, "received": true, "examined": true, "read": true}

// speakerOf resolves the speaker phrase r to a cluster name and index.
func (f *finder) speakerOf(r article.Range) (string, int) {
	if r.Last <= r.First {
		return "", -1
	}
	for k := r.First + 1; k < r.Last; k++ {
		if t := f.a.Tokens[k].Tag; t == article.WP || t == article.WPS || t == article.WDT || f.relativeWhere(k) || k+1 < r.Last && f.participleWithClause(k) {
			// an aide who worked for Carrow, the widow of a pilot
			// killed when …, workers at a home where …, a woman whose
			// mother waited …: the phrase
			// before the relative clause or the participle's names the
			// speaker
			r.Last = k
			break
		}
		// Emails seen by the Post show …: so does the noun before a
		// participle of seeing or getting and its agent, who did not
		// write them (but a survey conducted by Ann Lee is hers)
		if t := f.a.Tokens[k].Tag; t == article.VBN && viewerParticiples[f.lower(k)] && f.a.Tokens[k-1].Tag.IsNoun() && f.mentionAt[k-1] < 0 && k+2 < r.Last && f.lower(k+1) == "by" {
			r.Last = k
			break
		}
		// The messages, first reported by the Herald,: so does the
		// phrase before a participle's aside
		if j := k + 1; f.text(k) == "," && j < r.Last {
			if f.a.Tokens[j].Tag == article.RB && j+1 < r.Last {
				j++
			}
			// (a past tense the tagger read, before "by" or a particle
			// and "by": The audit, carried/VBD out by Grant & Hale,)
			if t := f.a.Tokens[j].Tag; t == article.VBN || t == article.VBD && j+2 < r.Last && (f.lower(j+1) == "by" || f.a.Tokens[j+1].Tag == article.RP && f.lower(j+2) == "by") {
				r.Last = k
				break
			}
		}
	}
	// The pilot, named locally as … Keith Danvers,: the person the aside
	// after the phrase names is who speaks
	if r.Last+1 < len(f.a.Tokens) && f.text(r.Last) == "," {
		if c := f.namedAs(r.Last+1, f.sentence(r.First).Last); c >= 0 {
			return f.ents.Clusters[c].Name, c
		}
	}
	// the 29-year-old, the Ethiopian: the person the article is about
	// (not one whose age the article gives as another: Sam Ellis, 19,
	// then The 45-year-old driver said)
	if f.anaphor(r) {
		if c := f.salient(r.First, "", nil); c >= 0 && !f.otherAge(c, r) {
			return f.ents.Clusters[c].Name, c
		}
	}
	// the father of three: the person the article is about, of the
	// noun's gender
	if g := f.parentOf(r); g != "" {
		if c := f.salient(r.First, g, nil); c >= 0 {
			return f.ents.Clusters[c].Name, c
		}
	}
	// The head of the PAC backing Jed Heath for president, Mike Mulvaney: a
	// person's name set off at the end of the phrase is who it is.
	last := f.beforePostNominals(r.First, r.Last) // Simon Cole KC: the letters after the name
	if mi := f.mentionAt[last-1]; mi >= 0 && r.Last-r.First > 3 {
		m := f.ents.Mentions[mi]
		if t := m.Tokens.First - 1; m.Label == entities.Person && m.Tokens.Last == last && t > r.First+3 && f.text(t) != "," && f.capitalized(t) && entities.IsTitle(f.text(t)) {
			// a spokesman for one of her rivals, Lt. Gov. Denise Harper:
			// an office's holder set off after a servant's noun and
			// "for" or "to" is whom the phrase serves, and the servant
			// speaks
			for k := r.First; k+1 < m.Tokens.First && k < r.First+3; k++ {
				if toNouns[f.lower(k)] && (f.lower(k+1) == "for" || f.lower(k+1) == "to") {
					if c := f.lastComma(t, k+2); c > k+2 {
						return f.a.Text[f.a.Tokens[r.First].Start:f.a.Tokens[c-1].End], -1
					}
				}
			}
		}
		if m.Label == entities.Person && m.Tokens.Last == last && m.Tokens.First > r.First+1 && f.text(m.Tokens.First-1) == "," {
			c := m.Cluster
			if m.Tokens.Last-m.Tokens.First == 1 {
				c = f.lastSpeakerNamed(m.Tokens.First, c)
			}
			return f.ents.Clusters[c].Name, c
		}
	}
	// An entity in the phrase: the last person, else the first mention.
	best := -1
	objectEnd := -1 // the end of the last mention passed over as a preposition's object
	for k := r.First; k < r.Last; k++ {
		if mi := f.mentionAt[k]; mi >= 0 {
			m := f.ents.Mentions[mi]
			if m.Tokens.Last == objectEnd {
				continue // (a later token of the object passed over)
			}
			j := m.Tokens.First - 1
			if j > r.First && f.a.Tokens[j].Tag == article.DT {
				j-- // (over "the")
			}
			if objectEnd > 0 && j == objectEnd && f.a.Tokens[j].Tag == article.CC {
				objectEnd = m.Tokens.Last
				continue // analysts at Goldman Sachs and the Brookings Institution: both objects
			}
			p := m.Tokens.First - 1 // (a diplomat from the neighbouring Republic of Kastan: over the words on the place)
			for p > r.First && p >= m.Tokens.First-3 && (f.a.Tokens[p].Tag == article.DT || f.a.Tokens[p].Tag == article.JJ || f.a.Tokens[p].Tag == article.VBG) {
				p--
			}
			if m.Tokens.First > r.First && (m.Label == entities.GPE || m.Label == entities.Loc) && (f.lower(p) == "from" || f.lower(p) == "of" || f.a.Tokens[p].Tag == article.IN || f.a.Tokens[p].Tag == article.TO) {
				objectEnd = m.Tokens.Last
				continue // the senator from Vermont, officials in London, passengers on a flight diverted to Manchester: the place is not the speaker
			}
			if (m.Label == entities.GPE || m.Label == entities.Loc) && m.Tokens.Last+1 < r.Last && f.capitalized(m.Tokens.Last) && f.mentionAt[m.Tokens.Last] < 0 {
				continue // the U.S. Attorney's Office for …: the place begins a body's name the tagger left out
			}
			if m.Tokens.Last < r.Last-1 && f.a.Tokens[m.Tokens.Last].Tag == article.POS {
				continue // Devlin's party, Dravick's spokesman: the possessor is not the speaker
			}
			if m.Label == entities.NORP && f.nameBefore(r.First, m.Tokens.First) {
				continue // the Wisconsin Republican: a description, not the party or the place
			}
			if m.Label == entities.NORP && f.nameInPhrase(m.Tokens.Last, r.Last) {
				continue // the Dutch transport union FNV: the adjective qualifies the name after it
			}
			if t := f.a.Tokens[min(m.Tokens.Last, r.Last-1)].Tag; m.Label == entities.NORP && m.Tokens.Last < r.Last && (t == article.NN || t == article.NNS) {
				continue // French fishermen blockading the port of Calais: the adjective qualifies the noun after it
			}
			if m.Label == entities.NORP && m.Tokens.First > r.First && (f.a.Tokens[r.First].Tag == article.DT && f.lower(r.First) != "the" || f.a.Tokens[r.First].Tag == article.CD) {
				continue // One Democrat, a senior Republican: a member of the group, described, not the group (the Russians are the group)
			}
			if f.nounsObject(m, r.First) {
				objectEnd = m.Tokens.Last
				continue // a spokesman for Mr. Carrow: the spokesman speaks
			}
			if m.Tokens.Last < r.Last && !(m.Label == entities.Person && f.a.Tokens[m.Tokens.Last].Tag == article.IN) { // (Captain Luc Ferrand of the rescue unit: the person heads it)
				if t := f.a.Tokens[r.Last-1].Tag; t == article.NN || t == article.NNS || m.Tokens.Last == r.Last-1 && f.norpAt(r.Last-1) || roleNouns[f.lower(r.Last-1)] {
					// the California congressman, Carrow advisers, the
					// Dravick campaign: a name modifies the speaker, a
					// common noun (a role's whatever its tag: Rovers
					// boss/VBP hails …)
					continue
				}
			}
			// The last person is the head: "Sandell campaign manager
			// Jeff Wexler", "Dravick adviser Jason Millard".
			if best < 0 || m.Label == entities.Person {
				best = mi
			}
		} else if best >= 0 && f.ents.Mentions[best].Label == entities.Person {
			if t := f.a.Tokens[k].Tag; t == article.IN || t == article.CC || t.IsVerb() {
				break // Joel Lane of the Ledger, Ann Lee and Tom Hale: the first
			}
		}
	}
	if best >= 0 {
		c := f.ents.Mentions[best].Cluster
		if m := f.ents.Mentions[best]; m.Label == entities.Person && m.Tokens.Last-m.Tokens.First == 1 {
			c = f.lastSpeakerNamed(m.Tokens.First, c)
		}
		return f.ents.Clusters[c].Name, c
	}
	words := f.a.Text[f.a.Tokens[r.First].Start:f.a.Tokens[r.Last-1].End]
	if r.Last-r.First == 1 && (f.lower(r.First) == "who" || f.lower(r.First) == "which") {
		// Graham—who had endorsed …, David Duckett (who endorses …): the
		// phrase the relative pronoun stands for names the speaker
		k := r.First
		if k > 0 && antecedentMark(f.text(k-1)) {
			k--
		}
		lo := f.sentence(r.First).First
		if k-1 > lo && f.text(k-1) == ")" {
			// Ann Lee (R-Kan.), who …: the phrase before the brackets
			if open := f.openBracket(k-1, lo); open >= 0 {
				k = open
			}
		}
		if k > lo {
			if np := f.npBefore(k, lo); np < k {
				return f.speakerOf(article.Range{First: np, Last: k})
			}
		}
	}
	if r.Last-r.First == 1 {
		g, ok := pronouns[f.lower(r.First)]
		if !ok {
			g, ok = possessives[f.lower(r.First)] // his claim that …: whose claim
		}
		if !ok {
			g, ok = objectPronouns[f.lower(r.First)] // according to him
		}
		if ok {
			if g == "neuter" && r.First >= 2 && f.lower(r.First-1) == "which" && f.text(r.First-2) == "," {
				// The report criticised its record-keeping, which it
				// described as “chaotic”: the main clause's subject
				if sp, _ := f.mainSubject(f.sentence(r.First), r.First-2); sp.Len() > 0 && sp.Last < r.First-2 && f.a.Tokens[sp.Last-1].Tag.IsNoun() {
					return f.speakerOf(sp)
				}
			}
			if g == "plural" {
				// Officials said …. They added …: the last speaker, when plural.
				if sp, ok := f.pluralSpeakerBefore(r.First); ok {
					return f.speakerOf(sp)
				}
			}
			if name, c, ok := f.lastSpeakerFor(r.First, g); ok {
				return name, c
			}
			if name, c, ok := f.lastSourceFor(r.First, g); ok {
				return name, c
			}
			if g == "neuter" {
				// …, the county council has admitted, months after it
				// said …: the body whose cue comes before it in its
				// sentence
				if sp, ok := f.bodyCueBefore(r.First); ok {
					return f.speakerOf(sp)
				}
				// The study, led by … at the University of Carrow,
				// surveyed 6,400 pupils. It found …: the document the
				// sentence before opens with, whoever wrote it
				if sp, ok := f.documentBefore(r.First); ok {
					return f.text(sp.First) + " " + f.text(sp.First+1), -1
				}
			}
			if g == "plural" {
				if sp, ok := f.pluralSubjectBefore(r.First); ok {
					return f.speakerOf(sp)
				}
				// Farmers drove into the city to protest against changes
				// that they say will …: in a relative clause, the plural
				// subject of the sentence's main clause
				if r.First > 0 && (f.lower(r.First-1) == "that" || f.lower(r.First-1) == "which") {
					if sp, _ := f.mainSubject(f.sentence(r.First), r.First-1); sp.Len() > 0 && sp.Last < r.First-1 && f.pluralPhrase(sp) {
						return f.speakerOf(sp)
					}
				}
			}
			if g == "self" && f.answerAt(r.First) {
				// A: I think …: in an interview's transcript the
				// answers are the interviewee's
				if c := f.intervieweeCluster(); c >= 0 {
					return f.ents.Clusters[c].Name, c
				}
			}
			if g == "self" {
				// LEE: … I believe …: the turn's speaker
				if name, c, ok := f.turnSpeaker(f.paraOf(r.First)); ok {
					return name, c
				}
				// I wrote last week that …: outside quotation marks,
				// the writer the byline names
				if c := f.writer(); c >= 0 && !f.quoted[r.First] {
					return f.ents.Clusters[c].Name, c
				}
			}
			if c := f.pronounCluster(r.First, g); c >= 0 {
				return f.ents.Clusters[c].Name, c
			}
			return words, -1
		}
	}
	if r.Last-r.First == 2 && f.mentionAt[r.First+1] < 0 && f.a.Tokens[r.First+1].Tag == article.NNP {
		// Ms McLeod, with the surname the tagger left out: the one
		// person of that name, of the title's gender
		if g := entities.TitleGender(f.text(r.First)); g != "" {
			if c := f.personNamed("", f.lower(r.First+1)); c >= 0 && f.ents.Clusters[c].Gender != otherGender[g] {
				return f.ents.Clusters[c].Name, c
			}
		}
	}
	if c := f.descriptionCluster(r); c >= 0 {
		return f.ents.Clusters[c].Name, c
	}
	if c := f.spouseCluster(r); c >= 0 {
		return f.ents.Clusters[c].Name, c
	}
	if c := f.epithetCluster(r); c >= 0 {
		return f.ents.Clusters[c].Name, c
	}
	if name, ok := f.describedBefore(r, len(f.out)); ok {
		return name, -1
	}
	return words, -1
}

// spouseNouns give a spouse's gender.
var spouseNouns = map[string]string{"wife": "female", "husband": "male"}

// spouseCluster returns the person speaker tokens r, a possessive
// pronoun and a spouse's noun, stand for: the one person of the owner's
// surname the article names joined to the owner by "and" (Sam and Priya
// Holloway, then Mr Holloway said …, then His wife said …), of the noun's
// gender. -1 if none.
func (f *finder) spouseCluster(r article.Range) int {
	if r.Len() != 2 {
		return -1
	}
	g := spouseNouns[f.lower(r.First+1)]
	var owner int
	switch f.lower(r.First) {
	case "his":
		owner = f.pronounCluster(r.First, "male")
	case "her":
		owner = f.pronounCluster(r.First, "female")
	default:
		return -1
	}
	if g == "" || owner < 0 {
		return -1
	}
	surname := func(c int) string {
		name := f.ents.Clusters[c].Name
		return name[strings.LastIndexByte(name, ' ')+1:]
	}
	found := -1
	for mi, m := range f.ents.Mentions {
		if mi == 0 || m.Tokens.First < 2 || f.lower(m.Tokens.First-1) != "and" {
			continue
		}
		prev := f.ents.Mentions[mi-1]
		if prev.Tokens.Last != m.Tokens.First-1 {
			continue
		}
		c := m.Cluster
		if prev.Cluster != owner {
			if c != owner {
				continue
			}
			c = prev.Cluster // Priya and Sam Holloway
		}
		if c == owner || f.ents.Clusters[c].Label != entities.Person || !f.compatible(c, g) || surname(c) != surname(owner) {
			continue
		}
		if found >= 0 && found != c {
			return -1
		}
		found = c
	}
	return found
}

// epithetCluster returns the person speaker tokens r, "the" and an
// epithet, stand for when no description links them (the midfielder,
// the actress): the person the story is about, named before r's
// sentence (In a talk with Ann Lee, the actor said … is not Lee), of the
// noun's gender; not a capitalized word (The Forward, a paper). -1 if
// none.
func (f *finder) epithetCluster(r article.Range) int {
	if r.Len() != 2 || f.lower(r.First) != "the" || !epithets[f.lower(r.First+1)] || f.capitalized(r.First+1) {
		return -1
	}
	return f.salient(f.a.Sentences[f.a.SentenceOf(r.First)].Tokens.First, nounGender(f.lower(r.First+1)), nil)
}

// describedBefore returns the name of the speaker an earlier quotation
// gave a description with no name, opened by "a", "an" or "one" or
// holding a possessive, whose head is the noun of speaker tokens r, "the" and that noun (A Jet2
// spokeswoman said: …. The spokeswoman added …), within six paragraphs,
// among the 40 quotations before f.out[hi].
func (f *finder) describedBefore(r article.Range, hi int) (string, bool) {
	if r.Len() != 2 || f.lower(r.First) != "the" || !personNouns[f.lower(r.First+1)] && !roleNouns[f.lower(r.First+1)] {
		return "", false
	}
	head, para := f.lower(r.First+1), f.paraOf(r.First)
	for k := hi - 1; k >= 0 && k >= hi-40; k-- {
		q := &f.out[k]
		sp := f.tokensIn(q.Speaker)
		if q.SpeakerCluster >= 0 || sp.Len() < 2 || sp.First >= r.First || q.Paragraph < para-6 {
			continue
		}
		h := f.phraseHead(sp, func(k int) bool { return f.a.Tokens[k].Tag == article.IN })
		if w := f.lower(sp.First); w != "a" && w != "an" && w != "one" && !f.some(sp.First, h, func(j int) bool { return f.a.Tokens[j].Tag == article.POS }) {
			continue // (or a possessive's: The prime minister's spokesman said …. The spokesman replied)
		}
		if f.lower(h) == head && !f.personIn(sp.First, sp.Last) {
			return q.SpeakerName, true
		}
	}
	return "", false
}

// nameInPhrase reports whether an entity mention starts between tokens lo
// and hi in the noun phrase token lo is in: before any preposition,
// conjunction, punctuation or verb (the Dutch union FNV; not Democrats
// in Congress).
func (f *finder) nameInPhrase(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if mi := f.mentionAt[k]; mi >= 0 && f.ents.Mentions[mi].Tokens.First == k {
			return true
		}
		if t := f.a.Tokens[k]; t.Kind != article.Word || !npTag(t.Tag) {
			return false
		}
	}
	return false
}

// epithets are nouns a story calls the person it is about by, after
// naming them (the midfielder, the singer, the teenager), which no title
// holds.
var epithets = wordList("epithet")

// parentOf returns the gender of speaker tokens r when they are "the", a
// noun of a parent and "of" a number (the father of three, the mother of
// two), which news writes for the person it is writing about; else "".
func (f *finder) parentOf(r article.Range) string {
	if r.Len() != 4 || f.lower(r.First) != "the" || f.lower(r.First+2) != "of" || !numberWords[f.lower(r.First+3)] && f.a.Tokens[r.First+3].Tag != article.CD {
		return ""
	}
	switch f.lower(r.First + 1) {
	case "father", "dad":
		return "male"
	case "mother", "mum", "mom":
		return "female"
	}
	return ""
}

// anaphor reports whether speaker tokens r describe a person the
// article has named by an age, a rank or a nationality alone: the
// 29-year-old (mother, or from Manchester), the world number three, the Ethiopian (epithets, the midfielder, are speakerOf's last
// resort). News writes these
// for the person it is writing about, the most salient one (parties are
// left out: the Republican may be anyone of the party; so are plurals, a
// people).
func (f *finder) anaphor(r article.Range) bool {
	if r.Len() < 2 || f.lower(r.First) != "the" {
		return false
	}
	w := f.lower(r.First + 1)
	if age, ok := strings.CutSuffix(w, "-year-old"); ok && age != "" && strings.Trim(age, "0123456789") == "" {
		if r.Len() > 3 {
			// the 34-year-old from Manchester: and where they are from
			mi := f.mentionAt[r.Last-1]
			return f.lower(r.First+2) == "from" && mi >= 0 && f.ents.Mentions[mi].Tokens.First == r.First+3 && f.ents.Mentions[mi].Tokens.Last == r.Last &&
				(f.ents.Mentions[mi].Label == entities.GPE || f.ents.Mentions[mi].Label == entities.Loc)
		}
		if r.Len() == 3 {
			// the 23-year-old Italian: a people's word after the age
			if mi := f.mentionAt[r.First+2]; mi >= 0 && f.ents.Mentions[mi].Label == entities.NORP && f.ents.Mentions[mi].Tokens.Len() == 1 {
				return true
			}
		}
		return r.Len() == 2 || f.a.Tokens[r.First+2].Tag == article.NN
	}
	if r.Len() <= 5 && f.rankNumber(r.Last-1) {
		return true // the world number three, the world No 1: a ranked player
	}
	if r.Len() > 3 {
		return false
	}
	if mi := f.mentionAt[r.First+1]; r.Len() == 2 && mi >= 0 && f.ents.Mentions[mi].Label == entities.NORP && f.ents.Mentions[mi].Tokens.Len() == 1 &&
		!(strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")) { // (the Saudis, the Russians: a people)
		switch w {
		case "republican", "democrat", "independent", "conservative", "liberal", "socialist", "libertarian", "progressive":
			return false
		}
		return true
	}
	return false
}

// otherAge reports whether speaker tokens r give an age (the
// 45-year-old) and cluster c's person is set off by another age where
// the article names them (Sam Ellis, 19,).
func (f *finder) otherAge(c int, r article.Range) bool {
	age, ok := strings.CutSuffix(f.lower(r.First+1), "-year-old")
	if !ok || age == "" {
		return false
	}
	for _, mi := range f.ents.Clusters[c].Mentions {
		k := f.ents.Mentions[mi].Tokens.Last
		if k+1 < len(f.a.Tokens) && f.text(k) == "," && f.a.Tokens[k+1].Tag == article.CD {
			if w := f.text(k + 1); strings.Trim(w, "0123456789") == "" {
				return w != age
			}
		}
	}
	return false
}

// affiliation reports whether mention tokens r name where a commentator
// works, not a body the article is about: after "at", "with" or "from"
// following an analyst's or scholar's noun (Priya Raman, an analyst at
// Northgate Partners; economists at Acme Bank).
func (f *finder) affiliation(r article.Range) bool {
	k := r.First - 1
	if k < 1 {
		return false
	}
	switch f.lower(k) {
	case "at", "with", "from":
	default:
		return false
	}
	w := f.lower(k - 1)
	if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		w = w[:len(w)-1] // economists, analysts
	}
	switch w {
	case "analyst", "economist", "strategist", "professor", "expert", "researcher", "scientist", "fellow", "lecturer", "academic":
		return true // (not a director at Vanguard Logistics: the company may be his)
	}
	return false
}

// sawIt reports whether mention tokens r name the outlet that saw or
// obtained a document, after "by" and such a participle (his letter, seen
// by the BBC), or that was told something (told the BBC that …): a
// witness to the story, not a body it is about.
func (f *finder) sawIt(r article.Range) bool {
	k := r.First - 1
	if k >= 1 && f.a.Tokens[k].Tag == article.DT {
		k--
	}
	switch f.lower(max(k, 0)) {
	case "told", "tells", "telling":
		return true // (told the Kelby Post that …: the outlet heard it, a witness too)
	}
	if k < 1 || f.lower(k) != "by" {
		return false
	}
	switch f.lower(k - 1) {
	case "seen", "obtained", "viewed", "reviewed":
		return true
	}
	return false
}

// bodyCueBefore returns the subject of the nearest verb cue before token
// i in its sentence, within maxLead tokens, when a body speaks there: a
// body's mention or a phrase a body's noun heads (the county council).
func (f *finder) bodyCueBefore(i int) (article.Range, bool) {
	sent := f.sentence(i)
	for k := i - 1; k > sent.First && k > i-maxLead; k-- {
		if !f.isCue(k) || !f.finite(k, sent) && !(f.a.Tokens[k].Tag == article.VBN && f.perfect(k, sent)) {
			continue // (not a participle naming: a company called Acme, which builds what it calls …)
		}
		sp, _, ok := f.subject(k, sent)
		if !ok || sp.Len() == 0 || sp.First >= i {
			return article.Range{}, false
		}
		if mi := f.mentionAt[sp.Last-1]; mi >= 0 && f.ents.Mentions[mi].Label == entities.Org || f.a.Tokens[sp.Last-1].Tag == article.NN && orgNouns[f.lower(sp.Last-1)] {
			return sp, true
		}
		return article.Range{}, false
	}
	return article.Range{}, false
}

// calledBy reports whether the noun head, in lower case, stands right
// before body mention m (the charity Children First), or after it in an
// appositive (Children First, the charity,): the article calls the body
// so. (Only a description of the noun alone may stand for it: the
// pro-Carrow group says more than "the group".)
func (f *finder) calledBy(m entities.Mention, head string) bool {
	k := m.Tokens.First - 1
	if k >= 0 && f.lower(k) == head && !f.capitalized(k) {
		return true
	}
	k = m.Tokens.Last
	return k+2 < len(f.a.Tokens) && f.text(k) == "," && f.lower(k+1) == "the" && f.lower(k+2) == head
}

// otherGender is the gender a cluster may not have to take a title of
// the key's.
var otherGender = map[string]string{"male": "female", "female": "male"}

// nameBefore reports whether tokens lo to hi hold a proper noun or a
// mention of a person, body or place (Wisconsin in "the Wisconsin
// Republican"; not "some" or "the").
func (f *finder) nameBefore(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if mi := f.mentionAt[k]; mi >= 0 && f.ents.Mentions[mi].Label != entities.NORP || f.a.Tokens[k].Tag.IsProperNoun() {
			return true
		}
	}
	return false
}

// norpAt reports whether token k is in a nationality or group mention
// (Republican, Russian).
func (f *finder) norpAt(k int) bool {
	mi := f.mentionAt[k]
	return mi >= 0 && f.ents.Mentions[mi].Label == entities.NORP
}

// lastSpeakerNamed settles a one-word name that more than one person
// cluster holds ("Carrow" with Bill and Harriet Carrow): the quotation
// just before token i whose speaker is one of them tells which; else c,
// the cluster entities chose.
func (f *finder) lastSpeakerNamed(i, c int) int {
	if f.nameWords == nil {
		// Once per article: each word of a person's name → the clusters.
		f.nameWords = map[string][]int{}
		for k, cl := range f.ents.Clusters {
			if cl.Label == entities.Person {
				for _, w := range strings.Fields(cl.Name) {
					f.nameWords[w] = append(f.nameWords[w], k)
				}
			}
		}
	}
	word := f.text(i)
	owners := f.nameWords[word]
	if len(owners) < 2 {
		return c
	}
	// Mrs. Carrow, with Bill and Harriet Carrow: the title's gender
	// settles it
	if i > 0 {
		if g := entities.TitleGender(f.text(i - 1)); g != "" {
			var same []int
			for _, o := range owners {
				if f.ents.Clusters[o].Gender == g {
					same = append(same, o)
				}
			}
			if len(same) == 1 {
				return same[0]
			}
			if len(same) > 1 {
				owners = same
			}
		}
	}
	holds := func(k int) bool {
		for _, o := range owners {
			if o == k {
				return true
			}
		}
		return false
	}
	pos := f.a.Tokens[i].Start
	best, bestEnd := c, -1
	for q := len(f.out) - 1; q >= 0 && q >= len(f.out)-50; q-- {
		o := f.out[q]
		if o.SpeakerCluster >= 0 && o.Content.End <= pos && o.Content.End > bestEnd && holds(o.SpeakerCluster) {
			best, bestEnd = o.SpeakerCluster, o.Content.End
		}
	}
	// A mention of c's own full name since that quotation keeps c:
	// "Harriet Carrow was in Iowa. … Carrow said".
	ms := f.ents.Clusters[c].Mentions // in text order
	j := sort.Search(len(ms), func(j int) bool { return f.ents.Mentions[ms[j]].Start > bestEnd })
	for n := 0; j < len(ms) && n < 64; j, n = j+1, n+1 {
		m := f.ents.Mentions[ms[j]]
		if m.Start >= pos {
			break
		}
		if m.Tokens.Last-m.Tokens.First > 1 {
			return c
		}
	}
	return best
}

// phraseHead returns the head word of the noun phrase r: the word before
// the first preposition inside it that prep accepts (officials in London,
// the mayor of Leeds), else its last word. (headOf goes the other way: from
// the object of a preposition back to the phrase it qualifies.)
func (f *finder) phraseHead(r article.Range, prep func(k int) bool) int {
	for k := r.First + 1; k < r.Last-1; k++ {
		if prep(k) {
			return k - 1
		}
	}
	return r.Last - 1
}

// reportedCue reports whether the cue at token k stands inside the
// content of one of the last quotations found, not as its own cue (The
// team cautioned that the study showed …: "showed" is the team's report;
// Mr. Obiora, officials said, has …: "said" is the report's own).
func (f *finder) reportedCue(k int) bool {
	s := f.span(article.Range{First: k, Last: k + 1})
	for _, q := range f.out[max(0, len(f.out)-16):] {
		if q.Kind != Term && q.Content.Contains(s) && !q.Cue.Contains(s) {
			return true
		}
	}
	return false
}

// collectiveNouns are singular nouns of a group of people that "they"
// stands for (The team cautioned …. …, they said).
var collectiveNouns = map[string]bool{"team": true, "group": true, "family": true, "couple": true, "panel": true,
	"crew": true, "band": true, "staff": true, "police": true, "jury": true}

// pluralSpeakerBefore finds the nearest speaker before token i, within
// two sentences, and returns it if it is a plural common noun phrase
// (officials, the protesters) or one of a group (the team).
func (f *finder) pluralSpeakerBefore(i int) (article.Range, bool) {
	lo := 0
	if s := f.a.SentenceOf(i); s >= 2 {
		lo = f.a.Sentences[s-2].Tokens.First
	}
	for k := i - 1; k >= lo && k > i-maxLead; k-- {
		if !f.isCue(k) || !f.a.Tokens[k].Tag.IsVerb() || f.reportedCue(k) {
			continue
		}
		sp, _, ok := f.subject(k, f.sentence(k))
		if !ok {
			continue
		}
		if f.pluralPhrase(sp) {
			return sp, true
		}
		return article.Range{}, false // the nearest speaker is not plural
	}
	return article.Range{}, false
}

// pluralPhrase reports whether sp is a plural common noun phrase
// (officials, the protesters, officials in London, two of the people) or
// one of a group (the team), with no name at its head and no "they".
func (f *finder) pluralPhrase(sp article.Range) bool {
	counted := sp // two of the people, some of the officials: the plural they count
	if sp.Len() > 3 && f.lower(sp.First+1) == "of" && (f.a.Tokens[sp.First].Tag == article.CD || quantifiers[f.lower(sp.First)]) {
		counted.First += 2
	}
	// Chloe and Ryan Morton: two people joined by "and"
	for k := sp.First + 1; k+1 < sp.Last; k++ {
		if f.lower(k) == "and" && f.personEndingAt(k) >= 0 && f.personIn(k+1, k+2) {
			return true
		}
	}
	head := f.phraseHead(counted, func(k int) bool { return f.a.Tokens[k].Tag == article.IN }) // officials in London
	t := f.a.Tokens[head].Tag
	return (t == article.NNS || t == article.NNPS && head == sp.First || t == article.NN && collectiveNouns[f.lower(head)]) && f.mentionAt[head] < 0 && f.lower(sp.First) != "they"
}

// sentenceBefore returns the tokens of the sentence before the one token
// i stands in, when that sentence is in i's paragraph or, with back 1, in
// the paragraph just before; ok is false if there is none.
func (f *finder) sentenceBefore(i, back int) (prev article.Range, ok bool) {
	s := f.a.SentenceOf(i)
	if s < 1 || f.a.Sentences[s-1].Paragraph < f.a.Sentences[s].Paragraph-back {
		return article.Range{}, false
	}
	return f.a.Sentences[s-1].Tokens, true
}

// pluralSubjectBefore returns the subject of the sentence before the one
// "they" at token i opens, in its paragraph, when it is a plural phrase
// (Researchers at the university analysed samples. They found …), not
// a passive's with its agent (Such plans were opposed by campaigners.
// They …: the agent may be whom "they" stands for).
func (f *finder) pluralSubjectBefore(i int) (article.Range, bool) {
	// (the sentence before in the paragraph, or the paragraph just
	// before: Researchers at Kelby University followed 6,000 young
	// people. ¶ They found …)
	prev, ok := f.sentenceBefore(i, 1)
	if !ok || f.sentence(i).First != i {
		return article.Range{}, false
	}
	sp, _ := f.mainSubject(prev, prev.Last)
	if end := f.npAfter(prev.First, prev.Last); sp.Len() == 0 && end > prev.First && end < prev.Last && f.a.Tokens[end].Tag == article.VBN &&
		!f.some(prev.First, prev.Last, func(j int) bool { return f.a.Tokens[j].Tag.IsFinite() }) {
		sp = article.Range{First: prev.First, Last: end} // Residents marched/VBN on Friday.: a past the tagger read as a participle, the sentence's one verb
	}
	if sp.Len() == 0 || !f.pluralPhrase(sp) {
		return article.Range{}, false
	}
	for k := sp.Last; k < min(sp.Last+4, prev.Last); k++ {
		if _, ok := f.passive(k, prev); ok {
			for j := k + 1; j < prev.Last; j++ {
				if f.lower(j) == "by" {
					return article.Range{}, false
				}
			}
		}
	}
	return sp, true
}

// lastSpeakerFor resolves he or she at token i to the person who spoke
// the last quotation before it (f.lastSpoken: in marks, or reported), in
// this paragraph or the one before, when no person of gender g is named
// since but inside that quotation or as the object of a preposition:
// "“…,” Ann Lee wrote in a letter to Tom Hale. ¶ “…,” she added" is Ann
// Lee's.
func (f *finder) lastSpeakerFor(i int, g string) (string, int, bool) {
	if f.lastSpoken < 0 || g != "male" && g != "female" {
		return "", -1, false
	}
	q, sp, ok := f.lastQuote(i)
	if !ok || q.turn {
		return "", -1, false // (not a transcript's turn: its speaker is "I" in it)
	}
	if c := q.SpeakerCluster; c < 0 || f.ents.Clusters[c].Label != entities.Person || !f.compatible(c, g) {
		return "", -1, false
	}
	from := sp.Last
	if c := f.tokensIn(q.Cue); c.First >= sp.Last && c.Last <= i {
		from = c.Last // (The 31-year-old, whose album Glasshouse topped the charts, wrote: the aside is the speaker's)
	}
	for k := from; k < i; k++ {
		m, ok := f.namedSince(q, k)
		if !ok || m.Label != entities.Person || !f.compatible(m.Cluster, g) {
			continue
		}
		if t := f.a.Tokens[k-1].Tag; t != article.IN && t != article.TO || f.lower(k-1) == "that" {
			return "", -1, false // someone else named since, not after "with" or "by" (after "that" a clause's subject: alleges that Brandt made …)
		}
	}
	f.learn(q.SpeakerCluster, g)
	return q.SpeakerName, q.SpeakerCluster, true
}

// personNouns, femaleNouns and maleNouns are the heads of descriptions of
// a person (a witness, the spokeswoman, one man).
var (
	personNouns = wordList("person")
	femaleNouns = wordList("person-female")
	maleNouns   = wordList("person-male")
	kinNouns    = wordList("kin")
)

// personDescription reports whether speaker tokens sp describe one
// person, not named, a pronoun of gender g may stand for: an indefinite
// phrase with a singular common noun of a person or a role at its head
// (One witness, a spokeswoman for the police), with no name, and no
// gender other than g; with kin, also "the" and a noun of kin with a
// phrase after it (the daughter of one victim: someone new, where the
// senator, the businessman or his brother may be someone named before),
// or "the" and a possessive before the noun (the visitors' manager), or a
// possessive pronoun before it (her husband), or "the" and a noun of
// someone new that gives a gender (the woman); or "one of" and a plural
// (one of the climbers).
func (f *finder) personDescription(sp article.Range, g string, kin bool) bool {
	if last := sp.Last - 1; sp.Len() >= 3 && f.lower(sp.First) == "one" && f.lower(sp.First+1) == "of" && f.a.Tokens[last].Tag == article.NNS &&
		!f.personIn(sp.First, sp.Last) {
		// One of the climbers: one of a plural of people, of the
		// plural's gender if it has one (one of the women)
		w := f.lower(last)
		if strings.HasSuffix(w, "men") {
			w = strings.TrimSuffix(w, "men") + "man"
		}
		ng := nounGender(strings.TrimSuffix(w, "s"))
		return ng == "" || ng == g
	}
	definite, possessed := false, false
	switch f.lower(sp.First) {
	case "a", "an", "one", "another":
	case "the":
		definite = true
	case "his", "her", "their":
		definite, possessed = true, true // Her husband said …. “…,” he said.
	default:
		return false
	}
	if sp.Len() < 2 || f.personIn(sp.First, sp.Last) {
		return false
	}
	for k := sp.First + 1; k < sp.Last; k++ {
		if t := f.a.Tokens[k].Tag; t == article.WP || t == article.WPS || t == article.WDT || f.relativeWhere(k) {
			sp.Last = k // A woman who lives nearby: the phrase before its relative clause
			break
		}
	}
	h := f.phraseHead(sp, func(k int) bool { return f.a.Tokens[k].Tag == article.IN })
	owned := possessed || f.some(sp.First, h, func(j int) bool { return f.a.Tokens[j].Tag == article.POS })
	// (an age sets one person apart as "a" does: The 45-year-old driver
	// who spoke to us said …. “…,” he said.)
	aged := definite && !possessed && f.some(sp.First+1, h, func(j int) bool { return ageWord(f.lower(j)) })
	// (and, from the sentence just before, so do adjectives or
	// participles in lower case before a noun of someone, not of a role:
	// the injured paramedic said …. “…,” she said; not the Democratic
	// frontrunner, the former president, whom the article has named)
	aged = aged || kin && definite && !possessed && h > sp.First+1 && personNouns[f.lower(h)] && !f.some(sp.First+1, h, func(j int) bool {
		t := f.a.Tokens[j].Tag
		return t != article.JJ && t != article.VBN || f.capitalized(j)
	})
	w := f.lower(h)
	// (so does a noun of someone or of kin that gives a gender, with
	// kin: the woman, who cannot be named, said …. ¶ “…,” she told the
	// inquiry; the father, who did not want to be named, said …)
	if f.a.Tokens[h].Tag != article.NN || definite && !aged && (!kin || !(kinNouns[w] && h+1 < sp.Last || owned || (someoneNouns[w] || kinNouns[w]) && nounGender(w) != "")) {
		return false
	}
	if ng := nounGender(w); ng != "" {
		return g == ng
	}
	return peopleNoun(w)
}

// nounGender returns the gender a noun of a person gives, "female" for
// femaleNouns (the spokeswoman, the actress), "male" for maleNouns, or "".
func nounGender(w string) string {
	switch {
	case femaleNouns[w]:
		return "female"
	case maleNouns[w]:
		return "male"
	}
	return ""
}

// lastSourceFor resolves "it" at token i, the subject of a cue, to the
// source of the last quotation before it when that was a body or a
// document (According to the report, …. It found …; The company said
// it would sue Acme. It added …; the panel said …. It noted …), in the
// same paragraph or the one before
// and with no other body or place named since outside the quotation's
// words.
func (f *finder) lastSourceFor(i int, g string) (string, int, bool) {
	if f.lastSpoken < 0 || g != "neuter" {
		return "", -1, false
	}
	q, sp, ok := f.lastQuote(i)
	if !ok {
		return "", -1, false
	}
	if c := q.SpeakerCluster; c >= 0 {
		if f.ents.Clusters[c].Label != entities.Org && !f.documentOpens(sp) {
			return "", -1, false // (but The report, by a panel led by Donna Reeves, found …. It said …: the report, whoever wrote it)
		}
	} else if h := sp.Last - 1; sp.Len() < 2 || f.a.Tokens[h].Tag != article.NN || !documentNouns[f.lower(h)] && !findingNouns[f.lower(h)] && !mediumNouns[f.lower(h)] && !orgNouns[f.lower(h)] {
		return "", -1, false // the report, the study, the statement; the panel, the committee
	}
	for k := sp.Last; k < i; k++ {
		if m, ok := f.namedSince(q, k); ok && (m.Label == entities.Org || m.Label == entities.GPE) && m.Cluster != q.SpeakerCluster {
			return "", -1, false
		}
	}
	return q.SpeakerName, q.SpeakerCluster, true
}

// documentBefore returns the subject of the sentence right before the
// one "it" at token i opens, in its paragraph or the one before, when
// that subject opens with a determiner and a document's or finding's
// noun (The study, led by …, surveyed …. It found …).
func (f *finder) documentBefore(i int) (article.Range, bool) {
	prev, ok := f.sentenceBefore(i, 1)
	if !ok || f.sentence(i).First != i {
		return article.Range{}, false
	}
	sp, _ := f.mainSubject(prev, prev.Last)
	return sp, sp.Len() > 1 && sp.First == prev.First && f.documentOpens(sp)
}

// documentOpens reports whether phrase sp opens with a determiner and a
// document's or finding's noun (The report, by …; the study led by …).
func (f *finder) documentOpens(sp article.Range) bool {
	h := sp.First + 1
	return h < sp.Last && f.a.Tokens[sp.First].Tag == article.DT && f.a.Tokens[h].Tag == article.NN && (documentNouns[f.lower(h)] || findingNouns[f.lower(h)])
}

// lastQuote returns the last quotation with a speaker before token i
// (f.lastSpoken) and its speaker's tokens, when the speaker stands before
// i, in its paragraph or the one before, near enough to scan the names
// between; ok is false if not.
func (f *finder) lastQuote(i int) (q *Quote, sp article.Range, ok bool) {
	q = &f.out[f.lastSpoken]
	sp = f.tokensIn(q.Speaker)
	if sp.Last <= sp.First || sp.Last > i || i-sp.Last > maxLead*4 || f.paraOf(i)-q.Paragraph > 1 {
		return nil, sp, false // none, or too far back to scan the names between
	}
	return q, sp, true
}

// namedSince returns the mention that starts at token k, when it is named
// outside quotation marks and outside the words of quotation q (the
// speaker's own words and topics name no one who speaks since).
func (f *finder) namedSince(q *Quote, k int) (entities.Mention, bool) {
	mi := f.mentionAt[k]
	if t := f.a.Tokens[k]; mi < 0 || f.quoted[k] || q.Content.Start <= t.Start && t.End <= q.Content.End {
		return entities.Mention{}, false
	}
	m := f.ents.Mentions[mi]
	return m, m.Tokens.First == k
}

// pronounCluster resolves a pronoun at token i: he and she outside
// quotation marks to the most salient person before it (resolvePeople), in
// marks to the nearest one whose gender does not clash; it to the
// nearest organization or place. "They" is left to the speakers before it
// (pluralSpeakerBefore): in news it is people (Democrats, the authors,
// officials) far more often than the body named last, which it had been
// resolved to (15 of 15 wrong in a sample of PolNeAR train). Names
// inside quotation marks are someone's words, not who the pronoun means
// (“… George Heath was one,” he notes): they are taken only when no other
// mention fits.
func (f *finder) pronounCluster(i int, g string) int {
	quotedFit := -1
	wantPerson := g == "male" || g == "female"
	if wantPerson && !f.quoted[i] {
		if f.people == nil {
			f.resolvePeople()
		}
		if c := f.people[i]; c > -2 {
			return int(c)
		}
	}
	lo, about := f.mentionsBefore(i), f.relativeAbout(i)
	for mi := lo - 1; mi >= 0 && mi >= lo-40; mi-- {
		m := f.ents.Mentions[mi]
		if !f.antecedent(m, about) {
			continue
		}
		if g == "neuter" && f.paraOf(i)-m.Paragraph > 2 {
			break // (the exit poll is out. It suggests …: no body named paragraphs back)
		}
		c := m.Cluster
		l := f.ents.Clusters[c].Label
		fits := wantPerson && l == entities.Person && f.compatible(c, g) ||
			g == "neuter" && (l == entities.Org || l == entities.GPE)
		switch {
		case !fits:
		case f.quoted[m.Tokens.First] && !f.quoted[i]:
			if quotedFit < 0 {
				quotedFit = c
			}
		default:
			if wantPerson {
				f.learn(c, g)
			}
			return c
		}
	}
	if quotedFit >= 0 && wantPerson {
		f.learn(quotedFit, g)
	}
	return quotedFit
}

// mentionsBefore returns the number of mentions that start before token
// i: the nearest before it is one less.
func (f *finder) mentionsBefore(i int) int {
	lo, hi := 0, len(f.ents.Mentions)
	for lo < hi {
		m := (lo + hi) / 2
		if f.ents.Mentions[m].Tokens.First < i {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// relativeAbout returns the last token of the name a relative clause
// holding a pronoun at i is about, or -1: Rubini, who he dubbed …: the
// pronoun is not Rubini.
func (f *finder) relativeAbout(i int) int {
	if i >= 3 && (f.a.Tokens[i-1].Tag == article.WP || f.a.Tokens[i-1].Tag == article.WDT) && f.text(i-2) == "," {
		return i - 3
	}
	return -1
}

// antecedent reports whether mention m may be what a pronoun means: not
// in boilerplate, a credit or an aside paragraph, and not the name ending
// at token about that the pronoun's relative clause is about
// (relativeAbout), nor a transcript turn's label.
func (f *finder) antecedent(m entities.Mention, about int) bool {
	return !m.Boilerplate && !m.Credit && !f.aside(m.Paragraph) && m.Tokens.Last-1 != about && !f.labelMention(m)
}

// labelMention reports whether mention m is a transcript turn's label
// (turnLabel: JAKE TOLLEY: …): who speaks the turn says "I", and the
// other side is "you", so neither is who a pronoun or a description there
// means.
func (f *finder) labelMention(m entities.Mention) bool {
	if m.Tokens.Last >= len(f.a.Tokens) || f.text(m.Tokens.Last) != ":" || f.a.Paragraphs[m.Paragraph].Tokens.First != m.Tokens.First {
		return false // (most mentions)
	}
	label, ok := f.turnLabel(m.Paragraph)
	return ok && label.First == m.Tokens.First
}

// aside reports whether paragraph p is a byline, caption or credit: people
// named there are not who the body's pronouns mean.
func (f *finder) aside(p int) bool {
	switch f.a.Paragraphs[p].Kind {
	case article.Byline, article.Caption, article.Credit, article.Boilerplate:
		return true
	}
	return false
}

// compatible reports whether cluster c may be meant by a word of gender
// g: its gender, as known so far, is g or unknown; any gender when g is
// "" (the 29-year-old).
func (f *finder) compatible(c int, g string) bool {
	have := f.gender[c]
	return have == "" || g == "" || have == g
}

func (f *finder) learn(c int, g string) {
	if f.gender[c] == "" {
		f.gender[c] = g
	}
}

// governingWords name the bodies "the government" or "the
// administration" may stand for: a ministry, the Treasury, the White
// House (not a consultancy the article named last).
var governingWords = []string{"government", "administration", "ministry", "department", "treasury", "office", "cabinet", "white house", "kremlin", "downing street", "whitehall", "élysée", "elysee"}

// governingHeads are the nouns of a description that may stand for a
// ministry or a head of government's office (see governingWords).
var governingHeads = map[string]bool{"government": true, "administration": true}

// orgFits reports whether a body's name fits the head noun of a
// description of an organization: the name holds it (the department for
// the Department of Energy), any company may be called so (the firm; not
// a body whose name ends in another body's noun), or
// "the government" or "the administration" stands for it (a ministry, the
// Treasury, the White House; see governingWords), "the club" for a name
// ending in a club's word (Harlow Saints), or "the force" for a police
// force's (Westmoor Police).
func orgFits(name, head string) bool {
	if head == "club" {
		// Harlow Saints, then the club: a name ending in a club's word
		if i := strings.LastIndexByte(name, ' '); i > 0 && entities.ClubWord(name[i+1:]) {
			return true
		}
	}
	if head == "force" {
		// Westmoor Police, then the force: a police force's name
		i := strings.LastIndexByte(name, ' ')
		switch name[i+1:] {
		case "Police", "Constabulary", "Force":
			return true
		}
		return false
	}
	orig := name
	name = strings.ToLower(name)
	if companyNouns[head] {
		// (not a body whose name's own head is a noun of another kind
		// of body: the company is not the Maritime and Coastguard
		// Agency)
		h := nameHead(name)
		return h == head || companyNouns[h] || h == "group" || !orgNouns[h] && !publicHeads[h] // (a company's group: Kelby Foods Group)
	}
	if strings.Contains(name, head) {
		// (not a name whose own head is another body's noun: the
		// university is not the University and College Union)
		h := nameHead(name)
		return h == head || !orgNouns[h]
	}
	if head == "charity" {
		// the RSPCA, Oxfam, then the charity: a name with no other
		// body's noun for its head and no company's word
		h := nameHead(name)
		return !orgNouns[h] && !publicHeads[h] && !companyName(orig)
	}
	if !governingHeads[head] {
		return false
	}
	for _, w := range governingWords {
		if strings.Contains(name, w) {
			return true
		}
	}
	return false
}

// nameHead returns the head word of a body's name in lower case: the
// word before its first "of" or "for" (department of energy), or its
// last (northgate university, university and college union).
func nameHead(name string) string {
	for _, sep := range []string{" of ", " for "} {
		if i := strings.Index(name, sep); i > 0 {
			name = name[:i]
		}
	}
	if i := strings.LastIndexByte(name, ' '); i >= 0 {
		return name[i+1:]
	}
	return name
}

// headlineClub returns the cluster of the first club (a body whose name
// ends in a club's word) a headline names among the first n mentions,
// or -1.
func (f *finder) headlineClub(n int) int {
	for mi := 0; mi < n; mi++ {
		m := f.ents.Mentions[mi]
		if f.a.Paragraphs[m.Paragraph].Kind != article.Headline {
			if m.Paragraph > 1 {
				break
			}
			continue
		}
		if c := &f.ents.Clusters[m.Cluster]; c.Label == entities.Org && orgFits(c.Name, "club") {
			return m.Cluster
		}
	}
	return -1
}

// orgNouns are the nouns a description uses for an organization: the
// company, the department.
var orgNouns = wordList("org-noun")

// companyNouns are the organization nouns any company may be called by,
// whatever its name: the airline for SkyBridge Airways.
var companyNouns = wordList("company-noun")

// publicHeads end public bodies' names and no company's: the Health and
// Safety Executive is not "the company".
var publicHeads = wordList("public-head")

// agencyNouns are the nouns a description uses for a public agency, and
// agencyHeads the heads of the names they stand for: the agency for the
// Food and Drug Administration, the watchdog for the Competition
// Authority.
var agencyNouns, agencyHeads = wordList("agency-noun"), wordList("agency-head")

// companyName reports whether a body's name ends in a company's word
// (Quillon Systems, Kelby Foods Ltd).
func companyName(name string) bool {
	i := strings.LastIndexByte(name, ' ')
	return i > 0 && entities.CompanyWord(name[i+1:])
}

// agencyFits reports whether "the" and head alone (the agency, the
// regulator) may stand for the body named name: a public agency's name,
// by its head.
func agencyFits(name, head string) bool {
	return agencyNouns[head] && agencyHeads[nameHead(strings.ToLower(name))]
}

// roleNouns are the roles a description may name a person by (the
// Vermont senator, the candidate, the businessman).
var roleNouns = wordList("role")

// lastComma returns the nearest comma before token k, not before lo,
// or -1.
func (f *finder) lastComma(k, lo int) int {
	for j := k - 1; j >= lo; j-- {
		if f.text(j) == "," {
			return j
		}
	}
	return -1
}

// peopleNoun reports whether w, in lower case, is a person's noun or a
// role's (the driver, the spokesman): a phrase it heads names someone.
func peopleNoun(w string) bool { return personNouns[w] || roleNouns[w] }

// titleHeads are the nouns a description uses for the holders of titles:
// the congressman for Rep. Adam Schaffer, the senator for Sen. Ted Vela.
var titleHeads = headLists()

// officeWords say which office of several of one name a title is: the
// foreign minister, the prime minister, the deputy leader.
var officeWords = map[string]bool{"prime": true, "foreign": true, "defence": true, "defense": true, "finance": true, "health": true,
	"interior": true, "home": true, "justice": true, "deputy": true, "vice": true, "shadow": true, "assistant": true, "education": true,
	"transport": true, "environment": true, "energy": true, "trade": true, "labour": true, "labor": true, "economy": true}

// otherRanks are the words that make a title another office than its
// head's alone: the shadow chancellor is no chancellor, the deputy
// leader no leader.
var otherRanks = []string{"shadow", "deputy", "vice", "assistant"}

// otherRank reports whether title holds one of otherRanks that the
// description's words lo..hi do not (the former chancellor is not Shadow
// chancellor Ben Caruso).
func (f *finder) otherRank(title string, lo, hi int) bool {
	for _, w := range otherRanks {
		if holdsWordFold(title, w) && !f.some(lo, hi, func(k int) bool { return f.lower(k) == w || strings.HasPrefix(f.lower(k), w+"-") }) {
			return true
		}
	}
	return false
}

// holdsWordFold reports whether w, ASCII letters in lower case, stands in
// s as a word of its own in either case (Shadow chancellor holds
// "shadow"), as holdsWord does on s in lower case, with no copy of s
// made: between the ends of s and anything but letters.
func holdsWordFold(s, w string) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		j := 0
		for j < len(w) && s[i+j]|0x20 == w[j] {
			j++
		}
		if j == len(w) && wordAt(s, i, len(w)) {
			return true
		}
	}
	return false
}

// wordAt reports whether the n bytes of s from i stand as a word of their
// own: between the ends of s and anything but letters.
func wordAt(s string, i, n int) bool {
	before, _ := utf8.DecodeLastRuneInString(s[:i])
	after, _ := utf8.DecodeRuneInString(s[i+n:])
	return (i == 0 || !unicode.IsLetter(before)) && (i+n == len(s) || !unicode.IsLetter(after))
}

// titleHolds reports whether title holds every word of which (lower case).
func titleHolds(title string, which []string) bool {
	t := strings.Fields(strings.ToLower(title))
	for _, w := range which {
		if !slices.Contains(t, w) {
			return false
		}
	}
	return true
}

// placeHeads are the nouns of a place a description may name a body by
// (the city said, the state argued), never a person whose title holds
// them (City Manager, State Senator).
var placeHeads = map[string]bool{"city": true, "town": true, "county": true, "state": true, "country": true, "village": true,
	"borough": true, "district": true, "region": true, "province": true, "nation": true}

// titleFits reports whether a person's title fits the head noun of a
// description: "Kremlin spokesman" and "spokesman", "vice-president" and
// "president", "Rep." and "congressman"; not "pollster" and "poll".
func titleFits(title, head string) bool {
	t := strings.ToLower(title)
	if holdsWord(t, head) {
		return true
	}
	for _, w := range titleHeads[head] {
		for _, f := range strings.Fields(t) {
			if f == w {
				return true
			}
		}
	}
	return false
}

// holdsWord reports whether w stands in s as a word of its own, not
// inside a longer one: between the ends of s and anything but letters.
func holdsWord(s, w string) bool {
	for from := 0; from+len(w) <= len(s); {
		i := strings.Index(s[from:], w)
		if i < 0 {
			return false
		}
		i += from
		if wordAt(s, i, len(w)) {
			return true
		}
		from = i + 1
	}
	return false
}

// orgIn returns the first organization cluster a mention in phrase sp
// names whose name fits head (orgFits), or -1.
func (f *finder) orgIn(sp article.Range, head string) int {
	for k := sp.First; k < sp.Last; k++ {
		if mi := f.mentionAt[k]; mi >= 0 {
			if c := f.ents.Mentions[mi].Cluster; f.ents.Clusters[c].Label == entities.Org && orgFits(f.ents.Clusters[c].Name, head) {
				return c
			}
		}
	}
	return -1
}

// descriptionCluster links a description ("the spokesman", "the company",
// "Ukraine's president") to a cluster: a person whose title holds its head
// noun, or the nearest organization whose name holds it or, for
// organization nouns, any. Mentions before it come first; a person
// description with none before looks ahead, within the next two
// paragraphs, for the person it introduces ("Ukraine's president said …
// “…,” President Bohdan Koval said").
func (f *finder) descriptionCluster(r article.Range) int {
	first := r.First
	for k := r.First + 1; k < r.Last-1 && k < r.First+5 && f.lower(k-1) != "of"; k++ { // (not past an "of": the boss of Britain's biggest grocer)
		if mi := f.mentionAt[k-1]; f.a.Tokens[k].Tag == article.POS && f.capitalized(k-1) && (mi < 0 || f.ents.Mentions[mi].Label != entities.Person) {
			first = k // Ukraine's president: a place or body's possessive is its determiner
			break
		}
	}
	// A headline drops its articles: "…, says council leader" is the
	// council leader the body names.
	bare := f.a.Paragraphs[f.paraOf(r.First)].Kind == article.Headline && first == r.First && f.a.Tokens[first].Tag != article.DT && f.a.Tokens[first].Tag != article.PRPS
	indefinite := !bare && first == r.First && (f.lower(first) == "a" || f.lower(first) == "an")
	if f.lower(first) != "the" && first == r.First && !bare && !indefinite {
		if f.a.Tokens[first].Tag == article.PRPS {
			if c := f.apposedLater(r); c >= 0 || f.lower(first) != "its" || f.paraOf(r.First) != f.firstBodyParagraph() {
				return c // …, her agent has said, then Her agent, Marcus Delmore, said
			}
			// Kelby University is to cut 400 jobs, its vice-chancellor has
			// announced, then Professor Anne Holloway said: a body's role
			// in the lede is the first person the body names after it
			head := f.lower(f.phraseHead(r, func(k int) bool { return f.lower(k) == "of" }))
			if i := strings.LastIndexByte(head, '-'); i >= 0 {
				head = head[i+1:] // (vice-chancellor: a chancellor's role)
			}
			if !roleNouns[head] {
				return -1
			}
			return f.ledeName(r, false, head)
		}
		return -1 // "officials": kept as they are
	}
	// the mayor of Leeds, the senator from Ohio
	hk := f.phraseHead(article.Range{First: first, Last: r.Last}, func(k int) bool { w := f.lower(k); return w == "of" || w == "from" })
	head := f.lower(hk)
	if (indefinite || bare) && (peopleNoun(head) || someoneNouns[head] || nounGender(head) != "") && !f.namesSpeaker(r) {
		// A teenager who pulled a boy from a river has said …, then
		// Kieran Doyle, 16, was walking …: someone new in a lede or a
		// headline is the person whose name, an age set off after it,
		// opens the next paragraph (so is a role's holder: A former
		// deputy secretary under President Marcus Bell announced …; a
		// noun of a gender too: A mother has said …, then Jade Whitmore,
		// 31, said …)
		// (the lede's subject only: not a council inspector in "A
		// landlord has been fined for a flat that a council inspector
		// described as …", who is not the landlord named next)
		if c := f.agedLede(r, bare); c >= 0 && (bare || f.subjectLike(r)) {
			return c
		}
	}
	if (indefinite || bare) && peopleNoun(head) && !f.personIn(r.First, r.Last) {
		// A senior UN envoy said …, then the envoy, Henrik Sol, said …:
		// a lede's (or a headline's) someone is the first person the
		// body names after it when the same noun is set off before
		// that person's name
		if c := f.ledeName(r, bare, head); c >= 0 && f.apposedAs(c, head, r.Last) {
			return c
		}
	}
	if indefinite {
		// A federal judge on Friday blocked …, then U.S. District Judge
		// Robert Pilling wrote …: a lede's role, someone new, is the
		// first person the body names after it when that person's title
		// holds the role (else "a spokesperson" is kept as it is)
		if roleNouns[head] && !f.personIn(r.First, r.Last) {
			if c := f.ledeName(r, false, head); c >= 0 && f.ents.Clusters[c].Title != "" && titleFits(f.ents.Clusters[c].Title, head) {
				return c
			}
		}
		// Westmoor Trust said it had opened beds. A spokeswoman added: …:
		// a spokesperson alone, right after the sentence whose body
		// spoke, speaks for it
		if r.Len() == 2 && spokesWords[head] {
			if c := f.spokenForBefore(r.First); c >= 0 {
				return c
			}
		}
		// A hospice that cares for … says …, then St Aidan's Hospice: a
		// lede's body or building is the first the next paragraphs name
		// whose name ends in its noun, or, for a company's noun, in a
		// company's word (an airline has said, then Skyvale Airways)
		if f.paraOf(r.First) == f.firstBodyParagraph() && !f.names(r) {
			if mi := f.laterMention(r.Last, f.paraOf(r.First)+2, func(m entities.Mention) bool {
				c := &f.ents.Clusters[m.Cluster]
				last := c.Name[strings.LastIndexByte(c.Name, ' ')+1:]
				return (c.Label == entities.Org || c.Label == entities.Fac) && !m.Boilerplate && !m.Credit &&
					(strings.EqualFold(last, head) || c.Label == entities.Org && companyNouns[head] && last != c.Name && entities.CompanyWord(last))
			}); mi >= 0 {
				return f.ents.Mentions[mi].Cluster
			}
		}
		return -1
	}
	if head == "republican" || head == "democrat" {
		return -1 // the Wisconsin Republican: a party is no title (Senate Republican Leader)
	}
	// Words before the head that say which office it is (the foreign
	// minister is no Prime Minister): the title must hold them too.
	var which []string
	for k := first; k < hk; k++ {
		if officeWords[f.lower(k)] {
			which = append(which, f.lower(k))
		}
	}
	// A person of a title that fits, named outside boilerplate and credits.
	titled := func(m entities.Mention) bool {
		c := &f.ents.Clusters[m.Cluster]
		return !m.Boilerplate && !m.Credit && c.Label == entities.Person && c.Title != "" && titleFits(c.Title, head) &&
			!orgNouns[head] && !placeHeads[head] && // (the council is no Council leader, the city no City Manager)
			(len(which) == 0 || titleHolds(c.Title, which)) && !f.otherRank(c.Title, first, hk)
	}
	// The Halvorsen administration: a body whose name holds the names
	// before the head (not the Marlowe White House).
	namedFits := func(name string) bool {
		lower := "" // (the name in lower case, made once, when a name stands before the head)
		for k := first; k < hk; k++ {
			if mi := f.mentionAt[k]; mi >= 0 && f.ents.Mentions[mi].Tokens.Last == k+1 {
				if lower == "" {
					lower = strings.ToLower(name)
				}
				if !strings.Contains(lower, f.lower(k)) {
					return false
				}
			}
		}
		return true
	}
	// The company, which makes fuselages, said …: the body that spoke
	// last, when no other is named since outside its words (not Boeing,
	// named in its report).
	if orgNouns[head] && f.lower(first) == "the" {
		if _, c, ok := f.lastSourceFor(r.First, "neuter"); ok && c >= 0 && orgFits(f.ents.Clusters[c].Name, head) && namedFits(f.ents.Clusters[c].Name) {
			return c
		}
	}
	// xAI, founded by Elias Munk, has raised $6 billion from investors
	// including Sequoia Capital, the company said: the body the report
	// is about, its subject, not the last one named in it.
	if orgNouns[head] && f.lower(first) == "the" && r.First > 0 && f.text(r.First-1) == "," {
		sent := f.sentence(r.First)
		if sp, _ := f.mainSubject(sent, r.First-1); sp.Len() > 0 && sp.Last < r.First {
			if c := f.orgIn(sp, head); c >= 0 && namedFits(f.ents.Clusters[c].Name) {
				return c
			}
		}
	}
	// Energy supplier Brightwave was fined by the regulator Ofgem. The
	// company admitted …: opening its sentence, the body that was the
	// subject of the sentence before, not the last one named in it.
	if orgNouns[head] && f.lower(first) == "the" && r.First > 0 && r.First == f.sentence(r.First).First {
		prev := f.sentence(r.First - 1)
		if sp, _ := f.mainSubject(prev, prev.Last); sp.Len() > 0 {
			if c := f.orgIn(sp, head); c >= 0 && namedFits(f.ents.Clusters[c].Name) {
				return c
			}
		}
	}
	// The mentions before the description, nearest first, a bounded
	// number of them.
	before := f.mentionsBefore(r.First)
	nearest := true // no body's mention between this one and the description
	for mi := before - 1; mi >= 0 && mi >= before-400; mi-- {
		m := f.ents.Mentions[mi]
		if m.Boilerplate || m.Credit {
			continue
		}
		c := &f.ents.Clusters[m.Cluster]
		switch {
		case titled(m):
			return m.Cluster
		case c.Label == entities.Org && orgNouns[head] && (orgFits(c.Name, head) || r.Len() == 2 && (f.calledBy(m, head) || nearest && agencyFits(c.Name, head))) && namedFits(c.Name) && !f.affiliation(m.Tokens) && !f.sawIt(m.Tokens):
			// (the agency for a public agency only when no other body
			// is named nearer: the bureau confirmed …; the agency declined)
			if head == "club" {
				// United sack manager …, then a defeat by Kelby Athletic,
				// then the club said: of two clubs, the headline's
				if h := f.headlineClub(before); h >= 0 && h != m.Cluster {
					return h
				}
			}
			return m.Cluster
		case c.Label == entities.Person && (roleNouns[head] || personNouns[head] && strings.Contains(c.Name, " ")) && len(which) == 0 && f.apposedRole(m.Tokens) == head:
			return m.Cluster // Lee's spokesman, Ryan Ortiz, said …. The spokesman declined …; Ann Roe, a former nurse, …. The former nurse said … (a person's noun: by a full name)
		case c.Label == entities.Fac && r.Len() == 2 && len(c.Name) > len(head) && strings.EqualFold(c.Name[len(c.Name)-len(head):], head) && c.Name[len(c.Name)-len(head)-1] == ' ':
			return m.Cluster // Kelby Airport …. The airport said …: the facility whose name ends in the noun, as its operator
		}
		nearest = nearest && (c.Label != entities.Org || agencyNouns[head] && companyName(c.Name)) // (a company named since is no regulator: the ICO fined Quillon Systems …. The regulator said)
	}
	last := f.paraOf(r.First) + 2
	lede := !bare && f.lower(first) == "the" && f.paraOf(r.First) == f.firstBodyParagraph()
	if bare {
		last += 4 // (the body may name the headline's speaker a few paragraphs on)
	}
	// Charity warns of …, then the charity Children First: a headline's
	// body is the first the article calls by its noun; so is the lede's
	// (… will stay open, the county council has confirmed, then Kelby
	// County Council had proposed …) (not a ministry "the government"
	// may stand for once named, but that the article names later as a
	// body of its own: Government unveils plan …, then the Treasury said
	// it would be funded …; not a body named in someone's quoted words)
	if mi := f.laterMention(r.First, last, func(m entities.Mention) bool {
		c := &f.ents.Clusters[m.Cluster]
		return titled(m) || (bare || lede) && orgNouns[head] && c.Label == entities.Org && !m.Boilerplate && !m.Credit && !f.quoted[m.Tokens.First] &&
			(orgFits(c.Name, head) && (!governingHeads[head] || strings.Contains(strings.ToLower(c.Name), head)) || r.Len() == 1 && f.calledBy(m, head)) && namedFits(c.Name)
	}); mi >= 0 {
		return f.ents.Mentions[mi].Cluster
	}
	// The environment minister has admitted …, then Rebecca Lowe said …:
	// a lede's role is the first person the body names after it (not one
	// of kin, whom the lede names as the relative: 'I want him home':
	// mother's plea, then Jayden Cole, then his mother, Kerry Cole).
	if roleNouns[head] && !kinNouns[head] {
		if c := f.ledeName(r, bare, head); c >= 0 {
			if f.ents.Clusters[c].Title == "" {
				// The mayor of Castleford has defended …, then a
				// shopkeeper quoted, then Mayor Aisha Kareem: a person the
				// body gives the role's title alone a few paragraphs
				// further on is the role, not the untitled name before
				// (not Prime Minister Tom Hale for "the universities
				// minister")
				if mi := f.laterMention(r.First, last+4, func(m entities.Mention) bool {
					return titled(m) && strings.EqualFold(f.ents.Clusters[m.Cluster].Title, head)
				}); mi >= 0 {
					return f.ents.Mentions[mi].Cluster
				}
			}
			return c
		}
	}
	// The father of a teenager who was stabbed says …, then Ryan's
	// father, Steve Hale, said …: one of kin is the person the next
	// paragraphs set the same noun of kin beside
	if kinNouns[head] && (f.lower(first) == "the" || bare) {
		if c := f.apposedKin(before, last+2, head); c >= 0 {
			return c
		}
	}
	// Sandell, the Vermont senator, …: a role in apposition to a name is
	// that person. (Linking a role with no name beside it, the candidate,
	// to the person most salient before it was tried and left out: of 22
	// such speakers in PolNeAR train read by hand, 13 right and 9 wrong.)
	if roleNouns[head] && f.lower(first) == "the" {
		if k := r.First - 1; k > 0 && f.text(k) == "," {
			if c := f.personEndingAt(k); c >= 0 {
				return c
			}
		}
	}
	return -1
}

// spokesWords are the nouns of someone who speaks for a body.
var spokesWords = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true}

// spokenForBefore returns the body that is the subject of the sentence
// just before token i's, in the same paragraph, before a cue's word
// (Westmoor Trust said …); -1 if none.
func (f *finder) spokenForBefore(i int) int {
	prev, ok := f.sentenceBefore(i, 0)
	if !ok {
		return -1
	}
	sp, _ := f.mainSubject(prev, prev.Last)
	if sp.Len() == 0 || sp.Last >= prev.Last || !f.cue[sp.Last] {
		return -1
	}
	mi := f.mentionAt[sp.First]
	if mi < 0 || f.ents.Mentions[mi].Tokens != sp || f.ents.Clusters[f.ents.Mentions[mi].Cluster].Label != entities.Org {
		return -1
	}
	return f.ents.Mentions[mi].Cluster
}

// someoneNouns name someone new, unnamed, as a lede or a headline opens
// on them (A teenager who …, Man denies …).
var someoneNouns = wordList("someone")

// agedLede returns the cluster of the person whose name, with an age set
// off after it (Kieran Doyle, 16,), opens the body paragraph after the
// lede, for a description r in the lede or, when bare, in the headline;
// or -1.
func (f *finder) agedLede(r article.Range, bare bool) int {
	first := f.firstBodyParagraph()
	if first < 0 || !bare && f.paraOf(r.First) != first {
		return -1
	}
	for p := first + 1; p < len(f.a.Paragraphs) && p <= first+2; p++ {
		par := f.a.Paragraphs[p]
		if par.Kind != article.Body {
			continue
		}
		k := par.Tokens.First
		mi := f.mentionAt[k]
		if mi < 0 {
			return -1
		}
		m := f.ents.Mentions[mi]
		e := m.Tokens.Last
		if m.Tokens.First != k || f.ents.Clusters[m.Cluster].Label != entities.Person || e+2 >= par.Tokens.Last || f.text(e) != "," {
			return -1
		}
		if f.lower(e+1) == "who" && m.Tokens.Len() >= 2 {
			return m.Cluster // (A head teacher says …, then Angela Moss, who runs …,: a relative aside, as an age, says who the name is)
		}
		if f.text(e+2) != "," || !ageWord(f.lower(e+1)) && !(f.a.Tokens[e+1].Tag == article.CD && len(f.text(e+1)) <= 3) {
			return -1
		}
		return m.Cluster
	}
	return -1
}

// namedAs returns the person cluster an aside opening with "named" or
// "identified" at token j (maybe "locally" or "by police" next), or with
// "who gave his (her) name", and "as" names by a mention that ends it,
// before a comma before hi (named locally as retired officer Keith
// Danvers,; who gave his name only as Steve,), or -1.
func (f *finder) namedAs(j, hi int) int {
	if f.lower(j) == "who" && j+3 < hi && (f.lower(j+1) == "gave" || f.lower(j+1) == "gives") && possessives[f.lower(j+2)] != "" && f.lower(j+3) == "name" {
		j += 3 // One driver, who gave his name only as Steve,: as "named" does
	} else if w := f.lower(j); w != "named" && w != "identified" {
		return -1
	}
	k := j + 1
	for k < hi && k < j+4 && f.lower(k) != "as" {
		k++
	}
	if k >= hi || f.lower(k) != "as" {
		return -1
	}
	for e := k + 1; e < hi && e < k+12; e++ {
		if f.text(e) == "," {
			if mi := f.mentionAt[e-1]; mi >= 0 && e-1 > k && f.ents.Mentions[mi].Label == entities.Person && f.ents.Mentions[mi].Tokens.Last == e {
				return f.ents.Mentions[mi].Cluster
			}
			return -1
		}
	}
	return -1
}

// apposedKin returns the cluster of the first person, from mention
// index before to paragraph last, that the noun of kin head is set off
// before (his mother, Kerry Cole,), or -1. (Not a noun after the name:
// … candidate Harriet Carrow, his son said, is a clause of its own.)
func (f *finder) apposedKin(before, last int, head string) int {
	for mi := before; mi < len(f.ents.Mentions) && mi < before+100 && f.ents.Mentions[mi].Paragraph <= last; mi++ {
		m := f.ents.Mentions[mi]
		if k := m.Tokens.First - 1; k >= 1 && f.text(k) == "," && f.lower(k-1) == head && f.ents.Clusters[m.Cluster].Label == entities.Person && !m.Boilerplate && !m.Credit {
			return m.Cluster
		}
	}
	return -1
}

// apposedRole returns the head noun, in lower case, of a description
// set off beside the person mention at tokens m: before it (Delgado's
// spokesman, Ryan Ortiz,) or after it (Ryan Ortiz, a spokesman for the
// senator,); "" if none.
func (f *finder) apposedRole(m article.Range) string {
	if k := m.First - 1; k >= 2 && f.text(k) == "," && f.a.Tokens[k-1].Tag == article.NN {
		return f.lower(k - 1)
	} else if k >= 2 && f.text(k) == "," {
		// A spokesman for Mayor Carla Nunez, Tom Beale,: the role before
		// the name of whom it is for or of
		j := k - 1
		for j > 0 && j > k-6 && (f.a.Tokens[j].Tag.IsProperNoun() || f.a.Tokens[j].Tag == article.DT) {
			j--
		}
		if w := f.lower(j); j < k-1 && j > 0 && (w == "for" || w == "of") && f.a.Tokens[j-1].Tag == article.NN {
			return f.lower(j - 1)
		}
	}
	if k := m.Last; k+2 < len(f.a.Tokens) && f.text(k) == "," {
		switch f.a.Tokens[k+1].Tag {
		case article.DT, article.PRPS:
		default:
			return ""
		}
		for j := k + 2; j < len(f.a.Tokens) && j < k+7; j++ {
			if t := f.a.Tokens[j].Tag; t != article.NN && t != article.JJ && t != article.NNP {
				if j > k+2 && f.a.Tokens[j-1].Tag == article.NN {
					return f.lower(j - 1)
				}
				return ""
			}
		}
	}
	return ""
}

// apposedLater returns the cluster of the person the next two paragraphs
// name right after the words of description r and a comma (…, her agent
// has said, then Her agent, Marcus Delmore, said …), else the person the
// two paragraphs before name so (her nephew, Peter, then Her nephew
// said), or -1.
func (f *finder) apposedLater(r article.Range) int {
	if mi := f.laterMention(r.Last, f.paraOf(r.First)+2, func(m entities.Mention) bool { return f.apposedTo(r, m, r.Last) }); mi >= 0 {
		return f.ents.Mentions[mi].Cluster
	}
	after := f.mentionsBefore(r.Last)
	// She is survived by her nephew, Peter, …. Her nephew said …: the
	// same words set off before a name in the two paragraphs before
	first := f.paraOf(r.First) - 2
	for mi := after - 1; mi >= 0 && mi >= after-100; mi-- {
		m := f.ents.Mentions[mi]
		if m.Paragraph < first {
			break
		}
		if m.Tokens.Last <= r.First && f.apposedTo(r, m, 0) {
			return m.Cluster
		}
	}
	return -1
}

// apposedAs reports whether a mention of person cluster c after token
// from, in the two paragraphs after the lede, has noun head set off
// before or after it (the envoy, Henrik Sol,; Henrik Sol, the envoy,).
func (f *finder) apposedAs(c int, head string, from int) bool {
	return f.laterMention(from, f.firstBodyParagraph()+2, func(m entities.Mention) bool { return m.Cluster == c && f.apposedRole(m.Tokens) == head }) >= 0
}

// laterMention returns the index of the first mention fits accepts that
// starts at token from or later, in paragraph last or before, among a
// bounded number of them (a page of a thousand names stays linear); -1
// if none.
func (f *finder) laterMention(from, last int, fits func(entities.Mention) bool) int {
	after := f.mentionsBefore(from)
	for mi := after; mi < len(f.ents.Mentions) && mi < after+100; mi++ {
		m := f.ents.Mentions[mi]
		if m.Paragraph > last {
			break
		}
		if fits(m) {
			return mi
		}
	}
	return -1
}

// apposedTo reports whether person mention m is set off by a comma right
// after the same words as r's, in lower case, that start at token lo or
// later.
func (f *finder) apposedTo(r article.Range, m entities.Mention, lo int) bool {
	n := r.Len()
	k := m.Tokens.First - 1 // the comma
	if m.Label != entities.Person || m.Boilerplate || m.Credit || k-n < lo || f.text(k) != "," {
		return false
	}
	for j := 0; j < n; j++ {
		if f.lower(k-n+j) != f.lower(r.First+j) {
			return false
		}
	}
	return true
}

// ledeName returns the person a role speaking in the first body
// paragraph, or bare in the headline (…, minister admits), stands for,
// when no person is named before it: the first person the body names
// after its sentence, within two paragraphs of the first, by a name of two words or
// more or a surname with a title, and with no title that does not fit
// the role (a courtesy title, Ms or Dr or Lord, fits any). Else -1.
func (f *finder) ledeName(r article.Range, bare bool, head string) int {
	first := f.firstBodyParagraph()
	if first < 0 || !bare && f.paraOf(r.First) != first {
		return -1
	}
	named := func(m entities.Mention) bool {
		return m.Label == entities.Person && !m.Boilerplate && !m.Credit && f.a.Paragraphs[m.Paragraph].Kind != article.Byline
	}
	at := f.mentionsBefore(r.First)
	if at > 400 {
		return -1 // (no lede: hundreds of names before it)
	}
	for mi := 0; mi < at; mi++ {
		if named(f.ents.Mentions[mi]) {
			return -1
		}
	}
	for mi := at; mi < len(f.ents.Mentions); mi++ {
		m := f.ents.Mentions[mi]
		if m.Paragraph > first+2 {
			break
		}
		if !named(m) || m.Tokens.First < r.Last || f.a.SentenceOf(m.Tokens.First) == f.a.SentenceOf(r.First) {
			continue // (the mayor rejected Tom Reyes's claim: Reyes is not the mayor)
		}
		if f.prepObjectBeforePerson(mi, named) {
			continue // (Speaking with Laura Penhale on BBC One, Simon Treddow said: the minister is Treddow)
		}
		c := f.ents.Clusters[m.Cluster]
		if m.Tokens.Last-m.Tokens.First < 2 && c.Title == "" || c.Title != "" && !courtesyTitle(c.Title) && !titleFits(c.Title, head) && !anyTitleNouns[head] {
			return -1 // (a surname alone with a title will do: Lord Westbrook)
		}
		return m.Cluster
	}
	return -1
}

// prepObjectBeforePerson reports whether mention mi is a preposition's
// object (with Laura Penhale, to the host) before another mention its
// sentence names and named accepts, which may be the sentence's subject.
func (f *finder) prepObjectBeforePerson(mi int, named func(entities.Mention) bool) bool {
	m := f.ents.Mentions[mi]
	if k := m.Tokens.First - 1; k < 0 || f.a.Tokens[k].Tag != article.IN && f.a.Tokens[k].Tag != article.TO {
		return false
	}
	s := f.a.SentenceOf(m.Tokens.First)
	for n := mi + 1; n < len(f.ents.Mentions) && n <= mi+20 && f.a.SentenceOf(f.ents.Mentions[n].Tokens.First) == s; n++ { // (a bounded number: a sentence of a thousand names stays linear)
		if named(f.ents.Mentions[n]) {
			return true
		}
	}
	return false
}

// firstBodyParagraph returns the index of the article's first body
// paragraph, its lede, or -1 when it has none (captions alone).
func (f *finder) firstBodyParagraph() int {
	if f.firstBody == -2 {
		f.firstBody = -1 // (once)
		for p, par := range f.a.Paragraphs {
			if par.Kind == article.Body {
				f.firstBody = p
				break
			}
		}
	}
	return f.firstBody
}

// anyTitleNouns name someone by no office, so a person of any title may
// be it: a standing (Mayor rival says …, then Former Cllr Rachel Tynes)
// or what they are or do, as a headline describes whom it quotes ('I'd
// do it all again': Volunteer who …).
var anyTitleNouns = map[string]bool{"rival": true, "critic": true,
	"volunteer": true, "survivor": true, "widow": true, "widower": true, "mother": true, "father": true,
	"mum": true, "dad": true, "grandmother": true, "grandfather": true, "pensioner": true, "teenager": true, "student": true,
	"nurse": true, "doctor": true, "teacher": true, "farmer": true, "owner": true, "landlord": true, "resident": true,
	"victim": true, "veteran": true, "worker": true, "driver": true, "shopkeeper": true, "campaigner": true, "woman": true, "man": true}

// courtesyTitle reports whether title says no office, only how the
// person is addressed (Ms, Mr., Dr, Sir), or that they sit on a council,
// whatever their role on it (Cllr: the mayor, the council's leader): no
// role it could contradict.
func courtesyTitle(title string) bool {
	switch strings.ToLower(strings.TrimSuffix(title, ".")) {
	case "mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady", "baroness", "cllr", "councillor", "professor", "prof":
		return true
	}
	return false
}

// qaMark reports whether paragraph p opens with the mark of a question or
// an answer of an interview's transcript (Q: or A:, Q. or A.), and which.
func (f *finder) qaMark(p int) (byte, bool) {
	r := f.a.Paragraphs[p].Tokens
	if r.Last-r.First < 3 {
		return 0, false
	}
	w, sep := f.text(r.First), f.text(r.First+1)
	if (w == "Q" || w == "A") && (sep == ":" || sep == ".") {
		return w[0], true
	}
	return 0, false
}

// writer returns the person cluster of the article's byline (By Ann Lee),
// when it names one person by a name of two words or more; -1 if it names
// none or more (By Ann Lee and Tom Hale), or if "I" speaks in dialogue
// twice or more (“No,” I said): a story's narrator, not its writer.
func (f *finder) writer() int {
	if f.byliner != -2 {
		return f.byliner
	}
	f.byliner = -1
	c := -1
	for _, m := range f.ents.Mentions {
		if m.Label != entities.Person || f.a.Paragraphs[m.Paragraph].Kind != article.Byline {
			continue
		}
		if c >= 0 && c != m.Cluster || m.Tokens.Last-m.Tokens.First < 2 {
			return -1
		}
		c = m.Cluster
	}
	if c < 0 {
		return -1
	}
	dialogue := 0
	for k := 1; k+1 < len(f.a.Tokens) && dialogue < 2; k++ {
		if f.text(k) != "I" || !f.isCue(k+1) {
			continue
		}
		if f.a.Tokens[k-1].Kind.IsQuote() || k+3 < len(f.a.Tokens) && (f.text(k+2) == "," || f.text(k+2) == ":") && f.a.Tokens[k+3].Kind.IsQuote() {
			dialogue++
		}
	}
	if dialogue < 2 {
		f.byliner = c
	}
	return f.byliner
}

// firstQuestion returns the first paragraph of an interview's transcript
// that opens with "Q:" (or "Q."), when two paragraphs or more do, else
// the first that opens with "A:" when two or more do (the questions set
// apart by type alone, lost with it); -1 if the article is no such
// transcript.
func (f *finder) firstQuestion() int {
	if f.firstQ != -2 {
		return f.firstQ
	}
	f.firstQ = -1
	var first, count [2]int // questions, answers
	first = [2]int{-1, -1}
	for p := range f.a.Paragraphs {
		if m, ok := f.qaMark(p); ok {
			i := 0
			if m == 'A' {
				i = 1
			}
			if first[i] < 0 {
				first[i] = p
			}
			count[i]++
		}
	}
	switch {
	case count[0] >= 2:
		f.firstQ = first[0]
	case count[1] >= 2:
		f.firstQ = first[1]
	}
	return f.firstQ
}

// transcript reports whether the article is an interview's transcript,
// its questions or answers marked "Q:" or "A:" (firstQuestion).
func (f *finder) transcript() bool {
	return f.firstQuestion() >= 0
}

// answerAt reports whether token k stands in a paragraph opening with
// "A:", an answer of an interview's transcript (intervieweeCluster says
// whether the article is one), or in an answer of an interview with no
// such labels (plainAnswers).
func (f *finder) answerAt(k int) bool {
	p := f.paraOf(k)
	m, ok := f.qaMark(p)
	return ok && m == 'A' || f.plainAnswers()[p]
}

// plainAnswers returns, for each paragraph, whether it answers a question
// of an interview printed with no Q: and A: labels: in an article whose
// headline calls it a Q&A or an interview (Q&A: The scientist who counts
// seabirds; Interview: …), the body paragraphs after a question (a
// paragraph of questions, no quotation marks in it) up to the next, while
// they hold no quotation mark (a paragraph that quotes is the writer's
// again), or speak in the first person outside the marks they hold, and
// open with no turn's label, when two questions or more are so
// answered. It sets plainFirstQ, and quotedQA: the paragraphs that are one
// quotation each after a question or a statement put to the interviewee
// (Your opponents say you have no experience.), answers in marks.
func (f *finder) plainAnswers() []bool {
	if f.plainQA != nil {
		return f.plainQA
	}
	f.plainQA = make([]bool, len(f.a.Paragraphs))
	f.plainFirstQ = -1
	if f.firstQuestion() >= 0 || !f.interviewArticle() {
		return f.plainQA
	}
	f.quotedQA = make([]bool, len(f.a.Paragraphs))
	plain := func(p int) bool {
		r := f.a.Paragraphs[p].Tokens
		return f.a.Paragraphs[p].Kind == article.Body && r.Last > r.First && r.Last-r.First <= 60 && !f.holdsMark(r.First, r.Last)
	}
	question := func(p int) bool {
		return plain(p) && f.text(f.a.Paragraphs[p].Tokens.Last-1) == "?"
	}
	// (a statement put to the interviewee: Your opponents say you have
	// no experience.)
	putTo := func(p int) bool {
		return plain(p) && f.some(f.a.Paragraphs[p].Tokens.First, f.a.Paragraphs[p].Tokens.Last, func(k int) bool { return f.lower(k) == "you" || f.lower(k) == "your" })
	}
	// (an answer in marks: a paragraph that is one quotation, which may
	// quote others inside it: he would say, ‘One more step.’)
	var opens map[int]int // the opening mark's token → its quotation in f.marks
	quoted := func(p int) bool {
		r := f.a.Paragraphs[p].Tokens
		if f.a.Paragraphs[p].Kind != article.Body || r.Last-r.First <= 2 || !f.a.Tokens[r.First].Kind.IsQuote() || !f.a.Tokens[r.Last-1].Kind.IsQuote() {
			return false
		}
		if opens == nil {
			opens = make(map[int]int, len(f.marks))
			for i, m := range f.marks {
				opens[m.Open] = i
			}
		}
		i, ok := opens[r.First]
		return ok && f.marks[i].Depth == 0 && f.marks[i].Close == r.Last-1
	}
	answered, first, in := 0, -1, false
	for p, para := range f.a.Paragraphs {
		switch {
		case question(p):
			in = true
			if first < 0 {
				first = p
			}
		case in && para.Kind == article.Body && (!f.holdsMark(para.Tokens.First, para.Tokens.Last) || f.firstPersonOutside(para.Tokens)) && !f.labelled(p) &&
			(p > 0 && question(p-1) || f.firstPerson(para.Tokens)):
			// (an answer's next paragraph speaks in the first person: not
			// the closing note, The Keepers is published by …)
			if !f.plainQA[p] && p > 0 && question(p-1) {
				answered++
			}
			f.plainQA[p] = true
		default:
			in = false
		}
	}
	for p := 1; p < len(f.a.Paragraphs); p++ {
		if quoted(p) && (question(p-1) || putTo(p-1)) {
			f.quotedQA[p] = true
			if question(p - 1) {
				answered++
			}
		}
	}
	if answered < 2 {
		clear(f.plainQA)
		f.quotedQA = nil
		return f.plainQA
	}
	f.plainFirstQ = first
	return f.plainQA
}

// labelled reports whether paragraph p opens with a turn's label
// (ADEYEMI: …): a turn of its own, which names who speaks it.
func (f *finder) labelled(p int) bool {
	_, ok := f.turnLabel(p)
	return ok
}

// headlineMostQuoted gives a headline's quotation in the first person
// that found no cue and no speaker, nor a body quotation holding its words
// (headlineSpeakers), the person the body quotes most ('I never thought
// I'd walk again': Runner's comeback): the interviewee of an interview,
// or else the one person the body quotes two times or more, more often
// than any other.
func (f *finder) headlineMostQuoted() {
	var heads []int
	for i := range f.out {
		if q := &f.out[i]; q.Kind == Direct && q.Cue.Empty() && q.SpeakerName == "" && f.a.Paragraphs[q.Paragraph].Kind == article.Headline && f.firstPerson(f.tokensIn(q.Content)) {
			heads = append(heads, i)
		}
	}
	if len(heads) == 0 {
		return
	}
	c := f.intervieweeCluster()
	if c < 0 {
		count := make([]int, len(f.ents.Clusters))
		for _, q := range f.out {
			if f.a.Paragraphs[q.Paragraph].Kind != article.Headline && q.SpeakerCluster >= 0 && f.ents.Clusters[q.SpeakerCluster].Label == entities.Person {
				count[q.SpeakerCluster]++
			}
		}
		most, next := -1, 0 // the cluster quoted most, and how often the next is
		for k, n := range count {
			if most < 0 || n > count[most] {
				if most >= 0 {
					next = count[most]
				}
				most = k
			} else {
				next = max(next, n)
			}
		}
		if most < 0 || count[most] < 2 || count[most] == next {
			return
		}
		c = most
	}
	for _, i := range heads {
		f.out[i].SpeakerName, f.out[i].SpeakerCluster = f.ents.Clusters[c].Name, c
	}
}

// firstPersonOutside reports whether tokens r hold "I" or "my"
// outside quotation marks: the words of someone who quotes another (My
// husband kept telling me, “Send it out again.”).
func (f *finder) firstPersonOutside(r article.Range) bool {
	return f.some(r.First, r.Last, func(k int) bool {
		switch f.lower(k) {
		case "i", "my": // (not "me": told me, the writer's)
			return !f.quoted[k]
		}
		return false
	})
}

// firstPerson reports whether tokens r hold a pronoun of the first person
// (I, me, my, we, us, our).
func (f *finder) firstPerson(r article.Range) bool {
	for k := r.First; k < r.Last; k++ {
		switch f.lower(k) {
		case "i", "me", "my", "we", "us", "our":
			return true
		}
	}
	return false
}

// interviewArticle reports whether the article calls itself a Q&A or an
// interview: in its headline (headlineInterview), or by a line among the
// first three that opens "Interview by" or "Interviewed by", the
// interviewer's byline (under a headline that may name the interview's
// subject, not the interviewee: Why Ada Lovelace still matters).
func (f *finder) interviewArticle() bool {
	for _, p := range f.a.Paragraphs[:min(3, len(f.a.Paragraphs))] {
		if p.Tokens.Len() >= 3 && (p.Kind == article.Byline || p.Kind == article.Body) {
			if w := f.lower(p.Tokens.First); (w == "interview" || w == "interviewed") && f.lower(p.Tokens.First+1) == "by" {
				return true
			}
		}
	}
	return f.headlineInterview()
}

// headlineInterview reports whether the article's headline calls it a Q&A
// or an interview: Q&A with …, … : a Q&A, Interview: …, Interview with ….
func (f *finder) headlineInterview() bool {
	for _, p := range f.a.Paragraphs {
		if p.Kind != article.Headline {
			continue
		}
		if h := f.span(p.Tokens).Text(f.a.Text); strings.Contains(h, "Q&A") || strings.Contains(h, "Q & A") {
			return true
		}
		for k := p.Tokens.First; k+1 < p.Tokens.Last; k++ {
			if f.lower(k) == "interview" && (f.text(k+1) == ":" || f.lower(k+1) == "with") {
				return true
			}
		}
	}
	return false
}

// answers reports the answers of an interview with no Q: and A: labels
// (plainAnswers), each paragraph one quotation of the interviewee's, as
// an "A:" turn is (the questions are the publication's, and no one's
// words in the article name who asks them).
func (f *finder) answers() {
	qa := f.plainAnswers()
	c := -1
	for p, ok := range qa {
		if !ok {
			continue
		}
		if c < 0 {
			if c = f.intervieweeCluster(); c < 0 {
				return
			}
		}
		if q, ok := f.paragraphTurn(p, f.ents.Clusters[c].Name, c); ok {
			f.out = append(f.out, q)
		}
	}
	// answers in marks: the interviewee's, whoever the words before
	// them named
	if f.quotedQA == nil {
		return // (no interview so answered: most articles)
	}
	for i := range f.out {
		q := &f.out[i]
		if q.Kind != Direct || !q.Cue.Empty() || !f.quotedQA[q.Paragraph] || q.inner {
			continue
		}
		if c < 0 {
			if c = f.intervieweeCluster(); c < 0 {
				return
			}
		}
		q.Speaker, q.SpeakerName, q.SpeakerCluster = article.Span{}, f.ents.Clusters[c].Name, c
	}
}

// intervieweeCluster returns the person whose answers an interview's
// transcript gives: in an article with two "Q:" paragraphs or more (or
// "A:", firstQuestion), the person named most often before the first of
// them (the headline, when it calls the article an interview, and the
// introduction: Q&A with Vice President Ann Lee), a sentence's subject
// counted twice, the first named on a tie; -1 if there is none.
func (f *finder) intervieweeCluster() int {
	if f.interviewee != -2 {
		return f.interviewee
	}
	f.interviewee = -1
	first := f.firstQuestion()
	if first < 0 {
		f.plainAnswers()
		first = f.plainFirstQ
	}
	if first < 0 {
		return -1
	}
	count := map[int]int{}
	best := -1
	headline := -1 // whether the headline's people count: when it calls the article an interview (not Why Ada Lovelace still matters)
	for _, m := range f.ents.Mentions {
		if m.Paragraph >= first {
			break
		}
		if m.Label != entities.Person || m.Boilerplate || m.Credit || f.a.Paragraphs[m.Paragraph].Kind == article.Byline || m.Cluster == f.writer() {
			continue // (not the byline's writer, who asks)
		}
		if f.a.Paragraphs[m.Paragraph].Kind == article.Headline {
			if headline < 0 {
				headline = 0
				if f.headlineInterview() {
					headline = 1
				}
			}
			if headline == 0 {
				continue
			}
		}
		count[m.Cluster]++
		if f.subjectLike(m.Tokens) {
			count[m.Cluster]++ // (a sentence's subject weighs twice: Historian Dr Rosalind Achebe has spent a decade researching the life of Ada Lovelace)
		}
		if best < 0 || count[m.Cluster] > count[best] {
			best = m.Cluster
		}
	}
	f.interviewee = best
	return best
}
