package claims

import (
	"slices"
	"strconv"
	"strings"

	"github.com/tanaqud/tanaqud/schemas"
)

// countNounBefore: a count noun heads the slot noun at pos: right before it ("عدد المحتجزين"),
// or before its partitive after an article ("the number of detainees"); "a number of", "عدد من"
// (some) is no count.
func (ac *articleContext) countNounBefore(si *sentInfo, pos int) bool {
	fw := &ac.l.fw
	if pos >= 1 && fw.countNouns[si.tokText(pos-1)] {
		return true
	}
	return pos >= 3 && fw.partitives[si.tokText(pos-1)] && fw.countNouns[si.tokText(pos-2)] && fw.definiteArticles[si.tokText(pos-3)]
}

// rightCueBefore: another cue of the slot ends right before h ("the right to", "بحقها في" +
// "ملاحقة"): the action is what the right is to.
func (ac *articleContext) rightCueBefore(cues []hit, h hit) bool {
	for _, c := range cues {
		if c.end <= h.start && c.end >= h.start-2 {
			return true
		}
	}
	return false
}

// slotRules: retained rights, exchanges and humanitarian provisions (polarity per slot).
func (ac *articleContext) slotRules(out []draft, si *sentInfo) []draft {
	if !ac.ceasefire || ac.otherDealOnly(si) {
		return out // "The trade agreement does not cover ...": the terms of another deal
	}
	for _, spec := range []struct {
		ref            topicRef
		topic, yes, no string
	}{
		{refRetainedRights, "ceasefire.retained_rights", "retained", "not_retained"},
		{refExchange, "ceasefire.exchange", "included", "not_included"},
		{refHumanitarian, "ceasefire.humanitarian", "included", "not_included"},
	} {
		cues := ac.cuesOf(si, spec.ref)
		if len(cues) == 0 {
			continue // no slot to claim: the checks below would be for nothing
		}
		// "It commits both sides to letting aid through": a pronoun for the agreement named
		// in the sentence before.
		anaphoric := false
		// "the release of detainees was part of what we signed": the free relative stands
		// for the agreement.
		// "5. The parties shall allow humanitarian access.": a provision modal speaks the text's
		// own terms (provisions_modal.go).
		partOfAgreed := spec.topic != "ceasefire.retained_rights" && (ac.partOfWhatWasAgreed(si) || ac.provisionModalIn(si))
		if spec.topic != "ceasefire.retained_rights" && !ac.ceasefireContext(si) && !partOfAgreed {
			// A sentence about the talks speaks of their agenda, not of the truce.
			// A live-blog entry ("08:40 - ...") starts afresh: the entry before is not its
			// antecedent.
			if anaphoric = ac.previousNamesAgreement(si) && !si.has[catTalks] && !liveBlogEntry(si) && !ac.fightingInSentence(si); !anaphoric && !ac.agreesToAny(si) {
				continue
			}
		}
		// One claim per slot: negated if any mention of the slot is ("ملف الأسرى لم يحسم…
		// تبادل الأسرى ليس جزءاً من الاتفاق").
		idx := map[string]int{}
		owned := map[string]ownedClaim{} // slot key -> an owned claim a denial dismisses
		for _, h := range cues {
			slot := ac.l.topicCue[h.idx].Slot
			if slot == "" || insideLongerCue(cues, h) {
				continue
			}
			// "operations against al-Shabaab will continue", "ملاحقة خلايا داعش": an action
			// cue (lexicon object "jihadist") names the slot only against a jihadist group.
			obj := ac.l.topicCue[h.idx].Object
			// "their release", «الإفراج عنهم»: the captives pointed back at
			// (exchange_release_anaphor.go).
			if obj == "anaphor" {
				if slot = ac.releaseAntecedent(si, spec.ref, h); slot == "" {
					continue
				}
			}
			if (obj == "jihadist" || obj == "jihadist_war") && !jihadistWithin(si, h.end, 3) {
				continue
			}
			// "ستضرب بيد من حديد كل من يخرق الهدنة" is the right to respond; "بيد من حديد تجار
			// المخدرات", "كل من يخرق القانون" are policing: a cue of lexicon object "truce_after"
			// names its slot only with the truce or the deal within five tokens after it.
			if obj == "truce_after" && !ac.truceNounWithin(si, h.end, 5) {
				continue
			}
			// "هدد بالرد بالقوة على المتظاهرين": force against protesters; "breach_after" cues
			// need the truce or a breach within five tokens after them (retained_breach_after.go).
			if obj == "breach_after" && !ac.truceNounWithin(si, h.end, 5) && !ac.fightingWordWithin(si, h.end, 5) {
				continue
			}
			// "لا يحق لأي طرف أن يرد منفرداً؛", "respond unilaterally to violations": a unilateral
			// response answers breaches when its clause ends with it or a breach follows;
			// «الرد منفرداً على رسالة المبعوث» answers a letter (retained_unilateral_response.go).
			if obj == "unilateral" && !ac.unilateralResponseOnBreach(si, h) {
				continue
			}
			// "فتح الطريق القومي", "reopen the road": an opening word (lexicon object "route")
			// names aid access only with a road, a port or a crossing as its object
			// (humanitarian_routes.go).
			// A road reopened is also a deed seen or announced ("returned after the road was
			// opened", "أعلنت مصلحة الطيران إعادة فتح المطار"): it names the slot only in a
			// provision's frame (humanitarian_routes.go).
			if obj == "route" && (!ac.routeOpened(si, h) || !ac.routeInProvision(si, h, partOfAgreed) || ac.routeOpenedFor(si, cues, h)) {
				continue
			}
			// "the release of 30 hostages", "الإفراج عن الرهائن": a release noun (lexicon object
			// "head") names its own slot only when no captive noun follows it.
			if ac.l.topicCue[h.idx].Object == "head" && ac.otherSlotCueAfter(si, spec.ref, h) {
				continue
			}
			// "Ambulances rushed the wounded to hospital", "عُثر على جثة رجل", "أُفرج عن المخطوف
			// بعد دفع فدية": a thing (lexicon object "carrier" or "bare": ambulances, food
			// supplies, a body, someone kidnapped) is in every war report; it names its slot only
			// in a provision's frame, not by the agreement the sentence before named.
			if (obj == "carrier" || obj == "bare" || obj == "with_action") && !ac.thingInProvision(si, spec.ref, h, partOfAgreed) {
				continue
			}
			// "the dead are to be returned", "Saturday's handover of the dead": a word that is as
			// often the fighting's toll ("for each of the dead", "bury the dead"; lexicon object
			// "with_action") names its slot only with a release, handover or return word beside it.
			if obj == "with_action" && !ac.termActionBefore(si, h.start, 4) && !ac.termActionAfter(si, h.end, 4) {
				continue
			}
			// "يكفل وصول الوكالات الإنسانية", "يتيح للهيئات الإغاثية الوصول إلى البلدات": an
			// arrival word (lexicon object "actor_reach") names aid access only with an aid body
			// or an aid team for who arrives (humanitarian_actor_reach.go).
			if obj == "actor_reach" && !ac.aidActorReaches(si, h) {
				continue
			}
			// "his men held in prisons would be freed under the deal": a detention word names
			// captives only with their release told as a term (exchange_captive_released.go).
			if obj == "captive_released" && !ac.captiveReleased(si, h) {
				continue
			}
			if spec.ref == refHumanitarian && ac.aidActor(si, h) {
				continue // "12 aid workers were killed", "وحذرت منظمات الإغاثة": people, no term
			}
			if spec.ref == refExchange && ac.figurativeCaptive(si, h) {
				continue // "the truce is held hostage by politics" (exchange_figurative_captive.go)
			}
			// "medical aid had not reached the city for weeks", "لم تصل المساعدات": a report that
			// nothing arrived is what was seen so far, no term of the deal; so is "a prisoner
			// swap has not yet taken place" (exchange_not_yet_test.go).
			if spec.ref != refRetainedRights && ac.observedNone(si, h) {
				continue
			}
			// "the sessions will discuss the exchange of bodies", «جدول أعمالها سيشمل ملف الأسرى»:
			// talks to come (provisions_agenda.go).
			if spec.ref != refRetainedRights && ac.onTalksAgenda(si, h) {
				continue
			}
			// "Medical evacuations remain pending", «لا يزال ملف الأسرى غامضاً»: a state that lasts,
			// no term (provisions_state_observed.go).
			if spec.ref != refRetainedRights && ac.stateObserved(si, h) {
				continue
			}
			// "The first aid convoy since the truce reached Agok": aid that arrived is a deed
			// seen, no term (humanitarian_arrived.go).
			if spec.ref == refHumanitarian && ac.aidArrived(si, h) {
				continue
			}
			// "The ELN has handed over four hostages": a handover seen (exchange_handover_seen.go).
			if spec.ref == refExchange && ac.handoverSeen(si, h) {
				continue
			}
			// "ولم يُفرج عن أي معتقل", "no prisoner has been released": a deed not done yet
			// (provisions_deed_not_done.go).
			if ac.deedNotDone(si, h) {
				continue
			}
			// "ready to support any arrangements for an exchange of detainees", «بإدراج أسراها
			// في أي عملية تبادل للأسرى»: a swap any may be, no term (exchange_any_swap.go).
			if spec.ref == refExchange && ac.anySwap(si, h) {
				continue
			}
			// "calls on all parties to allow ambulances to move": a call on the parties, no term
			// (humanitarian_appeals.go).
			if spec.ref == refHumanitarian && ac.appealedAid(si, h) {
				continue
			}
			// "ومنعت القوات إدخال المواد الطبية", "troops blocked aid deliveries": a blockade seen
			// (humanitarian_blocked.go).
			if spec.ref == refHumanitarian && ac.blockedBefore(si, h) {
				continue
			}
			// "الاتفاق يشمل الإفراج عن المعتقلين، بينما تؤكد الرباط أن ملف المعتقلين ليس
			// جزءاً منه": a contrast word (while, بينما) opens another account of the slot.
			key := slot
			if n := contrastsBefore(si, h.start); n > 0 {
				key = slot + "#" + strconv.Itoa(n)
			}
			gov, governed := ac.governingInclusion(si, h.start)
			// "aid access was never part of its demands": a negated predicate whose object is
			// another thing than the truce tells of that thing (provisions_negated.go).
			if !governed && ac.inOtherThing(si, h) {
				continue
			}
			// "the war on ISIS killed thousands", "الحرب على داعش أودت بحياة الآلاف": a war noun
			// (lexicon object "jihadist_war") is background; it names the right only when the
			// truce is said to cover it or to leave it out.
			if obj == "jihadist_war" && !governed && !ac.actionLeftUncovered(si, h, gov, governed) && !exclusionCueAfter(si, h.end, 10) {
				continue
			}
			// "لم يُحسم بعد عدد المحتجزين", "the number of detainees is not settled": the
			// count of the captives is spoken of, not whether the truce frees them.
			if spec.ref == refExchange && !governed && ac.countNounBefore(si, h.start) {
				continue
			}
			// "The army killed 12 militants in operations against ISIS": an action after a
			// locative is the circumstance of a fighting report, no term, unless the truce is
			// named in the sentence or said to cover it or leave it out, or a right named before
			// it takes it ("تحتفظ بحقها في ملاحقة خلايا داعش").
			if obj == "jihadist" && h.start > 0 && si.startsAt(catLocative, h.start-1) && !governed && !ac.ceasefireContext(si) && !exclusionCueAfter(si, h.end, 10) && !ac.rightCueBefore(cues, h) {
				continue
			}
			if spec.topic != "ceasefire.retained_rights" && !anaphoric && !governed && !partOfAgreed && !ac.nearCeasefire(si, h.start, 18) && !ac.agreementEarlierInClause(si, h.start) &&
				!(ac.previousNamesAgreement(si) && !si.has[catTalks] && !ac.fightingInSentence(si)) && !ac.agreedToProvision(si, h.start) &&
				!(ac.ceasefire && ac.agreeingNegatedBefore(si, h.start)) {
				continue
			}
			// "Islamic Jihad, which holds a small number of the hostages, said ...": a relative
			// clause describing a group says nothing of the agreement.
			if spec.topic != "ceasefire.retained_rights" && inCommaRelative(si, h.start) && !ac.nearCeasefire(si, h.start, 6) {
				continue
			}
			// "جثث الأسرى القتلى", "the bodies of eight hostages": the captives qualify the
			// bodies, they are no slot of their own.
			if slot != "bodies" && ac.afterBodiesCue(si, spec.ref, h.start) {
				continue
			}
			// "مخطوف رابع ما زال محتجزاً", "hostages detained in Gaza": a detention word after
			// a hostage noun says where or how the hostages are held, no prisoners of its own.
			if slot == "prisoners" && ac.describesHostages(si, spec.ref, h) {
				continue
			}
			// "does not regard the release of prisoners as part of the truce": the release noun
			// before the captive noun is where the negation must reach.
			at := ac.headCueBefore(cues, h)
			neg := negatedAt(si, at) != (deniedAt(si, at) || deniedProvision(si, at)) || negatedAfter(&ac.l.fw, si, h.end) ||
				governed && negatedAt(si, gov.start) != deniedAt(si, gov.start) ||
				negatedAny(&ac.l.fw, si, at) || ac.negatedPredicateOfCue(si, ac.pastAgentPhrase(si, pastCommaRelative(si, h.end)), 5) ||
				ac.negatedVerbAfterSubject(si, ac.pastAgentPhrase(si, h.end)) || ac.dealNegatedBefore(si, at) ||
				ac.termOfNegatedAgreement(si, at) || obj == "route" && ac.routeOpeningDenied(si, h) ||
				spec.ref != refRetainedRights && ac.referringNegationAfter(si, h) || // "..., but that is outside the ceasefire" (provisions_referring_negation.go)
				spec.ref != refRetainedRights && ac.agreeingNegatedBefore(si, at) // "did not agree on a prisoner exchange" (provisions_agreeing_negated.go)
			// "ممرات آمنة أمام قوافل الإغاثة": safe corridors for aid convoys are aid access, not
			// an evacuation.
			// "safe passage for ships carrying humanitarian cargo": so is a safe passage for
			// what carries aid.
			// "سيارات الإسعاف لإجلاء الجرحى", "فرق الصليب الأحمر لتسلم جثامين": ambulances or
			// teams (lexicon object "carrier") sent for an evacuation or a handover serve it; a
			// corridor for ambulances ("ممر آمن لسيارات الإسعاف") is their access only.
			if slot == "evacuation" && ac.aidServedBy(si, spec.ref, h) ||
				obj == "carrier" && ac.carrierSentFor(si, spec.ref, h) {
				continue
			}
			// "No one keeps a right to retaliate", «لا يحق لأي طرف الرد»: a negation through
			// the right's subject (retained_negated_subject.go).
			if spec.ref == refRetainedRights && !neg && !deniedAt(si, at) && ac.negatedSubjectBefore(si, at) {
				neg = true
			}
			// "will not hesitate to retaliate", «لن تتردد القوات في الرد»: a negated hesitation
			// affirms (provisions_hesitation.go).
			if neg && ac.hesitationNegatedBefore(si, at) {
				neg = false
			}
			// "لن يردّوا إلا إذا اعتُدي عليهم", "will not respond except if attacked": a cue
			// opening with an exceptive word turns the negation before it into "only".
			if neg && si.startsAt(catExceptOnly, h.start) {
				neg = false
			}
			// "لا يتضمن سوى تبادل الجثامين", "does not provide for anything other than the
			// exchange of bodies": the exceptive word right before the cue does the same
			// (provisions_exceptive_object.go).
			if neg && (ac.exceptiveRightBefore(si, at) || ac.exceptiveRightBefore(si, h.start)) {
				neg = false
			}
			// "يُسقط عن الطرفين أي حق في الرد", "does not take away our right to answer": a
			// right taken away is not retained, and one not taken away is (retained_removed.go).
			if spec.ref == refRetainedRights && ac.rightRemovedBefore(si, at) {
				neg = !neg
			}
			// A cue that carries its own polarity ("لا حق", "no right to").
			if ac.l.topicCue[h.idx].Value == spec.no {
				neg = !neg
			}
			// "Operations against al-Qaeda are not covered by the truce", "لا يشمل العمليات ضد
			// تنظيم القاعدة": an action against a jihadist group left outside the truce goes on,
			// so the right is retained, unless the action itself is negated ("will not pursue").
			if spec.ref == refRetainedRights && (obj == "jihadist" || obj == "jihadist_war") &&
				ac.actionLeftUncovered(si, h, gov, governed) {
				neg = false
			}
			// "keep the right to act against ISIS cells": a right whose object is a jihadist
			// group is the right to fight it, not to answer violations.
			if slot == "respond_to_violations" && (jihadistWithin(si, h.end, 2) || ac.terrorObject(si, h.end)) {
				slot = "fight_terrorism"
				if key != "respond_to_violations" {
					key = slot + key[len("respond_to_violations"):]
				} else {
					key = slot
				}
			}
			k, seen := idx[key]
			if !seen {
				idx[key] = len(out)
				out = append(out, draft{topic: spec.topic, subject: slot, value: spec.yes, pos: h.start, rule: "slot." + slot})
				k = len(out) - 1
				// "agencies hoped to reach the 600 trucks a day promised in the agreement": the
				// participle asserts the term whatever frame surrounds the sentence.
				if ac.termParticipleAfter(si, h.end) {
					out[k].modality = "asserted"
				}
			}
			if neg {
				out[k].value, out[k].pos = spec.no, h.start
			}
			// "rejected CODECO's claim that 40 detainees would be freed": the owner's account
			// (denied_owned_claim.go).
			if o, from := ac.ownedClaimAt(si, at); o != "" {
				if _, ok := owned[key]; !ok {
					owned[key] = ownedClaim{subject: out[k].subject, owner: o, pos: h.start}
				}
				if neg && out[k].pos == h.start {
					out[k].pos = denierPos(si, from) // the denier's negated reading
				}
			}
		}
		out = ownedClaimDrafts(out, owned, spec.topic, spec.yes)
		// "تحتفظ بحق ضرب أي تهديد، وهو ما ترفضه بيروت": a relative denial after the provision
		// is the other side's account of it.
		for _, slot := range sortedKeys(idx) {
			k := idx[slot]
			if d, ok := ac.relativeDenialAfter(si, out[k].pos); ok {
				v := spec.no
				if out[k].value == spec.no {
					v = spec.yes
				}
				sub := out[k].subject
				// «وهو ما ترفضه بيروت»: Beirut's account (provisions_relative_denier.go).
				out = append(out, draft{topic: spec.topic, subject: sub, value: v, pos: d, rule: "slot." + sub + ".rejected", agent: ac.relativeDenier(si, d)})
			}
		}
	}
	// "does not extend to TJW, against whom operations will continue": the right to keep
	// fighting a group left out (retained_left_out_pursued.go).
	out = ac.leftOutPursued(out, si)
	// "the release was a goodwill gesture, not a clause of the ceasefire" (exchange_gesture.go).
	return ac.gestureRelease(out, si)
}

