package claims

// pronounForPreviousTruce: the pronoun at p (a subject pronoun, or a complementizer carrying
// one: أنه، أنها) before a plain start verb stands for the truce the sentence before names,
// when its own sentence names no truce, agreement or talks and nothing but a conjunction, a
// complementizer or a short lead ("والصحيح أنه بدأ", "Correction: it began") stands before it:
// "... أن وقف إطلاق النار في طرابلس دخل حيز التنفيذ في الثامنة مساءً بتوقيت غرينتش. والصحيح
// أنه بدأ في الثامنة مساءً بتوقيت طرابلس". A sentence that names another event first
// ("قال إن الهجوم تواصل، مشيرة إلى أنه بدأ") keeps the pronoun for that event.
func (ac *articleContext) pronounForPreviousTruce(si *sentInfo, p int) bool {
	if si.has[catCeasefire] || si.has[catAgreement] || si.has[catTalks] || !ac.previousNamesAgreement(si) {
		return false
	}
	prev := ac.infos[si.s.Index-1]
	if !prev.has[catCeasefire] {
		return false
	}
	// "الهجوم تواصل رغم الهدنة. وأكد أنه بدأ في الثامنة": a fighting word before names
	// another event the pronoun may stand for.
	for k := range prev.toks {
		if ac.fightingWordAt(prev, k) {
			return false
		}
	}
	// At most two words before the pronoun, none of them a name or a fighting word.
	if p > 2 {
		return false
	}
	for k := 0; k < p; k++ {
		if _, named := si.mentionAt(k); named || ac.fightingWordAt(si, k) || si.toks[k].punct && !isComma(si.tokText(k)) {
			return false
		}
	}
	return true
}
