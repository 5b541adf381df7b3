package quotes

import (
	"math"

	"github.com/whosaid/whosaid/article"
	"github.com/whosaid/whosaid/entities"
)

// personPronouns are the pronouns of a person with a gender, and whether
// the form is a subject's.
var personPronouns = map[string]struct {
	gender  string
	subject bool
}{
	"he": {"male", true}, "him": {"male", false}, "his": {"male", false}, "himself": {"male", false},
	"she": {"female", true}, "her": {"female", false}, "hers": {"female", false}, "herself": {"female", false},
}

// The weights of salience, chosen on GUM train's he and she against its
// coreference (whosaid-eval speakers -pronouns): a mention weighs
// pronounDecay to the power of the sentences between it and the pronoun,
// times subjectWeight as its sentence's subject, and counts up to
// pronounSentences sentences back (three did as well on GUM; news, read
// by hand, wants the fresher name: Lu Fang, the latest subject, over a
// source named three times before him).
const (
	pronounDecay     = 0.7
	subjectWeight    = 2
	pronounSentences = 2
	// governorWeight: the sentence's subject, or a name whose cue or
	// relative clause holds the pronoun (Benjamin said he …, Sen. Chris
	// Mulvey, who voted against it because he …), is all but certain.
	governorWeight = 4
)

// decayPow[d] is pronounDecay to the power d.
var decayPow = func() (p [pronounSentences + 1]float64) {
	for d := range p {
		p[d] = math.Pow(pronounDecay, float64(d))
	}
	return
}()

// candidate is a person a pronoun may stand for, with the weight of its
// mentions and where the nearest is.
type candidate struct {
	cluster, nearest int
	score            float64
	bySent           [pronounSentences + 1]float64 // the weightiest mention or pronoun in each sentence back
}

// pronounRef is a person pronoun resolved to a cluster.
type pronounRef struct {
	tok, cluster, sent int
	gender             string
	subject            bool
	apposed            bool // a possessive of a phrase a name is set off after (see apposedPossessor)
}

// resolvePeople resolves every person pronoun outside quotation marks, in
// text order, to a person cluster (or -1), into f.people.
func (f *finder) resolvePeople() {
	f.people = make([]int32, len(f.a.Tokens))
	for i := range f.people {
		f.people[i] = -2
	}
	var chain []pronounRef
	for i, t := range f.a.Tokens {
		if t.Kind != article.Word || f.quoted[i] || t.End-t.Start > 7 || f.a.Text[t.Start]|0x20 != 'h' && f.a.Text[t.Start]|0x20 != 's' {
			continue
		}
		p, ok := personPronouns[f.lower(i)]
		if !ok {
			continue
		}
		c := f.salient(i, p.gender, chain)
		f.people[i] = int32(c)
		if c >= 0 {
			f.learn(c, p.gender)
			chain = append(chain, pronounRef{tok: i, cluster: c, sent: f.a.SentenceOf(i), gender: p.gender, subject: p.subject, apposed: f.apposedPossessor(i)})
		}
	}
}

// apposedPossessor reports whether the pronoun at token i is a possessive
// opening its sentence (after a conjunction too) and a noun phrase that a
// person's name is set off after (Her rival, Priya Shah, disputed …): the
// phrase is that person's, and the possessor is no subject a later "he"
// or "she" follows.
func (f *finder) apposedPossessor(i int) bool {
	if w := f.lower(i); w != "his" && w != "her" || i+1 >= len(f.a.Tokens) {
		return false
	}
	sent := f.sentence(i)
	if !f.opensClause(i, sent) {
		return false // (the phrase the sentence's subject: not Andrew Hale took his daughter, Chloe, …)
	}
	end := f.npAfter(i+1, sent.Last)
	if end <= i+1 || end+1 >= len(f.a.Tokens) || f.text(end) != "," {
		return false
	}
	k := end + 1
	if f.mentionAt[k] < 0 && k+1 < len(f.a.Tokens) && f.capitalized(k) {
		k++ // Her Labour counterpart, Councillor Priya Shah,: over a title
	}
	mi := f.mentionAt[k]
	return mi >= 0 && f.ents.Mentions[mi].Tokens.First == k && f.ents.Mentions[mi].Label == entities.Person
}

