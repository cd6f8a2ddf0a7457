package claims

// deniedBrokerRole: the negated agreement cue h tells someone's part in bringing the truce
// about, so the denial is of that part, not of the truce: h is a brokering cue (a mediators
// cue) with a name right before it in its clause ("rejected suggestions that the United States
// had brokered the ceasefire"; a body or person, no place), or a role noun (lexicon role_nouns: "part", "role", "دور")
// stands at most four words before it in its clause ("denied playing any part in brokering
// the ceasefire", "نفى أن تكون دمشق قد أدّت أي دور في التوصل إلى التهدئة"). "denied that any
// truce had been brokered" names no broker and stays not_agreed.
func (ac *articleContext) deniedBrokerRole(si *sentInfo, h hit) bool {
	for k := h.start - 1; k >= 0 && k >= h.start-4 && !si.boundary[k]; k-- {
		if ac.l.fw.roleNouns[si.tokText(k)] {
			return true
		}
	}
	if !ac.provisionCueIn(si, h.start, h.start, refMediators) {
		return false
	}
	for k := h.start - 1; k >= 0 && k >= h.start-4 && !si.boundary[k]; k-- {
		if m, ok := si.mentionAt(k); ok && m.end <= h.start && m.e.Type != "city" && m.e.Type != "region" {
			return true
		}
	}
	return false
}
