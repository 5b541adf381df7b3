package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/article"
	"github.com/whosaid/whosaid/entities"
)

// subject returns the speaker of a verb cue at k: the noun phrase before
// it, over adverbs and auxiliaries (he has also said), over an appositive
// (Dravick, the nominee, said) and out of "a spokesman for X". For a
// relative pronoun (which reported, who said) the speaker is the pronoun
// and antecedent the phrase it stands for. ok is false if there is none.
func (f *finder) subject(k int, sent article.Range) (sp, antecedent article.Range, ok bool) {
	if c := f.joinedParticiple(k, sent); c > 0 {
		// show Ms Penhale telling an adviser that … and suggesting …:
		// a participle joined by "and" to a participle cue before it
		// has that cue's subject, the noun phrase right before it
		if sp, antecedent, ok = f.subjectAt(c, sent, 0); ok && sp.Last == c {
			return sp, antecedent, ok
		}
	}
	sp, antecedent, ok = f.subjectAt(k, sent, 0)
	if ok && antecedent.Last <= antecedent.First {
		if r, found := f.relativeHolder(sp, sent); found {
			sp = r
		} else if r, found := f.participleHolder(sp, sent); found {
			sp = r
		}
	}
	return sp, antecedent, ok
}

// joinedParticiple returns the participle cue, in sentence sent, that
// the participle cue at token k is joined to by the "and" before it,
// with no comma outside quotation marks between them: the nearest
// participle cue before, else 0.
func (f *finder) joinedParticiple(k int, sent article.Range) int {
	if k < sent.First+3 || f.lower(k-1) != "and" || !f.participle(k) {
		return 0
	}
	for c := k - 2; c > sent.First && c >= k-30; c-- {
		if f.text(c) == "," && !f.quoted[c] {
			return 0
		}
		if f.isCue(c) && f.participle(c) && !f.quoted[c] {
			return c
		}
	}
	return 0
}

// participleHolder returns the noun phrase opening the sentence that a
// past participle qualifies when the subject sp found before a verb is
// only the end of the participle's phrase (A man accused of murdering his
// neighbour during a row over a hedge has told …: the man, not the
// hedge): the participle right after the phrase's noun, not before "by"
// (an article written by its author), and between it and sp only
// prepositions, gerunds and the words of noun phrases.
func (f *finder) participleHolder(sp article.Range, sent article.Range) (article.Range, bool) {
	j := sp.First - 1
	if j <= sent.First || f.a.Tokens[j].Tag != article.IN {
		return article.Range{}, false
	}
	for ; j > sent.First && j >= sp.First-14; j-- {
		switch t := f.a.Tokens[j].Tag; {
		case t == article.VBN && (f.a.Tokens[j-1].Tag.IsNoun() || ageWord(f.lower(j-1))) && f.mentionAt[j-1] < 0: // (a 19-year-old/JJ killed by …)
			by := j + 1
			if f.a.Tokens[by].Tag == article.RP {
				by++ // (cut off by …)
			}
			if f.lower(by) == "by" && (by+1 != sp.First || f.authorPhrase(sp)) {
				return article.Range{}, false // (An article written by a columnist accuses …: its author; but Residents of a village cut off by a landslip say …)
			}
			start := f.npBefore(j, sent.First)
			if start > sent.First+1 && f.lower(start-1) == "of" {
				start = f.npBefore(start-1, sent.First) // (Residents of a village cut off by …: over "of" and its object)
			}
			if start == sent.First && start < j && (f.participleOnSubject(j, sent) || sp.Last < sent.Last && f.a.Tokens[sp.Last].Tag.IsFinite()) { // (or the cue itself the verb it qualifies the subject of: Residents of a village cut off by a landslip say …)
				return article.Range{First: start, Last: j}, true
			}
			return article.Range{}, false
		case t == article.IN || t == article.VBG || t == article.DT || t == article.PRPS || t == article.CD || t == article.POS || t.IsAdjective() || t.IsNoun() || t == article.RP:
		default:
			return article.Range{}, false
		}
	}
	return article.Range{}, false
}

// authorPhrase reports whether phrase sp, after a participle's "by", may
// be who wrote or said something: it names a person or a body, or its
// last word is a people's noun (written by a columnist; not cut off by a
// landslip).
func (f *finder) authorPhrase(sp article.Range) bool {
	return f.names(sp) || peopleNoun(f.lower(sp.Last-1))
}

// relativeHolder returns the phrase a relative clause qualifies when the
// subject sp found before a verb is only the end of that clause (Relatives
// of the six people who died in last month's floods have called for …: the
// relatives, not the floods): a "who" or "which" a few words before sp,
// over a preposition and a verb in the past, right after a noun, and the
// noun phrase ending there, over "of" and its object.
func (f *finder) relativeHolder(sp article.Range, sent article.Range) (article.Range, bool) {
	j := sp.First - 1
	if j <= sent.First || f.a.Tokens[j].Tag != article.IN && f.a.Tokens[j].Tag != article.TO {
		return article.Range{}, false // (to as well: Fans who had travelled to Berlin for the concert said)
	}
	for j--; j > sent.First && j >= sp.First-5; j-- {
		t := f.a.Tokens[j].Tag
		if t == article.WP && (f.lower(j) == "who" || f.lower(j) == "which") {
			break
		}
		if t != article.VBD && t != article.VBN && t != article.RB {
			j = f.longRelative(sp.First-1, sent)
			break
		}
	}
	if j <= sent.First || f.a.Tokens[j].Tag != article.WP && f.a.Tokens[j].Tag != article.WPS || !f.a.Tokens[j-1].Tag.IsNoun() {
		return article.Range{}, false
	}
	start := f.npBefore(j, sent.First)
	for start >= sent.First+2 && f.lower(start-1) == "of" {
		s := f.npBefore(start-1, sent.First)
		if s == start-1 {
			break
		}
		start = s
	}
	if start >= j {
		return article.Range{}, false
	}
	return article.Range{First: start, Last: sp.Last}, true
}

// longRelative returns the relative pronoun ("who", "which" or "whose")
// opening a clause in the past that ends at the preposition at token j,
// over its verb, its own subject and objects and their prepositions,
// fourteen words at most (A woman whose 87-year-old mother waited 11
// hours for an ambulance after a fall …); or -1.
func (f *finder) longRelative(j int, sent article.Range) int {
	verb := false
	for k := j - 1; k > sent.First && k >= j-14; k-- {
		switch t := f.a.Tokens[k].Tag; {
		case t == article.WP && (f.lower(k) == "who" || f.lower(k) == "which") || t == article.WPS && f.lower(k) == "whose":
			if verb {
				return k
			}
			return -1
		case t == article.VBD || t == article.VBN:
			verb = true
		case t == article.RB || t == article.IN || t == article.DT || t == article.CD || t == article.PRPS || t == article.POS || t.IsAdjective() || t.IsNoun() && f.mentionAt[k] < 0:
		default:
			return -1
		}
	}
	return -1
}

// titleOpening returns the opening mark of a short quoted title or term
// (six words at most, no stop or comma inside) whose closing mark is token
// close, not before lo; or -1.
func (f *finder) titleOpening(close, lo int) int {
	if f.a.Tokens[close].Kind == article.OpenQuote {
		return -1
	}
	for k := close - 1; k > lo && k >= close-7; k-- {
		switch t := f.a.Tokens[k]; {
		case t.Kind == article.OpenQuote || t.Kind == article.Quote:
			if k < close-1 {
				return k
			}
			return -1
		case t.Kind != article.Word:
			return -1
		}
	}
	return -1
}

// nameInApposition reports whether an aside between commas, tokens
// lo..hi, ends in the name of a person or organization while the phrase
// head before it names none but a possessor: the name is who speaks (The
// council's transport chief, Omar Feld, said; Marlowe's lawyer, Peter
// Lindqvist, said; the utility, Northern Water Co., said).
func (f *finder) nameInApposition(head article.Range, lo, hi int) bool {
	if f.namesSpeaker(head) {
		return false
	}
	hi = f.beforePostNominals(lo, hi) // Simon Cole KC
	if hi > lo {
		// Harold Jensen of Eau Claire, Ann Vale from Leeds, Jonathan
		// Reece of Hartley Legal: the name before the place or body the
		// person is of or from
		if mi := f.mentionAt[hi-1]; mi >= 0 {
			if m := f.ents.Mentions[mi]; (m.Label == entities.GPE || m.Label == entities.Loc || m.Label == entities.Org && f.personEndingAt(m.Tokens.First-1) >= 0) &&
				m.Tokens.Last == hi && m.Tokens.First-1 > lo && (f.lower(m.Tokens.First-1) == "of" || f.lower(m.Tokens.First-1) == "from") {
				hi = m.Tokens.First - 1
			}
		}
	}
	mi := f.nameIn(lo, hi)
	if mi >= 0 && f.ents.Mentions[mi].Label == entities.Person && f.ents.Mentions[mi].Tokens.First == lo {
		// its owners, Jim and Sue Beddoes,: two people joined by "and"
		// (not candidates, including Ann Lee and Tom Hale,: the
		// candidates)
		if l := f.ents.Mentions[mi].Tokens.Last; l+1 < hi && f.lower(l) == "and" {
			if mj := f.nameIn(l+1, hi); mj >= 0 && f.ents.Mentions[mj].Label == entities.Person && f.ents.Mentions[mj].Tokens.First == l+1 {
				mi = mj
			}
		}
	}
	return mi >= 0 && f.ents.Mentions[mi].Tokens.Last == hi
}

// quotedAs returns the noun phrase quoted "as saying" when the cue at k
// is that "saying" (the agency quoted a senior diplomat as saying …: the
// diplomat speaks, not the agency).
func (f *finder) quotedAs(k int, sent article.Range) (article.Range, bool) {
	if k-3 < sent.First || f.lower(k-1) != "as" || !strings.HasSuffix(f.lower(k), "ing") {
		return article.Range{}, false
	}
	s := f.npBefore(k-1, sent.First)
	if s == k-1 || s-1 < sent.First {
		return article.Range{}, false
	}
	switch f.lower(s - 1) {
	case "quoted", "quoting", "quotes", "quote", "cited", "citing", "cites":
		return article.Range{First: s, Last: k - 1}, true
	}
	return article.Range{}, false
}

// whoseNamed returns the name set off after a "whose" at token p and the
// noun phrase it opens when the relative clause has no verb of its own
// before the cue's, v (the Federation, whose director general, Paul
// Stenholm, said …: the cue is the clause's, and the named director
// speaks; not Tom Hale, whose hometown, Leeds, is flooding, argues).
func (f *finder) whoseNamed(p, v int) (article.Range, bool) {
	if f.lower(p) != "whose" {
		return article.Range{}, false
	}
	comma := -1
	for k := p + 1; k < v-1; k++ {
		if f.a.Tokens[k].Tag.IsFinite() || f.a.Tokens[k].Kind.IsQuote() {
			return article.Range{}, false
		}
		if comma < 0 && f.text(k) == "," {
			comma = k
		}
	}
	if comma <= p+1 || !f.nameInApposition(article.Range{First: p + 1, Last: comma}, comma+1, v-1) {
		return article.Range{}, false
	}
	return article.Range{First: comma + 1, Last: v - 1}, true
}

