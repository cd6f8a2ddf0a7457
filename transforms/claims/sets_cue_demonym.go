package claims

// cueDemonymRun: of names collected backwards (nearest first), when the nearest is a demonym
// right before the cue ("through Qatari intermediaries", "Saudi and U.S. facilitators", "under
// IGAD and Kenyan auspices"), the members are that demonym and the names coordinated right
// before it (one word between); a name further back is another phrase's ("on the phone with
// Jerusalem and, through Qatari intermediaries, Tehran": whom the envoy spoke to, a side).
func cueDemonymRun(ms []mention, h hit) []mention {
	if len(ms) < 2 || !ms[0].demonym || ms[0].end != h.start {
		return ms
	}
	for k := 1; k < len(ms); k++ {
		if ms[k-1].start-ms[k].end > 1 {
			return ms[:k]
		}
	}
	return ms
}

// demonymOnCue: in a language whose adjectives precede the noun, a demonym that can be a member
// ends right at the cue ("Saudi intermediaries"): it names the member, so the names after the
// cue ("through Saudi intermediaries, with Kyiv") are another phrase's; cueDemonymRun then keeps
// it and the names coordinated with it.
func (ac *articleContext) demonymOnCue(si *sentInfo, h hit, member func(mention) bool) bool {
	if ac.l.lex.Grammar.AdjectiveAfterNoun || h.start == 0 {
		return false
	}
	k := si.mentionsEndingBy(h.start) - 1
	return k >= 0 && si.ents[k].end == h.start && si.ents[k].demonym && member(si.ents[k])
}
