package claims

// stateDayAt: the day te (a weekday or a relative day, no hour) follows right after, or after a
// day preposition, an in-force status cue that is no start cue ("دخلت الهدنة يومها السابع اليوم",
// "the truce, now in its sixth day on Tuesday"): it dates the state the truce is in that day,
// not when it began. "سارية منذ الخميس", "took effect on Thursday" keep their day: their cue
// is a start cue too.
func (ac *articleContext) stateDayAt(si *sentInfo, te timeExpr) bool {
	if te.clock || te.midnight || te.kind != timeDay || te.dayOfMonth > 0 {
		return false
	}
	at := te.start
	if at > 0 && ac.l.fw.dayPrepositions[si.tokText(at-1)] {
		at--
	}
	for _, c := range ac.cuesOf(si, refStatus) {
		if c.end != at || ac.l.topicCue[c.idx].Value != "in_force" {
			continue
		}
		if len(hitsStartingIn(ac.cuesOf(si, refStartTime), c.start-ac.l.longest, c.end-1)) == 0 {
			return true
		}
	}
	return false
}
