package claims

// frontLocativeAt: the token at pos is a locating preposition ("on", «على») opening a front
// ("on the Marib front", "on Yemen's Marib front", «على جبهة مأرب»): a front noun (lexicon
// front_nouns) within the next five tokens of its clause. Right after a truce noun such a
// phrase places the truce as a locative does ("a 60-day truce on the Marib front" is a
// partial truce); "a truce on Monday", "a truce on paper" open no front and place nothing,
// and the place itself must still be a subnational name (status_scope.go).
func (ac *articleContext) frontLocativeAt(si *sentInfo, pos int) bool {
	if !ac.l.fw.locatingPrepositions[si.tokText(pos)] {
		return false
	}
	for k := pos + 1; k < len(si.toks) && k <= pos+5; k++ {
		if si.toks[k].punct && si.tokText(k) != "'" && si.tokText(k) != "’" {
			return false
		}
		if ac.l.fw.frontNouns[si.tokText(k)] {
			return true
		}
	}
	return false
}
