package quotes

import (
	"strings"
	"unicode"

	"github.com/whosaid/whosaid/article"
	"github.com/whosaid/whosaid/entities"
)

// naming returns the object and the quoted words after a naming cue
// ending at token e: from i to the closing mark of the first quotation
// within eight tokens, or an empty range.
func (f *finder) naming(i, e int) article.Range {
	for k := i; k < e && k < i+8; k++ {
		t := f.a.Tokens[k]
		if t.Tag.IsVerb() && !(k > i && f.determined(k, f.sentence(k))) || f.text(k) == "," && k > i {
			break // (not a participle after a determiner: Rubini's proposed credit)
		}
		if t.Kind != article.OpenQuote && t.Kind != article.Quote {
			continue
		}
		if k > i && f.lower(k-1) == "so-called" {
			break // the writer's scare quote, not the speaker's name for it
		}
		fam := family(f.text(k))
		for c := k + 1; c < len(f.a.Tokens) && c < k+40 && f.a.SentenceOf(c) == f.a.SentenceOf(k); c++ {
			if ct := f.a.Tokens[c]; ct.Kind != article.OpenQuote && ct.Kind.IsQuote() && family(f.text(c)) == fam {
				return article.Range{First: i, Last: c + 1}
			}
		}
		break
	}
	return article.Range{}
}

// plainNaming returns what a naming cue ending at token i names when no
// quotation marks hold the name: "described the dinner as Washington
// celebrating itself" (describing cues need an "as" within ten words),
// "called him a political opportunist" (an object, then a phrase that
// opens with a determiner, possessive or adjective), "compared the
// campaign to a car crash" (likening cues need a "to" or "with"). The
// content runs to the next comma. It returns an empty range otherwise.
func (f *finder) plainNaming(w string, i, e int) article.Range {
	if strings.HasPrefix(w, "call") {
		obj := f.npAfter(i, e)
		if i < e && f.a.Tokens[i].Tag == article.PRP {
			obj = i + 1 // called him …
			if f.lower(i) == "her" && i+1 < e && f.a.Tokens[i+1].Tag != article.PRPS && f.a.Tokens[i+1].Tag != article.DT {
				if n := f.npAfter(i+1, e); n > i+1 && n < e && (f.a.Tokens[n].Tag == article.PRPS || f.a.Tokens[n].Tag == article.DT) {
					obj = n // called her/PRP fallen son her hero: "her" the son's
				}
			}
		}
		if obj == i || obj >= e {
			return article.Range{}
		}
		// called him divisive, called the actions lawful/VBP: one word
		// in lower case ending the clause, an adjective whatever the
		// tagger read
		lone := f.a.Tokens[obj].Kind == article.Word && !f.capitalized(obj) && (obj+1 == e || f.a.Tokens[obj+1].Kind == article.Punct) &&
			!(obj == i+1 && f.lower(i) == "her" && f.a.Tokens[obj].Tag.IsNoun()) // (not called her mother)
		switch t := f.a.Tokens[obj].Tag; {
		case t == article.DT || t == article.PRPS || t == article.JJ:
		case lone && t != article.IN && t != article.CC && t != article.TO && t != article.RP && t != article.RB && t != article.PRP && !timeWords[f.lower(obj)]: // (not called him back, called her yesterday, calling donors himself)
		default:
			return article.Range{}
		}
		if end := f.npAfter(obj, e); end > obj || lone || obj+2 < e && f.a.Tokens[obj].Tag == article.DT && f.a.Tokens[obj+1].Tag == article.JJ && (f.lower(obj+2) == "one" || f.lower(obj+2) == "ones") { // (an irresponsible one)
			return article.Range{First: i, Last: f.stanceEnd(i, f.clauseEnd(i, e))}
		}
		return article.Range{}
	}
	// (compared the plan to a car crash: "to" or "with" where describing
	// has "as")
	liken := likening(w)
	if liken && i < e && reflexives[f.lower(i)] {
		return article.Range{} // compared himself to Carrow, saying …: what he says next is the report
	}
	for k := i; k < e && k < i+10; k++ {
		if t := f.a.Tokens[k]; t.Tag.IsFinite() || t.Kind.IsQuote() || f.text(k) == "," {
			break
		}
		if l := f.lower(k); k > i && (l == "as" && !liken || liken && (l == "to" || l == "with")) {
			return article.Range{First: i, Last: f.stanceEnd(i, f.clauseEnd(i, e))}
		}
	}
	return article.Range{}
}

