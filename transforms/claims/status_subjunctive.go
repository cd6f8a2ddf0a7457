package claims

// subjunctiveTruce: the truce noun the status cue at h is said of (the last one starting before
// the cue ends and ending at most eight tokens before it, in its clause, the cue's own noun
// too) is the subject of a verb of remaining (lexicon remain_verbs) right after a subjunctive
// particle ("على أن تبقى الهدنة سارية المفعول", "دعا إلى أن تظل الهدنة صامدة"): the text
// stipulates or someone wishes that it hold; it states no state of the truce.
func (ac *articleContext) subjunctiveTruce(si *sentInfo, h hit) bool {
	last := hit{start: -1}
	for _, n := range si.nouns {
		if n.cat != catTalks && n.start < h.start+1 && n.end <= h.end && n.end > last.end {
			last = n
		}
	}
	if last.start < 2 || h.start-last.end > 8 || last.end < h.start && si.boundaryIn(last.end, h.start) {
		return false
	}
	fw := &ac.l.fw
	verb := last.start - 1
	return fw.remainVerbs[fw.withoutConjunction(si.tokText(verb))] && fw.subjunctiveParticles[fw.withoutConjunction(si.tokText(verb-1))]
}
