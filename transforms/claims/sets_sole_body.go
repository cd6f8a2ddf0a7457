package claims

// soleBodyAfter: a copula right after the list opens a predicate noun that an "only" word
// qualifies ("فريق المراقبة الأممي هو الجهة الوحيدة المخولة بالتحقق", "the UN team is the sole
// body"): the only word, up to three words on, makes the list exhaustive (onlyNearList).
func (ac *articleContext) soleBodyAfter(si *sentInfo, to int) bool {
	return to < len(si.toks) && (si.tokIn(to, classCopula, ac.l.fw.copulas) || si.tokIn(to, classSubjectPronoun, ac.l.fw.subjectPronouns))
}

// complementizerIn: a complementizer (أن, that) in [from, to) opens another clause: a copula
// after it is that clause's ("رصد الخروقات، مؤكداً أن حق الرد يبقى مكفولاً للأجهزة الأمنية").
func (ac *articleContext) complementizerIn(si *sentInfo, from, to int) bool {
	for k := max(from, 0); k < to && k < len(si.toks); k++ {
		if si.tokIn(k, classComplementizer, ac.l.fw.complementizers) {
			return true
		}
	}
	return false
}
