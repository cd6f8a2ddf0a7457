package claims

// withOfAnotherHead: the "with" of a speaker's deal (parties cue object "with") belongs to
// another head than the truce: a border word right before it names the neighbour across the
// border ("لا يشمل الاتفاق معبر أدري الحدودي مع تشاد", "the Adre crossing on the border with
// Chad"); a cue of brokering, guaranteeing or sponsoring ending right before it makes the one
// after it a co-broker ("الهدنة التي يسّرتها مع الولايات المتحدة", "which it brokered with
// Qatar"); an exchange cue ending at most two words before it makes it the other side of the
// swap, not of the truce ("اقترحت تبادل الأسرى مع الجيش ضمن ترتيبات الهدنة").
func (ac *articleContext) withOfAnotherHead(si *sentInfo, h hit) bool {
	if h.start > 0 && ac.l.fw.borderWords[si.tokText(h.start-1)] {
		return true
	}
	for _, ref := range [...]topicRef{refMediators, refGuarantors, refTalksSponsors} {
		for _, c := range ac.cuesOf(si, ref) {
			if c.end == h.start {
				return true
			}
		}
	}
	for _, c := range ac.cuesOf(si, refExchange) {
		if c.end <= h.start && h.start-c.end <= 2 && !si.boundaryIn(c.end, h.start) {
			return true
		}
	}
	return false
}
