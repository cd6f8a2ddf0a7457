package claims

// unalliedGroups: two armed groups agreeing, neither a member of a coalition the other belongs
// to nor affiliated with it in the gazetteer ("Radaa and the 444 Combat Brigade had agreed to a
// ceasefire", "Kuki-Zo armed groups and Meitei village volunteers have agreed", "the Syrian
// Democratic Forces and Turkish-backed Syrian National Army factions agreed"): each other's
// sides, though no state is among them, when the truce they agree to is a new one, indefinite
// ("to a ceasefire", "على وقف لإطلاق النار"): allies accept the truce ("Hamas and Islamic Jihad
// agreed to the ceasefire"). A list in apposition to a head or counted ("the two
// groups, the MNDAA and the TNLA, signed", "two Fano factions agreed") names one side's groups
// and stays no sides, as do groups the gazetteer allies (a shared coalition or affiliation),
// groups agreeing with a partner named after "with", and groups in an article that names an
// army no broker: that army's war has the groups on one side ("The Myanmar junta and the rebels
// clashed again. The MNDAA and the TNLA agreed to a ceasefire").
func (ac *articleContext) unalliedGroups(si *sentInfo, h hit, ms []mention, ids []string) bool {
	if len(ids) != 2 || len(ms) < 2 || !ac.indefiniteTruceAfter(si, h.end) || ac.namesAnArmy() {
		return false
	}
	if len(ac.partnersAfterWith(si, h.end, func(m mention) bool { return ac.canBeSide(si, m) })) > 0 {
		return false // "agreed with General Security forces on a ceasefire": the other side follows
	}
	first := ms[0].start
	for _, m := range ms[1:] {
		first = min(first, m.start)
	}
	if ac.listHeaded(si, first) {
		return false
	}
	g := &ac.x.data.Gazetteer
	a, b := g.Entity(ids[0]), g.Entity(ids[1])
	if a == nil || b == nil || a.Type != "armed_group" || b.Type != "armed_group" {
		return false
	}
	if a.Affiliation == b.ID || b.Affiliation == a.ID || a.Affiliation != "" && a.Affiliation == b.Affiliation {
		return false
	}
	for i := range g.Entities {
		c := &g.Entities[i]
		if len(c.Members) == 0 {
			continue
		}
		inA, inB := false, false
		for _, m := range c.Members {
			inA, inB = inA || m == a.ID, inB || m == b.ID
		}
		if inA && inB {
			return false
		}
	}
	return true
}

// listHeaded: the list starting at first stands in apposition to a head noun (a comma, maybe
// past an article, right before it) or is counted (a number within three words before it).
func (ac *articleContext) listHeaded(si *sentInfo, first int) bool {
	k := first - 1
	if k >= 0 && ac.l.fw.definiteArticles[si.tokText(k)] {
		k--
	}
	if k >= 0 && isComma(si.toks[k].text) {
		return true
	}
	for j := first - 1; j >= 0 && j >= first-3; j-- {
		if si.toks[j].number || si.startsAt(catNumWord, j) {
			return true
		}
	}
	return false
}

// indefiniteTruceAfter: the first truce or agreement noun after pos in its clause is indefinite:
// an indefinite article stands between pos and it and no definite one, or, where the article
// is a prefix, the noun carries none ("هدنة", "وقف لإطلاق النار").
func (ac *articleContext) indefiniteTruceAfter(si *sentInfo, pos int) bool {
	for _, cat := range [...]category{catCeasefire, catAgreement} {
		for _, n := range hitsStartingIn(si.hitsOf(cat), pos, pos+12) {
			if si.boundaryIn(pos, n.start) {
				continue
			}
			if len(ac.l.fw.nounPrefixes) > 0 {
				return !ac.l.fw.hasArticlePrefix(si.tokText(n.start))
			}
			indefinite := false
			for k := pos; k < n.start; k++ {
				t := si.tokText(k)
				if ac.l.fw.definiteArticles[t] {
					return false
				}
				indefinite = indefinite || ac.l.fw.indefiniteArticles[t]
			}
			return indefinite
		}
	}
	return false
}

// namesAnArmy: some sentence of the article names a state's army that brokers nothing.
func (ac *articleContext) namesAnArmy() bool {
	for _, si := range ac.infos {
		for _, m := range si.ents {
			if m.e.Type == "military" && !broker(m.e.Role) && !m.demonym {
				return true
			}
		}
	}
	return false
}
