package claims

// definiteCountAfterTruce: the unit hit h carries the article, a ceasefire noun without it ends
// right before it and a number word with the article follows it: "خلال عطوة الأيام الثلاثة هذه" is
// the three-day truce. It returns the count, 0 when the construction is not there.
func (ac *articleContext) definiteCountAfterTruce(si *sentInfo, h hit) float64 {
	if h.end >= len(si.toks) || !ac.l.fw.hasArticle(si.toks[h.start].text) || !ac.l.fw.hasArticle(si.tokText(h.end)) {
		return 0
	}
	// The truce noun heads the phrase only without the article ("عطوة الأيام الثلاثة"); after
	// a definite one the definite span is a time of its own ("خُرقت الهدنة اليوم الثالث على
	// التوالي", "شهدت الهدنة الأيام الثلاثة الأولى هدوءاً").
	before := false
	for _, c := range hitsStartingIn(si.hitsOf(catCeasefire), h.start-ac.l.longest, h.start) {
		before = before || c.end == h.start && !ac.l.fw.hasArticlePrefix(si.tokText(c.end-1))
	}
	if !before {
		return 0
	}
	v, e := ac.numberAt(si, h.end)
	if e <= h.end || v < 2 || v != float64(int(v)) {
		return 0
	}
	// "رغم هدنة الأيام العشرة الماضية": the days gone by, not the truce's term.
	if e < len(si.toks) && si.startsAt(catLast, e) {
		return 0
	}
	return v
}
