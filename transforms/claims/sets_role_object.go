package claims

// roleObjectBeforeMarker: the set cue follows a role marker (lexicon role_markers: "as", an
// article between at most) that follows a name right away: that name, with the names coordinated
// before it, is the object a verb of counting, naming or accepting gives the role to ("Damascus
// accepts Saudi Arabia as guarantor", "Cotabato City also counts Malaysia and the OIC as
// guarantors", "listed the sultanate alongside the United States and Qatar as mediators");
// the verb's subject is no member. The names that pass member are returned (none
// when the one holding the role is no member); ok is false when no name stands right before
// the marker ("Malaysia will act as guarantor": the subject holds the role).
func (ac *articleContext) roleObjectBeforeMarker(si *sentInfo, h hit, member func(mention) bool) ([]mention, bool) {
	p := h.start - 1
	if p > 0 && (ac.l.fw.indefiniteArticles[si.tokText(p)] || ac.l.fw.definiteArticles[si.tokText(p)]) {
		p--
	}
	if p < 1 || !ac.l.fw.roleMarkers[si.tokText(p)] {
		return nil, false
	}
	k := si.mentionsEndingBy(p) - 1
	if k < 0 || si.ents[k].end != p {
		return nil, false
	}
	var out []mention
	for ; k >= 0; k-- {
		m := si.ents[k]
		if len(out) > 0 || m.end != p {
			// only commas, conjunctions, articles and "alongside" between the names of one
			// list ("listed the sultanate alongside the United States and Qatar as mediators")
			from := m.end
			if a, ok := si.hitAt(catAlongside, from); ok && a.start == from {
				from = a.end
			}
			for i := from; i < si.ents[k+1].start; i++ {
				if t := si.tokText(i); !isComma(t) && !ac.l.fw.conjunctions[t] && !ac.l.fw.definiteArticles[t] {
					return out, true
				}
			}
		}
		if member(m) {
			out = append(out, m)
		}
		if len(out) == 0 && m.end == p && !member(m) {
			return nil, true // the role is that name's, and it is no member
		}
	}
	return out, true
}
