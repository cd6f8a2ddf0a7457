package claims

import "strings"

// conditionDemanded: the withdrawal cue h stands in a clause opened by a negative conditional
// (lexicon negative_conditionals: "unless the special police left the north", "ما لم تنسحب
// قوات الدعم السريع"): the speaker makes the force's withdrawal the condition of what the main
// clause says, a term demanded of that force. Gold writes a condition as a hedged value
// (README: "a proposal, a demand, a condition ... are sides"), so the claim is kept, required
// and demanded, where any other conditional clause asserts nothing. The cue must follow the
// conditional closely (six tokens, no punctuation between).
func (ac *articleContext) conditionDemanded(si *sentInfo, h hit) bool {
	if !si.cond[h.start] || len(ac.l.fw.negativeConditionals) == 0 {
		return false
	}
	var open hit
	found := false
	for _, c := range si.hitsOf(catConditional) {
		if c.end <= h.start {
			open, found = c, true
		}
	}
	if !found || h.start-open.end > 6 {
		return false
	}
	for k := open.end; k < h.start; k++ {
		if si.toks[k].punct {
			return false
		}
	}
	words := make([]string, 0, open.end-open.start)
	for k := open.start; k < open.end; k++ {
		words = append(words, ac.l.fw.withoutConjunction(si.tokText(k)))
	}
	return ac.l.fw.negativeConditionals[foldCue(strings.Join(words, " "))]
}
