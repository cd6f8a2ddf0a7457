package claims

import "slices"

// wantedOut: "out of" (lexicon object "wanted_out") is a withdrawal only as what a demand wants
// of a force named right before it ("The army in turn wants BIFF fighters out of the marsh
// villages", "COCOMI wants the Assam Rifles out of Bishnupur", "The army wants the RSF out of
// El Fasher"), a force noun after the name at most ("BIFF fighters", "Israeli troops"). Not a
// movement told ("fighters came out of the forest"), a force kept out of something with no
// demand ("the deal keeps the army out of the talks"), nor a demand about no force ("wants the
// talks out of Geneva"). It returns where that force's name starts: the forces the rule finds
// before it ("The army wants the RSF out of ...": the army) only demand.
func (ac *articleContext) wantedOut(si *sentInfo, h hit) (int, bool) {
	if !ac.demandedAt(si, h.start) {
		return 0, false
	}
	return ac.forceBeforeOut(si, h)
}

// idleWantedOut: a "wanted_out" cue with no force named right before it is no cue at all, for
// this topic or any other that looks for provision cues ("ISIS fighters operating out of
// Raqqa", "came out of the forest"): topicCues leaves it out.
func (ac *articleContext) idleWantedOut(si *sentInfo, h hit) bool {
	if ac.l.topicCue[h.idx].Object != "wanted_out" {
		return false
	}
	_, ok := ac.forceBeforeOut(si, h)
	return !ok
}

// forceBeforeOut is where the force named right before "out of" starts.
func (ac *articleContext) forceBeforeOut(si *sentInfo, h hit) (int, bool) {
	if m, ok := si.mentionEndingAt(h.start); ok && (isForce(m) || localJihadist(m)) {
		return m.start, true
	}
	k := h.start - 1
	if k < 1 || !ac.forceHead(si, k) && !ac.l.fw.armedMen[si.tokText(k)] {
		return 0, false
	}
	// "Israeli troops", "Houthi fighters": a demonym with a force noun names the state's force.
	if m, ok := si.mentionEndingAt(k); ok && (isForce(m) || localJihadist(m) || m.demonym) {
		return m.start, true
	}
	return 0, false
}

// mentionsFrom keeps the mentions of ms that end after from.
func mentionsFrom(ms []mention, from int) []mention {
	return slices.DeleteFunc(ms, func(m mention) bool { return m.end <= from })
}
