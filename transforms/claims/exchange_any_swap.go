package claims

// anySwap: the exchange cue h is what a free-choice word (lexicon free_choice_words: any, أي)
// at most four tokens before it, in its clause, picks out, in a sentence with no negation or
// denial: "expressed its readiness to support any arrangements for an exchange of detainees"
// (aden ad_014), «طالبت ... بإدراج أسراها لدى القوات المسلحة في أي عملية تبادل للأسرى ينص عليها
// اتفاق جوبا» (kadugli kd_029): a swap whatever it may be, not one the truce is said to hold
// (both gold traps). Under a negation "any" is the negative's ("لا يتضمن أي صفقة لتبادل الأسرى",
// "did not include any release"), which the slot rules read as not included; a truce or
// agreement noun between ("any truce must include a prisoner exchange") makes it the truce's, and
// a partitive after it ("had yet to free any of the prisoners") a negative's.
func (ac *articleContext) anySwap(si *sentInfo, h hit) bool {
	fw := &ac.l.fw
	if len(fw.freeChoiceWords) == 0 || si.has[catNegation] || si.has[catDenial] {
		return false
	}
	for k := h.start - 1; k >= 0 && k >= h.start-4; k-- {
		if si.boundary[k] || nounAt(si, k) {
			return false
		}
		if fw.freeChoiceWords[fw.withoutConjunction(si.tokText(k))] {
			// "had yet to free any of the prisoners it had promised to release": a partitive
			// after it makes it the "any" of a negative, not a free choice.
			return !fw.partitives[si.tokText(k+1)]
		}
	}
	return false
}
