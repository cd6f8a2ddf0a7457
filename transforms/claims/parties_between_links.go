package claims

// linkBetween: the "between" cue h qualifies a noun of travel, trade or a way right before it
// (lexicon link_nouns and route_nouns, one adjective allowed between: "flights between Khartoum
// and Port Sudan", "الرحلات الجوية بين الخرطوم وبورتسودان", "the road between Rafah and Khan
// Younis", "trade between Turkey and Russia"): the names are places or states linked, no sides
// of the truce.
func (ac *articleContext) linkBetween(si *sentInfo, h hit) bool {
	fw := &ac.l.fw
	for k := h.start - 1; k >= 0 && k >= h.start-2; k-- {
		if si.toks[k].punct || si.boundary[k] {
			return false
		}
		if anyVariantIn(&si.toks[k], fw.linkNouns) || anyVariantIn(&si.toks[k], fw.routeNouns) {
			return true
		}
		if _, named := si.mentionAt(k); named {
			return false
		}
	}
	return false
}
