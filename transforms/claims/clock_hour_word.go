package claims

// An hour told by a bare number word with no hour cue before it ("at", "الساعة") is a clock time
// when what follows marks it as one: a clock filler that is neither a day preposition nor a unit
// of duration ("six o'clock", "six local time"), or a day part, right after it or after a
// demonstrative ("six in the morning", "six this morning"). "from six o'clock on Tuesday
// morning" (bangui bg_001, bg_002, bg_003), "since six o'clock this morning" (cabinda cb_016),
// "after six this morning" (gorongosa gr_015) were no times at all. Not: "six hours", "six of
// the 12 checkpoints", "six days".

// hourWordEndsAt: the number word before e is an hour by what follows it.
func (ac *articleContext) hourWordEndsAt(si *sentInfo, e int) bool {
	fw := &ac.l.fw
	if e >= len(si.toks) {
		return false
	}
	t := si.tokText(e)
	if fw.clockFillers[t] && !fw.dayPrepositions[t] && !si.startsAt(catDurUnit, e) && !fw.measureConnectors[t] {
		return true
	}
	if fw.dayPartAt(si, e) {
		return true
	}
	return fw.demonstratives[t] && fw.dayPartAt(si, e+1)
}
