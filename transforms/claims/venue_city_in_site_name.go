package claims

// cityInSiteName: a building or office named with its city ("the Palestinian embassy in
// Beirut", "Government House, Gusau", "the army intelligence branch in Sidon") is one name in
// the gazetteer, so the city inside it is no mention of its own: the talks held there are held
// in that city. The city must end the name (the name places the site, "X in City", "X, City");
// a person's title naming a city ("the Emir of Maru", "the Governor of Basra") is someone who
// takes part, not a place, and a demonym ("the Lebanese army") names no city. A site that is a
// place of its own (venueSite: "Dar al-Fatwa in Tripoli", "قضاء المدينة") stays the venue, and a
// context alias inside a name ("المدينة", "the city") names no city.
func cityInSiteName(si *sentInfo, l *language, m mention) (mention, bool) {
	if m.e.Type == "city" || m.e.Type == "person" || m.demonym || venueSite(m.e) {
		return m, false
	}
	for _, h := range si.entHits {
		if h.start >= m.end {
			break
		}
		if h.start > m.start && h.end == m.end && l.entities[h.idx].Type == "city" && !l.demonym[h.idx] && !l.context[h.idx] {
			return mention{start: h.start, end: h.end, e: l.entities[h.idx], place: true, qualified: l.qualified[h.idx]}, true
		}
	}
	return m, false
}
