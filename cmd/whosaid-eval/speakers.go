package main

import (
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/whosaid/whosaid/article"
	"github.com/whosaid/whosaid/entities"
	"github.com/whosaid/whosaid/internal/corpus"
	"github.com/whosaid/whosaid/quotes"
)

// evalSpeakers scores how whosaid resolves the speakers of the quotations
// it finds in GUM documents (he, she, it, they, the spokesman) to a named
// entity, against GUM's coreference. PolNeAR's source accuracy cannot
// tell: a speaker "he" overlaps the gold source "he" whoever it is taken
// for. Each quotation whose speaker is a GUM mention is scored by the
// mention's gold entity: when GUM names that entity in the document
// (a named mention, as the entities eval reads them), the speaker's
// cluster is right if one of its mentions is one of those names, wrong if
// it is another entity's, and unresolved if there is none; when GUM
// names no one (the man, a witness), a speaker left without a cluster is
// right.
func evalSpeakers(args []string, out io.Writer) error {
	fs := flag.NewFlagSet("speakers", flag.ContinueOnError)
	data := fs.String("data", "../shared/data", "path to the shared data folder")
	split := fs.String("split", "test", "GUM split to score on (test, dev, train)")
	errs := fs.Int("errors", 0, "print up to this many speakers resolved wrongly or not at all")
	pronouns := fs.Bool("pronouns", false, "score every he, she, him, his and her outside quotation marks (quotes.ResolvePronouns), not only speakers")
	if err := fs.Parse(args); err != nil {
		return err
	}
	docs, err := gumBuilt(*data, *split, "")
	if err != nil {
		return err
	}
	if *pronouns {
		return evalPronouns(docs, *split, *errs, out)
	}
	var total speakerTally
	byForm := map[string]*speakerTally{}
	notMention := 0
	for _, b := range docs {
		a, err := article.Parse(b.Text)
		if err != nil {
			return err
		}
		res := entities.Recognize(a)
		for _, q := range quotes.Find(a, res) {
			if q.Kind == quotes.Term || q.Speaker.Empty() {
				continue
			}
			g, ok := goldSpeaker(b, q.Speaker)
			if !ok {
				notMention++
				continue
			}
			form := speakerForm(b, g, q.Speaker, a.Text[q.Speaker.Start:q.Speaker.End])
			if byForm[form] == nil {
				byForm[form] = &speakerTally{}
			}
			outcome := scoreSpeaker(b, res, g, q.SpeakerCluster)
			byForm[form].add(outcome)
			total.add(outcome)
			if outcome != right && outcome != unnamed && *errs > 0 {
				*errs--
				name := "(none)"
				if q.SpeakerCluster >= 0 {
					name = res.Clusters[q.SpeakerCluster].Name
				}
				fmt.Fprintf(out, "  %-10s %s: %q -> %s (gold: %s) | %.80q\n", outcome, b.Name, a.Text[q.Speaker.Start:q.Speaker.End], name,
					goldNames(b, g.Entity), a.Text[q.Content.Start:q.Content.End])
			}
		}
	}
	fmt.Fprintf(out, "GUM %s split, %d documents: speakers of whosaid's quotations, resolved against GUM's coreference\n", *split, len(docs))
	fmt.Fprintf(out, "%-12s %5s | %-27s | %-27s\n", "speaker", "n", "GUM names the entity: right", "GUM names no one: right")
	forms := make([]string, 0, len(byForm))
	for f := range byForm {
		forms = append(forms, f)
	}
	sort.Strings(forms)
	for _, f := range forms {
		fmt.Fprintf(out, "%-12s %s\n", f, byForm[f])
	}
	fmt.Fprintf(out, "%-12s %s\n", "all", &total)
	fmt.Fprintf(out, "(%d speakers are no GUM mention: not scored)\n", notMention)
	return nil
}

