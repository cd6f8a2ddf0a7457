package claims

// agentNamedAfter: a passive agent phrase with a name opens at pos ("hosted by the Community of
// Sant'Egidio", "hosted by the UN"). A city right before a host participle so followed is
// where the talks were held, not who hosted them: "four days of talks in Rome hosted by the
// Community of Sant'Egidio" has Rome for venue and Sant'Egidio for host; Italy, the capital's
// state, convenes nothing (gorongosa gr_009, gr_010). The agent is read as the host sponsor as
// before (hostBody); the city's state still sponsors where the text names it the agent.
func (ac *articleContext) agentNamedAfter(si *sentInfo, pos int) bool {
	for _, m := range si.ents {
		if m.start > pos+2 {
			break
		}
		if !m.demonym && ac.agentRightAfter(si, pos, m.start) {
			return true
		}
	}
	return false
}
