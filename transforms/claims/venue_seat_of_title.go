package claims

// cityOfSeatHolder: a person whose title names a city, right after a seat noun (lexicon
// seat_nouns: "at the palace of the Emir of Maru", «في قصر أمير مارو»; English with "of"
// between, Arabic in construct), places the talks in that city: the seat is the place, the
// title only names where it stands. Without the seat noun the person takes part ("the Emir of
// Maru attended"), as cityInSiteName has it.
func (ac *articleContext) cityOfSeatHolder(si *sentInfo, m mention) (mention, bool) {
	fw := &ac.l.fw
	if m.e.Type != "person" || m.start < 1 {
		return m, false
	}
	k := m.start - 1
	if fw.partitives[si.tokText(k)] {
		k-- // "the palace of the Emir of Maru"
	}
	if !fw.seatNouns[si.tokText(k)] && !fw.seatNouns[fw.withoutConjunction(si.tokText(k))] {
		return m, false
	}
	l := ac.l
	for _, h := range si.entHits {
		if h.start >= m.end {
			break
		}
		if h.start > m.start && h.end <= m.end && l.entities[h.idx].Type == "city" && !l.demonym[h.idx] && !l.context[h.idx] {
			return mention{start: h.start, end: h.end, e: l.entities[h.idx], place: true, qualified: l.qualified[h.idx]}, true
		}
	}
	return m, false
}
