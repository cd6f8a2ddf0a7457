package claims

// yearOfUndatedBackground: in an article without a publication date, a sentence that names a
// year tells of an earlier truce ("In September 2023, after weeks of clashes, a ceasefire
// brokered by the speaker's office ...", "ففي آذار/مارس 2025 ... اتفقا على وقف لإطلاق النار مدته
// ثمانٍ وأربعون ساعة", "A local truce that UNISFA brokered in February 2024 collapsed within a
// week"): coverage of the truce at hand dates its steps by days and weekdays, not by year, as
// yearOfEarlierTruce says of a status cue; a dated article compares the year with its own
// (earlierYear). A year after since ("since 2019") dates no event, and a full date ("before 13
// November 2019") may be a step of this truce; a year in a phrase set off by commas ("the truce,
// unlike the May 2025 understanding, does cover ..."), in the last comma segment ("..., the first
// since the 2020 agreement") or after a dash ("will monitor the port - a task it took on in
// 2018") is background there only.
func (ac *articleContext) yearOfUndatedBackground(si *sentInfo) bool {
	for k := range si.toks {
		y, ok := fourDigitNumber(&si.toks[k])
		if !ok || y < 1900 || y > 2100 || sinceYear(&ac.l.fw, si, k) || !ac.namedAsYear(si, k) || dayBeforeMonth(si, k) {
			continue
		}
		if betweenCommas(si, k) || backgroundInLaterSegment(si, k) || afterDash(si, k) {
			continue
		}
		if ac.yearOfOwnAgreement(si, k) {
			continue
		}
		return true
	}
	return false
}

// betweenCommas: token k sits in a phrase opened and closed by commas within its clause, and a
// word follows the closing comma: it marks the phrase as conditional (no claim is read there)
// and says so.
func betweenCommas(si *sentInfo, k int) bool {
	open, end := commaPhrase(si, k)
	if open < 0 || end < 0 || end+1 >= len(si.toks) || si.toks[end+1].punct {
		return false
	}
	markConditional(si, open, end)
	return true
}

// dayBeforeMonth: the year at k closes a full date, a day number before its month ("13 November
// 2019", "28 تموز/يوليو 2025").
func dayBeforeMonth(si *sentInfo, k int) bool {
	for _, m := range si.hitsOf(catMonth) {
		if m.end == k {
			return m.start > 0 && si.toks[m.start-1].number
		}
	}
	return false
}

// afterDash: a dash stands before the year at k in its clause: what follows it is an aside, which
// it marks as conditional (no claim is read there) and says so.
func afterDash(si *sentInfo, k int) bool {
	for j := k - 1; j >= 0 && !si.boundary[j]; j-- {
		if si.toks[j].punct && isDash(si.toks[j].text) {
			for i := j + 1; i < len(si.toks); i++ {
				si.cond[i] = true
			}
			return true
		}
	}
	return false
}

// yearOfOwnAgreement: the year at k dates the agreement of the truce the sentence reports in
// force this week: it sits in a phrase on a truce noun, after an agreeing cue or a relative
// pronoun that follows the noun ("The truce agreed in March 2025 between the army and the RSF
// took effect on Monday", "دخلت الهدنة التي اتفق عليها في مارس 2025 ... حيز التنفيذ يوم
// الاثنين"), and the clause's in-force cue, outside that phrase, comes with a weekday or a
// relative day. "A truce agreed in 2019 collapsed within weeks" (no in-force cue) and "the
// truce agreed in 2019 has held ever since" (no day of this week) stay an earlier truce's.
func (ac *articleContext) yearOfOwnAgreement(si *sentInfo, k int) bool {
	noun := -1 // where the truce noun the year's phrase qualifies ends
	for _, c := range si.hitsOf(catCeasefire) {
		if c.end <= k && k-c.end <= 6 && !si.boundaryIn(c.end, k) && ac.agreeingPhraseOpens(si, c.end, k) {
			noun = c.end
		}
	}
	if noun < 0 || !si.has[catWeekday] && !si.has[catRelDay] {
		return false
	}
	for _, h := range ac.cuesOf(si, refStatus) {
		if ac.l.topicCue[h.idx].Value != "in_force" || h.start >= noun-1 && h.start <= k {
			continue
		}
		lo, hi := min(h.start, noun), max(h.end, k)
		if !si.boundaryIn(lo, hi) {
			return true
		}
	}
	return false
}

// agreeingPhraseOpens: an agreed status cue or a relative pronoun starts in [from, to): the
// phrase after a truce noun that says when it was agreed.
func (ac *articleContext) agreeingPhraseOpens(si *sentInfo, from, to int) bool {
	for k := from; k < to && k <= from+2; k++ {
		if si.startsAt(catRelPron, k) {
			return true
		}
	}
	for _, h := range ac.cuesOf(si, refStatus) {
		if h.start >= from && h.start < to && h.start <= from+2 && ac.l.topicCue[h.idx].Value == "agreed" {
			return true
		}
	}
	return false
}
