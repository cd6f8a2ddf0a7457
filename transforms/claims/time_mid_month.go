package claims

// monthAfterMiddle: a month follows the word at j-1 that also means midnight ("منتصف"): a month's
// name ("منتصف تشرين الثاني") or the month noun ("منتصف الشهر الجاري", "منتصف الشهر المقبل").
// The middle of a month is no midnight: the month is read at its own word (the word is a month
// lead and a current-month word before "الشهر"), and no clock time of tonight is made of it
// ("وتبدأ الهدنة منتصف الشهر المقبل" read midnight tonight as the truce's start).
func (ac *articleContext) monthAfterMiddle(si *sentInfo, j int) bool {
	if si.startsAt(catMonth, j) {
		return true
	}
	h, ok := si.hitAt(catDurUnit, j)
	return ok && ac.l.durUnits[h.idx] == 30
}