// actionLeftUncovered: the action cue h (operations against, ملاحقة) is the object of a negated
// coverage verb ("لا يشمل العمليات ضد ...") or the subject of a negated coverage predicate up to
// ten tokens after it ("... are not covered by the truce", "ليست مشمولة بأي تهدئة"), and not
// negated itself.
func (ac *articleContext) actionLeftUncovered(si *sentInfo, h, gov hit, governed bool) bool {
	if governed && negatedAt(si, gov.start) && !deniedAt(si, gov.start) {
		return true
	}
	// "الاتفاق، الذي وُقّع ...، لا يشمل العمليات ضد ...": the negated coverage verb right
	// before the cue, its agreement noun further back than a governing inclusion reaches.
	for _, in := range hitsStartingIn(si.hitsOf(catInclusion), h.start-3, h.start-1) {
		if in.end <= h.start && h.start-in.end <= 1 && negatedAt(si, in.start) && !deniedAt(si, in.start) && !isTrapped(si, in) {
			return true
		}
	}
	return !negatedAt(si, h.start) && !deniedAt(si, h.start) && negatedPredicateAfter(si, h.end, 10)
}

// exclusionCueAfter: an exclusion cue starts at most n tokens after pos, in its clause ("the war
// on ISIS is excluded from the truce").
func exclusionCueAfter(si *sentInfo, pos, n int) bool {
	for _, e := range hitsStartingIn(si.hitsOf(catExclusion), pos, pos+n) {
		if !si.boundaryIn(pos, e.start) && !si.trap[e.start] {
			return true
		}
	}
	return false
}

