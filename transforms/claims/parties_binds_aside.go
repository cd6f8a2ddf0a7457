package claims

// truceBeforeAside: the truce or agreement noun is the subject of the verb at pos past a
// parenthetical attribution set off by commas ("The truce, Sissoko said, binds X and Y", "الهدنة،
// بحسب البيان، تضم X وY"): a comma right before pos closes words holding a verb of saying or an
// attribution, opened by a comma at most eight words before, right after the noun.
func (ac *articleContext) truceBeforeAside(si *sentInfo, pos int) bool {
	c2 := pos - 1
	if c2 < 2 || !isComma(si.tokText(c2)) {
		return false
	}
	for c1 := c2 - 1; c1 >= 1 && c1 >= c2-8; c1-- {
		if !isComma(si.tokText(c1)) {
			continue
		}
		if !ac.attributionBetween(si, c1+1, c2) {
			return false
		}
		for _, c := range [...]category{catCeasefire, catAgreement} {
			for _, n := range si.hitsOf(c) {
				if n.end == c1 && (c == catCeasefire || ac.ceasefire && !ac.insideTalks(si, n)) {
					return true
				}
			}
		}
		return false
	}
	return false
}