// likening reports whether w is a form of a cue that likens one thing to
// another (compared, likens).
func likening(w string) bool { return strings.HasPrefix(w, "compar") || strings.HasPrefix(w, "liken") }

// accordingTo reads "according to X" at token k of sentence sent (e is
// where its words end; the cue is n words, X after it): the report before
// it, after it, or around it. It returns out with the report added, and
// the token to go on after. "In X, …" with X a poll or survey is read the
// same way (n is 1).
func (f *finder) accordingTo(sent article.Range, k, n, e int, out []Quote) ([]Quote, int) {
	spEnd := f.npAfter(k+n, e)
	if spEnd == k+n && k+n < e && (f.a.Tokens[k+n].Kind == article.URL || f.a.Tokens[k+n].Kind == article.Handle || n == 2 && objectPronouns[f.lower(k+n)] != "") {
		spEnd++ // according to ouest-france.fr, to @Breaking911, according to him
	}
	if spEnd == k+n || n == 1 && !findingNouns[f.lower(spEnd-1)] {
		return out, k
	}
	if spEnd+1 < e {
		switch w := f.lower(spEnd); {
		case w == "by", w == "of", w == "from", w == "at", w == "for", w == "with":
			// according to a report by the University of Leeds, to a
			// person with knowledge of the plans
			if e2 := f.npAfter(spEnd+1, e); e2 > spEnd+1 {
				spEnd = e2
				if e2+1 < e && f.lower(e2) == "of" {
					if e3 := f.npAfter(e2+1, e); e3 > e2+1 {
						spEnd = e3 // (knowledge of the plans)
					}
				}
			}
		case w == "and" && !f.personIn(k+n, spEnd):
			// according to a Ledger contributor and monetary historian
			// Ann Lee, …: two roles of the one person named after them
			// (not the mayor and the police chief, Tom Hale: two people)
			if e2 := f.npAfter(spEnd+1, e); e2 > spEnd+1 && f.personEndingAt(e2) >= 0 && !f.personIn(spEnd+1, spEnd+2) && f.a.Tokens[spEnd+1].Tag != article.DT {
				spEnd = e2
			}
		case relationWords[w] && spEnd+2 < e && (f.lower(spEnd+1) == "to" || f.lower(spEnd+1) == "with" || f.lower(spEnd+1) == "on"):
			// according to people close to the talks, familiar with them
			if e2 := f.npAfter(spEnd+2, e); e2 > spEnd+2 {
				spEnd = e2
			} else if objectPronouns[f.lower(spEnd+2)] != "" {
				spEnd += 3 // (people close to her)
			}
		}
	}
	cue := article.Range{First: k, Last: k + n}
	sp := article.Range{First: k + n, Last: spEnd}
	var head article.Range // the source's noun phrase, when sp goes on after it
	var content article.Range
	if k == sent.First || f.a.Tokens[k-1].Kind == article.OpenQuote {
		if n == 2 && spEnd < e && f.a.Tokens[spEnd].Tag == article.VBN {
			// According to exit polls conducted for the AP by Edison
			// Research, …: the participle's phrase is the source's, to
			// the comma, when no finite verb comes first
			if j := f.participleEnd(spEnd, e); j > 0 {
				head = sp // (who it is: the results, not the AP)
				spEnd = j
				sp.Last = j
			}
		}
		c := spEnd
		if c < e && f.text(c) == "," {
			c++
			// According to the complaint, filed in May, …: a
			// participle's aside on the source, then the report (a
			// poll's, In the poll, conducted in May, …, stays: PolNeAR
			// reports the whole sentence)
			if n == 2 && c < e && (f.a.Tokens[c].Tag == article.VBN || f.a.Tokens[c].Tag == article.VBG) {
				if j := f.participleEnd(c, e); j > 0 {
					c = j + 1
				}
			}
			// According to the foundation, which supports such shops,
			// the number …: a relative aside on the source, to the
			// comma a clause follows
			if w := f.lower(c); n == 2 && c < e && (w == "which" || w == "who" || w == "whose") {
				for j := c + 1; j+1 < e && j < c+30 && !f.a.Tokens[j].Kind.IsQuote(); j++ {
					if f.text(j) == "," {
						if f.clause(article.Range{First: j + 1, Last: f.clauseEnd(j+1, e)}) {
							c = j + 1
						}
						break
					}
				}
			}
		}
		content = article.Range{First: c, Last: f.clauseEnd(c, e)}
	} else {
		c := k
		if c > sent.First && f.text(c-1) == "," {
			c--
		}
		content = article.Range{First: sent.First, Last: c}
		if mi := f.mentionAt[min(spEnd+1, len(f.a.Tokens)-1)]; spEnd+1 < e && f.text(spEnd) == "," && mi >= 0 {
			// …, according to the regional governor, Ann Lee.: the name
			// set off at the sentence's end is the source's
			// (or a body's, after a common noun that names no person:
			// according to the shipyard, Astilleros Baleares.)
			if m := f.ents.Mentions[mi]; (m.Label == entities.Person || m.Label == entities.Org && f.a.Tokens[spEnd-1].Tag == article.NN && !peopleNoun(f.lower(spEnd-1))) &&
				m.Tokens.First == spEnd+1 && (m.Tokens.Last == e || m.Tokens.Last < len(f.a.Tokens) && f.text(m.Tokens.Last) == ".") {
				spEnd = m.Tokens.Last
				sp.Last = spEnd
			}
		}
		if !f.clause(content) && spEnd < e && f.text(spEnd) == "," {
			// In addition, according to the department, nine
			// million more workers …; At the heart of it,
			// according to Ross, a former envoy, was …: the
			// report goes on after the source (and its aside).
			a := spEnd + 1
			if ap := f.afterAside(a, e); ap > a {
				a = ap
			}
			after := article.Range{First: a, Last: f.clauseEnd(a, e)}
			whole := article.Range{First: content.First, Last: after.Last}
			if f.clause(whole) && after.Last > after.First {
				q := f.indirectQuote(whole, cue, sp, article.Range{})
				if content.Last-content.First >= 2 && !f.adverbial(content) {
					q.Parts = []article.Span{f.span(content), f.span(after)}
				} else {
					q = f.indirectQuote(after, cue, sp, article.Range{})
				}
				return append(out, q), spEnd - 1
			}
		}
	}
	if f.clause(content) {
		out = append(out, f.indirectQuote(content, cue, sp, head))
	}
	return out, spEnd - 1
}

