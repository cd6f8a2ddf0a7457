package claims

// guaranteeOfOther: the guarantee cue h has its own object, and it is not the truce: a word
// follows it in its clause ("the army is the only guarantor of security in the city", "لا ضامن
// لأمن المدينة إلا الجيش") and no truce or agreement noun starts within three tokens after it
// ("the only guarantor of the truce", "لا ضامن لهذا القلد إلا القوات المسلحة"). A cue that
// ends its clause ("the army is the only guarantor.") or meets the exception word at once
// ("لا ضامن إلا الجيش") guarantees the truce the sentence is about.
func (ac *articleContext) guaranteeOfOther(si *sentInfo, h hit) bool {
	if h.end >= len(si.toks) || si.toks[h.end].punct || si.boundaryIn(h.end, h.end+1) || si.startsAt(catExceptOnly, h.end) {
		return false
	}
	for _, c := range [...]category{catCeasefire, catAgreement} {
		if len(hitsStartingIn(si.hitsOf(c), h.end, h.end+3)) > 0 {
			return false
		}
	}
	return true
}