// evalPronouns scores quotes.ResolvePronouns: every person pronoun it
// resolves, and every one it leaves out, that GUM marks as a mention.
func evalPronouns(docs []corpus.Built, split string, errs int, out io.Writer) error {
	var total, nearTotal speakerTally
	byForm, nearByForm := map[string]*speakerTally{}, map[string]*speakerTally{}
	for _, b := range docs {
		a, err := article.Parse(b.Text)
		if err != nil {
			return err
		}
		res := entities.Recognize(a)
		resolved := map[article.Span]int{}
		for _, r := range quotes.ResolvePronouns(a, res) {
			resolved[r.Pronoun] = r.Cluster
		}
		gold := map[article.Span]corpus.Labeled{}
		for _, m := range b.All {
			gold[article.Span{Start: m.Start, End: m.End}] = m
		}
		quoted := quotedSpans(a, res)
		for _, t := range a.Tokens {
			w := strings.ToLower(a.Text[t.Start:t.End])
			switch w {
			case "he", "she", "him", "his", "her", "himself", "herself":
			default:
				continue
			}
			g, ok := gold[t.Span]
			if !ok || quoted(t.Start) {
				continue
			}
			c, ok := resolved[t.Span]
			if !ok {
				c = -1
			}
			o := scoreSpeaker(b, res, g, c)
			form := w
			if w == "him" || w == "his" || w == "himself" {
				form = "him/his"
			} else if w == "herself" {
				form = "her"
			}
			if byForm[form] == nil {
				byForm[form], nearByForm[form] = &speakerTally{}, &speakerTally{}
			}
			byForm[form].add(o)
			total.add(o)
			near := scoreSpeaker(b, res, g, nearestPerson(res, t.Start, w, quoted))
			nearByForm[form].add(near)
			nearTotal.add(near)
			if o != right && o != unnamed && errs > 0 {
				errs--
				name := "(none)"
				if c >= 0 {
					name = res.Clusters[c].Name
				}
				fmt.Fprintf(out, "  %-10s %s: %q -> %s (gold: %s) | %q\n", o, b.Name, w, name, goldNames(b, g.Entity), a.Text[max(0, t.Start-160):t.End])
			}
		}
	}
	fmt.Fprintf(out, "GUM %s split, %d documents: person pronouns outside quotation marks, resolved against GUM's coreference\n", split, len(docs))
	fmt.Fprintf(out, "%-12s %5s | %-27s | %-27s | %s\n", "pronoun", "n", "GUM names the entity: right", "GUM names no one: right", "nearest person: right")
	for _, f := range []string{"he", "him/his", "she", "her"} {
		if byForm[f] != nil {
			fmt.Fprintf(out, "%-12s %s | %s\n", f, byForm[f], nearByForm[f].named())
		}
	}
	fmt.Fprintf(out, "%-12s %s | %s\n", "all", &total, nearTotal.named())
	return nil
}

// nearestPerson is the baseline resolution: the cluster of the nearest
// person mention before off, outside quotation marks, whose gender does
// not clash with pronoun w's; -1 if none.
func nearestPerson(res *entities.Result, off int, w string, quoted func(int) bool) int {
	g := "male"
	if strings.HasPrefix(w, "s") || strings.HasPrefix(w, "her") {
		g = "female"
	}
	for i := len(res.Mentions) - 1; i >= 0; i-- {
		m := res.Mentions[i]
		if m.Start >= off || m.Label != entities.Person || quoted(m.Start) || m.Boilerplate || m.Credit {
			continue
		}
		if c := res.Clusters[m.Cluster]; c.Gender == "" || c.Gender == g {
			return m.Cluster
		}
	}
	return -1
}

// quotedSpans returns a test of whether a byte offset of a's text lies in
// a direct quotation or a term (res its entities): pronouns there are
// someone's words, which ResolvePronouns leaves alone.
func quotedSpans(a *article.Article, res *entities.Result) func(int) bool {
	var spans [][2]int
	for _, q := range quotes.Find(a, res) {
		if q.Kind == quotes.Direct || q.Kind == quotes.Term {
			for _, p := range q.Parts {
				spans = append(spans, [2]int{p.Start, p.End})
			}
		}
	}
	return func(off int) bool {
		for _, s := range spans {
			if s[0] <= off && off < s[1] {
				return true
			}
		}
		return false
	}
}

