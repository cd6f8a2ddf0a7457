package claims

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

// mediationGapCues: the multi-word cues of ceasefire.mediators, as the matcher stores them.
func mediationGapCues(cues []topicCue) []gapCue {
	var out []gapCue
	for i, c := range cues {
		if c.topic != "ceasefire.mediators" {
			continue
		}
		if ws, _ := phraseOf(c.Cue.Cue); len(ws) >= 2 {
			out = append(out, gapCue{words: ws, idx: int32(i)})
		}
	}
	return out
}

// cueGapToken: the token at k may stand inside a split cue.
func (ac *articleContext) cueGapToken(si *sentInfo, k int) bool {
	if si.toks[k].punct {
		return isQuote(si.toks[k].text)
	}
	return ac.l.fw.cueGapWords[si.tokText(k)]
}

// gapCueHits: the split mediation cues of the sentence (see the file comment), none starting
// where a cue written whole starts.
func (ac *articleContext) gapCueHits(si *sentInfo, whole []hit) []hit {
	if len(ac.l.gapCues) == 0 || len(ac.l.fw.cueGapWords) == 0 {
		return nil
	}
	var out []hit
	for k := range si.toks {
		if si.toks[k].punct {
			continue
		}
	cues:
		for _, c := range ac.l.gapCues {
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
