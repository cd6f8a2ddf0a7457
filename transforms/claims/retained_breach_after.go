package claims

// fightingWordWithin: a fighting or breach word (lexicon fighting_words: "الخروقات", "shelling")
// starts in [pos, pos+n) with no boundary before it: "«الرد بالقوة» على الخروقات" responds to
// breaches of the truce, "الرد بالقوة على المتظاهرين" to protesters.
func (ac *articleContext) fightingWordWithin(si *sentInfo, pos, n int) bool {
	for k := pos; k < len(si.toks) && k < pos+n && !si.boundary[k]; k++ {
		if ac.fightingWordAt(si, k) {
			return true
		}
	}
	return false
}
