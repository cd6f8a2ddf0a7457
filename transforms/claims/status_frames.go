package claims

// nameRightAfter: a name (a gazetteer mention) starts at token k: the verb before it takes it
// for its object ("reached Agok"), so the verb is no passive participle.
func (ac *articleContext) nameRightAfter(si *sentInfo, k int) bool {
	_, ok := si.mentionAt(k)
	return ok
}

// appositiveSubjectBefore: the status cue h follows an appositive set off by commas right
// after a ceasefire or agreement noun, maybe with a copula or auxiliary between the closing
// comma and the cue: "The deal, a purely local one confined to the front lines, was hammered
// out overnight". The noun is the cue's subject however long the appositive is (up to 20
// tokens, no verb of saying, no other comma in it; a hyphen inside a name, "Dar al-Fatwa", is
// no punctuation of the sentence).
func (ac *articleContext) appositiveSubjectBefore(si *sentInfo, h hit) bool {
	k := h.start - 1
	fw := &ac.l.fw
	for k >= 0 && k >= h.start-3 && (si.tokIn(k, classCopula, fw.copulas) || fw.auxAt(si, k) != 0 || fw.perfectAuxiliaries[si.tokText(k)]) {
		k--
	}
	if k < 1 || !isComma(si.tokText(k)) {
		return false
	}
	close := k
	for k = close - 1; k > 0 && k >= close-20; k-- {
		if si.toks[k].punct && !isComma(si.tokText(k)) && !joiningDash(si, k) || si.startsAt(catAttrVerb, k) {
			return false
		}
		if isComma(si.tokText(k)) {
			break
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
	for _, a := range hitsStartingIn(si.hitsOf(catAgreement), k-ac.l.longest, k) {
		if a.end == k && ac.ceasefire && !ac.insideTalks(si, a) {
			return true
		}
	}
	return false
}

// provisionObjectAfter: what the agreeing verb h governs is a provision, not the truce: a
// handover, release, withdrawal or aid cue starts within three tokens after it, the first of
// them a preposition or "to", with no ceasefire noun between ("اتفقا على تسليم جثامين القتلى",
// "agreed to release the detainees"): the sentence is about that term; the truce itself is not
// what it asserts ("الاتفاق الذي وقعه الطرفان على انسحاب" has the subject first: ينص governs the
// withdrawal).
func (ac *articleContext) provisionObjectAfter(si *sentInfo, h hit) bool {
	for _, ref := range [...]topicRef{refExchange, refHumanitarian, refWithdrawal} {
		for _, c := range ac.cuesOf(si, ref) {
			if c.start >= h.end && c.start-h.end <= 3 && (ac.onlyPrepositions(si, h.end, h.end+1) && c.start > h.end || ac.objectGap(si, h.end, c.start)) && !ac.ceasefireNounWithin(si, h.end, c.start-h.end) && !ac.truceCoordinatedAfter(si, c.end) {
				return true
			}
		}
	}
	return false
}

// objectGap: what stands between a cue ending at from and its object at to is only quote
// marks, articles and prepositions, or nothing ("اقترحت تبادل الأسرى", "قواته «اقترحت» تبادل
// الأسرى", "had \"proposed\" a prisoner exchange"): the object is the cue's own.
func (ac *articleContext) objectGap(si *sentInfo, from, to int) bool {
	fw := &ac.l.fw
	for k := from; k < to; k++ {
		t := si.tokText(k)
		if si.toks[k].punct && isQuote(t) || fw.definiteArticles[t] || fw.indefiniteArticles[t] {
			continue
		}
		if !ac.onlyPrepositions(si, k, k+1) {
			return false
		}
	}
	return true
}

// onlyPrepositions: every token in [from, to) is a preposition, an object preposition or an
// infinitive marker ("على", "to").
func (ac *articleContext) onlyPrepositions(si *sentInfo, from, to int) bool {
	fw := &ac.l.fw
	for k := from; k < to; k++ {
		t := si.tokText(k)
		if !si.tokIn(k, classPreposition, fw.prepositions) && !fw.objectPrepositions[t] && !fw.infinitiveMarkers[t] {
			return false
		}
	}
	return true
}

// truceCoordinatedAfter: a ceasefire noun later in the clause from pos is another object of the
// same agreeing verb ("agreed to release the detainees and to a ceasefire starting Sunday",
// "اتفقا على تسليم الجثامين ووقف إطلاق النار"); one dated by a time lead ("the detainees held
// since the ceasefire") is not.
func (ac *articleContext) truceCoordinatedAfter(si *sentInfo, pos int) bool {
	end := clauseEnd(si, pos)
	for _, n := range hitsStartingIn(si.hitsOf(catCeasefire), pos, end-1) {
		if !si.boundaryIn(pos, n.start) && ac.coordinatorIn(si, pos, n.start) && !timeLeadBefore(ac.l, si, n.start) {
			return true
		}
	}
	return false
}

// joiningDash: the token at k is a dash joining the two words around it ("al-Fatwa").
func joiningDash(si *sentInfo, k int) bool {
	return k > 0 && k+1 < len(si.toks) && isDash(si.tokText(k)) && !si.toks[k-1].punct && !si.toks[k+1].punct
}