// rejectedDemand: the demand word governing pos is the object of a denial verb right before it
// (at most one word between: "rejected calls for", "rejected the demand", "رفض مطالبات"), or
// with only words that determine the demand between (demandQualifiers: "rejected a Kyrgyz
// demand", "rejected the withdrawal demand", "ورفضت الحكومة اليمنية مطالبات").
// It returns where the denial starts.
func (ac *articleContext) rejectedDemand(si *sentInfo, pos int) (int, bool) {
	_, at := ac.modalityCue(si, pos)
	if at < 0 {
		return 0, false
	}
	for _, d := range hitsStartingIn(si.hitsOf(catDenial), at-5, at-1) {
		if d.end <= at && (at-d.end <= 1 || ac.demandQualifiers(si, d.end, at, pos)) {
			return d.start, true
		}
	}
	return 0, false
}

// headCueBefore is the start of a general head cue (lexicon object "head": "release of",
// "الإفراج عن") ending right where h starts, else h's own start.
func (ac *articleContext) headCueBefore(cues []hit, h hit) int {
	for _, c := range cues {
		if c.end == h.start && ac.l.topicCue[c.idx].Object == "head" {
			return c.start
		}
	}
	return h.start
}

// liveBlogEntry: the sentence opens with a live blog's time stamp ("08:40 - ..."): a new entry.
func liveBlogEntry(si *sentInfo) bool {
	if len(si.toks) < 5 || !si.toks[0].number || si.toks[1].text != ":" || !si.toks[2].number {
		return false
	}
	return isDash(si.toks[3].text)
}

// partOfWhatWasAgreed: the sentence says something is "part of what [the parties] agreed" or
// "part of what we signed": an inclusion cue, a free relative, at most three words of subject,
// and an agreeing status verb.
func (ac *articleContext) partOfWhatWasAgreed(si *sentInfo) bool {
	if !si.has[catInclusion] {
		return false
	}
	for _, c := range ac.cuesOf(si, refStatus) {
		if ac.l.topicCue[c.idx].Value != "agreed" {
			continue
		}
		for k := c.start - 1; k >= 1 && k >= c.start-4; k-- {
			if !ac.l.fw.freeRelatives[si.tokText(k)] {
				continue
			}
			j := k - 1
			if isQuote(si.toks[j].text) && j > 0 {
				j-- // part of "what we signed"
			}
			for _, in := range si.hitsOf(catInclusion) {
				if in.end == j+1 {
					return true
				}
			}
		}
	}
	return false
}

// relativeDenialAfter is the position of a denial verb after pos in the sentence that a relative
// word right before it ties to what came before ("وهو ما ترفضه بيروت", "which Beirut rejects").
func (ac *articleContext) relativeDenialAfter(si *sentInfo, pos int) (int, bool) {
	// "..., but the government denies it", "فيما يصرّ X على أن هذا البند ليس جزءاً"
	// (provisions_contrasted_denial.go).
	if d, ok := ac.contrastedDenialAfter(si, pos); ok {
		return d, true
	}
	for _, d := range si.hitsOf(catDenial) {
		if d.start > pos && ac.relativeBeforeDenial(si, pos, d.start) {
			return d.start, true
		}
	}
	return ac.sayingNoAfter(si, pos)
}

// sayingNoAfter: "Azerbaijan says Armenian troops must leave the heights; Armenia says no.": a
// verb of saying after pos whose whole object is "no", closing the sentence, answers the term
// before it; its position. Only the sentence's last words can hold it: no scan of a long
// sentence.
func (ac *articleContext) sayingNoAfter(si *sentInfo, pos int) (int, bool) {
	n := len(si.toks)
	for k := max(n-2, 0); k < n; k++ {
		if si.tokText(k) != "no" || k+1 < n && !si.toks[k+1].punct {
			continue
		}
		for _, a := range hitsStartingIn(si.hitsOf(catAttrVerb), k-1-ac.l.longest, k-1) {
			if a.end == k && a.start > pos+1 {
				return a.start, true
			}
		}
	}
	return 0, false
}

// governingInclusion is the inclusion verb whose object holds the provision at pos: in the
// same clause, at most 20 tokens before, after a ceasefire or agreement noun in the sentence
// ("ولم يتضمن الاتفاق ... أي بند يتعلق بتبادل الأسرى", "the deal does not include any
// exchange of prisoners").
func (ac *articleContext) governingInclusion(si *sentInfo, pos int) (hit, bool) {
	for _, h := range hitsStartingIn(si.hitsOf(catInclusion), pos-20, pos-1) {
		// "... ليسوا طرفاً في الاتفاق"، موضحاً أنهم "شركاء في ... مكافحة الإرهاب"": a verb of
		// saying in between starts another assertion, which the inclusion does not govern.
		if h.end <= pos && !si.boundaryIn(h.end, pos) && !isTrapped(si, h) && ac.nearCeasefire(si, h.start, 4) &&
			len(hitsStartingIn(si.hitsOf(catAttrVerb), h.end, pos-1)) == 0 && !ac.coordinatedThatIn(si, h.end, pos) {
			return h, true
		}
	}
	return hit{}, false
}

// coordinatedThatIn: a that-clause coordinated with an earlier one opens in [from, to) ("أن
// التفاهم لا يشمل الخارجين على القانون، وأن الأجهزة تحتفظ بحقها في الرد"): what follows has its
// own predicate, which an inclusion before it does not govern.
func (ac *articleContext) coordinatedThatIn(si *sentInfo, from, to int) bool {
	for i := from; i < to; i++ {
		if ac.coordinatedThatAt(si, i) {
			return true
		}
	}
	return false
}

