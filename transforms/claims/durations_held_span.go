package claims

// A side's figure for the truce's length is often told as the bare object of its own verb of
// saying or counting, without "lasts" or "for": "though Hamas speaks of 72 hours", "Coalition
// officials have spoken of a week", "The SPLM-N counts three months and plans accordingly", "the
// Houthis still count sixty", "the army and the mediators, who speak of thirty days", and in
// Arabic as a relative clause on the span, «ثلاثين يوماً يتمسك بها مكتب المبعوث», «وستين يوماً
// يتحدث عنها الحوثيون» (the sixty days the Houthis speak of). The side that holds the figure
// states it (rule duration.held_span).

// heldSpanAt reads a counted span (ne, its unit maybe left out after a length told earlier in
// the sentence: "the Houthis still count sixty") held by a named side, in an article about a
// truce whose sentence, or the one before, speaks of the truce.
func (ac *articleContext) heldSpanAt(si *sentInfo, ne numExpr) (draft, bool) {
	if !ac.ceasefire || questionSentence(si) || negatedAt(si, ne.start) || deniedAt(si, ne.start) {
		return draft{}, false
	}
	days, end := 0.0, ne.end
	if h, ok := ac.unitAfterCount(si, ne); ok {
		days, end = ac.l.durUnits[h.idx], h.end
	} else if u, ok := ac.countedUnitBefore(si, ne.start); ok && si.tokText(ne.end) != "-" && ac.lengthTold(si, ne.start) {
		days = ac.l.durUnits[u.idx] // the unit left out is that of a counted span before it
	} else {
		return draft{}, false
	}
	agent, ok := ac.heldSpanAgent(si, ne.start, end)
	if !ok || ac.incrementAround(si, ne.start, end) || ac.elapsedSpan(si, ne.start) {
		return draft{}, false
	}
	d := durationDraft(ne.low, ne.high, days, ne.start)
	d.rule, d.agent = "duration.held_span", agent
	return d, true
}

// lengthTold: the sentence tells the truce's length before pos (a duration cue: "runs for",
// "lasts") or frames it, so a bare number held after it counts the same unit ("The truce in
// Taiz runs for thirty days; the Houthis still count sixty"). A span that only qualifies the
// truce noun ("The 30-day truce has been violated repeatedly; the UN counts 40") leaves the
// number the count of what the clause speaks of.
func (ac *articleContext) lengthTold(si *sentInfo, pos int) bool {
	return ac.durationCueBefore(si, pos) || ac.durationFrame(si) || ac.ownedFigureBefore(si, pos)
}

// heldSpanAgent is the side that holds the span [start, end) as the object of its verb, when
// the truce is spoken of around it (truceAroundSpan).
func (ac *articleContext) heldSpanAgent(si *sentInfo, start, end int) (string, bool) {
	verb, agent := ac.spanSayerBefore(si, start, end)
	if agent == "" {
		// The relative clause only where the sentence speaks of the length before the span
		// («الخلاف حول مدته: ثلاثون يوماً يتمسك بها وفد الجيش»): "استمرت المعارك ثلاثة أيام
		// يتحدث عنها السكان" is the fighting's span the residents speak of.
		if verb, agent = ac.spanRelativeAfter(si, end); !ac.lengthTold(si, start) {
			agent = ""
		}
	}
	if agent == "" || !ac.truceAroundSpan(si, verb) {
		return "", false
	}
	return agent, true
}

// spanSayerBefore: a verb of saying (attribution_verbs) or counting (counting_verbs) ends right
// before the span, which is its whole object (the clause ends after it: "counts three months
// and plans accordingly", not "speak of three days of shelling"), and its subject is named right
// before it, past at most two auxiliaries or adverbs ("have spoken of", "still count"), or by a
// relative pronoun after the name and a comma ("the mediators, who speak of thirty days"). It
// returns the verb's start and the subject's id ("" when none).
func (ac *articleContext) spanSayerBefore(si *sentInfo, start, end int) (int, string) {
	fw := &ac.l.fw
	if end < len(si.toks) && !si.toks[end].punct && !fw.coordinators[si.tokText(end)] {
		return -1, ""
	}
	verb := -1
	for _, h := range si.hitsOf(catAttrVerb) {
		if h.end == start {
			verb = h.start
		}
	}
	for _, p := range fw.countingVerbs {
		if verb < 0 && fw.tokensEndingAt(si, start, p) {
			verb = start - len(p)
		}
	}
	if verb < 1 {
		return -1, ""
	}
	k := verb
	for n := 0; n < 2 && k > 0; n++ {
		t := si.tokText(k - 1)
		if !fw.perfectAuxiliaries[t] && !fw.modalAuxiliaries[t] && !fw.verbAdverbs[t] {
			break
		}
		k--
	}
	if si.startsAt(catRelPron, k-1) && k >= 2 && isComma(si.tokText(k-2)) {
		k -= 2
	}
	if m, ok := si.mentionEndingAt(k); ok && ac.speakingMention(m) {
		return verb, m.e.ID
	}
	return -1, ""
}