// salient returns the person cluster a pronoun of gender g at token i
// most likely means: of the compatible people named (or meant by a pronoun
// already resolved) in the sentences before, the one with the most
// weight, each mention weighing less the further back its sentence and
// more as its sentence's subject, and a person counting in each sentence
// by the weightiest of its mentions and pronouns there alone, not their
// sum (Defending, Samira Qureshi said her client …: her name and "her"
// are one sentence's weight, which a later sentence's subject outweighs).
func (f *finder) salient(i int, g string, chain []pronounRef) int {
	si := f.a.SentenceOf(i)
	lo, about := f.mentionsBefore(i), f.relativeAbout(i)
	subjectPronoun := personPronouns[f.lower(i)].subject
	var cands [8]candidate
	scores := cands[:0]
	add := func(c, tok, d int, w float64) {
		for k := range scores {
			if sc := &scores[k]; sc.cluster == c {
				if w > sc.bySent[d] {
					sc.score += w - sc.bySent[d]
					sc.bySent[d] = w
				}
				sc.nearest = max(sc.nearest, tok)
				return
			}
		}
		scores = append(scores, candidate{cluster: c, score: w, nearest: tok})
		scores[len(scores)-1].bySent[d] = w
	}
	if f.newcomerBefore(i) || subjectPronoun && f.newcomerSentenceBefore(i, g) {
		return -1 // (A senior diplomat, who spoke on condition of anonymity because he was not authorised …: the diplomat, no one named)
	}
	fallback, fallbackTok, quotedFit := -1, -1, -1
	object := f.objectOfVerb(i)
	for mi := lo - 1; mi >= 0 && mi >= lo-40; mi-- {
		m := f.ents.Mentions[mi]
		if !f.antecedent(m, about) {
			continue
		}
		c := m.Cluster
		if f.ents.Clusters[c].Label != entities.Person || !f.compatible(c, g) {
			continue
		}
		if f.quoted[m.Tokens.First] {
			if quotedFit < 0 {
				quotedFit = c
			}
			continue
		}
		if object && f.a.SentenceOf(m.Tokens.First) == si && f.subjectLike(m.Tokens) {
			continue // Pace accused her of …: the verb's object is not its subject
		}
		if f.a.SentenceOf(m.Tokens.First) == si && f.besidePronoun(m.Tokens, g) {
			continue // Asked whether she and Ms Kendall disagreed, she …: Ms Kendall is not "she"
		}
		if fallback < 0 {
			fallback, fallbackTok = c, m.Tokens.First
		}
		d := si - f.a.SentenceOf(m.Tokens.First)
		if d > pronounSentences {
			break
		}
		w := decayPow[d]
		subject := f.subjectLike(m.Tokens)
		if subject {
			w *= subjectWeight
		}
		if d == 0 && f.governs(m.Tokens, subject, i) {
			w *= governorWeight
		}
		add(c, m.Tokens.First, d, w)
	}
	for k := len(chain) - 1; k >= 0 && k >= len(chain)-40; k-- { // bounded, as the mentions: a run-on sentence stays linear
		r := chain[k]
		d := si - r.sent
		if d > pronounSentences {
			break
		}
		if r.gender != g || !f.compatible(r.cluster, g) || r.apposed && subjectPronoun {
			continue // (Her rival, Priya Shah, disputed …. She said: not the possessor, whom a later "her" may still mean)
		}
		w := decayPow[d]
		if r.subject {
			w *= subjectWeight
		}
		add(r.cluster, r.tok, d, w)
	}
	best := -1
	for k, c := range scores {
		if best < 0 || c.score > scores[best].score || c.score == scores[best].score && c.nearest > scores[best].nearest {
			best = k
		}
	}
	if best >= 0 {
		return scores[best].cluster
	}
	if fallback >= 0 {
		if f.describedAfter(fallbackTok, i, si, g) {
			return -1 // (… about my grandmother, who ran a cafe. She always said …: the grandmother, not the interviewer named paragraphs before)
		}
		return fallback
	}
	return quotedFit
}