// withdrawalRule: a force that must withdraw or leave.
func (ac *articleContext) withdrawalRule(out []draft, si *sentInfo) []draft {
	if !ac.ceasefire {
		return out
	}
	var seen []withdrawalAccount // accounts of forces already claimed: a few, so no map per sentence
	var seenAt []int             // where in out each account's claim is
	cues := ac.cuesOf(si, refWithdrawal)
	// "After heavy losses the army had to pull its troops back", "Under heavy shelling the
	// Houthis were forced to withdraw": a retreat in a fighting report that names no truce or
	// agreement is what the war did, no provision.
	retreat := len(cues) > 0 && !ac.ceasefireContext(si) && ac.fightingInSentence(si)
	for _, h := range cues {
		if retreat && !ac.demandedAt(si, h.start) {
			continue
		}
		condDemand := ac.conditionDemanded(si, h) // "unless X withdraws" (withdrawal_conditioned.go)
		// "ستبقى في مواقعها الجديدة", "stay in their new positions": a force that has moved
		// stays where it moved to (lexicon object "repositioned"), which refuses no withdrawal.
		// "which the truce leaves out": an exclusion cue starting at the verb leaves no ground.
		if !condDemand && ac.observedWithdrawal(si, h) || ac.genitiveNotForce(si, h) || ac.withdrawnNotForce(si, h) || insideLongerCue(cues, h) || ac.fromTalks(si, h) ||
			ac.l.topicCue[h.idx].Object == "repositioned" || si.startsAt(catExclusion, h.start) {
			continue
		}
		// "wants BIFF fighters out of the villages": "out of" withdraws only a force a demand
		// wants out (withdrawal_wanted_out.go); a force named before it only demands.
		wantedFrom := -1
		if ac.l.topicCue[h.idx].Object == "wanted_out" {
			at, ok := ac.wantedOut(si, h)
			if !ok {
				continue
			}
			wantedFrom = at
		}
		// The force is the noun's complement right after it ("انسحاب قوات الاحتلال", "the
		// withdrawal of Rwandan troops"), else the subject before the verb ("Houthi fighters
		// are to pull back", "يلزم الحوثيين بالانسحاب") inside the reported content (never the
		// speaker: "تصر حماس على أنه ينص على انسحاب ..."), else the complement a little further.
		var ms []mention
		// "would stay in their positions until the Houthis withdraw": a stay cue (value
		// not_required) is intransitive; where the subject precedes the verb, a name after it
		// belongs to another clause.
		stayCue := ac.l.topicCue[h.idx].Value == "not_required"
		intransitive := stayCue && ac.l.lex.Grammar.SubjectBeforeVerb
		// "would not withdraw unless the RSF withdrew first": a force after a conditional is
		// its clause's subject, not who withdraws here.
		conditional := func(i int) bool { return si.startsAt(catConditional, i) }
		if ac.l.topicCue[h.idx].Object == "cleared" {
			if ms = ac.clearedOfForce(si, h); len(ms) == 0 {
				m, ok := ac.vacatingForce(si, h)
				// "إخلاء الشوارع من مسلحي الطرفين": both sides' armed men cleared out.
				if !ok {
					if ms = ac.bothSidesForces(si, h); len(ms) == 0 {
						continue
					}
				} else {
					ms = []mention{m}
				}
			}
		} else if m, ok := ac.mentionWithin(si, h.end, 1, false); ok && (isForce(m) || localJihadist(m)) && !intransitive && !conditional(h.end) {
			// "the pullback of Misseriya and Ngok Dinka fighters": each coordinated force.
			ms = ac.coordinatedForces(si, m)
		}
		// "وطالب الحوثيون بانسحاب القوات السعودية": a force noun qualified by a state that is
		// no side here names who leaves; the subject before the cue only demands it.
		otherForce := len(ms) == 0 && ac.unknownForceAfter(si, h)
		if len(ms) == 0 && !otherForce {
			from := ac.contentStart(si, h.start)
			for _, m := range collectBackward(si, h.start, 8, func(m mention) bool { return isForce(m) || ac.withdrawingJihadist(si, m, h.start) }) {
				if m.start >= from {
					ms = append(ms, m)
				}
			}
			// "does not oblige either army to pull back": a force noun inside a both-sides
			// phrase (lexicon both_sides) names no force of its own; the phrase is the sides.
			if len(ms) == 1 && len(ac.l.fw.bothSides) > 0 {
				if at, end := ac.bothSidesIn(si, ms[0].start-1, ms[0].end); at >= 0 && at < ms[0].start && end >= ms[0].end {
					ms = ac.bothSidesForces(si, h)
				}
			}
			// "obliges the PMF - not the Peshmerga - to leave": the name the negated one is set
			// against, before the insert, is who must leave.
			if len(ms) > 0 {
				if m, ok := ac.contrastedForce(si, ms[0]); ok && m.start >= from {
					ms = append(ms, m)
				}
			}
		}
		if len(ms) == 0 && !intransitive && !conditional(h.end) {
			ms = collectForward(si, h.end, 3, isForce, conditional)
			if len(ms) > 0 && ms[0].start > h.end+2 {
				ms = nil
			}
		}
		// "RSF fighters deployed in the eastern districts ... are not required to withdraw":
		// the force opening a long subject, not one inside its modifier (withdrawal_long_subject.go).
		if !otherForce && !(len(ms) > 0 && ms[0].start >= h.end) {
			if m, ok := ac.withdrawalLongSubject(si, h); ok && !slices.ContainsFunc(ms, func(x mention) bool { return x.start < m.end }) {
				ms = []mention{m}
			}
		}
		if len(ms) == 0 && otherForce {
			if m, ok := ac.adjectiveForce(si, h); ok {
				ms = []mention{m}
			}
		} else if len(ms) == 0 {
			// "Armenian forces are on sovereign territory and will not withdraw": the subject
			// of the first of two coordinated predicates, further back in the content.
			// "those forces must leave it": a demonstrative stands for the force named before.
			// "The rebels, it added, must withdraw": the subject before a parenthetical verb
			// of saying. "The United States is not withdrawing a single ship": a state as the
			// verb's subject stands for its army.
			if m, ok := ac.clauseSubjectForce(si, h); ok {
				ms = []mention{m}
			} else if m, ok := ac.demonstrativeForce(si, h); ok {
				ms = []mention{m}
			} else if m, ok := ac.parentheticalSubject(si, h); ok {
				ms = []mention{m}
			} else if m, ok := ac.stateSubject(si, h); ok {
				ms = []mention{m}
			} else if m, ok := ac.adjectiveForce(si, h); ok {
				ms = []mention{m}
			}
		}
		// "the withdrawal ... that the truce requires of both forces", «ينطبق على الطرفين لا
		// على التبو فقط»: the sides it is required of, over a force read near it.
		if !otherForce {
			if two := ac.sidesBoundForces(si, h); len(two) > 0 {
				ms = two
			}
		}
		// "Fighters on both sides are to withdraw", "سحب مقاتلي الطرفين": the truce's two sides.
		if len(ms) == 0 && !otherForce {
			ms = ac.bothSidesForces(si, h)
		}
		if wantedFrom >= 0 {
			ms = mentionsFrom(ms, wantedFrom)
		}
		// The obligation may be negated at its own verb, before the force: "the deal does
		// not require the Houthis to withdraw", "لا يلزم الاتفاق الحوثيين بالانسحاب", or by a
		// negated obligation earlier in the clause: "no clause requiring our withdrawal",
		// "places no obligation on X to withdraw", "Nowhere does the agreement require ...".
		negObligation := ac.negatedObligation(si, h.start)
		own := false
		if len(ms) == 0 && !otherForce {
			// "لا يلزم قواتنا بالانسحاب", "our withdrawal", "لا يفرض عليها الانسحاب": the
			// speaker's own force; "Rwanda is obliged to withdraw its soldiers": the country's.
			// A withdrawal denied or negated with no force named ("Withdrawal is not on the
			// table", "no withdrawal was part of the deal", "rejected the withdrawal demand")
			// is the speaker's own.
			// Who demands a withdrawal is not who would withdraw ("rejected the withdrawal
			// demand" names the demander's term): no own force then.
			// "أن القوات ستبقى منتشرة عند مداخل المخيم", "the troops will stay in their
			// positions": the bare definite force that stays is the speaker's own.
			negOwn := negObligation || ac.negatedInContent(si, h.start) != (deniedAt(si, h.start) || deniedProvision(si, h.start)) ||
				negatedPredicateAfter(si, h.end, 4) || stayCue && ac.bareForceBefore(si, h.start)
			// "لا خروج من الأزمة", "would not pull out of the conference": what is left is
			// no ground, so no force of the speaker's is meant.
			if m, ok := ac.ownForce(si, h, negOwn); ok && !ac.demandedAt(si, h.start) && !ac.leavesNoGround(si, h) {
				ms, own = []mention{m}, true
			}
		}
		sp, demanded := ac.speakerAt(si.idx, h.start), ac.demandedAt(si, h.start)
		// "Uganda's military has rejected calls for its troops to leave": a rejected demand is
		// the rejecter's own account, negated (the denial negates it below).
		denial, rejected := 0, false
		if demanded {
			denial, rejected = ac.rejectedDemand(si, h.start)
		}
		rejecter := ""
		if rejected {
			demanded = false
			// "ورفضت الحكومة مطالبات بانسحاب ...": who rejects, named before the demand word,
			// gives the account; else the denial verb's subject further back ("Defence Minister
			// X, speaking at a base, rejected the withdrawal demand").
			var by *schemas.Entity
			if _, at := ac.modalityCue(si, h.start); at >= 0 {
				by = ac.agentBefore(si, at)
				// "ورفضت الحكومة اليمنية مطالبات الحوثيين بانسحاب قواتها": the name right after
				// the demand word demands; it is not who would withdraw.
				if len(ms) == 1 && ms[0].start == at+1 && ms[0].end <= h.start {
					ms = nil
				}
			}
			if by == nil {
				by = ac.denialSubject(si, denial)
			}
			if by != nil {
				rejecter = by.ID
			}
			if len(ms) == 0 && !otherForce {
				// The rejecter's own force ("rejected the withdrawal demand" in a defence
				// minister's mouth is his army's), else the speaker's.
				if m, ok := ac.rejecterForce(by, h); ok {
					ms, own = []mention{m}, true
				} else if m, ok := ac.ownForce(si, h, true); ok {
					ms, own = []mention{m}, true
				}
			}
		}
		// "ويطالب ناشطون في المدينة بخروج ... الأمن العام": activists' or residents' demand is
		// no side's account of the terms.
		if demanded && !ac.sideDemands(si, h.start, sp) {
			continue
		}
		if !condDemand && (ac.observedNone(si, h) || ac.deedNotDone(si, h) || ac.deniedDeedDone(si, h)) {
			continue // "ولم يُسجَّل أي انسحاب للقوات", "no withdrawal was recorded", "لم تنسحب بعد": an observation
		}
		for _, m := range ms {
			// "بينما يؤكد مكتب رئيس الوزراء أن الاتفاق لا يلزم الجيش بمغادرة القطاع، تصر حماس
			// على أنه ينص على انسحاب قوات الاحتلال": another speaker's account of the same
			// force, or a demand set against a refusal, is a claim of its own.
			acc := withdrawalAccount{m.e.ID, sp, demanded}
			if i := seenBy(seen, acc); i >= 0 {
				// "Nor would troops be pulled back: "Nobody is withdrawing from anywhere"": a
				// later mention of the same force, negated, is the account's own polarity, as
				// for the slots (negated if any mention is).
				// A stay cue is no negated mention of the withdrawal.
				if k := seenAt[i]; out[k].value == "required" && !stayCue && !condDemand && negatedAt(si, h.start) != deniedAt(si, h.start) && !ac.exceptedForce(si, h, m) {
					out[k].value, out[k].pos = "not_required", h.start
				}
				continue
			}
			seen, seenAt = append(seen, acc), append(seenAt, len(out))
			// "نفى الجيش أن يكون الاتفاق قد نص على أي انسحاب": a denial reaches into the
			// clause it governs, as for the slots.
			neg := negatedAt(si, h.start) != (deniedAt(si, h.start) || deniedProvision(si, h.start))
			if !neg && m.end <= h.start {
				neg = negatedAt(si, m.start) || ac.negatedNounSubject(si, m.start)
			}
			if !neg {
				neg = negObligation
			}
			// «لا يطلب الانسحاب إلا من قوات الوحدة 80»: an except word before the force makes
			// the negation a restriction, the force's withdrawal required (withdrawal_except_only.go).
			if neg && ac.exceptedForce(si, h, m) {
				neg = false
			}
			// "ورفض الحوثيون مطالبات بانسحاب قواتهم": the denial of the demand word, when it
			// does not reach the cue itself, still refuses the withdrawal.
			if rejected && !deniedAt(si, h.start) && !deniedProvision(si, h.start) {
				neg = !neg
			}
			// "انسحاب القوات الروسية من المحطة "ليس مطروحاً"", "the withdrawal of X is not
			// part of the deal": a negated predicate after the withdrawal phrase.
			// "مطالبة القيادة العامة بانسحاب القوات التركية "ليست جزءاً من الاتفاق"": a demand
			// said to be no part of the deal is still the demander's term, and the speaker's
			// denial of it.
			if end := max(h.end, m.end); !neg && (m.start >= h.end || own) {
				if p, ok := negatedPredicateAt(si, end, 4); ok && demanded {
					out = append(out, draft{topic: "ceasefire.withdrawal", subject: m.e.ID, value: "required", pos: h.start, rule: "withdrawal.cue", agent: ac.demandAgent(si, h.start, m.e.ID)},
						draft{topic: "ceasefire.withdrawal", subject: m.e.ID, value: "not_required", pos: p, modality: "asserted", rule: "withdrawal.rejected"})
					continue
				} else if ok {
					neg = true
				}
			}
			// "سيبقون في مواقعهم", "will stay at their posts": a cue that says no withdrawal.
			if ac.l.topicCue[h.idx].Value == "not_required" {
				neg = !neg
			}
			// "لن تنسحب شبراً واحداً ما دامت عناصر حزب العمال موجودة", "لن تغادر محاورها قبل
			// ذلك": a refusal under the speaker's own condition is no term (withdrawal_conditional_refusal.go).
			if neg && !demanded && !rejected && !condDemand && (negatedAt(si, h.start) || stayCue) && ac.conditionalRefusal(si, h) {
				seen, seenAt = seen[:len(seen)-1], seenAt[:len(seenAt)-1] // no claim: no account
				continue
			}
			v, no := "required", "not_required"
			if neg {
				v, no = no, v
			}
			agent := ""
			if demanded && !neg {
				agent = ac.demandAgent(si, h.start, m.e.ID)
			}
			mod := ""
			if rejected {
				mod = "asserted" // the rejecter's account, not the demand it rejects
				if rejecter != "" {
					agent = rejecter
				}
			}
			if condDemand && !stayCue {
				v, mod = "required", "demanded" // a condition set: the force's term, hedged
			}
			out = append(out, draft{topic: "ceasefire.withdrawal", subject: m.e.ID, value: v, pos: h.start, rule: "withdrawal.cue", agent: agent, modality: mod, condition: condDemand && !stayCue})
			// "تطالب باكو بانسحاب القوات الأرمينية ...، وهو ما ترفضه يريفان": the other side
			// rejects the term.
			if d, ok := ac.relativeDenialAfter(si, h.start); ok {
				out = append(out, draft{topic: "ceasefire.withdrawal", subject: m.e.ID, value: no, pos: d, rule: "withdrawal.rejected", agent: ac.relativeDenier(si, d)})
			}
		}
	}
	return out
}

