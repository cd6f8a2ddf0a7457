package claims

// titleOnCue: a person's title that holds the cue word ("Egyptian and Qatari mediators", "الوسيطين
// القطري والتركي", matched as the title "Qatari mediator" / "الوسيط القطري" of one event's
// envoy) in an article that never names that person is the office, not the person: it stands
// for the body the title belongs to, a member beside the names coordinated with it. The person's
// name anywhere in the article keeps the title theirs, a speaker as before.
func (ac *articleContext) titleOnCue(si *sentInfo, h hit, member func(mention) bool) (mention, bool) {
	for _, m := range si.ents {
		if m.start > h.start {
			break
		}
		if m.end <= h.start || !m.title || m.e.Type != "person" || m.e.Affiliation == "" || ac.namedInArticle(m.e) || !member(m) {
			continue
		}
		return m, true
	}
	return mention{}, false
}
