package claims

// cueAfterSayingVerb: the role cue stands right after a verb of saying or calling, an article at
// most between ("ودعا الوساطة إلى التحقيق في القصف", "وقال الوسطاء إن", "urged the mediators
// to"): the cue is that verb's subject or addressee, the mediators spoken of, and a name before
// the verb belongs to an earlier clause ("بل يحيلها إلى اللجنة العسكرية المشتركة»، ودعا
// الوساطة": kadugli read the committee a mediator), so no member is read back from it. Only a
// definite noun: "تعهدت بضمان الاتفاق" and "بوصفه وسيطاً" are the verb's own complement.
func (ac *articleContext) cueAfterSayingVerb(si *sentInfo, h hit) bool {
	if !definiteNoun(si, &ac.l.fw, h) && (h.start == 0 || !ac.l.fw.definiteArticles[si.tokText(h.start-1)]) {
		return false // "تعهدت بضمان", "بوصفه وسيطاً": a verb's complement, no noun it speaks of
	}
	end := h.start
	if end > 0 && ac.l.fw.definiteArticles[si.tokText(end-1)] {
		end--
	}
	for _, a := range si.hitsOf(catAttrVerb) {
		if a.end == end {
			return true
		}
	}
	return false
}
