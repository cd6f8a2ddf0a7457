package claims

// verbFirstOwnSubject: in a language whose verb comes first, the coverage verb at h has a subject
// of its own between it and its object at obj, in a sentence that names no truce or agreement:
// «وتشمل حملة التطعيم مدينة الفاشر» (a vaccination campaign covers El Fasher) says nothing of
// the truce, even under a truce header. Two words or more stand there and none is a pronoun or demonstrative that could
// stand for the truce; «وتشمل مدينة الفاشر» (the truce understood) and «ويشمل ذلك» keep the
// reading, and so does an exclusion verb or an object opened by a quantifier. The verb-first twin of foreignCoverageSubject.
func (ac *articleContext) verbFirstOwnSubject(si *sentInfo, h hit, from, obj int) bool {
	if h.cat != catInclusion || ac.l.lex.Grammar.SubjectBeforeVerb || si.has[catCeasefire] || si.has[catAgreement] || ac.l.fw.passiveCue(si, h) || obj-from < 2 {
		return false
	}
	// "لا يستثني أي فصيل من المعارضة": a quantifier opens the object phrase itself.
	if si.tokIn(from, classGenericDeterminer, ac.l.fw.genericDeterminers) {
		return false
	}
	for k := from; k < obj; k++ {
		t := si.tokText(k)
		if si.toks[k].punct || ac.l.fw.demonstratives[t] || ac.l.fw.thingPronouns[t] || si.tokIn(k, classSubjectPronoun, ac.l.fw.subjectPronouns) {
			return false
		}
	}
	return true
}
