package claims

// appealedAid: the humanitarian cue h is what a call (lexicon modality object "call": call on,
// urge, دعا) earlier in its clause asks for ("calls on all parties to cease hostilities and to
// allow ambulances to move safely", "دعت الأطراف إلى السماح بإدخال المساعدات"): a call on the parties
// to let aid through, which the UN and aid bodies make of every war, states no term of the
// truce. An agreement or truce noun between the appeal and the cue makes it a demand about the
// deal's terms ("urged the agreement's signatories to include aid access", "demanded that any deal let
// food convoys through" is no appeal), which stays; so does an appeal about a deal's text ("The
// proposal calls for access for relief agencies": a proposal noun before the appeal, not one
// before a coordinator: "welcomed the truce and urged both sides to let aid through" appeals).
func (ac *articleContext) appealedAid(si *sentInfo, h hit) bool {
	if !si.has[catModality] {
		return false
	}
	for k := h.start - 1; k >= 0 && k >= h.start-20; k-- {
		if si.toks[k].punct && clauseBreakPunct(si.toks[k].text) {
			return false
		}
		if nounAt(si, k) && !ac.l.fw.infinitiveMarkers[si.tokText(k-1)] {
			return false // "called for the agreement to include", not "to cease hostilities"
		}
		m, ok := si.hitAt(catModality, k)
		if !ok || isTrapped(si, m) || !ac.l.modalityCall[m.idx] {
			continue
		}
		// "The Saudi proposal calls for ...": a document's terms, not an appeal. Not a noun
		// before a coordinator: "welcomed the ceasefire and urged both sides to let aid agencies
		// move freely" is the object of another verb, and the call is the UN's.
		fw := &ac.l.fw
		for j := k - 1; j >= 0 && j >= k-4; j-- {
			if t := si.tokText(j + 1); fw.coordinators[si.tokText(j)] || j+1 == k && fw.withoutConjunction(t) != t {
				break // "and urged", «ودعا»: a verb coordinated with the one before
			}
			if nounAt(si, j) || ac.l.fw.draftWords[si.tokText(j)] {
				return false
			}
		}
		return true
	}
	return false
}

// nounAt: a truce or agreement noun starts at token k.
func nounAt(si *sentInfo, k int) bool {
	return si.startsAt(catCeasefire, k) || si.startsAt(catAgreement, k)
}
