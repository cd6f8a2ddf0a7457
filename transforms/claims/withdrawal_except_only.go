package claims

// exceptedForce: an except word (lexicon except_only: except, but, other than, إلا, سوى) stands
// between the withdrawal cue h and the force m named right after it, past a departure
// preposition at most («لا يطلب الانسحاب إلا من قوات الوحدة 80», "requires no pullback but that
// of the RSF"): the negation before the cue restricts the withdrawal to that force ("only"), so
// the force must withdraw, as a negated coverage with an except word names what is covered.
func (ac *articleContext) exceptedForce(si *sentInfo, h hit, m mention) bool {
	if m.start < h.end || m.start-h.end > 4 || si.boundaryIn(h.end, m.start) {
		return false
	}
	for k := h.end; k < m.start; k++ {
		if si.startsAt(catExceptOnly, k) && !si.trap[k] {
			return true
		}
	}
	return false
}
