package claims

// collapsedIndefiniteTruce: past the article's first sentence, the span [start, end) qualifies a
// ceasefire noun brought in as new, with an indefinite article ("A 48-hour truce announced on
// Monday collapsed within a day", "a three-day pause brokered in March broke down") or, in
// Arabic, without the article ("وانهارت هدنة مدتها ثلاثة أيام أعلنت يوم الجمعة"), and a collapse
// cue in its clause is asserted of it: an earlier truce that failed, not the article's own, whose
// term is not this truce's. The article's truce, once named, comes back definite ("the truce").
func (ac *articleContext) collapsedIndefiniteTruce(si *sentInfo, start, end int) bool {
	if si.idx == 0 {
		return false // a lead may bring in the very truce that collapsed
	}
	c, ok := ac.ceasefireOfSpan(si, start, end)
	if !ok || !ac.indefiniteTruce(si, c, start) {
		return false
	}
	from, to := clauseStart(si, min(c.start, start)), clauseEnd(si, max(c.end, end))
	for _, h := range ac.cuesOf(si, refStatus) {
		if h.start < from || h.start >= to || ac.l.topicCue[h.idx].Value != "collapsed" {
			continue
		}
		if !negatedAt(si, h.start) && !ac.foreseenAt(si, h.start) {
			return true
		}
	}
	return false
}

// ceasefireOfSpan: the ceasefire noun the span [start, end) qualifies, as qualifiesCeasefire
// finds it (right before, right after or one word after the span).
func (ac *articleContext) ceasefireOfSpan(si *sentInfo, start, end int) (hit, bool) {
	for _, c := range hitsStartingIn(si.hitsOf(catCeasefire), start-2-ac.l.longest, end+2) {
		if c.start >= end && c.start-end <= 1 || c.end <= start && c.end >= start-2 {
			return c, true
		}
	}
	return hit{}, false
}

// indefiniteTruce: the noun phrase of ceasefire noun c (span at start) opens with an indefinite
// article (English: right before the span or the noun, whichever comes first) or, in Arabic, the
// noun carries no article and follows no definite noun it could be in construct with.
func (ac *articleContext) indefiniteTruce(si *sentInfo, c hit, start int) bool {
	fw := &ac.l.fw
	if len(fw.indefiniteArticles) > 0 {
		first := min(c.start, start)
		return first > 0 && fw.indefiniteArticles[si.tokText(first-1)]
	}
	if fw.hasArticle(si.tokText(c.start)) || fw.hasArticlePrefix(si.tokText(c.start)) {
		return false
	}
	return c.start == 0 || !fw.hasArticle(si.tokText(c.start-1))
}