// participleEnd returns the comma that closes the phrase of a participle
// at token p (conducted for the AP by Edison Research,; filed in May,),
// within fifteen tokens and before e, when no finite verb or quotation
// mark comes first; -1 if none.
func (f *finder) participleEnd(p, e int) int {
	for j := p + 1; j < e && j < p+15; j++ {
		if f.a.Tokens[j].Tag.IsFinite() || f.a.Tokens[j].Kind.IsQuote() {
			return -1
		}
		if f.text(j) == "," {
			return j
		}
	}
	return -1
}

// colonLabels are words before a colon that label what follows, not who
// says it (Update:, Related:, Editor's note:).
var colonLabels = wordList("colon-label")

// namedHead reports whether phrase sp ends in a person's or a body's
// mention, or holds one and is headed by a noun of people, of a body or
// of a message (Lyall's lawyer, the Carrow camp, Carrow's statement): a
// speaker, not a phrase a name only qualifies (Honours list).
func (f *finder) namedHead(sp article.Range) bool {
	if mi := f.mentionAt[sp.Last-1]; mi >= 0 {
		l := f.ents.Mentions[mi].Label
		return l == entities.Person || l == entities.Org
	}
	return f.names(sp) && (f.personHeaded(sp) || orgNouns[f.lower(sp.Last-1)] || mediumNouns[f.lower(sp.Last-1)] || f.lower(sp.Last-1) == "camp")
}

