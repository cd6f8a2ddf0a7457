package claims

// No agreement on one term is no status of the truce: "no agreement had been reached on
// reopening the highway", "there is no agreement yet on the withdrawal of forces", "لم يتم
// التوصل إلى اتفاق بشأن إعادة فتح الطريق". The deal stands; one of its terms is open (the
// term's own reading says so). "There is no agreement on a ceasefire" keeps its status.

// termOfAgreementAfter: the agreeing cue h, or an agreement noun within three words of it,
// is followed (past at most one word: "yet", "بعد") by a topic preposition ("on", "over",
// "بشأن", "حول") and, within three words after it and before any ceasefire noun, by a
// handover, release, withdrawal or aid cue that no ceasefire noun is coordinated with.
func (ac *articleContext) termOfAgreementAfter(si *sentInfo, h hit) bool {
	fw := &ac.l.fw
	froms := []int{h.end}
	for _, a := range hitsStartingIn(si.hitsOf(catAgreement), h.start-3, h.end+3) {
		froms = append(froms, a.end, a.end+1)
	}
	for _, p := range froms {
		if p >= len(si.toks) || !fw.topicPrepositions[fw.withoutConjunction(si.tokText(p))] || si.boundaryIn(h.start, p+1) {
			continue
		}
		for _, ref := range [...]topicRef{refExchange, refHumanitarian, refWithdrawal} {
			for _, c := range ac.cuesOf(si, ref) {
				if c.start > p && c.start <= p+3 && !si.boundaryIn(p, c.start) && !ac.ceasefireNounWithin(si, p, c.start-p) && !ac.truceCoordinatedAfter(si, c.end) {
					return true
				}
			}
		}
	}
	return false
}

// termOfNegatedAgreement: the term cue at pos is what no agreement was reached on: a topic
// preposition stands at most three words before it, right after (or one word after: "yet",
// "بعد") an agreement noun that is negated itself ("no agreement on") or is the object of a
// negated agreeing cue ("لم يتم التوصل إلى اتفاق بشأن إعادة فتح الطريق"): the term is not
// included.
func (ac *articleContext) termOfNegatedAgreement(si *sentInfo, pos int) bool {
	fw := &ac.l.fw
	for p := pos - 1; p >= 0 && p >= pos-3 && !si.boundary[p]; p-- {
		if !fw.topicPrepositions[fw.withoutConjunction(si.tokText(p))] {
			continue
		}
		for _, a := range hitsStartingIn(si.hitsOf(catAgreement), p-ac.l.longest-1, p-1) {
			if a.end != p && a.end != p-1 {
				continue
			}
			if negatedAt(si, a.start) {
				return true
			}
			for _, c := range ac.cuesOf(si, refStatus) {
				if ac.l.topicCue[c.idx].Value == "agreed" && c.end <= a.start && c.end >= a.start-1 && negatedAt(si, c.start) {
					return true
				}
			}
		}
		return false
	}
	return false
}
