package claims

// talksNotHeldOn: the talks noun nearest before a date (within 14 tokens, in its clause) is
// negated or denied, or a negating auxiliary stands between them: "ولم تُعقد جلسة الحوار الوطني في
// القاهرة اليوم كما كان متوقعاً", "نفت الحكومة عقد أي مفاوضات يوم السبت", "the talks were not held
// on Monday". The date is when the talks did not take place, no date of theirs (the venue loop
// reads the same negations, venue.go).
func (ac *articleContext) talksNotHeldOn(si *sentInfo, pos int) bool {
	at := -1
	for _, c := range [...]category{catTalks, catMeeting} {
		for _, h := range si.hitsOf(c) {
			if h.end <= pos && pos-h.end <= 14 && h.start > at && !si.boundaryIn(h.end, pos) {
				at = h.start
			}
		}
	}
	if at < 0 {
		return false
	}
	if negatedAt(si, at) || deniedAt(si, at) || ac.negatedAnyTalks(si, at) {
		return true
	}
	for k := at + 1; k < pos; k++ {
		if ac.l.fw.auxAt(si, k) == negatingAux && !si.trap[k] {
			return true
		}
	}
	return false
}