// observedNone: the cue h is the subject of a negated observation or arrival verb ("لم يُسجَّل
// أي انسحاب", "no withdrawal has been recorded", "aid had not reached"): what was seen so far,
// not what the deal requires.
func (ac *articleContext) observedNone(si *sentInfo, h hit) bool {
	fw := &ac.l.fw
	if len(fw.observationVerbs) == 0 {
		return false
	}
	k := h.start - 1
	if si.tokIn(k, classGenericDeterminer, fw.genericDeterminers) {
		k--
	}
	if k >= 1 && si.tokIn(k, classObservationVerb, fw.observationVerbs) && (si.startsAt(catNegation, k-1) || k >= 2 && si.startsAt(catNegation, k-2)) {
		return true // verb first: "لم يُسجَّل أي انسحاب"
	}
	// "no aid", "no humanitarian aid": the negation before the cue or its adjective.
	negBefore := h.start >= 1 && si.startsAt(catNegation, h.start-1) || h.start >= 2 && si.startsAt(catNegation, h.start-2)
	negBetween := false
	for j := h.end; j < len(si.toks) && j <= h.end+6 && !si.boundary[j]; j++ {
		if si.tokIn(j, classObservationVerb, fw.observationVerbs) {
			// noun first: "no withdrawal has been recorded", "aid had not reached the city"
			return negBefore || negBetween
		}
		if si.startsAt(catNegation, j) {
			negBetween = true
		}
		// "aid will not be allowed to enter": a modal or an infinitive states a term or a
		// forecast, not what was seen.
		if si.tokInEither(j, classModalOrInfinitive, fw.modalAuxiliaries, fw.infinitiveMarkers) {
			return false
		}
	}
	return false
}

// isForce: who can be required to withdraw.
func isForce(m mention) bool {
	return !m.demonym && (m.e.Type == "military" || m.e.Type == "armed_group") && m.e.Role != "jihadist"
}

// localJihadist: a jihadist group of one country ("the Islamist militants" of a camp, a
// country's own jihadist faction) can hold lines a truce moves, unlike a global network; but
// it is as often what the war goes on against ("keep fighting AQAP until its fighters leave"),
// so it is a withdrawing force only as the complement of a withdrawal noun or the subject
// right before the verb (withdrawingJihadist).
func localJihadist(m mention) bool {
	return !m.demonym && m.e.Type == "armed_group" && m.e.Role == "jihadist" && m.e.Country != ""
}

// withdrawingJihadist: a local jihadist group ends right before the withdrawal verb at pos, with
// only a force noun, auxiliaries, modals, copulas or an infinitive marker between ("the
// militants would pull out", "Militants are to leave", "AQAP fighters must leave").
func (ac *articleContext) withdrawingJihadist(si *sentInfo, m mention, pos int) bool {
	if !localJihadist(m) || m.end > pos || pos-m.end > 3 {
		return false
	}
	fw := &ac.l.fw
	for k := m.end; k < pos; k++ {
		t := si.tokText(k)
		if _, aux := fw.auxiliaries[t]; !aux && !fw.modalAuxiliaries[t] && !fw.copulas[t] && !fw.infinitiveMarkers[t] && !ac.forceHead(si, k) {
			return false
		}
	}
	return true
}

// negatedObligation: a negation earlier in the cue's reported clause, within ten tokens ("There
// is no clause requiring our withdrawal", "nothing in this text asks X to leave", "ولا يتضمن أي
// بند يلزم المقاومة بالانسحاب").
func (ac *articleContext) negatedObligation(si *sentInfo, pos int) bool {
	content := ac.contentStart(si, pos)
	from := max(content, pos-10)
	for k := pos - 1; k >= from; k-- {
		if si.boundary[k] {
			return false
		}
		if h, ok := si.hitAt(catNegation, k); ok && h.end <= pos && !si.trap[k] && !contrastiveNegation(si, h) {
			return true
		}
	}
	if content != from || content == 0 {
		return false
	}
	// "There is no clause, none, that obliges X to leave": the content opens with a relative
	// "that" after a negated noun (past a short insert between commas).
	k := content - 1
	if si.tokIn(k, classComplementizer, ac.l.fw.complementizers) {
		return ac.negationEndingNear(si, k)
	}
	// "Nor, he added, does the text require X to withdraw": a verb of saying set off by commas
	// after a negation that opens the clause, and an inverted auxiliary after them ("No, he
	// said, the deal requires ..." answers no, and negates nothing after it).
	if content+1 < len(si.toks) && isComma(si.toks[content].text) && ac.l.fw.auxiliaries[si.tokText(content+1)] != 0 {
		if j := parentheticalStart(si, content); j > 0 && j == clauseStart(si, j)+1 {
			_, ok := si.hitAt(catNegation, j-1)
			return ok && !si.trap[j-1]
		}
	}
	return false
}

// negationEndingNear: a negation (not a trap) ends at most two tokens before k, past a short
// insert between commas ("no clause, none, that").
func (ac *articleContext) negationEndingNear(si *sentInfo, k int) bool {
	if j := parentheticalStart(si, k-1); j > 0 {
		k = j
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if si.boundary[j] {
			return false
		}
		if h, ok := si.hitAt(catNegation, j); ok && h.end <= k && h.end >= k-1 && !si.trap[j] {
			return true
		}
	}
	return false
}

// contrastiveNegation: the negation h only sets a name against another ("obliges the PMF - not
// the Peshmerga - to leave", "X, not Y units, must withdraw"): a name right after it (past an
// article), then a dash or comma (past two words at most).
func contrastiveNegation(si *sentInfo, h hit) bool {
	k := si.firstMentionFrom(h.end)
	if k >= len(si.ents) || si.ents[k].start > h.end+1 {
		return false
	}
	// Past a force noun or two: "X, not Giants Brigades units, must leave".
	for end := si.ents[k].end; end < len(si.toks) && end <= si.ents[k].end+2; end++ {
		if t := si.toks[end].text; isDash(t) || isComma(t) {
			return true
		}
		if si.toks[end].punct {
			return false
		}
	}
	return false
}

// contrastedForce: m is the negated name of a contrast set off by a dash or comma ("the PMF -
// not the Peshmerga -"): the force that ends right before the opening mark.
func (ac *articleContext) contrastedForce(si *sentInfo, m mention) (mention, bool) {
	k := m.start - 1
	if ac.l.fw.definiteArticles[si.tokText(k)] {
		k--
	}
	n, ok := si.hitAt(catNegation, k)
	if !ok || n.end != k+1 || si.trap[k] || k < 2 || !isDash(si.toks[k-1].text) && !isComma(si.toks[k-1].text) {
		return mention{}, false
	}
	if j := si.mentionsEndingBy(k-1) - 1; j >= 0 && si.ents[j].end == k-1 && isForce(si.ents[j]) {
		return si.ents[j], true
	}
	return mention{}, false
}

// parentheticalStart: token k is a comma closing an insert of at most four words that opens
// with another comma: the position of that opening comma, else -1.
func parentheticalStart(si *sentInfo, k int) int {
	if k < 0 || k >= len(si.toks) || !isComma(si.toks[k].text) { // "That X must withdraw ...": no token before
		return -1
	}
	for j := k - 1; j >= 1 && j >= k-5; j-- {
		if isComma(si.toks[j].text) {
			if j == k-1 {
				return -1
			}
			return j
		}
		if si.toks[j].punct {
			return -1
		}
	}
	return -1
}

// bareForceBefore: a definite force noun with no name ("القوات", "the troops") ends right before
// pos, after the start of the reported content.
func (ac *articleContext) bareForceBefore(si *sentInfo, pos int) bool {
	fw := &ac.l.fw
	k := pos - 1
	if k < ac.contentStart(si, pos) || k < 0 || !fw.forceNouns[si.tokText(k)] {
		return false
	}
	if _, named := si.mentionAt(k); named {
		return false
	}
	return fw.hasArticle(si.tokText(k)) || fw.definiteArticles[si.tokText(k-1)]
}

// observedWithdrawal: an English past-tense withdrawal verb with no auxiliary before it reports a
// movement seen on the ground ("troops pulled back from parts of the corridor overnight"), not a
// term of the agreement. A participle that completes a demand ("wants the RSF pulled back") is
// what is asked for.
func (ac *articleContext) observedWithdrawal(si *sentInfo, h hit) bool {
	t := si.toks[h.start].text
	if isArabicWord(t) || !(strings.HasSuffix(t, "ed") || t == "withdrew") || ac.demandedAt(si, h.start) {
		return false
	}
	prev := si.tokText(h.start - 1)
	return !ac.l.fw.copulas[prev] && !ac.l.fw.negations[prev] && !ac.l.fw.perfectAuxiliaries[prev]
}

// ownForce is the force a withdrawal with no named force is about: a force named by possessive
// ("its soldiers", "قواتها") belongs to the country named before in the clause; a first-person
// or object pronoun ("our withdrawal", "قواتنا", "عليها"), or a negated obligation with no force
// at all, is the speaker's own force (a person's through their affiliation).
func (ac *articleContext) ownForce(si *sentInfo, h hit, negated bool) (mention, bool) {
	lo, hi := max(h.start-4, clauseStart(si, h.start)), min(h.end+2, len(si.toks))
	possessive, pronoun := false, false
	for k := lo; k < hi; k++ {
		t := si.toks[k].text
		// "لقواته", "بقواتها", "مقاتليها", "قواتنا": a force noun with a pronoun suffix.
		if owned, first := ac.possessedForce(si, k); owned {
			possessive, pronoun = possessive || !first, pronoun || first
			continue
		}
		w, fw := si.tokText(k), &ac.l.fw
		switch {
		// "requires it to pull out troops": the object of the obligation is the speaker.
		// Lexicon lists: possessive determiners (its, their), object pronouns (it, them) before
		// an infinitive marker (to), first person plural (we, our, us).
		case fw.possessiveDeterminers[w] || fw.objectPronouns[w] && k+1 < h.start && fw.infinitiveMarkers[si.tokText(k+1)]:
			possessive = true
		case fw.firstPersonPlural[w] || (isArabicWord(t) && (strings.HasSuffix(t, "نا") || t == "عليها" || t == "عليه" || t == "عليهم")):
			pronoun = true
		}
	}
	if possessive {
		from := ac.contentStart(si, h.start)
		for _, m := range collectBackward(si, h.start, 12, func(m mention) bool { return !m.demonym && m.e.Type == "country" }) {
			if m.start < from {
				break
			}
			if f := ac.militaryOf(m.e.ID); f != nil {
				return mention{start: m.start, end: m.end, e: f}, true
			}
		}
	}
	// "نفى الجيش أن يكون الاتفاق قد نص على أي انسحاب لقواته": with no country named in the
	// content, the possessor is the one who speaks.
	if !pronoun && !negated && !possessive {
		return mention{}, false
	}
	sp := ac.speakerAt(si.idx, h.start)
	if sp == nil {
		return mention{}, false
	}
	if sp.Type == "person" && sp.Affiliation != "" {
		sp = ac.x.data.Gazetteer.Entity(sp.Affiliation)
	}
	// A mediator or the UN denying a withdrawal speaks of someone else's forces.
	if sp != nil && !pronoun && !possessive && (sp.Role == "mediator" || sp.Role == "un" || sp.Role == "monitor") {
		return mention{}, false
	}
	// "our forces" in a government's or a state's mouth are its army; so is the withdrawal
	// a defence minister denies.
	if sp != nil {
		sp = ac.affiliatedArmy(sp)
	}
	if sp == nil || !isForce(mention{e: sp}) {
		return mention{}, false
	}
	return mention{start: h.start, end: h.end, e: sp}, true
}

