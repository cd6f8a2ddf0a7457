package claims

// sinceLastTime: the span at start follows a recurrence phrase (lexicon recurrence_spans: "for
// the first time in five weeks", "لأول مرة منذ ستة أشهر"), at most two words of approximation
// between ("for the first time in nearly five weeks"): it is the time since the thing last
// happened, no term of the truce, though a truce word ("as the truce held", "under the truce")
// stands in the sentence.
func (ac *articleContext) sinceLastTime(si *sentInfo, start int) bool {
	for _, p := range ac.l.fw.recurrenceSpans {
		for gap := 0; gap <= 2; gap++ {
			k := start - gap - len(p)
			if k < 0 {
				break
			}
			if gap > 0 && (si.toks[start-gap].punct || si.toks[start-gap].number) {
				break
			}
			if tokensAt(si, k, p) {
				return true
			}
		}
	}
	return false
}
