package claims

// soleCapitalAfterTalks: a capital right after the talks noun in a language that puts the
// modifier after its noun ("محادثات الدوحة", "مفاوضات جنيف") names where they are held when it
// stands alone: no second name joined to it ("محادثات موسكو وأنقرة" are the two capitals
// talking), no "with" after it ("محادثات واشنطن مع طالبان": the capital is a side talking) and
// no "between" right after it.
func (ac *articleContext) soleCapitalAfterTalks(si *sentInfo, m mention) bool {
	if !ac.l.lex.Grammar.AdjectiveAfterNoun || m.demonym {
		return false
	}
	k := m.end
	if k < len(si.toks) && (ac.l.fw.conjunctions[si.tokText(k)] || ac.l.fw.coordinators[si.tokText(k)] || ac.l.fw.comitatives[si.tokText(k)] || si.tokIn(k, classBetween, ac.l.fw.between)) {
		return false
	}
	if n := si.firstMentionFrom(m.end); n < len(si.ents) && si.ents[n].start <= m.end+1 {
		return false // "محادثات موسكو وأنقرة": the conjunction is glued to the next name
	}
	return true
}
