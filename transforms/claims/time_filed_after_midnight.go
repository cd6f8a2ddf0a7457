package claims

import "time"

// A bare midnight in a report filed in the first hours after a midnight, with no start cue
// telling the start still to come, is the midnight just passed, not the next one: a live entry
// at 00:05 saying groups fired in the air "احتفالاً ببدء «الهدنة» عند منتصف الليل" (portsudan
// ps_026), one at 02:15 Mecca time (00:15 in Niger) saying the truce "دخل ... حيز التنفيذ قبل ربع
// ساعة، عند منتصف الليل" (agadez ag_014). Filed later in the day, a bare midnight keeps its
// reading (tonight's unless a past cue dates it, time_rules.go). Not: "will take effect at
// midnight", "يبدأ سريان الهدنة عند منتصف الليل" (a start verb not in the past, or a verb in the
// future, before it).

// filedAfterMidnightWindow is how long after a midnight a report still means it by a bare one.
const filedAfterMidnightWindow = 3 * time.Hour

// filedJustAfterMidnight: te is a bare midnight (tonight's by default) in a report filed at most
// filedAfterMidnightWindow after a midnight in te's clock, and no start cue in the present or
// future, nor a verb in the future, governs it.
func (ac *articleContext) filedJustAfterMidnight(si *sentInfo, te timeExpr) bool {
	if !ac.hasPub || !te.midnight || !te.tonight || te.thisNight || te.weekday >= 0 || te.weekday2 >= 0 || te.relDay != nil || te.eve || te.dayOfMonth > 0 {
		return false
	}
	p := ac.pub.In(ac.locOf(te))
	since := time.Duration(p.Hour())*time.Hour + time.Duration(p.Minute())*time.Minute
	if since > filedAfterMidnightWindow {
		return false
	}
	return !ac.tensedStartCueNear(si, te.start, te.end, 6) && !ac.futureVerbBefore(si, te.start) && !ac.subjunctiveStartBefore(si, te.start)
}
