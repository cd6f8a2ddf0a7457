package claims

// countedAreasOf: a coverage object that counts its areas ("six districts of Sofala and Manica",
// «ست مديريات في ولايتي سوفالا ومانيكا», "three districts of South Kordofan") names the places
// the areas lie in when it names fewer places than it counts: those are not covered whole, and
// not named as covered. It returns their span [start, end), or -1, -1. "the two towns of Manbij
// and Kobani" names its members (as many places as counted).
func (ac *articleContext) countedAreasOf(si *sentInfo, from int) (int, int) {
	for k := from; k < from+3 && k < len(si.toks); k++ {
		a, ok := si.hitAt(catArea, k)
		if !ok {
			continue
		}
		count := 0.0
		for c := from; c < a.start; c++ {
			if v, end := ac.numberAt(si, c); end == a.start && v >= 2 {
				count = v
				break
			}
		}
		if count == 0 {
			return -1, -1
		}
		// The places right after the area noun, past at most two words ("of", «في ولايتي»),
		// joined by conjunctions and commas. Set off by punctuation ("three cities, Kharkiv,
		// Sumy and Kherson", "two areas: Gaza and the West Bank") they are the areas
		// themselves, an apposition, not where the areas lie.
		start, end, places := -1, -1, 0
		for j := a.end; j < len(si.toks) && j <= a.end+2 && start < 0; j++ {
			if si.toks[j].punct {
				return -1, -1
			}
			if m, ok := si.mentionAt(j); ok && !si.boundaryIn(a.end, j) {
				start, end, places = m.start, m.end, 1
			}
		}
		for start >= 0 {
			next := end
			if isComma(si.tokText(next)) {
				next++ // "Sofala, Manica and Tete"
			}
			m, ok := si.mentionAt(next)
			if !ok {
				m, ok = si.mentionAt(next + 1)
				ok = ok && ac.l.fw.conjunctions[si.tokText(next)]
			}
			if !ok || !exclusionSubject(m) || m.e.Type == "armed_group" {
				break
			}
			end, places = m.end, places+1
		}
		if start < 0 || float64(places) >= count {
			return -1, -1
		}
		return start, end
	}
	return -1, -1
}
