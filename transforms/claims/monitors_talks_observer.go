package claims

// attendingObserver: the monitors cue names who attended a meeting ("The session, chaired
// jointly and attended by a CSTO observer", "Egypt attended the Doha talks as an observer",
// "بحضور مراقب من الاتحاد الإفريقي"): a seat at the talks, not a watch over the truce. A word of
// attendance (lexicon attendance_words) stands at most four tokens before the cue in its clause,
// the sentence names talks or a meeting, and no ceasefire noun follows the cue as its object
// ("attended by observers of the truce").
//
// With no talks or meeting noun in the sentence, the attendance must take the observer as its
// role ("The African Union attended as an observer."): a role marker (lexicon role_markers) right
// before the cue, past an article.
func (ac *articleContext) attendingObserver(si *sentInfo, h hit) bool {
	if ac.nounNear(si, si.hitsOf(catCeasefire), h.end, 3) {
		return false
	}
	if !si.has[catTalks] && !si.has[catMeeting] && !ac.roleMarkerBefore(si, h.start) {
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

// roleMarkerBefore: a role marker ("as") stands right before pos, or before an article there.
func (ac *articleContext) roleMarkerBefore(si *sentInfo, pos int) bool {
	k := pos - 1
	if k >= 0 && (ac.l.fw.definiteArticles[si.tokText(k)] || ac.l.fw.indefiniteArticles[si.tokText(k)]) {
		k--
	}
	return k >= 0 && ac.l.fw.roleMarkers[si.tokText(k)]
}
