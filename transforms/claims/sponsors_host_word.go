package claims

// hostWordAt: the sponsorship cue h is a word of hosting, one the lexicon also lists as the
// venue's host cue (talks.venue, object "host": host, استضاف, تستضيف): a host hosts talks or a
// meeting, not the truce, so it sponsors the talks even when a truce noun is nearer ("Malaysia
// is "a host, not a mediator", and any truce would have to be verified ...", thaicam tc_002).
// Only the bare word, punctuation right after it: with an object of its own ("which has hosted
// thousands of displaced Yemenis") it hosts that.
func (ac *articleContext) hostWordAt(si *sentInfo, h hit) bool {
	if h.end < len(si.toks) && !si.toks[h.end].punct {
		return false
	}
	return ac.hostWordAtPos(si, h.start)
}

// withoutOwnHostWord drops, from names read back from a mediation cue, those followed right
// away by a word of hosting of their own ("brokered by the U.N. envoy with Jordan hosting
// and Oman quietly facilitating", taiz tz_027): Jordan hosts the talks, Oman facilitates.
func (ac *articleContext) withoutOwnHostWord(si *sentInfo, ms []mention) []mention {
	return mentionsExcept(ms, func(m mention) bool { return ac.hostWordAtPos(si, m.end) })
}

// hostWordAtPos: a venue host cue starts at pos.
func (ac *articleContext) hostWordAtPos(si *sentInfo, pos int) bool {
	for _, c := range ac.cuesOf(si, refTalksVenue) {
		if c.start == pos && ac.l.topicCue[c.idx].Object == "host" {
			return true
		}
	}
	return false
}
