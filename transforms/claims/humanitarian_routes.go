package claims

// routeOpened: the opening word h (cue object "route": "فتح", "reopen", "reopening of") has a
// way in or out as its object (lexicon route_nouns: "فتح الطريق القومي والميناء", "the
// reopening of the Port Sudan-Atbara highway"): at most six words after it, in its clause,
// before any locating or placing preposition ("فتح النار على الطريق" opens fire, "reopened
// schools in the port" opens schools). Opening a road or a port under a truce is access for
// people and aid, as a corridor is; "reopen talks" opens nothing of the kind.
//
// Nor is a route noun past what ends the opening's object: a topic preposition ("فتح تحقيقاً
// بشأن تفجير الجسر" opens an inquiry; right after the cue it leads the object: "رفع الإغلاق عن
// الطريق"), a goal preposition ("فتح النيران باتجاه الطريق" opens fire), a closing word ("اتهم
// المتحدث باسم فتح إسرائيل بإغلاق المعابر": Fatah's name, and the crossings are closed) or a
// fighting word. A road opened to peace, talks or a truce is a figure ("تفتح الطريق أمام
// مفاوضات سياسية", "open the road to a political settlement"): roadToGoal.
func (ac *articleContext) routeOpened(si *sentInfo, h hit) bool {
	k := ac.routeNounAfter(si, h)
	return k >= 0 && !ac.roadToGoal(si, k)
}

// routeNounAfter is the position of the route noun that is the opening word h's object (see
// routeOpened), or -1 when none is.
func (ac *articleContext) routeNounAfter(si *sentInfo, h hit) int {
	fw := &ac.l.fw
	for k := h.end; k < len(si.toks) && k < h.end+6; k++ {
		if si.boundaryIn(h.end, k+1) {
			return -1
		}
		for _, v := range si.toks[k].variants() {
			if fw.routeNouns[v] {
				return k
			}
			// "رفع الإغلاق عن الطريق": right after the cue, a topic preposition leads its object.
			if fw.locatingPrepositions[v] || fw.placingPrepositions[v] || fw.topicPrepositions[v] && k > h.end || fw.goalPrepositions[v] || fw.closingWords[v] || fw.fightingWords[v] {
				return -1
			}
		}
	}
	return -1
}

// routeOpeningDenied: the opening's object, the route noun and the words naming it, is the
// subject of a negated predicate ("رفع الحصار عن الطريق السريع الوطني رقم 2 ليس جزءاً من
// الاتفاق", "Reopening the Hawban road is not part of the deal"): the predicate is read from
// the route noun, as it is from the cue for other slots, for the object may run longer. Not
// past a comma: "the Hawban road, which was never part of the old truce" describes the road.
func (ac *articleContext) routeOpeningDenied(si *sentInfo, h hit) bool {
	k := ac.routeNounAfter(si, h)
	if k < 0 {
		return false
	}
	p, ok := negatedPredicateAt(si, k+1, 5)
	return ok && !commaIn(si, k+1, p) && ac.negatedPredicateOfCue(si, k+1, 5)
}

// roadToGoal: the route noun at k, past any route nouns coordinated with it, is followed by a
// goal preposition ("to", "أمام", "نحو") and, within three words, by a talks, agreement or
// truce noun or a goal a road leads to only as a figure (lexicon road_goals: "peace",
// "الحوار"): "the truce opens the road to peace talks". A road opened to aid convoys, to
// civilians or to a town stays a road.
func (ac *articleContext) roadToGoal(si *sentInfo, k int) bool {
	fw := &ac.l.fw
	j := k + 1
	for j < len(si.toks) && !fw.goalPrepositions[si.tokText(j)] && !fw.placingPrepositions[si.tokText(j)] {
		if j > k+2 || si.toks[j].punct {
			return false // "the road between X and Y", "the road, which"
		}
		j++
	}
	if j >= len(si.toks) {
		return false
	}
	for g := j + 1; g < len(si.toks) && g <= j+3 && !si.toks[g].punct; g++ {
		if si.startsAt(catTalks, g) || si.startsAt(catAgreement, g) || si.startsAt(catCeasefire, g) {
			return true
		}
		for _, v := range si.toks[g].variants() {
			if fw.roadGoals[v] {
				return true
			}
		}
	}
	return false
}

// obligedBefore: an obligation word (lexicon obligation_words: "bound", "obliged", "ملزم")
// stands at most four words before pos in its clause ("The councils are therefore bound to end
// their blockade of the port"): the opening is what someone is held to, a term, though the
// agreement is named only in the sentence before.
func (ac *articleContext) obligedBefore(si *sentInfo, pos int) bool {
	for k := pos - 1; k >= 0 && k >= pos-4 && !si.boundaryIn(k, pos); k-- {
		if ac.l.fw.obligationWords[si.tokText(k)] {
			return true
		}
	}
	return false
}

// routeInProvision: the opening word h stands in a provision's frame: the sentence names the
// truce or the agreement ("the deal provides for the reopening of the highway"), an inclusion
// verb governs it ("يشمل رفع الإغلاق عن الطريق"), it is part of what was agreed, or someone is
// bound to it. Not a status verb alone ("أعلنت مصلحة الطيران المدني إعادة فتح المطار" announces
// a reopening, no term), nor the agreement of the sentence before ("returned to their villages
// after the road was opened"), nor a truce named only in a time clause before it (see
// truceOnlyInTimeClause).
func (ac *articleContext) routeInProvision(si *sentInfo, h hit, partOfAgreed bool) bool {
	if partOfAgreed || ac.ceasefireContext(si) && !ac.truceOnlyInTimeClause(si, h.start) || ac.obligedBefore(si, h.start) {
		return true
	}
	_, governed := ac.governingInclusion(si, h.start)
	return governed
}

// routeOpenedFor: another humanitarian cue follows the opening word h within ten words in its
// clause ("فتح الطريق أمام سيارات الإسعاف لنقل الجرحى", "reopen the road to aid convoys"): the
// road is opened for it, and that cue names the slot (an evacuation, or aid access by itself).
func (ac *articleContext) routeOpenedFor(si *sentInfo, cues []hit, h hit) bool {
	for _, c := range cues {
		if c.start >= h.end && c.start <= h.end+10 && !si.boundaryIn(h.end, c.start) && ac.l.topicCue[c.idx].Object != "route" {
			return true
		}
	}
	return false
}
