package claims

// talksPostponedFrom: a postponement word (lexicon postponement_words: أُرجئت, تأجّلت, postponed)
// follows the date ending at end, at most ten tokens after it in its clause: "جلسة الصلح ... التي
// كان مقرراً عقدها ... غداً الجمعة، أُرجئت إلى موعد يُحدَّد لاحقاً", "the session set for Friday was
// postponed". The date is the one the talks no longer keep; a date after the word ("postponed
// to Friday") is the new one and is not looked at here.
func (ac *articleContext) talksPostponedFrom(si *sentInfo, end int) bool {
	fw := &ac.l.fw
	if len(fw.postponementWords) == 0 {
		return false
	}
	for k := end; k < len(si.toks) && k < end+10 && !si.boundary[k]; k++ {
		// "opened on Monday and agreed that the swap would be postponed": another clause,
		// another subject.
		if fw.complementizers[si.tokText(k)] || fw.coordinators[si.tokText(k)] {
			return false
		}
		if fw.postponementAt(si, k) {
			return true
		}
	}
	return false
}

// postponementAt: the word at k, in one of the forms the matcher compares (its variants), is a
// postponement word (lexicon postponement_words).
func (fw *functionWords) postponementAt(si *sentInfo, k int) bool {
	for _, v := range si.toks[k].variants() {
		if fw.postponementWords[v] {
			return true
		}
	}
	return false
}
