package claims

// One side said to be a party to the truce (parties cue object "member": "طرف", "party to"):
// "حركتي حماس والجهاد الإسلامي طرف في التفاهم", "إن القوة المشتركة «طرف أصيل في الاتفاق»", "it is a
// party to the truce in its own right", with the partners named after it ("«طرف كامل» في التفاهم
// إلى جانب X وY"). A negated or denied membership ("لم تكن طرفاً في التهدئة بل وسيطاً", "Israel
// is not a party") names no side.

// partyMember: the sides a singular party noun names: its subject right before it (past quotes,
// an indefinite article and a copula), a pronoun there standing for who speaks (a person for the
// body they speak for), and those "alongside" right after the truce noun. The truce or agreement
// noun follows the cue within four words, past a preposition (the dual "طرفا الاتفاق" is the
// copula's, partiesByCopula). nil otherwise.
func (ac *articleContext) partyMember(si *sentInfo, h hit, side func(mention) bool) []string {
	if negatedAt(si, h.start) || ac.deniedAt(si, h.start) || deniedClause(si, h.start) {
		return nil
	}
	truceEnd, cat := -1, catCeasefire
	for _, c := range [...]category{catCeasefire, catAgreement} {
		for _, n := range si.hitsOf(c) {
			if n.start > h.end && n.start-h.end <= 4 && !si.boundaryIn(h.end, n.start) && (truceEnd < 0 || n.end < truceEnd) {
				truceEnd, cat = n.end, c
			}
		}
	}
	if truceEnd < 0 {
		return nil // "a party to the conflict", "طرف في النزاع"
	}
	if cat == catAgreement && ac.agreementOnOtherMatter(si, truceEnd) {
		return nil // "طرف في اتفاق المبادئ بشأن سد النهضة": another agreement
	}
	k := h.start
	for k > 0 && (isQuote(si.tokText(k-1)) || ac.l.fw.indefiniteArticles[si.tokText(k-1)] || si.tokIn(k-1, classCopula, ac.l.fw.copulas)) {
		k--
	}
	var ms []mention
	if ac.relativeSaid(si, k-1) {
		// "عصابة «غران غريف» التي قال إنها «طرف كامل في الاتفاق»": the pronoun is the relative
		// clause's head, not who speaks. The head is left unread too: the accounts that list
		// the sides count such a member group inside its coalition ("only the police and Viv
		// Ansanm"), and read as a party of its own it would seem to oppose them.
		return nil
	}
	if k > 0 && ac.pronounOrCarrier(si.tokText(k-1)) {
		if sp := ac.bodyOf(ac.speakerAt(si.s.Index, h.start)); sp != nil && side(mention{e: sp}) {
			ms = []mention{{e: sp}}
		}
	} else if near := ac.coordinatedBackward(si, nearestGroup(collectBackward(si, k, 12, side))); len(near) > 0 && near[0].end == k {
		ms = near
	}
	if len(ms) == 0 {
		return nil
	}
	// "إلى جانب الجهاد الإسلامي وكتيبة جنين": the partners after the truce noun.
	at := truceEnd
	for at < len(si.toks) && isQuote(si.tokText(at)) {
		at++
	}
	for _, a := range si.hitsOf(catAlongside) {
		if a.start == at && !ac.l.fw.conjunctions[si.tokText(a.start)] {
			ms = append(ms, coordinatedRun(ac, si, collectForward(si, a.end, 2, side, nil))...)
		}
	}
	if ac.allBrokers(ms) && ac.brokerRoleInClause(si, h) {
		return nil // "Egypt is a party to the deal as its guarantor"
	}
	return ac.sideIDs(ms)
}

// relativeSaid: the carrier pronoun at c ("إنها") is the object of a verb of saying that opens
// a relative clause ("X التي قال إنها طرف"): it stands for the clause's head, not for who speaks.
func (ac *articleContext) relativeSaid(si *sentInfo, c int) bool {
	return c >= 2 && ac.pronounOrCarrier(si.tokText(c)) && si.startsAt(catAttrVerb, c-1) && si.startsAt(catRelPron, c-2)
}

// brokerRoleInClause: a mediation or guarantee cue, not negated, stands in the clause of the
// party cue at h. A state the gazetteer knows as a broker is then a party to the deal in that
// role ("Egypt is a party to the agreement as its guarantor"); without one it is said to be a
// side ("Turkey is a party to the ceasefire whether Ankara admits it or not", "تركيا «طرف في
// الاتفاق شاءت أم أبت»": its drones are bound).
func (ac *articleContext) brokerRoleInClause(si *sentInfo, h hit) bool {
	from, to := clauseStart(si, h.start), clauseEnd(si, h.end)
	for _, ref := range [...]topicRef{refMediators, refGuarantors} {
		for _, c := range ac.cuesOf(si, ref) {
			if c.start >= from && c.start < to && !negatedAt(si, c.start) {
				return true
			}
		}
	}
	return false
}

// agreementOnOtherMatter: the agreement noun ending at end is qualified as another agreement:
// a topic preposition follows it ("اتفاق المبادئ بشأن سد النهضة", "the agreement on the dam"),
// at once or past one noun of its own, with no truce noun in between, and no name after it.
func (ac *articleContext) agreementOnOtherMatter(si *sentInfo, end int) bool {
	for k := end; k < len(si.toks) && k <= end+1 && !si.toks[k].punct; k++ {
		if si.startsAt(catCeasefire, k) {
			return false
		}
		if _, named := si.mentionAt(k); named {
			return false // "اتفاق جدة"
		}
		if ac.l.fw.topicPrepositions[si.tokText(k)] {
			_, place := si.mentionAt(k + 1) // "الاتفاق حول الفاشر": around a place is the truce's
			return !place
		}
	}
	return false
}