// beforePostNominals returns where the words from lo to hi end before
// the letters of an honour or office that no mention holds (Simon Cole
// KC): hi when there are none.
func (f *finder) beforePostNominals(lo, hi int) int {
	for hi-1 > lo && f.mentionAt[hi-1] < 0 && entities.PostNominal(f.text(hi-1)) {
		hi--
	}
	return hi
}

// personNotObject reports whether tokens s..c, a noun phrase, name a
// person and follow no preposition (a name after one is its object).
func (f *finder) personNotObject(s, c int, sent article.Range) bool {
	return s < c && f.personIn(s, c) && (s == sent.First || f.a.Tokens[s-1].Tag != article.IN && f.a.Tokens[s-1].Tag != article.TO)
}

// placeAside reports whether tokens lo..hi are one place's name and
// nothing else (…, Berkeley,; One mother from Leeds, who …).
func (f *finder) placeAside(lo, hi int) bool {
	mi := f.mentionAt[lo]
	if lo >= hi || mi < 0 {
		return false
	}
	m := f.ents.Mentions[mi]
	return m.Tokens.First == lo && m.Tokens.Last == hi && (m.Label == entities.GPE || m.Label == entities.Loc)
}

// namesSpeaker reports whether a speaker's phrase holds the name of a
// person or organization that is not only a possessor or a modifier
// (Okafor's deputy, a Vela spokeswoman name only whose deputy or
// spokeswoman speaks).
func (f *finder) namesSpeaker(sp article.Range) bool {
	for n := sp.First; n < sp.Last; n++ {
		if mi := f.mentionAt[n]; mi >= 0 {
			m := f.ents.Mentions[mi]
			if (m.Label == entities.Person || m.Label == entities.Org) &&
				(m.Tokens.Last >= sp.Last || f.a.Tokens[m.Tokens.Last].Tag != article.POS && !f.attributive(m.Tokens.Last, sp.Last)) &&
				!((m.Label == entities.Org || m.Label == entities.Person) && f.nounsObject(m, sp.First)) { // (a spokesman for Speaker Tom Reyes, Colin Marsh,)
				return true
			}
			n = m.Tokens.Last - 1
		}
	}
	return false
}

// nounsObject reports whether mention m is the object of a preposition
// after a common noun, in a phrase from lo (the general secretary of the
// Rail Workers' Union): the noun heads the phrase, not the name.
func (f *finder) nounsObject(m entities.Mention, lo int) bool {
	j := f.prepBefore(m.Tokens.First, lo)
	if j <= lo {
		return false
	}
	t := f.a.Tokens[j-1].Tag
	if (documentNouns[f.lower(j-1)] || findingNouns[f.lower(j-1)]) && (f.lower(j) == "from" || f.lower(j) == "by") {
		return false // (a paper from the Brookings Institution, a study by Kelby University: its author speaks)
	}
	if (t == article.NN || t == article.NNS) && !(f.capitalized(j-1) && entities.IsTitle(f.text(j-1))) ||
		t == article.NNP && f.mentionAt[j-1] < 0 && roleNouns[f.lower(j-1)] && j-2 >= lo && f.lower(j-2) == "the" {
		// (a role written as a title too: The Dean of Kelby Foods, the
		// Very Rev Ann Moss,; not a title's own "of", whatever its tag:
		// Inspector/NN of Constabulary Roy Wilsher)
		return true
	}
	// or after a participle that qualifies the noun, when the object is
	// a place (residents living near the plant, passengers stranded
	// overnight at the airport), not an agent or a client (a report
	// released by the Brookings Institution names who speaks)
	if w := f.lower(j); w == "by" || w == "for" {
		return false
	}
	k := j - 1
	if (t == article.RB || f.lower(k) == "overnight") && k-1 > lo { // (overnight/JJ as the tagger may read it)
		k--
	}
	return f.modifier(k) || f.stranded(k)
}

// attributive reports whether the name ending before token k, inside a
// phrase ending before hi, only qualifies the common noun after it, the
// phrase's head: A Vela spokeswoman, a Kremlin official (not Kremlin
// spokesman Dmitry Peskov, where a name follows).
func (f *finder) attributive(k, hi int) bool {
	if f.capitalized(k) || !f.a.Tokens[k].Tag.IsNoun() {
		return false
	}
	return !f.personIn(k, hi)
}

// nameIn returns the first person or organization mention that starts in
// tokens lo..hi, or -1.
func (f *finder) nameIn(lo, hi int) int {
	for k := lo; k < hi; k++ {
		if mi := f.mentionAt[k]; mi >= 0 && f.ents.Mentions[mi].Tokens.First == k {
			if l := f.ents.Mentions[mi].Label; l == entities.Person || l == entities.Org {
				return mi
			}
		}
	}
	return -1
}

// relativeAside reports whether sp is a relative pronoun set off by a
// comma, a dash or a bracket, or the noun phrase a "whose" so set off
// owns: the subject of an aside, not of the sentence.
func (f *finder) relativeAside(sp article.Range) bool {
	w := f.lower(sp.First)
	if sp.First > 1 && f.lower(sp.First-1) == "whose" && antecedentMark(f.text(sp.First-2)) {
		return true // (Tom Garvey, whose state's farmers were hit, said …: the noun "whose" owns)
	}
	return sp.Last-sp.First == 1 && sp.First > 0 && relatives[w] && w != "that" && antecedentMark(f.text(sp.First-1))
}

// opensClause reports whether token k opens sentence sent, or follows
// only its opening conjunction (But lawyers …, And his rival …).
func (f *finder) opensClause(k int, sent article.Range) bool {
	return k == sent.First || k == sent.First+1 && f.a.Tokens[sent.First].Tag == article.CC
}

// asideClosed reports whether the relative clause opening at token p
// ends before token e: its verb came, then a comma and the main clause's
// verb (which is also the post office, was put up …), not a comma inside
// the clause before its verb (whose hometown, Leeds, is flooding).
func (f *finder) asideClosed(p, e int) bool {
	verb := false
	for n := p + 1; n+1 < e; n++ {
		if f.text(n) == "," && verb && (f.a.Tokens[n+1].Tag.IsFinite() || f.a.Tokens[n+1].Tag == article.MD) {
			return true
		}
		verb = verb || f.a.Tokens[n].Tag.IsFinite() || f.a.Tokens[n].Tag == article.MD
	}
	return false
}

// antecedentMark reports whether punctuation w may stand between a
// relative pronoun and the phrase it stands for (a hyphen alone is a dash
// typed as one: Sandell - who …).
func antecedentMark(w string) bool {
	switch w {
	case ",", "—", "–", "--", "-", "(":
		return true
	}
	return false
}

