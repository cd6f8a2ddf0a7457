package claims

// truceOfEarlierMonth: the status cue at h is about a truce named by a month before the
// article's ("منذ انهيار هدنة مايو" in a July article, "how the May truce died"): a truce or
// agreement noun within four tokens of the cue, in its clause, with a month name right after
// it (Arabic: "هدنة مايو") or right before it (English: "the May truce"). Coverage of the truce
// at hand does not name it by its month; an earlier one is set apart that way, as by a year
// (status_background.go).
func (ac *articleContext) truceOfEarlierMonth(si *sentInfo, h hit) bool {
	pub, ok := ac.published()
	if !ok || !si.has[catMonth] {
		return false
	}
	for _, c := range si.nouns {
		if c.cat == catTalks || c.end < h.start-4 || c.start > h.end+4 || si.boundaryIn(min(c.start, h.start), max(c.end, h.end)) {
			continue
		}
		if m, ok := ac.monthNaming(si, c); ok && ac.l.months[m.idx] < int(pub.Month()) {
			return true
		}
	}
	return false
}

// monthNaming: the month name that names the noun c: right after it where the noun comes
// first ("هدنة مايو"), right before it where the modifier does ("the May truce").
func (ac *articleContext) monthNaming(si *sentInfo, c hit) (hit, bool) {
	if !ac.l.lex.Grammar.SubjectBeforeVerb {
		m, ok := si.hitAt(catMonth, c.end)
		if ok && si.startsAt(catNext, m.end) {
			return hit{}, false // "هدنة مايو المقبل": next May, not an earlier truce
		}
		return m, ok
	}
	for _, m := range si.hitsOf(catMonth) {
		if m.end == c.start && m.start > 0 && !si.toks[m.start-1].punct {
			return m, true
		}
	}
	return hit{}, false
}
