package claims

// overseesTermAction: a term's action (lexicon term_actions: handover, released, تسليم, الإفراج)
// stands before the monitoring cue in its clause, a few words back, with no truce noun between
// and none right after the cue ("The handover, supervised by the ICRC, took two hours", "will
// be released in the coming days under Chinese supervision"): the body oversees that act, as
// exchangeBefore reads an exchange before the cue. "The release of prisoners and the truce
// will be monitored by X" names the truce between, and "released ..., and the AU will monitor
// the truce" the truce after: both keep X.
func (ac *articleContext) overseesTermAction(si *sentInfo, h hit) bool {
	if ceasefireObject(si, h.end, min(len(si.toks), h.end+4)) {
		return false
	}
	for k := h.start - 1; k >= 0 && k >= h.start-8; k-- {
		// "The truce will enter into force at midnight and be monitored by the AU", "The deal
		// provides for the return of the displaced and will be monitored by IGAD": a
		// coordinator between opens another predicate of the truce, not one of the act.
		if si.boundaryIn(k+1, h.start) || si.startsAt(catCeasefire, k) || ac.l.fw.coordinators[si.tokText(k)] {
			return false
		}
		if ac.termActionAt(si, k) {
			return true
		}
	}
	return false
}
