package claims

// In a verb-first language a verb of saying followed at once by a preposition and the verbal
// noun or the complementizer it governs («ودعا إلى سحب قوات آسام رايفلز من السفوح», «وشدد على
// أن ...») has its subject left out: a named subject would stand between the verb and its
// complement. The names further on are what is called for or stressed, so the speaker is the
// one carried over, not the first name forward.

// complementBeforeSubject: the verb hit h is followed by a preposition and then a complementizer
// or a word with no name in it (the complement's head), before any name.
func (ac *articleContext) complementBeforeSubject(si *sentInfo, h hit) bool {
	if ac.l.lex.Grammar.SubjectBeforeVerb || h.end+1 >= len(si.toks) || !si.tokIn(h.end, classPreposition, ac.l.fw.prepositions) {
		return false
	}
	if _, named := si.mentionAt(h.end + 1); named || si.toks[h.end+1].punct {
		return false // "وقال في بيان الجيش": the preposition's object names the body
	}
	return true
}
