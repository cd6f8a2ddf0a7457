package claims

import "slices"

// A mediation cue of several words may be split by a manner word or a quotation mark: "الدوحة
// أسهمت بدورها في التوصل إلى الاتفاق", "إن الدوحة "أسهمت بهدوء" في التوصل إلى الاتفاق", "أدى
// دوراً محورياً في إنضاج اتفاق التهدئة", "Oman quietly helped broker the truce" ("helped quietly
// broker"). gapCueHits finds the lexicon's multi-word cues of ceasefire.mediators with such words
// between theirs (lexicon cue_gap_words: manner adverbs, role adjectives; quotation marks), at
// most maxCueGap of them in all and at least one, so that the set reading (setCues) reads them as
// it reads the cue written whole. A cue whose words stand apart for any other word ("أسهمت
// الأمطار في التوصل" has a subject between) is no cue.

// maxCueGap: the most gap tokens a split cue may hold.
const maxCueGap = 3

// gapCue is one multi-word mediation cue: its words and its index among the topic cues.
type gapCue struct {
	words []word
	idx   int32
}

// gapCueSet is the multi-word cues of ceasefire.mediators, as the matcher stores them, indexed
// by their first word so that a token is tried only against the cues it may start.
type gapCueSet struct {
	cues      []gapCue
	byFirst   map[string][]int // a first word written whole → positions in cues
	stemFirst []int            // cues whose first word is a stem (prefix match)
	reach     int              // the most tokens a split cue may span
}

// mediationGapCues: the multi-word cues of ceasefire.mediators.
func mediationGapCues(cues []topicCue) gapCueSet {
	set := gapCueSet{byFirst: map[string][]int{}, reach: maxCueGap}
	for i, c := range cues {
		if c.topic != "ceasefire.mediators" {
			continue
		}
		ws, _ := phraseOf(c.Cue.Cue)
		if len(ws) < 2 {
			continue
		}
		n := len(set.cues)
		set.cues = append(set.cues, gapCue{words: ws, idx: int32(i)})
		if ws[0].stem {
			set.stemFirst = append(set.stemFirst, n)
		} else {
			set.byFirst[ws[0].text] = append(set.byFirst[ws[0].text], n)
		}
		set.reach = max(set.reach, len(ws)+maxCueGap)
	}
	return set
}

// startingAt: the positions in cues of the cues whose first word the token may be, in order.
func (set *gapCueSet) startingAt(t *token, buf []int) []int {
	buf = append(buf[:0], set.stemFirst...)
	if t.w != nil && t.w.forms&formGapCueFirst == 0 {
		return buf // no variant is in byFirst; stemFirst is in order, each position once
	}
	for _, v := range t.variants() {
		buf = append(buf, set.byFirst[v]...)
	}
	slices.Sort(buf)
	return slices.Compact(buf)
}

// firstOfAny: byFirst holds one of the variants (a word's formGapCueFirst).
func (set *gapCueSet) firstOfAny(variants []string) bool {
	for _, v := range variants {
		if len(set.byFirst[v]) > 0 {
			return true
		}
	}
	return false
}

// cueGapToken: the token at k may stand inside a split cue.
func (ac *articleContext) cueGapToken(si *sentInfo, k int) bool {
	if si.toks[k].punct {
		return si.quoteAt(k)
	}
	if w := si.toks[k].w; w != nil {
		return w.classes&classCueGap != 0
	}
	return ac.l.fw.cueGapWords[si.tokText(k)]
}

// gapCueHits: the split mediation cues of the sentence (see the file comment), none starting
// where a cue written whole starts.
func (ac *articleContext) gapCueHits(si *sentInfo, whole []hit) []hit {
	set := &ac.l.gapCues
	if len(set.cues) == 0 || len(ac.l.fw.cueGapWords) == 0 {
		return nil
	}
	// A split cue holds a gap token after its first word and within reach of it: look for cues
	// only before such tokens (most sentences have none), the same hits as trying every token.
	var gapAt []int
	for k := range si.toks {
		if ac.cueGapToken(si, k) {
			gapAt = append(gapAt, k)
		}
	}
	if len(gapAt) == 0 {
		return nil
	}
	var out []hit
	var starting []int
	next := 0 // the first gap token after k
	for k := range si.toks {
		for next < len(gapAt) && gapAt[next] <= k {
			next++
		}
		if next == len(gapAt) {
			break
		}
		if si.toks[k].punct || gapAt[next]-k > set.reach {
			continue
		}
		starting = set.startingAt(&si.toks[k], starting)
	cues:
		for _, n := range starting {
			c := set.cues[n]
			if ok, _ := wordMatch(c.words[0], &si.toks[k]); !ok {
				continue
			}
			j, gaps := k+1, 0
			for _, w := range c.words[1:] {
				for j < len(si.toks) && gaps <= maxCueGap {
					if ok, _ := wordMatch(w, &si.toks[j]); ok {
						break
					}
					if !ac.cueGapToken(si, j) {
						continue cues
					}
					gaps++
					j++
				}
				if j >= len(si.toks) || gaps > maxCueGap {
					continue cues
				}
				j++
			}
			if gaps == 0 {
				continue // written whole: the matcher has it
			}
			for _, h := range whole {
				if h.start == k {
					continue cues
				}
			}
			out = append(out, hit{start: k, end: j, payload: payload{cat: catTopicCue, idx: c.idx}})
			break
		}
	}
	return out
}
