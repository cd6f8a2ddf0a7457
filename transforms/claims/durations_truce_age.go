package claims

// truceAge: the span [start, end) (a number and its unit) tells how old the truce is, not how
// long it runs: an age word (lexicon age_words) right after the unit, hyphenated or not ("the
// first serious breach of the five-day-old ceasefire", "testing a three-day-old ceasefire", "a
// truce ten days old"), or right before the number where the age noun leads («لا يثقون بهدنة
// عمرها خمسة أيام»). The age is the time elapsed since the start, as in "which has held for
// two days now" (elapsedSpan), so it is no duration claim.
func (ac *articleContext) truceAge(si *sentInfo, start, end int) bool {
	fw := &ac.l.fw
	if len(fw.ageWords) == 0 {
		return false
	}
	age := func(k int) bool {
		if k < 0 || k >= len(si.toks) {
			return false
		}
		t := si.tokText(k)
		return fw.ageWords[t] || fw.ageWords[fw.withoutConjunction(t)]
	}
	k := end
	if si.tokText(k) == "-" {
		k++
	}
	return age(k) || age(start-1)
}
