package claims

// priceNounAt: a verb of saying whose bare spelling is also a noun (lexicon
// attribution_noun_homographs: ثمن, "price", beside ثمّن, "commended") opens the sentence and a
// deal, truce or talks noun follows it right after («ثمن الاتفاق كان انسحاب قوات الدعم السريع»):
// a deal commends nothing, so the word is the noun in construct with it. A subject that can
// speak («ثمّنت الرئاسة», «وثمّن البيان الوساطة») keeps the verb.
func priceNounAt(l *language, si *sentInfo, hits []hit, h hit) bool {
	if h.start != 0 || h.end != 1 || len(si.toks) < 2 || !l.fw.attrNounHomographs[si.toks[0].text] {
		return false
	}
	for _, n := range hits {
		if n.start == 1 && (n.cat == catAgreement || n.cat == catCeasefire || n.cat == catTalks) {
			return true
		}
	}
	return false
}