// spanRelativeAfter: a verb of saying right after the span, a resumptive object (بها, عنها),
// then the verb's named subject: «ثلاثين يوماً يتمسك بها مكتب المبعوث». It returns the verb's
// start and the subject's id ("" when none).
func (ac *articleContext) spanRelativeAfter(si *sentInfo, end int) (int, string) {
	h, ok := si.hitAt(catAttrVerb, end)
	if !ok || !ac.l.fw.resumptiveObjects[si.tokText(h.end)] {
		return -1, ""
	}
	if m, ok := si.mentionAt(h.end + 1); ok && ac.speakingMention(m) {
		return h.start, m.e.ID
	}
	// «يتمسك بها وفد الجيش»: a construct's head noun (no article: "the delegation of") before
	// the name that owns it; the owner holds the span.
	if k := h.end + 1; k+1 < len(si.toks) && !si.toks[k].punct && isArabicWord(si.tokText(k)) && !ac.l.fw.hasArticle(si.tokText(k)) && !si.tokIn(k, classPreposition, ac.l.fw.prepositions) {
		if m, ok := si.mentionAt(k + 1); ok && m.start == k+1 && ac.speakingMention(m) {
			return h.start, m.e.ID
		}
	}
	return -1, ""
}

// truceAroundSpan: the sentence names the truce or the deal, or frames the length, or the
// sentence before names the truce and counts a span ("An initial 72-hour phase of the truce ends
// on Saturday ... Coalition officials have spoken of a week."). A side's figure in an article
// that has left the truce ("Hostages have been held for 700 days; Hamas speaks of 200") is no
// account of its length.
func (ac *articleContext) truceAroundSpan(si *sentInfo, verb int) bool {
	if ac.durationFrame(si) || ac.lengthBefore(si, verb) && ac.truceLengthBefore(si, verb) {
		return true
	}
	// "The U.N.'s thirty-day clock runs out in mid-April; the Houthis still count sixty": a
	// side's own figure for the length told before (durations_owned_figure.go).
	if ac.ownedFigureBefore(si, verb) {
		return true
	}
	// "The truce in Yemen has held; the Houthis say two weeks": after a truce said to hold, a
	// bare span may be the time it has held; only a length spoken of before makes it the term.
	if !ac.inForceBefore(si, verb) && (si.has[catCeasefire] || si.has[catAgreement]) {
		return true
	}
	if si.s.Index == 0 {
		return false
	}
	prev := ac.infos[si.s.Index-1]
	if !prev.has[catCeasefire] {
		return false
	}
	for _, h := range prev.hitsOf(catDurUnit) {
		if ac.quantityBefore(prev, h.start) {
			return true
		}
	}
	return false
}

// spanEnd is the end of the quantity ne's unit ("72-hour", "thirty days"), ne.end when no unit
// follows.
func (ac *articleContext) spanEnd(si *sentInfo, ne numExpr) int {
	if h, ok := ac.unitAfterCount(si, ne); ok {
		return h.end
	}
	return ne.end
}

// unitAfterCount is the duration unit right after the quantity ne ("thirty days"), past a hyphen
// ("72-hour").
func (ac *articleContext) unitAfterCount(si *sentInfo, ne numExpr) (hit, bool) {
	unit := ne.end
	if si.tokText(unit) == "-" {
		unit++
	}
	return si.hitAt(catDurUnit, unit)
}

// countedUnitBefore is the unit of the last counted span that ends at or before token i ("thirty
// days, say the mediators; the TTP says forty-five").
func (ac *articleContext) countedUnitBefore(si *sentInfo, i int) (hit, bool) {
	last, found := hit{}, false
	for _, h := range si.hitsOf(catDurUnit) {
		if h.end <= i && ac.quantityBefore(si, h.start) {
			last, found = h, true
		}
	}
	return last, found
}

// lengthBefore: a counted span or a duration cue (not an increment or a deadline) starts before
// token i.
func (ac *articleContext) lengthBefore(si *sentInfo, i int) bool {
	if _, ok := ac.countedUnitBefore(si, i); ok {
		return true
	}
	return ac.durationCueBefore(si, i)
}

// inForceBefore: a status cue of the truce in force ("has held", "صامدة") starts before token i.
func (ac *articleContext) inForceBefore(si *sentInfo, i int) bool {
	for _, c := range ac.cuesOf(si, refStatus) {
		if c.start < i && ac.l.topicCue[c.idx].Value == "in_force" {
			return true
		}
	}
	return false
}
