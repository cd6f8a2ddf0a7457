package claims

// breachReferral: the cue at h is a referral word (lexicon object "breach_referral": referred to,
// taken up by, يُحال إلى, يحيلها إلى) with a breach word (lexicon breach_words) a few words before
// it in its clause ("violations must be referred to the commission", "أي خرق يُحال إلى اللجنة", "حق
// الرد على الخروقات، بل يحيلها إلى اللجنة"), or right after it where verbs precede their subjects
// ("تُحال الخروقات إلى مجموعة المراقبة"): the body breaches go to watches the truce. A case, a
// dispute or a file referred elsewhere ("the case was referred to the ICC") names no monitor; nor
// does a breach word after an English referral, which is what a statement refers to ("referred to
// violations by Israel").
func (ac *articleContext) breachReferral(si *sentInfo, h hit) bool {
	fw := &ac.l.fw
	// A breach word, not any fighting word: "civilians wounded in the shelling were referred to
	// the Red Cross" names no monitor.
	breach := func(k int) bool {
		return fw.breachWords[si.tokText(k)] || fw.breachWords[fw.withoutConjunction(si.tokText(k))]
	}
	for k := h.start; k < h.end; k++ {
		if breach(k) {
			return true // "violations go to", a cue holding its breach word
		}
	}
	for k := h.start - 1; k >= 0 && k >= h.start-4; k-- {
		t := &si.toks[k]
		// «وأن الخروقات «تُرفع إلى اللجنة المشتركة»»: a quotation opening between the breach word
		// and the referral is no clause break.
		if si.boundary[k] || t.punct && !isComma(t.text) && !isQuote(t.text) {
			break
		}
		if breach(k) {
			return true
		}
	}
	return !ac.l.lex.Grammar.SubjectBeforeVerb && h.end < len(si.toks) && breach(h.end)
}
