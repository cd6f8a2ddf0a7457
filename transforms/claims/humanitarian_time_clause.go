package claims

// A truce named in a fronted time clause dates the main clause and frames no provision of it:
// "As the truce took effect, the governor opened the new bridge", "ومع دخول الهدنة حيز
// التنفيذ، أعاد المحافظ فتح الجسر". Opening a road or a bridge then is a deed of the day, no
// access the truce provides ("The truce provides for the reopening of the crossing" is one).

// truceOnlyInTimeClause: every ceasefire noun of the sentence (and agreement noun, in a
// truce's coverage: "under the agreement" frames a term) lies before pos in a clause that
// opens with a time clause opener (lexicon time_clause_openers: "as", "once", "مع", "عقب")
// and ends at the first comma after it, before pos.
func (ac *articleContext) truceOnlyInTimeClause(si *sentInfo, pos int) bool {
	if !si.has[catCeasefire] || len(ac.l.fw.timeClauseOpeners) == 0 {
		return false
	}
	inTimeClause := func(c hit) bool {
		start := clauseStart(si, c.start)
		comma := commaAfter(si, start)
		return c.end <= pos && ac.timeClauseAt(si, start) && comma >= c.end && comma < pos
	}
	for _, c := range si.hitsOf(catCeasefire) {
		if !inTimeClause(c) {
			return false
		}
	}
	if ac.ceasefire {
		for _, c := range si.hitsOf(catAgreement) {
			if !inTimeClause(c) {
				return false
			}
		}
	}
	return true
}

// commaAfter is the position of the first comma at or after k, len(si.toks) when none.
func commaAfter(si *sentInfo, k int) int {
	for ; k < len(si.toks); k++ {
		if isComma(si.toks[k].text) {
			return k
		}
	}
	return len(si.toks)
}

// timeClauseAt: token k, in any of its variants ("ومع" is مع), is a time clause opener.
func (ac *articleContext) timeClauseAt(si *sentInfo, k int) bool {
	if k >= len(si.toks) {
		return false
	}
	for _, v := range si.toks[k].variants() {
		if ac.l.fw.timeClauseOpeners[v] {
			return true
		}
	}
	return false
}
