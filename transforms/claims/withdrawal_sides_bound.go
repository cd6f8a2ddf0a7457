package claims

// sidesBoundForces: the forces of the sides the withdrawal h is bound on (sidesBoundAfter):
// the truce's two sides, else BothSides where the article names none; nil for a demand.
func (ac *articleContext) sidesBoundForces(si *sentInfo, h hit) []mention {
	if len(ac.l.fw.bothSides) == 0 || ac.demandedAt(si, h.start) {
		return nil
	}
	at, end := ac.sidesBoundAfter(si, h)
	if at < 0 {
		return nil
	}
	if ms := ac.sidesForces(at, end); ms != nil {
		return ms
	}
	return ac.unnamedSidesAt(at, end)
}

// sidesBoundAfter: the both-sides phrase (lexicon both_sides) the withdrawal h is said to be
// required of or to apply to, after it in its clause (at most twelve tokens on, no boundary
// between): right after a preposition that follows an obliging word (lexicon obliging_verbs:
// "the withdrawal to pre-clash positions that the truce requires of both forces", «سحبها من
// الأسطح مطلوب من الطرفين») or an inclusion cue ending in its preposition («إخلاء المقرات
// المحيطة بالسوق ينطبق على الطرفين», "the pullback applies to both sides"). The start and
// end of the phrase, or -1. Not a withdrawal merely followed by the sides ("the withdrawal was
// discussed by both sides": no obliging or inclusion word), nor one the sides are asked for
// (sidesBoundForces returns before for a demand).
func (ac *articleContext) sidesBoundAfter(si *sentInfo, h hit) (int, int) {
	fw := &ac.l.fw
	for k := h.end + 1; k < len(si.toks) && k <= h.end+12; k++ {
		if si.boundaryIn(h.end, k) {
			return -1, -1
		}
		at, end := ac.bothSidesIn(si, k, min(k+4, len(si.toks)))
		if at != k {
			continue
		}
		// An inclusion cue ending right before the phrase ("applies to", «ينطبق على»).
		for _, c := range hitsStartingIn(si.hitsOf(catInclusion), h.end+1, at-1) {
			if c.end == at {
				return at, end
			}
		}
		// An obliging word, then one preposition ("requires of", «مطلوب من»).
		if p := at - 1; p > h.end+1 && (fw.prepositions[si.tokText(p)] || fw.partitives[si.tokText(p)] || fw.departurePrepositions[si.tokText(p)]) {
			for _, v := range si.toks[p-1].variants() {
				if fw.obligingVerbs[v] {
					return at, end
				}
			}
		}
		return -1, -1
	}
	return -1, -1
}
