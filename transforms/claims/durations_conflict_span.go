package claims

// spanOfConflict: the duration cue before the span at start ("lasted", "استمر", at most six tokens
// before it, in its clause) has a conflict or fighting noun as its subject: right before it
// ("نزاع استمر عشر سنوات"), or before a relative pronoun that opens the cue's clause, a perfect
// auxiliary between, the noun at most three words before the pronoun with no punctuation ("a
// war that has lasted 12 years", "a siege of Goma that lasted 11 months", "الحرب التي استمرت
// عامين"). The span measures the conflict the truce ends, not the truce; years made this common,
// for tribal truces end feuds that ran for years. "The truce that ended the war will last a
// year" keeps its span: the noun is no subject of "last".
func (ac *articleContext) spanOfConflict(si *sentInfo, start int) bool {
	fw := &ac.l.fw
	if len(fw.conflictNouns) == 0 {
		return false
	}
	for _, c := range ac.cuesOf(si, refDuration) {
		if c.end > start || start-c.end > 6 || si.boundaryIn(c.end, start) {
			continue
		}
		j := c.start - 1
		for j >= 0 && fw.perfectAuxiliaries[si.tokText(j)] {
			j--
		}
		if j < 0 {
			continue
		}
		if !si.startsAt(catRelPron, j) {
			if ac.conflictNounAt(si, j) {
				return true
			}
			continue
		}
		for k := j - 1; k >= 0 && k >= j-3 && !si.toks[k].punct; k-- {
			if ac.conflictNounAt(si, k) {
				return true
			}
		}
	}
	return false
}

// conflictNounAt: token k, in one of its variants, is a conflict or fighting noun, and no part
// of a ceasefire noun ("وقف القتال لمدة ثلاثين يوماً", "a halt to fighting for a year" measure
// the truce).
func (ac *articleContext) conflictNounAt(si *sentInfo, k int) bool {
	for _, c := range hitsStartingIn(si.hitsOf(catCeasefire), k-ac.l.longest, k) {
		if c.end > k {
			return false
		}
	}
	for _, v := range si.toks[k].variants() {
		if ac.l.fw.conflictNouns[v] || ac.l.fw.fightingWords[v] {
			return true
		}
	}
	return false
}
