package claims

// subjunctiveStartBefore: a start verb not in the past right after a subjunctive particle
// (lexicon subjunctive_particles: «على أن يسري», «من المقرر أن يبدأ») ends at most eight tokens
// before pos in its clause, with no comma between: a stipulated start, still to come, though
// the verb's subject stands between it and its day («على أن يسري وقف إطلاق النار اعتباراً من
// منتصف ليل الأحد الاثنين» filed on the Thursday is the coming Sunday night).
func (ac *articleContext) subjunctiveStartBefore(si *sentInfo, pos int) bool {
	fw := &ac.l.fw
	for _, h := range ac.cuesOf(si, refStartTime) {
		c := ac.l.topicCue[h.idx]
		if c.Value == "past" || c.Value == "end" || c.Object == "time" || h.start == 0 || h.end > pos || pos-h.end > 8 {
			continue
		}
		if !fw.subjunctiveParticles[fw.withoutConjunction(si.tokText(h.start-1))] || si.boundaryIn(h.end, pos) || commaIn(si, h.end, pos) {
			continue
		}
		return true
	}
	return false
}
