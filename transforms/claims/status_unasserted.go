package claims

// negatedSayingBefore: the cue at pos is the content of a verb of saying that a negation governs
// ("Neither side said the ceasefire had collapsed", "No one has claimed the truce was broken",
// "لم يقل أحد إن الهدنة انهارت"): nobody asserts it, so it is no claim of anyone's. The verb ends
// at most ten tokens before pos in the same clause; the negation stands within three tokens
// before the verb.
func (ac *articleContext) negatedSayingBefore(si *sentInfo, pos int) bool {
	if !si.has[catNegation] || !si.has[catAttrVerb] {
		return false
	}
	for _, v := range si.hitsOf(catAttrVerb) {
		if v.end > pos || pos-v.end > 10 || si.boundaryIn(v.end, pos) || commaIn(si, v.end, pos) {
			continue // "شرط عدم الكشف عن هويته، فإن ...": the negated verb's clause has ended
		}
		// "Officials who would not say where they were said the truce collapsed": a later verb
		// of saying before the cue takes the content.
		if len(hitsStartingIn(si.hitsOf(catAttrVerb), v.end, pos-1)) > 0 {
			continue
		}
		for k := v.start - 1; k >= 0 && k >= v.start-3; k-- {
			if si.startsAt(catNegation, k) && !si.trap[k] && !relativeRightBefore(si, k) {
				return true
			}
		}
	}
	return false
}

// relativeRightBefore: a relative pronoun stands within two tokens before the negation at k
// ("الحوثيون الذين لم يعلنوا عن خسائرهم إن ...", "who did not say"): the negated verb is in a
// relative clause on the speaker, whose own verb carries the content.
func relativeRightBefore(si *sentInfo, k int) bool {
	for j := max(k-2, 0); j < k; j++ {
		if si.startsAt(catRelPron, j) {
			return true
		}
	}
	return false
}
