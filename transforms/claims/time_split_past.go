package claims

import "strings"

// A verb-first Arabic clause puts its subject between the past verb and the verb's object:
// "ودخلت الهدنة حيز التنفيذ ظهر الأربعاء" is "دخلت حيز التنفيذ" split by "الهدنة". The lexicon has
// the past cue only whole ("دخلت حيز"); alone, the object "حيز التنفيذ" is an untensed cue and a
// weekday after it would read as the coming one. splitPastBefore restores the past reading from
// the lexicon's own past cues: no word list of its own.

// pastVerbsSplitFrom lists, for each topic cue of l, the verbs of l's past start cues made of a
// verb and the start of that cue ("دخلت حيز" gives دخلت for "حيز التنفيذ"). Computed once, when the
// language is built (language.pastSplit).
func pastVerbsSplitFrom(cues []topicCue) [][]string {
	// The past cues of a verb and a rest, folded once and grouped by topic, in cue order.
	type pastCue struct{ verb, rest string }
	past := map[string][]pastCue{}
	for _, p := range cues {
		if p.Value != "past" {
			continue
		}
		verb, rest, ok := strings.Cut(foldCue(p.Cue.Cue), " ")
		if !ok || rest == "" || strings.HasSuffix(rest, "*") {
			continue
		}
		past[p.topic] = append(past[p.topic], pastCue{verb, rest + " "})
	}
	out := make([][]string, len(cues))
	for i, c := range cues {
		if c.Value == "past" || c.Value == "end" || c.Object == "time" || c.Object == "self" || len(past[c.topic]) == 0 {
			continue
		}
		cue := foldCue(c.Cue.Cue) + " "
		for _, p := range past[c.topic] {
			if strings.HasPrefix(cue, p.rest) {
				out[i] = append(out[i], p.verb)
			}
		}
	}
	return out
}

// splitPastBefore: the untensed cue h is the object of a past verb that the lexicon joins to it
// in a past cue, standing at most five words before it in the same clause with only its subject
// between ("ودخلت الهدنة حيز التنفيذ", "ودخل وقف إطلاق النار حيز التنفيذ"), or none ("دخلت حيز التنفيذ",
// where the past cue and the untensed one overlap). A ceasefire noun and a named place each count
// as one word: "دخل وقف إطلاق النار في إقليم أغاديز حيز التنفيذ" (agadez ag_014; the subject and
// its scope between, as "took effect across the Line of Control" has, pastStartCueAcrossPlace).
func (ac *articleContext) splitPastBefore(si *sentInfo, h hit) bool {
	verbs := ac.l.pastSplit[h.idx]
	if len(verbs) == 0 {
		return false
	}
	words := 0
	for k := h.start - 1; k >= 0 && k >= h.start-12; k-- {
		if isComma(si.tokText(k)) || si.boundaryIn(k+1, h.start) {
			return false
		}
		if words++; words > 5 {
			return false
		}
		if m, ok := si.mentionAt(k); ok && m.start < k && m.end == k+1 {
			k = m.start
		} else if n, ok := ceasefireNounCovering(si, k); ok && n.start < k && n.end == k+1 {
			k = n.start
		}
		for _, v := range si.toks[k].variants() {
			for _, verb := range verbs {
				if v == verb {
					return true
				}
			}
		}
	}
	return false
}
