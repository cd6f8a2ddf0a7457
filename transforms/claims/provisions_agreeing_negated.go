package claims

// agreeingNegatedBefore: a verb of agreeing (lexicon agreeing_verbs) stands at most five words
// before the provision cue at pos, in its clause, and is negated, by a negation ("the two sides
// did not agree on a prisoner exchange", «ولم يتفق الطرفان على تبادل الأسرى») or a deed
// negation ("have yet to agree on", «لم يُتفق بعد على تبادل الأسرى»): the provision is what the
// sides have not agreed, so it is not in the deal. An agreeing verb that is not negated ("agreed
// on a prisoner exchange") is agreedToProvision's.
func (ac *articleContext) agreeingNegatedBefore(si *sentInfo, pos int) bool {
	fw := &ac.l.fw
	if len(fw.agreeingVerbs) == 0 {
		return false
	}
	for k := pos - 1; k >= 0 && k >= pos-5; k-- {
		// «لم يتفق الطرفان بعد على»: a clause break word before a preposition opens no clause
		// (a preposition takes no preposition for object): it is the adverb "yet".
		if si.boundary[k] && !(k+1 < pos && fw.prepositions[si.tokText(k+1)] && si.startsAt(catClauseBreak, k)) || si.toks[k].punct {
			return false
		}
		t := si.tokText(k)
		if !fw.agreeingVerbs[t] && !fw.agreeingVerbs[fw.withoutConjunction(t)] {
			continue
		}
		return negatedAt(si, k) || ac.deedNegatedBefore(si, k)
	}
	return false
}
