package claims

// linkBetween: the "between" cue h qualifies a noun of travel, trade or a way right before it
// (lexicon link_nouns and route_nouns, one adjective allowed between: "flights between Khartoum
// and Port Sudan", "الرحلات الجوية بين الخرطوم وبورتسودان", "the road between Rafah and Khan
// Younis", "trade between Turkey and Russia"): the names are places or states linked, no sides
// of the truce. So with a noun of fighting or conflict (lexicon fighting_words, conflict_nouns)
// or of a divide between two (divide_nouns) outside a truce noun: "استمرار المواجهات فيها بين
// الجماعة والمنشقين", "حجم الهوة بين بغداد وأربيل", "the rift between the two ministries": who
// fight or differ, not who agreed ("a cessation of hostilities between X and Y" still is).
func (ac *articleContext) linkBetween(si *sentInfo, h hit) bool {
	fw := &ac.l.fw
	for k := h.start - 1; k >= 0 && k >= h.start-2; k-- {
		if si.toks[k].punct || si.boundary[k] {
			return false
		}
		if anyVariantIn(&si.toks[k], fw.linkNouns) || anyVariantIn(&si.toks[k], fw.routeNouns) {
			return true
		}
		if (anyVariantIn(&si.toks[k], fw.fightingWords) || anyVariantIn(&si.toks[k], fw.conflictNouns) || anyVariantIn(&si.toks[k], fw.divideNouns)) && !onHit(si.hitsOf(catCeasefire), k) {
			return true
		}
		if _, named := si.mentionAt(k); named {
			return false
		}
	}
	return false
}
