package claims

// attendingObserver: the monitors cue names who attended a meeting ("The session, chaired
// jointly and attended by a CSTO observer", "Egypt attended the Doha talks as an observer",
// "بحضور مراقب من الاتحاد الإفريقي"): a seat at the talks, not a watch over the truce. A word of
// attendance (lexicon attendance_words) stands at most four tokens before the cue in its clause,
// the sentence names talks or a meeting, and no ceasefire noun follows the cue as its object
// ("attended by observers of the truce").
func (ac *articleContext) attendingObserver(si *sentInfo, h hit) bool {
	if !si.has[catTalks] && !si.has[catMeeting] || ac.nounNear(si, si.hitsOf(catCeasefire), h.end, 3) {
		return false
	}
	for k := h.start - 1; k >= 0 && k >= h.start-4; k-- {
		if si.boundary[k] {
			return false
		}
		if ac.l.fw.attendanceWords[si.tokText(k)] {
			return true
		}
	}
	return false
}
