package claims

// districtsOfForce: a placing or departure preposition at k right after a force head or a noun
// of armed men (lexicon armed_men; k may be that noun: "gunmen in", "fighters from") opens the places the armed men hold: the first place within six words
// that speaks for an armed group (a district standing for its gunmen, as after "between"), past
// articles, adjectives and a place that only qualifies it ("the rival Tripoli districts of").
// Its position, where the sides start.
func (ac *articleContext) districtsOfForce(si *sentInfo, k int) (int, bool) {
	fw := &ac.l.fw
	if fw.armedMen[si.tokText(k)] {
		k++ // "gunmen in": the head is no force head to pass
	}
	t, head := si.tokText(k), si.tokText(k-1)
	if !fw.placingPrepositions[t] && !fw.departurePrepositions[t] || !fw.forceHeads[head] && !fw.armedMen[head] {
		return 0, false
	}
	for j := k + 1; j < len(si.toks) && j <= k+7; j++ {
		if si.boundary[j] || si.toks[j].punct {
			return 0, false
		}
		m, ok := si.mentionAt(j)
		if !ok {
			continue
		}
		if ac.speaksForArmedGroup(m) {
			return j, true
		}
		if m.e.Type != "city" && m.e.Type != "region" && m.e.Type != "country" {
			return 0, false // another name: "fighters from the army of X"
		}
		j = m.end - 1
	}
	return 0, false
}

// speaksForArmedGroup: a district or region whose entry speaks for an armed group (Bab
// al-Tabbaneh for its gunmen), not a capital speaking for a government.
func (ac *articleContext) speaksForArmedGroup(m mention) bool {
	if m.e.Type != "region" || m.e.SpeaksFor == "" {
		return false
	}
	e := ac.x.data.Gazetteer.Entity(m.e.SpeaksFor)
	return e != nil && e.Type == "armed_group"
}