// describedAfter reports whether, after token from and before the
// pronoun of gender g at token i, in i's sentence si or the one before,
// outside quotation marks, a noun phrase opened by "a", "an", "one" or a
// possessive pronoun has a noun of that gender for its head, with no
// name set off before or after it (my grandmother, a woman, his wife;
// not his wife, Jane Hale): someone unnamed, nearer than the person
// named.
func (f *finder) describedAfter(from, i, si int, g string) bool {
	lo := f.a.Sentences[max(si-1, 0)].Tokens.First
	for j := i - 1; j > from && j >= lo; j-- {
		t := f.a.Tokens[j]
		if t.Tag != article.NN || f.quoted[j] || f.mentionAt[j] >= 0 || nounGender(f.lower(j)) != g || f.capitalized(j) {
			continue
		}
		d := j - 1
		for d > lo && d > j-3 && (f.a.Tokens[d].Tag.IsAdjective() || f.a.Tokens[d].Tag == article.NN && !f.capitalized(d)) {
			d--
		}
		switch f.lower(d) {
		case "a", "an", "one", "my", "his", "her", "their", "our", "your":
		default:
			continue
		}
		if d > 0 && f.text(d-1) == "," && f.mentionAt[d-2] >= 0 {
			continue // (Jane Hale, a mother of two,)
		}
		if j+2 < len(f.a.Tokens) && f.text(j+1) == "," && f.mentionAt[j+2] >= 0 {
			continue // (his wife, Jane Hale,)
		}
		return true
	}
	return false
}

// newcomerBefore reports whether the sentence of the pronoun at token i
// opens with an indefinite noun phrase headed by a person's noun in the
// singular (A senior Western diplomat, an aide) and a relative aside on
// it that holds the pronoun, with no name from there to the pronoun:
// someone the article has not named, whom the pronoun means (not A
// spokesperson for her label, nor A source close to the singer said she
// …: the pronoun is someone else).
func (f *finder) newcomerBefore(i int) bool {
	sent := f.sentence(i)
	k := sent.First
	if w := f.lower(k); w != "a" && w != "an" || k+1 >= i {
		return false
	}
	end := f.npAfter(k+1, i)
	if end <= k+1 || end+2 > i || !f.personOrRole(end-1) || f.a.Tokens[end-1].Tag != article.NN || f.text(end) != "," || f.lower(end+1) != "who" {
		return false
	}
	return !f.some(end+1, i, func(j int) bool { return f.text(j) == "," }) && !f.personNamedIn(k, i)
}

// personNamedIn reports whether any of tokens lo..hi-1 is in a person's
// mention.
func (f *finder) personNamedIn(lo, hi int) bool {
	return f.some(lo, hi, func(j int) bool {
		return f.mentionAt[j] >= 0 && f.ents.Mentions[f.mentionAt[j]].Label == entities.Person
	})
}

// newcomerSentenceBefore reports whether the pronoun of gender g at
// token i speaks through the cue right after it, and the sentence before
// that of the pronoun, in its paragraph, opens with an indefinite noun
// phrase headed by a person's noun in the singular, of no other gender,
// and a comma or a verb after it (A rebel commander, reached by phone,
// denied that. “…,” he said), with no person named from there to the
// pronoun: someone the article has not named (not A spokesperson for
// her label …: someone's; not A spokesman …. “…,” she said).
func (f *finder) newcomerSentenceBefore(i int, g string) bool {
	if i+1 >= len(f.a.Tokens) || !f.isCue(i+1) {
		return false
	}
	prev, ok := f.sentenceBefore(i, 0)
	if !ok {
		return false
	}
	k := prev.First
	if w := f.lower(k); w != "a" && w != "an" || k+2 >= prev.Last {
		return false
	}
	end := f.npAfter(k+1, prev.Last)
	if end <= k+1 || end >= prev.Last || !f.personOrRole(end-1) || f.a.Tokens[end-1].Tag != article.NN ||
		f.text(end) != "," && !f.a.Tokens[end].Tag.IsFinite() {
		return false // (not A spokesperson for …, a friend of Ann Lee: someone's)
	}
	if ng := nounGender(f.lower(end - 1)); ng != "" && ng != g {
		return false
	}
	return !f.personNamedIn(k, i)
}

