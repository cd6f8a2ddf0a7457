package claims

// passivePronounSubject: an agreeing cue in the passive whose subject is "it" opening its
// clause, right after a sentence that names the agreement as concluded ("The agreement was
// announced on Sunday. It was brokered by Malaysia with the help of the Bangsamoro government",
// "It was agreed between Kosovo police special units and armed Serb groups", "It is signed by
// the governor and by three gang leaders"): the pronoun is that agreement, so the sentence needs
// no noun of its own. Only a thing pronoun (it), a copula or perfect auxiliary right before the
// cue and nothing else between; no negation, question, condition or modality.
func (ac *articleContext) passivePronounSubject(si *sentInfo, h hit) bool {
	if ac.l.topicCue[h.idx].Value != "agreed" || !ac.l.lex.Grammar.SubjectBeforeVerb {
		return false
	}
	c := clauseStart(si, h.start)
	if h.start-c < 2 || h.start-c > 3 || !ac.l.fw.thingPronouns[si.tokText(c)] {
		return false
	}
	for k := c + 1; k < h.start; k++ {
		if t := si.tokText(k); !si.tokIn(k, classCopula, ac.l.fw.copulas) && !ac.l.fw.perfectAuxiliaries[t] {
			return false
		}
	}
	if negatedAt(si, h.start) || questionSentence(si) || si.has[catConditional] {
		return false
	}
	if m, _ := ac.modalityCue(si, h.start); m != "asserted" {
		return false
	}
	return ac.previousConcludesAgreement(si)
}
