package claims

// captiveReleased: the detention or abduction word h (lexicon object "captive_released":
// detained, jailed, in prison, in custody, kidnapped) names the men it qualifies as captives
// whose release is a term: a release or handover verb (lexicon term_actions) follows within
// ten tokens in its clause ("about 40 of his men held in prisons in Gusau would be freed under
// the deal", "eleven Kyrgyz citizens detained in Isfara would be handed over under the deal",
// "no jailed gang member would be freed under the truce"), told as a term: a modal or an
// infinitive before it ("will be released", "are to be freed"), or the truce or the agreement
// named after it in the clause as its frame ("were handed over under the accord"). A detention
// told alone ("Two men were detained near the crossing"), a release seen with no deal
// ("released 12 detained suspects from prison") or one the truce only dates ("were released
// days after the truce began"), and a detention noun owning what follows ("Custody of the
// airport will be handed over") name no slot.
func (ac *articleContext) captiveReleased(si *sentInfo, h hit) bool {
	fw := &ac.l.fw
	// "Custody of Goma airport will be handed over": a detention noun owning what follows
	// names a charge, no captives.
	if fw.departurePrepositions[si.tokText(h.end)] {
		return false
	}
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
			if n.start > k && !si.boundaryIn(k, n.start) && (n.cat == catCeasefire || n.cat == catAgreement) && framedBy(si, fw, k, n.start) {
				return true
			}
		}
		return false
	}
	return false
}

// framedBy: a frame preposition (lexicon frame_prepositions: under, بموجب) stands at most three
// tokens before the noun at pos and after from ("freed under the deal", "released under the
// peace accord"), so the release is told as its term, not dated by it ("released days after
// the truce began").
func framedBy(si *sentInfo, fw *functionWords, from, pos int) bool {
	for j := pos - 1; j > from && j >= pos-3; j-- {
		if fw.framePrepositions[fw.withoutConjunction(si.tokText(j))] {
			return true
		}
	}
	return false
}
