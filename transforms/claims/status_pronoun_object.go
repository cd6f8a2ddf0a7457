package claims

// agreementPronounObject: an agreeing verb whose object is a pronoun closing its clause ("Five
// armed factions put their names to it.", "Both sides signed it,"), right after a sentence that
// names the agreement: the pronoun stands for it, so the sentence needs no noun of its own.
func (ac *articleContext) agreementPronounObject(si *sentInfo, h hit) bool {
	if ac.l.topicCue[h.idx].Value != "agreed" || h.end+1 >= len(si.toks) || !si.toks[h.end+1].punct {
		return false
	}
	// "Rwanda did not sign it": the pronoun presupposes the agreement; the denial is of one
	// signer's signature, not of the agreement.
	if negatedAt(si, h.start) || deniedAt(si, h.start) {
		return false
	}
	for k := h.start - 1; k >= 0 && k >= h.start-3 && ac.l.fw.auxiliaries[si.tokText(k)] != 0; k-- {
		if ac.l.fw.auxiliaries[si.tokText(k)] == negatingAux {
			return false // "did not sign it"
		}
	}
	return si.tokIn(h.end, classSubjectPronoun, ac.l.fw.subjectPronouns) && ac.previousNamesAgreement(si)
}
