package claims

// signsAnnex: the signing verb at h takes an annex as its object, in an article about a
// ceasefire: "The CRP insists it signed an annex alongside CODECO" (ituri it_039), "أن حركته
// وقّعت في كمبالا ملحقاً بالاتفاق إلى جانب كوديكو" (ituri it_018), "had signed an annex to it
// alongside the FNRT" (chad cd_018). An annex is part of the agreement it is attached to: who
// signs it signs the agreement. The annex noun (lexicon annex_nouns) comes within four words
// after the verb, in its clause, past at most an article and a place ("signed in Kampala an
// annex").
func (ac *articleContext) signsAnnex(si *sentInfo, h hit) bool {
	if !ac.ceasefire {
		return false
	}
	for k := h.end; k < len(si.toks) && k <= h.end+4; k++ {
		if si.boundary[k] || isComma(si.tokText(k)) {
			return false
		}
		if ac.l.fw.annexNouns[si.tokText(k)] {
			return true
		}
	}
	return false
}
