package claims

// termActionObject: the monitoring word's object, right after it or its article, definite or
// indefinite, is a term's action ("Monitoring the release of detainees is a matter for the
// ICRC", "the ICRC would oversee an exchange of prisoners", "مراقبة تسليم الأسرى"): it watches
// that exchange or handover, not the truce. Not the truce noun itself ("مراقبة وقف إطلاق النار").
// An object preposition may stand between («سيشرفون على السداد», the supervising verb's
// object: the payment), and, where the verb may come first, its named subject («وستشرف البعثة
// الأممية على السداد»).
func (ac *articleContext) termActionObject(si *sentInfo, end int) bool {
	k := end
	if m, ok := si.mentionAt(k); ok && !ac.l.lex.Grammar.SubjectBeforeVerb {
		k = m.end
	}
	if k < len(si.toks) && si.tokIn(k, classObjectPreposition, ac.l.fw.objectPrepositions) {
		k++
	}
	if w := si.tokText(k); k < len(si.toks) && (ac.l.fw.definiteArticles[w] || ac.l.fw.indefiniteArticles[w]) {
		k++
	}
	return k < len(si.toks) && !si.startsAt(catCeasefire, k) && !si.toks[k].punct && ac.termActionAt(si, k)
}
