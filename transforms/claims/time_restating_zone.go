package claims

// restatingLeadBetween: the tokens [from, to) between two times are a comma and a restating
// lead (lexicon restating_leads: أي, i.e.): the second time restates the first ("عند منتصف ليل
// الخميس الجمعة، أي الساعة العاشرة من مساء الخميس بتوقيت غرينتش").
func (ac *articleContext) restatingLeadBetween(si *sentInfo, from, to int) bool {
	return to-from == 2 && isComma(si.tokText(from)) && ac.l.fw.restatingLeads[si.tokText(from+1)]
}

// inRestatement: token pos lies in a restatement: after a restating lead that follows a comma,
// with no comma or clause break between. A zone named there dates the restated clock only, not
// the time it restates, whose zone stays the one it names or the theatre's: "منتصف ليل الخميس
// الجمعة، أي الساعة العاشرة من مساء الخميس بتوقيت غرينتش" is Sudan's midnight, 22:00 GMT, not
// midnight GMT.
func (ac *articleContext) inRestatement(si *sentInfo, pos int) bool {
	for k := pos - 1; k >= 1; k-- {
		t := si.tokText(k)
		if isComma(t) || si.boundary[k] || si.toks[k].punct && clauseBreakPunct(t) {
			return false
		}
		if ac.l.fw.restatingLeads[t] && isComma(si.tokText(k-1)) {
			return true
		}
	}
	return false
}
