package claims

// agreementPronounObject: an agreeing verb whose object is a pronoun closing its clause ("Five
// armed factions put their names to it.", "Both sides signed it,"), right after a sentence that
// names the agreement: the pronoun stands for it, so the sentence needs no noun of its own.
// Only a signature that happened counts: a named or counted subject right before the verb
// (past "had"/"have"), no question, modal, demand or condition, and the sentence before names
// an agreement concluded, not a draft or an earlier year's text.
func (ac *articleContext) agreementPronounObject(si *sentInfo, h hit) bool {
	if ac.l.topicCue[h.idx].Value != "agreed" || h.end+1 >= len(si.toks) || !si.toks[h.end+1].punct {
		return false
	}
	// "Rwanda did not sign it": the pronoun presupposes the agreement; the denial is of one
	// signer's signature, not of the agreement.
	if negatedAt(si, h.start) || deniedAt(si, h.start) {
		return false
	}
	for k := h.start - 1; k >= 0 && k >= h.start-3 && ac.l.fw.auxAt(si, k) != 0; k-- {
		if ac.l.fw.auxAt(si, k) == negatingAux {
			return false // "did not sign it"
		}
	}
	if !si.tokIn(h.end, classSubjectPronoun, ac.l.fw.subjectPronouns) {
		return false
	}
	// "Will the Houthis sign it?", "would sign it ... if", "urged both sides to sign it".
	if questionSentence(si) || si.has[catConditional] {
		return false
	}
	if m, _ := ac.modalityCue(si, h.start); m != "asserted" {
		return false
	}
	if !ac.namedSubjectBefore(si, h.start) {
		return false
	}
	return ac.previousConcludesAgreement(si)
}

// namedSubjectBefore: the verb at pos follows its subject directly (past a perfect auxiliary):
// a name ("the Houthis signed it") or a counted phrase ("Five armed factions put ...", "Both
// sides signed it"). "to",
// "yet to", "who" or a modal before the verb fail.
func (ac *articleContext) namedSubjectBefore(si *sentInfo, pos int) bool {
	k := pos
	for k > 0 && ac.l.fw.perfectAuxiliaries[si.tokText(k-1)] {
		k--
	}
	if _, ok := si.mentionEndingAt(k); ok {
		return true
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if si.boundary[j] || si.toks[j].punct {
			return false
		}
		if si.toks[j].number || si.startsAt(catNumWord, j) || ac.l.fw.bothWords[si.tokText(j)] {
			return true
		}
	}
	return false
}

// previousConcludesAgreement: the sentence before names the agreement as concluded: no draft
// word ("a draft agreement"), no proposal cue, and no year that would date an earlier one ("The
// 2015 Geneva agreement collapsed.").
func (ac *articleContext) previousConcludesAgreement(si *sentInfo) bool {
	return ac.previousNamesAgreement(si) && !ac.otherTextNamed(ac.infos[si.s.Index-1])
}

// otherTextNamed: the sentence names a text that is not the concluded truce: a draft word, a
// proposal cue or a year that would date an earlier one.
func (ac *articleContext) otherTextNamed(si *sentInfo) bool {
	for _, c := range ac.cuesOf(si, refStatus) {
		if ac.l.topicCue[c.idx].Value == "proposed" {
			return true
		}
	}
	for k := range si.toks {
		if ac.l.fw.draftWords[si.tokText(k)] {
			return true
		}
		if y, ok := fourDigitNumber(&si.toks[k]); ok && y >= 1900 && y <= 2100 && ac.namedAsYear(si, k) {
			return true
		}
	}
	return false
}
