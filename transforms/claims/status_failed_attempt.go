package claims

// failedAttemptBefore: a lexicon phrase of failure ends right before the agreeing cue at h
// ("failed to agree a truce", "فشلوا في التوصل إلى هدنة", "أخفق الطرفان في الاتفاق"): the attempt
// came to nothing, no agreement. Often an earlier round, so no state of this truce either.
// Where the verb comes first (Arabic) its subject may stand between it and its "في" ("فشل
// الجيش والدعم السريع في التوصل"): the failing verb is looked for within six words before the
// complement word in its clause; where the subject comes first, right before it.
func (ac *articleContext) failedAttemptBefore(si *sentInfo, h hit) bool {
	fw := &ac.l.fw
	if len(fw.failedAttempts) == 0 || h.start < 2 {
		return false
	}
	if w := si.toks[h.start-1].w; w != nil && w.classes&classFailedAttemptEnd == 0 {
		return false // no phrase of failedAttempts ends with the complement word
	}
	comp := si.tokText(h.start - 1)
	reach := 7
	if ac.l.lex.Grammar.SubjectBeforeVerb {
		reach = 2
	}
	for j := h.start - 2; j >= 0 && j > h.start-1-reach; j-- {
		if si.boundary[j] {
			return false
		}
		w := fw.withoutConjunction(si.tokText(j))
		if fw.failedAttempts[si.tokText(j)+" "+comp] || fw.failedAttempts[w+" "+comp] {
			return true
		}
	}
	return false
}
