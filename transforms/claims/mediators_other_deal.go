package claims

// mediatedOtherDeal: the mediation cue at h has another deal for its object, named before any
// truce noun or punctuation in the few words after it in its clause: an exchange of captives
// ("Qatar brokered a prisoner release with the M23", "brokered a hostage deal", "توسطت قطر في
// صفقة لتبادل الأسرى", "في الإفراج عن أسرى") or a deal of another kind ("Turkey brokered a grain
// deal"). The broker of that deal is no mediator of the truce. A truce coordinated after the
// exchange ("a prisoner release and a truce") keeps the mediator; so does a term of the deal
// after an aside ("الاتفاق، الذي جاء ثمرة وساطة ماليزية، يتضمن إعادة جثامين القتلى"); a passive
// cue ("brokered by Qatar") has its agent, not its object, after it.
func (ac *articleContext) mediatedOtherDeal(si *sentInfo, h hit) bool {
	fw := &ac.l.fw
	if h.end >= len(si.toks) || fw.agentWordAt(si, h.end-1) || fw.agentWordAt(si, h.end) {
		return false
	}
	end := min(clauseEnd(si, h.end), h.end+6)
	exchange := ac.cuesOf(si, refExchange)
	for k := h.end; k < end; k++ {
		if si.toks[k].punct || si.startsAt(catCeasefire, k) {
			return false
		}
		if a, ok := si.hitAt(catAgreement, k); ok && ac.otherDealQualified(si, a) {
			return true
		}
		for _, c := range exchange {
			if c.start == k {
				return !ac.truceJoinedAfter(si, c.end)
			}
		}
	}
	return false
}

// truceJoinedAfter: a truce noun in the clause after pos is joined to what ends at pos by a
// coordinator right before it, past an article ("a prisoner release and a truce", "وهدنة"); a
// coordinator inside a list of sides between them ("between Kinshasa and the M23 during the
// truce") joins no truce.
func (ac *articleContext) truceJoinedAfter(si *sentInfo, pos int) bool {
	fw := &ac.l.fw
	end := clauseEnd(si, pos)
	for _, n := range hitsStartingIn(si.hitsOf(catCeasefire), pos, end-1) {
		k := n.start - 1
		for k >= pos && (fw.definiteArticles[si.tokText(k)] || fw.indefiniteArticles[si.tokText(k)]) {
			k--
		}
		t := si.tokText(n.start)
		if k >= pos && fw.coordinators[si.tokText(k)] || fw.withoutConjunction(t) != t {
			return true
		}
	}
	return false
}
