package claims

// deniedAfterSubject: the cue at pos is in the content clause of a denial whose subject stands
// between the denial verb and the that-word ("ونفى المجلس الرئاسي الانتقالي أن تكون الولايات
// المتحدة أو بعثة "بينوه" قد توسطتا في الاتفاق"): the that-word follows the denial within a
// few words (its subject, no verb of saying or punctuation in it), and the cue follows the
// that-word within a clause's reach, with no sentence boundary and no new verb of saying
// between. deniedClauseWithin counts from the denial verb, so a long subject and a list of
// names put the cue out of its reach.
func (ac *articleContext) deniedAfterSubject(si *sentInfo, pos int) bool {
	for _, d := range hitsStartingIn(si.hitsOf(catDenial), pos-24, pos-1) {
		if si.boundaryIn(d.end, pos) {
			continue
		}
		for c := d.end; c < pos && c <= d.end+5; c++ {
			if si.toks[c].punct {
				break // "denied it, saying that": another clause
			}
			if si.startsAt(catAttrVerb, c) {
				break // "نفى ... وأكد أن": the that-clause is another verb's
			}
			if si.tokIn(c, classComplementizer, ac.l.fw.complementizers) {
				// "denied that ..., saying that Qatar mediated": a verb of saying after the
				// that-word opens a report of its own, as deniedClauseWithin reads it.
				if pos-c <= 12 && !sayingVerbIn(si, c+1, pos-1) {
					return true
				}
				break
			}
		}
	}
	return false
}

// sayingVerbIn: a verb of saying starts in [from, to] outside a name ("saying that", «مؤكداً
// أن»; not a name spelled as one, «بعثة "بينوه"», BINUH beside بيّنوه, "they explained it").
func sayingVerbIn(si *sentInfo, from, to int) bool {
	for _, v := range hitsStartingIn(si.hitsOf(catAttrVerb), from, to) {
		if !inName(si, v.start) {
			return true
		}
	}
	return false
}
