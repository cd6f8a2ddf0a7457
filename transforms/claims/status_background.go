package claims

import "strconv"

// yearOfEarlierTruce: in an article without a publication date, a year named in the status
// cue's clause, a few words from it, dates the truce the cue is about ("A local truce that X
// brokered in February 2024 collapsed within a week", "وقف إطلاق النار الذي توصل إليه الطرفان عام
// 2023", "اتفاق عام 2020 وُقّع من دون ..."). Coverage of the truce at hand dates its steps by
// days and weekdays, not by year; a named year sets an earlier one apart. (A dated article
// compares the year with its own: earlierYear.) Only the cue's neighbourhood is read: eight
// tokens either side ("الذي رعته الصين في يناير/كانون الثاني 2024"), within its clause.
func (ac *articleContext) yearOfEarlierTruce(si *sentInfo, h hit) bool {
	if _, ok := ac.published(); ok {
		return false
	}
	from, to := max(h.start-8, 0), min(h.end+8, len(si.toks))
	for k := from; k < to; k++ {
		t := &si.toks[k]
		if !t.number || len(t.text) != 4 {
			continue
		}
		y, err := strconv.Atoi(t.text)
		if err != nil || y < 1900 || y > 2100 || sinceYear(&ac.l.fw, si, k) {
			continue
		}
		a, b := min(k, h.start), max(k, h.end)
		if !si.boundaryIn(a, b) {
			return true
		}
	}
	return false
}

// signatureAssertedAfter: an agreeing verb later in the sentence (a plain one: not "announced"
// or "welcomed", which need their object), not negated, asserts a
// signature after the denial at h ("did not sign any document with Kyiv, ... the text Moscow
// signed"): the denial says with whom, not whether.
func (ac *articleContext) signatureAssertedAfter(si *sentInfo, cues []hit, h hit) bool {
	for _, c := range cues {
		if tc := ac.l.topicCue[c.idx]; c.start >= h.end && tc.Value == "agreed" && tc.Object == "" && !negatedAt(si, c.start) {
			return true
		}
	}
	return false
}
