package claims

// A dayless hour or midnight restated in another clock with its full date is read at the
// restatement: "The truce took effect at midnight Bunia time, which was 2200 GMT on Friday,
// August 13" (ituri it_030, a correction filed a week later: the bare midnight read as the last
// one before filing), "دخلت الهدنة حيز التنفيذ عند منتصف الليل، أي العاشرة من مساء الجمعة 13
// آب/أغسطس بتوقيت غرينتش". The restating clause is a relative clause with a copula ("which
// was") or a restating lead ("أي", "i.e."). Not: a restatement with no date of the month (a
// weekday alone is no more exact than the reading the hour has), a time that names its own day
// (the restatement after it is skipped, as before).

// restatedWithDate: te is a bare hour or midnight and next, right after it across a restating
// clause, is an hour or midnight with its day of the month and month.
func (ac *articleContext) restatedWithDate(si *sentInfo, te, next timeExpr) bool {
	if !bareHour(te) || !(next.clock || next.midnight) || next.dayOfMonth == 0 || next.month == 0 {
		return false
	}
	return ac.restatingClause(si, te.end, next.start) || ac.restatingLeadBetween(si, te.end, next.start)
}
