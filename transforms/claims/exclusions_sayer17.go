package claims

// sayerOfPronoun: the subject pronoun of an obligation cue h (lexicon obligation_words) opens the
// content clause of a verb of saying whose subject is named right next to it ("a pro-Damascus
// party in Jabal Mohsen says it is not bound by", "Jabhat Fatah al-Sham said that it is not
// bound by the truce", "قالت الجبهة إنها غير ملزمة"): one is bound or not oneself, so the pronoun
// stands for that subject, not for a group or place named further back. A coverage cue's pronoun
// is what is covered ("تؤكد روسيا أنها مشمولة": Sevastopol, named before).
func (ac *articleContext) sayerOfPronoun(si *sentInfo, h hit) (mention, bool) {
	fw := &ac.l.fw
	obligation := false
	for k := h.start; k < h.end; k++ {
		obligation = obligation || fw.obligationWords[si.tokText(k)]
	}
	if !obligation {
		return mention{}, false
	}
	// Back over the predicate's negation and copula to the pronoun ("it is not bound").
	p := h.start - 1
	for ; p >= 0 && p >= h.start-4; p-- {
		w := si.tokText(p)
		if !fw.negations[w] && !fw.copulas[w] && !fw.linkingVerbs[w] && !fw.indefiniteArticles[w] {
			break
		}
	}
	w := si.tokText(p)
	if !fw.subjectPronouns[w] && !(isArabicWord(w) && fw.complementizers[w] && runeLen(w) > 2) {
		return mention{}, false
	}
	end := p // where the clause of saying ends
	if fw.subjectPronouns[w] && si.tokIn(p-1, classComplementizer, fw.complementizers) {
		end = p - 1 // "said that it"
	}
	for _, v := range si.hitsOf(catAttrVerb) {
		switch {
		case v.end == end:
			// Subject, verb: "X says it".
			if k := si.mentionsEndingBy(v.start) - 1; k >= 0 && si.ents[k].end == v.start {
				return si.ents[k], true
			}
		case v.end < end:
			// Verb, subject: "يقول الحزب إنه".
			if m, ok := si.mentionAt(v.end); ok && m.end == end {
				return m, true
			}
		}
	}
	return mention{}, false
}
