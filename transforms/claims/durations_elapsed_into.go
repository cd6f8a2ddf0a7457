package claims

// spanIntoTruce: the span [start, end) counts the time elapsed since the truce began, not its
// term: a time lead opens it and the truce noun follows it through a measure connector, "بعد
// ثلاثة أيام من الهدنة", "منذ أسبوعين من وقف إطلاق النار", "after three days of the truce"
// (three days into it). A span with no time lead before it ("اتفقا على ثلاثة أيام من
// الهدنة") or a noun before the span ("هدنة من ثلاثة أيام") still names the term.
func (ac *articleContext) spanIntoTruce(si *sentInfo, start, end int) bool {
	fw := &ac.l.fw
	if start == 0 || !anyVariantIn(&si.toks[start-1], fw.timeLeads) || end >= len(si.toks) || !fw.measureConnectors[si.tokText(end)] {
		return false
	}
	next := end + 1
	if next < len(si.toks) && fw.definiteArticles[si.tokText(next)] {
		next++ // "of the truce"
	}
	return si.startsAt(catCeasefire, next)
}

// anyVariantIn: the token, as written or with its clitics stripped ("وبعد"), is in set.
func anyVariantIn(t *token, set map[string]bool) bool {
	for _, v := range t.variants() {
		if set[v] {
			return true
		}
	}
	return false
}
