package claims

// firstCalledMarker: the content at pos is part of the act a call h ("urged", "called on",
// "دعت") asks for, though the nearest infinitive marker before it is not the one after the
// called-on party: the act goes on through coordinated objects and infinitives ("urged both
// sides to complete the exchange of bodies and detainees and to reopen the road to the Sudanese
// border for aid convoys", "called on the parties to extend the truce and let convoys through").
// It returns the first marker after the call, when calledObjectAt takes it (the called-on party
// right before it) and a coordinator stands between it and pos, or -1: the first act's own
// words past five ("to extend it beyond its initial 30 days") tell what is, not what is called
// for. From the call to pos no clause boundary, relative pronoun ("to
// respect the truce, which provides for ...", "the truce that frees prisoners") or verb of saying
// ("urged Oman to host talks and said prisoners would be freed") may stand, and pos is at most
// modalityReach tokens after the call.
func (ac *articleContext) firstCalledMarker(si *sentInfo, h hit, pos int) int {
	fw := &ac.l.fw
	if pos-h.end > modalityReach || si.boundaryIn(h.end, pos) {
		return -1
	}
	first := -1
	for k := pos - 1; k >= h.end; k-- {
		if si.startsAt(catRelPron, k) || si.startsAt(catAttrVerb, k) {
			return -1
		}
		if fw.infinitiveMarkers[si.tokText(k)] {
			first = k
		}
	}
	if first < 0 || !ac.calledObjectAt(si, h, first) || !coordinatorIn(fw, si, first+1, pos) {
		return -1
	}
	return first
}

// coordinatorIn: a coordinator ("and", "or") or a word with a conjunction glued on («وإعادة»)
// stands in [from, to): what follows it is coordinated with what stands before.
func coordinatorIn(fw *functionWords, si *sentInfo, from, to int) bool {
	for k := max(from, 0); k < to && k < len(si.toks); k++ {
		t := si.tokText(k)
		if fw.coordinators[t] || fw.withoutConjunction(t) != t {
			return true
		}
	}
	return false
}
