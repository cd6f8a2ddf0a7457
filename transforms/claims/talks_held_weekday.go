package claims

// heldWeekday: te is a bare weekday, in no tense yet, in the clause of a past-tense predicate of
// talks held (lexicon held_talks_markers: "ended", "broke down", "were held", "انتهت", "عُقدت"),
// at most eight tokens either way, with no planned-talks marker in the clause: "Friday's talks
// in Doha ended without agreement", "Talks in Doha on Friday broke down", "انتهت محادثات الدوحة
// يوم الجمعة" speak of the latest Friday, not the coming one. Read days later, the nearest
// Friday may be the next one, and the talks would be dated to come and marked planned.
func heldWeekday(si *sentInfo, te timeExpr) bool {
	if te.weekday < 0 || te.weekday2 >= 0 || te.dayOfMonth > 0 || te.relDay != nil || te.past || te.future || !si.has[catHeldTalks] {
		return false
	}
	// "talks that ended on Friday will resume next week": a round announced for later in the
	// clause is the round the weekday may date; leave it to the nearest reading.
	return hitInClauseOf(si, catHeldTalks, te, 8) && !hitInClauseOf(si, catPlanned, te, 8)
}

// hitInClauseOf: a hit of category c lies within window tokens of the time te, either way,
// with no clause boundary between.
func hitInClauseOf(si *sentInfo, c category, te timeExpr, window int) bool {
	for _, h := range si.hitsOf(c) {
		if h.end <= te.start && te.start-h.end <= window && !si.boundaryIn(h.end, te.start) || h.start >= te.end && h.start-te.end <= window && !si.boundaryIn(te.end, h.start) {
			return true
		}
	}
	return false
}
