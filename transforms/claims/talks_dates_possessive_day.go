package claims

// possessiveDayOfTalks: a day marked as the owner of a talks noun right after it, or after one
// modifier of it ("Friday's talks in Amman", "Tuesday's round", "Saturday's follow-up round",
// "today's round of talks"), is the talks' own day. A bare day before a noun otherwise dates
// the statement ("said Thursday that talks ..."); the possessive ties it to the talks, as
// "Saturday's exchange of fire" ties it to the fire (possessiveDay).
func (ac *articleContext) possessiveDayOfTalks(si *sentInfo, te timeExpr) bool {
	if !ac.possessiveDay(si, te) {
		return false
	}
	j := te.end
	if j < len(si.toks) && containsWord(ac.l.fw.possessives, si.tokText(j)) {
		j++
	}
	for _, h := range si.hitsOf(catTalks) {
		if h.start >= j && oneModifier(si, j, h.start) {
			return true
		}
	}
	return false
}
