package claims

// An error word is background when it retracts an earlier report ("An earlier version wrongly
// said the truce lasts 60 days", "ورد خطأً أن"): the sentence restates what is withdrawn. Next
// to an accusing verb it qualifies the accusation instead ("Hamas said Israel wrongly accused
// it of violating the truce, which provides for ...", "اتهمتها بالخطأ بخرق الهدنة"): what is
// wrong is the charge of a deed, and the rest of the sentence is read as any other.

// errorOnAccusation: background hit h is an error word (also a retraction cue) whose verb is
// an accusing verb (lexicon accusing_verbs): right after it ("wrongly accused", "had been
// wrongly blamed"), or right before it, across an object pronoun ("accused it wrongly",
// "اتهمتها بالخطأ", the pronoun a clitic of the verb).
func errorOnAccusation(si *sentInfo, fw *functionWords, h hit) bool {
	if len(fw.accusingVerbs) == 0 || !retractionSpan(si, h) {
		return false
	}
	accusing := func(k int) bool {
		if k < 0 || k >= len(si.toks) {
			return false
		}
		for _, v := range si.toks[k].variants() {
			if fw.accusingVerbs[v] {
				return true
			}
		}
		return false
	}
	k := h.start - 1
	if fw.objectPronouns[si.tokText(k)] {
		k--
	}
	return accusing(h.end) || accusing(k)
}

// retractionSpan: a retraction cue covers exactly the span of hit h.
func retractionSpan(si *sentInfo, h hit) bool {
	for _, r := range si.hitsOfAt(catRetraction, h.start) {
		if r.end == h.end {
			return true
		}
	}
	return false
}
