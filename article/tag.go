package article

// Tag is a Penn Treebank part-of-speech tag. The zero Tag means untagged.
type Tag uint8

// The Penn Treebank tags the tagger assigns.
const (
	NoTag Tag = iota
	CC
	CD
	DT
	EX
	FW
	IN
	JJ
	JJR
	JJS
	LS
	MD
	NN
	NNS
	NNP
	NNPS
	PDT
	POS
	PRP
	PRPS // PRP$
	RB
	RBR
	RBS
	RP
	SYM
	TO
	UH
	VB
	VBD
	VBG
	VBN
	VBP
	VBZ
	WDT
	WP
	WPS // WP$
	WRB
	Comma        // ,
	Period       // .
	Colon        // :
	OpenQuoteTag // ``
	CloseQuoteTag
	Pound  // #
	Dollar // $
	LRB    // -LRB-
	RRB    // -RRB-
	NoneTag
	HyphenTag // -
	NFP
	ADD
	AFX
	GW
	HYPH
	XX
	OpenParen  // ( as prose's model writes -LRB-
	CloseParen // ) as prose's model writes -RRB-
)

var tagNames = [...]string{
	NoTag: "", CC: "CC", CD: "CD", DT: "DT", EX: "EX", FW: "FW", IN: "IN", JJ: "JJ", JJR: "JJR",
	JJS: "JJS", LS: "LS", MD: "MD", NN: "NN", NNS: "NNS", NNP: "NNP", NNPS: "NNPS", PDT: "PDT",
	POS: "POS", PRP: "PRP", PRPS: "PRP$", RB: "RB", RBR: "RBR", RBS: "RBS", RP: "RP", SYM: "SYM",
	TO: "TO", UH: "UH", VB: "VB", VBD: "VBD", VBG: "VBG", VBN: "VBN", VBP: "VBP", VBZ: "VBZ",
	WDT: "WDT", WP: "WP", WPS: "WP$", WRB: "WRB", Comma: ",", Period: ".", Colon: ":",
	OpenQuoteTag: "``", CloseQuoteTag: "''", Pound: "#", Dollar: "$", LRB: "-LRB-", RRB: "-RRB-",
	NoneTag: "-NONE-", HyphenTag: "-", NFP: "NFP", ADD: "ADD", AFX: "AFX", GW: "GW", HYPH: "HYPH", XX: "XX",
	OpenParen: "(", CloseParen: ")",
}

// String returns the tag as written in the Penn Treebank, such as "NNP" or "PRP$".
func (t Tag) String() string {
	if int(t) < len(tagNames) {
		return tagNames[t]
	}
	return ""
}

// ParseTag returns the Tag written s, and false if s is not a known tag.
func ParseTag(s string) (Tag, bool) {
	for t, name := range tagNames {
		if name == s && t != int(NoTag) {
			return Tag(t), true
		}
	}
	return NoTag, false
}

// IsNoun reports whether t is a common or proper noun tag.
func (t Tag) IsNoun() bool { return t >= NN && t <= NNPS }

// IsProperNoun reports whether t is NNP or NNPS.
func (t Tag) IsProperNoun() bool { return t == NNP || t == NNPS }

// IsVerb reports whether t is a verb tag (VB, VBD, VBG, VBN, VBP, VBZ).
func (t Tag) IsVerb() bool { return t >= VB && t <= VBZ }

// IsFinite reports whether t is a finite verb or a modal: VBD, VBZ, VBP
// or MD.
func (t Tag) IsFinite() bool { return t == VBD || t == VBZ || t == VBP || t == MD }

// IsAdjective reports whether t is JJ, JJR or JJS.
func (t Tag) IsAdjective() bool { return t >= JJ && t <= JJS }
