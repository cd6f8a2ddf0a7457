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

// talksOnTruce: the truce noun n nearest the sponsorship cue at h, before it, is the object of a
// topic preposition (lexicon topic_prepositions: "on", "بشأن", "حول") that a talks noun heads,
// past at most one adjective ("المفاوضات الفعلية بشأن وقف اطلاق النار جرت في لشبونة برعاية
// برتغالية", cabinda; "the negotiations on the ceasefire took place in Lisbon under Portuguese
// auspices"), and the cue follows in the same clause with no punctuation between: the truce is
// what the talks were about, and the cue says who sponsored them. "A ceasefire on the Marib
// front brokered by Oman" has no talks noun; "talks ended, and the ceasefire, brokered by Qatar"
// has punctuation.
func (ac *articleContext) talksOnTruce(si *sentInfo, h hit, n hit) bool {
	if n.cat == catTalks || n.end > h.start || h.start-n.end > 8 || punctIn(si, n.end, h.start) {
		return false
	}
	p := n.start - 1
	if p > 0 && ac.l.fw.definiteArticles[si.tokText(p)] {
		p-- // "on the ceasefire"
	}
	if p < 1 || !si.tokIn(p, classTopicPreposition, ac.l.fw.topicPrepositions) {
		return false
	}
	for _, t := range hitsStartingIn(si.hitsOf(catTalks), p-ac.l.longest-2, p-1) {
		if t.end == p || t.end == p-1 && !si.toks[p-1].punct && !si.toks[p-1].number {
			return true
		}
	}
	return false
}