// obituary reports whether tokens r, after a name and a colon, tell of
// the person's death rather than quote them: "dies" or "died" before an
// age, whatever the tagger read them as (Sir Ian Calder: Theatre director
// dies/NNS aged 84; …: Actor died at 91).
func (f *finder) obituary(r article.Range) bool {
	return f.some(r.First, r.Last-2, func(k int) bool {
		w := f.lower(k)
		return (w == "dies" || w == "died") && (f.lower(k+1) == "aged" || f.lower(k+1) == "at") && f.a.Tokens[k+2].Tag == article.CD
	})
}

// colonReport reads "Lyall: No outside influence on the probe" and
// transcripts ("TOLLEY: Do you think …"): a sentence opening with a short
// noun phrase and a colon reports what follows it, its speaker that phrase
// (its first noun phrase: "Carrow to Planned Parenthood:" is Carrow's).
// Quoted words after the colon are the quotation rules'.
func (f *finder) colonReport(sent article.Range, e int) (Quote, bool) {
	colon := -1
	p := f.paraOf(sent.First)
	opens := f.a.Paragraphs[p].Tokens.First == sent.First
	var label article.Range
	turn := false // whether the paragraph this sentence opens is a transcript's turn
	if opens {
		label, turn = f.turnLabel(p)
	}
	if turn && label.First > sent.First && label.Last+1 < e {
		colon = label.Last + 1 // PRESENTER (JANE ODELL): …
	}
	for k := sent.First + 1; colon < 0 && k < e && k < sent.First+8; k++ {
		if f.text(k) == ":" {
			colon = k
			break
		}
		if t := f.a.Tokens[k]; t.Tag.IsVerb() || t.Tag == article.MD || t.Kind.IsQuote() || !f.wordish(k) && f.text(k) != "'s" && t.Tag != article.POS {
			return Quote{}, false
		}
	}
	if colon < 0 || colon+1 >= e || f.a.Tokens[colon+1].Kind.IsQuote() || colonLabels[f.lower(colon-1)] || colonLabels[f.lower(sent.First)] {
		return Quote{}, false
	}
	qa, isQA := f.qaMark(p)
	isQA = isQA && opens && colon == sent.First+1 && f.transcript()
	sp := article.Range{First: sent.First, Last: colon}
	// TOLLEY: … opening a paragraph, whatever the tagger made of the
	// name; Tolley: … in a transcript of such turns; the name in
	// brackets after a role
	if turn && label.Last+1 == colon && label.First > sent.First {
		sp = label
	}
	turn = turn && label == sp
	if !isQA && !turn {
		end := f.npAfter(sent.First, colon)
		if end == sent.First || !f.a.Tokens[end-1].Tag.IsNoun() && f.mentionAt[end-1] < 0 {
			return Quote{}, false
		}
		sp.Last = end
		if !f.namedHead(sp) && !(end == sent.First+1 && colon == end && allCaps(f.text(sent.First))) {
			return Quote{}, false // The goal: …, Good news: …, Honours list: … (but TOLLEY: …)
		}
	}
	content := article.Range{First: colon + 1, Last: e}
	for content.Last > content.First && f.a.Tokens[content.Last-1].Kind == article.Punct {
		content.Last--
	}
	if isQA || turn {
		// A transcript's turn (TOLLEY: …, Q: …, A: …) is the whole
		// paragraph, however many sentences it holds (A: Yes.).
		content.Last = f.end(f.a.Paragraphs[p].Tokens)
		if !f.some(content.First, content.Last, func(j int) bool { return f.wordish(j) && f.a.Tokens[j].Tag != article.CD }) {
			return Quote{}, false // Carrow: 2,316 (a tally)
		}
	} else if !f.clause(content) || f.obituary(content) {
		return Quote{}, false
	}
	q := f.indirectQuote(content, article.Range{First: colon, Last: colon + 1}, sp, article.Range{})
	q.turn = isQA || turn
	if isQA && qa == 'A' {
		if c := f.intervieweeCluster(); c >= 0 {
			q.SpeakerName, q.SpeakerCluster = f.ents.Clusters[c].Name, c
		}
	}
	if isQA && qa == 'Q' {
		if c := f.writer(); c >= 0 {
			q.SpeakerName, q.SpeakerCluster = f.ents.Clusters[c].Name, c // (the byline's writer asks)
		}
	}
	if turn && q.SpeakerCluster < 0 {
		q.SpeakerName, q.SpeakerCluster = f.labelSpeaker(sp, q.SpeakerName) // TOLLEY: …
	}
	return q, true
}

