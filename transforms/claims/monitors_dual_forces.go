package claims

// expandDualForces: a generic dual of forces among the monitors ("تبقى بيد الجيشين نفسيهما",
// "من شأن الجيشين وحدهما": the two armies) names both sides' armies, not the one army its
// context alias picks: each side of the truce as its force (dualArmies). The set's member test
// lets such a dual through only when the two armies are known.
func (ac *articleContext) expandDualForces(si *sentInfo, ms []mention) []mention {
	for k, m := range ms {
		if !ac.contextDual(si, m) {
			continue
		}
		two := ac.dualArmies(m)
		if len(two) != 2 {
			continue
		}
		for i := range two {
			two[i].joint = true // several forces named at once: members, never a speaker
		}
		out := append(append(append([]mention{}, ms[:k]...), two...), ms[k+1:]...)
		return ac.expandDualForces(si, out)
	}
	return ms
}

// dualArmies: the truce's two sides as their forces (sidesForces) when both are armies (a
// military entity): "the two armies" of a truce between an army and an armed group is no pair
// the dual names (nil).
func (ac *articleContext) dualArmies(m mention) []mention {
	two := ac.sidesForces(m.start, m.end)
	if len(two) != 2 || two[0].e.Type != "military" || two[1].e.Type != "military" {
		return nil
	}
	return two
}
