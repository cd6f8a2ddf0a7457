package claims

// withoutNegatedDeterminer drops the names a negation determines right before them ("with no
// U.N. observers present", "no AU monitors"): the phrase says that body is not there, so it
// monitors nothing; the other names collected stay ("The army, with no U.N. observers
// present, will monitor the truce" keeps the army when its own reading holds).
func withoutNegatedDeterminer(si *sentInfo, ms []mention) []mention {
	if !si.has[catNegation] {
		return ms
	}
	kept := ms[:0]
	for _, m := range ms {
		if m.start > 0 {
			if n, ok := si.hitAt(catNegation, m.start-1); ok && n.start == m.start-1 && n.end == m.start && !si.trap[m.start-1] {
				continue
			}
		}
		kept = append(kept, m)
	}
	return kept
}
