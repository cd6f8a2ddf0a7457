package claims

// captiveReleased: the detention or abduction word h (lexicon object "captive_released":
// detained, jailed, in prison, in custody, kidnapped) names the men it qualifies as captives
// whose release is a term: a release or handover verb (lexicon term_actions) follows within
// ten tokens in its clause ("about 40 of his men held in prisons in Gusau would be freed under
// the deal", "eleven Kyrgyz citizens detained in Isfara would be handed over under the deal",
// "no jailed gang member would be freed under the truce"), told as a term: a modal or an
// infinitive before it ("will be released", "are to be freed"), or the truce or the agreement
// named after it in the clause ("were handed over under the accord"). A detention told alone
// ("Two men were detained near the crossing") or a release seen with no deal ("released 12
// detained suspects from prison") names no slot.
func (ac *articleContext) captiveReleased(si *sentInfo, h hit) bool {
	fw := &ac.l.fw
	modal := false
	for k := h.end; k < len(si.toks) && k < h.end+10 && !si.boundary[k]; k++ {
		w := si.tokText(k)
		if fw.modalAuxiliaries[w] || fw.infinitiveMarkers[w] {
			modal = true
		}
		if !ac.termActionAfter(si, k, 1) {
			continue
		}
		if modal {
			return true
		}
		for _, n := range si.nouns {
			if n.start > k && !si.boundaryIn(k, n.start) && (n.cat == catCeasefire || n.cat == catAgreement) {
				return true
			}
		}
		return false
	}
	return false
}
