package claims

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/tanaqud/tanaqud/transforms/textnorm"
)

// category says what a lexicon or gazetteer phrase is.
type category uint8

const (
	catEntity category = iota
	catAttrVerb
	catAttrPrep
	catContinuation
	catReportNoun
	catNegation
	catNegTrap
	catDenial
	catExclusion
	catInclusion
	catOnly
	catExceptOnly
	catModality
	catHedgeParticle
	catPastMarker
	catBackground
	catPlupAux
	catPlupParticle
	catClauseBreak
	catCeasefire
	catAgreement
	catTalks
	catWeekday
	catRelDay
	catTonight
	catMidnight
	catNight
	catEve
	catMonth
	catNext
	catLast
	catTimezone
	catTimezoneOfPlace
	catHour
	catNumWord
	catMultiplier
	catNumConj
	catApprox
	catDurUnit
	catTopicCue
	catArea
	catRelPron
	catDesignation
	catNegPredicate
	catLocative
	catIncluding
	catAlongside
	catStatementNoun
	catMeeting
	catGloss
	catConditional  // if, إذا, whether: opens a clause that asserts nothing
	catDualForce    // the two armies, الجيشين: both sides' forces at once
	catSurname      // a person's surname or kunya (أبو زيد), named alone after the full name
	catGroupAnaphor // the group, الحركة: the armed group just named
	catPlanned      // will be held, next, ستعقد, المقبلة: talks announced for later (see roundOf)
	catTalksVerb    // convene in, ستنعقد: a talks noun only beside a truce, talks or meeting noun
	catJointBody    // a joint commission, اللجنة المشتركة: a body whose sitting is talks
	catDismissal    // baseless, لا أساس له من الصحة: after reported content, denies it
	catRetraction   // an earlier version said, ورد في عدد أمس: a correction quoting its own error
	catCorrecting   // والصحيح, in fact: after a retraction, the corrected value (corrections.go)
	catRound        // round, جولة: a talks noun only where named as a round of talks (talks_named_rounds.go)
	catHeldTalks    // ended, were held, انتهت: talks held in the past (heldWeekday)
	catPronounTalks // be held in, أن تُعقد في: talks a pronoun stands for (talks_pronoun_verbs.go)
	// catDropped marks a hit prepare discards (an acronym matched on a lower-case word).
	catDropped
	numCategories
)

// payload is what one phrase means: a category and an index into that category's table.
type payload struct {
	cat category
	idx int32 // tables are small; a narrow index keeps hits at 32 bytes
}

// hit is one phrase found at tokens [start, end).
type hit struct {
	start, end int
	payload
	exact bool // every word matched without stripping clitics or inflection
}

type word struct {
	text string
	stem bool // trailing * in the lexicon: prefix match
}

type phrase struct {
	words    []word
	payloads []payload
	ids      []int32 // ids[k] interns words[k] for k >= 1 (see matcher.index)
}

// matcher finds all lexicon and gazetteer phrases of one language in a token sequence.
type matcher struct {
	phrases  []phrase
	byKey    map[string]int // phrase text → index, to merge payloads of one phrase
	exact    map[string][]int
	stems    map[string][]int
	stemLens []int
	// The words after the first of each phrase, interned: the scan compares ids with the ids
	// a token's word is known to match (wordInfo.rest), not strings.
	restIDs      map[word]int32
	restExact    map[string]int32
	restStem     map[string]int32
	restStemLens []int
	// maxWords is the most words of any phrase: a phrase read across a quotation mark lies
	// within so many words of it (appendAcrossQuotes).
	maxWords int
}

// index interns the words after the first of every phrase. It runs once all phrases are added.
func (m *matcher) index() {
	m.restIDs, m.restExact, m.restStem = map[word]int32{}, map[string]int32{}, map[string]int32{}
	for i := range m.phrases {
		ph := &m.phrases[i]
		ph.ids = make([]int32, len(ph.words))
		ph.ids[0] = -1
		m.maxWords = max(m.maxWords, len(ph.words))
		for k := 1; k < len(ph.words); k++ {
			w := ph.words[k]
			id, ok := m.restIDs[w]
			if !ok {
				id = int32(len(m.restIDs))
				m.restIDs[w] = id
				if w.stem {
					m.restStem[w.text] = id
					if !slices.Contains(m.restStemLens, len(w.text)) {
						m.restStemLens = append(m.restStemLens, len(w.text))
					}
				} else {
					m.restExact[w.text] = id
				}
			}
			ph.ids[k] = id
		}
	}
	sort.Ints(m.restStemLens)
}