// besidePronoun reports whether the mention tokens r are joined by "and"
// or "or" to a personal pronoun of gender g, not a possessive (she and Ms
// Kendall, Ms Kendall and he): the pronoun is someone else.
func (f *finder) besidePronoun(r article.Range, g string) bool {
	is := func(k int) bool {
		if k < 0 || k >= len(f.a.Tokens) {
			return false
		}
		w := f.lower(k)
		p, ok := personPronouns[w]
		return ok && p.gender == g && (w == "he" || w == "she" || w == "him") // (not Sam and his brother: a possessive is the name's)
	}
	join := func(k int) bool { return k >= 0 && k < len(f.a.Tokens) && (f.lower(k) == "and" || f.lower(k) == "or") }
	first := r.First
	if first > 0 && f.capitalized(first-1) && courtesyTitle(f.text(first-1)) {
		first-- // she and Ms Kendall: the title outside the mention
	}
	return join(first-1) && is(first-2) || join(r.Last) && is(r.Last+1)
}

// objectOfVerb reports whether the pronoun at token i is the object of
// the verb right before it (accused her of, told him): "him", or "her"
// with no noun after it.
func (f *finder) objectOfVerb(i int) bool {
	if i == 0 || !f.a.Tokens[i-1].Tag.IsVerb() {
		return false
	}
	switch f.lower(i) {
	case "him":
		return true
	case "her":
		return i+1 >= len(f.a.Tokens) || !npTag(f.a.Tokens[i+1].Tag)
	}
	return false
}

// subjectLike reports whether mention tokens r stand as their sentence's
// subject: not in a phrase after a preposition (under the care of a Dr.
// Bayley), not a possessor but the subject's own (Mansell's tone was
// defiant. He …), and before the sentence's first finite verb.
func (f *finder) subjectLike(r article.Range) bool {
	sent := f.sentence(r.First)
	k := r.First - 1 // the word before the phrase the mention ends
	for k >= sent.First && phraseTag(f.a.Tokens[k].Tag) {
		k--
	}
	if k >= sent.First && (f.a.Tokens[k].Tag == article.IN || f.a.Tokens[k].Tag == article.TO || f.a.Tokens[k].Tag == article.WPS) {
		return false // (nor in a relative clause: the singer, whose album Glasshouse …)
	}
	if n := r.Last; n < sent.Last && f.a.Tokens[n].Tag == article.POS && k >= sent.First && f.text(k) != "," {
		return false // (the possessor of an object)
	}
	for n := sent.First; n < r.First; n++ {
		if f.a.Tokens[n].Tag.IsFinite() && !f.quoted[n] && !f.participleAdjective(n, r.First) && !f.invertedBe(sent.First, n, r.First) {
			return false
		}
	}
	return true
}

// invertedBe reports whether the finite verb at token n is a form of "be"
// that a sentence opened at token first by a preposition's phrase puts
// before its subject, the noun phrase that ends at the mention opening at
// token end (Among the volunteers was eight-year-old Isla Brown, …).
func (f *finder) invertedBe(first, n, end int) bool {
	if f.a.Tokens[first].Tag != article.IN {
		return false
	}
	switch f.lower(n) {
	case "was", "is", "were", "are":
	default:
		return false
	}
	for k := n + 1; k < end; k++ {
		if !phraseTag(f.a.Tokens[k].Tag) {
			return false
		}
	}
	return true
}

// participleAdjective reports whether the past tense the tagger read at
// token n, before end, is a participle qualifying the noun after it in a
// phrase set off by a comma or opened by a determiner (his neighbour,
// retired/VBD engineer Colin Pask, says …).
func (f *finder) participleAdjective(n, end int) bool {
	return f.a.Tokens[n].Tag == article.VBD && n > 0 && n+1 < end && f.a.Tokens[n+1].Tag.IsNoun() &&
		(f.text(n-1) == "," || f.a.Tokens[n-1].Tag == article.DT)
}

// phraseTag reports whether a word tagged t may stand in a noun phrase
// before a name: a determiner, an adjective, a noun, a possessive
// (Former Florida Gov. Jed Heath, a Dr. Bayley, his father Mohamed).
func phraseTag(t article.Tag) bool {
	return t == article.DT || t == article.PRPS || t == article.POS || t.IsAdjective() || t.IsNoun()
}

