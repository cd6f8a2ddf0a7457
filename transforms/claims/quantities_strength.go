package claims

// A group's strength put at a number ("Its fighters are estimated at about 6,000", "عناصر
// اليبشة، الذين يقدَّر عددهم بنحو ثلاثة آلاف مقاتل", "قواته، التي يقدَّر عددها بأكثر من ألفي
// مقاتل، ملتزمة بالهدنة") is the group's size, not a count of those who signed or are bound by
// the truce (gold convention: a group's estimated strength on its own is a trap). The attributive
// "an estimated 5,800 fighters" right before the number ("the truce covers an estimated 5,800
// fighters") keeps its count.

// strengthEstimateAt: a strength-estimate verb (lexicon strength_estimates) stands at most ten
// tokens before the count ne, in its clause, used predicatively: not right before the number,
// and after a copula where the language has copulas ("are estimated at", "is thought to number").
func (ac *articleContext) strengthEstimateAt(si *sentInfo, ne numExpr) bool {
	fw := &ac.l.fw
	if len(fw.strengthEstimates) == 0 {
		return false
	}
	for k := ne.start - 2; k >= 0 && k >= ne.start-10; k-- {
		if si.boundary[k] {
			return false
		}
		if w := si.toks[k].w; w != nil && w.classes&classStrengthEstimate == 0 || w == nil && !fw.strengthEstimates[fw.withoutConjunction(si.tokText(k))] {
			continue
		}
		return (len(fw.copulas) == 0 || k > 0 && si.tokIn(k-1, classCopula, fw.copulas)) && !ac.signingCueIn(si, k+1, ne.end+3)
	}
	return false
}

// signingCueIn: a verb or noun of signing starts in [from, to), in the clause: the estimate
// counts those who signed ("is believed to have been signed by 12 factions", "it is thought
// that nine groups signed", «يقدر عدد الفصائل الموقعة على الاتفاق بنحو 12 فصيلاً»), not a
// group's strength.
func (ac *articleContext) signingCueIn(si *sentInfo, from, to int) bool {
	for _, h := range ac.cuesOf(si, refSignatories) {
		if h.start >= from && h.start < to && ac.l.topicCue[h.idx].Slot == "" && !si.boundaryIn(from, h.start) {
			return true
		}
	}
	return false
}
