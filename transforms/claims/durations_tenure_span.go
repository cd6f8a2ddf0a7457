package claims

// spanOfTenure: the span ending at end measures a stay in a post or a place, not the truce: a
// tenure noun (lexicon tenure_nouns) follows the unit, past a possessive mark, one preposition, locative
// or partitive and an article or possessive determiner ("after ten years in office", "ten
// months' service", "two years of service", "400 days in captivity", "بعد عشر سنوات في
// الحكم", "عشرة أشهر من الخدمة"). A truce noun elsewhere in the sentence does not make it the
// truce's term.
func (ac *articleContext) spanOfTenure(si *sentInfo, end int) bool {
	fw := &ac.l.fw
	if len(fw.tenureNouns) == 0 {
		return false
	}
	k := end
	if t := si.tokText(k); t == "'" || t == "’" {
		k++
	}
	if t := si.tokText(k); fw.partitives[t] || si.tokIn(k, classPreposition, fw.prepositions) || si.startsAt(catLocative, k) {
		k++
	}
	if t := si.tokText(k); fw.definiteArticles[t] || fw.possessiveDeterminers[t] {
		k++
	}
	if k >= len(si.toks) || si.boundaryIn(end, k+1) {
		return false
	}
	for _, v := range si.toks[k].variants() {
		if fw.tenureNouns[v] {
			return true
		}
	}
	return false
}
