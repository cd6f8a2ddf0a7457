package claims

import (
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
	numCategories
)

// payload is what one phrase means: a category and an index into that category's table.
type payload struct {
	cat category
	idx int
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
}

// matcher finds all lexicon and gazetteer phrases of one language in a token sequence.
type matcher struct {
	phrases  []phrase
	byKey    map[string]int // phrase text → index, to merge payloads of one phrase
	exact    map[string][]int
	stems    map[string][]int
	stemLens []int
}

func newMatcher() *matcher {
	return &matcher{byKey: map[string]int{}, exact: map[string][]int{}, stems: map[string][]int{}}
}

// add registers a surface phrase (folded here) with its meaning.
func (m *matcher) add(surface string, p payload) {
	f := textnorm.Fold(strings.TrimSpace(surface))
	if f == "" {
		return
	}
	var ws []word
	for _, t := range tokenize(f) {
		ws = append(ws, word{text: t.text})
	}
	if strings.HasSuffix(f, "*") && len(ws) > 0 {
		// tokenize made "*" its own token: drop it and mark the word before as a stem.
		ws = ws[:len(ws)-1]
		if len(ws) == 0 {
			return
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
	if i, ok := m.byKey[key.String()]; ok {
		for _, q := range m.phrases[i].payloads {
			if q == p {
				return
			}
		}
		m.phrases[i].payloads = append(m.phrases[i].payloads, p)
		return
	}
	i := len(m.phrases)
	m.byKey[key.String()] = i
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

// scan returns every phrase occurrence in toks, ordered by start then longest first.
func (m *matcher) scan(toks []token) []hit {
	out := make([]hit, 0, len(toks)/2+4)
	for i := range toks {
		if toks[i].w == nil {
			continue
		}
		for _, id := range toks[i].w.cands {
			ph := &m.phrases[id]
			if i+len(ph.words) > len(toks) {
				continue
			}
			// The first word matched when the candidates were computed: only its form is checked.
			first := ph.words[0]
			allExact := first.text == toks[i].text || (first.stem && strings.HasPrefix(toks[i].text, first.text))
			ok := true
			for k := 1; k < len(ph.words); k++ {
				w := ph.words[k]
				mk, ex := wordMatch(w, &toks[i+k])
				if !mk {
					ok = false
					break
				}
				allExact = allExact && ex
			}
			if !ok {
				continue
			}
			for _, p := range ph.payloads {
				out = append(out, hit{start: i, end: i + len(ph.words), payload: p, exact: allExact})
				// Hits come in start order; keep the longest first among those of one start.
				for k := len(out) - 1; k > 0 && out[k-1].start == i && out[k-1].end < out[k].end; k-- {
					out[k-1], out[k] = out[k], out[k-1]
				}
			}
		}
	}
	return out
}
