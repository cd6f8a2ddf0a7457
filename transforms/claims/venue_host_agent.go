package claims

// agentNamedAfter: a passive agent phrase with a name opens at pos ("hosted by the Community of
// Sant'Egidio", "hosted by the UN"). A city right before a host participle so followed is
// where the talks were held, not who hosted them: "four days of talks in Rome hosted by the
// Community of Sant'Egidio" has Rome for venue and Sant'Egidio for host; Italy, the capital's
// state, convenes nothing. The agent is read as the host sponsor (hostBody); the city's state
// still sponsors where the text names it the agent.
func (ac *articleContext) agentNamedAfter(si *sentInfo, pos int) bool {
	// The name opens right after the agent word or after an article (agentRightAfter).
	for _, start := range [...]int{pos + 1, pos + 2} {
		if m, ok := si.mentionAt(start); ok && !m.demonym && ac.agentRightAfter(si, pos, start) {
			return true
		}
	}
	return false
}
