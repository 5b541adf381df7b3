package quotes

import (
	"github.com/whosaid/whosaid/article"
)

// objectCues take the hearer as object before the reported clause: told
// reporters that …
var objectCues = map[string]bool{"told": true, "tell": true, "tells": true, "telling": true, "warned": true, "warns": true,
	"assured": true, "assures": true, "informed": true, "reminded": true, "urged": true, "asked": true, "promised": true}

// indirect finds reported speech, sentence by sentence: "X said (that) …",
// "X told reporters …", "…, X said.", "according to X, …". A reported
// clause holding unattributed quoted words makes a mixed quotation.
func (f *finder) indirect() {
	direct := len(f.out)
	for si := range f.a.Sentences {
		s := f.a.Sentences[si]
		switch f.a.Paragraphs[s.Paragraph].Kind {
		case article.Boilerplate, article.Credit, article.Byline, article.Dateline:
			continue
		}
		if q, ok := f.reported(s.Tokens); ok {
			q.Paragraph = s.Paragraph
			if f.absorb(&q, &direct) {
				f.out = append(f.out, q)
			}
		}
	}
}

// end returns the last content token (exclusive) of a sentence: without
// its final punctuation and closing marks.
func (f *finder) end(r article.Range) int {
	e := r.Last
	for e > r.First {
		t := f.a.Tokens[e-1]
		if t.Kind == article.Punct || t.Kind == article.CloseQuote || t.Kind == article.Quote || t.Kind == article.Ellipsis {
			e--
			continue
		}
		break
	}
	return e
}

// clause reports whether tokens r look like a reported clause: at least
// three words with a verb among them.
func (f *finder) clause(r article.Range) bool {
	if r.Last-r.First < 3 {
		return false
	}
	for k := r.First; k < r.Last; k++ {
		if t := f.a.Tokens[k].Tag; t.IsVerb() || t == article.MD {
			return true
		}
	}
	return false
}

func (f *finder) reported(sent article.Range) (Quote, bool) {
	e := f.end(sent)
	for k := sent.First; k < e; k++ {
		w := f.lower(k)
		// according to X, …   /   …, according to X.
		if w == "according" && k+1 < e && f.lower(k+1) == "to" {
			spEnd := f.npAfter(k+2, e)
			if spEnd == k+2 {
				continue
			}
			if spEnd+1 < e {
				switch f.lower(spEnd) {
				case "by", "of", "from", "at", "for":
					// according to a report by the University of Leeds
					if e2 := f.npAfter(spEnd+1, e); e2 > spEnd+1 {
						spEnd = e2
					}
				}
			}
			cue := article.Range{First: k, Last: k + 2}
			sp := article.Range{First: k + 2, Last: spEnd}
			var content article.Range
			if k == sent.First || f.a.Tokens[k-1].Kind == article.OpenQuote {
				c := spEnd
				if c < e && f.text(c) == "," {
					c++
				}
				content = article.Range{First: c, Last: e}
			} else {
				c := k
				if c > sent.First && f.text(c-1) == "," {
					c--
				}
				content = article.Range{First: sent.First, Last: c}
			}
			if f.clause(content) {
				return f.indirectQuote(content, cue, sp), true
			}
			continue
		}
		if !f.isCue(k) || !f.a.Tokens[k].Tag.IsVerb() {
			continue
		}
		// Subject before the cue.
		v := k
		for v > sent.First && f.a.Tokens[v-1].Tag == article.RB {
			v-- // also said
		}
		subj := f.npBefore(v, sent.First)
		if subj < v && subj-1 > sent.First {
			switch f.lower(subj - 1) {
			case "of", "for", "at", "from", "with":
				// a spokesperson for the department said
				if s2 := f.npBefore(subj-1, sent.First); s2 < subj-1 {
					subj = s2
				}
			}
		}
		if subj < v && (subj == sent.First || f.text(subj-1) == "," || f.a.Tokens[subj-1].Kind == article.OpenQuote) {
			// X said (that) …
			c := k + 1
			if objectCues[w] {
				c = f.npAfter(c, e)
			}
			that := -1
			for n := c; n < e && n < c+8; n++ {
				if f.text(n) == "," || f.a.Tokens[n].Kind.IsQuote() {
					break
				}
				if f.lower(n) == "that" {
					that = n
					break
				}
			}
			if that >= 0 {
				c = that + 1
			} else if weakCues[w] {
				goto trailing
			}
			if c < e && (f.text(c) == "," || f.text(c) == ":") {
				c++
			}
			if content := (article.Range{First: c, Last: e}); f.clause(content) {
				return f.indirectQuote(content, article.Range{First: k, Last: k + 1}, article.Range{First: subj, Last: v}), true
			}
		}
	trailing:
		// …, X said.   /   …, said X.
		if weakCues[w] {
			continue
		}
		if subj < v && subj > sent.First && f.text(subj-1) == "," && f.tail(k+1, e) {
			content := article.Range{First: sent.First, Last: subj - 1}
			if f.clause(content) {
				return f.indirectQuote(content, article.Range{First: k, Last: k + 1}, article.Range{First: subj, Last: v}), true
			}
		}
		if k > sent.First && f.text(k-1) == "," {
			if spEnd := f.npAfter(k+1, e); spEnd > k+1 && f.tail(spEnd, e) {
				content := article.Range{First: sent.First, Last: k - 1}
				if f.clause(content) {
					return f.indirectQuote(content, article.Range{First: k, Last: k + 1}, article.Range{First: k + 1, Last: spEnd}), true
				}
			}
		}
	}
	return Quote{}, false
}

