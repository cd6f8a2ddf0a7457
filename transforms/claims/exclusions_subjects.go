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
	p := fw.beforePredicateLead(si, h.start) // the pronoun: "it is not bound"
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
	// "JNIM, the al Qaeda affiliate, said in a statement that it "is not concerned"", «أكد حزب
	// الله في بيان اليوم أنه معني بالهدنة»: an apposition or an insert stands between the sayer
	// and the content the pronoun opens; the pronoun is still the one the content is said by.
	if cs := ac.contentStart(si, h.start); cs == p || cs == p+1 && fw.complementizers[w] {
		if sp := ac.speakerAt(si.idx, h.start); sp != nil {
			return mention{start: p, end: p + 1, e: sp}, true
		}
	}
	return mention{}, false
}

// beforePredicateLead is the token before the predicate at pos once its lead is passed: its
// negation, copula, linking verb and indefinite article ("it is not bound", "They are not a
// party to"), and a quotation mark opening a quoted predicate ("that it "is not concerned"",
// «أنه "معني بالهدنة"»), at most five words back; a pronoun subject stands there.
func (fw *functionWords) beforePredicateLead(si *sentInfo, pos int) int {
	k := pos - 1
	for ; k >= 0 && k >= pos-5; k-- {
		w := si.tokText(k)
		if !fw.negations[w] && !fw.copulas[w] && !fw.linkingVerbs[w] && !fw.indefiniteArticles[w] && !isQuote(w) {
			break
		}
	}
	return k
}

// withoutPlaces keeps the groups of a list of subjects, dropping its places.
func withoutPlaces(ms []mention) []mention {
	out := ms[:0:0]
	for _, m := range ms {
		if m.e.Type != "city" && m.e.Type != "region" && m.e.Type != "country" {
			out = append(out, m)
		}
	}
	return out
}

// onlyOverList: an "only" word restricts the coverage cue h to the list subs: it stands between
// the cue and the list ("applies only to X and Y"), right after a list that follows the cue
// ("applies to X and Y only", "covers X and Y, and nowhere else") or right before a list that
// precedes the cue
// ("only X and Y are"); an "only" elsewhere in the clause restricts something else ("الاتفاق
// الذي تم التوصل إليه بجهود يونامي حصراً يشمل ...": reached through UNAMI alone).
func onlyOverList(si *sentInfo, h hit, subs []mention) bool {
	if len(subs) == 0 {
		return false
	}
	first, last := subs[0].start, subs[0].end
	for _, m := range subs[1:] {
		first, last = min(first, m.start), max(last, m.end)
	}
	if first >= h.end {
		// Inside a cue of two words too: "applies only to".
		// Or right after the list: "applies to the Red Sea, the Bab al-Mandab and the Gulf of
		// Aden only", "covers Datu Saudi Ampatuan, Shariff Aguak and the SPMS box, and nowhere
		// else".
		return len(hitsStartingIn(si.hitsOf(catOnly), h.start+1, first-1)) > 0 || onlyAfterList(si, last)
	}
	return len(hitsStartingIn(si.hitsOf(catOnly), first-2, first-1)) > 0
}

// onlyAfterList: an "only" word closes the list ending at last, past a comma or a few words of
// the last member's own ("the Sool front lines only", "the Jenin camp and its immediate
// surroundings only"), no other name or other punctuation between.
func onlyAfterList(si *sentInfo, last int) bool {
	for k := last; k < last+6 && k < len(si.toks); k++ {
		if si.startsAt(catOnly, k) && !si.trap[k] {
			return true
		}
		if _, ok := si.mentionAt(k); ok || si.toks[k].punct && (k > last || !isComma(si.toks[k].text)) {
			return false
		}
	}
	return false
}
