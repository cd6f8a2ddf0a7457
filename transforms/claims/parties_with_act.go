package claims

// withOfSpeakersAct: the speaker's truce "with" a side names the speaker as the other side when
// the sentence tells the speaker's own act on it: a verb of agreeing, signing, reaching,
// accepting or extending (a status cue) before "with" ("agreed with Ankara on a ceasefire",
// "التوصل إلى اتفاق لوقف إطلاق النار مع جماعة الحوثي", "extended their ceasefire with the
// government", "the peace accord it signed with the armed groups"), or a bilateral word on the
// truce right before it ("وقف إطلاق النار الثنائي مع حكومة ..."). The truce "with X" named only
// as the subject or object of another predicate ("The ceasefire with Iran came into force, the
// IDF said", "أن وقف إطلاق النار مع باكستان دخل حيز التنفيذ", "the ceasefire with Syria covers",
// "guarantor of the ceasefire with Iran") refers to it; nor does a participle reduced onto the
// truce noun ("the ceasefire agreed with Iran last week includes").
func (ac *articleContext) withOfSpeakersAct(si *sentInfo, h hit) bool {
	for k := h.start - 1; k >= 0 && k >= h.start-2; k-- {
		if ac.l.fw.bilateralWords[si.tokText(k)] && ac.nounNear(si, si.hitsOf(catCeasefire), k, 1) {
			return true // not "under a bilateral agreement with the government"
		}
	}
	for _, c := range ac.cuesOf(si, refStatus) {
		if c.end > h.start || h.start-c.end > 10 || si.boundaryIn(c.end, h.start) || ac.complementizerIn(si, c.end, h.start) {
			continue // "أعلنت الجبهة أن وقف إطلاق النار مع X دخل حيز التنفيذ": what is announced
		}
		if c.end == h.start && ac.truceNounEndsAt(si, c.start) {
			continue // "the ceasefire signed with the Junta": a participle on the noun
		}
		return true
	}
	return false
}
