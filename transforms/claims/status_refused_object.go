package claims

// otherObjectRefused: a negated agreeing verb at h takes an object preposition or infinitive
// marker ("على", "to") and then a word that is no truce or agreement noun, name or determiner,
// and no truce or agreement noun follows in the clause up to its next comma ("لم نوافق على
// تسليم سلاحنا، والتهدئة سارية", "we did not agree to disarm, but the truce holds"): what is
// refused is that thing, not the truce.
func (ac *articleContext) otherObjectRefused(si *sentInfo, h hit) bool {
	fw := &ac.l.fw
	k := h.end
	if k+1 >= len(si.toks) || !fw.objectPrepositions[si.tokText(k)] && !fw.infinitiveMarkers[si.tokText(k)] {
		return false
	}
	k++
	if t := si.tokText(k); si.toks[k].punct || fw.definiteArticles[t] || fw.indefiniteArticles[t] || fw.genericDeterminers[t] || fw.demonstratives[t] || fw.possessiveDeterminers[t] {
		return false
	}
	if _, named := si.mentionAt(k); named {
		return false
	}
	for j := k; j < len(si.toks) && !si.boundary[j] && !isComma(si.tokText(j)); j++ {
		if si.startsAt(catCeasefire, j) || si.startsAt(catAgreement, j) {
			return false
		}
	}
	return true
}