// governs reports whether the person named by mention tokens r (the
// sentence's subject if subject, as subjectLike says) governs a subject
// pronoun at i in the same sentence: as the sentence's subject
// (President Obiora prompted outrage when he …), as the subject of a cue
// right before it (On Dravick's claim, Benjamin said he …, Lee told
// reporters she …), or as the name a relative clause holding it is about
// (said Sen. Chris Mulvey (D-Conn.), who voted against it because he …).
func (f *finder) governs(r article.Range, subject bool, i int) bool {
	k := r.Last
	if !personPronouns[f.lower(i)].subject {
		// a possessive right after the cue whose subject the name is:
		// Ann Lee said her mother …, Her son, Tom Lee, said his … (not
		// an object: told her)
		c := i - 1
		if c < k || (f.lower(i) != "his" && f.lower(i) != "her") || i+1 >= len(f.a.Tokens) || !f.a.Tokens[i+1].Tag.IsNoun() {
			return false
		}
		if !f.cue[c] || !f.a.Tokens[c].Tag.IsFinite() || objectCues[f.lower(c)] {
			// Isla Brown, who came with her grandfather: the name the
			// relative clause holding it is about; or further into what
			// the subject's cue reports, no person named between (Colin
			// Pask says the turbine would ruin the view from his home)
			return f.relativeHolds(k, i) || subject && f.reportHolds(k, i)
		}
		return c == k || subject && !f.some(k, c, func(n int) bool { return f.a.Tokens[n].Tag.IsFinite() })
	}
	if subject {
		return true // President Obiora prompted outrage when he …
	}
	if k < i && f.cue[k] && f.a.Tokens[k].Tag.IsFinite() {
		if k+1 == i {
			return true // said he
		}
		if objectCues[f.lower(k)] && f.npAfter(k+1, i) == i {
			return true // told reporters he
		}
	}
	return f.relativeHolds(k, i)
}

// reportHolds reports whether token i lies in what the cue right after
// the subject ending at token k reports (its first finite verb, over a
// closing comma, a cue of saying), within ten words of it and with no
// person named or meant by a pronoun between.
func (f *finder) reportHolds(k, i int) bool {
	c := k
	for c < i && c < k+3 && !f.a.Tokens[c].Tag.IsFinite() {
		c++
	}
	if c >= i || i-c > 10 || !f.cue[c] || !f.a.Tokens[c].Tag.IsFinite() || objectCues[f.lower(c)] {
		return false
	}
	return !f.personIn(c+1, i) && !f.some(c+1, i, func(n int) bool {
		_, pronoun := personPronouns[f.lower(n)]
		return pronoun
	})
}

// relativeHolds reports whether a relative clause set off by a comma at
// token k, after a name (and its bracketed party: Sen. Chris Mulvey
// (D-Conn.), who …), holds token i, with no semicolon or quotation mark
// between.
func (f *finder) relativeHolds(k, i int) bool {
	sent := f.sentence(i)
	if k < i && f.text(k) == "(" {
		if c := f.closeBracket(k, sent.Last); c > k && c < i {
			k = c + 1 // over (D-Conn.)
		}
	}
	if k+1 < i && f.text(k) == "," && (f.lower(k+1) == "who" || f.lower(k+1) == "whose") {
		for n := k + 2; n < i; n++ {
			if f.text(n) == ";" || f.a.Tokens[n].Kind.IsQuote() {
				return false
			}
		}
		return true
	}
	return false
}

// Reference is a person pronoun resolved to the person it stands for.
type Reference struct {
	Pronoun article.Span
	Cluster int // index into entities.Result.Clusters
}

// ResolvePronouns resolves the person pronouns of a outside quotation
// marks (he, she, him, his, her, himself, herself) to the person clusters
// of ents they stand for, in text order, as Find resolves a speaker "he":
// each to the most salient person of its gender in its sentence and the
// two before, the sentences' subjects and the pronouns already resolved
// weighing most. Pronouns it cannot resolve are left out. If ents is
// nil, ResolvePronouns runs entities.Recognize itself.
func ResolvePronouns(a *article.Article, ents *entities.Result) []Reference {
	if ents == nil {
		ents = entities.Recognize(a)
	}
	f := newFinder(a, ents)
	f.resolvePeople()
	var out []Reference
	for i, c := range f.people {
		if c >= 0 {
			out = append(out, Reference{Pronoun: a.Tokens[i].Span, Cluster: int(c)})
		}
	}
	return out
}
