package claims

// clauseWordBetween: a clause word (the lexicon's clause_breaks: "while", "whereas", «فيما»,
// «بينما», «في حين») starts in [a, b), outside a negation trap ("not only X but also Y" is one
// clause). A place after it belongs to the clause it opens, not to the ceasefire noun before
// it: "وتأتي الهدنة فيما تتواصل المعارك في السودان", "the truce holds while fighting goes on
// in Sudan" name another war in passing, not where this truce is. Punctuation is read by
// breakBetween; clause boundaries are marked only later (markScopes), so the words are read
// here.
func clauseWordBetween(si *sentInfo, a, b int) bool {
	if a >= b {
		return false
	}
	for _, h := range hitsStartingIn(si.hitsOf(catClauseBreak), a, b-1) {
		if !negTrapAt(si, h.start) {
			return true
		}
	}
	return false
}

// negTrapAt: a negation trap ("not only") covers token k. It reads the hits, for callers before
// markScopes has set si.trap (the theatre scores) and after it alike.
func negTrapAt(si *sentInfo, k int) bool {
	for _, t := range si.hitsOf(catNegTrap) {
		if t.start <= k && k < t.end {
			return true
		}
	}
	return false
}
