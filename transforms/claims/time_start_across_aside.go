package claims

// asideChainSubjectBefore: the start cue h follows, after a comma, a chain of one or two asides
// set off by commas right after a truce noun: "The month-long truce, mediated by Afghanistan's
// Taliban government, which hosted the talks in Kabul, began at midnight on April 30", "الهدنة،
// التي رعتها قطر في الدوحة حيث عقدت المحادثات، بدأت منتصف الليل". The truce is the verb's
// subject however the asides run (each up to 20 tokens, no verb of saying, no punctuation but
// the commas between them, no ceasefire noun of its own), so a talks noun inside them does not
// take the verb's time. appositiveSubjectBefore is the one-aside case for status cues.
func (ac *articleContext) asideChainSubjectBefore(si *sentInfo, h hit) bool {
	k := h.start - 1
	fw := &ac.l.fw
	for k >= 0 && k >= h.start-3 && (si.tokIn(k, classCopula, fw.copulas) || fw.auxAt(si, k) != 0 || fw.perfectAuxiliaries[si.tokText(k)]) {
		k--
	}
	if k < 2 || !isComma(si.tokText(k)) {
		return false
	}
	for segments := 0; segments < 2; segments++ {
		close := k
		for k = close - 1; k > 0 && k >= close-20; k-- {
			if isComma(si.tokText(k)) {
				break
			}
			if si.toks[k].punct && !joiningDash(si, k) && !isQuote(si.tokText(k)) || si.boundary[k] || si.startsAt(catAttrVerb, k) || si.startsAt(catCeasefire, k) {
				return false
			}
		}
		if k <= 0 || !isComma(si.tokText(k)) || close-k < 2 {
			return false
		}
		for _, c := range hitsStartingIn(si.hitsOf(catCeasefire), k-ac.l.longest, k) {
			if c.end == k {
				return true
			}
		}
	}
	return false
}

// truceStartAcrossAside: the time te follows a start cue right before it (at most one
// preposition between) whose subject is the truce across asides (asideChainSubjectBefore).
func (ac *articleContext) truceStartAcrossAside(si *sentInfo, te timeExpr) bool {
	for _, h := range ac.cuesOf(si, refStartTime) {
		if ac.l.topicCue[h.idx].Object == "time" || h.end > te.start || te.start-h.end > 1 {
			continue
		}
		if te.start > h.end && !ac.onlyPrepositions(si, h.end, te.start) {
			continue
		}
		if ac.asideChainSubjectBefore(si, h) {
			return true
		}
	}
	return false
}