// tail reports whether tokens i..e are only an adjunct after a trailing
// cue: "on Friday", "in a statement", "Tuesday".
func (f *finder) tail(i, e int) bool {
	if e-i > 5 {
		return false
	}
	for k := i; k < e; k++ {
		switch f.a.Tokens[k].Tag {
		case article.IN, article.DT, article.NNP, article.NN, article.CD, article.JJ, article.RB, article.TO, article.NNS:
		default:
			return false
		}
	}
	return true
}

func (f *finder) indirectQuote(content, cue, sp article.Range) Quote {
	q := Quote{Kind: Indirect, Content: f.span(content), Cue: f.span(cue), Speaker: f.span(sp), SpeakerCluster: -1}
	q.Parts = []article.Span{q.Content}
	q.SpeakerName, q.SpeakerCluster = f.speakerOf(sp)
	return q
}

// absorb settles a reported clause against the quotations in marks found
// so far (f.out[:direct]): unattributed quoted words inside it become its
// fragments (a mixed quotation); if it is itself inside or around an
// attributed quotation, it is dropped as the quotation's own frame.
func (f *finder) absorb(q *Quote, direct *int) bool {
	// Reported clauses come in text order and the direct quotations are
	// in text order: a cursor keeps this linear.
	for f.cursor < *direct && f.out[f.cursor].Content.End < q.Content.Start-64 {
		f.cursor++
	}
	for i := f.cursor; i < *direct && f.out[i].Content.Start <= q.Content.End; i++ {
		d := &f.out[i]
		// A quotation closing the sentence ends after the clause's last
		// word ("… point.”): take the clause to its end.
		if d.Kind != 0 && d.Content.Start >= q.Content.Start && d.Content.Start < q.Content.End && d.Content.End > q.Content.End && d.Content.End-q.Content.End <= 4 {
			q.Content.End = d.Content.End
			q.Parts[len(q.Parts)-1].End = d.Content.End
		}
		if d.Kind == 0 || !d.Content.Overlaps(q.Content) && !(q.Content.Start <= d.Content.Start && d.Content.End <= q.Content.End) {
			continue
		}
		inside := q.Content.Start <= d.Content.Start && d.Content.End <= q.Content.End
		if !inside || d.SpeakerName != "" && !d.fallback && d.Kind == Direct && d.Content.Len()*2 > q.Content.Len() {
			return false
		}
		if d.Kind == Term {
			continue // a title or scare quote inside reported speech stays a term
		}
		q.Kind = Mixed
		q.Fragments = append(q.Fragments, d.Parts...)
		d.Kind = 0 // absorbed; removed below
	}
	if q.Kind == Mixed {
		keep := f.out[:0]
		for i, d := range f.out {
			if d.Kind != 0 {
				keep = append(keep, d)
			} else if i < *direct {
				*direct--
			}
		}
		f.out = keep
	}
	return true
}
