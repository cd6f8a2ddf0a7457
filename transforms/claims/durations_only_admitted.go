package claims

// onlyAdmittedSpan: the span at pos is the only one a side admits: an exception word (lexicon
// except_only: إلا, سوى) glued to the span's preposition right before it, after a negation of its
// clause ("لا تعترف القيادة المشتركة لأمبازونيا إلا بثلاثين يوماً", "يقول الجيش الوطني إنه لم
// يلتزم إلا بثلاثة أيام": it recognizes, it committed to, only that). Negation and exception
// make one restriction, no denial: the side's own account of the length. Between the negation
// and the exception word stand only the verb and, maybe, its subject: a side named (the agent),
// else, after the speaker's pronoun ("إنه", "إنها"), the clause's speaker says it (agent "").
// It returns the negation's position (where the account starts), the agent and whether found.
func (ac *articleContext) onlyAdmittedSpan(si *sentInfo, pos int) (int, string, bool) {
	for _, x := range hitsStartingIn(si.hitsOf(catExceptOnly), pos-2, pos-1) {
		if x.end != pos || si.trap[x.start] {
			continue
		}
		for k := x.start - 1; k >= 0 && k >= x.start-6 && !si.boundary[k]; k-- {
			if n, ok := si.hitAt(catNegation, k); !ok || n.start != k || si.trap[k] {
				continue
			}
			// Only the verb and its named subject stand between: "لم تستغرق المفاوضات إلا
			// ثلاثة أيام" is the talks' span, "لم يصمد الهدوء إلا يومين" the calm's.
			if x.start == k+2 {
				// The subject left in the verb is the speaker's only after its own pronoun ("إنه
				// لم يلتزم إلا بثلاثة أيام"); else the verb may have none ("ولم يُسمح إلا بثلاث
				// ساعات لإدخال المساعدات": a window allowed, no side's account).
				if k > 0 && ac.pronounOrCarrier(si.tokText(k-1)) {
					return k, "", true
				}
				return -1, "", false
			}
			if j := si.mentionsEndingBy(x.start) - 1; j >= 0 && si.ents[j].end == x.start && si.ents[j].start == k+2 && ac.speakingMention(si.ents[j]) {
				return k, si.ents[j].e.ID, true
			}
			return -1, "", false
		}
	}
	return -1, "", false
}
