package claims

// talksHeadBeforeTruce: the truce or deal noun n nearest the sponsorship cue at h stands before
// it, the cue is set off by a comma, and a talks or meeting noun heads n's clause before it with
// no comma between ("Talks on a longer truce are due in Jeddah later this month, co-hosted by
// Saudi Arabia and the United States", "تنطلق مفاوضات المرحلة الثانية في القاهرة ... من بدء
// التهدئة، برعاية مصرية قطرية أميركية", "عُقد الاجتماع الثاني لمتابعة اتفاق التهدئة، برعاية
// المفتي"): the truce is what the talks are on, and the cue, set off after the clause, says who
// sponsors its head, the talks. "A truce sponsored by Qatar" (no comma) stays the truce's.
func (ac *articleContext) talksHeadBeforeTruce(si *sentInfo, h hit, n hit) bool {
	c := setOffComma(si, h.start)
	if n.cat == catTalks || n.end > h.start || c < 0 || commaIn(si, n.end, c) {
		return false
	}
	from := max(clauseStart(si, n.start), n.start-20)
	for _, cat := range [...]category{catTalks, catMeeting} {
		for _, t := range hitsStartingIn(si.hitsOf(cat), from, n.start-1) {
			if t.end <= n.start && !commaIn(si, t.end, n.start) && !si.boundaryIn(t.end, n.start) {
				return true
			}
		}
	}
	return false
}

// setOffComma: the comma that sets off the cue at pos, right before it or before a prefix
// joined to it by a hyphen ("، برعاية", ", co-hosted by"); -1 when none.
func setOffComma(si *sentInfo, pos int) int {
	if pos > 0 && isComma(si.toks[pos-1].text) {
		return pos - 1
	}
	if pos > 2 && isDash(si.toks[pos-1].text) && !si.toks[pos-2].punct && isComma(si.toks[pos-3].text) {
		return pos - 3
	}
	return -1
}
