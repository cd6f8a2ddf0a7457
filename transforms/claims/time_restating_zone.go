package claims

// restatingLeadBetween: the tokens [from, to) between two times are a comma and a restating
// lead (lexicon restating_leads: أي, i.e.): the second time restates the first ("عند منتصف ليل
// الخميس الجمعة، أي الساعة العاشرة من مساء الخميس بتوقيت غرينتش").
func (ac *articleContext) restatingLeadBetween(si *sentInfo, from, to int) bool {
	return to-from >= 2 && isComma(si.tokText(from)) && phraseAt(si, from+1, ac.l.fw.restatingLeads) == to-from-1
}

// inRestatement: token pos lies in a restatement: after a restating lead that follows a comma,
// with no comma or clause break between. A zone named there dates the restated clock only, not
// the time it restates, whose zone stays the one it names or the theatre's: "منتصف ليل الخميس
// الجمعة، أي الساعة العاشرة من مساء الخميس بتوقيت غرينتش" is Sudan's midnight, 22:00 GMT, not
// midnight GMT.
func (ac *articleContext) inRestatement(si *sentInfo, pos int) bool {
	for k := pos - 1; k >= 1; k-- {
		// The lead's own tokens may be punctuation ("i.e."): look for one ending here first.
		for _, p := range ac.l.fw.restatingLeads {
			if s := k + 1 - len(p); s >= 1 && isComma(si.tokText(s-1)) && tokensAt(si, s, p) {
				return true
			}
		}
		t := si.tokText(k)
		if isComma(t) || si.boundary[k] || si.toks[k].punct && clauseBreakPunct(t) {
			return false
		}
	}
	return false
}
