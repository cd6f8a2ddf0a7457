package claims

// assistsTheDeal: a phrase of help (lexicon object "assisting": "with help from", "with the
// help of", "بمساعدة") names a co-broker only when it follows the deal it helped: a truce or
// agreement noun, a cue of mediating or one of agreeing ends at most eight tokens before it in
// its clause ("The agreement, brokered by X with help from Y", "The truce was reached with help
// from Oman", "تم التوصل إلى الهدنة بمساعدة عمان"). "The army retook the town with help from
// Russia before the truce" names who helped the fighting.
func (ac *articleContext) assistsTheDeal(si *sentInfo, h hit) bool {
	from := max(clauseStart(si, h.start), h.start-8)
	ends := func(hs []hit) bool {
		for _, n := range hs {
			if n.end > from && n.end <= h.start {
				return true
			}
		}
		return false
	}
	if ends(si.hitsOf(catCeasefire)) || ends(si.hitsOf(catAgreement)) {
		return true
	}
	for _, ref := range [...]topicRef{refMediators, refStatus} {
		for _, c := range ac.cuesOf(si, ref) {
			if c.end > from && c.end <= h.start && (ref == refMediators || ac.l.topicCue[c.idx].Value == "agreed") {
				return true
			}
		}
	}
	return false
}
