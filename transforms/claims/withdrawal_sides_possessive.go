package claims

// sidesPossessiveForce: the both-sides phrase ending at end is an owner, a bare apostrophe
// after its plural (lexicon clitics.possessives is the singular's "'s"), and a force head or an
// armed-men word (lexicon armed_men) owned right after it ("both sides' fighters would pull back", "the two sides' forces will
// withdraw"): the sides' forces, as "fighters of both sides" are. Not "both sides' mediators"
// (no force head).
func (ac *articleContext) sidesPossessiveForce(si *sentInfo, end int) bool {
	if end >= len(si.toks) {
		return false
	}
	if t := si.toks[end].text; t != "'" && t != "’" {
		return false
	}
	return ac.forceHead(si, end+1) || ac.l.fw.armedMen[si.tokText(end+1)]
}
