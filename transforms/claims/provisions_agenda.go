package claims

// onTalksAgenda: an agenda word (lexicon agenda_words: "will discuss", "on the agenda", «ستبحث»,
// «جدول أعمالها») stands at most eight words before the provision cue h, in its clause:
// "the sessions will discuss an immediate ceasefire and the exchange of bodies", «وإن جدول
// أعمالها سيشمل ملف الأسرى», «الجلسات ستبحث «وقفاً فورياً لإطلاق النار وتبادل الجثامين
// والأسرى»». The provision is a subject of talks to come, no term of the deal. An agreement
// noun named between the agenda word and the cue, not one inside the talks' own name ("will
// discuss how the agreement's prisoner exchange is carried out"), keeps the term; a ceasefire
// noun does not: it is on the agenda too («وقفاً فورياً لإطلاق النار» above).
func (ac *articleContext) onTalksAgenda(si *sentInfo, h hit) bool {
	fw := &ac.l.fw
	if len(fw.agendaWords) == 0 {
		return false
	}
	for j := h.start - 1; j >= 0 && j >= h.start-8; j-- {
		if si.boundary[j] {
			return false
		}
		if !startAt(si, j, classAgendaStart, fw.agendaStart) {
			continue // no agenda word starts here (a cheap pre-check)
		}
		n := phraseAt(si, j, fw.agendaWords)
		if n == 0 {
			if w := fw.withoutConjunction(si.tokText(j)); w != si.tokText(j) {
				for _, p := range fw.agendaWords {
					if len(p) == 1 && p[0] == w {
						n = 1
					}
				}
			}
		}
		if n == 0 || j+n > h.start {
			continue
		}
		for _, c := range si.nouns {
			if c.start >= j+n && c.start < h.start && (c.cat == catAgreement && !ac.insideTalks(si, c)) {
				return false
			}
		}
		return true
	}
	return false
}
