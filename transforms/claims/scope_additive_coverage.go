package claims

// An additive coverage places no truce: "الهدنة تشمل البصرة والناصرية أيضاً", "The deal also
// extends to the port and to the airport", "يشمل أيضاً بلدة طق طق". The adverb (lexicon additive_adverbs) adds the place to what the truce
// covers besides; the sentence does not say the truce is limited to it, so it is no partial
// scope (the place's own coverage is the exclusions topic's).

// additiveCoverage: an additive adverb stands in the coverage cue h's clause, at most three
// words before the cue or ten after it, and the coverage is stated, not demanded.
func (ac *articleContext) additiveCoverage(si *sentInfo, h hit) bool {
	fw := &ac.l.fw
	// "The truce must also cover El Obeid": a demand tells the scope its speaker wants
	// (modality_any_truce_test.go; the modal of the truce as the exclusions topic reads it);
	// only a stated coverage adds to an unsaid rest.
	if len(fw.additiveAdverbs) == 0 || ac.demandedAt(si, h.start) || ac.anyTruceDemandAt(si, h.start, "ceasefire.exclusions") {
		return false
	}
	from := max(clauseStart(si, h.start), h.start-3)
	for k := from; k < len(si.toks) && k < h.end+10; k++ {
		if k >= h.end && si.boundary[k] {
			break
		}
		if fw.additiveAdverbs[si.tokText(k)] {
			return !notOnlyBefore(si, k)
		}
	}
	return false
}

// notOnlyBefore: a "not only" (a negation trap: "not only", "لا تقتصر") starts before k in the
// sentence, so the adverb at k is its correlative's "also".
func notOnlyBefore(si *sentInfo, k int) bool {
	for j := 0; j < k; j++ {
		if si.trap[j] && si.startsAt(catNegation, j) {
			return true
		}
	}
	return false
}