// militaryOf is the one military entity of a country (nil when none or several).
func (ac *articleContext) militaryOf(country string) *schemas.Entity {
	return ac.x.armyOf[country]
}

// armyTable maps each country to its one military entity, left out when it has several. A unit
// of that army (a military entity affiliated with another: a front's command, a brigade) is part
// of it, not a second army: a new event's gazetteer naming one must not hide the army. A
// military with no country counts for the state it is affiliated with.
func armyTable(g *schemas.Gazetteer) map[string]*schemas.Entity {
	found := map[string]*schemas.Entity{}
	several := map[string]bool{}
	named := map[string]bool{} // countries whose gazetteer entry names their army
	for i := range g.Entities {
		if c := &g.Entities[i]; c.Army != "" {
			if a := g.Entity(c.Army); a != nil {
				found[c.ID], named[c.ID] = a, true
			}
		}
	}
	for i := range g.Entities {
		e := &g.Entities[i]
		if e.Type != "military" || named[e.Country] || e.Affiliation != "" && isMilitary(g.Entity(e.Affiliation)) {
			continue
		}
		country := e.Country
		if country == "" {
			country = e.Affiliation
		}
		if country == "" {
			continue
		}
		if f, ok := found[country]; ok && f.ID != e.ID {
			several[country] = true
		}
		found[country] = e
	}
	for c := range several {
		delete(found, c)
	}
	return found
}

func isMilitary(e *schemas.Entity) bool { return e != nil && e.Type == "military" }

// negatedNounSubject: the obligation's subject is a negated agreement noun one verb before pos:
// "nothing in the agreement obliged X to leave", "لا شيء في الاتفاق يلزم X بالانسحاب".
func (ac *articleContext) negatedNounSubject(si *sentInfo, pos int) bool {
	for _, n := range hitsStartingIn(si.nouns, pos-2-ac.l.longest, pos-1) {
		if n.cat != catTalks && n.end < pos && pos-n.end <= 1 && negatedAt(si, n.start) {
			return true
		}
	}
	return false
}

// signatoryGroupsRule: named factions that signed ("الفصائل الموقعة ... أحرار الشام ...").
func (ac *articleContext) signatoryGroupsRule(out []draft, si *sentInfo) []draft {
	if ac.otherDealOnly(si) {
		return out // "X and Y signed a trade deal"
	}
	armed := func(m mention) bool {
		return !m.demonym && m.e.Type == "armed_group" && m.e.Role != "jihadist" && (!m.context || ac.listedContextAlias(si, m))
	}
	group := func(m mention) bool { return ac.signingGroup(m, armed) } // signatories_leaders.go
	for _, h := range ac.cuesOf(si, refSignatoryGroups) {
		if ac.dealWithOtherBody(si, h) {
			continue // "denied signing any agreement with the regional government" (status_other_deal.go)
		}
		if deniedAt(si, h.start) || deniedClause(si, h.start) || ac.signingNegatedByQuantifier(si, h) {
			continue // "نفى الحوثيون أنهم وقعوا على أي اتفاق", "X signed nothing": a denied signature names no signer
		}
		if statementSigned(si, h) || signatureLine(si, h) {
			continue // "the statement, signed by the Central Command", "Signed: General X": who signed the statement
		}
		if ac.signersSubset(si, h) {
			continue // "Of the ten factions that signed the deal, only Fatah and Hamas ..." (signatories_subset.go)
		}
		ms, exhaustive := ac.signersAfterCue(si, h, group)
		if len(ms) > 0 && (comitativeIn(ac, si, h.end, ms[0].start) || len(hitsStartingIn(si.hitsOf(catAlongside), h.end, ms[0].start-1)) > 0) {
			// "The ceasefire signed in Doha with the FNRT rebels", «توقيع اتفاق ... مع الجبهة»,
			// "had signed an annex to it alongside the FNRT": who signed with the unnamed
			// signer, not the list of signers (signersRule and signersAlongside read the
			// subject and the partner together).
			ms = nil
		}
		if with := ac.signersAlongside(si, h, group); len(with) > len(ms) {
			ms, exhaustive = with, false // "X signed the deal alongside Y" (signatories_alongside.go)
		}
		if len(ms) == 0 && !ac.cueOwnedByState(si, h) {
			// Subject before the verb, past a relative clause set off by commas: "حركات X
			// الخمس، التي تضم ...، وقّعت على ملحق الاتفاق"; with the names coordinated with it
			// ("Representatives of X, Y and Z signed").
			// Not who attended or witnessed the signing ("جبهة مورو حضرت التوقيع بصفة شاهد").
			// "X alone (among the armed groups) signed": X and no other (signatory_groups_singled_out.go).
			if alone := ac.signersSingledOut(si, h, group); len(alone) > 0 {
				ms, exhaustive = alone, true
			} else if k := si.mentionsEndingBy(h.start) - 1; k >= 0 && group(si.ents[k]) && ac.gapTokens(si, si.ents[k].end, h.start) <= 1 && !si.boundaryIn(si.ents[k].end, h.start) && !ac.attendanceIn(si, si.ents[k].end, h.start) {
				// Only names joined as one list ("According to Djibrine, only the 3R, the MPC and
				// the FPRC put their names to the document": not Djibrine's own group); an
				// "only" before the list makes it exhaustive.
				ms = ac.coordinatedBackward(si, nearestGroup(collectBackward(si, h.start, 16, group)))
				first := ms[len(ms)-1].start
				exhaustive = onlyInClause(si, max(first-2, clauseStart(si, first)), first)
			}
		}
		if len(ms) < 1 || ac.betweenPair(si, ms) {
			continue // "the truce signed in Doha between X and Y": its parties (signatories_between_sides.go)
		}
		out = append(out, draft{topic: "ceasefire.signatory_groups", members: ac.sideIDs(ms), exhaustive: exhaustive, pos: h.start, rule: "signatory_groups.named"})
		break
	}
	return out
}

// agreementEarlierInClause: the agreement or ceasefire noun comes earlier in the provision's
// clause, however long its list of provisions ("The agreement also provides for an exchange of
// prisoners ... and for unhindered humanitarian access"; "الاتفاق ينص على انسحاب ... وعلى تبادل
// الأسرى ... فضلاً عن ..."), or in the clause before an additive break ("، كما يتيح ...").
func (ac *articleContext) agreementEarlierInClause(si *sentInfo, pos int) bool {
	from := clauseStart(si, pos)
	// "يلزم الاتفاق X بـ...، كما يتيح لفرق الإغاثة الوصول": a clause an additive break opens
	// goes on with the subject of the clause before it.
	for from > 0 && ac.l.fw.additiveBreaks[si.tokText(from-1)] {
		from = clauseStart(si, from-1)
	}
	for _, n := range si.nouns {
		if n.start >= pos {
			break
		}
		if n.start < from || n.cat == catTalks || pos-n.end > 40 {
			continue
		}
		if n.cat == catAgreement && (!ac.ceasefire || ac.insideTalks(si, n)) {
			continue
		}
		return true
	}
	return false
}

// afterBodiesCue: a bodies cue of the topic ends at most two tokens before pos (a number or
// an article in between), and no coordinator in between opens another term ("تسليم جثامين
// القتلى وإطلاق المحتجزين").
func (ac *articleContext) afterBodiesCue(si *sentInfo, ref topicRef, pos int) bool {
	for _, c := range ac.cuesOf(si, ref) {
		if ac.l.topicCue[c.idx].Slot == "bodies" && c.end <= pos && pos-c.end <= 2 && !si.boundaryIn(c.end, pos) && !ac.coordinatorIn(si, c.end, pos) {
			return true
		}
	}
	return false
}

// deniedClause: a denial verb earlier in the clause governs a complement clause holding pos
// ("ونفى زين ما تداولته وسائل إعلام إسرائيلية عن أن تل أبيب تحتفظ بحرية العمل"): a
// complementizer stands between them, at most 15 tokens before pos.
func deniedClause(si *sentInfo, pos int) bool {
	return deniedClauseWithin(si, pos, 15)
}

// deniedProvision is deniedClause for a provision, which sits deeper in the denied clause: a
// minister's title and name and the agreement's sides come first ("نفى وزير العدل التركي كمال
// صاريباش أن تكون الهدنة مع حزب العمال الكردستاني قد تضمنت أي إفراج عن السجناء"). The truce's
// own status keeps the shorter reach: a denial far before "signed" is often of one side's
// signature, not of the agreement.
func deniedProvision(si *sentInfo, pos int) bool {
	return deniedClauseWithin(si, pos, 20)
}

func deniedClauseWithin(si *sentInfo, pos, n int) bool {
	for _, d := range hitsStartingIn(si.hitsOf(catDenial), pos-2*n, pos-1) {
		// "نفت كيغالي ذلك قطعياً، مؤكدة أن ...": a new report between them starts its own
		// assertion.
		// "rejected claims that X must leave", "denied reports that": a report word right
		// after the denial is its object, not a new report. A verb's letters inside a name
		// are no verb («بينوه», BINUH, reads as «بين» with a suffix).
		if slices.ContainsFunc(hitsStartingIn(si.hitsOf(catAttrVerb), d.end+1, pos-1), func(a hit) bool { return !inName(si, a.start) }) {
			continue
		}
		if !si.boundaryIn(d.end, pos) && pos-d.start <= n {
			return true
		}
		// "نفى بيان صادر عن X، تداولته مواقع محلية اليوم السبت، أن يكون الاتفاق قد ألزم ...",
		// "denied, in a statement on Saturday, that the deal requires ...": a parenthetical
		// between commas parts the denial from its content clause, which a complementizer
		// opens right after the last comma.
		if c, ok := clauseResumedAt(si, d.end, pos); ok && pos-c <= n {
			return true
		}
	}
	return false
}