// turnLabel returns the label of the turn paragraph p opens with, when it
// opens with one: one or two words in capitals and a colon (TOLLEY: …),
// or a person's name and a colon (Tolley: …) in a transcript of two such
// turns or more (namedTurns).
func (f *finder) turnLabel(p int) (label article.Range, ok bool) {
	label, ok = f.colonOpening(p)
	if !ok || colonLabels[f.lower(label.First)] || colonLabels[f.lower(label.Last-1)] || label.Last+1 >= f.a.Paragraphs[p].Tokens.Last {
		return label, false
	}
	return label, f.capsLabel(label) || f.personLabel(label) && f.namedTurns() >= 2 || f.initialsOf(label) >= 0 || f.titledCapsLabel(label)
}

// titledCapsLabel reports whether the label r is a word in capitals, a
// title, before a person's name in capitals that a mention spans
// (SENATOR MARGARET ELLIS:).
func (f *finder) titledCapsLabel(r article.Range) bool {
	return r.Len() == 3 && allCaps(f.text(r.First)) && allCaps(f.text(r.Last-1)) && f.personLabel(article.Range{First: r.First + 1, Last: r.Last})
}

// initialsOf returns the one person cluster whose name's initials are
// the label r, a word of two or three capitals (PR: for Priya Raman, in
// an interview written with its speakers' initials); -1 if none or more
// than one.
func (f *finder) initialsOf(r article.Range) int {
	if r.Len() != 1 {
		return -1
	}
	w := f.text(r.First)
	if len(w) < 2 || len(w) > 3 || strings.ToUpper(w) != w || strings.ToLower(w) == w {
		return -1
	}
	c := f.onePerson("\x00"+w, func(name string) bool {
		initials := ""
		for _, n := range strings.Fields(name) {
			initials += n[:1]
		}
		return initials == w
	})
	return max(c, -1)
}

// colonOpening returns the words before a colon that paragraph p opens
// with, three at most (or the name in brackets after a role: PRESENTER
// (JANE ODELL):), and whether it opens so.
func (f *finder) colonOpening(p int) (article.Range, bool) {
	r := f.a.Paragraphs[p].Tokens
	for colon := r.First + 1; colon < r.Last && colon <= r.First+3; colon++ {
		if f.text(colon) == ":" {
			return article.Range{First: r.First, Last: colon}, true
		}
		if f.text(colon) == "(" {
			// PRESENTER (JANE ODELL): a role, then the name in brackets:
			// the name is the label
			for end := colon + 2; end+1 < r.Last && end <= colon+4; end++ {
				if f.text(end) == ")" && f.text(end+1) == ":" && f.onlyKind(colon+1, end, article.Word) {
					return article.Range{First: colon + 1, Last: end}, true
				}
			}
			break
		}
	}
	return article.Range{}, false
}

// personLabel reports whether the words r are a person's name and all of
// it: a mention of a person that spans them.
func (f *finder) personLabel(r article.Range) bool {
	mi := f.mentionAt[r.First]
	if mi < 0 {
		return false
	}
	m := f.ents.Mentions[mi]
	return m.Label == entities.Person && m.Tokens == r
}

