package claims

// dayAside: the only punctuation in [from, to) is a pair of commas setting off a day ("انطلقت
// في أربيل، اليوم السبت، جولة جديدة من المباحثات"): a comma, day words only (a weekday, a
// relative day, a day part), a comma. The aside dates the verb-first clause; it does not part the
// place before it from the talks after it, nor the day from them.
func (ac *articleContext) dayAside(si *sentInfo, from, to int) bool {
	seen := false
	for k := max(from, 0); k < to && k < len(si.toks); k++ {
		if !si.toks[k].punct {
			continue
		}
		if seen || !isComma(si.tokText(k)) {
			return false // a second aside, or other punctuation
		}
		open := k
		for k++; k < to && (si.startsAt(catWeekday, k) || si.startsAt(catRelDay, k) || ac.l.fw.dayPartAt(si, k)); k++ {
		}
		if k == open+1 || k >= to || !isComma(si.tokText(k)) {
			return false
		}
		seen = true
	}
	return seen
}