// clauseResumedAt: the last comma or boundary in [from, pos) is followed right away by a
// complementizer ("، أن", ", that"), whose position it returns: the clause before the comma goes
// on there.
func clauseResumedAt(si *sentInfo, from, pos int) (int, bool) {
	last := -1
	for k := from; k < pos; k++ {
		if si.boundary[k] || si.toks[k].punct && isComma(si.toks[k].text) {
			last = k
		}
	}
	c := last + 1
	if last < 0 || c >= pos || si.toks[c].w == nil || si.toks[c].w.classes&classComplementizer == 0 {
		return 0, false
	}
	return c, true
}

// thingInProvision: the thing named by the cue h (object "carrier" or "bare") is a term: the
// sentence names the truce or the agreement ("Under the accord, everyone kidnapped ... is to be
// freed", "سمحت العطوة بإدخال صهاريج المياه"), an inclusion or an agreeing verb governs it, or a
// cue of the topic that is an action ("تسليم جثتي", "release of") ends at most three tokens
// before it in its clause.
func (ac *articleContext) thingInProvision(si *sentInfo, ref topicRef, h hit, partOfAgreed bool) bool {
	if partOfAgreed || ac.ceasefireContext(si) || ac.agreedToProvision(si, h.start) {
		return true
	}
	if _, governed := ac.governingInclusion(si, h.start); governed {
		return true
	}
	for _, c := range hitsStartingIn(ac.cuesOf(si, ref), h.start-3-ac.l.longest, h.start-1) {
		if o := ac.l.topicCue[c.idx].Object; o != "carrier" && o != "bare" && c.end <= h.start && h.start-c.end <= 3 && !si.boundaryIn(c.end, h.start) {
			return true
		}
	}
	// "كما جرى تسليم جثتي مسلحَين", "أن يُفرج خلال ساعات عن مخطوف رابع": a release, handover
	// or entry word right before the thing, the agreement named in the sentence before. Not a
	// word as often of the toll (lexicon object "with_action": "Hospitals struggled to release
	// the dead to their families"): it needs the provision in its own sentence.
	return ac.l.topicCue[h.idx].Object != "with_action" &&
		ac.termActionBefore(si, h.start, 4) && ac.previousNamesAgreement(si) && !si.has[catTalks] && !ac.fightingInSentence(si)
}

// truceNounWithin: a ceasefire noun, or an agreement noun in a ceasefire article, starts in
// [pos, pos+n] with no boundary before it.
func (ac *articleContext) truceNounWithin(si *sentInfo, pos, n int) bool {
	for _, c := range [...]category{catCeasefire, catAgreement} {
		if c == catAgreement && !ac.ceasefire {
			continue
		}
		for _, h := range hitsStartingIn(si.hitsOf(c), pos, pos+n) {
			if !si.boundaryIn(pos, h.start) {
				return true
			}
		}
	}
	return false
}

// termActionBefore: a term action word (lexicon term_actions: release, handover, entry) stands
// at most window tokens before pos, with no boundary in between.
func (ac *articleContext) termActionBefore(si *sentInfo, pos, window int) bool {
	for k := pos - 1; k >= 0 && k >= pos-window; k-- {
		if si.boundaryIn(k, pos) {
			return false
		}
		if ac.termActionAt(si, k) {
			return true
		}
	}
	return false
}

// termActionAt: token k is a term action word (lexicon term_actions: release, handover, تسليم)
// in one of its variants.
func (ac *articleContext) termActionAt(si *sentInfo, k int) bool {
	for _, v := range si.toks[k].variants() {
		if ac.l.fw.termActions[v] {
			return true
		}
	}
	return false
}

// termActionAfter: a term action word (lexicon term_actions) stands at most window tokens after
// end, with no boundary in between ("the dead are to be returned").
func (ac *articleContext) termActionAfter(si *sentInfo, end, window int) bool {
	for k := end; k < len(si.toks) && k < end+window; k++ {
		if si.boundaryIn(end, k+1) {
			return false
		}
		if ac.termActionAt(si, k) {
			return true
		}
	}
	return false
}

// aidServedBy: an aid cue starts at most five tokens after the evacuation cue h, in its clause,
// as what the corridor is for ("ممرات آمنة أمام قوافل الإغاثة"); a carrier too: a corridor or
// safe passage for ambulances ("ممرات آمنة لسيارات الإسعاف", "safe passage of ambulances and
// civilians") lets them through, which is aid access, not an evacuation ("speaks of corridors
// for ambulances, nothing more — there is no evacuation clause"; ambulances sent to carry the
// wounded still serve one, carrierSentFor). Not a second term coordinated with it ("بإجلاء
// الجرحى وإدخال صهاريج المياه", "evacuation of the wounded and aid deliveries").
func (ac *articleContext) aidServedBy(si *sentInfo, ref topicRef, h hit) bool {
	for _, c := range hitsStartingIn(ac.cuesOf(si, ref), h.end, h.end+5) {
		if ac.l.topicCue[c.idx].Slot == "aid_access" &&
			!si.boundaryIn(h.end, c.start) && !ac.coordinatedFrom(si, h.end, c) {
			return true
		}
	}
	return false
}

// coordinatedFrom: a coordinator stands between from and the cue c, or on c itself: a word
// ("and", "و") or a conjunction prefix ("وإدخال صهاريج المياه"); on the cue's first word only
// a prefix its lexicon form lacks ("وصول" is no "و" + "صول"). A word between that merely
// starts with the prefix letter counts too: at worst both terms are kept, as before the
// corridor rule.
func (ac *articleContext) coordinatedFrom(si *sentInfo, from int, c hit) bool {
	if ac.coordinatorIn(si, from, c.start) {
		return true
	}
	fw := &ac.l.fw
	t := si.tokText(c.start)
	first, _, _ := strings.Cut(foldCue(ac.l.topicCue[c.idx].Cue.Cue), " ")
	for _, p := range fw.conjunctionPrefixes {
		// "وإدخال" for "إدخال"; "ووصول" for "وصول" (the prefix, then the cue's own first letters)
		if rest, ok := strings.CutPrefix(t, p); ok && (!strings.HasPrefix(first, p) || strings.HasPrefix(rest, runePrefix(first, 2))) {
			return true
		}
	}
	return false
}

// coordinatorIn: a coordinator word or a word with a conjunction prefix stands in [from, to).
func (ac *articleContext) coordinatorIn(si *sentInfo, from, to int) bool {
	fw := &ac.l.fw
	for k := max(from, 0); k < to && k < len(si.toks); k++ {
		if t := si.tokText(k); fw.coordinators[t] || fw.withoutConjunction(t) != t {
			return true
		}
	}
	return false
}

