package claims

// agreementBetweenSides: a sentence names an agreement between two of the war's sides, an
// armed one among them ("الاتفاق بين الحزب الديمقراطي الكردستاني والاتحاد الوطني
// الكردستاني", "التفاهم ... يقتصر على الجيش الوطني وقسد", "طرفي التفاهم هما الأجهزة الأمنية
// وكتيبة جنين"): a follow-up item that calls the truce only "the agreement" or "the
// understanding" says which deal by its sides. An accord between two governments (oil, trade)
// does not count, nor one whose sides are followed by another matter (otherTopicAfter).
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
			sides, armed, last := 0, false, h.end
			for _, m := range si.ents[si.firstMentionFrom(h.end):] {
				if m.start > h.end+12 || si.boundaryIn(h.end, m.start) || sides > 0 && ac.otherTopicAfter(si, last) {
					break // past the sides: "على تشكيل الحكومة" names no third one
				}
				if ac.canBeSide(si, m) {
					sides++
					armed = armed || m.e.Type == "military" || m.e.Type == "armed_group" || ac.x.armedParties[m.e.ID]
					last = m.end
				}
			}
			if sides >= 2 && armed && !ac.otherTopicAfter(si, last) {
				return true
			}
		}
	}
	return false
}

// otherTopicAfter: a topic preposition right after the sides (lexicon topic_prepositions: on,
// على, بشأن) opens what the agreement is about, and no truce noun follows it within three
// tokens: an agreement of another matter ("The agreement between Hamas and Fatah on
// reconciliation", «الاتفاق بين الحزبين على تشكيل الحكومة», «بشأن حماية المدنيين»).
func (ac *articleContext) otherTopicAfter(si *sentInfo, end int) bool {
	if end >= len(si.toks) || !ac.l.fw.topicPrepositions[si.tokText(end)] {
		return false
	}
	for _, c := range si.hitsOf(catCeasefire) {
		if c.start > end && c.start <= end+3 {
			return false
		}
	}
	return true
}
