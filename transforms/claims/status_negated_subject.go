package claims

// negatedBeforeTruceSubject: where the verb comes before its subject (Arabic), a truce or
// agreement noun phrase ends right before the status cue and a negation stands two words
// before that phrase, only the verb between ("ولم يدخل اتفاق وقف إطلاق النار حيز التنفيذ منذ توقيعه", "لم تكن
// الهدنة سارية منذ الأحد"): the negation is of the verb whose subject the truce is, and so of
// the cue that completes it.
func (ac *articleContext) negatedBeforeTruceSubject(si *sentInfo, h hit) bool {
	if ac.l.lex.Grammar.SubjectBeforeVerb {
		return false
	}
	p := h.start
	for {
		prev := p
		for _, n := range si.nouns {
			if n.cat != catTalks && n.end == p && n.start < p {
				p = n.start
				break
			}
		}
		if p == prev {
			break
		}
	}
	if p == h.start || p < 2 || si.startsAt(catRelPron, h.start) || si.boundaryIn(p-2, h.start) {
		return false // "لا تمس جوهر الاتفاق الذي يلتزم به الطرفان": a relative clause
	}
	n, ok := si.hitAt(catNegation, p-2)
	return ok && n.start == p-2 && n.end == p-1 && !si.trap[p-2]
}

// negatedTruceSubjectBefore: where the subject comes before the verb (English), a negating
// determiner opens the truce or agreement noun phrase that is the cue's subject, only
// auxiliaries and forms of be between ("no deal had been reached", "no ceasefire has been
// agreed", "No agreement was signed"): the verb is denied, as "had not been reached" is.
func (ac *articleContext) negatedTruceSubjectBefore(si *sentInfo, h hit) bool {
	if !ac.l.lex.Grammar.SubjectBeforeVerb {
		return false
	}
	p := h.start
	for p > 0 && h.start-p < 3 && (ac.l.fw.auxiliaries[si.tokText(p-1)] == plainAux || si.tokIn(p-1, classCopula, ac.l.fw.copulas)) {
		p--
	}
	for _, c := range [...]category{catCeasefire, catAgreement} {
		for _, n := range si.hitsOf(c) {
			if n.end != p || n.start < 1 || si.boundaryIn(n.start-1, h.start) {
				continue
			}
			if g, ok := si.hitAt(catNegation, n.start-1); ok && g.end == n.start && !si.trap[n.start-1] {
				return true
			}
		}
	}
	return false
}
