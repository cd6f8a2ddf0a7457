package claims

// sceneOfFighting: the venue locative ending at start ("في", "in") follows a fighting word, so
// the place after it is where the fighting is ("واستمر القصف في تعز رغم جولة المشاورات",
// "clashes in Taiz on the eve of the talks"): it names no place of talks, though talks follow.
// A casualty word a few words before it is the same ("وقُتل ثلاثة مدنيين في كادقلي قبل يوم من جلسة
// التفاوض", "two soldiers were killed in Kadugli ahead of the talks"): the place is where they fell.
func (ac *articleContext) sceneOfFighting(si *sentInfo, start int) bool {
	for _, c := range ac.cuesOf(si, refTalksVenue) {
		if ac.l.topicCue[c.idx].Object == "" && c.end == start && c.start > 0 &&
			(ac.fightingWordAt(si, c.start-1) || ac.casualtiesBefore(si, c.start)) {
			return true
		}
	}
	return false
}

// casualtiesBefore: a fate word (killed, wounded, قتل) among the three words before k, with no
// clause boundary between: the casualty report the locative at k continues.
func (ac *articleContext) casualtiesBefore(si *sentInfo, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3 && !si.boundaryIn(j, k); j-- {
		if ac.fateWordAt(si, j) {
			return true
		}
	}
	return false
}
