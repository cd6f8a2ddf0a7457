package claims

// inceptionCue: the in-force status cue c also starts the truce's clock (a start-time cue
// covers it: "took effect", "came into force", "دخل حيز التنفيذ"), unlike a cue of holding
// ("has held", "was holding"): a phrase of time after it is the start, not a time inside the
// truce's course.
func (ac *articleContext) inceptionCue(si *sentInfo, c hit) bool {
	for _, s := range ac.cuesOf(si, refStartTime) {
		if s.start < c.end && c.start < s.end {
			return true
		}
	}
	return false
}

// timePhraseEnd: where a phrase of time starting at k ends ("at midnight", "at 00:00 hours IST
// on Thursday", "منذ منتصف الليلة الماضية", "صباح اليوم الخميس"): words of a time category,
// numbers, day parts and the words joining them; k when none starts there.
func (ac *articleContext) timePhraseEnd(si *sentInfo, k int) int {
	fw := &ac.l.fw
	end := k
	for j := k; j < len(si.toks) && j < k+8; j++ {
		if si.boundary[j] || si.toks[j].punct && si.toks[j].text != ":" {
			break
		}
		t := si.tokText(j)
		switch {
		case si.startsAt(catMidnight, j) || si.startsAt(catNight, j) || si.startsAt(catTonight, j) || si.startsAt(catWeekday, j) ||
			si.startsAt(catRelDay, j) || si.startsAt(catMonth, j) || si.startsAt(catTimezone, j) || si.startsAt(catLast, j) ||
			si.toks[j].number || fw.dayParts[t]:
			end = j + 1
		case si.startsAt(catHour, j) || fw.clockFillers[t] || fw.dayPrepositions[t] || fw.timeLeads[t] || si.toks[j].text == ":":
			// joins the words of time; the phrase ends at the last of those
		default:
			return end
		}
	}
	return end
}
