package claims

// signersListed: the "including" cue h ("among them", "including", «بينها») lists the members of
// a noun phrase that a signing word governs ("carries the signatures of representatives of eleven
// factions, among them Fatah and Hamas", "was signed ... by the leaders of nine gangs, among them
// X"): who signed, not what the truce covers. The signing word (a ceasefire.signatory_groups
// cue) ends within 24 tokens before h, and no other coverage cue stands between them ("the
// truce, signed on Tuesday, covers all factions, among them X" keeps its list).
func (ac *articleContext) signersListed(si *sentInfo, h hit) bool {
	if !si.startsAt(catIncluding, h.start) {
		return false
	}
	last := -1 // the end of the last signing word before h
	for _, c := range ac.cuesOf(si, refSignatoryGroups) {
		if c.end <= h.start && h.start-c.end <= 24 {
			last = c.end
		}
	}
	if last < 0 {
		return false
	}
	for _, c := range []category{catInclusion, catExclusion} {
		for _, x := range hitsStartingIn(si.hitsOf(c), last, h.start-1) {
			if !si.startsAt(catIncluding, x.start) {
				return false
			}
		}
	}
	return true
}
