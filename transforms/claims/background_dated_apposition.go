package claims

// A bare date set off by commas right after a truce noun dates that truce: "The parties' last
// truce, in October 2031, was brokered by Baghdad alone and collapsed after ten days", "The
// previous ceasefire, in March 2019, collapsed within a week". Unlike a participle phrase
// ("Peace talks, stalled since August 2025, are expected to resume", backgroundInParenthetical),
// it tells when the subject was made, so the whole sentence is about an earlier truce.

// datesTruceBefore: the tokens strictly between the commas at open and end are a month lead, a
// month and a year only, and a ceasefire or agreement noun ends right before the first comma.
func (ac *articleContext) datesTruceBefore(si *sentInfo, open, end int) bool {
	if open < 1 || end-open < 2 || end-open > 5 {
		return false
	}
	noun := false
	for _, cat := range []category{catCeasefire, catAgreement} {
		for _, n := range hitsStartingIn(si.hitsOf(cat), open-ac.l.longest, open-1) {
			noun = noun || n.end == open
		}
	}
	if !noun {
		return false
	}
	fw := &ac.l.fw
	for j := open + 1; j < end; {
		if m, ok := si.hitAt(catMonth, j); ok && m.start == j {
			j = m.end
			continue
		}
		if _, ok := fourDigitNumber(&si.toks[j]); ok || fw.monthLeads[si.tokText(j)] {
			j++
			continue
		}
		return false
	}
	return true
}
