package claims

// nounSubjectBefore: the word right before the verb of saying h is a lower-case word in no name
// ("Houthi-aligned media say Oman and Saudi Arabia are its guarantors", "A ministry statement
// said Muscat had proposed", "She also said Misseriya fighters are required to leave"): the
// verb's subject stands before it (or is carried over), so a name after the verb opens what is
// said, not who says it. A participle with its agent ("the terms described by Brussels") still
// has its speaker after it.
func (ac *articleContext) nounSubjectBefore(si *sentInfo, h hit) bool {
	k := h.start - 1
	if k < 1 || !ac.bareWordAt(si, k) || !lowerCaseSpan(si.originalSpan(k, k+1)) {
		return false
	}
	return !ac.agentPhraseAt(si, h.end) && !ac.nameClosesAfter(si, h.end)
}

// nameClosesAfter: a name right after the verb (or after an article) ends the sentence or its
// clause: it is the inverted subject, with no predicate of its own to be what is said ("Gaza
// truce is holding says Hamas.", "The truce is holding, said the army.").
func (ac *articleContext) nameClosesAfter(si *sentInfo, pos int) bool {
	if pos < len(si.toks) && ac.l.fw.definiteArticles[si.tokText(pos)] {
		pos++
	}
	m, ok := si.mentionAt(pos)
	return ok && (m.end == len(si.toks) || si.toks[m.end].punct)
}

// agentPhraseAt: a passive agent phrase opens at pos, its name right after it or after a
// definite article ("by Brussels", "by the UN").
func (ac *articleContext) agentPhraseAt(si *sentInfo, pos int) bool {
	if _, ok := ac.passiveAgent(si, pos); ok {
		return true
	}
	for _, p := range ac.l.fw.passiveAgents {
		n := len(p)
		if pos+n >= len(si.toks) || !ac.l.fw.definiteArticles[si.tokText(pos+n)] || !tokensAt(si, pos, p) {
			continue
		}
		if m, ok := si.mentionAt(pos + n + 1); ok && speakerEligible(m) {
			return true
		}
	}
	return false
}
