package claims

// sceneOfFighting: the venue locative ending at start ("في", "in") follows a fighting word, so
// the place after it is where the fighting is ("واستمر القصف في تعز رغم جولة المشاورات",
// "clashes in Taiz on the eve of the talks"): it names no place of talks, though talks follow.
func (ac *articleContext) sceneOfFighting(si *sentInfo, start int) bool {
	for _, c := range ac.cuesOf(si, refTalksVenue) {
		if ac.l.topicCue[c.idx].Object == "" && c.end == start && c.start > 0 && ac.fightingWordAt(si, c.start-1) {
			return true
		}
	}
	return false
}
