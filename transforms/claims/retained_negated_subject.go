package claims

// negatedSubjectBefore: the right's clause is negated through its subject, further back than a
// negation right before the cue reaches: a negative quantifier subject ("No one keeps a right to
// retaliate", "No side will be allowed to retaliate", "Neither side may hit back") or a negated
// modal with an "any" phrase for who is entitled («لا يحق لأي طرف الرد على أي خرق», «لا يحق لأي من
// الطرفين الرد»). The negation reaches the cue within eight tokens of its clause when no other
// clause opens in between: no punctuation but quotes, no coordinator, complementizer, subject
// pronoun, verb of saying, named subject or closing quotation ("no attack would go unanswered and
// they keep the right to retaliate", "did not say that the army keeps the right", «"لم توقّع أي
// اتفاق"، وأنها أوقفت الرد»), and no owner of the right other than the subject ("Nothing in this
// arrangement limits our right to defend": the negation is the limiting's, the right is kept).
func (ac *articleContext) negatedSubjectBefore(si *sentInfo, pos int) bool {
	fw := &ac.l.fw
	// "لا أحد يمنع قواتها من «الرد بالقوة»", "nothing stops us from retaliating": a right after
	// "from" is kept from another verb's object, which the negation is of.
	p := pos - 1
	if p >= 0 && isQuote(si.tokText(p)) {
		p--
	}
	if fw.departurePrepositions[si.tokText(p)] {
		return false
	}
	for k := pos - 1; k >= 0 && k >= pos-8; k-- {
		if si.boundary[k] {
			return false
		}
		if si.startsAt(catNegation, k) && !si.trap[k] {
			return true
		}
		t := si.tokText(k)
		// «ولن يبقى أي هجوم دون رد، وللقوات حق الرد»: past a comma or a semicolon another
		// clause speaks (its coordinator may be glued to the next word).
		if si.toks[k].punct && !isQuote(t) {
			return false
		}
		if isQuote(t) && k < pos-1 || fw.possessiveDeterminers[t] || fw.firstPersonPlural[t] {
			return false
		}
		if fw.coordinators[t] || si.tokIn(k, classComplementizer, fw.complementizers) || si.tokIn(k, classSubjectPronoun, fw.subjectPronouns) || si.startsAt(catAttrVerb, k) {
			return false
		}
		if m, ok := si.mentionAt(k); ok && !m.context {
			return false
		}
	}
	return false
}
