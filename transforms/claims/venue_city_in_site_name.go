package claims

// cityInSiteName: a building or office named with its city ("the Palestinian embassy in
// Beirut", "Government House, Gusau", "the army intelligence branch in Sidon") is one name in
// the gazetteer, so the city inside it is no mention of its own: the talks held there are held
// in that city. The city must end the name (the name places the site, "X in City", "X, City");
// a person's title naming a city ("the Emir of Maru", "the Governor of Basra") is someone who
// takes part, not a place, and a demonym ("the Lebanese army") names no city. A site that is a
// place of its own (venueSite: "Dar al-Fatwa in Tripoli", "قضاء المدينة") stays the venue, and a
// context alias inside a name ("المدينة", "the city") names no city. Of two cities of one name
// in the gazetteer, the theatre's is meant, as for any mention (aliasRank).
func (ac *articleContext) cityInSiteName(si *sentInfo, m mention) (mention, bool) {
	if m.e.Type == "city" || m.e.Type == "person" || m.demonym || venueSite(m.e) {
		return m, false
	}
	l := ac.l
	city := func(h hit) bool {
		return h.start > m.start && h.end == m.end && l.entities[h.idx].Type == "city" && !l.demonym[h.idx] && !l.context[h.idx]
	}
	for k, h := range si.entHits {
		if h.start >= m.end {
			break
		}
		if !city(h) {
			continue
		}
		// Two banks' cities of one name: the one a mention of the span would be (aliasRank).
		present := countriesNamed{l: l, infos: ac.infos}
		best, bestRank := h, aliasRank(l, h.idx, ac.theater, &present)
		for _, o := range si.entHits[k+1:] {
			if o.start != h.start || o.end != h.end {
				break
			}
			if !city(o) {
				continue
			}
			if r := aliasRank(l, o.idx, ac.theater, &present); r > bestRank {
				best, bestRank = o, r
			}
		}
		return mention{start: best.start, end: best.end, e: l.entities[best.idx], place: true, qualified: l.qualified[best.idx]}, true
	}
	return m, false
}
