package claims

// signersSubset: the signing cue describes a whole the sentence takes a part of, so the names it
// gives are some of the signers, not their list: a subset head (lexicon subset_heads) before the
// cue in its clause ("The 3R, one of five factions the government says signed the agreement",
// "زعيم إحدى الجماعات الموقّعة، أودو غواسكا"), or a fronted partitive (lexicon fronted_partitives)
// opening the sentence before it ("Of the ten factions that signed the deal, only Fatah and Hamas
// have so far sent men"), closed by a comma after it. A set read from such a part makes a false side against the full list.
func (ac *articleContext) signersSubset(si *sentInfo, h hit) bool {
	fw := &ac.l.fw
	for k := h.start - 1; k >= 0 && k >= h.start-8; k-- {
		if si.boundary[k] || isComma(si.tokText(k)) {
			break
		}
		t := si.tokText(k)
		if fw.subsetHeads[t] || fw.subsetHeads[fw.withoutConjunction(t)] {
			// English takes the part with "of" ("one of"); Arabic by the construct state.
			if len(fw.partitives) == 0 || k+1 < h.start && fw.partitives[si.tokText(k+1)] {
				return true
			}
		}
	}
	for _, p := range fw.frontedPartitives {
		if len(p) == 0 || len(p) >= h.start {
			continue
		}
		match := true
		for j, w := range p {
			match = match && si.tokText(j) == w
		}
		// The fronted phrase closes with a comma after the cue, before any name; otherwise the
		// names are its predicate ("Among the seven forces that put their names to the text are
		// X, Y and Z, the Joint Command said").
		if match && !commaIn(si, len(p), h.start) && closedBeforeName(si, h.end) {
			return true
		}
	}
	return false
}

// closedBeforeName: a comma follows from, with no name between.
func closedBeforeName(si *sentInfo, from int) bool {
	for k := from; k < len(si.toks); k++ {
		if _, ok := si.mentionAt(k); ok {
			return false
		}
		if isComma(si.tokText(k)) {
			return true
		}
	}
	return false
}
