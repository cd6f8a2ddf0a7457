package claims

// reducedRelativeOfCeasefire: the agreeing cue h is a participle right after a ceasefire or
// agreement noun, a relative clause on the truce without its pronoun ("the ceasefire agreed in
// Tripoli on 11 July", "the agreement reached in Najaf", "the ceasefire concluded in Luanda",
// «الاتفاق الموقّع في الدوحة»): it tells where this truce was made as "which was agreed in
// Tripoli" does (relativeOfCeasefire), so a city of the war is its forum too. A talks noun
// ("the talks agreed in Geneva to ...") and a noun a comma or a clause break separates from the
// cue are no such relative. Unlike a relative with its pronoun, it is not read next to a year
// other than the article's (otherYearIn): "the 2022 Ramadan understanding reached in Kuala
// Lumpur" is an earlier agreement.
func (ac *articleContext) reducedRelativeOfCeasefire(si *sentInfo, h hit) bool {
	for _, n := range si.nouns {
		// The noun right before the participle, or the noun the cue itself opens
		// («الاتفاق الموقع», a cue of noun and participle).
		if n.end != h.start && !(n.start == h.start && n.end < h.end) {
			continue
		}
		return n.cat != catTalks && (n.cat == catCeasefire || ac.ceasefire) && !si.boundaryIn(n.end, h.start)
	}
	return false
}
