package claims

// agreementBetweenSides: a sentence names an agreement between two of the war's sides, an
// armed one among them ("الاتفاق بين الحزب الديمقراطي الكردستاني والاتحاد الوطني
// الكردستاني", "التفاهم ... يقتصر على الجيش الوطني وقسد", "طرفي التفاهم هما الأجهزة الأمنية
// وكتيبة جنين"): a follow-up item that calls the truce only "the agreement" or "the
// understanding" says which deal by its sides. An accord between two governments (oil, trade)
// does not count.
func (ac *articleContext) agreementBetweenSides() bool {
	for _, si := range ac.infos {
		if !si.has[catAgreement] || !si.has[catTopicCue] {
			continue
		}
		for _, h := range ac.cuesOf(si, refParties) {
			if o := ac.l.topicCue[h.idx].Object; o != "" && o != "binds" && o != "copula" {
				continue
			}
			if !ac.nounNear(si, si.hitsOf(catAgreement), h.start, 4) || negatedAt(si, h.start) {
				continue
			}
			sides, armed := 0, false
			for _, m := range si.ents[si.firstMentionFrom(h.end):] {
				if m.start > h.end+12 || si.boundaryIn(h.end, m.start) {
					break
				}
				if ac.canBeSide(si, m) {
					sides++
					armed = armed || m.e.Type == "military" || m.e.Type == "armed_group" || ac.x.armedParties[m.e.ID]
				}
			}
			if sides >= 2 && armed {
				return true
			}
		}
	}
	return false
}
