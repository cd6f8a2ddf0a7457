package claims

// Both sides' armed men and the sides bound to withdraw: the register of local and tribal
// truces names no force ("armed men on both sides", "المسلحين من الطرفين", "مسلحي الطرفين"),
// or binds the two sides to pull their men off the streets ("يُلزم الطرفين بسحب المسلحين",
// "binds both sides to leave"): each is the truce's two sides, as bothSidesForces reads them.

// armedMenOfBothSides: an armed-men word (lexicon armed_men: مسلحي, المسلحين, gunmen, "armed
// men") ends right before the both-sides phrase at, or before a departure or locating
// preposition right before it ("مسلحي الطرفين", "المسلحين من الطرفين", "armed men on both
// sides"): the phrase qualifies the men, who are the sides' forces.
func (ac *articleContext) armedMenOfBothSides(si *sentInfo, at int) bool {
	fw := &ac.l.fw
	end := at
	if t := si.tokText(at - 1); fw.departurePrepositions[t] || fw.locatingPrepositions[t] {
		end = at - 1
	}
	for _, p := range fw.armedMenPhrases {
		if end-len(p) >= 0 && tokensAt(si, end-len(p), p) {
			return true
		}
	}
	return false
}

// obligedSides: an obliging verb (lexicon obliging_verbs: يلزم, binds, requires) stands before
// the both-sides phrase at, its object, at most one word between, in the withdrawal's clause ("ويُلزم الطرفين
// بسحب المسلحين", "It binds both sides to leave the streets"): the truce binds the two
// sides, a term. "urged both sides", "called on both sides" are calls (demandedAt), no verb
// of the list.
func (ac *articleContext) obligedSides(si *sentInfo, at int, h hit) bool {
	if at < 1 || si.boundaryIn(at, h.start) {
		return false
	}
	// "وتعهّد الطرفان بسحب الشكاوى": what is withdrawn is named, and it is no force.
	if ac.withdrawnOtherThing(si, h) {
		return false
	}
	// The verb right before its object, or before a one-word subject between them ("ويلزم
	// الاتفاق الطرفين").
	for k := at - 1; k >= 0 && k >= at-2; k-- {
		for _, v := range si.toks[k].variants() {
			if ac.l.fw.obligingVerbs[v] {
				return true
			}
		}
	}
	return false
}

// sidesAreTo: the both-sides phrase ending at end is the subject of the withdrawal verb h,
// with only a copula and an infinitive marker between ("Both sides are to pull heavy weapons
// back"): a term stated of both, as "Both forces will pull back" is.
func (ac *articleContext) sidesAreTo(si *sentInfo, end int, h hit) bool {
	fw := &ac.l.fw
	return h.start-end == 2 && fw.copulas[si.tokText(end)] && fw.infinitiveMarkers[si.tokText(end+1)]
}

// withdrawnOtherThing: a transitive withdrawal word (lexicon object "withdrawn": سحب) has a
// definite noun right after it that is no force head, armed men or named force ("بسحب الشكاوى
// المقدمة إلى المحكمة", lawsuits; "بسحب المسلحين", "بسحب قواتهما" keep the sides' forces).
func (ac *articleContext) withdrawnOtherThing(si *sentInfo, h hit) bool {
	fw := &ac.l.fw
	k := h.end
	if ac.l.topicCue[h.idx].Object != "withdrawn" || k >= len(si.toks) || !fw.hasArticle(si.tokText(k)) || ac.forceHead(si, k) || fw.armedMen[si.tokText(k)] {
		return false
	}
	if m, ok := si.mentionAt(k); ok && isForce(m) {
		return false
	}
	return !si.startsAt(catDualForce, k)
}
