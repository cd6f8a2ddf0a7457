package claims

// timeRules: when the ceasefire starts, and when the talks take place.
func (ac *articleContext) timeRules(out []draft, si *sentInfo) []draft {
	times := ac.parseTimes(si)
	if len(times) == 0 {
		return out
	}
	for _, te := range times {
		// A start cue dates the expression only near it: "crossing in from the west" says
		// nothing of "on Friday" twenty words before.
		startCue := ac.startCueNear(si, te.start, te.end, 10)
		talksNear, ceaseNear := ac.nearestNoun(si, te.start, catTalks), ac.nearestNoun(si, te.start, catCeasefire)
		if a := ac.nearestNoun(si, te.start, catAgreement); a < ceaseNear && ac.ceasefire {
			ceaseNear = a
		}
		// A bare day before the noun, or right after a name, dates the statement, not the
		// event: "أعلن لافروف الخميس بدء الاستعدادات للمحادثات".
		if te.kind == timeDay && te.dayOfMonth > 0 && ac.nounAfter(si, te.end) {
			continue // a dateline ("HODEIDAH, Oct 17 -") dates the report
		}
		if te.kind == timeDay && te.dayOfMonth == 0 && !te.midnight {
			if ac.nounAfter(si, te.end) || ac.afterName(si, te.start) {
				continue
			}
		}
		value, lo, hi := ac.resolve(si, te)
		switch {
		case (te.kind == timeMonth || te.kind == timeDay) && talksNear <= 14 && talksNear < ceaseNear:
			out = append(out, draft{topic: "talks.date", value: value, low: lo, high: hi, pos: te.start, rule: "talks.date"})
		case te.kind != timeMonth && ac.ceasefireContext(si) && (startCue || te.midnight) && (ceaseNear <= 14 || ac.startCueBefore(si, te.start, 4)):
			out = append(out, draft{topic: "ceasefire.start_time", value: value, low: lo, high: hi, pos: te.start, rule: "start_time.expr"})
		}
	}
	return out
}

// startCueNear: a start cue (takes effect, بدءاً من) lies within window tokens of [start, end).
func (ac *articleContext) startCueNear(si *sentInfo, start, end, window int) bool {
	for _, h := range ac.cuesOf(si, refStartTime) {
		if h.end <= start && start-h.end <= window || h.start >= end && h.start-end <= window {
			return true
		}
	}
	return false
}

// nearestNoun is the token distance from pos to the nearest hit of category c (large if none).
func (ac *articleContext) nearestNoun(si *sentInfo, pos int, c category) int {
	best := 1 << 20
	for _, h := range si.hitsOf(c) {
		d := pos - h.end
		if h.start > pos {
			d = h.start - pos
		}
		if d < 0 {
			d = 0
		}
		if d < best {
			best = d
		}
	}
	return best
}

// nounAfter: a ceasefire, agreement or talks noun comes after token pos in the same clause and
// no such noun comes before it.
func (ac *articleContext) nounAfter(si *sentInfo, pos int) bool {
	return len(si.nouns) > 0 && si.nouns[0].start >= pos
}

// afterName: token pos follows a name or an attribution verb directly.
func (ac *articleContext) afterName(si *sentInfo, pos int) bool {
	if k := si.mentionsEndingBy(pos) - 1; k >= 0 && si.ents[k].end == pos {
		return true
	}
	for _, h := range si.hitsOf(catAttrVerb) {
		if h.end == pos {
			return true
		}
	}
	return false
}

// startCueBefore: a start cue (بدءاً من, takes effect) ends within window tokens before pos.
func (ac *articleContext) startCueBefore(si *sentInfo, pos, window int) bool {
	for _, h := range ac.cuesOf(si, refStartTime) {
		if h.end <= pos && pos-h.end <= window {
			return true
		}
	}
	return false
}
