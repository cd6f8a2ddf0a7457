package claims

import (
	"sort"
	"strconv"

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
	title      bool // matched through the person's title ("the foreign minister")
	// qualified: a name of two words or more besides articles ("المجلس الرئاسي"), not a bare
	// head noun ("المجلس", "the ministry").
	qualified bool
	// place: a capital named as a place ("زيارة إلى طوكيو", "in Moscow"), not as the state it
	// speaks for: never a speaker.
	place bool
	// joint: several forces named at once (jointOf: "Thai and Cambodian troops", "the two
	// armies"): a set's members, never a speaker nor a claim's subject.
	joint bool
	// otherEvent: a context alias of a body made for another event than the one the article
	// names (mentions_event_body.go): no name of it, only a description that may refer back.
	otherEvent bool
}

// sentInfo is everything found in one sentence before topic rules run.
type sentInfo struct {
	// content marks content nouns ("claims", "الأنباء", lexicon content_nouns), worked out only
	// in a sentence with a denial (nil otherwise): a denial of them denies what they say.
	content []bool
	// told marks fighting words ("violated", "خرق") in a sentence with a dismissal (nil
	// otherwise): what reported content says of a truce it names (denied_dismissed_content.go).
	told []bool
	// manner marks the start of a manner adjunct ("under pressure", "تحت ضغوط") in a sentence
	// with a dismissal (nil otherwise): the dismissal is of the manner.
	manner  []bool
	s       sentences.Sentence
	idx     int // position in the article's sentences
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
	cond      []bool // token is inside a conditional clause (if ..., إذا ...)
	attrs     []attribution
	bg        bool
	// corr: where the corrected part of a correction begins (corrections.go), 0 when the
	// sentence is none; drafts before it of a topic it corrects are retracted.
	corr int
	// exclCache holds the sentence's exclusion drafts once computed (category inference reads
	// earlier sentences).
	exclCache []draft
	cueHits   []hit   // topic cue hits grouped by topic, built on first use
	cueStart  []int32 // topic index t's group is cueHits[cueStart[t]:cueStart[t+1]]
	// Indexes that keep lookups constant-time however long the sentence: starts[i] has bit c
	// set when a cue hit of category c starts at token i; entAt[i] is the mention starting at
	// token i (-1: none); bcount[i] counts the boundaries before token i.
	starts []uint64
	entAt  []int32
	bcount []int32
	nouns  []hit // ceasefire, agreement and talks nouns, in token order
	// anyTruceFrames caches where the term demand modals and condition nouns start
	// (modality_any_truce.go), once anyTruceFramesDone.
	anyTruceFrames     []int32
	anyTruceFramesDone bool
}

// Categories must fit the bits of a start mask.
var _ = [64 - numCategories]struct{}{}

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
	if uint(i) >= uint(len(si.starts)) || si.starts[i]&(1<<c) == 0 {
		return hit{}, false
	}
	hs := si.hitsOf(c)
	k := sort.Search(len(hs), func(k int) bool { return hs[k].start >= i })
	return hs[k], true
}

// startsAt reports whether a hit of category c starts at token i (hitAt's ok, inlined).
func (si *sentInfo) startsAt(c category, i int) bool {
	return uint(i) < uint(len(si.starts)) && si.starts[i]&(1<<c) != 0
}

// hitsOfAt returns every hit of category c starting at token i, longest first.
func (si *sentInfo) hitsOfAt(c category, i int) []hit {
	if uint(i) >= uint(len(si.starts)) || si.starts[i]&(1<<c) == 0 {
		return nil
	}
	return hitsStartingAt(si.hitsOf(c), i)
}

// hitsStartingIn returns the hits of a start-ordered list that start in [from, to].
func hitsStartingIn(hits []hit, from, to int) []hit {
	lo := sort.Search(len(hits), func(k int) bool { return hits[k].start >= from })
	hi := lo
	for hi < len(hits) && hits[hi].start <= to {
		hi++
	}
	return hits[lo:hi]
}

// mentionAt returns the entity mention starting at token i.
func (si *sentInfo) mentionAt(i int) (mention, bool) {
	if uint(i) >= uint(len(si.entAt)) || si.entAt[i] < 0 {
		return mention{}, false
	}
	return si.ents[si.entAt[i]], true
}

// mentionEndingAt returns the entity mention that ends right before token i.
func (si *sentInfo) mentionEndingAt(i int) (mention, bool) {
	if k := si.firstMentionFrom(i) - 1; k >= 0 && si.ents[k].end == i {
		return si.ents[k], true
	}
	return mention{}, false
}

// firstMentionFrom is the index in ents of the first mention starting at or after token i.
func (si *sentInfo) firstMentionFrom(i int) int {
	return sort.Search(len(si.ents), func(k int) bool { return si.ents[k].start >= i })
}

// mentionsEndingBy is how many mentions end at or before token i (mentions do not overlap, so
// they are in end order too).
func (si *sentInfo) mentionsEndingBy(i int) int {
	return sort.Search(len(si.ents), func(k int) bool { return si.ents[k].end > i })
}

// boundaryIn reports whether a boundary token lies in [a, b).
func (si *sentInfo) boundaryIn(a, b int) bool {
	a, b = max(a, 0), min(b, len(si.toks))
	return a < b && si.bcount[b] > si.bcount[a]
}

// indexMentions rebuilds entAt (one slot per token) from si.ents.
func (si *sentInfo) indexMentions() {
	for i := range si.entAt {
		si.entAt[i] = -1
	}
	for k, m := range si.ents {
		si.entAt[m.start] = int32(k)
	}
}

// tokIn reports set[si.tokText(i)], where set is the function-word set of class c: from the
// token's word's classes, without a map lookup.
func (si *sentInfo) tokIn(i int, c wordClass, set map[string]bool) bool {
	if uint(i) >= uint(len(si.toks)) {
		return set[""]
	}
	if w := si.toks[i].w; w != nil {
		return w.classes&c != 0
	}
	return set[si.toks[i].text]
}

// tokInEither reports a[si.tokText(i)] || b[si.tokText(i)], where c is the class of the union
// of the two sets.
func (si *sentInfo) tokInEither(i int, c wordClass, a, b map[string]bool) bool {
	if uint(i) < uint(len(si.toks)) && si.toks[i].w != nil {
		return si.toks[i].w.classes&c != 0
	}
	t := si.tokText(i)
	return a[t] || b[t]
}

func (si *sentInfo) tokText(i int) string {
	if i < 0 || i >= len(si.toks) {
		return ""
	}
	return si.toks[i].text
}

// questionSentence: the sentence ends with a question mark (before any closing quote).
func questionSentence(si *sentInfo) bool {
	for k := len(si.toks) - 1; k >= 0 && k >= len(si.toks)-3; k-- {
		switch si.toks[k].text {
		case "?", "؟":
			return true
		}
		if !si.toks[k].punct {
			return false
		}
	}
	return false
}

// fourDigitNumber: the token is a number of four digits (a year, a count or a clock time), and
// its value; callers decide which range and context make it a year.
func fourDigitNumber(t *token) (int, bool) {
	if !t.number || len(t.text) != 4 {
		return 0, false
	}
	y, err := strconv.Atoi(t.text)
	return y, err == nil
}
