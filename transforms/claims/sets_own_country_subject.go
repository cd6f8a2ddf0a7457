package claims

// ownCountrySubject: the role noun's subject is the speaker's own country named by a possessed
// noun (lexicon own_country_words: «بلاده», her country), joined to it by a copula or linking
// verb («وأن بلاده ستكون الضامن لتنفيذها», said by Malaysia's facilitator, mindanao mn_020): the
// speaker's state holds the role. No state behind the speaker, or a negation between, names no
// one.
func (ac *articleContext) ownCountrySubject(si *sentInfo, h hit) (string, bool) {
	for k := h.start - 2; k >= 0 && k >= h.start-5; k-- {
		if si.toks[k].punct || si.boundary[k] {
			return "", false
		}
		if !ac.l.fw.ownCountryWords[si.tokText(k)] {
			continue
		}
		if !ac.copulaLinkAt(si, k+1, h) || ac.negationBetween(si, k, h.start) {
			return "", false
		}
		st := ac.speakerState(si, h.start)
		return st, st != ""
	}
	return "", false
}