// namedTurns counts the paragraphs that open with a person's name and a
// colon (Tolley: …, Lee: …), once: two or more make the article a
// transcript whose turns those are, when one person opens two of them
// (a dialogue; not a list: Kasner: Now or never. Christo: A surge.).
func (f *finder) namedTurns() int {
	if f.named >= 0 {
		return f.named
	}
	f.named = 0
	turns := map[int]int{} // cluster → paragraphs
	again := false
	for p := range f.a.Paragraphs {
		if label, ok := f.colonOpening(p); ok && f.personLabel(label) {
			f.named++
			c := f.ents.Mentions[f.mentionAt[label.First]].Cluster
			turns[c]++
			again = again || turns[c] > 1
		}
	}
	if !again {
		f.named = 0
	}
	return f.named
}

// turnSpeaker returns who speaks the paragraph p when it is a transcript's
// turn (turnLabel).
func (f *finder) turnSpeaker(p int) (string, int, bool) {
	sp, ok := f.turnLabel(p)
	if !ok {
		return "", -1, false
	}
	name, c := f.speakerOf(sp)
	if c < 0 {
		name, c = f.labelSpeaker(sp, name)
	}
	return name, c, true
}

// labelSpeaker returns who a transcript's label that named no cluster
// stands for (one in capitals: a person's name names one already): the one person the article names whose name ends
// in its last word (and begins with its first, for two: LEE, ANN LEE for
// Ann Lee), else the speaker of an earlier turn whose label ends in it
// (TOLLEY after JAKE TOLLEY), else name, the label's own words.
func (f *finder) labelSpeaker(sp article.Range, name string) (string, int) {
	if c := f.initialsOf(sp); c >= 0 {
		return f.ents.Clusters[c].Name, c // PR: for Priya Raman
	}
	last, first := strings.ToLower(f.text(sp.Last-1)), ""
	if sp.Last-sp.First == 2 {
		first = strings.ToLower(f.text(sp.First))
	}
	found := f.personNamed(first, last)
	if found >= 0 {
		return f.ents.Clusters[found].Name, found
	}
	// (the quotations just before, a bounded number: a transcript of
	// thousands of turns stays linear)
	for i := len(f.out) - 1; i >= 0 && i >= len(f.out)-64 && found != -2; i-- {
		q := &f.out[i]
		if q.turn && q.SpeakerName != "" {
			if w := strings.Fields(q.SpeakerName); strings.ToLower(w[len(w)-1]) == last && (first == "" || strings.ToLower(w[0]) == first) {
				return q.SpeakerName, q.SpeakerCluster
			}
		}
	}
	return name, -1
}

// personNamed returns the one person cluster whose name ends in the word
// last (lower case) and, unless first is "", begins with first; -1 if
// none, -2 if two or more. It is looked up once per article and name.
func (f *finder) personNamed(first, last string) int {
	return f.onePerson(first+" "+last, func(name string) bool {
		words := strings.Fields(strings.ToLower(name))
		return len(words) > 0 && words[len(words)-1] == last && (first == "" || words[0] == first)
	})
}

// onePerson returns the one person cluster whose name match accepts, -1
// if none, -2 if two or more; looked up once per article and key (a
// transcript of many turns reads the clusters once per label).
func (f *finder) onePerson(key string, match func(name string) bool) int {
	if found, seen := f.labels[key]; seen {
		return found
	}
	found := -1
	for c, cl := range f.ents.Clusters {
		if cl.Label != entities.Person || !match(cl.Name) {
			continue
		}
		if found >= 0 {
			found = -2 // two people of that name: it does not tell
			break
		}
		found = c
	}
	if f.labels == nil {
		f.labels = map[string]int{}
	}
	f.labels[key] = found
	return found
}

