package claims

// A signing negated by a negative quantifier in its clause, not by a negation right before the
// verb, names no signer: its object ("The Ambazonia Restoration Army signed nothing", "The UPC
// says it signed nothing, and the CPC's own spokesman counts three") or the determiner opening
// its subject ("No Bedouin tribal representative signed", "Neither faction signed the text",
// "None of the Misseriya groups signed"). The status rules read "signed nothing" already
// (agreedNothingOrDeniedWhat); the signer rules must not read its subject as a signer.

// signedNothing: a negative indefinite is the signing verb's object, past an object
// preposition ("signed nothing", "agreed to nothing").
func (ac *articleContext) signedNothing(si *sentInfo, h hit) bool {
	fw := &ac.l.fw
	for j := h.end; j < len(si.toks) && j < h.end+3; j++ {
		if si.tokIn(j, classIndefinitePronoun, fw.indefinitePronouns) {
			return si.startsAt(catNegation, j)
		}
		if !si.tokIn(j, classObjectPreposition, fw.objectPrepositions) {
			break
		}
	}
	return false
}

// negativeSubjectDeterminer: a negation opens the clause of the verb at h a few words before
// it, its subject's determiner ("No Bedouin tribal representative signed"). negatedAt reads the
// three words before the verb; a longer subject puts the determiner further back. The words
// between are that subject alone: not a subject inverted after an auxiliary ("No sooner had
// the RSF signed the truce than ..."), nor a clause of its own set off before the verb ("None
// of that stopped the RSF, which signed the truce").
func negativeSubjectDeterminer(fw *functionWords, si *sentInfo, h hit) bool {
	k := clauseStart(si, h.start)
	if h.start-k > 8 || h.start-k < 1 {
		return false
	}
	n, ok := si.hitAt(catNegation, k)
	if !ok || n.start != k || n.end >= h.start || si.trap[k] {
		return false
	}
	for j := n.end; j < h.start; j++ {
		if m, ok := si.mentionAt(j); ok {
			j = m.end - 1 // "None of the SPLM-N commanders": a name's own hyphen
			continue
		}
		if si.toks[j].punct || si.startsAt(catRelPron, j) {
			return false
		}
		if w := si.tokText(j); (fw.perfectAuxiliaries[w] || fw.modalAuxiliaries[w] || fw.copulas[w]) && si.firstMentionFrom(j+1) < si.mentionsEndingBy(h.start) {
			return false // an auxiliary before a name: the subject inverted after it
		}
	}
	return true
}

// signingNegatedByQuantifier: either of the two.
func (ac *articleContext) signingNegatedByQuantifier(si *sentInfo, h hit) bool {
	return ac.signedNothing(si, h) || negativeSubjectDeterminer(&ac.l.fw, si, h)
}
