package claims

// unilateralResponseOnBreach: the unilateral response cue h (lexicon object "unilateral": «أن
// يرد منفرداً», «ولا ردّ منفرداً عليها», «الرد عليه بصفة منفردة», "respond unilaterally", "take
// reprisals") answers breaches of the truce when its clause ends right after it (the object
// left to the clause before: «وتنظر اللجنة في أي خرق، ولا يجوز لأي من الطرفين الرد عليه بصفة
// منفردة», «لا يحق لأي طرف أن يرد منفرداً؛ الخروقات تُحال…») or when a breach, a fighting word or
// the truce follows within five tokens ("respond unilaterally to violations"). A response to
// another object is no right under the truce: «تدرس الرد منفرداً على رسالة المبعوث» answers a
// letter.
func (ac *articleContext) unilateralResponseOnBreach(si *sentInfo, h hit) bool {
	k := h.end
	for k < len(si.toks) && isQuote(si.tokText(k)) {
		k++
	}
	if k >= len(si.toks) || si.boundary[k] || si.toks[k].punct {
		return true
	}
	return ac.truceNounWithin(si, h.end, 5) || ac.fightingWordWithin(si, h.end, 5)
}