// capsLabel reports whether the words r, before a colon, are a
// transcript's label for who speaks: one or two words in capitals, the
// last of three letters or more (TOLLEY, JAKE TOLLEY).
func (f *finder) capsLabel(r article.Range) bool {
	if r.Last-r.First < 1 || r.Last-r.First > 2 || !allCaps(f.text(r.Last-1)) {
		return false
	}
	for k := r.First; k < r.Last-1; k++ {
		if w := f.text(k); len(w) < 2 || !allCaps(w+"X") {
			return false
		}
	}
	return true
}

// allCaps reports whether w is a word of three or more letters, all
// capitals: a transcript's speaker (TOLLEY).
func allCaps(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 3
}

// lastNext are the words that may open a phrase of time before a noun of
// time (said last week, this month).
var lastNext = map[string]bool{"last": true, "this": true, "next": true}

// ofLinks are the prepositions that may join phrases after a cue's "in"
// (pointed out in its response to the consultation).
var ofLinks = map[string]bool{"of": true, "to": true, "for": true, "on": true}

// asReportedCues report the clause before ", as X …" at a sentence's end.
var asReportedCues = wordList("as-reported")

// asReported reads "As The Times reported, Carrow is …": a cue whose
// subject follows "as" at the start of its sentence (or a bracket) and
// that a comma ends reports the clause after the comma (As Smith reported
// in his book, officials had …); at the sentence's end, after a comma, the
// words before it (Aylmer met Dravick that day, as The Times reported.).
func (f *finder) asReported(sent article.Range, k, e int, sp, ante article.Range) (Quote, bool) {
	as := sp.First - 1
	if as < sent.First || f.lower(as) != "as" || as > sent.First && f.text(as-1) != "(" && f.text(as-1) != "," {
		return Quote{}, false
	}
	switch f.lower(k - 1) {
	case "is", "was", "are", "were", "be":
		return Quote{}, false // the Act, as the bill is called: a name
	}
	c := k + 1
	if c < e && f.a.Tokens[c].Tag == article.RP {
		c++ // pointed out,
	}
	for c < e && c < k+5 && (f.a.Tokens[c].Tag == article.RB || timeWords[f.lower(c)] || f.lower(c) == "on" || f.a.Tokens[c].Tag == article.NNP || f.lastTime(c, e)) {
		c++ // reported on Saturday, said last week,
	}
	if c < e && (f.lower(c) == "in" || f.lower(c) == "on") {
		// reported in his book, pointed out in its response to the
		// consultation,
		end := f.npAfter(c+1, e)
		for end > c+1 && end+1 < e && ofLinks[f.lower(end)] {
			next := f.npAfter(end+1, e)
			if next <= end+1 {
				break
			}
			end = next
		}
		if end > c+1 && end < e && f.text(end) == "," {
			c = end
		}
	}
	cue := article.Range{First: k, Last: k + 1}
	before := article.Range{First: sent.First, Last: as - 1}
	if as > sent.First && f.text(as-1) == "," && c >= e {
		// …, as The Times reported. (Not "as Heath went on to
		// interject", nor after quoted words, which have a speaker.)
		if k > sp.Last+1 || !asReportedCues[f.lower(k)] || !f.clause(before) || f.some(before.First, before.Last, func(j int) bool { return f.a.Tokens[j].Kind.IsQuote() }) {
			return Quote{}, false
		}
		return f.indirectQuote(before, cue, sp, ante), true
	}
	if c >= e || f.text(c) != "," {
		return Quote{}, false
	}
	content := article.Range{First: c + 1, Last: f.clauseEnd(c+1, e)}
	if !f.clause(content) {
		return Quote{}, false
	}
	q := f.indirectQuote(content, cue, sp, ante)
	q.startFixed = true
	return q, true
}

