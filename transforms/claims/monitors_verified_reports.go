package claims

// verifiesOtherReports: the monitoring cue at h has for object a content noun, past an article
// ("were verifying reports of child recruitment", "verify claims that schools were shelled"),
// and the reports are of something other than the truce: no truce noun and no fighting or
// breach word (lexicon fighting_words: violations, shelling, خروقات) in the clause after the
// noun. Checking reports of anything is no watch over the truce; "verifying reports of
// violations", "verify claims of shelling near the line" still are.
func (ac *articleContext) verifiesOtherReports(si *sentInfo, h hit) bool {
	fw := &ac.l.fw
	k := h.end
	for k < len(si.toks) && (fw.definiteArticles[si.tokText(k)] || fw.indefiniteArticles[si.tokText(k)]) {
		k++
	}
	if k >= len(si.toks) || !fw.contentNouns[fw.withoutConjunction(si.tokText(k))] {
		return false
	}
	end := clauseEnd(si, k+1)
	for j := k + 1; j < end && j < len(si.toks); j++ {
		if si.startsAt(catCeasefire, j) || fw.fightingWords[fw.withoutConjunction(si.tokText(j))] {
			return false
		}
	}
	return true
}
