package claims

// cessationBefore: a lexicon cessation verb of one or two words ends right before the cue at h
// ("stopped observing the truce", "ceased observing the ceasefire", "توقفت عن الالتزام بالهدنة"):
// compliance that ended says the truce is no longer kept, not that it is in force.
func (ac *articleContext) cessationBefore(si *sentInfo, h hit) bool {
	fw := &ac.l.fw
	if len(fw.cessationVerbs) == 0 || h.start < 1 {
		return false
	}
	w := si.tokText(h.start - 1)
	if fw.cessationVerbs[w] || fw.cessationVerbs[fw.withoutConjunction(w)] {
		return true
	}
	if h.start < 2 || si.boundary[h.start-2] {
		return false
	}
	p := si.tokText(h.start-2) + " " + w
	return fw.cessationVerbs[p] || fw.cessationVerbs[fw.withoutConjunction(p)]
}

// compliedWithOther: the cue at h is a verb of compliance whose object follows it (lexicon
// object "complied": "were observing", "are respecting", "has abided by") and the noun phrase
// right after it is not the truce (no truce noun within five tokens): "Residents were observing
// the funeral of those killed before the truce", "The militia is respecting the wishes of the
// elders". A pronoun ("are observing it") or nothing after the verb ("the truce, which both
// sides are observing,") leaves the truce named elsewhere as its object.
func (ac *articleContext) compliedWithOther(si *sentInfo, h hit) bool {
	if ac.l.topicCue[h.idx].Object != "complied" || h.end >= len(si.toks) || si.toks[h.end].punct {
		return false
	}
	fw := &ac.l.fw
	if w := si.tokText(h.end); fw.objectPronouns[w] || fw.thingPronouns[w] {
		return false
	}
	return !truceNounAfter(si, h.end, 5)
}