// restMatch says that a word matches an interned phrase word, and whether as written.
type restMatch struct {
	id    int32
	exact bool
}

// restMatches lists the interned phrase words a word with these variants matches, with what
// wordMatch would say of each: a variant equals the word (or starts with its stem); exact when
// the first matching variant is the word as written. Punctuation matches only a one-byte word
// equal to it.
func (m *matcher) restMatches(variants []string, punct bool, text string) []restMatch {
	var out []restMatch
	add := func(id int32, exact bool) {
		for _, r := range out {
			if r.id == id {
				return
			}
		}
		out = append(out, restMatch{id, exact})
	}
	if punct {
		if len(text) == 1 {
			if id, ok := m.restExact[text]; ok {
				add(id, true)
			}
			if id, ok := m.restStem[text]; ok {
				add(id, true)
			}
		}
		return out
	}
	for k, v := range variants {
		if id, ok := m.restExact[v]; ok {
			add(id, k == 0)
		}
		for _, l := range m.restStemLens {
			if l <= len(v) {
				if id, ok := m.restStem[v[:l]]; ok {
					add(id, k == 0)
				}
			}
		}
	}
	return out
}

// matchRest is wordMatch for an interned phrase word.
func (w *wordInfo) matchRest(id int32) (ok, exact bool) {
	for _, r := range w.rest {
		if r.id == id {
			return true, r.exact
		}
	}
	return false, false
}

func newMatcher() *matcher {
	return &matcher{byKey: map[string]int{}, exact: map[string][]int{}, stems: map[string][]int{}}
}

// phraseOf tokenizes a phrase as add stores it: its words and its key in byKey.
func phraseOf(surface string) ([]word, string) {
	f := textnorm.Fold(strings.TrimSpace(surface))
	if f == "" {
		return nil, ""
	}
	var ws []word
	for _, t := range tokenize(f) {
		ws = append(ws, word{text: t.text})
	}
	if strings.HasSuffix(f, "*") && len(ws) > 0 {
		// tokenize made "*" its own token: drop it and mark the word before as a stem.
		ws = ws[:len(ws)-1]
		if len(ws) == 0 {
			return nil, ""
		}
		ws[len(ws)-1].stem = true
	}
	var key strings.Builder
	for _, w := range ws {
		key.WriteString(w.text)
		if w.stem {
			key.WriteByte('*')
		}
		key.WriteByte(' ')
	}
	return ws, key.String()
}

// has: the phrase is already in the matcher, with any payload.
func (m *matcher) has(surface string) bool {
	ws, key := phraseOf(surface)
	if len(ws) == 0 {
		return false
	}
	_, ok := m.byKey[key]
	return ok
}

// add registers a surface phrase (folded here) with its meaning.
func (m *matcher) add(surface string, p payload) {
	ws, key := phraseOf(surface)
	if len(ws) == 0 {
		return
	}
	if i, ok := m.byKey[key]; ok {
		for _, q := range m.phrases[i].payloads {
			if q == p {
				return
			}
		}
		m.phrases[i].payloads = append(m.phrases[i].payloads, p)
		return
	}
	i := len(m.phrases)
	m.byKey[key] = i
	m.phrases = append(m.phrases, phrase{words: ws, payloads: []payload{p}})
	first := ws[0]
	if first.stem {
		m.stems[first.text] = append(m.stems[first.text], i)
		for _, l := range m.stemLens {
			if l == len(first.text) {
				return
			}
		}
		m.stemLens = append(m.stemLens, len(first.text))
		sort.Ints(m.stemLens)
	} else {
		m.exact[first.text] = append(m.exact[first.text], i)
	}
}

// wordMatch reports whether w matches token t, and whether it matched the token as written.
// The scan uses its precomputed form (restMatches); tests hold the two equal.
func wordMatch(w word, t *token) (ok, exact bool) {
	if t.punct && !(len(w.text) == 1 && w.text == t.text) {
		return false, false
	}
	for k, v := range t.variants() {
		if w.stem {
			if strings.HasPrefix(v, w.text) {
				return true, k == 0
			}
		} else if v == w.text {
			return true, k == 0
		}
	}
	return false, false
}