// runePrefix is the first n runes of s (all of s when shorter).
func runePrefix(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

// describesHostages: a hostages cue ends at most four tokens before the cue h, in its clause,
// and no coordinator joins them ("الرهائن والأسرى" names both slots).
func (ac *articleContext) describesHostages(si *sentInfo, ref topicRef, h hit) bool {
	for _, c := range hitsStartingIn(ac.cuesOf(si, ref), h.start-4-ac.l.longest, h.start-1) {
		if ac.l.topicCue[c.idx].Slot == "hostages" && c.end <= h.start && h.start-c.end <= 4 &&
			!si.boundaryIn(c.end, h.start) && !ac.coordinatedFrom(si, c.end, h) {
			return true
		}
	}
	return false
}

// carrierSentFor: right after the carrier h (at most three tokens, same clause) stands what it
// is sent for: an evacuation ("لنقل الجرحى", "to evacuate the wounded") or an exchange ("لتسلم
// جثامين").
func (ac *articleContext) carrierSentFor(si *sentInfo, ref topicRef, h hit) bool {
	if ac.slotCueIn(si, ref, "evacuation", h.end, h.end+3) {
		return true
	}
	for _, c := range hitsStartingIn(ac.cuesOf(si, refExchange), h.end, h.end+3) {
		if !si.boundaryIn(h.end, c.start) {
			return true
		}
	}
	return false
}

// slotCueIn: a cue of the topic's slot starts in [from, to] with no boundary before it.
func (ac *articleContext) slotCueIn(si *sentInfo, ref topicRef, slot string, from, to int) bool {
	for _, c := range ac.cuesOf(si, ref) {
		if ac.l.topicCue[c.idx].Slot == slot && c.start >= from && c.start <= to && !si.boundaryIn(from, c.start) {
			return true
		}
	}
	return false
}

// negatedPredicateAfter: a negated predicate starts within n tokens after end, past quote
// marks, in the same clause ("من المحطة "ليس مطروحاً"", "is not part of the deal").
func negatedPredicateAfter(si *sentInfo, end, n int) bool {
	_, ok := negatedPredicateAt(si, end, n)
	return ok
}

// negatedPredicateAt is where the negated predicate negatedPredicateAfter finds starts.
func negatedPredicateAt(si *sentInfo, end, n int) (int, bool) {
	for k, seen := end, 0; k < len(si.toks) && seen <= n; k++ {
		if si.boundary[k] {
			return 0, false
		}
		if si.startsAt(catNegPredicate, k) {
			return k, true
		}
		if !si.quoteAt(k) {
			seen++
		}
	}
	return 0, false
}

// clauseSubjectForce: the force that opens the cue's reported content, up to 14 tokens before
// it with no boundary, when a coordinated predicate stands between ("X are on sovereign
// territory and will not withdraw").
func (ac *articleContext) clauseSubjectForce(si *sentInfo, h hit) (mention, bool) {
	from := max(ac.contentStart(si, h.start), h.start-14)
	for k := si.firstMentionFrom(from); k < len(si.ents) && si.ents[k].end <= h.start; k++ {
		m := si.ents[k]
		if !isForce(m) || si.boundaryIn(m.end, h.start) {
			return mention{}, false
		}
		for j := m.end; j < h.start; j++ {
			if w := si.tokText(j); w == "and" || w == "و" {
				return m, true
			}
		}
		return mention{}, false
	}
	return mention{}, false
}

// demonstrativeForce: "those forces must leave it": the force named last before the
// demonstrative, in this sentence or the one before.
func (ac *articleContext) demonstrativeForce(si *sentInfo, h hit) (mention, bool) {
	for k := h.start - 1; k >= 1 && k >= h.start-4; k-- {
		if !ac.l.fw.forceNouns[si.tokText(k)] || !ac.l.fw.pluralDemonstratives[si.tokText(k-1)] {
			continue
		}
		for j := si.mentionsEndingBy(k-1) - 1; j >= 0; j-- {
			if isForce(si.ents[j]) {
				return si.ents[j], true
			}
		}
		if si.s.Index > 0 {
			prev := ac.infos[si.s.Index-1]
			for j := len(prev.ents) - 1; j >= 0; j-- {
				if isForce(prev.ents[j]) {
					return mention{start: k - 1, end: k + 1, e: prev.ents[j].e}, true
				}
			}
		}
		return mention{}, false
	}
	return mention{}, false
}

// negatedAny: the cue at pos (or the noun one word before it: "أي ممرات لإجلاء") follows an
// "any" word that a negation up to four tokens before governs, in the same clause.
func negatedAny(fw *functionWords, si *sentInfo, pos int) bool {
	for k := pos - 1; k >= 0 && k >= pos-2; k-- {
		if si.boundary[k] {
			return false
		}
		if !si.tokIn(k, classGenericDeterminer, fw.genericDeterminers) {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-4; j-- {
			if si.boundary[j] {
				return false
			}
			if h, ok := si.hitAt(catNegation, j); ok && !si.trap[j] && h.end <= k {
				return true
			}
		}
		return false
	}
	return false
}

// pastCommaRelative skips a relative clause set off by commas right after end ("تبادل الأسرى،
// الذي سيشمل 350 أسيراً من كل طرف، "مسار ..."", "the swap, which will cover 350 each, is
// ..."): the predicate of the provision comes after it.
func pastCommaRelative(si *sentInfo, end int) int {
	if end+1 >= len(si.toks) || !isComma(si.toks[end].text) {
		return end
	}
	if !si.startsAt(catRelPron, end+1) {
		return end
	}
	for k := end + 2; k < len(si.toks) && k < end+20; k++ {
		if isComma(si.toks[k].text) {
			return k + 1
		}
		if clauseBreakPunct(si.toks[k].text) {
			return end
		}
	}
	return end
}

// agreedToProvision: the provision at pos is the object of an agreeing verb up to six tokens
// before it in its clause ("Both sides agreed to hand over the bodies", "اتفقا على تبادل
// المحتجزين"): in an article about a ceasefire, the sides' agreement holds it.
func (ac *articleContext) agreedToProvision(si *sentInfo, pos int) bool {
	if !ac.ceasefire {
		return false
	}
	for _, c := range hitsStartingIn(ac.cuesOf(si, refStatus), pos-6-ac.l.longest, pos) {
		if ac.l.topicCue[c.idx].Value != "agreed" || c.end > pos || pos-c.end > 6 || si.boundaryIn(c.end, pos) {
			continue
		}
		if !negatedAt(si, c.start) && !deniedAt(si, c.start) {
			return true
		}
	}
	return false
}

// agreesToAny: the sentence has an agreeing verb (agreed, اتفقا) that is neither negated nor
// denied: a provision after it may be its object (see agreedToProvision).
func (ac *articleContext) agreesToAny(si *sentInfo) bool {
	if !ac.ceasefire {
		return false
	}
	for _, c := range ac.cuesOf(si, refStatus) {
		if ac.l.topicCue[c.idx].Value == "agreed" && !negatedAt(si, c.start) && !deniedAt(si, c.start) {
			return true
		}
	}
	return false
}

// termParticipleAfter: a term participle starts at most three tokens after end, and a ceasefire or
// agreement noun follows it within three tokens, with no boundary in between.
func (ac *articleContext) termParticipleAfter(si *sentInfo, end int) bool {
	for k := end; k < len(si.toks) && k <= end+3; k++ {
		if si.boundary[k] {
			return false
		}
		if !si.tokIn(k, classTermParticiple, ac.l.fw.termParticiples) {
			continue
		}
		for j := k + 1; j < len(si.toks) && j <= k+4; j++ {
			if si.startsAt(catCeasefire, j) {
				return true
			}
			if a, ok := si.hitAt(catAgreement, j); ok && !ac.insideTalks(si, a) {
				return true
			}
		}
		return false
	}
	return false
}

// contrastsBefore counts the contrast words (clause breaks: while, but, بينما) before token
// pos that stand after a comma: each opens another account of the same provision.
func contrastsBefore(si *sentInfo, pos int) int {
	n := 0
	for _, h := range si.hitsOf(catClauseBreak) {
		if h.start < pos && h.start > 0 && !si.trap[h.start] && isComma(si.tokText(h.start-1)) {
			n++
		}
	}
	return n
}

// otherSlotCueAfter: another cue of the topic starts within four tokens after h, in its clause.
func (ac *articleContext) otherSlotCueAfter(si *sentInfo, ref topicRef, h hit) bool {
	for _, c := range ac.cuesOf(si, ref) {
		if c.start >= h.end && c.start <= h.end+4 && c.idx != h.idx && !si.boundaryIn(h.end, c.start) {
			return true
		}
	}
	return false
}

// insideLongerCue: another cue of the topic spans h and more ("المحتجزين لدى الجماعة" over
// "المحتجزين", "detainees held by the group" over "detainees"): the longer phrase names the slot.
func insideLongerCue(cues []hit, h hit) bool {
	for _, c := range cues {
		if c.start <= h.start && c.end >= h.end && c.end-c.start > h.end-h.start {
			return true
		}
	}
	return false
}

// jihadistWithin: a jihadist group is named within n tokens after pos.
func jihadistWithin(si *sentInfo, pos, n int) bool {
	for _, m := range si.ents[si.firstMentionFrom(pos):] {
		if m.start > pos+n {
			return false
		}
		if !m.demonym && m.e.Type == "armed_group" && m.e.Role == "jihadist" {
			return true
		}
	}
	return false
}

// aidActor: the aid word qualifies people or bodies (lexicon aid_actor_nouns): the noun after it
// in English ("aid workers", "aid groups warned of famine"), the construct noun before it in
// Arabic ("عمال الإغاثة", "منظمات الإغاثة"). What they are or suffer is no term on aid.
func (ac *articleContext) aidActor(si *sentInfo, h hit) bool {
	k := h.end
	if ac.l.lex.Grammar.AdjectiveAfterNoun {
		k = h.start - 1
	}
	return k >= 0 && k < len(si.toks) && ac.l.fw.aidActorNouns[si.tokText(k)]
}

// fightingInSentence: a lexicon fighting word stands in the sentence and no modal auxiliary or
// future verb does ("Medical supplies ran short as shelling continued", "نفدت الإمدادات الطبية
// مع استمرار القصف"): a slot noun there reports the war, so the agreement named in the sentence
// before does not make it a term; "both sides would guarantee humanitarian access to communities
// confined by the fighting" states one. Only asked for a slot cue that nothing in its own
// sentence ties to the agreement.
func (ac *articleContext) fightingInSentence(si *sentInfo) bool {
	fw := &ac.l.fw
	fighting := false
	for k := range si.toks {
		if w := si.toks[k].w; w != nil && w.classes&classModalOrFuture != 0 {
			return false
		} else if t := si.tokText(k); w == nil && (fw.modalAuxiliaries[t] || fw.futureVerb(fw.withoutConjunction(t))) {
			return false
		}
		fighting = fighting || ac.fightingWordAt(si, k)
	}
	return fighting
}

// comitativeIn: a comitative ("with", "مع") stands in [from, to).
func comitativeIn(ac *articleContext, si *sentInfo, from, to int) bool {
	for k := from; k < to; k++ {
		if si.tokIn(k, classComitative, ac.l.fw.comitatives) {
			return true
		}
	}
	return false
}

// attendanceIn: a word of attending (lexicon attendance_words: attended, witnessed, حضرت) stands
// in [from, to).
func (ac *articleContext) attendanceIn(si *sentInfo, from, to int) bool {
	for k := from; k < to; k++ {
		if ac.l.fw.attendanceWords[ac.l.fw.withoutConjunction(si.tokText(k))] {
			return true
		}
	}
	return false
}

// listedContextAlias: a context alias ("الجبهة", "the Front") of a group, joined by a
// conjunction or a comma alone to another group named outright, or to an army or a
// government however named: one
// item of a list of groups («لم يوقّع على الاتفاق إلا الجبهة ومجلس مقاومة تيبستي»), not a
// description ("the anti-balaka wing of the coalition").
func (ac *articleContext) listedContextAlias(si *sentInfo, m mention) bool {
	joined := func(a, b mention) bool {
		for i := a.end; i < b.start; i++ {
			if t := si.tokText(i); !isComma(t) && !ac.l.fw.conjunctions[t] && !ac.l.fw.definiteArticles[t] {
				return false
			}
		}
		return true
	}
	named := func(o mention) bool {
		switch {
		case o.demonym || o.e == m.e:
			return false
		case o.e.Type == "armed_group":
			return !o.context
		}
		return o.e.Type == "military" || o.e.Type == "government" // "القوات المسلحة والحركة الشعبية"
	}
	k := slices.IndexFunc(si.ents, func(o mention) bool { return o.start == m.start && o.end == m.end })
	if k < 0 {
		return false
	}
	return k+1 < len(si.ents) && named(si.ents[k+1]) && joined(m, si.ents[k+1]) ||
		k > 0 && named(si.ents[k-1]) && joined(si.ents[k-1], m)
}

// statementSigned: the signing cue is a participle on a statement noun right before it, past a
// comma at most ("the statement, signed by the Central Command (COCE) and published on the
// group's website, said", «البيان الموقّع من قيادة الحركة»): its signers signed the statement,
// not the truce. A noun that also names the agreement («الوثيقة») is the truce's text.
func statementSigned(si *sentInfo, h hit) bool {
	for _, st := range hitsStartingIn(si.hitsOf(catStatementNoun), h.start-6, h.start-1) {
		if si.startsAt(catAgreement, st.start) || si.startsAt(catCeasefire, st.start) {
			continue
		}
		gap := 0
		for k := st.end; k < h.start; k++ {
			if !si.toks[k].punct || !isComma(si.toks[k].text) {
				gap++
			}
		}
		if gap == 0 {
			return true
		}
	}
	return false
}

// signatureLine: the signing word opens the sentence and a colon follows it ("Signed: General
// Januário Chivambo.", «التوقيع: ...»): the sign-off of the statement the article quotes, whose
// signer signed that text, not the truce.
func signatureLine(si *sentInfo, h hit) bool {
	return h.start == 0 && h.end < len(si.toks) && si.tokText(h.end) == ":"
}
