package claims

// aidArrived: the aid cue h is the subject of an arrival told in the past ("The first aid
// convoy since the truce, 35 trucks of sorghum, reached Agok", "About 1,400 tonnes of food aid
// reached Hodeidah on Saturday", "وصلت قافلة مساعدات إلى البلدة"): a deed seen on the ground,
// as observedNone says of aid that did not arrive, no term of the deal. A sentence that names
// the deal or the truce otherwise than as a time ("since the truce") may tell the term the
// deed carries out ("A convoy sent under the aid provisions of the agreement reached the town",
// "الاتفاق يكفل ... مشيرة إلى أن أول قافلة دخلت المنطقة"), and a frame preposition opening it
// ("Under the deal, ...") makes it one; a modal or an infinitive before the verb ("aid is to
// reach", "aid will reach") tells no deed. The verb comes first only where the grammar puts
// it there («وصلت أول قافلة»).
func (ac *articleContext) aidArrived(si *sentInfo, h hit) bool {
	return ac.deedSeen(si, h, ac.l.fw.arrivalDeeds, false)
}

// deedSeen: the cue h is the subject of a deed told in the past (lexicon words deeds), or with
// object its object too (the verb at most three words before it: "The ELN has handed over four
// hostages", "exchanged 23 bodies"), in a sentence that names no truce or deal otherwise than as
// a time and opens with no frame preposition (aidArrived, handoverSeen).
func (ac *articleContext) deedSeen(si *sentInfo, h hit, deeds map[string]bool, object bool) bool {
	fw := &ac.l.fw
	if len(deeds) == 0 || len(si.toks) == 0 || fw.framePrepositions[fw.withoutConjunction(si.tokText(0))] {
		return false
	}
	for _, n := range si.nouns {
		if (n.cat == catCeasefire || n.cat == catAgreement) && !datedBySince(si, fw, n.start) {
			return false
		}
	}
	verb := -1
	// Verb first: "وصلت قافلة مساعدات", "وصلت أول قافلة مساعدات" (two words between at most);
	// a transitive deed's object after its verb in any language ("handed over four hostages").
	for k := h.start - 1; (object || !ac.l.lex.Grammar.SubjectBeforeVerb) && k >= 0 && k >= h.start-3 && verb < 0; k-- {
		if deeds[fw.withoutConjunction(si.tokText(k))] {
			verb = k
		}
		if si.boundary[k] {
			break
		}
	}
	// Noun first, past an apposition: "aid convoy since the truce, 35 trucks of sorghum, reached".
	for j := h.end; verb < 0 && j < len(si.toks) && j <= h.end+12 && !si.boundary[j]; j++ {
		w := si.tokText(j)
		if fw.modalAuxiliaries[w] || fw.infinitiveMarkers[w] || si.startsAt(catNegation, j) {
			return false
		}
		if deeds[w] {
			verb = j
		}
	}
	return verb >= 0
}

// datedBySince: a since word ends right before k, past a definite article ("since the truce",
// "منذ الهدنة"): the noun at k dates something. (The method sinceBefore, time_rules.go, looks
// further back for a since word before a time.)
func datedBySince(si *sentInfo, fw *functionWords, k int) bool {
	if k >= 1 && fw.definiteArticles[si.tokText(k-1)] {
		k--
	}
	return k >= 1 && fw.sinceWords[si.tokText(k-1)]
}