func (f *finder) subjectAt(k int, sent article.Range, depth int) (sp, antecedent article.Range, ok bool) {
	if r, ok := f.quotedAs(k, sent); ok {
		return r, article.Range{}, true
	}
	v := k
	if j := k - 1; j >= sent.First && standaloneSpeakers[f.lower(j)] && !weakCues[f.lower(k)] && (j == sent.First || f.text(j-1) == "," || clauseJoiners[f.lower(j-1)]) {
		// One said the ban was "a bit much", while another said …: a
		// determiner standing alone for one of the people before
		return article.Range{First: j, Last: k}, article.Range{}, true
	}
	if k-1 == sent.First && f.a.Tokens[k-1].Tag == article.RB && !auxiliaries[f.lower(k-1)] && f.capitalized(k-1) && f.a.Tokens[k-1].Kind == article.Word {
		// Jolly/RB said …: a name the tagger took for an adverb
		return article.Range{First: k - 1, Last: k}, article.Range{}, true
	}
	for n := 0; n < 6 && v > sent.First; n++ {
		t := f.a.Tokens[v-1]
		if t.Tag == article.RB && f.mentionAt[v-1] < 0 || t.Tag == article.MD || auxiliaries[f.lower(v-1)] || // (not a name's last word: Warm Homes Now/RB said)
			f.participle(k) && aspectVerbs[f.lower(v-1)] {
			v-- // kept asking, began saying
			continue
		}
		if n == 0 && f.participle(k) && perceivedVerbs[f.lower(v-1)] && v-2 > sent.First && auxiliaries[f.lower(v-2)] {
			v-- // Hale can be heard telling donors …: who is heard speaks
			continue
		}
		if reflexives[f.lower(v-1)] && v-2 >= sent.First && f.a.Tokens[v-2].Tag.IsNoun() {
			v-- // Vela himself said …
			continue
		}
		if t.Tag == article.VBN && v-2 >= sent.First && (f.a.Tokens[v-2].Tag.IsNoun() || f.lower(v-2) == "those") && n == 0 && !f.isCue(v-1) {
			v-- // 56 percent of voters polled said …, those surveyed said …
			continue
		}
		if timeWords[f.lower(v-1)] && v-2 > sent.First && f.mentionAt[v-1] < 0 {
			v-- // Priestley later Thursday told …
			if timeLeads[f.lower(v-1)] {
				v--
			}
			continue
		}
		if d := f.duringBefore(v, sent); d > sent.First {
			v = d // Sandell during a rally thanked …
			continue
		}
		// used his Christmas Day sermon to call for …, took the chance to
		// say: the purpose's subject is the verb's, before its object
		if t.Tag == article.TO && v-2 > sent.First {
			if j := f.purposeVerb(v-1, sent); j > 0 {
				v = j
				continue
			}
		}
		// went on to say, began by saying, declined to say
		if (t.Tag == article.TO || f.lower(v-1) == "by") && v-1 > sent.First {
			p := v - 2
			if (f.a.Tokens[p].Tag == article.RP || f.lower(p) == "on") && p > sent.First {
				p--
			}
			if f.lower(p) == "as" && p-3 > sent.First && f.lower(p-1) == "far" && f.lower(p-2) == "so" {
				p -= 3 // went so far as to say
			}
			if w := f.lower(p); (w == "likely" || w == "unlikely") && p > sent.First {
				// voters are slightly more likely to say …: over the
				// comparison to the copula, whose subject speaks
				q := p - 1
				for q > sent.First && q > p-4 && (f.a.Tokens[q].Tag == article.RB || f.a.Tokens[q].Tag == article.RBR || f.a.Tokens[q].Tag == article.JJR) {
					q--
				}
				if auxiliaries[f.lower(q)] && q > sent.First {
					v = q
					continue
				}
			}
			tg := f.a.Tokens[p].Tag
			if f.hedgeBefore(v-1, sent) == p {
				v = p // is understood/JJ to have told: over the hedge, to its "is"
				continue
			}
			if tg == article.VBD || tg == article.VBZ || tg == article.VBP || tg == article.VBG ||
				tg == article.VBN && p > sent.First && (auxiliaries[f.lower(p-1)] || f.a.Tokens[p-1].Tag.IsNoun()) { // was prompted to say; the official responded/VBN by saying
				v = p
				continue
			}
		}
		break
	}
	// Rep. Hakeem Jallow (D-N.Y.) said: the party and state are an aside
	// (a comma after it too: Sen. Jack Reeve (D-R.I.), said).
	if close := v - 1; close > sent.First && (f.text(close) == ")" || f.text(close) == "," && close-1 > sent.First && f.text(close-1) == ")") {
		if f.text(close) == "," {
			close--
		}
		if p := f.openBracket(close, sent.First); p >= 0 {
			// (not a verb's object: Leclerc, who leads the National
			// Farmers Union (NFU), said)
			if s := f.npBefore(p, sent.First); s < p && (s == sent.First || !f.a.Tokens[s-1].Tag.IsVerb()) {
				return article.Range{First: s, Last: p}, article.Range{}, true
			}
		}
	}
	cc := v - 1
	if s := f.npBefore(v, sent.First); s < v && s-2 > sent.First && f.a.Tokens[s-1].Tag == article.IN && f.a.Tokens[s-2].Tag == article.CC && (f.lower(s-2) == "but" || f.text(s-3) == ",") &&
		!f.speaks(article.Range{First: s, Last: v}) && !subordinators[f.lower(s-1)] {
		// …, but in a later interview said: a phrase after the "but"
		// (not officials in the FBI and at the department said, nor
		// a clause's subject: and as Corley noted)
		cc = s - 2
	}
	if cc > sent.First && f.a.Tokens[cc].Tag == article.CC && depth == 0 {
		// Adlerson met with Dravick and declared …: the subject of the
		// sentence's first verb, after an opening subordinate clause
		// (When asked whom she backed, Ms. Lee smiled and said …).
		var rel, relAnte article.Range // an aside's relative pronoun, if no later verb has a subject
		for p := f.mainClauseFirst(sent, cc); p < cc && p < sent.First+maxLead; p++ {
			if t := f.a.Tokens[p].Tag; t == article.VBD || t == article.VBZ || t == article.VBP ||
				t == article.VBN && p-1 >= sent.First && f.a.Tokens[p-1].Tag.IsNoun() { // Giles attempted/VBN … and said
				sp, ante, ok := f.subjectAt(p, sent, 1)
				if ok && f.relativeAside(sp) && f.some(p+1, cc, func(j int) bool { return antecedentMark(f.text(j)) && f.text(j) != "(" || f.text(j) == ")" }) {
					// Ann Lee, who was not involved, called … but warned
					// …: the aside's verb, closed before the "but" (not
					// Lee, who met Vela and said …)
					if rel.Last == rel.First {
						rel, relAnte = sp, ante
					}
					continue
				}
				if ok && !f.speaks(standsFor(sp, ante)) && !(f.personHeaded(sp) && f.a.Tokens[k].Tag.IsFinite()) {
					// It has become such a presence that Sandell
					// thanked … and called …: when the first verb's
					// subject cannot speak, the nearest verb's that can
					// (but a person's description before a finite cue
					// keeps it: A spokesperson said the UK was … and
					// pointed to …)
					for x := cc - 1; x > p && x > v-maxLead; x-- {
						if f.finite(x, sent) && !f.quoted[x] {
							if sp2, ante2, ok2 := f.subjectAt(x, sent, 1); ok2 && f.speaks(standsFor(sp2, ante2)) {
								return sp2, ante2, true
							}
						}
					}
				}
				if !ok && rel.Last > rel.First {
					return rel, relAnte, true
				}
				if f.lower(cc) != "and" || !f.a.Tokens[k].Tag.IsFinite() {
					return sp, ante, ok
				}
				if sp2, ante2, ok2 := f.thatClauseSubject(p, cc, sent); ok2 {
					return sp2, ante2, true
				}
				return sp, ante, ok
			}
		}
		return rel, relAnte, rel.Last > rel.First
	}
	if f.participle(k) && v > sent.First && (f.text(v-1) == "," || v-2 > sent.First && f.a.Tokens[v-1].Kind == article.CloseQuote && f.text(v-2) == ",") {
		// …, shouting “…”: a participle's subject is the sentence's, not
		// the phrase before its comma; the nearest cue's before it when
		// there is one (“…,” he said, adding, “…”).
		if depth == 0 {
			if sp, ante, ok := f.nearestCueSubject(sent, v-1); ok {
				return sp, ante, true
			}
			if sp, ante := f.mainSubject(sent, v-1); sp.Last > sp.First {
				return sp, ante, true
			}
		}
		return article.Range{}, article.Range{}, false
	}
	if depth == 0 && f.participle(k) {
		// wrote to parents on Friday saying …: over phrases of a
		// preposition and its object, the verb's subject
		if p := f.verbOverAdjuncts(k, sent); p >= 0 {
			if sp, ante, ok := f.subjectAt(p, sent, 1); ok && (f.speaks(standsFor(sp, ante)) || f.isCue(p) && f.a.Tokens[sp.Last-1].Tag == article.PRP) {
				return sp, ante, true
			}
		}
	}
	if v > sent.First {
		switch f.a.Tokens[v-1].Tag {
		case article.WDT, article.WP:
			if f.lower(v-1) == "what" {
				// What do you think of …: a question's word, no speaker
				return article.Range{}, article.Range{}, false
			}
			sp = article.Range{First: v - 1, Last: v}
			if a := f.npBefore(v-1, sent.First); a < v-1 {
				antecedent = article.Range{First: a, Last: v - 1}
			} else if v-2 > sent.First && antecedentMark(f.text(v-2)) {
				// Mike Leland, who said; Graham—who had said; David Duckett
				// (who said
				if a := f.npBefore(v-2, sent.First); a < v-2 {
					antecedent = article.Range{First: a, Last: v - 2}
					if w := f.lower(v - 1); (w == "who" || w == "whom") && a-1 > sent.First && f.lower(a-1) == "of" && !f.personIn(a, v-2) {
						// Ann Lee of the University of Leeds, who …; the
						// general secretary of the Unite union, who …: the
						// person or role before "of" (not no mention of
						// Jed Heath)
						if b := f.npBefore(a-1, sent.First); b < a-1 && (f.personIn(b, a-1) || roleNouns[f.lower(a-2)]) {
							antecedent.First = b
						}
					} else if (w == "who" || w == "whom") && a-1 > sent.First && f.a.Tokens[a-1].Tag == article.IN && f.placeAside(a, v-2) {
						// One mother from Leeds, who …: the phrase the
						// place qualifies, not the place
						if b := f.npBefore(a-1, sent.First); b < a-1 && f.a.Tokens[a-2].Tag.IsNoun() {
							antecedent.First = b
						}
					}
					if m, ok := f.apposedPerson(v-1, sent.First); ok && f.lower(v-1) == "who" {
						// Jed Marlow, the creator of Line of Duty, who
						// …: the person the description is set off beside
						antecedent = m
					}
				}
			}
			return sp, antecedent, true
		}
	}
	// A senior official who spoke on condition of anonymity said …: the
	// phrase the relative clause qualifies, with the clause.
	if s, ok := f.relativeHead(v, sent); ok && !f.participle(k) {
		return article.Range{First: f.headOf(s, v, sent), Last: f.placeAdverbsAfter(v, k)}, article.Range{}, true
	}
	// Six in 10 say …, two of three said …, nine out of 10 say …,
	// majorities in all five say …
	if s := f.countStart(v, sent.First); s >= 0 {
		return article.Range{First: s, Last: v}, article.Range{}, true
	}
	// most of them said …, some of us say …, 29 percent of them said …
	if v-3 >= sent.First && f.a.Tokens[v-1].Tag == article.PRP && f.lower(v-2) == "of" {
		if quantifiers[f.lower(v-3)] {
			return article.Range{First: v - 3, Last: v}, article.Range{}, true
		}
		if w := f.lower(v - 3); w == "percent" || w == "%" || shareWords[w] || f.a.Tokens[v-3].Tag == article.CD {
			if s := f.npBefore(v-2, sent.First); s < v-2 {
				return article.Range{First: s, Last: v}, article.Range{}, true
			}
		}
	}
	subj := f.npBefore(v, sent.First)
	if subj == v && v > sent.First && (quantifiers[f.lower(v-1)] || f.countOfPeople(v-1, k)) &&
		(v-1 == sent.First || f.a.Tokens[v-2].Kind == article.Punct || f.a.Tokens[v-2].Tag == article.CC || f.lower(v-2) == "of") {
		subj = v - 1 // Some said …, and several said …, a third of those (surveyed) say …; Of the firms, 56 said …
	}
	// A phrase before the cue with a word before it: for a participle, what
	// that word makes of the phrase tells whose the participle is.
	inner := subj < v && subj > sent.First
	with := subj // the phrase after "with", over a comparison of its count (with more than 60 backbenchers threatening …)
	if inner && subj-3 > sent.First && f.lower(subj-1) == "than" && (f.lower(subj-2) == "more" || f.lower(subj-2) == "fewer") {
		with = subj - 2
	}
	if f.participle(k) && inner && f.lower(with-1) == "with" &&
		(with-1 == sent.First || f.text(with-2) == ",") {
		// …, with Dravick reportedly yelling “…”: the participle's own
		// subject, after "with"
		return article.Range{First: with, Last: v}, article.Range{}, true
	}
	if w := f.lower(k); f.participle(k) && inner && v == k && f.lower(subj-1) == "from" && (!infinitiveCues[w] || objectCues[w]) && f.sourceNoun(article.Range{First: subj, Last: v}) {
		// a call from someone saying …, a letter from the council
		// saying …: who the call or letter came from says it (not a
		// video from the group threatening an attack: no words)
		return article.Range{First: subj, Last: v}, article.Range{}, true
	}
	if f.participle(k) && inner && v == k && mediumNouns[f.lower(v-1)] && finderVerbs[f.lower(subj-1)] && f.a.Tokens[subj-1].Tag.IsVerb() {
		// Joan Lee produced emails suggesting …: documents someone
		// found or showed, not wrote, say it themselves
		return article.Range{First: subj, Last: v}, article.Range{}, true
	}
	if f.participle(k) && depth == 0 && (subj == v && v > sent.First && !f.a.Tokens[v-1].Kind.IsQuote() ||
		inner && (f.a.Tokens[subj-1].Tag == article.IN ||
			(mediumNouns[f.lower(v-1)] || eventNouns[f.lower(v-1)]) && f.verbBefore(subj, sent) ||
			addressVerbs[f.lower(subj-1)] && f.a.Tokens[subj-1].Tag.IsVerb())) {
		// Sandell was on CNN talking about …; the town released a
		// statement Wednesday saying …; Dravick issued a statement saying
		// …; Sandell started the debate saying …; Hale emailed supporters
		// saying …: the participle is the sentence subject's, not the
		// object of "on", a time's, the statement's, the event's or the
		// addressee's; in a clause of its own after a comma and a
		// conjunction, that clause's (…, but the club posted a message
		// on social media saying …).
		if sp, ante := f.joinedClauseSubject(sent, subj); sp.Last > sp.First {
			return sp, ante, true
		}
		if sp, ante := f.mainSubject(sent, subj); sp.Last > sp.First {
			return sp, ante, true
		}
		return article.Range{}, article.Range{}, false
	}
	if subj == v && v-1 > sent.First && f.text(v-1) == "," {
		// Tom Hale, whose hometown, Leeds, is flooding, argues …;
		// Veltro, which is based in San Jose, California, said …: the
		// phrase before a relative aside, over the commas inside it
		for p := v - 2; p > sent.First+1 && p > v-40; p-- {
			if f.a.Tokens[p].Kind.IsQuote() || f.a.Tokens[p].Kind == article.Dash {
				break
			}
			if t := f.a.Tokens[p].Tag; (t == article.WP || t == article.WPS || t == article.WDT && f.lower(p) == "which") && f.text(p-1) == "," {
				if f.asideClosed(p, v-1) {
					break // The shop, which is also the post office, was put up for sale when its owners, Jim and Sue Beddoes, announced …
				}
				if name, ok := f.whoseNamed(p, v); ok {
					return name, article.Range{}, true
				}
				s2 := f.npBefore(p-1, sent.First)
				if s2 == p-1 && p-2 == sent.First && (f.a.Tokens[p-2].Tag == article.CD || f.lower(p-2) == "one" || f.lower(p-2) == "another") {
					s2 = p - 2 // One (Another), who asked not to be named, told …: one of those named before
				}
				if s, ok := f.relativeHead(p-1, sent); ok && s2 == p-1 {
					// A woman who lives nearby, who asked not to be
					// named, said: a phrase with a relative clause of
					// its own before the aside
					s2 = s
				}
				if s2 < p-1 {
					end := p - 1
					if f.partyTag(article.Range{First: s2, Last: end}) && s2-1 > sent.First && f.text(s2-1) == "," {
						// Sen. Ann Lee, R-Texas, who …: over the party
						// and state
						if s3 := f.npBefore(s2-1, sent.First); s3 < s2-1 {
							s2, end = s3, s2-1
						}
					}
					h := f.headOf(s2, end, sent)
					if !f.personIn(h, end) {
						// Jonas Peltier, a fund manager at Arbor Capital,
						// which holds shares …, said; Paul Potterton, a
						// truck driver from Ava, Mo., who …, said: the
						// person named before the description the aside
						// is about (not a name after a preposition);
						// Ann Lee, of the University of Leeds, who …:
						// over the place she is of
						c := h - 1
						if c > sent.First && f.a.Tokens[c].Tag == article.DT {
							c--
						}
						if c-1 > sent.First && f.a.Tokens[c].Tag == article.IN && !subordinators[f.lower(c)] && f.text(c-1) == "," { // (not …, while another head, who …, told: a clause's subject)
							c--
						} else {
							c = h - 1
						}
						for tries := 0; tries < 3 && c > sent.First && f.text(c) == ","; tries++ {
							s3 := f.npBefore(c, sent.First)
							if f.personNotObject(s3, c, sent) {
								return article.Range{First: s3, Last: c}, article.Range{}, true
							}
							next := s3 - 1
							for next > sent.First && next > s3-12 && f.text(next) != "," {
								next--
							}
							c = next
						}
					}
					// (Kate and Ryan Moss, whose son …, said: both)
					return article.Range{First: f.joinedSubject(h, sent), Last: end}, article.Range{}, true
				}
				break
			}
		}
	}
	if subj == v && v-1 > sent.First && (f.text(v-1) == "," || f.a.Tokens[v-1].Kind == article.Dash) {
		// Dravick, the Republican nominee, said …; Many speakers — Muslims,
		// Christians, Jews — said …
		// Over up to three asides: Yin May, 60, a doctor, said; Rep.
		// Bobby Scobie (D-Va.), a negotiator, said.
		dash := f.a.Tokens[v-1].Kind == article.Dash
		asides := 0
		for p := v - 2; p > sent.First && p > v-40; p-- {
			if !dash && f.text(p) == "," || dash && f.a.Tokens[p].Kind == article.Dash {
				end := p
				if f.text(end-1) == ")" {
					if q := f.openBracket(end-1, sent.First); q >= 0 {
						end = q
					}
				}
				s2 := f.npBefore(end, sent.First)
				if s2 == end && end-3 >= sent.First && f.lower(end-2) == "of" && f.a.Tokens[end-1].Tag == article.PRP &&
					(quantifiers[f.lower(end-3)] || f.a.Tokens[end-3].Tag == article.CD) {
					s2 = end - 3 // One of them, Kieran Doyle, said
				}
				if s2 == end && end-1 == sent.First && (f.a.Tokens[end-1].Tag == article.CD || f.lower(end-1) == "one" || f.lower(end-1) == "another") {
					s2 = end - 1 // One (Another), speaking on condition of anonymity, said: one of those named before
				}
				if s2 < end && !dash && f.placeAside(s2, end) && f.placeAside(end+1, v-1) && f.commaIn(sent.First, s2) {
					continue // The company, based in Austin, Texas, said: a city and its state in an aside, one place
				}
				if s2 < end && !dash && s2-2 > sent.First && (f.lower(s2-1) == "of" || f.lower(s2-1) == "from") && f.text(s2-2) == "," {
					// Connor Blake, 29, of Mill Lane, Hadley, said: an
					// address set off after the name, one aside
					p = s2 - 1
					if asides++; asides == 3 {
						break
					}
					continue
				}
				if s2 < end {
					// (the phrase before the aside, or the one it heads
					// when that is a body after "of": The general
					// secretary of the Rail Workers' Union, Tony Maddern,)
					h := f.headOf(s2, end, sent)
					if asides == 0 && !dash && (f.nameInApposition(article.Range{First: s2, Last: end}, end+1, v-1) ||
						f.personEndingAt(v-1) >= 0 && f.nameInApposition(article.Range{First: h, Last: end}, end+1, v-1)) {
						return article.Range{First: f.headOf(s2, v-1, sent), Last: v - 1}, article.Range{}, true
					}
					if asides == 0 && !dash && h-1 > sent.First && f.text(h-1) == "," && !f.personIn(h, end) && f.placeAside(end+1, v-1) {
						// Ann Lee, a labor economist at the University of
						// California, Berkeley, said: the person before
						// the description, over the place that ends it
						if s3 := f.npBefore(h-1, sent.First); f.personNotObject(s3, h-1, sent) {
							return article.Range{First: s3, Last: h - 1}, article.Range{}, true
						}
					}
					// (Sam and Priya Holloway, from Sheffield, said: both)
					return article.Range{First: f.joinedSubject(h, sent), Last: end}, article.Range{}, true
				}
				if asides++; dash || asides == 3 {
					break
				}
			}
			if f.a.Tokens[p].Kind.IsQuote() {
				// Ruiz, whose film “Salt” won, said: over a title in
				// marks inside the aside, not over a quotation
				if o := f.titleOpening(p, sent.First); o > sent.First {
					p = o
					continue
				}
				break
			}
		}
	}
	if subj == v {
		return article.Range{}, article.Range{}, false
	}
	first := f.joinedSubject(f.contactSubject(f.headOf(subj, v, sent), v), sent)
	if f.a.Tokens[first].Tag == article.CD {
		if s := f.countStart(first+1, sent.First); s >= 0 {
			first = s // two in three likely voters said: the count they are
		}
	}
	return article.Range{First: first, Last: v}, article.Range{}, true
}

