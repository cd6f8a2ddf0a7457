package claims

// exchangeCountAt: an exchange cue (a release, a handover, remains: "the release of the 14 BIFF
// fighters held by the army", "returned the remains of 23 fighters", «الإفراج عن 40 مقاتلاً»)
// ends at most three tokens before the count ne, with no comma or boundary between: the count is
// of the captives or the dead the term or deed is about, as fateCountAt says of casualties, no
// count of the truce's signatories.
func (ac *articleContext) exchangeCountAt(si *sentInfo, ne numExpr) bool {
	for _, c := range hitsStartingIn(ac.cuesOf(si, refExchange), ne.start-8, ne.start-1) {
		if c.end > ne.start || ne.start-c.end > 3 || si.boundaryIn(c.end, ne.start) || commaIn(si, c.end, ne.start) || ac.agentWordIn(si, c.end, ne.start) {
			continue
		}
		return true
	}
	return false
}

// agentWordIn: a passive agent phrase ("by", «من قبل») starts in [from, to): the count after it
// is of who releases or holds ("the release of prisoners by 14 armed groups", "hostages held by
// 12 factions"), not of the captives.
func (ac *articleContext) agentWordIn(si *sentInfo, from, to int) bool {
	for k := from; k < to; k++ {
		if ac.passiveAgentWord(si, k) {
			return true
		}
	}
	return false
}
