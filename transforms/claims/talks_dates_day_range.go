package claims

// firstDayOfRange: talks over a range of days of the month ("which it hosted from 10 to 12
// September", "التي احتضنتها العاصمة الأردنية بين 13 و15 آذار/مارس", "انعقدت يومي ١٠ و١١
// أكتوبر") are one round, and the shared convention dates it by its opening day; the date
// expression reads the last day with the month. When a day number and a range link (lexicon
// time range_links: to, و, a dash) stand right before the expression's day, and that day is
// the earlier, the value is moved back to it. A clock or a midnight keeps its own day.
func (ac *articleContext) firstDayOfRange(si *sentInfo, te timeExpr, value string, lo, hi float64) (string, float64, float64) {
	if te.dayOfMonth == 0 || te.clock || te.midnight || te.weekday >= 0 {
		return value, lo, hi
	}
	day := -1
	for k := te.start; k < te.end && day < 0; k++ {
		if _, d := ac.dayNumber(si, k); d == te.dayOfMonth {
			day = k
		}
	}
	if day < 2 || !ac.l.fw.rangeLinks[si.tokText(day-1)] {
		return value, lo, hi
	}
	for j := day - 2; j >= 0 && j >= day-4; j-- {
		e, d1 := ac.dayNumber(si, j)
		if e != day-1 {
			continue
		}
		if d1 <= 0 || d1 >= te.dayOfMonth || ac.postponedBefore(si, j) {
			return value, lo, hi
		}
		first := te
		first.dayOfMonth = d1
		return ac.resolve(si, first)
	}
	return value, lo, hi
}

// postponedBefore: a postponement word (lexicon postponement_words: postponed, أُرجئت) stands at
// most six tokens before the first day at j, in its clause: "from 10 to 12" is a move, not a
// range ("The talks, postponed from 10 to 12 September", «وأُرجئت المحادثات في مسقط من 13 إلى 15
// آذار»), the later day the one the talks keep.
func (ac *articleContext) postponedBefore(si *sentInfo, j int) bool {
	for k := j - 1; k >= 0 && k >= j-6 && !si.boundary[k+1]; k-- {
		if ac.l.fw.postponementAt(si, k) {
			return true
		}
	}
	return false
}