// countOfPeople reports whether token n, a number before the cue at k,
// counts those who speak (Of the firms, 56 said …): digits or a word of a
// number, no year (1990 to 2099), and no participle read as the cue before
// a plural (60 pledged delegates).
func (f *finder) countOfPeople(n, k int) bool {
	w := f.text(n)
	if f.a.Tokens[n].Tag != article.CD || k+1 < len(f.a.Tokens) && f.a.Tokens[k+1].Tag == article.NNS {
		return false
	}
	if strings.IndexFunc(w, func(r rune) bool { return r < '0' || r > '9' }) >= 0 {
		return strings.IndexFunc(w, func(r rune) bool { return r < 'a' || r > 'z' }) < 0 // (five, twelve; not 52PMBush)
	}
	return !(len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")))
}

// countStart returns where a count of people ending before token v
// starts, not before lo: a number, "in", "of" or "out of", maybe a
// determiner, and a number (six in 10, two of three, nine out of 10), or
// a plural share before the preposition (majorities in all five, most of
// the 12); -1 if the words before v are no such count.
func (f *finder) countStart(v, lo int) int {
	p := v - 1
	if p <= lo || f.a.Tokens[p].Tag != article.CD {
		return -1
	}
	p--
	if countDeterminer(f.lower(p)) && p > lo {
		p-- // in all five, of the 12
	}
	if w := f.lower(p); w != "in" && w != "of" || p <= lo {
		return -1
	}
	if p-1 > lo && f.lower(p) == "of" && f.lower(p-1) == "out" {
		p-- // nine out of 10
	}
	if n := p - 1; f.numeral(n) || shareWords[f.lower(n)] {
		return n
	}
	return -1
}

// numeral reports whether token k is a number, in figures or words.
func (f *finder) numeral(k int) bool {
	t := f.a.Tokens[k]
	return t.Tag == article.CD || t.Kind == article.Number || numberWords[f.lower(k)]
}

// countDeterminer reports whether w may stand between a count's
// preposition and its number (in all five, of the 12).
func countDeterminer(w string) bool { return w == "all" || w == "the" || w == "each" }

// subjectAfter returns where a subject starting at token n ends, before
// e: a noun phrase or a count of people (six in 10, a third); n if none
// starts there.
func (f *finder) subjectAfter(n, e int) int {
	return max(f.npAfter(n, e), f.countEnd(n, e))
}

// countEnd returns where a count of people starting at token n ends,
// before e: a number or a share (a third, most, majorities), maybe "in",
// "of" or "out of" and a number (six in 10, nine out of 10, most of the
// 12, majorities in all five) or "of" and what is shared (half of those
// polled); n if none starts there.
func (f *finder) countEnd(n, e int) int {
	p := n
	if p+1 < e && f.lower(p) == "a" && shareWords[f.lower(p+1)] {
		p += 2 // a third, a majority
	} else if p < e && (f.numeral(p) || shareWords[f.lower(p)]) {
		p++
	} else {
		return n
	}
	if p+1 < e && f.lower(p) == "out" && f.lower(p+1) == "of" {
		p++ // nine out of 10
	}
	if p+1 >= e || f.lower(p) != "in" && f.lower(p) != "of" {
		return p
	}
	q := p + 1
	if countDeterminer(f.lower(q)) && q+1 < e && f.a.Tokens[q+1].Tag == article.CD {
		q++
	}
	if f.a.Tokens[q].Tag == article.CD {
		return q + 1
	}
	if f.lower(p) == "of" {
		if end := f.npAfter(q, e); end > q {
			return end // half of those polled, a third of the teachers
		}
	}
	return p
}

// shareWords are the words for a share of the people counted after them
// (majorities in all five, most of the 12).
var shareWords = map[string]bool{"majorities": true, "majority": true, "most": true, "half": true, "all": true, "many": true, "some": true, "few": true, "third": true, "quarter": true, "thirds": true, "quarters": true, "minority": true}

// joinedSubject returns where a subject starting at subj starts when an
// "and" or "or" before it joins another noun phrase to it that opens the
// sentence (maybe after its "But") or follows its comma or dash (…,
// union members and leaders say, …); else subj. (Not after a verb: Lee met Vela and aides said …
// joins two clauses.)
func (f *finder) joinedSubject(subj int, sent article.Range) int {
	if subj-2 < sent.First || (f.lower(subj-1) != "and" && f.lower(subj-1) != "or") {
		return subj
	}
	if f.text(subj-2) == "," && subj-3 > sent.First {
		// Its president, Nick Clement, and its legal chief, Ann Lee, said:
		// a person set off after a description, then "and"
		if mi := f.mentionAt[subj-3]; mi >= 0 && f.ents.Mentions[mi].Label == entities.Person && f.ents.Mentions[mi].Tokens.Last == subj-2 {
			s0 := f.ents.Mentions[mi].Tokens.First
			if t := f.a.Tokens[max(s0-2, 0)].Tag; s0-2 > sent.First && f.text(s0-1) == "," && (t == article.NN || t == article.NNS) {
				// (a description before the name, not a list of names:
				// President Obiora, Harriet Carrow, and other Democrats)
				if d := f.headOf(f.npBefore(s0-1, sent.First), s0-1, sent); d < s0-1 && (d == sent.First || f.text(d-1) == ",") && !f.personIn(d, s0-1) {
					return d
				}
			}
		}
		return subj
	}
	s0 := f.npBefore(subj-1, sent.First)
	if s0 == subj-1 || !f.a.Tokens[subj-2].Tag.IsNoun() {
		return subj
	}
	if f.opensClause(s0, sent) || f.text(s0-1) == "," || f.a.Tokens[s0-1].Kind == article.Dash {
		// Shelter, Crisis and St Mungo's said: a list of names, back over
		// its commas
		for n := 0; n < 4 && s0-2 >= sent.First && f.text(s0-1) == "," && f.a.Tokens[s0-2].Tag.IsProperNoun() && !f.timeWord(s0-2); n++ {
			s1 := f.npBefore(s0-1, sent.First)
			if s1 == s0-1 || !(s1 == sent.First || f.text(s1-1) == ",") {
				break
			}
			s0 = s1
		}
		return s0
	}
	return subj
}

// measureNouns count or group the plural after them (a dozen officials).
var measureNouns = wordList("measure")

// contactSubject returns where the subject of a verb at v starts when
// the phrase from subj is a noun with "a" or "an" and then the plural
// subject of a relative clause with no pronoun (…, a charge officials
// denied; a claim city engineers rejected): the plural phrase, which "a"
// cannot head. Else subj.
func (f *finder) contactSubject(subj, v int) int {
	if f.a.Tokens[v-1].Tag != article.NNS {
		return subj
	}
	first := subj // where the plural phrase opens, once the walk reaches the verb
	for s := subj + 2; s < v; s++ {
		if t := f.a.Tokens[s].Tag; !t.IsNoun() && t != article.JJ && t != article.CD {
			return subj // (a wide array of economists: no clause's subject; nor A senior official briefed/NN on the talks said: nouns alone up to the verb)
		}
		if first == subj && f.contactLead(s) == subj {
			first = s
		}
	}
	return first
}

// contactLead returns where the noun a contact clause's subject starting
// at s follows opens with "a" or "an" (a charge | officials denied), or
// s when none does.
func (f *finder) contactLead(s int) int {
	k := s - 1
	if k < 1 || f.a.Tokens[k].Tag != article.NN || measureNouns[f.lower(k)] {
		return s
	}
	for k--; k > 0 && k >= s-5 && (f.a.Tokens[k].Tag == article.JJ || f.a.Tokens[k].Tag == article.RB); k-- {
	}
	if w := f.lower(k); w == "a" || w == "an" {
		return k
	}
	return s
}

// relativeHead returns where the noun phrase starts that a relative
// clause ending before token v qualifies, when the clause has a verb of
// its own (A senior official who spoke on condition of anonymity said;
// Officials who asked not to be named said): that phrase, with the
// clause, is the subject of the verb at v. It looks back at most 15
// tokens, over words alone.
func (f *finder) relativeHead(v int, sent article.Range) (int, bool) {
	if v-1 > sent.First && f.a.Tokens[v-1].Tag == article.PRP {
		switch f.lower(v - 1) {
		case "he", "she", "they", "we", "i":
			// Groups that backed the plan say they believe …: a
			// subject of its own, which no relative clause's verb takes
			// as its object
			return 0, false
		}
	}
	verb := false // a verb stands between r and v
	for r := v - 1; r > sent.First && r >= v-15; r-- {
		if !f.wordish(r) {
			return 0, false
		}
		t := f.a.Tokens[r]
		if subordinators[f.lower(r)] && t.Tag == article.IN && !f.a.Tokens[r+1].Tag.IsVerb() && !f.asPreposition(r) && !verb {
			// (… images as the party seeks to …: a clause whose subject
			// is the cue's own; not after being asked, nor who died
			// after his car was hit by a lorry, whose clause ends before
			// the cue, nor from as far as Japan)
			return 0, false
		}
		if f.relativePronoun(r) || f.lower(r) == "where" {
			// (A man whose car was stolen twice said; Workers at a
			// home where five residents died say: the place's clause)
			if !verb || f.lower(r) == "where" && !f.relativeWhere(r) {
				return 0, false // (and where polls show: the clause's own cue)
			}
			if s := f.npBefore(r, sent.First); s < r {
				return s, true
			}
			return 0, false
		}
		if verb && r-1 >= sent.First && f.participleWithClause(r) {
			// The widow of a pilot killed when his aircraft came down
			// in a field has called for …: a participle on the noun,
			// and a clause of time after it, are the phrase's
			if s := f.npBefore(r, sent.First); s < r {
				return s, true
			}
			return 0, false
		}
		verb = verb || t.Tag.IsVerb()
	}
	return 0, false
}

// participleClause are the subordinators of time that may follow a
// participle on a noun (a pilot killed when …, a man arrested after …).
var participleClause = map[string]bool{"when": true, "after": true, "while": true, "before": true}

// participleWithClause reports whether token k is a participle right after
// a noun with a subordinator of time after it (a pilot killed when …):
// the noun's modifier and its clause, part of a phrase, no verb of its
// own. k is past the first token.
func (f *finder) participleWithClause(k int) bool {
	return f.a.Tokens[k].Tag == article.VBN && k+1 < len(f.a.Tokens) && participleClause[f.lower(k+1)] && f.a.Tokens[k-1].Tag.IsNoun()
}

// asPreposition reports whether the "as" at token r is the second of "as
// far as", "such as", "as well as" and the like: a preposition, no
// clause's subordinator.
func (f *finder) asPreposition(r int) bool {
	if f.lower(r) != "as" || r == 0 {
		return false
	}
	switch f.lower(r - 1) {
	case "far", "such", "well", "long", "soon", "much", "many":
		return true
	}
	return false
}

// placeAdverbs are adverbs of place, and of how often, that end a
// relative clause (A man who lives nearby said; A man whose car was
// stolen twice said): the subject phrase's, where other adverbs before a
// cue (also, later) are the verb's.
var placeAdverbs = map[string]bool{"nearby": true, "locally": true, "abroad": true, "overseas": true,
	"elsewhere": true, "there": true, "here": true, "downstairs": true, "upstairs": true, "opposite": true, "twice": true, "once": true}

// timeLeads are the words that lead a time word (on Friday, last week,
// this morning, late Friday, early on Saturday): the subject search
// steps back over them with the time word, and a relative clause's end
// takes them in.
var timeLeads = map[string]bool{"on": true, "last": true, "this": true, "late": true, "early": true}

// placeAdverbsAfter returns where the adverbs of place or time from token
// v on, before the cue at k, end: the end of a relative clause that the
// subject search stepped back over (who lives nearby, who died on Friday,
// who died early on Saturday).
func (f *finder) placeAdverbsAfter(v, k int) int {
	for v < k {
		switch w := f.lower(v); {
		case placeAdverbs[w], timeWords[w]:
			v++
		case timeLeads[w] && v+1 < k && (timeWords[f.lower(v+1)] || timeLeads[f.lower(v+1)]):
			v++ // (who died on Friday have paid tribute)
		default:
			return v
		}
	}
	return v
}

// relativeCue reports whether the cue at k is the verb of a relative
// clause in the subject of a cue after it (A White House official who
// spoke anonymously to discuss strategy said Wednesday, “…”): the later
// cue reports, not this one.
func (f *finder) relativeCue(k int, sent article.Range) bool {
	for c := k + 1; c < sent.Last && c <= k+15; c++ {
		if !f.wordish(c) {
			return false
		}
		t := f.a.Tokens[c]
		if f.isCue(c) && (t.Tag == article.VBD || t.Tag == article.VBZ || t.Tag == article.VBP) {
			s, ok := f.relativeHead(c, sent)
			return ok && s < k
		}
	}
	return false
}

// openBracket returns the "(" that the ")" at token close closes, within
// eight tokens and after token lo, or -1: the party and state of "Rep.
// Hakeem Jallow (D-N.Y.)".
func (f *finder) openBracket(close, lo int) int {
	for p := close - 1; p > lo && p > close-9; p-- {
		if f.text(p) == "(" {
			return p
		}
	}
	return -1
}

// closeBracket returns the ")" that closes the "(" at token open, within
// eight tokens and before token hi, or -1.
func (f *finder) closeBracket(open, hi int) int {
	for p := open + 1; p < hi && p < open+9; p++ {
		if f.text(p) == ")" {
			return p
		}
	}
	return -1
}

// headOf returns where the noun phrase starting at subj starts when it
// is the object of "of", "for", "at", "from", "with" or "in" after another
// ("a spokesperson for the department", "many speakers at the service",
// "officials in London"), or the second of two such objects joined by
// "and" (analysts at Goldman Sachs and the Brookings Institution): the
// first phrase's start; else subj. The phrase ends before v.
func (f *finder) headOf(subj, v int, sent article.Range) int {
	if subj-1 > sent.First && (f.lower(subj-1) == "and" || f.lower(subj-1) == "or") {
		// researchers at Harvard and the Brookings Institution: the
		// phrase before the first of two joined objects, when it is
		// headed by a noun that names nobody and the objects are no
		// people (not Former Secretary of State Ann Lee and Gov. Tom
		// Hale, two speakers)
		if s1 := f.npBefore(subj-1, sent.First); s1 < subj-1 && s1-2 >= sent.First && objectPrep(f.lower(s1-1)) &&
			f.a.Tokens[s1-2].Tag.IsNoun() && f.mentionAt[s1-2] < 0 && !f.personIn(s1, subj) && !f.personIn(subj, v) {
			if s2 := f.npBefore(s1-1, sent.First); s2 < s1-1 {
				return s2
			}
		}
	}
	// sources with knowledge of the matter, a source close to the board,
	// people familiar with the talks: over each preposition (five at most),
	// the adjective or participle that takes it, a time and two joined
	// objects, to the phrase that speaks
	for n := 0; n < 5; n++ {
		p := subj - 1
		if p <= sent.First {
			break
		}
		if p > sent.First && f.lower(p) == "of" && (quantifiers[f.lower(p-1)] || f.a.Tokens[p-1].Tag == article.CD) {
			// a union representing some of the pilots, a lawyer for two
			// of the victims: the count and its "of" are the phrase's
			subj = p - 1
			continue
		}
		if p > sent.First+2 && f.a.Tokens[p].Tag == article.VBG && (f.lower(p-1) == "or" || f.lower(p-1) == "and") {
			p-- // (working toilets: a participle before the noun)
		}
		if w := f.lower(p); w == "or" || w == "and" {
			o, ok := f.firstObject(p, subj, sent)
			if !ok {
				break
			}
			subj = o
			continue
		}
		if t, ok := f.timeBefore(p, sent); ok {
			subj = t // stuck on a train for six hours without water
			continue
		}
		if p > sent.First+1 && relationWords[f.lower(p-1)] && (f.lower(p) == "to" || f.lower(p) == "with" || f.lower(p) == "on" || f.lower(p) == "about" || f.lower(p) == "of" || f.lower(p) == "for") {
			p-- // close to, familiar with, briefed on, responsible for
		} else if p > sent.First+1 && (f.a.Tokens[p].Tag == article.IN || f.a.Tokens[p].Tag == article.TO) && (f.modifier(p-1) || f.stranded(p-1)) &&
			!(subordinateWords[f.lower(p)] && f.personHeaded(article.Range{First: subj, Last: f.npAfter(subj, sent.Last)})) {
			// (not over a conjunction of time or cause whose clause's
			// subject names people: residents moved after inspectors
			// find …: the inspectors speak)
			p-- // residents living near the plant, passengers stuck on a train, a man stabbed to death outside a club
		} else if p > sent.First+2 && f.a.Tokens[p].Tag == article.IN && (f.a.Tokens[p-1].Tag == article.RB || f.lower(p-1) == "overnight") && (f.modifier(p-2) || f.stranded(p-2)) {
			p -= 2 // passengers stranded overnight at the airport: over the adverb too
		} else if !(p > sent.First && (phrasePrep(f.lower(p)) || f.modifier(p) || f.lower(p) == "to" && (toNouns[f.lower(p-1)] || f.routeTo(p, sent)) || f.lower(p) == "into" && inquiryNouns[f.lower(p-1)])) {
			break // (a lawyer representing the family: over the participle)
		}
		s2 := f.npBefore(p, sent.First)
		if s2 == p {
			break
		}
		subj = s2
	}
	return subj
}

// personHeaded reports whether phrase sp has a noun of a person or a
// role at its head, before any preposition (A government spokesperson,
// officials at the ministry; after a quantifier's "of": one of the
// people): a phrase that speaks, though it names no one.
func (f *finder) personHeaded(sp article.Range) bool {
	if sp.Last <= sp.First {
		return false
	}
	of := sp.Len() > 2 && f.quantifierOf(sp.First, sp.Last)
	if of {
		sp.First += 2 // one of the people, many of the residents: the phrase after "of"
	}
	w := f.lower(f.phraseHead(sp, func(j int) bool { return f.a.Tokens[j].Tag == article.IN }))
	if of && w == "people" {
		return true
	}
	if one := strings.TrimSuffix(w, "s"); one != w && peopleNoun(one) {
		return true // officials, residents
	}
	return peopleNoun(w) || nounGender(w) != ""
}

// purposeVerb returns the verb of purposeVerbs whose object ends right
// before the "to" at token to (used his Christmas Day sermon/VBD to …:
// the object's last word whatever its tag, the rest a noun phrase's
// words), within six words; else -1.
func (f *finder) purposeVerb(to int, sent article.Range) int {
	for j := to - 2; j > sent.First && j >= to-7; j-- {
		if purposeVerbs[f.lower(j)] && f.a.Tokens[j].Tag.IsVerb() {
			if f.a.Tokens[j].Tag == article.VBG && f.text(j-1) == "," {
				return -1 // (…, taking pains to emphasize …: a participle's subject is the sentence's)
			}
			return j
		}
		switch t := f.a.Tokens[j].Tag; {
		case t == article.DT || t == article.PRPS || t == article.POS || t == article.CD || t.IsNoun() || t.IsAdjective():
		default:
			return -1
		}
	}
	return -1
}

// purposeVerbs take an object put to a use, whose "to" clause is their
// subject's act (used his sermon to call for …, took the chance to say).
var purposeVerbs = map[string]bool{"use": true, "used": true, "uses": true, "using": true, "took": true, "take": true, "takes": true,
	"taking": true, "seized": true, "seize": true, "seizes": true, "seizing": true}

// sourceNoun reports whether phrase sp names a person or a body that may
// send a call or a letter: a name, someone or somebody, a person's or a
// body's noun.
func (f *finder) sourceNoun(sp article.Range) bool {
	if f.names(sp) || f.personHeaded(sp) { // (not a place: returned from Leeds saying …)
		return true
	}
	switch w := f.lower(sp.Last - 1); {
	case w == "someone" || w == "somebody":
		return true
	case sp.Len() > 1 && orgNouns[w]:
		return true
	}
	return false
}

// partyTag reports whether tokens r are a politician's party and state
// set off after the name (R-Texas, D-N.Y., I-Vt.).
func (f *finder) partyTag(r article.Range) bool {
	if r.Last <= r.First {
		return false
	}
	w := f.a.Text[f.a.Tokens[r.First].Start:f.a.Tokens[r.Last-1].End]
	if len(w) < 4 || w[1] != '-' || !strings.ContainsRune("RDI", rune(w[0])) {
		return false
	}
	for _, c := range w[2:] {
		if !unicode.IsLetter(c) && c != '.' && c != ' ' {
			return false
		}
	}
	return unicode.IsUpper(rune(w[2]))
}

// modifier reports whether token k is a participle that, with its object,
// qualifies the noun before it (a lawyer representing the family,
// residents living near the plant), not a cue (saying).
func (f *finder) modifier(k int) bool {
	return f.a.Tokens[k].Tag == article.VBG && f.afterPlainNoun(k)
}

// afterPlainNoun reports whether token k, no cue, follows a noun that no
// mention holds: where a participle qualifies that noun (modifier,
// stranded).
func (f *finder) afterPlainNoun(k int) bool {
	return k > 0 && !f.isCue(k) && f.a.Tokens[k-1].Tag.IsNoun() && f.mentionAt[k-1] < 0
}

// firstObject returns where the first of two objects of a preposition
// that the "and" or "or" at token p joins begins, the second starting at
// subj (passengers stuck … without water or working toilets), and
// whether they are so joined: a noun before p that names no one, and a
// second object with no determiner or count of its own (not "in May and
// some lawmakers said").
func (f *finder) firstObject(p, subj int, sent article.Range) (int, bool) {
	t := f.a.Tokens[subj].Tag
	if p <= sent.First+1 || !f.a.Tokens[p-1].Tag.IsNoun() || f.mentionAt[p-1] >= 0 || f.personIn(subj, subj+1) ||
		t == article.DT || t == article.CD || t == article.PRPS || quantifiers[f.lower(subj)] {
		return 0, false
	}
	if o := f.npBefore(p, sent.First); o < p && o-1 > sent.First && phrasePrep(f.lower(o-1)) {
		return o, true
	}
	return 0, false
}

// timeBefore returns where a time ending before the preposition at token
// p begins (stuck on a train | for six hours | without water), with its
// count or determiner, when a preposition stands before it; false if
// none does.
func (f *finder) timeBefore(p int, sent article.Range) (int, bool) {
	if p-1 <= sent.First || !f.timeWord(p-1) || !phrasePrep(f.lower(p)) {
		return 0, false
	}
	t := f.timeLead(p-1, sent.First)
	return t, t-1 > sent.First && f.a.Tokens[t-1].Tag == article.IN
}

// timeLead returns where the phrase of time ending in the time word at t
// starts: over the numbers, determiners and adjectives before it (the
// next two weeks, last Friday), not back to lo.
func (f *finder) timeLead(t, lo int) int {
	for t-1 > lo && (f.a.Tokens[t-1].Tag == article.CD || f.a.Tokens[t-1].Tag == article.DT || f.a.Tokens[t-1].Tag == article.JJ) {
		t--
	}
	return t
}

// perceivedVerbs are the participles of a passive before a participle
// cue whose subject is the one heard or seen speaking (is heard saying,
// was filmed shouting).
var perceivedVerbs = map[string]bool{"heard": true, "overheard": true, "seen": true, "filmed": true, "recorded": true, "caught": true, "quoted": true}

// finderVerbs bring to light documents others wrote (produced emails
// suggesting …, obtained a memo saying …).
var finderVerbs = map[string]bool{"produced": true, "obtained": true, "cited": true, "found": true, "unearthed": true, "uncovered": true,
	"discovered": true, "leaked": true, "reviewed": true, "seen": true, "saw": true, "shown": true, "showed": true}

// verbOverAdjuncts returns the verb in the past or present that the
// participle at k follows over one to three phrases of a preposition and
// its object, the participle's subject being the verb's: where the last
// object cannot speak (wrote to parents on Friday saying …), or the verb
// is itself a cue that the object hears (had written to the new owners
// asking for …); -1 when there is none.
func (f *finder) verbOverAdjuncts(k int, sent article.Range) int {
	j := k
	for n := 0; n < 3; n++ {
		s := f.npBefore(j, sent.First)
		if s >= j && j-1 > sent.First && f.timeWord(j-1) {
			s = f.timeLead(j-1, sent.First) // (on Friday, which npBefore leaves out)
		}
		if s >= j || s-2 < sent.First {
			return -1
		}
		if t := f.a.Tokens[s-1].Tag; t != article.IN && t != article.TO {
			return -1
		}
		if n == 0 && (f.lower(s-1) == "by" || !f.isCue(s-2) && !f.timeWord(j-1) &&
			(f.speaks(article.Range{First: s, Last: j}) || f.personHeaded(article.Range{First: s, Last: j}) || orgNouns[f.lower(j-1)] || mediumNouns[f.lower(j-1)])) {
			return -1 // (responded to critics saying …: theirs; driven by the media declaring …: the agent's)
		}
		j = s - 1
		switch f.a.Tokens[j-1].Tag {
		case article.VBD, article.VBZ, article.VBP:
			return j - 1
		case article.VBN:
			if j-2 >= sent.First && auxiliaries[f.lower(j-2)] {
				return j - 1
			}
		}
	}
	return -1
}

// phrasePrep reports whether preposition w may join its object to a
// speaker's phrase: objectPrep's, or one of place (placePreps).
func phrasePrep(w string) bool { return objectPrep(w) || placePreps[w] }

// inquiryNouns are what looks "into" something (an independent review
// into the death of …, an inquiry into the fire): the phrase speaks.
var inquiryNouns = map[string]bool{"review": true, "inquiry": true, "investigation": true, "probe": true, "inquest": true, "study": true, "report": true}

// routeTo reports whether the "to" at token p ends a journey's phrase:
// after a journey's noun (passengers on a flight to Glasgow) or a place
// "from" opens (a flight from Malaga to Glasgow).
func (f *finder) routeTo(p int, sent article.Range) bool {
	if journeyNouns[f.lower(p-1)] {
		return true
	}
	s := f.npBefore(p, sent.First)
	return s < p && s > sent.First && f.lower(s-1) == "from"
}

// journeyNouns are journeys and services, whose "to" names where they go.
var journeyNouns = wordList("journey")

// toNouns are the people who serve someone named after "to" (aides to
// the governor, an adviser to the president): the phrase speaks.
var toNouns = map[string]bool{"aide": true, "aides": true, "adviser": true, "advisers": true, "advisor": true, "advisors": true,
	"assistant": true, "assistants": true, "envoy": true, "ambassador": true, "counsel": true, "consultant": true, "consultants": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "successor": true, "heir": true, "deputy": true}

// stranded reports whether token k is a past participle after a noun
// that names no one, which with a preposition after it qualifies the noun
// (passengers stuck on a train, families trapped in the flats): no cue.
// The tagger may read it as a verb in the past or present (stuck/VBP),
// which a subject before a cue cannot hold.
func (f *finder) stranded(k int) bool {
	t, w := f.a.Tokens[k].Tag, f.lower(k)
	return (t == article.VBN || (t == article.VBD || t == article.VBP) && (strings.HasSuffix(w, "ed") || strandedForms[w])) && !auxiliaries[w] && f.afterPlainNoun(k)
}

// verbOnlyCues are cues in -s that are never a plural noun, whatever the
// tagger reads after a name (The Treasury insists/NNS that …).
var verbOnlyCues = map[string]bool{"says": true, "insists": true, "adds": true, "argues": true, "admits": true, "explains": true, "warns": true,
	"believes": true, "suggests": true, "maintains": true, "contends": true, "concedes": true, "acknowledges": true, "announces": true,
	"confirms": true, "denies": true, "urges": true, "tells": true, "asks": true}

// standaloneSpeakers are determiners that stand alone as a cue's subject
// for some of the people named before (another said, some say), and
// clauseJoiners the words a clause they open may follow.
var (
	standaloneSpeakers = map[string]bool{"another": true, "others": true, "some": true, "many": true, "most": true, "both": true}
	clauseJoiners      = map[string]bool{"while": true, "whereas": true, "although": true}
)

// strandedForms are irregular past participles the tagger may read as a
// verb in the past or present (stuck/VBP on a train).
var strandedForms = map[string]bool{"stuck": true, "caught": true, "held": true, "left": true, "hurt": true, "kept": true, "trapped": true}

// placePreps are prepositions of place whose object may end a speaker's
// phrase, beside objectPrep's (residents near the plant, passengers
// without water).
var placePreps = map[string]bool{"near": true, "outside": true, "inside": true, "without": true, "across": true, "under": true}

// relationWords are the adjectives and participles between a speaker's
// noun and a preposition whose object it is close to or knows about (a
// source close to the board, people familiar with the matter, officials
// briefed on the talks).
var relationWords = map[string]bool{"close": true, "closer": true, "familiar": true, "briefed": true, "knowledgeable": true, "loyal": true, "aware": true, "involved": true, "privy": true, "responsible": true}

// personEndingAt returns the cluster of the person mention that ends
// just before token k (Sandell | , the Vermont senator; Marchetti |
// shrugs), or -1 if none does.
func (f *finder) personEndingAt(k int) int {
	if k < 1 {
		return -1
	}
	if mi := f.mentionAt[k-1]; mi >= 0 && f.ents.Mentions[mi].Label == entities.Person && f.ents.Mentions[mi].Tokens.Last == k {
		return f.ents.Mentions[mi].Cluster
	}
	return -1
}

// personIn reports whether a person mention starts in tokens lo..hi.
func (f *finder) personIn(lo, hi int) bool {
	return f.personOutsideBoth(lo, hi, article.Span{}, article.Span{})
}

// personOutside reports whether a person is named between tokens lo and
// hi outside the content span c (an empty one holds no token).
func (f *finder) personOutside(lo, hi int, c article.Span) bool {
	return f.personOutsideBoth(lo, hi, c, article.Span{})
}

// personOutsideBoth reports whether a person is named in tokens lo..hi
// outside both spans a and b (an empty one holds no token).
func (f *finder) personOutsideBoth(lo, hi int, a, b article.Span) bool {
	for k := lo; k < hi; k++ {
		if mi := f.mentionAt[k]; mi >= 0 && f.ents.Mentions[mi].Label == entities.Person && !a.Contains(f.a.Tokens[k].Span) && !b.Contains(f.a.Tokens[k].Span) {
			return true
		}
	}
	return false
}

// objectPrep reports whether w is a preposition whose object belongs to
// the phrase before it, which speaks: a spokesman for, analysts at, the
// head of.
func objectPrep(w string) bool {
	switch w {
	case "of", "for", "at", "from", "with", "in", "on":
		return true
	}
	return false
}

// possessor returns the owner of a noun cue at k: Dravick's claim, his
// statement, the campaign's latest claim.
func (f *finder) possessor(k int, sent article.Range) (article.Range, bool) {
	p := k
	for p > sent.First && p > k-6 && f.a.Tokens[p-1].Tag.IsAdjective() {
		p-- // bounded: a run of adjectives must not make this quadratic
	}
	if p <= sent.First {
		return article.Range{}, false
	}
	if f.a.Tokens[p-1].Tag == article.PRPS {
		return article.Range{First: p - 1, Last: p}, true
	}
	if f.a.Tokens[p-1].Tag == article.POS || strings.HasSuffix(f.text(p-1), "’s") || strings.HasSuffix(f.text(p-1), "'s") {
		end := p
		if f.a.Tokens[p-1].Tag == article.POS {
			end = p - 1
		}
		if s := f.npBefore(end, sent.First); s < end {
			return article.Range{First: s, Last: end}, true
		}
		return article.Range{First: p - 1, Last: p}, true
	}
	return article.Range{}, false
}

// capitalized reports whether token k starts with a capital letter.
func (f *finder) capitalized(k int) bool {
	r, _ := utf8.DecodeRuneInString(f.text(k))
	return unicode.IsUpper(r)
}

// share reports whether token k ends a share of people counted, as a
// poll reports them: a number (Six in 10, 42 percent is "percent") or a
// fraction (a third, two-thirds, half).
func (f *finder) share(k int) bool {
	return f.a.Tokens[k].Tag == article.CD || fractions[f.lower(k)]
}

// fractions are the words a share of people ends in (a third say …).
var fractions = wordList("fraction")

// nounVerb reports whether the cue at k, tagged a noun, is the verb the
// tagger missed after a name ("Dravick/NN refers/NNS to …", "Politicos
// call/NN this"): a name or pronoun before it, and "that", "to", a
// determiner, a pronoun or a quotation mark after it.
func (f *finder) nounVerb(k int, sent article.Range) bool {
	if k == sent.First {
		return false
	}
	if f.a.Tokens[k].Tag == article.NNS && strings.HasSuffix(f.lower(k), "s") && k+1 == f.end(sent) {
		// Bridge closure to last until spring, council admits/NNS: a
		// cue ending its sentence after a comma and a noun phrase
		np := f.npBefore(k, sent.First)
		return np < k && np-1 > sent.First && f.text(np-1) == ","
	}
	if f.a.Tokens[k].Tag == article.NN && k+1 == f.end(sent) {
		// …, documents obtained by this newspaper show/NN.: a plain form
		// ending its sentence after a comma and a plural subject with no
		// verb of its own
		for c := k - 1; c > sent.First && c >= k-8; c-- {
			if f.text(c) == "," {
				if f.pluralOpening(k, article.Range{First: c + 1, Last: sent.Last}) {
					return true
				}
				break
			}
		}
	}
	if k+1 >= sent.Last {
		return false
	}
	if f.a.Tokens[k].Tag == article.NNS && objectReports[f.lower(k)] && nounCues[f.lower(k+1)] {
		return true // Minister denies/NNS claims/VBZ he …: a verb of report before the noun it reports
	}
	if hearerCues[f.lower(k)] && f.hearerBefore(k) {
		return true // The court heard/NN neighbours phoned …: "heard" is no noun
	}
	if k-2 >= sent.First && f.a.Tokens[k].Tag == article.NN && ageWord(f.lower(k-1)) && f.lower(k-2) == "the" {
		return true // the 27-year-old/JJ told/NN fans …: the age is the subject's
	}
	if f.a.Tokens[k].Tag == article.NN && f.lower(k+1) == "that" && k-2 > sent.First && f.text(k-1) == "," && f.nameEndsAt(k-1) {
		// Spain's weather agency, Aemet, forecast/NN that …: after the
		// comma closing an appositive name, a verb
		return true
	}
	if f.a.Tokens[k].Tag == article.NN && f.lower(k+1) == "that" && f.pluralOpening(k, sent) {
		return true // Figures from the council show/NN that …: a plain form after a plural subject that opens the sentence
	}
	switch f.a.Tokens[k].Tag {
	case article.NNS:
		if !strings.HasSuffix(f.lower(k), "s") {
			return false
		}
	case article.NN:
		// Politicos call/NN this …, they call/NN it: a plain form after
		// a plural subject; Six in 10 say/NN they …, a third say/NN …: or
		// after a share of those polled
		if p := f.a.Tokens[k-1].Tag; p != article.NNS && p != article.NNPS && p != article.NNP && !(p == article.PRP && f.lower(k-1) != "it") && !f.share(k-1) {
			return false
		}
	default:
		return false
	}
	if f.a.Tokens[k-1].Tag == article.NNP && k-2 >= sent.First && (f.a.Tokens[k-2].Tag == article.DT || f.a.Tokens[k-2].Tag == article.PRPS) && !verbOnlyCues[f.lower(k)] {
		return false // wrote in a Facebook post that …: the name qualifies the noun after a determiner (but The Treasury insists/NNS that …: no noun)
	}
	named := f.a.Tokens[k-1].Tag == article.NNP || f.a.Tokens[k-1].Tag == article.PRP || f.share(k-1)
	if mi := f.mentionAt[k-1]; mi >= 0 {
		l := f.ents.Mentions[mi].Label
		named = named || l == entities.Person || l == entities.Org
	}
	if !named {
		return false
	}
	switch t := f.a.Tokens[k+1]; {
	case f.lower(k+1) == "that", t.Tag == article.TO, t.Tag == article.DT, t.Tag == article.PRP, t.Kind.IsQuote():
		return true
	}
	return false
}

// pluralOpening reports whether sentence sent opens with a plural noun
// (after a determiner or adjective) and holds no finite verb, comma or
// mark before token k, within eight tokens: a plural subject, with its
// prepositions' and participles' phrases, before the verb at k (Figures
// from the council show/NN that …; documents obtained by the paper
// show/NN).
func (f *finder) pluralOpening(k int, sent article.Range) bool {
	if k-sent.First > 8 {
		return false
	}
	plural := false
	for j := sent.First; j < k; j++ {
		t := f.a.Tokens[j]
		if t.Tag.IsFinite() || f.text(j) == "," || t.Kind.IsQuote() {
			return false
		}
		if !plural && t.Tag == article.NNS && (j == sent.First || f.a.Tokens[j-1].Tag == article.DT || f.a.Tokens[j-1].Tag.IsAdjective()) {
			plural = j <= sent.First+2
		}
	}
	return plural
}

// nameEndsAt reports whether a name set off after a comma ends just
// before token k (…, Aemet, …): a person's or body's mention, or proper
// nouns no mention holds.
func (f *finder) nameEndsAt(k int) bool {
	if mi := f.mentionAt[k-1]; mi >= 0 {
		m := f.ents.Mentions[mi]
		return m.Tokens.Last == k && m.Tokens.First > 0 && f.text(m.Tokens.First-1) == "," && (m.Label == entities.Person || m.Label == entities.Org)
	}
	j := k - 1
	for j > 0 && j > k-5 && f.a.Tokens[j].Tag == article.NNP && f.mentionAt[j] < 0 {
		j--
	}
	return j < k-1 && f.text(j) == ","
}

// duringBefore returns the "during" opening the noun phrase that ends
// before token v (Sandell during a rally thanked …), or "after" or
// "before" after a noun opening a phrase of eventNouns that names no one
// (a poll by YouGov after the debate found …), or -1. It looks at most
// eight tokens back before reading the phrase.
func (f *finder) duringBefore(v int, sent article.Range) int {
	for d := v - 2; d > sent.First && d >= v-8; d-- {
		if w := f.lower(d); w == "during" {
			if s := f.npBefore(v, sent.First); s == d+1 {
				return d
			}
			return -1
		} else if (w == "after" || w == "before") && d-1 > sent.First && f.a.Tokens[d-1].Tag.IsNoun() {
			// A poll by YouGov after the debate found …: an event after
			// a noun (not a clause's subject: after Carrow said …, after
			// the man had posted …)
			if s := f.npBefore(v, sent.First); s == d+1 && !f.names(article.Range{First: s, Last: v}) && eventNouns[f.lower(v-1)] {
				return d
			}
			return -1
		}
	}
	return -1
}

// verbBefore reports whether a verb, or a verb and its particle, stands
// right before token k (released a statement; started out the debate).
func (f *finder) verbBefore(k int, sent article.Range) bool {
	if k > sent.First && f.a.Tokens[k-1].Tag == article.RP {
		k--
	}
	return k > sent.First && f.a.Tokens[k-1].Tag.IsVerb()
}

// addressVerbs take as object whom a speaker addresses: a participle
// after that object is the speaker's (emailed supporters saying …).
var addressVerbs = wordList("address")

// eventNouns are gatherings a speaker opens or takes part in: the
// participle after one is the speaker's (Sandell started the debate
// saying …).
var eventNouns = wordList("event")

// reflexives may stand between a speaker and a cue: Vela himself said.
var reflexives = wordList("reflexive")

// quantifiers may stand for the subject before "of": many of them.
var quantifiers = wordList("quantifier")

// mainSubject returns the subject of the first finite verb of the
// sentence before token k: who speaks in "…, calling him a “nice guy”".
func (f *finder) mainSubject(sent article.Range, k int) (sp, ante article.Range) {
	for x := f.mainClauseFirst(sent, k); x < k && x < sent.First+maxLead; x++ {
		if f.quoted[x] {
			continue // “I think …,” Graham said, adding …: not the quotation's verbs
		}
		if f.finite(x, sent) || x == k-1 && x > sent.First && f.a.Tokens[x].Tag == article.VBN && f.a.Tokens[x-1].Tag.IsNoun() && f.text(k) == "," {
			// (Two members of the committee dissented/VBN, saying …: a
			// past the tagger read as a participle, right before the
			// participle's comma)
			if s, a, ok := f.subject(x, sent); ok {
				if t := f.a.Tokens[s.First].Tag; (t == article.WP || t == article.WDT) && s.First == a.Last && a.First-2 >= sent.First && f.lower(a.First-1) == "of" {
					// Families of residents who died at the home have
					// called for …, saying …: the phrase a relative
					// clause qualifies right after it (no comma) is the
					// object of "of"; the subject is the phrase before
					// it, when that opens the sentence (a word on, over
					// a conjunction: But families of …)
					if b := f.npBefore(a.First-1, sent.First); b < a.First-1 && b <= sent.First+1 {
						a.First = b
					}
				}
				return s, a
			}
			// “…,” said Rep. Bobby Scobie, adding …: the speaker after the cue
			if f.isCue(x) && !objectCues[f.lower(x)] {
				if end := f.npAfter(x+1, k); end > x+1 {
					return article.Range{First: x + 1, Last: end}, article.Range{}
				}
			}
			break
		}
	}
	return article.Range{}, article.Range{}
}

// subordinators open a clause that comes before a sentence's main clause.
var subordinators = wordList("subordinator")

// mainClauseFirst returns the first token of sentence sent's main clause
// before token k: the token after the comma closing an opening subordinate
// clause ("When asked whom she backed, …"), else the sentence's first.
func (f *finder) mainClauseFirst(sent article.Range, k int) int {
	if !subordinators[f.lower(sent.First)] {
		return sent.First
	}
	for x := sent.First + 1; x < k && x < sent.First+maxLead; x++ {
		if f.quoted[x] {
			return sent.First
		}
		if f.text(x) == "," {
			return x + 1
		}
	}
	return sent.First
}

// thatClauseSubject returns the subject of the verb of a clause that
// "that" opens after the first verb p and that no comma closes before the
// conjunction at cc, when the subject is a person, named or described,
// and the verb a past perfect (… told me that the manager had come to the
// house and said …: the manager's words, the clause's verbs joined; its
// caller asks for "and" and a finite cue: not acknowledging that Lee had
// … but warning …, nor conceded that Lee had … but implied …); the verb
// stands inside quotation marks as the conjunction does (inside a
// quotation, the inner one's cue: … and said, ‘We are doing everything
// we can’).
func (f *finder) thatClauseSubject(p, cc int, sent article.Range) (sp, ante article.Range, ok bool) {
	that := -1 // (the nearest back from the conjunction, within maxLead: a run-on sentence stays linear)
	for q := cc - 1; q > p && q >= cc-maxLead; q-- {
		if f.text(q) == "," || f.a.Tokens[q].Kind.IsQuote() {
			break
		}
		if f.lower(q) == "that" && f.a.Tokens[q].Tag != article.DT {
			that = q
			break
		}
	}
	if that < 0 {
		return article.Range{}, article.Range{}, false
	}
	for x := that + 1; x+1 < cc; x++ {
		if f.lower(x) == "had" && f.a.Tokens[x+1].Tag == article.VBN && f.quoted[x] == f.quoted[cc] {
			if sp, ante, ok := f.subjectAt(x, sent, 1); ok && sp.First > that && f.personIn(sp.First, sp.Last) || ok && sp.First > that && f.personHeaded(sp) {
				return sp, ante, true
			}
			return article.Range{}, article.Range{}, false
		}
	}
	return article.Range{}, article.Range{}, false
}

// joinedClauseSubject returns the subject of the first finite verb of
// the clause that a comma and a conjunction open before token k in
// sentence sent (…, but the club posted a message saying …), when there is
// such a clause, its verb has a subject and no other finite verb stands
// between it and k.
func (f *finder) joinedClauseSubject(sent article.Range, k int) (sp, ante article.Range) {
	for c := k - 1; c > sent.First && c > k-maxLead; c-- {
		if f.quoted[c] || f.a.Tokens[c].Tag != article.CC || f.text(c-1) != "," {
			continue
		}
		for x := c + 1; x < k; x++ {
			if !f.quoted[x] && f.finite(x, sent) {
				if f.some(x+1, k, func(j int) bool { return !f.quoted[j] && f.finite(j, sent) }) {
					break // (…, but his campaign said he halted … since announcing: a verb of the report between)
				}
				if s, a, ok := f.subject(x, sent); ok && s.First > c {
					return s, a
				}
				break
			}
		}
		break
	}
	return article.Range{}, article.Range{}
}

// nearestCueSubject returns the subject of the last finite cue verb before
// token k in sentence sent, outside marks and within maxLead tokens.
func (f *finder) nearestCueSubject(sent article.Range, k int) (sp, ante article.Range, ok bool) {
	for x := k - 1; x >= sent.First && x >= k-maxLead; x-- {
		if f.quoted[x] || !f.isCue(x) || !f.finite(x, sent) {
			continue
		}
		return f.subjectAt(x, sent, 1)
	}
	return article.Range{}, article.Range{}, false
}

// finite reports whether token x is a finite verb: tagged so, or a past
// participle right after a name or pronoun, which the tagger takes for one
// now and then ("Sandell compared himself to …"), or a noun in -s the
// tagger read after a person's name before punctuation (Lee nods/NNS.).
func (f *finder) finite(x int, sent article.Range) bool {
	switch f.a.Tokens[x].Tag {
	case article.VBD, article.VBZ, article.VBP:
		return true
	case article.VBN:
		return f.pastAfterName(x, sent.First)
	case article.NNS, article.NN:
		// Marchetti shrugs/NNS.: a word in -s after a person's name,
		// ending the clause, is its verb
		w := f.lower(x)
		return x > sent.First && x+1 < len(f.a.Tokens) && f.a.Tokens[x-1].Tag == article.NNP && f.personEndingAt(x) >= 0 &&
			strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && f.a.Tokens[x+1].Kind == article.Punct && f.text(x+1) != "'"
	}
	return false
}
