package claims

// signingDatesTime: the time te follows a verb of agreeing or signing (a status cue valued
// "agreed") within four tokens of its clause ("وقّعا على النص مساء الخميس", "signed the text on
// Thursday evening"), no start cue stands before it in that clause, and every start cue near it
// comes after it past a comma ("، وأن وقف إطلاق النار يسري على المدينة"): te dates the
// signing, not the truce's start.
func (ac *articleContext) signingDatesTime(si *sentInfo, te timeExpr) bool {
	signed := false
	for _, c := range ac.cuesOf(si, refStatus) {
		if ac.l.topicCue[c.idx].Value == "agreed" && c.end <= te.start && te.start-c.end <= 4 && !commaIn(si, c.end, te.start) && !si.boundaryIn(c.end, te.start) {
			signed = true
			break
		}
	}
	if !signed {
		return false
	}
	for _, h := range ac.cuesOf(si, refStartTime) {
		if h.start < te.end && h.end > clauseStart(si, te.start) {
			return false // "agreed a truce taking effect on Thursday"
		}
		if h.start >= te.end && h.start-te.end <= 10 && !commaIn(si, te.end, h.start) {
			return false
		}
	}
	return true
}
