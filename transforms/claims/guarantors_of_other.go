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

// guarantorOfOther: a guarantee noun with its own partitive object ("Kyiv is the main guarantor
// of Europe's security", "Egypt, the guarantor of stability in the region") guarantees that
// object, not the truce, whoever is named before it. The object is the truce's when a truce,
// agreement or talks noun stands in the of-phrase before the clause ends ("guarantor of the
// truce", "guarantor of the implementation of the deal") or a possessive determiner owns it
// ("guarantor of its implementation": the truce's, named before).
func (ac *articleContext) guarantorOfOther(si *sentInfo, h hit) bool {
	if !ac.l.fw.partitives[si.tokText(h.end)] || ac.l.fw.possessiveDeterminers[si.tokText(h.end+1)] {
		return false
	}
	for k := h.end + 1; k < len(si.toks) && !si.toks[k].punct && !si.boundary[k]; k++ {
		if si.startsAt(catCeasefire, k) || si.startsAt(catAgreement, k) || si.startsAt(catTalks, k) {
			return false
		}
	}
	return true
}

// possessorMention: the mention m owns the noun after it ("Israel's security", "Europe’s"): a
// name in a guarantee noun's own object is its owner, no guarantor.
func (fw *functionWords) possessorMention(si *sentInfo, m mention) bool {
	return fw.possessiveAt(si, m.end) || fw.possessiveBefore(si, m.end)
}
