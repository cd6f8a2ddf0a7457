package claims

import (
	"github.com/tanaqud/tanaqud/schemas"
	"github.com/tanaqud/tanaqud/transforms/textnorm"
)

// scratch holds the working buffers of one Analyze call. Sentences of one article are analysed
// together (rules read earlier sentences), so each buffer is an arena: every sentence carves its
// slices from it. A pool on the Extractor lends scratches to calls, so steady-state analysis
// allocates little beyond its output; nothing in a scratch outlives the call that borrowed it.
type scratch struct {
	infos   []sentInfo
	ptrs    []*sentInfo
	toks    []token
	found   []hit // matcher output of the sentence being prepared
	across  acrossQuotes
	hits    []hit
	ents    []mention
	flags   []bool
	masks   []uint64
	ints    []int32
	claims  []Claim
	skip    []bool
	cueNext []int32
	cueKept []hit      // topicCues: the sentence's topic cues not trapped or idle
	times   []timeExpr // parseTimes output of the sentence being ruled on
	nums    []numExpr  // parseNumbers output of the sentence being ruled on

	// sentDrafts holds each sentence's drafts while the topic rules run (appendClaims), its
	// buffers kept across articles; ruled marks the sentences they read.
	sentDrafts [][]draft
	ruled      []bool
	// attributions and resolved speakers of the article's sentences
	attrs       []attribution
	attrTmp     []attribution
	speakers    []*schemas.Entity
	speakerRows [][]*schemas.Entity
	seen        []claimKey // finalize's per-sentence dedup keys
	present     []string   // countries the article names outright
	// norm holds the matching forms of the article's sentences (and of its title and source
	// when rules scan them); they are read only while the article is analysed.
	norm textnorm.Arena
	// words caches, per language, the word entries this scratch has looked up: read by one
	// goroutine at a time, in front of the language's shared cache.
	words map[*language]*wordCache

	// activeTruces: the war files whose truce_names prepare reads as ceasefire nouns in the
	// article (truce_names.go); warTruceSeen: prepare dropped such a name of another file.
	activeTruces map[string]bool
	warTruceSeen bool
	// strays: the stray generic names (strayGenericNames) of the sentences prepare reads
	// again without them.
	strays []strayName
}

// localWords returns the scratch's word cache for a language.
func (sc *scratch) localWords(l *language) *wordCache {
	c := sc.words[l]
	if c == nil {
		if sc.words == nil {
			sc.words = map[*language]*wordCache{}
		}
		c = &wordCache{m: map[string]*wordInfo{}}
		sc.words[l] = c
	}
	return c
}

// carve returns the next n elements of *buf as a zeroed slice of capacity n. When the buffer is
// full a larger one replaces it; slices carved earlier keep the old backing array.
func carve[T any](buf *[]T, n int) []T {
	b := *buf
	if cap(b)-len(b) < n {
		b = make([]T, 0, 2*cap(b)+n)
	}
	s := b[len(b) : len(b)+n : len(b)+n]
	clear(s)
	*buf = b[:len(b)+n]
	return s
}

// carveDirty is carve for callers that overwrite every element: it skips the zeroing.
func carveDirty[T any](buf *[]T, n int) []T {
	b := *buf
	if cap(b)-len(b) < n {
		b = make([]T, 0, 2*cap(b)+n)
	}
	s := b[len(b) : len(b)+n : len(b)+n]
	*buf = b[:len(b)+n]
	return s
}

// reset empties the scratch for the next call, dropping references into the finished article.
func (sc *scratch) reset() {
	clear(sc.infos)
	clear(sc.ptrs)
	clear(sc.toks)
	// found and hits are not cleared: a hit holds no pointer, so it pins nothing, and every
	// slice carved from them is written before it is read. (Zeroing them was the largest of
	// these clears.)
	clear(sc.ents)
	for i, d := range sc.sentDrafts {
		clear(d) // drafts point at the article's members
		sc.sentDrafts[i] = d[:0]
	}
	clear(sc.claims)
	clear(sc.attrs)
	clear(sc.speakers)
	clear(sc.speakerRows)
	clear(sc.seen[:cap(sc.seen)])   // finalize reslices it per sentence
	clear(sc.times[:cap(sc.times)]) // they point at time zone offsets
	sc.times = sc.times[:0]
	sc.nums = sc.nums[:0]
	sc.seen = sc.seen[:0]
	sc.attrs = sc.attrs[:0]
	sc.speakers = sc.speakers[:0]
	sc.speakerRows = sc.speakerRows[:0]
	sc.infos = sc.infos[:0]
	sc.ptrs = sc.ptrs[:0]
	sc.toks = sc.toks[:0]
	sc.found = sc.found[:0]
	sc.hits = sc.hits[:0]
	sc.ents = sc.ents[:0]
	sc.flags = sc.flags[:0]
	sc.masks = sc.masks[:0]
	sc.ints = sc.ints[:0]
	sc.ruled = sc.ruled[:0]
	sc.claims = sc.claims[:0]
	sc.norm.Reset()
}

// getScratch borrows a scratch from the extractor's pool.
func (x *Extractor) getScratch() *scratch {
	if sc, ok := x.pool.Get().(*scratch); ok {
		return sc
	}
	return &scratch{}
}

// putScratch returns a scratch to the pool, unless one article made it very large.
func (x *Extractor) putScratch(sc *scratch) {
	if cap(sc.toks) > maxPooledTokens {
		return
	}
	sc.reset()
	x.pool.Put(sc)
}

// maxPooledTokens bounds what an idle scratch may hold (about 20 MB of tokens).
const maxPooledTokens = 1 << 19
