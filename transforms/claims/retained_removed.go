package claims

// rightRemovedBefore: a verb of taking a right away (lexicon removing_verbs: "take away",
// "strips", "يُسقط", "ينزع") stands at most five words before the right cue at pos, in its
// clause: "القلد يُسقط عن الطرفين أي حق في الرد" leaves the sides no right, "does not take away
// our right to answer any attack" leaves it to them. The verb turns the right's polarity, as a
// negation does, and a negation of the verb turns it back.
func (ac *articleContext) rightRemovedBefore(si *sentInfo, pos int) bool {
	fw := &ac.l.fw
	for k := max(pos-5, 0); k < pos; k++ {
		if si.boundaryIn(k, pos) {
			continue
		}
		for _, p := range fw.removingVerbs {
			if k+len(p) > pos {
				continue
			}
			if tokensAt(si, k, p) {
				return true
			}
			if len(p) == 1 {
				for _, v := range si.toks[k].variants() {
					if v == p[0] {
						return true
					}
				}
			}
		}
	}
	return false
}
