package claims

// quotedPronounSubject: a state of the truce (an in_force cue: "is holding", "remains in
// force") whose subject is "it" opening its clause, a quotation or what a colon introduces, right
// after a sentence naming the truce: "A neighbour disagreed: "It is holding, for now."", ""It is
// holding," a resident said", "It is holding, for now, residents said". The pronoun stands for
// the truce the sentence before names (pronounSubjectOf), once the quote marks and the colon
// that open the clause are passed.
func (ac *articleContext) quotedPronounSubject(si *sentInfo, h hit) bool {
	if ac.l.topicCue[h.idx].Value != "in_force" || !ac.previousNamesAgreement(si) {
		return false
	}
	p := -1 // the pronoun: within three tokens before the cue, nothing but copulas between
	for k := h.start - 1; k >= 0 && k >= h.start-3; k-- {
		if ac.l.fw.thingPronouns[si.tokText(k)] {
			p = k
			break
		}
		if !si.tokIn(k, classCopula, ac.l.fw.copulas) && ac.l.fw.auxAt(si, k) == 0 {
			return false
		}
	}
	if p < 0 {
		return false
	}
	// What opens the pronoun's clause: the sentence's start, a quote mark, a colon.
	for k := p - 1; k >= -1; k-- {
		if k < 0 || si.boundary[k] {
			break
		}
		t := si.tokText(k)
		if isQuote(t) {
			continue
		}
		if t != ":" {
			return false
		}
		break
	}
	// The cue closes its clause: "It is holding," / "It is holding, for now" / end.
	t := si.tokText(h.end)
	if !(t == "" || isComma(t) || isQuote(t) || clauseBreakPunct(t) || si.boundaryIn(h.end, h.end+1)) {
		return false
	}
	if negatedAt(si, h.start) || questionSentence(si) || si.has[catConditional] {
		return false
	}
	m, _ := ac.modalityCue(si, h.start)
	return m == "asserted"
}
