package claims

// setAsideClaimant: a member of an exclusion list set aside by its own negation and followed by
// a clause of report naming whose account it is («لا يستثني أي جهة، لا كوادر حزب العمال
// الكردستاني كما تزعم أنقرة», "excludes nobody, not the PKK as Ankara claims") is that one's
// account: the named one holds the reading the speaker sets aside (the opposite of the value
// said of the list), as a span set aside "as X claims" is X's (durations_as_reported.go,
// asReportedAgent). The negation must stand right before the member (one word, a head noun such
// as «كوادر», may come between): "does not exclude the PKK, as Ankara said" sets nothing aside
// and Ankara there agrees; so the negation stands after the cue (the verb's own negation, «لا
// يستثني حزب العمال كما أعلنت أنقرة», sets no member aside). Returns the claimant's id, "" when none.
func (ac *articleContext) setAsideClaimant(si *sentInfo, cue hit, m mention) string {
	if m.demonym || m.start <= cue.end {
		return ""
	}
	negated := false
	for k := m.start - 1; k >= cue.end && k >= m.start-2; k-- {
		if si.boundary[k] || si.toks[k].punct && !isQuote(si.tokText(k)) {
			break
		}
		if h, ok := si.hitAt(catNegation, k); ok && h.end <= m.start && !si.trap[k] {
			negated = true
			break
		}
	}
	if !negated {
		return ""
	}
	agent, ok := ac.asReportedAgent(si, m.end)
	if !ok || agent == m.e.ID {
		return ""
	}
	return agent
}