// candidates returns the phrases that may start at a word with these variants.
func (m *matcher) candidates(variants []string, punct bool, text string) []int {
	var cands []int
	addCand := func(ids []int) {
		for _, id := range ids {
			dup := false
			for _, c := range cands {
				if c == id {
					dup = true
					break
				}
			}
			if !dup {
				cands = append(cands, id)
			}
		}
	}
	for _, v := range variants {
		addCand(m.exact[v])
		for _, l := range m.stemLens {
			if l <= len(v) && (l == len(v) || utf8.RuneStart(v[l])) {
				addCand(m.stems[v[:l]])
			}
		}
	}
	if punct {
		addCand(m.exact[text])
	}
	return cands
}

// appendScan appends every phrase occurrence in toks to out (empty), ordered by start then
// longest first (equal lengths in lexicon order).
// bySecondFrom: words with more longer candidates than this index them by second word.
const bySecondFrom = 16

// tryCandidate appends the hits of candidate phrase c at token i when the tokens after it match.
func (m *matcher) tryCandidate(out []hit, toks []token, i int, c candidate) []hit {
	n := int(c.words)
	if i+n > len(toks) {
		return out
	}
	// The first word matched when the candidates were computed: only its form is checked.
	// The second word rules out most candidates before the phrase is read.
	ok, secondExact := toks[i+1].w.matchRest(c.second)
	if !ok {
		return out
	}
	return m.tryCandidateFrom(out, toks, i, c, secondExact)
}

// tryCandidateFrom is tryCandidate once the next word is known to be the candidate's second
// word, as written or not (secondExact): the scan knows it from the match it picked c by.
func (m *matcher) tryCandidateFrom(out []hit, toks []token, i int, c candidate, secondExact bool) []hit {
	n := int(c.words)
	if i+n > len(toks) {
		return out
	}
	allExact := secondExact && c.firstExact
	ph := &m.phrases[c.id]
	for k := 2; k < n; k++ {
		mk, ex := toks[i+k].w.matchRest(ph.ids[k])
		if !mk {
			return out
		}
		allExact = allExact && ex
	}
	for _, p := range ph.payloads {
		out = append(out, hit{start: i, end: i + n, payload: p, exact: allExact})
	}
	return out
}

// picks merges a few ascending lists of candidate indices into one ascending stream, so that
// candidates picked by second word come in the order of wordInfo.longer.
type picks struct {
	lists [4][]int32
}

// next returns the smallest index left, or false when all lists are spent.
func (p *picks) next() (int32, bool) {
	best := -1
	for k := range p.lists {
		if len(p.lists[k]) > 0 && (best < 0 || p.lists[k][0] < p.lists[best][0]) {
			best = k
		}
	}
	if best < 0 {
		return 0, false
	}
	v := p.lists[best][0]
	p.lists[best] = p.lists[best][1:]
	return v, true
}

// thirdRuledOut: candidate c has a third word, and the word after next (whose restMask is
// thirdMask; all bits when there is none or it has no word entry) matches no interned phrase
// word with that word's id bit, so it is not c's third word and c cannot match there:
// tryCandidateFrom would return at its first word test, after reading the phrase table.
func thirdRuledOut(c candidate, thirdMask uint64) bool {
	return c.third >= 0 && thirdMask&(1<<(uint32(c.third)%64)) == 0
}

