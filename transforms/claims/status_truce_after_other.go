package claims

// otherStatusBeforeTruce: a status cue that looks ahead to the truce noun (lexicon object
// "truce_after": "A month into the", "welcomed the entry into force of") meets another status
// cue before the first truce noun within window tokens after it: "A month into the collapse of
// the Gaza ceasefire" counts time since the collapse, the truce is not in force; the status
// is that other cue's ("collapse").
func (ac *articleContext) otherStatusBeforeTruce(si *sentInfo, h hit, window int) bool {
	truce := -1
	for _, c := range hitsStartingIn(si.hitsOf(catCeasefire), h.end, h.end+window) {
		if !si.boundaryIn(h.end, c.start) {
			truce = c.start
			break
		}
	}
	if truce < 0 {
		return false
	}
	for _, c := range ac.cuesOf(si, refStatus) {
		if c.start >= h.end && c.start < truce && c != h {
			return true
		}
	}
	return false
}