// askedQuestion reads the question put to someone at the cue k, when k is
// "asked" opening its sentence or after when, was or were, and a
// question word follows: "Asked whether the plan would pass, Lee said …",
// "when asked about the vote". Its content runs to the next comma; it
// has no speaker, or the one "by" names.
func (f *finder) askedQuestion(sent article.Range, k, e int) (Quote, bool) {
	if f.lower(k) != "asked" || k+2 >= e {
		return Quote{}, false
	}
	if k > sent.First {
		switch f.lower(k - 1) {
		case "when", "was", "were", "being", "after", "if":
		default:
			return Quote{}, false
		}
	}
	var sp article.Range
	c := k + 1
	if f.lower(c) == "by" {
		if end := f.npAfter(c+1, e); end > c+1 {
			sp = article.Range{First: c + 1, Last: end}
			c = end
		}
	}
	// Asked specifically what …, asked in Iowa recently whether …, asked
	// at the conference about …: a short phrase before the question
	for n := 0; n < 6 && c < e && !questionWords[f.lower(c)] && f.lower(c) != "about"; n++ {
		if t := f.a.Tokens[c]; t.Tag != article.RB && t.Tag != article.IN && t.Tag != article.NNP && t.Tag != article.DT && t.Tag != article.NN && t.Tag != article.JJ {
			break
		}
		c++
	}
	if c >= e || !questionWords[f.lower(c)] && f.lower(c) != "about" {
		return Quote{}, false
	}
	if f.lower(c) == "about" {
		c++
	}
	content := article.Range{First: c, Last: f.toComma(c, e)}
	if content.Last-content.First < 2 {
		return Quote{}, false
	}
	q := f.indirectQuote(content, article.Range{First: k, Last: k + 1}, sp, article.Range{})
	// Asked if she would run again, she laughed: a question opening the
	// sentence ends at its comma, where the main clause starts (the
	// learned end does not move it on)
	q.endFixed = k == sent.First && content.Last+1 < e && f.text(content.Last) == "," && f.subjectFirst(content.Last+1, e)
	return q, true
}

// toComma returns the first comma, semicolon or quotation mark from token
// c on, or e: where a clause with no verb to go by ends.
func (f *finder) toComma(c, e int) int {
	end := c
	for end < e && f.text(end) != "," && f.text(end) != ";" && !f.a.Tokens[end].Kind.IsQuote() {
		end++
	}
	return end
}

// signed reports the posts an article pastes with their signature on the
// line after them (Today I resigned as mayor. ¶ — Jane Moss
// (@JaneMossHartley) November 20, 2026): the paragraph before a line
// that opens with a dash, a name that speaks and a handle in brackets is
// a direct quotation of the name's, when it holds no quotation mark and
// no quotation found already.
func (f *finder) signed() {
	var quoted []bool // paragraphs holding a quotation found already, once there is a signature
	for pi := 1; pi < len(f.a.Paragraphs); pi++ {
		r := f.a.Paragraphs[pi].Tokens
		if f.a.Paragraphs[pi].Kind != article.Body || r.Last-r.First < 4 || r.Last-r.First > 20 || f.a.Tokens[r.First].Kind != article.Dash && f.text(r.First) != "-" {
			continue
		}
		end := f.npAfter(r.First+1, r.Last)
		sp := article.Range{First: r.First + 1, Last: end}
		if end == r.First+1 || end+1 >= r.Last || f.text(end) != "(" || !strings.HasPrefix(f.text(end+1), "@") || !f.speaks(sp) {
			continue
		}
		if quoted == nil {
			quoted = make([]bool, len(f.a.Paragraphs))
			for _, q := range f.out {
				quoted[q.Paragraph] = true
			}
		}
		prev := f.a.Paragraphs[pi-1]
		q := prev.Tokens
		if prev.Kind != article.Body || q.Last-q.First < 2 || f.holdsMark(q.First, q.Last) || quoted[pi-1] {
			continue
		}
		quote := Quote{Kind: Direct, Parts: []article.Span{f.span(q)}, Content: f.span(q), Cue: f.span(article.Range{First: r.First, Last: r.First + 1}),
			Speaker: f.span(sp), Paragraph: pi - 1, SpeakerCluster: -1}
		quote.SpeakerName, quote.SpeakerCluster = f.speakerOf(sp)
		quote.fixed = true
		f.out = append(f.out, quote)
	}
}
