package claims

// complianceOnCondition: a statement of compliance (an in_force cue) whose clause goes on, past
// the truce noun and before any comma, to a condition on the other side's compliance ("ملتزمة
// بالهدنة ما التزم بها الطرف الآخر", "ملتزمون بوقف النار ما دام الجيش ملتزماً به"): the party
// promises to hold its fire on terms; the sentence says nothing of whether the truce holds.
// The condition must follow within eight tokens of the cue.
func (ac *articleContext) complianceOnCondition(si *sentInfo, h hit) bool {
	if !si.has[catConditional] {
		return false
	}
	for _, c := range si.hitsOf(catConditional) {
		if c.start >= h.end && c.start-h.end <= 8 && !commaIn(si, h.end, c.start) && !si.boundaryIn(h.end, c.start) {
			return true
		}
	}
	return false
}
