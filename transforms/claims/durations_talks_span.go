package claims

// spanOfTalks: the span ending at end measures talks, not a truce: a partitive right after the
// unit, then the talks or meeting noun within two qualifying words ("after two days of
// tripartite talks", "three days of proximity talks in Geneva", "after nine days of indirect
// negotiations"). A duration word near it ("a pact for Manipur's foothill districts after two
// days of talks") does not make it the truce's term.
func (ac *articleContext) spanOfTalks(si *sentInfo, end int) bool {
	if end+1 >= len(si.toks) || !ac.l.fw.partitives[si.tokText(end)] {
		return false
	}
	for k := end + 1; k <= end+3 && k < len(si.toks); k++ {
		if si.startsAt(catTalks, k) || si.startsAt(catMeeting, k) {
			return true
		}
		if _, named := si.mentionAt(k); named || si.toks[k].punct || si.boundary[k] || si.startsAt(catCeasefire, k) || si.startsAt(catAgreement, k) {
			return false
		}
	}
	return false
}