func (m *matcher) appendScan(out []hit, toks []token) []hit {
	for i := range toks {
		w := toks[i].w
		if w == nil {
			continue
		}
		longer := w.longer
		var rest []restMatch // the phrase words the next word is
		if i+1 < len(toks) && toks[i+1].w != nil {
			rest = toks[i+1].w.rest
		}
		// A next word that is no phrase word rules out every longer phrase at once: common
		// first words (the, في) have many candidates, most followed by such a word. So does
		// one that is none of their second words, which the id masks mostly tell at once.
		restMask := uint64(0)
		if len(rest) > 0 {
			restMask = toks[i+1].w.restMask
		}
		// The word after next, likewise, for the third words of the candidates: most
		// candidates the next word continues stop there (thirdRuledOut).
		thirdMask := ^uint64(0)
		if i+2 < len(toks) && toks[i+2].w != nil {
			thirdMask = toks[i+2].w.restMask
		}
		if w.secondMask&restMask == 0 {
			longer = nil
		} else if w.bySecond != nil && len(rest) == 1 {
			// The next word is one phrase word (the common case): its candidates are one
			// ascending list, already in order.
			for _, k := range w.bySecond[rest[0].id] {
				if c := w.longer[k]; !thirdRuledOut(c, thirdMask) {
					out = m.tryCandidateFrom(out, toks, i, c, rest[0].exact)
				}
			}
			longer = nil
		} else if w.bySecond != nil && len(rest) <= len(picks{}.lists) {
			// Only the candidates whose second word the next word is, merged back into their
			// order (the matcher is shared by goroutines: no scratch of its own).
			var p picks
			for k, r := range rest {
				p.lists[k] = w.bySecond[r.id]
			}
			for {
				k, ok := p.next()
				if !ok {
					break
				}
				out = m.tryCandidate(out, toks, i, w.longer[k])
			}
			longer = nil
		}
		for _, c := range longer {
			// The second word rules out most candidates: test it here, before a call, by
			// the next word's id mask first.
			if restMask&(1<<(uint32(c.second)%64)) == 0 || thirdRuledOut(c, thirdMask) {
				continue
			}
			for _, r := range rest {
				if r.id == c.second {
					out = m.tryCandidateFrom(out, toks, i, c, r.exact)
					break
				}
			}
		}
		for _, h := range w.singles {
			h.start, h.end = i, i+1
			out = append(out, h)
		}
	}
	return out
}

// acrossQuotes is appendAcrossQuotes's reusable memory (one per scratch).
type acrossQuotes struct {
	kept []token
	orig []int
	hits []hit
}

// appendAcrossQuotes appends to out (appendScan's hits of toks) the phrases of two or more
// words that a quotation mark inside them hides from the scan: a quotation opened or closed
// between two words of a cue or a name (there was "no agreement, «لم يتم "التوصل»). The
// hit spans the mark. Only phrases whose every word is as written: a clitic or an inflection
// read off a word beside a closing mark joins two clauses («صامدة حتى الآن» ولم is no «إن
// لم», if not). A mark before the first word or after the last word of a phrase is outside
// it and changes nothing; out keeps appendScan's order (start, then longest first).
func (m *matcher) appendAcrossQuotes(out []hit, toks []token, buf *acrossQuotes) []hit {
	inner := func(i int) bool {
		return i > 0 && i+1 < len(toks) && toks[i].punct && isQuote(toks[i].text) && !toks[i-1].punct && !toks[i+1].punct
	}
	added := false
	// Only the words within maxWords of a mark can make a phrase across it: each run of marks
	// closer than that is read as one window, the marks left out (most sentences have none).
	for i := 0; i < len(toks); i++ {
		if !inner(i) {
			continue
		}
		from, to := max(0, i-m.maxWords), min(len(toks), i+m.maxWords+1)
		for j := i + 1; j < to; j++ {
			if inner(j) {
				to = min(len(toks), j+m.maxWords+1)
			}
		}
		kept, orig := buf.kept[:0], buf.orig[:0]
		for j := from; j < to; j++ {
			if !inner(j) {
				kept = append(kept, toks[j])
				orig = append(orig, j)
			}
		}
		buf.kept, buf.orig = kept, orig
		buf.hits = m.appendScan(buf.hits[:0], kept)
		for _, h := range buf.hits {
			s, e := orig[h.start], orig[h.end-1]+1
			if e-s == h.end-h.start {
				continue // no mark inside: the scan of toks found it
			}
			if !h.exact {
				continue // a clitic or an inflection read off a word
			}
			h.start, h.end = s, e
			out = append(out, h)
			added = true
		}
		i = to - 1
	}
	if added {
		sort.SliceStable(out, func(a, b int) bool {
			if out[a].start != out[b].start {
				return out[a].start < out[b].start
			}
			return out[a].end-out[a].start > out[b].end-out[b].start
		})
	}
	return out
}
