package claims

import (
	"github.com/tanaqud/tanaqud/schemas"
	"github.com/tanaqud/tanaqud/transforms/sentences"
	"github.com/tanaqud/tanaqud/transforms/textnorm"
)

// mention is one entity name found in a sentence.
type mention struct {
	start, end int // tokens
	e          *schemas.Entity
	context    bool // matched through a context alias
	demonym    bool // an adjective (روسية, Turkish): a set member, never a speaker or subject
}

// sentInfo is everything found in one sentence before topic rules run.
type sentInfo struct {
	s       sentences.Sentence
	norm    textnorm.Text
	toks    []token
	hits    []hit
	entHits []hit
	ents    []mention
	has     [numCategories]bool
	// byCatFlat holds the cue hits grouped by category, each group in token order;
	// catStart[c]..catStart[c+1] is category c's group.
	byCatFlat []hit
	catStart  [numCategories + 1]int32
	trap      []bool // token is inside a negation trap phrase (لا يزال, not only)
	boundary  []bool // token ends the scope of a cue
	attrs     []attribution
	bg        bool
	// exclCache holds the sentence's exclusion drafts once computed (category inference reads
	// earlier sentences).
	exclCache []draft
	cueHits   []hit   // topic cue hits grouped by topic, built on first use
	cueStart  []int32 // topic index t's group is cueHits[cueStart[t]:cueStart[t+1]]
}

// originalSpan returns the original text of tokens [a, b).
func (si *sentInfo) originalSpan(a, b int) string {
	if a >= b || b > len(si.toks) {
		return ""
	}
	s := si.norm.OriginalOffset(int(si.toks[a].start))
	e := si.norm.OriginalOffset(int(si.toks[b-1].end))
	return si.norm.Original[s:e]
}

// hitsOf returns the hits of one category (shared: callers must not modify it).
func (si *sentInfo) hitsOf(c category) []hit {
	return si.byCatFlat[si.catStart[c]:si.catStart[c+1]]
}

// hitAt returns the longest hit of category c starting at token i.
func (si *sentInfo) hitAt(c category, i int) (hit, bool) {
	for _, h := range si.hitsOf(c) {
		if h.start == i {
			return h, true
		}
		if h.start > i {
			break
		}
	}
	return hit{}, false
}

// mentionAt returns the entity mention starting at token i.
func (si *sentInfo) mentionAt(i int) (mention, bool) {
	for _, m := range si.ents {
		if m.start == i {
			return m, true
		}
		if m.start > i {
			break
		}
	}
	return mention{}, false
}

func (si *sentInfo) tokText(i int) string {
	if i < 0 || i >= len(si.toks) {
		return ""
	}
	return si.toks[i].text
}
