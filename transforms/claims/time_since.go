package claims

// sinceOfTruce: a bare "since" / "منذ" dates the truce only when the truce is what has lasted
// since then. With a ceasefire or agreement noun before it, the noun must head the stretch that
// ends in "since": no comma between ("the truce has held since Friday", "بوقف إطلاق النار الساري
// منذ الأربعاء"), or a comma that only a relative clause or a short participle follows ("the
// truce, in force since Friday", "الهدنة، التي صمدت منذ الأربعاء"). Another subject after the
// comma dates its own event: "Under the deal, detainees held by both sides since last Thursday
// are to be swapped", "إن طرفي الاتفاق، أي الجيش والبيشمركة، لم يسجلا أي خرق منذ يوم الجمعة".
// With no such noun before it the other tests decide ("It has held since Friday"), unless it
// opens an aside on the noun before a comma ("the crossings, closed since May 9,").
func (ac *articleContext) sinceOfTruce(si *sentInfo, h hit) bool {
	// "reopened for the first time since Saturday": the first time of something else.
	if e, d := ac.l.fw.dayOrdinalAt(si, h.start-2); d == 1 && e == h.start-1 {
		return false
	}
	last := -1
	for _, c := range [...]category{catCeasefire, catAgreement} {
		for _, n := range si.hitsOf(c) {
			if n.end <= h.start && n.end > last {
				last = n.end
			}
		}
	}
	if last < 0 {
		// "the Torkham and Chaman crossings, closed since May 9, ...": an aside set off by a
		// comma right before it qualifies the noun before the comma, not a truce named later.
		for k := max(h.start-3, 0); k < h.start; k++ {
			if isComma(si.tokText(k)) {
				return false
			}
		}
		return true
	}
	// "موسكو تصر على أنها سرت منذ السابعة": a start or ceasing verb right before it makes the
	// truce what has lasted, whatever stands between it and the noun.
	for _, c := range si.hitsOf(catTopicCue) {
		if c.end == h.start && c.start < h.start {
			return true
		}
	}
	for _, c := range si.hitsOf(catCeasefire) {
		if c.end == h.start {
			return true
		}
	}
	comma := -1
	for k := last; k < h.start; k++ {
		if isComma(si.tokText(k)) {
			comma = k
		}
	}
	if comma < 0 {
		return true
	}
	return h.start-comma-1 <= 2 || si.startsAt(catRelPron, comma+1)
}

// bareSince: the start cue h is a since-word alone (since, منذ), not a phrase holding one
// ("has held since").
func (ac *articleContext) bareSince(si *sentInfo, h hit) bool {
	return h.end-h.start == 1 && ac.l.fw.sinceWords[si.tokText(h.start)]
}

// onlyQuotes: every token in [from, to) is a quote mark.
func onlyQuotes(si *sentInfo, from, to int) bool {
	for k := from; k < to; k++ {
		if !isQuote(si.toks[k].text) {
			return false
		}
	}
	return true
}
