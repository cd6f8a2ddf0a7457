package claims

// aidActorReaches: an arrival word (وصول, الوصول; lexicon object "actor_reach") names aid
// access when who arrives is an aid body or an aid team: right after "وصول" ("يكفل وصول
// الوكالات الإنسانية دون عوائق", "تسهيل وصول المنظمات الإنسانية إلى النازحين", "تأمين وصول
// الوكالة إلى منشآتها"), or right before "الوصول", after the ل of its verb ("يتيح للهيئات
// الإغاثية الوصول إلى البلدات المنكوبة", "بات بإمكان الفرق الإنسانية الوصول إلى القرى"). An aid
// body is a noun of the lexicon aid_actor_nouns (agencies, organisations, relief bodies,
// workers); a team noun (staff_nouns) is an aid team only with an aid adjective after it
// (aid_adjectives: "الفرق الإنسانية", "فرق الإغاثة"), so "وصول المراقبين" and "وصول فرق الجيش" are
// no aid. "الوصول إلى اتفاق" has nobody arriving. Whether the arrival is a term (a blockade, a
// call, a report of what arrived) is left to the checks every slot cue passes.
func (ac *articleContext) aidActorReaches(si *sentInfo, h hit) bool {
	if h.end-h.start != 1 {
		return false
	}
	if ac.l.fw.hasArticle(si.tokText(h.start)) {
		// "الوصول": the actor ends right before it, its adjective last.
		k := h.start - 1
		if k >= 0 && ac.aidAdjectiveAt(si, k) {
			return ac.aidBodyAt(si, k-1) || ac.staffNounAt(si, k-1)
		}
		return ac.aidBodyAt(si, k)
	}
	// "وصول": the actor right after it.
	k := h.end
	return ac.aidBodyAt(si, k) || ac.staffNounAt(si, k) && ac.aidAdjectiveAt(si, k+1)
}

// aidBodyAt: token k, a clitic stripped, is an aid body noun (lexicon aid_actor_nouns).
func (ac *articleContext) aidBodyAt(si *sentInfo, k int) bool {
	return ac.tokenVariantIn(si, k, ac.l.fw.aidActorNouns)
}

// staffNounAt: token k, a clitic stripped, is a team noun (lexicon staff_nouns).
func (ac *articleContext) staffNounAt(si *sentInfo, k int) bool {
	return ac.tokenVariantIn(si, k, ac.l.fw.staffNouns)
}

// aidAdjectiveAt: token k is an aid adjective (lexicon aid_adjectives).
func (ac *articleContext) aidAdjectiveAt(si *sentInfo, k int) bool {
	return ac.tokenVariantIn(si, k, ac.l.fw.aidAdjectives)
}

// tokenVariantIn: one of the forms of token k (the word as written, clitics stripped) is in set.
func (ac *articleContext) tokenVariantIn(si *sentInfo, k int, set map[string]bool) bool {
	if k < 0 || k >= len(si.toks) || si.toks[k].punct {
		return false
	}
	for _, v := range si.toks[k].variants() {
		if set[v] {
			return true
		}
	}
	return false
}
