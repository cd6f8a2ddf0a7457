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
	for _, c := range ac.cuesOf(si, refTalksVenue) {
		if c.start == h.start && ac.l.topicCue[c.idx].Object == "host" {
			return true
		}
	}
	return false
}
