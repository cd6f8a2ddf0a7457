package claims

import "time"

// Two starts told in one sentence, each with whose account it is right after it: "in force
// since 06:00 on Monday according to the Junta and since midnight according to the
// government", "took effect at 18:00 Tuesday, Baku time, according to Moscow and Baku, or at
// midnight, according to Yerevan", «بدأت الهدنة في السادسة صباحاً بحسب الحركة، ومنذ منتصف
// الليل بحسب الحكومة». The second time is joined to the first start by a coordinator or a
// disjunction ("and since", "or at", «ومنذ»), and an attribution preposition (lexicon
// attribution_prepositions) right after it, or past one comma, names a side other than the one
// whose account the first start is: that side's rival start, though no start cue stands near
// it (rule start_time.according_each). The first start's own attribution, when it has one,
// names its side too. A bare hour takes the day that puts it nearest a resolved first start;
// after an unresolved morning hour of a weekday, a bare midnight is that day's own ("06:00 on
// Monday ... since midnight": Monday 00:00). Not: a second time the first start's side gives
// too ("at midnight and at 6 a.m., according to Baku"), one in a clause of its own ("took
// effect at midnight according to Baku; shelling resumed at 6 a.m., according to Yerevan").

// accordingEachStartAt reads te as such a second start: its side's id, value and bounds. out
// is the sentence's drafts so far; times its time expressions (the first start's among them).
func (ac *articleContext) accordingEachStartAt(si *sentInfo, te timeExpr, times []timeExpr, out []draft) (string, string, float64, float64, bool) {
	if !ac.ceasefire || te.kind == timeMonth || !ac.joinedByCoordinator(si, te.start) {
		return "", "", 0, 0, false
	}
	side := ac.accordingAfterTime(si, te.end)
	if side == "" {
		return "", "", 0, 0, false
	}
	// The start told before, in this sentence: the first account.
	anchor := -1
	for i := range out {
		if d := &out[i]; d.topic == "ceasefire.start_time" && d.pos < te.start {
			anchor = i
		}
	}
	if anchor < 0 {
		return "", "", 0, 0, false
	}
	var first timeExpr
	found := false
	for _, t := range times {
		if t.start == out[anchor].pos {
			first, found = t, true
		}
	}
	if !found || first.end > te.start {
		return "", "", 0, 0, false
	}
	own := ac.accordingAfterTime(si, first.end)
	firstSide := out[anchor].agent
	if firstSide == "" {
		firstSide = own
	}
	if firstSide == "" {
		if sp := ac.speakerAt(si.s.Index, out[anchor].pos); sp != nil {
			firstSide = sp.ID
			if sp.Type == "city" && sp.SpeaksFor != "" {
				firstSide = sp.SpeaksFor // "according to Baku": Azerbaijan
			}
		}
	}
	if firstSide == side {
		return "", "", 0, 0, false
	}
	if own != "" && out[anchor].agent == "" {
		out[anchor].agent = own // "since 06:00 on Monday according to the Junta": the Junta's
	}
	if bareHour(te) {
		if out[anchor].low != 0 {
			if v, lo, hi, ok := ac.hourNearest(te, time.Unix(int64(out[anchor].low), 0)); ok {
				return side, v, lo, hi, true
			}
		} else if first.weekday >= 0 && first.weekday2 < 0 && first.clock && !first.midnight && te.midnight && first.hour < 12 {
			// An unresolved first start at an hour of the morning: a bare midnight is the one
			// that opened its day ("since 06:00 on Monday ... since midnight": Monday's), the
			// night before it (a weekday's midnight is the one that ends it).
			te.weekday = (first.weekday + 6) % 7
		}
	}
	v, lo, hi := ac.resolve(si, te)
	return side, v, lo, hi, v != ""
}

// joinedByCoordinator: a coordinator or a disjunction stands right before the time at pos, past
// at most one lead of an hour or a time, or a preposition ("and since midnight", "or at
// midnight", «أو عند»), or carries that lead as a prefix («وعند», «ومنذ»).
func (ac *articleContext) joinedByCoordinator(si *sentInfo, pos int) bool {
	fw := &ac.l.fw
	lead := func(k int, w string) bool {
		return si.startsAt(catHour, k) || fw.timeLeads[w] || fw.prepositions[w]
	}
	for k := pos - 1; k >= 0 && k >= pos-2; k-- {
		w := si.tokText(k)
		if fw.coordinators[w] || fw.disjunctions[w] {
			return true
		}
		if k != pos-1 || !lead(k, w) && !lead(k, fw.withoutConjunction(w)) {
			return false
		}
		if fw.withoutConjunction(w) != w {
			return true // «وعند السادسة»
		}
	}
	return false
}

// accordingAfterTime: the id of the side an attribution preposition right after the time ending
// at end (or past one comma) names, within three words: "midnight according to Yerevan" (a
// capital stands for its state), «السادسة صباحاً بحسب الحركة». "" when none.
func (ac *articleContext) accordingAfterTime(si *sentInfo, end int) string {
	k := end
	if k < len(si.toks) && isComma(si.tokText(k)) {
		k++
	}
	h, ok := si.hitAt(catAttrPrep, k)
	if !ok || h.idx == readingNounIdx || h.end-h.start == 1 && ac.barePreposition(si, h.start) {
		return ""
	}
	m, ok := ac.mentionWithin(si, h.end, 3, true)
	if !ok || punctBetween(si, h.end, m.start) {
		return ""
	}
	if m.e.Type == "city" && m.e.SpeaksFor != "" && !m.place && !m.demonym {
		return m.e.SpeaksFor
	}
	if e := ac.speakerOf(si, m); e != nil {
		return e.ID
	}
	return ""
}
