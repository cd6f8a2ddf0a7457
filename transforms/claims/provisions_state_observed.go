package claims

// stateObserved: the provision cue h is the subject of a state that lasts as it is (lexicon
// still_words: remains, still, «لا يزال»), told in the indicative: "Medical evacuations from
// Kadugli remain pending", "Humanitarian flights to Bardai remain suspended", "Access to Sadr City
// remains unimpeded", "access to the SPMS box is still patchy", «لا يزال ملف الأسرى أكثر البنود
// غموضاً». That is the situation on the ground or in the file, as observedNone and aidArrived
// say of what was seen, no term of the deal. A modal or an infinitive before the state word
// ("the crossing will remain open", "is to remain open") states a term or a forecast, and so
// does the truce or the agreement named after it in its clause ("remain open under the
// agreement", "remains part of the deal").
func (ac *articleContext) stateObserved(si *sentInfo, h hit) bool {
	fw := &ac.l.fw
	if len(fw.stillWords) == 0 {
		return false
	}
	// "a fourth captive still held is to be freed within hours", «أن يُفرج عن مخطوف رابع ما
	// زال محتجزاً»: the object of a release describes the captives, it reports no state of the
	// term.
	if ac.termActionBefore(si, h.start, 4) {
		return false
	}
	at := -1
	// The state word before the cue, verb first: «لا يزال ملف الأسرى».
	for j := h.start - 1; j >= 0 && j >= h.start-4 && at < 0; j-- {
		if si.boundary[j] || isComma(si.tokText(j)) {
			break
		}
		if n := ac.stillWordAt(si, j); n > 0 && j+n <= h.start {
			at = j + n
		}
	}
	// The state word after the cue, subject first: "evacuations remain pending".
	for j := h.end; j < len(si.toks) && j <= h.end+6 && at < 0; j++ {
		if si.boundary[j] || isComma(si.tokText(j)) {
			return false
		}
		// "will remain open", "is to remain open"; "access to the town" is a preposition.
		if w := si.tokText(j); fw.modalAuxiliaries[w] || fw.infinitiveMarkers[w] && ac.stillWordAt(si, j+1) > 0 {
			return false
		}
		if n := ac.stillWordAt(si, j); n > 0 {
			at = j + n
		}
	}
	if at < 0 {
		return false
	}
	for _, n := range si.nouns {
		if n.start >= at && !si.boundaryIn(at, n.start) && (n.cat == catCeasefire || n.cat == catAgreement) {
			return false
		}
	}
	return true
}

// stillWordAt is the length of the still word at token j (a conjunction glued to its first word
// stripped: «ولا تزال»), or 0. A word inside a provision's cue is none ("the return of mortal
// remains").
func (ac *articleContext) stillWordAt(si *sentInfo, j int) int {
	fw := &ac.l.fw
	if !startAt(si, j, classStillStart, fw.stillStart) {
		return 0 // no still word starts here (a cheap pre-check)
	}
	for _, ref := range [...]topicRef{refExchange, refHumanitarian} {
		for _, c := range ac.cuesOf(si, ref) {
			if c.start <= j && j < c.end {
				return 0
			}
		}
	}
	for _, p := range fw.stillWords {
		if j+len(p) > len(si.toks) || fw.withoutConjunction(si.tokText(j)) != p[0] && si.tokText(j) != p[0] {
			continue
		}
		if len(p) == 1 || tokensAt(si, j+1, p[1:]) {
			return len(p)
		}
	}
	return 0
}
