package claims

// talksBeforeAgent: the cue takes its agent right after it ("برعاية الاتحاد الأفريقي", "under the
// auspices of the AU"), so what it qualifies stands before it: a talks or meeting noun in the
// cue's clause, with no truce or agreement noun before the cue in that clause and no punctuation
// between but quotation marks and a comma setting the cue off ("مفاوضات أديس أبابا التي انطلقت
// يوم الاثنين الماضي برعاية الاتحاد الأفريقي وإيغاد تقترب من اتفاق على هدنة", "الاجتماع المقبل
// للهيئة سيُعقد يوم الاثنين المقبل في بيروت برعاية رئيس مجلس النواب", "انطلقت ... محادثات بين
// الحكومة الفلبينية وحركة ...، برعاية ماليزيا، بهدف التوصل إلى وقف لإطلاق النار"): the cue
// sponsors the talks, though a truce named after its agent is nearer (what the talks are
// for). "الهدنة التي تم التوصل إليها في محادثات الدوحة برعاية قطر" (the truce first) is left to
// the nearest noun.
func (ac *articleContext) talksBeforeAgent(si *sentInfo, h hit) bool {
	if !si.has[catTalks] && !si.has[catMeeting] {
		return false
	}
	if _, ok := si.mentionAt(h.end); !ok {
		return false
	}
	from := clauseStart(si, h.start)
	for _, cat := range [...]category{catCeasefire, catAgreement} {
		if len(hitsStartingIn(si.hitsOf(cat), from, h.start-1)) > 0 {
			return false
		}
	}
	end := h.start
	if c := setOffComma(si, h.start); c >= 0 {
		end = c
	}
	for _, cat := range [...]category{catTalks, catMeeting} {
		for _, t := range hitsStartingIn(si.hitsOf(cat), from, end-1) {
			if t.end <= end && !si.boundaryIn(t.end, h.start) && !punctOtherThanQuotes(si, t.end, end) {
				return true
			}
		}
	}
	return false
}

// punctOtherThanQuotes: a punctuation token other than a quotation mark in [from, to).
func punctOtherThanQuotes(si *sentInfo, from, to int) bool {
	for k := max(from, 0); k < to && k < len(si.toks); k++ {
		if si.toks[k].punct && !isQuote(si.toks[k].text) {
			return true
		}
	}
	return false
}
