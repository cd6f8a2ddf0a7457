package claims

// A long subject before a withdrawal predicate: "RSF fighters deployed in the eastern districts
// of the city since last week are not required to withdraw", «مقاتلي الدعم السريع المنتشرين في
// الأحياء الشرقية منذ الأسبوع الماضي غير ملزمين بالانسحاب». The force opens the clause's subject
// and a modifier runs to the predicate; the backward search (eight words) found nothing, or a
// force named inside the modifier. Mirrors exclusions_long_subject.go.

// withdrawalLongSubject: a copula, auxiliary, modal or negation starts the predicate at most four
// words before the cue h, past no punctuation or name; the content opens with a force m0
// (opensSubject) at least three words before the predicate, with no comma, boundary, verb of
// saying or other withdrawal cue in between.
func (ac *articleContext) withdrawalLongSubject(si *sentInfo, h hit) (mention, bool) {
	fw := &ac.l.fw
	p := -1
	for k := h.start - 1; k >= 0 && k >= h.start-4; k-- {
		if si.toks[k].punct || si.entAt[k] >= 0 {
			break
		}
		t := si.tokText(k)
		if fw.copulas[t] || fw.negations[t] || fw.auxiliaries[t] != 0 || fw.modalAuxiliaries[t] {
			p = k
		}
	}
	if p < 0 {
		return mention{}, false
	}
	from := ac.contentStart(si, h.start)
	if from >= p || si.boundaryIn(from, p) || punctIn(si, from, p) {
		return mention{}, false
	}
	k := si.firstMentionFrom(from)
	if k >= len(si.ents) {
		return mention{}, false
	}
	m0 := si.ents[k]
	if !isForce(m0) || m0.start-from > 4 || p-m0.end < 3 || !ac.opensSubject(si, from, m0) {
		return mention{}, false
	}
	for j := from; j < p; j++ {
		if si.startsAt(catAttrVerb, j) {
			return mention{}, false
		}
	}
	for _, c := range ac.cuesOf(si, refWithdrawal) {
		if c.start >= from && c.start < p {
			return mention{}, false
		}
	}
	return m0, true
}