type outcome int

const (
	right      outcome = iota // the cluster of the entity GUM names
	wrong                     // another entity's cluster
	unresolved                // no cluster, though GUM names the entity
	unnamed                   // no cluster, and GUM names no one: right
	named                     // a cluster, though GUM names no one
)

func (o outcome) String() string {
	return [...]string{"right", "wrong", "unresolved", "unnamed", "named"}[o]
}

// speakerTally counts outcomes.
type speakerTally struct {
	counts [5]int
}

func (t *speakerTally) add(o outcome) { t.counts[o]++ }

// named is the share right of the speakers whose entity GUM names.
func (t *speakerTally) named() string {
	c := t.counts
	return ratio(c[right], c[right]+c[wrong]+c[unresolved], "")
}

func (t *speakerTally) String() string {
	c := t.counts
	withName := c[right] + c[wrong] + c[unresolved]
	return fmt.Sprintf("%5d | %s | %s", withName+c[unnamed]+c[named],
		ratio(c[right], withName, fmt.Sprintf("wrong %d, none %d", c[wrong], c[unresolved])),
		ratio(c[unnamed], c[unnamed]+c[named], ""))
}

func ratio(n, d int, note string) string {
	if d == 0 {
		return fmt.Sprintf("%-27s", "-")
	}
	s := fmt.Sprintf("%d/%d %.3f", n, d, float64(n)/float64(d))
	if note != "" {
		s += " (" + note + ")"
	}
	return fmt.Sprintf("%-27s", s)
}

// goldSpeaker returns the GUM mention a speaker span stands for: the one
// with its span, else the shortest one holding it.
func goldSpeaker(b corpus.Built, sp article.Span) (corpus.Labeled, bool) {
	best, found := corpus.Labeled{}, false
	for _, m := range b.All {
		if m.Start == sp.Start && m.End == sp.End {
			return m, true
		}
		if m.Start <= sp.Start && sp.End <= m.End && (!found || m.End-m.Start < best.End-best.Start) {
			best, found = m, true
		}
	}
	return best, found
}

// speakerForm names what kind of words the speaker is: a pronoun (its
// word), a name (a named mention of GUM's), or a description.
func speakerForm(b corpus.Built, g corpus.Labeled, sp article.Span, words string) string {
	switch w := strings.ToLower(words); w {
	case "he", "she", "it", "they", "i", "we", "you", "who":
		return w
	}
	for _, n := range b.Entities {
		if n.Start >= sp.Start && n.End <= sp.End && n.Entity == g.Entity {
			return "name"
		}
	}
	return "description"
}

// scoreSpeaker tells whether cluster c of res is the entity of gold
// mention g.
func scoreSpeaker(b corpus.Built, res *entities.Result, g corpus.Labeled, c int) outcome {
	names := map[[2]int]bool{}
	for _, n := range b.Entities {
		if n.Entity == g.Entity && g.Entity != 0 {
			names[[2]int{n.Start, n.End}] = true
		}
	}
	if len(names) == 0 {
		if c < 0 {
			return unnamed
		}
		return named
	}
	if c < 0 {
		return unresolved
	}
	for _, m := range res.Mentions {
		if m.Cluster == c && names[[2]int{m.Start, m.End}] {
			return right
		}
	}
	return wrong
}

// goldNames lists the names GUM gives entity e in the document.
func goldNames(b corpus.Built, e int) string {
	seen := map[string]bool{}
	var out []string
	for _, n := range b.Entities {
		if n.Entity == e && e != 0 && !seen[b.Text[n.Start:n.End]] {
			seen[b.Text[n.Start:n.End]] = true
			out = append(out, b.Text[n.Start:n.End])
		}
	}
	if len(out) == 0 {
		return "no name"
	}
	return strings.Join(out, ", ")
}
