package claims

// venueRule: the city where the talks take place, named right after a talks noun or after a
// locative word near it, or the city that hosts them ("أن تستضيف مسقط جولة مشاورات").
func (ac *articleContext) venueRule(out []draft, si *sentInfo) []draft {
	for _, h := range ac.cuesOf(si, refTalksVenue) {
		if ac.l.topicCue[h.idx].Object != "host" || !si.has[catTalks] {
			continue
		}
		for _, m := range si.ents {
			if m.e.Type == "city" && !m.demonym && (m.start == h.end || m.end == h.start) {
				out = append(out, draft{topic: "talks.venue", value: m.e.ID, pos: h.start, rule: "venue.host"})
				if m.e.SpeaksFor != "" {
					out = append(out, draft{topic: "talks.sponsors", members: []string{m.e.SpeaksFor}, pos: h.start, rule: "sponsors.host"})
				}
			}
		}
	}
	for _, h := range si.hitsOf(catTalks) {
		// "لن تكون منافسة لمحادثات جنيف": negated talks assert no venue.
		if negatedAt(si, h.start) {
			continue
		}
		for _, m := range si.ents[si.firstMentionFrom(h.end):] {
			if m.start > h.end+14 {
				break
			}
			if m.e.Type != "city" || m.demonym {
				continue
			}
			blocked := false
			for i := h.end; i < m.start; i++ {
				if si.boundary[i] {
					blocked = true
				}
				// The place belongs to a ceasefire named in between, not to the talks.
				if _, ok := si.hitAt(catCeasefire, i); ok {
					blocked = true
				}
			}
			if blocked {
				break
			}
			locative := false
			for _, c := range ac.cuesOf(si, refTalksVenue) {
				if c.end <= m.start && m.start-c.end <= 3 {
					locative = true
				}
			}
			if m.start == h.end && m.e.SpeaksFor == "" || locative {
				out = append(out, draft{topic: "talks.venue", value: m.e.ID, pos: m.start, rule: "venue.talks_place"})
				break
			}
		}
	}
	return out
}
