package claims

import "strings"

// statusRule: agreed / proposed / collapsed, not_agreed when an agreement is negated. A cue
// counts only near a ceasefire noun; "agreed to seek a ceasefire" is a proposal.
func (ac *articleContext) statusRule(out []draft, si *sentInfo) []draft {
	ctx := ac.ceasefireContext(si)
	if !ctx && !ac.ceasefire {
		return out
	}
	first := len(out)
	cues := ac.cuesOf(si, refStatus)
	var proposals []hit // a few, so no map per sentence
	for _, h := range cues {
		if ac.l.topicCue[h.idx].Value == "proposed" {
			proposals = append(proposals, h)
		}
	}
	for _, h := range cues {
		v := ac.l.topicCue[h.idx].Value
		if v == "" {
			continue // the frame of operations going on against a place (continuingOperations)
		}
		if ac.yearOfEarlierTruce(si, h) || ac.truceOfEarlierMonth(si, h) {
			continue
		}
		// "stopped observing the truce", "were observing the funeral of those killed before the
		// truce": compliance ended, or with something else (status_compliance.go).
		if v == "in_force" && (ac.cessationBefore(si, h) || ac.compliedWithOther(si, h)) {
			continue
		}
		// "تمديد الهدنة السارية", "توسيع نطاق وقف إطلاق النار الساري في حلب": the truce in force
		// named as what is extended is the extension's object; an extension gives no status.
		if v == "in_force" && (extensionRightBefore(ac, si, cues, h.start) || ac.participleOfOtherPlace(si, h)) {
			continue
		}
		// "الاتفاق لم يوقّعه سوى الجيش والبيشمركة": a negated signature with an exception after
		// it says who alone signed; the signature stands (status_signing.go).
		exceptive := ac.exceptiveSignature(si, h)
		if exceptive {
			v = "agreed"
		}
		// "Hamas will sign the deal on Thursday", "must sign", "signed a separate deal on
		// prisoners": a signing to come or asked for, or of another text (status_signing.go).
		if v == "agreed" && ac.signingNotOfTheTruce(si, h) {
			continue
		}
		if v == "agreed" && proposalGoverns(si, proposals, h) {
			continue
		}
		// "and that the government agreed to nothing", "lying about what was agreed" after a
		// denial: no agreement asserted (status_background.go).
		if v == "agreed" && ac.agreedNothingOrDeniedWhat(si, cues, h) {
			continue
		}
		// "the truce started at midnight, as agreed": a term's manner (status_as_agreed.go).
		if v == "agreed" && ac.asAgreed(si, h) {
			continue
		}
		// "We did not sign anything in Nairobi", "That is what we agreed": a party speaking
		// of its own signature needs no ceasefire noun in a ceasefire article.
		if own, negated := ac.ownAgreementVerb(si, h); own && v == "agreed" && !ac.spanObjectAfter(si, h.end) {
			if negated {
				if ac.dealWithOtherBody(si, h) {
					continue // "we signed no agreement with the regional government": another deal
				}
				v = "not_agreed"
			}
			out = append(out, draft{topic: "ceasefire.status", value: v, pos: h.start, rule: "status.own_signature"})
			continue
		}
		// "We signed fourteen days, not seventy-two hours", "Bamako had accepted \"an initial
		// period of thirty days\"": agreeing to a span of days is agreeing to the truce.
		spanObject := v == "agreed" && ac.spanObjectAfter(si, h.end)
		// "Nothing was signed.", "لم يتم توقيع أي شيء": a denial that is a whole clause (lexicon
		// object "self") needs no ceasefire noun in an article about a truce.
		selfContained := ac.l.topicCue[h.idx].Object == "self"
		// "Five armed factions put their names to it.": the pronoun is the agreement named before.
		// "Only two groups ... have signed.": a signing verb closing its clause has the
		// article's truce for its object (status_signing.go).
		// "It was brokered by Malaysia": the pronoun subject of a passive cue is the agreement
		// named before (status_passive_pronoun.go).
		// "It is holding, for now.": a state of the truce with "it" for subject, right after a
		// sentence naming it (pronounSubjectOf).
		pronounObject := ac.agreementPronounObject(si, h) || ac.freeRelativeObject(si, h) || ac.objectlessSignature(si, h) || ac.passivePronounSubject(si, h) || v == "in_force" && ac.quotedPronounSubject(si, h)
		if !ctx && !spanObject && !selfContained && !pronounObject {
			continue
		}
		// "Only two parties signed the Doha agreement", "وقّعه طرفان فقط", "was reached solely
		// through Russian mediation": an exhaustive word in the clause makes the sentence about
		// who signed or brokered it; the signature itself is presupposed.
		// The exhaustive word stands near the verb: "(يونامي) حصراً" ten words on qualifies
		// the mediator's name, not the signature.
		// "brokered by Egypt and Qatar only", "ثمرة وساطة الاتحاد الأفريقي والإيغاد وحدهما": an
		// exhaustive word closing the mediators says who mediated; the truce is still presupposed
		// (status_only_mediators.go).
		// A finite verb of signing is not such a verb: "only" restricts the signers, not the
		// signing (status_signing.go).
		if v == "agreed" && !ac.signingCue(h) && onlyInClause(si, max(clauseStart(si, h.start), h.start-8), min(clauseEnd(si, h.end), h.end+5)) && !ac.onlyOfMediators(si, max(clauseStart(si, h.start), h.start-8), min(clauseEnd(si, h.end), h.end+5)) {
			continue
		}
		// "from the moment of signing", "منذ لحظة التوقيع", "وجاء توقيع الاتفاق بعد ...": the
		// signing as a point in time presupposes it; the sentence asserts something else.
		if v == "agreed" && signingAsTime(&ac.l.fw, si, h) {
			continue
		}
		// "اتفاق وقف إطلاق النار بين ... ، الذي وُقّع أمس": a relative clause on the noun.
		relative := ac.relativeOfCeasefire(si, h.start)
		// "The deal, a purely local one confined to the front lines, was hammered out": the
		// appositive does not part the verb from its subject (status_frames.go).
		if !ac.nearCeasefirePastNames(si, h.start, 12) && !ceasefireInCue(si, h) && !relative && !spanObject && !selfContained && !pronounObject && !(si.has[catCeasefire] == false && len(si.toks) <= 12) && !ac.appositiveSubjectBefore(si, h) {
			continue
		}
		if obj := ac.l.topicCue[h.idx].Object; (obj == "direct" || obj == "definite") && !exceptive && !(ac.directObjectCeasefire(si, h.end) && !ac.complementizerFirst(si, h.end)) && !relative && !ac.directObjectAgreement(si, h.end) {
			continue
		}
		// "The United States is committed to a ceasefire in Gaza": a state of commitment to an
		// indefinite truce (lexicon object "definite") is to a goal, not to the truce in force.
		if ac.l.topicCue[h.idx].Object == "definite" && h.end < len(si.toks) && (ac.l.fw.indefiniteArticles[si.tokText(h.end)] || ac.l.fw.genericDeterminers[si.tokText(h.end)]) {
			continue
		}
		// "welcomed the entry into force of a trade agreement": the truce noun itself must
		// follow (status_foreseen.go), and no other state of it before it ("a month into the
		// collapse of the ceasefire": status_truce_after_other.go), past no comma and with no
		// other year ("since the start of the war, three truces", "منذ بدء هدنة عام 2019":
		// status_truce_after_object.go).
		if ac.l.topicCue[h.idx].Object == "truce_after" && (!truceNounAfter(si, h.end, 5) || ac.truceNounModifiesAfter(si, h.end, 5) || ac.otherStatusBeforeTruce(si, h, 5) || ac.truceAfterOfOther(si, h, 5)) {
			continue
		}
		// "الاتفاق المبرم مع صندوق النقد الدولي", "الاتفاق الموقع لتصدير الغاز": a generic deal
		// with its own partner or object is another deal (status_other_deal.go).
		if v == "agreed" && ac.participleOfOtherDeal(si, h) {
			continue
		}
		// "The grain deal in force since July lets ships pass": the status of another deal.
		if ac.otherDealSubject(si, h) {
			continue
		}
		// "no release of prisoners had been agreed": the provision before the cue is what
		// was (not) agreed, not the ceasefire; "اتفقا على تسليم جثامين القتلى": so is the
		// provision right after it (status_frames.go).
		// "قواته «اقترحت» تبادل الأسرى": so is a provision proposed.
		if ac.provisionSubjectBefore(si, h.start) || (v == "agreed" || v == "proposed") && ac.provisionObjectAfter(si, h) {
			continue
		}
		// "Egypt and Turkey have agreed to act as guarantors of this agreement": agreeing to a
		// role in the truce presupposes it; the sentence is about the role.
		if v == "agreed" && ac.roleObjectAfter(si, h.end) {
			continue
		}
		// "agreed to attend a conference after the truce": to meet (status_meeting_object.go).
		if v == "agreed" && ac.meetingObjectAfter(si, h.end) {
			continue
		}
		// "agreed to extend the truce", "وافقت على تمديد وقف إطلاق النار": agreeing to its
		// extension presupposes the truce (status_foreseen.go).
		// "is expected to propose extending the truce by a month": a proposed extension is
		// no proposal of the truce either (the extension convention).
		if (v == "agreed" || v == "proposed") && ac.extensionObjectAfter(si, cues, h.end) {
			continue
		}
		// "The first aid convoy since the truce, 35 trucks of sorghum, reached Agok": a verb
		// in the past after a phrase set off by commas, with a name for its object, is the
		// sentence's own verb, not the truce's. A participle there ("The deal, brokered by
		// UNSMIL, halts ...", "The truce, agreed last Friday at Dar al-Fatwa, remains") presupposes
		// the truce and is its agreed claim (status_frames.go).
		if v == "agreed" && ac.appositiveParticiple(si, h) && ac.nameRightAfter(si, h.end) {
			continue
		}
		// "Checkpoints remain in place despite the truce": a predicate of many nouns needs the
		// truce for its subject.
		// "The truce, agreed last Friday at Dar al-Fatwa, remains in force": the appositive
		// does not part the predicate from its subject.
		if ac.l.topicCue[h.idx].Object == "subject" && (!ac.truceSubjectOf(si, h, false) && !ac.appositiveSubjectBefore(si, h) || !ac.holdsAsTruceVerb(si, h)) {
			continue
		}
		// "Neither side said the ceasefire had collapsed": content nobody asserts.
		if ac.negatedSayingBefore(si, h.start) {
			continue
		}
		// "Not since the 2020 agreement have both camps signed a written ceasefire": a
		// comparison with an earlier time (status_not_since.go).
		if ac.notSinceInversion(si, h.start) {
			continue
		}
		// "failed to agree a truce", "فشلوا في التوصل إلى هدنة": an attempt that came to nothing
		// (status_failed_attempt.go).
		if v == "agreed" && ac.failedAttemptBefore(si, h) {
			continue
		}
		// "نفى أن يكون قد جرى التوصل إلى أي وقف لإطلاق النار": a denial reaches into the
		// clause it governs.
		denied := deniedAt(si, h.start) || deniedClause(si, h.start)
		// "never agreed to any ceasefire": a generic ceasefire is not this one, unless the
		// whole of it is denied.
		if !denied && ac.onlyGenericCeasefireNear(si, h.start) {
			continue
		}
		negated := negatedAt(si, h.start) || denied || ac.negatedBeforeTruceSubject(si, h) || ac.negatedTruceSubjectBefore(si, h)
		// "Hezbollah, which did not sign the agreement, said ...": a negated relative clause
		// says what one side did, not whether there is an agreement. A denial that any deal
		// was reached there ("Radaa, which denied on Tuesday night that any deal had been
		// reached, said ...") is the side's not_agreed, as a reported denial is.
		if (negated || v == "not_agreed") && inCommaRelative(si, h.start) && !(denied && !ac.signingCue(h)) {
			continue
		}
		// "نفى أن تكون الوحدات قد وقّعت أي اتفاق مع حكومة إقليم كردستان": a deal denied with a
		// body that is no side of the truce is another deal (status_other_deal.go).
		if negated && ac.dealWithOtherBody(si, h) {
			continue
		}
		// "روسيا لم توقّع أي وثيقة مع نظام كييف، موضحاً أن النص الذي وقّعته موسكو ...": a
		// sentence that denies one signature and goes on to another is about who signed.
		if (negated || v == "not_agreed") && ac.signatureAssertedAfter(si, cues, h) {
			continue
		}
		// "الوثيقة لم تحمل سوى توقيعين", "the text bore no signatures but two": a negation
		// with an exception word before the cue says who signed, only they; the signature is
		// presupposed, as under "only" above.
		if negated && v == "agreed" && exceptiveNegation(si, h.start) {
			continue
		}
		// "rejected suggestions that the United States had brokered the ceasefire", "denied
		// playing any part in brokering the ceasefire": a denied broker (status_denied_broker.go).
		if negated && v == "agreed" && ac.deniedBrokerRole(si, h) {
			continue
		}
		// "نفى أن تكون الهدنة المبرمة مع طاجيكستان تشمل ...": a participle right after the
		// truce noun presupposes it; the denial is of the verb after it.
		if negated && v == "agreed" && ac.truceNounEndsAt(si, h.start) {
			continue
		}
		// "الاتفاق لم يكن ثمرة وساطة عمانية": a predicate of the truce (lexicon object
		// "subject") negated says what it was not the fruit of, not that there is none.
		if negated && v == "agreed" && ac.l.topicCue[h.idx].Object == "subject" {
			continue
		}
		// "لم نوافق على تسليم سلاحنا، والتهدئة سارية", "we did not agree to disarm": a refusal
		// of another thing, the truce named only in another clause (status_refused_object.go).
		if negated && v == "agreed" && ac.otherObjectRefused(si, h) {
			continue
		}
		// "no agreement had been reached on reopening the highway": one term is open, not the
		// truce (status_term_not_agreed.go).
		if (negated && v == "agreed" || v == "not_agreed") && ac.termOfAgreementAfter(si, h) {
			continue
		}
		if negated {
			switch v {
			case "agreed":
				v = "not_agreed"
			case "collapsed":
				v = "in_force" // "the truce has not collapsed"
			default:
				continue
			}
		}
		// "قد تنهار الهدنة في أي لحظة", "the truce could collapse": a collapse foreseen is
		// speculation, not a state of the truce.
		// "لن تنهار الهدنة": a collapse foreseen not to come is a prediction too, not in force.
		if v == "collapsed" || ac.l.topicCue[h.idx].Value == "collapsed" && ac.foreseenAt(si, h.start) {
			if m, _ := ac.modalityCue(si, h.start); m != "asserted" || ac.foreseenAt(si, h.start) {
				continue
			}
		}
		// "called on both sides to respect the truce", "دعت إلى أن يلتزم الطرفان بالهدنة": a
		// truce asked, hoped or proposed to hold is no state of it; nor one doubted to ("Few
		// believe the truce holds", "يشك المحللون في أن الهدنة ستصمد").
		// "ملتزم بها طالما التزم بها الطرف الآخر": compliance made a condition is no state either.
		if v == "in_force" {
			if m, _ := ac.modalityCue(si, h.start); m == "demanded" || m == "hoped" || m == "doubted" || m == "proposed" || si.cond[h.start] {
				continue
			}
			// "ملتزمة بالهدنة ما التزم بها الطرف الآخر": compliance promised on a condition
			// that follows it (status_conditional_compliance.go).
			if ac.complianceOnCondition(si, h) {
				continue
			}
			// "تنص الورقة على أن تبقى الهدنة سارية": a truce subject of a subjunctive verb
			// is stipulated or wished to hold (status_subjunctive.go).
			if ac.l.topicCue[h.idx].Value == "in_force" && ac.subjunctiveTruce(si, h) {
				continue
			}
		}
		// "Talks on the ceasefire began", "began holding talks on the truce": the talks begin
		// or are held; the truce is only what they are about.
		if v == "in_force" && ac.talksAboutTruce(si, h) {
			continue
		}
		// "Violations of the truce began at 6 a.m.", "خروقات الهدنة بدأت": a cue opening on the
		// truce noun predicates the fighting word the noun completes.
		if n, ok := ceasefireNounCovering(si, h.start); ok && ac.fightingHeadsNoun(si, n.start) {
			continue
		}
		d := draft{topic: "ceasefire.status", value: v, pos: h.start, rule: "status.cue"}
		// "Ankara first proposed a maritime truce": the proposal is the claim's own value, not
		// a hedge on it, and the proposer is what is reported, not who reports it.
		if _, at := ac.modalityCue(si, h.start); v == "proposed" && at == h.start {
			d.modality = "asserted"
		}
		out = append(out, d)
	}
	// "وجاء الاتفاق بوساطة أوروبية": a truce that came about through mediation (status_came_about.go).
	out = ac.cameAboutThrough(out, si)
	return dropAttemptsBeforeAgreement(si, out, first)
}

// dropAttemptsBeforeAgreement: a proposal told in a phrase a comma closes before the agreement
// of the same sentence is how the agreement came about ("After weeks of efforts to broker a
// truce, the two sides agreed to a ceasefire", "Egypt proposed a truce, which both sides
// accepted"): the sentence says the truce is agreed, not that it is still proposed.
func dropAttemptsBeforeAgreement(si *sentInfo, out []draft, first int) []draft {
	lastAgreed := -1
	for _, a := range out[first:] {
		if a.value == "agreed" {
			lastAgreed = max(lastAgreed, a.pos)
		}
	}
	if lastAgreed < 0 {
		return out
	}
	agreedAfter := func(pos int) bool { return lastAgreed > pos && commaIn(si, pos, lastAgreed) }
	kept := out[:first]
	for _, d := range out[first:] {
		if d.value == "proposed" && agreedAfter(d.pos) {
			continue
		}
		kept = append(kept, d)
	}
	return kept
}

// scopeRule: nationwide or partial, in a sentence about the ceasefire; and a coverage
// restricted to places ("ولا يشمل الاتفاق إلا مناطق السفوح": scope_restricted_coverage.go).
func (ac *articleContext) scopeRule(out []draft, si *sentInfo) []draft {
	return ac.restrictedCoverage(ac.scopeCues(out, si), si, len(out))
}

// scopeCues: nationwide or partial from the scope cues and the placing of the truce.
func (ac *articleContext) scopeCues(out []draft, si *sentInfo) []draft {
	// "It covers X and the roads into it": a pronoun for the ceasefire of the sentence before
	// gives a placed scope, not a scope word's.
	ctx := ac.ceasefireContext(si)
	if !ctx && !ac.previousNamesAgreement(si) {
		return out
	}
	for _, h := range ac.cuesOf(si, refScope) {
		// "Fighting along the front line is not covered", "It does not cover the land war",
		// "لا يمس القتال على خط الجبهة": a part of the war stated outside the truce makes it
		// partial; "It" may stand for the truce of the sentence before.
		switch ac.l.topicCue[h.idx].Object {
		case "outside":
			if ac.statedOutside(si, h) {
				out = append(out, draft{topic: "ceasefire.scope", value: ac.l.topicCue[h.idx].Value, pos: h.start, rule: "scope.part_outside"})
			}
			continue
		case "region_of":
			// "the ceasefire in northern Mali", "وقف إطلاق النار في شمال وشرق سوريا": a truce
			// placed in one part of its country is partial.
			if ctx && ac.regionOfTheatre(si, h) {
				out = append(out, draft{topic: "ceasefire.scope", value: "partial", pos: h.start, rule: "scope.region_of_country"})
			}
			continue
		case "covered":
			// "الهدنة ... التي تشمل الموانئ ومحطات الطاقة": a truce covering a kind of target
			// is partial.
			if ctx && ac.coveredTarget(si, h) {
				out = append(out, draft{topic: "ceasefire.scope", value: ac.l.topicCue[h.idx].Value, pos: h.start, rule: "scope.target_type"})
			}
			continue
		}
		// "It also applies nationwide": the pronoun stands for the truce of the sentence before.
		if !ctx && !ac.pronounSubjectOf(si, h) {
			continue
		}
		if negatedAt(si, h.start) {
			// "It is not a nationwide ceasefire": then it is a partial one.
			if ac.l.topicCue[h.idx].Value == "nationwide" && h.end-h.start == 1 && ac.ceasefireNounWithin(si, h.start, 3) {
				out = append(out, draft{topic: "ceasefire.scope", value: "partial", pos: h.start, rule: "scope.not_nationwide"})
			}
			continue
		}
		// "Will the truce become nationwide?", "rejected a nationwide ceasefire": a scope asked
		// about or denied is no scope of the truce.
		if questionSentence(si) || deniedAt(si, h.start) {
			continue
		}
		// "تقتصر الهدنة على X": a verb cue whose subject must be the ceasefire itself.
		if ac.l.topicCue[h.idx].Object == "direct" && !ac.directObjectCeasefire(si, h.end) {
			continue
		}
		// A bare adjective (شامل, comprehensive) must qualify the ceasefire noun itself, not
		// another noun ("تبادلاً شاملاً للأسرى").
		// So must a bare partial one ("محلي" of "بالتوقيت المحلي" is local time).
		if h.end-h.start == 1 && ac.l.topicCue[h.idx].Object != "direct" && !ac.ceasefireNounWithin(si, h.start, 3) && !ac.pronounSubjectOf(si, h) {
			continue
		}
		// "الاشتباكات محصورة في"، "fighting was confined to": a predicate cue (lexicon object
		// "subject") is the truce's only with the truce or the deal as its subject.
		// A limit predicate (lexicon object "bound": "does not extend beyond", "لا تتعدى") asks
		// the same, and a place for its limit: "does not extend beyond Friday" is time, "لا
		// تتعدى الهدنة اثنتين وسبعين ساعة" length, "لا تتعدى كونها استراحة محارب" no limit at all.
		if o := ac.l.topicCue[h.idx].Object; (o == "subject" || o == "bound") && !ac.truceSubjectOf(si, h, false) && !ac.truceSubjectAfter(si, h) {
			continue
		}
		if ac.l.topicCue[h.idx].Object == "bound" && !ac.placeFollows(si, h.end, 6) {
			continue
		}
		// "all areas where the moderate opposition is" qualifies the scope.
		if si.startsAt(catRelPron, h.end) {
			continue
		}
		// "aid to all areas": the scope word belongs to the aid, not the ceasefire.
		if ac.aidBetween(si, h.start) {
			continue
		}
		v := ac.l.topicCue[h.idx].Value
		rule := "scope.cue"
		if v == "nationwide" && (ac.placeWithin(si, h.end, 3) || ac.placeAnaphorAt(si, h.end) || ac.locativePlaceAfter(si, h.end, 4)) {
			v, rule = "partial", "scope.all_of_place" // "جميع مديريات محافظة الحديدة"
		}
		// "تشمل كل المواقع على خط التماس", "every position on the front line": all of the front,
		// not of the country.
		if v == "nationwide" && ac.frontLineAfter(si, h.end) {
			v, rule = "partial", "scope.all_of_front"
		}
		out = append(out, draft{topic: "ceasefire.scope", value: v, pos: h.start, rule: rule})
	}
	// "a ceasefire in the port city of Hodeidah", "يسري على مدينة الحديدة": a ceasefire placed
	// in, or covering, a city or region of its country is partial.
	for _, h := range si.hits {
		if h.cat != catCeasefire && h.cat != catInclusion {
			continue
		}
		// "covers all areas where ..." is no placing; "covers the towns of Manbij and Kobani"
		// is.
		// "denied that the truce covers the enclave" places it nowhere: the enclave is left out.
		if h.cat == catInclusion && (ac.areaObject(si, h.end) && ac.wholeAreas(si, h.end) || negatedAt(si, h.start) || (deniedAt(si, h.start) || deniedProvision(si, h.start)) && !relativeAfterComma(si, h.start) || !ac.coverageSubjectNear(si, h)) {
			continue
		}
		// "سجّلت خرقاً محدوداً بإطلاق نار في الهواء قرب X": a violation's shooting, placed
		// where it happened, places no truce.
		if h.cat == catCeasefire && ac.fightingWordJustBefore(si, h.start) {
			continue
		}
		// "عدم شمول وقف إطلاق النار في الغوطة": the place is what is (not) covered.
		if h.cat == catCeasefire && (ac.coverageCueBefore(si, h.start) || negatedAt(si, h.start)) {
			continue // nor does "لا هدنة في جوجام" place a truce
		}
		// "the ceasefire in force in Aleppo" (السارى فى حلب) names an earlier local truce;
		// a placed ceasefire has its locative right after the noun.
		// "a cessation of hostilities between X and Y in the Abyei area", "وقف العدائيات بين
		// X وY في أبيي": the locative may follow the sides named after "between".
		// "a ceasefire for Taiz", "a 30-day ceasefire around Las Anod": a placing preposition
		// right after the noun places it as a locative does.
		// "الهدنة الهشة في محيط سد تشرين": an adjective after the truce noun (lexicon
		// postnominal_ceasefire_modifiers) stands before its locative.
		end := h.end
		if h.cat == catCeasefire && ac.l.fw.postnominalModifiers[si.tokText(end)] && si.startsAt(catLocative, end+1) {
			end++
		}
		from := end
		// "for" and "around" also take a purpose, a beneficiary or a time ("a ceasefire for the
		// sake of civilians in Gaza"): after them the place must follow within a few words.
		// "a truce on the Marib front": a locating preposition opening a front places it too
		// (scope_front_locative.go).
		placing := h.cat == catCeasefire && !si.startsAt(catLocative, end) && (si.tokIn(end, classTruceLocative, ac.l.fw.truceLocatives) || ac.frontLocativeAt(si, end))
		held := false // placed past a holding verb: the place must follow right away
		if loc := si.startsAt(catLocative, end) || placing; h.cat == catCeasefire && !loc {
			if from = ac.afterBetweenSides(si, h.end); from < 0 {
				if from = ac.afterHoldingVerb(si, h.end); from < 0 {
					continue
				}
			}
			held = ac.holdingVerbIn(si, h.end, from)
		}
		if including := si.startsAt(catIncluding, h.start); including {
			continue
		}
		// "الهدنة تشمل البصرة والناصرية أيضاً", "also extends to the port": a place the truce
		// reaches besides the rest, no limit of it (scope_additive_coverage.go).
		if h.cat == catInclusion && ac.additiveCoverage(si, h) {
			continue
		}
		// "a ceasefire in the north", "في شمال البلاد", "across the northern provinces": a part
		// of the country named by a direction (scope_direction_area.go).
		at := from
		if l, ok := si.hitAt(catLocative, at); ok && l.start == at {
			at = l.end
		} else if placing {
			at++
		}
		if ac.directionAreaAt(si, at) {
			out = append(out, draft{topic: "ceasefire.scope", value: "partial", pos: h.start, rule: "scope.direction_area"})
			continue
		}
		// "covers not only Odesa's ports but also Izmail and Reni", "covers not only the dam but
		// also the Kobani front": each named place is covered, so a truce covering named parts of
		// its country is placed in them as "covers X and Y" places it; the list starts past the
		// trap phrase.
		if h.cat == catInclusion {
			for from < len(si.toks) && si.trap[from] {
				from++
			}
		}
		for _, m := range si.ents[si.firstMentionFrom(from):] {
			if m.start > from+8 {
				break
			}
			// "the ceasefire in northern Mali" where the gazetteer names "northern Mali" as the
			// country: the region word inside the name still makes it partial.
			if h.cat == catCeasefire && m.start-from <= 1 && !m.demonym && m.e.ID == ac.theater && ac.regionWordOpens(si, m) {
				out = append(out, draft{topic: "ceasefire.scope", value: "partial", pos: h.start, rule: "scope.region_of_country"})
				break
			}
			if !m.demonym && (m.e.Type == "region" || m.e.Type == "city") && m.e.ID == ac.theatreRegion() {
				break // the truce placed in the whole theatre
			}
			if m.demonym || !ac.subnational(si, m) {
				continue
			}
			if tz := si.startsAt(catTimezoneOfPlace, m.start-1); tz {
				continue // "بتوقيت صنعاء" names a clock, not a place of the truce
			}
			maxGap := 8
			if placing {
				// "around the besieged city of Taiz", "for northern Shan State"; not "for the
				// sake of": in a cased script a place is written as a name; nor "for aid workers
				// in Khartoum": a locative between places its own noun.
				maxGap = 5
				if ac.l.lex.Script == "latin" && !capitalized(si, hit{start: m.end - 1, end: m.end}) || locativeIn(si, from+1, m.start) {
					continue
				}
			}
			if held {
				maxGap = 1 // "has largely held around Kidal", not "is holding in most of Gondar"
			}
			if h.cat == catInclusion {
				maxGap = 2 // "covers X", not "covers expanding the truce in X"
				if ac.areaObject(si, h.end) {
					maxGap = 4 // "covers the towns of X"
				}
			}
			if ac.gapTokens(si, from, m.start) > maxGap {
				break
			}
			out = append(out, draft{topic: "ceasefire.scope", value: "partial", pos: h.start, rule: "scope.placed"})
			break
		}
	}
	return out
}

// afterBetweenSides: when "between" follows pos and names two sides, the position of a
// locative right after the second side's name ("between X and Y in ..."); -1 otherwise. A
// place word inside the sides ("بين الحكومة في مالي وجبهة ...") is the side's, not the truce's.
func (ac *articleContext) afterBetweenSides(si *sentInfo, pos int) int {
	between := false
	for _, c := range ac.cuesOf(si, refParties) {
		between = between || c.start == pos && ac.l.topicCue[c.idx].Object == ""
	}
	if !between {
		return -1
	}
	sides, lastEnd := 0, -1
	for _, m := range si.ents[si.firstMentionFrom(pos):] {
		if m.start > pos+16 || boundaryIn(si, pos, m.start) {
			break
		}
		if !ac.canBeSide(si, m) {
			break
		}
		sides++
		lastEnd = m.end
		if sides == 2 {
			break
		}
	}
	if sides < 2 {
		return -1
	}
	if !si.startsAt(catLocative, lastEnd) {
		return ac.afterHoldingVerb(si, lastEnd) // "between X and Y held in Tripoli on Wednesday"
	}
	return lastEnd + 1
}

// holdingVerbIn: an in_force status cue starts in [from, to).
func (ac *articleContext) holdingVerbIn(si *sentInfo, from, to int) bool {
	for _, c := range hitsStartingIn(ac.cuesOf(si, refStatus), from, to-1) {
		if ac.l.topicCue[c.idx].Value == "in_force" {
			return true
		}
	}
	return false
}

// afterHoldingVerb: a verb saying the truce holds or took effect (an in_force status cue:
// "has largely held", "took effect") starts at pos or one word later, and a locative follows it
// right away or past one adverb ("has largely held around Kidal", "took effect overnight in
// Gedo"): the position after the locative, where the place the truce is in starts; -1
// otherwise. Not past a phrase of time ("had held through the night along the Surin and Si Sa
// Ket fronts": where it held within its area), except the start after a cue of inception
// ("took effect at midnight in Manipur's foothills", "دخل حيز التنفيذ منذ منتصف الليلة الماضية
// على امتداد الخط الفاصل": where it took effect).
func (ac *articleContext) afterHoldingVerb(si *sentInfo, pos int) int {
	for _, c := range hitsStartingIn(ac.cuesOf(si, refStatus), pos, pos+1) {
		if ac.l.topicCue[c.idx].Value != "in_force" || punctIn(si, pos, c.start) || negatedAt(si, c.start) {
			continue
		}
		// "A ceasefire vote held in New York": the word between is the noun the truce word
		// modifies, not an adverb ("The truce largely held in Taiz").
		if c.start > pos && !ac.truceHeadsSubject(si, pos, c.start) || !ac.holdsAsTruceVerb(si, c) {
			continue
		}
		from := c.end
		if ac.inceptionCue(si, c) {
			from = ac.timePhraseEnd(si, c.end)
		}
		for k := from; k <= from+1 && k < len(si.toks); k++ {
			if si.toks[k].punct || ac.l.fw.definiteArticles[si.tokText(k)] {
				break
			}
			if l, ok := si.hitAt(catLocative, k); ok {
				return l.end
			}
			if ac.l.fw.truceLocatives[si.tokText(k)] {
				return k + 1 // "has largely held around Kidal"
			}
		}
	}
	return -1
}

// regionOfTheatre: the direction word at h ("northern", "شمال") follows a ceasefire noun and
// its locative ("ceasefire in", "وقف إطلاق النار في") and names, within two more words ("شمال
// وشرق سوريا"), the theatre's own country.
func (ac *articleContext) regionOfTheatre(si *sentInfo, h hit) bool {
	if h.start < 2 || ac.theater == "" || !si.startsAt(catLocative, h.start-1) {
		return false
	}
	placed := false
	for _, c := range si.hitsOf(catCeasefire) {
		placed = placed || c.end == h.start-1
	}
	if !placed {
		return false
	}
	for _, m := range si.ents[si.firstMentionFrom(h.end):] {
		if m.start > h.end+2 {
			break
		}
		if !m.demonym && m.e.ID == ac.theater {
			return !boundaryIn(si, h.end, m.start)
		}
	}
	return false
}

// placeAnaphorAt: a sub-national place noun standing for a place named before ("the whole of
// the province", "كامل مناطق المحافظة") starts at pos, maybe after an article.
func (ac *articleContext) placeAnaphorAt(si *sentInfo, pos int) bool {
	if a, ok := si.hitAt(catArea, pos); ok && a.start == pos {
		pos = a.end // "كامل مناطق المحافظة": the areas of the province
	}
	if ac.l.fw.definiteArticles[si.tokText(pos)] {
		pos++
	}
	return ac.l.fw.placeAnaphors[si.tokText(pos)]
}

// subnational: a city or region of the theater country (not a capital acting as its state:
// the theatre's capital is a place only where a locative places it, "a truce in Khartoum").
// A region of no one country (a line of control, a disputed border sector) is part of the
// frontier between the warring states, so it places the truce too.
func (ac *articleContext) subnational(si *sentInfo, m mention) bool {
	if m.e.Type == "region" && m.e.Country == "" && m.e.SpeaksFor == "" && ac.theater != "" {
		return m.e.ID != ac.theatreRegion()
	}
	if m.e.Type == "city" && m.e.SpeaksFor != "" && m.e.Country == ac.theater {
		return capitalAsPlace(si, hit{start: m.start, end: m.end}, false)
	}
	if !((m.e.Type == "city" || m.e.Type == "region") && m.e.SpeaksFor == "" && m.e.Country == ac.theater) {
		return false
	}
	return m.e.Type != "region" || m.e.ID != ac.theatreRegion()
}

// theatreRegion is the region that stands for the whole theatre in an article that never names
// the theatre's country itself, only one region of it, named most often (the Gaza Strip in
// coverage of the Gaza war): "across the entire Gaza Strip" is then nationwide, and "a ceasefire
// in the Gaza Strip" places it nowhere narrower. "" when the country is named.
func (ac *articleContext) theatreRegion() string {
	if !ac.regionDone { // rules ask per mention: work it out once per article
		ac.region, ac.regionDone = ac.findTheatreRegion(), true
	}
	return ac.region
}

func (ac *articleContext) findTheatreRegion() string {
	count := map[string]int{}
	for _, si := range ac.infos {
		for _, m := range si.ents {
			if m.demonym || m.context {
				continue
			}
			if m.e.ID == ac.theater && !ac.l.fw.nisbaOf(si, m) {
				return ""
			}
			// The country's own government or army at war in the region makes the region a
			// part of the country ("the Ethiopian federal government ... in the Amhara region").
			if (m.e.Type == "government" || m.e.Type == "military") && m.e.Country == ac.theater {
				return ""
			}
			if m.e.Type == "region" && m.e.Country == ac.theater && m.e.SpeaksFor == "" {
				count[m.e.ID]++
			}
		}
	}
	best, bestN, second := "", 0, 0
	for _, id := range sortedKeys(count) {
		switch n := count[id]; {
		case n > bestN:
			best, bestN, second = id, n, bestN
		case n > second:
			second = n
		}
	}
	if bestN < 2 || bestN == second {
		return ""
	}
	return best
}

// placeWithin: a sub-national place is named within n tokens after pos.
func (ac *articleContext) placeWithin(si *sentInfo, pos, n int) bool {
	// A name may begin inside the cue ("يشمل كامل" + "كامل قطاع غزة").
	for _, m := range si.ents[si.firstMentionFrom(pos-1):] {
		if m.start > pos+n {
			break
		}
		if !m.demonym && m.e.Type == "region" && m.e.ID == ac.theatreRegion() {
			return false // the whole theatre: "across the entire Gaza Strip"
		}
		// "across the whole national territory, including Catatumbo": a place the whole is
		// said to include is no place the whole is of.
		if m.start > pos && ac.includingBefore(si, pos, m.start) {
			return false
		}
		if ac.subnational(si, m) {
			return true
		}
	}
	return false
}

// placeFollows: a place starts within n tokens after pos, in its clause: a name of a country,
// region or city ("beyond El Obeid"), an area noun, a scope cue ("خطوط التماس", "the front
// line") or a noun for a place's limits ("حدود مديريتي الحالي والحوك").
func (ac *articleContext) placeFollows(si *sentInfo, pos, n int) bool {
	scope := ac.cuesOf(si, refScope)
	for k := pos; k <= pos+n && k < len(si.toks); k++ {
		if si.boundaryIn(pos, k) {
			return false
		}
		if m, ok := si.mentionAt(k); ok && !m.demonym && (m.e.Type == "city" || m.e.Type == "region" || m.e.Type == "country") {
			return true
		}
		if si.startsAt(catArea, k) || len(hitsStartingIn(scope, k, k)) > 0 || ac.boundNounAt(si, k) {
			return true
		}
	}
	return false
}

// boundNounAt: token k names the limits of a place ("حدود", "outskirts"; lexicon bound_nouns).
func (ac *articleContext) boundNounAt(si *sentInfo, k int) bool {
	for _, v := range si.toks[k].variants() {
		if ac.l.fw.boundNouns[v] {
			return true
		}
	}
	return false
}

// fightingWordJustBefore: a fighting word (violation, clashes) ends one or two words before
// pos, with no punctuation in between.
func (ac *articleContext) fightingWordJustBefore(si *sentInfo, pos int) bool {
	for k := pos - 1; k >= 0 && k >= pos-2; k-- {
		if si.toks[k].punct {
			return false
		}
		if ac.fightingWordAt(si, k) {
			return true
		}
	}
	return false
}

// locativePlaceAfter: a locative ("in", "في") starting at most n tokens after pos, in its
// clause, is followed right away by a place below the country: "covers "all areas of contact"
// in al-Qurna and al-Deir", "جميع مناطق التماس في ريف إدلب" are all of that place.
func (ac *articleContext) locativePlaceAfter(si *sentInfo, pos, n int) bool {
	for _, l := range hitsStartingIn(si.hitsOf(catLocative), pos, pos+n) {
		if si.boundaryIn(pos, l.start) {
			return false
		}
		k := si.firstMentionFrom(l.end)
		if k < len(si.ents) && si.ents[k].start == l.end && ac.subnational(si, si.ents[k]) {
			return true
		}
	}
	return false
}

// aidBetween: a humanitarian cue sits between the nearest ceasefire noun and pos, or right before
// pos.
func (ac *articleContext) aidBetween(si *sentInfo, pos int) bool {
	// «إيصال المساعدات إلى جميع الأحياء», "aid deliveries to all districts": an aid cue right
	// before the scope word has it for its destination, wherever the truce is named.
	for _, h := range ac.cuesOf(si, refHumanitarian) {
		if h.end <= pos && pos-h.end <= 2 {
			return true
		}
	}
	last := -1
	for _, h := range si.hitsOf(catCeasefire) {
		if h.end <= pos {
			last = h.end
		}
	}
	if last < 0 {
		return false
	}
	for _, h := range ac.cuesOf(si, refHumanitarian) {
		if h.start >= last && h.end <= pos {
			return true
		}
	}
	return false
}

// relativeOfCeasefire: the cue opens a relative clause (one word at most between the pronoun
// and it: "الذي جرى التوصل إليه") whose head, within 16 tokens before the pronoun, is a
// ceasefire or agreement noun.
func (ac *articleContext) relativeOfCeasefire(si *sentInfo, pos int) bool {
	for k := pos - 1; k >= 0 && k >= pos-2; k-- {
		if !si.startsAt(catRelPron, k) {
			continue
		}
		for _, n := range si.nouns {
			if n.end <= k && k-n.end <= 16 && n.cat != catTalks && (n.cat == catCeasefire || ac.ceasefire) && !si.boundaryIn(n.end, k) {
				return true
			}
		}
	}
	return false
}

// directObjectAgreement: in an article about a ceasefire, an agreement noun is the object of a
// direct-object cue ("دخل الاتفاق حيز التنفيذ", "دخل اتفاق وقف إطلاق النار ... حيز التنفيذ").
func (ac *articleContext) directObjectAgreement(si *sentInfo, pos int) bool {
	if !ac.ceasefire {
		return false
	}
	for k := pos; k < len(si.toks) && k < pos+8; k++ {
		if h, ok := si.hitAt(catAgreement, k); ok {
			return !ac.insideTalks(si, h)
		}
		if n := ac.prenominalModifier(si, k); n > 0 {
			k += n - 1 // "welcomes the humanitarian truce"
			continue
		}
		// "welcomed the deal", "hailed this agreement", "welcomed its accord": a determiner
		// of the noun is no other object.
		// "رحبت الجزائر بالاتفاق", "رحبت فرنسا والولايات المتحدة بالاتفاق": the subject's
		// names stand between a verb-first cue and its object.
		if m, ok := si.mentionAt(k); ok {
			k = m.end - 1
			continue
		}
		// "رحبت الخارجية التركية، في بيان، باتفاق": an aside sourcing the statement.
		if e := ac.statementAsideEnd(si, k); e > k {
			k = e
			continue
		}
		// "لم توقّع على أي اتفاق": an object preposition and a generic determiner too.
		if w := si.tokText(k); !si.toks[k].punct && !ac.l.fw.definiteArticles[w] && !ac.l.fw.demonstratives[w] && !ac.l.fw.possessiveDeterminers[w] &&
			!ac.l.fw.objectPrepositions[w] && !ac.l.fw.genericDeterminers[w] {
			return false
		}
	}
	return false
}

// exceptiveNegation: an exception word (except_only: "سوى", "إلا", "but") ends within three
// tokens before pos, after a negation of its clause: "لم تحمل سوى توقيعين" is "bore only two
// signatures".
func exceptiveNegation(si *sentInfo, pos int) bool {
	for _, x := range hitsStartingIn(si.hitsOf(catExceptOnly), pos-4, pos-1) {
		if x.end > pos || si.boundaryIn(x.end, pos) {
			continue
		}
		for k := x.start - 1; k >= 0 && k >= x.start-5 && !si.boundary[k]; k-- {
			if n, ok := si.hitAt(catNegation, k); ok && n.start == k && !si.trap[k] {
				return true
			}
		}
	}
	return false
}

// onlyGenericCeasefireNear: every ceasefire noun within 12 tokens of pos is quantified as
// generic, and there is at least one.
func (ac *articleContext) onlyGenericCeasefireNear(si *sentInfo, pos int) bool {
	found := false
	for _, h := range si.hitsOf(catCeasefire) {
		if h.end < pos-12 || h.start > pos+12 {
			continue
		}
		if !si.tokIn(h.start-1, classGenericDeterminer, ac.l.fw.genericDeterminers) {
			return false
		}
		found = true
	}
	return found
}

// inCommaRelative: pos lies in a relative clause set off by commas (", which did not sign the
// agreement,").
func inCommaRelative(si *sentInfo, pos int) bool {
	_, _, ok := commaRelative(si, pos)
	return ok
}

// nisbaOf: an Arabic mention written as the relative adjective of its name (فلسطيني, فلسطينية of
// فلسطين) that the gazetteer does not list as a demonym: an adjective, not the name.
func (fw *functionWords) nisbaOf(si *sentInfo, m mention) bool {
	w := si.toks[m.end-1].text
	if !isArabicWord(w) {
		return false
	}
	label := foldCue(m.e.Label["ar"])
	for _, suf := range fw.nisbaSuffixes {
		if strings.HasSuffix(w, suf) && !strings.HasSuffix(label, suf) {
			return true
		}
	}
	return false
}

// coverageSubjectNear: a coverage verb whose subject is the ceasefire: a ceasefire or agreement
// noun, a pronoun or a complementizer standing for it, at most four tokens before it ("It covers
// North and South Kivu", "أن الاتفاق يشمل", "وأوضح أنه يسري على"), or the noun right after the
// verb ("يشمل الاتفاق ..."); not "pulled back from parts of the corridor".
func (ac *articleContext) coverageSubjectNear(si *sentInfo, h hit) bool {
	for k := h.start - 1; k >= 0 && k >= h.start-4; k-- {
		if si.boundary[k] {
			break
		}
		if si.tokIn(k, classSubjectPronoun, ac.l.fw.subjectPronouns) {
			return true
		}
		// "قال إنها تشمل", "أن تشمل": a complementizer right before the cue (a negation
		// between) leaves the truce as its subject; "إن قوافل الإغاثة ستشمل تعز" names
		// another.
		if si.tokIn(k, classComplementizer, ac.l.fw.complementizers) {
			if onlyNegationsBetween(si, k+1, h.start) {
				return true
			}
			break // the subject between is read below
		}
	}
	for _, n := range si.nouns {
		if n.cat == catTalks {
			continue
		}
		if (n.end <= h.start && h.start-n.end <= 4 && !si.boundaryIn(n.end, h.start)) || (n.start >= h.end && n.start-h.end <= 1) {
			return true
		}
		// "The understanding, Army officers here stressed, covers the LoC": past a
		// parenthetical attribution set off by commas.
		if n.end < h.start && h.start-n.end <= 10 && isComma(si.tokText(n.end)) && isComma(si.tokText(h.start-1)) && len(hitsStartingIn(si.hitsOf(catAttrVerb), n.end+1, h.start-2)) > 0 {
			return true
		}
		// "The truce will take effect at 00:00 ... and covers the towns of X": a ceasefire
		// noun earlier in the clause is the subject of the coordinated verb.
		if (n.cat == catCeasefire || n.cat == catAgreement && ac.ceasefire) && n.end <= h.start && h.start-n.end <= 25 && !si.boundaryIn(n.end, h.start) {
			return true
		}
	}
	return false
}

// wholeAreas: the area noun after pos is counted whole by a scope cue ("all areas", "جميع
// المناطق"), not a list of named areas ("the towns of Manbij and Kobani").
func (ac *articleContext) wholeAreas(si *sentInfo, pos int) bool {
	for k := pos; k < pos+3 && k < len(si.toks); k++ {
		if a, ok := si.hitAt(catArea, k); ok {
			for _, c := range ac.cuesOf(si, refScope) {
				if c.start <= a.start && a.start < c.end && ac.l.topicCue[c.idx].Value == "nationwide" {
					return true
				}
			}
			return false
		}
	}
	return false
}

// provisionSubjectBefore: an exchange, humanitarian or withdrawal cue ends at most four tokens
// before pos in its clause: the provision is the subject of the status verb at pos.
func (ac *articleContext) provisionSubjectBefore(si *sentInfo, pos int) bool {
	for _, ref := range []topicRef{refExchange, refHumanitarian, refWithdrawal} {
		for _, c := range ac.cuesOf(si, ref) {
			if c.end <= pos && pos-c.end <= 4 && !si.boundaryIn(c.end, pos) {
				return true
			}
		}
	}
	return false
}

// complementizerFirst: a complementizer comes after pos before the next ceasefire noun: "أعلن
// فصيل شوا أن الهدنة انهارت" announces a clause about the truce, not the truce.
func (ac *articleContext) complementizerFirst(si *sentInfo, pos int) bool {
	for k := pos; k < len(si.toks) && k < pos+10; k++ {
		if si.startsAt(catCeasefire, k) {
			return false
		}
		if si.tokIn(k, classComplementizer, ac.l.fw.complementizers) {
			return true
		}
	}
	return false
}

// auxKind: whether an auxiliary negates the verb it stands before (0: no auxiliary): "we did
// not sign", "we have never agreed" (lexicon auxiliaries and negating_auxiliaries).
type auxKind uint8

const (
	plainAux auxKind = iota + 1
	negatingAux
)

// ownAgreementVerb: a status verb whose subject is the speaking party ("we", or an Arabic verb
// in the first person plural) and whose object is a free relative before it ("what we agreed",
// "ما اتفقنا عليه") or an indefinite pronoun after it ("we did not sign anything", "لم نوقع على
// أي شيء"): the party's own signature of the agreement the article is about. negated is a
// negation between the subject and the verb only ("This is not what we agreed" is no denial).
func (ac *articleContext) ownAgreementVerb(si *sentInfo, h hit) (own, negated bool) {
	if !ac.ceasefire {
		return false, false
	}
	subj := -1 // the token before the verb group (after the subject)
	k := h.start - 1
	fw := &ac.l.fw
	for ; k >= 0 && k >= h.start-4 && fw.auxAt(si, k) != 0; k-- {
		negated = negated || fw.auxAt(si, k) == negatingAux
	}
	verb := si.tokText(h.start)
	// A verb inflected for "we" (اتفقنا, نوقع) carries its subject.
	weVerb := h.end-h.start == 1 && (hasAnySuffix(verb, fw.weVerbSuffixes) || hasAnyPrefix(verb, fw.weVerbPrefixes))
	if si.tokIn(k, classFirstPersonPlural, fw.firstPersonPlural) {
		subj = k
	} else if weVerb {
		subj = k + 1
	} else {
		return false, false
	}
	if fw.freeRelatives[si.tokText(subj-1)] {
		// "the release of detainees was part of what we signed": the provision is asserted and
		// the signature presupposed, and a presupposed signature is the speaker's agreed, as
		// the gold of colombia, ethiopia and sahara reads it ("X led to the truce" likewise).
		return true, negated
	}
	// The object after the verb, past a preposition ("on", "على", "أي").
	for j := h.end; j < len(si.toks) && j < h.end+3; j++ {
		if si.tokIn(j, classIndefinitePronoun, fw.indefinitePronouns) {
			return true, negated
		}
		if !si.tokIn(j, classObjectPreposition, fw.objectPrepositions) && !si.tokIn(j, classGenericDeterminer, fw.genericDeterminers) {
			break
		}
	}
	return false, false
}

// statedOutside: the part of the war named at h is outside the truce: an exclusion cue, or a
// negated coverage verb or predicate, governs it in its clause ("X is not covered", "is not part
// of it", "does not cover X", "لا يشمل الاتفاق X", "X خارج نطاق الهدنة").
func (ac *articleContext) statedOutside(si *sentInfo, h hit) bool {
	near := func(c hit) bool {
		if c.end <= h.start {
			return h.start-c.end <= 4 && !si.boundaryIn(c.end, h.start)
		}
		return c.start >= h.end && c.start-h.end <= 8 && !si.boundaryIn(h.end, c.start)
	}
	for _, c := range hitsStartingIn(si.hitsOf(catNegPredicate), h.start-8, h.end+8) {
		if near(c) && !isTrapped(si, c) {
			return true
		}
	}
	for _, c := range hitsStartingIn(si.hitsOf(catExclusion), h.start-8, h.end+8) {
		if near(c) && !isTrapped(si, c) && !negatedAt(si, c.start) {
			return true
		}
	}
	for _, c := range hitsStartingIn(si.hitsOf(catInclusion), h.start-8, h.end+8) {
		if near(c) && !isTrapped(si, c) && negatedAt(si, c.start) {
			return true
		}
	}
	return false
}

// coveredTarget: the kind of target at h is the first object of a coverage verb whose subject
// is the truce ("which covers ports, shipping and power plants"), with nothing in between: "covers
// all ports" counts every port, not a kind.
func (ac *articleContext) coveredTarget(si *sentInfo, h hit) bool {
	for _, c := range hitsStartingIn(si.hitsOf(catInclusion), h.start-1-ac.l.longest, h.start-1) {
		if c.end == h.start && !isTrapped(si, c) && !negatedAt(si, c.start) && !deniedAt(si, c.start) {
			if including := si.startsAt(catIncluding, c.start); !including {
				return true
			}
		}
	}
	return false
}

// signingAsTime: the agreeing cue is a verbal noun ("signing", "التوقيع") that a time lead
// governs, one or two words before it ("the moment of signing", "منذ لحظة التوقيع").
func signingAsTime(fw *functionWords, si *sentInfo, h hit) bool {
	w := si.tokText(h.start)
	if !(strings.HasSuffix(w, "ing") || strings.HasPrefix(w, "توقيع") || strings.HasPrefix(w, "التوقيع")) {
		return false
	}
	for k := h.start - 1; k >= 0 && k >= h.start-2; k-- {
		if t := si.tokText(k); fw.timeLeads[t] || fw.timingVerbs[t] {
			return true
		}
	}
	return false
}

// spanObjectAfter: a span of days (a quantity and a duration unit) is the object of the verb
// ending at token end, within eight tokens of its clause past quotes, articles and a noun such
// as "an initial period of".
func (ac *articleContext) spanObjectAfter(si *sentInfo, end int) bool {
	if !si.has[catDurUnit] || !ac.ceasefire {
		return false
	}
	for _, u := range si.hitsOf(catDurUnit) {
		if u.start > end && u.start-end <= 8 && !si.boundaryIn(end, u.start) && ac.quantityBefore(si, u.start) {
			return true
		}
	}
	return false
}

// roleObjectAfter: an object (after an object preposition: to, on, على) whose guarantor, monitor
// or mediator cue follows the agreeing verb within four tokens of its clause ("agreed to act as
// guarantors", "agreed to monitor", "لم توافق على أي ضامن"), before any ceasefire noun.
func (ac *articleContext) roleObjectAfter(si *sentInfo, end int) bool {
	// Only an object after an object preposition: "agreed through Qatari mediation" is the
	// truce's own agreeing; "لم توافق على أي ضامن خارجي" agrees (or not) to a guarantor.
	if !ac.l.fw.objectPrepositions[si.tokText(end)] {
		return false
	}
	// The role must come before any ceasefire noun: "على أي ضامن خارجي للهدنة" names the
	// guarantor of the truce; "agreed to a ceasefire monitored by ..." agrees to the truce.
	for k := end; k <= end+4 && k < len(si.toks); k++ {
		if si.startsAt(catCeasefire, k) {
			return false
		}
		for _, ref := range []topicRef{refGuarantors, refMonitors, refMediators} {
			if ac.provisionCueIn(si, k, k, ref) {
				// "agreed on UN monitors and a ceasefire": the truce is a conjunct object.
				return !ac.coordinatedCeasefireAfter(si, k+1, 6)
			}
		}
	}
	return false
}

// appositiveParticiple: an English past participle opening a phrase set off by commas right
// after a ceasefire or agreement noun ("The two-month ceasefire between X and Y, brokered by
// Qatar, ..."); the closing comma comes within twelve tokens.
func (ac *articleContext) appositiveParticiple(si *sentInfo, h hit) bool {
	t := si.tokText(h.start)
	if isArabicWord(t) || !strings.HasSuffix(t, "ed") || !isComma(si.tokText(h.start-1)) {
		return false
	}
	closed := false
	for k := h.end; k < len(si.toks) && k <= h.end+12; k++ {
		if isComma(si.tokText(k)) {
			closed = true
			break
		}
	}
	if !closed {
		return false
	}
	for _, c := range []category{catCeasefire, catAgreement} {
		for _, n := range hitsStartingIn(si.hitsOf(c), h.start-10, h.start-2) {
			if n.end <= h.start-1 && !si.boundaryIn(n.end, h.start-1) {
				return true
			}
		}
	}
	return false
}

// regionWordOpens: the mention's name opens with a one-word region cue of the scope topic
// ("northern Mali", "شمال مالي" listed whole as the country's name).
func (ac *articleContext) regionWordOpens(si *sentInfo, m mention) bool {
	if m.end-m.start < 2 {
		return false
	}
	w := si.tokText(m.start)
	if !ac.l.regionWords[w] {
		return false
	}
	for _, l := range m.e.Label {
		if f := foldCue(l); len(f) > len(w) && f[len(w)] == ' ' && strings.HasPrefix(f, w) {
			return false // "Western Sahara" is the country's own name
		}
	}
	return true
}

// includingBefore: an "including" (بما في ذلك) starts in [from, to).
func (ac *articleContext) includingBefore(si *sentInfo, from, to int) bool {
	for _, h := range hitsStartingIn(si.hitsOf(catIncluding), from, to) {
		if h.end <= to {
			return true
		}
	}
	return false
}

// frontLineAfter: a front-line noun of the scope topic (خط التماس, front line: object "outside")
// starts within four tokens after pos, in its clause.
func (ac *articleContext) frontLineAfter(si *sentInfo, pos int) bool {
	for _, c := range ac.cuesOf(si, refScope) {
		if c.start >= pos && c.start <= pos+4 && ac.l.topicCue[c.idx].Object == "outside" && !boundaryIn(si, pos, c.start) {
			return true
		}
	}
	return false
}

// pronounSubjectOf: a subject pronoun standing for the truce of the sentence before opens the
// clause of the cue, at most three tokens before it ("It also applies nationwide", "وهي تشمل
// كامل الأراضي"). The speakers' "we" stands for no truce, and the scope word must be what the
// pronoun covers: after a coverage verb (an inclusion cue) or ending the clause, not an
// adjective of another noun ("They called a nationwide strike").
func (ac *articleContext) pronounSubjectOf(si *sentInfo, h hit) bool {
	c := clauseStart(si, h.start)
	if h.start-c > 3 || h.start <= c || !si.tokIn(c, classSubjectPronoun, ac.l.fw.subjectPronouns) ||
		si.tokIn(c, classFirstPersonPlural, ac.l.fw.firstPersonPlural) || !ac.previousNamesAgreement(si) {
		return false
	}
	for _, v := range hitsStartingIn(si.hitsOf(catInclusion), c+1, h.start) {
		if v.end <= h.end {
			return true
		}
	}
	t := si.tokText(h.end)
	return t == "" || isComma(t) || clauseBreakPunct(t) || si.boundaryIn(h.end, h.end+1)
}

// onlyNegationsBetween: every token in [from, to) starts a negation ("أن لا تشمل").
func onlyNegationsBetween(si *sentInfo, from, to int) bool {
	for j := from; j < to; j++ {
		if !si.startsAt(catNegation, j) {
			return false
		}
	}
	return true
}

// talksAboutTruce: the cue's verb takes a talks noun for its object ("holding talks"), or the
// ceasefire noun the cue opens or follows is the complement of a talks noun, joined to it by
// prepositions and articles only ("talks on the ceasefire began").
func (ac *articleContext) talksAboutTruce(si *sentInfo, h hit) bool {
	talks := si.hitsOf(catTalks)
	if len(talks) == 0 {
		return false
	}
	fw := &ac.l.fw
	linkAt := func(k int) bool {
		t := si.tokText(k)
		return fw.definiteArticles[t] || fw.topicPrepositions[t] || fw.objectPrepositions[t] || si.tokIn(k, classPreposition, fw.prepositions)
	}
	noun := hit{start: -1}
	for _, n := range si.hitsOf(catCeasefire) {
		if n.start <= h.start && h.start-n.end <= 8 && !si.boundaryIn(n.end, h.start) {
			noun = n
		}
	}
	for _, t := range talks {
		if t.start == h.end || (t.start == h.end+1 && fw.definiteArticles[si.tokText(h.end)]) {
			return true
		}
		if noun.start < 0 || t.end > noun.start || noun.start-t.end > 3 || noun.start == t.end {
			continue
		}
		linked := true
		for k := t.end; k < noun.start; k++ {
			linked = linked && linkAt(k)
		}
		if linked {
			return true
		}
	}
	return false
}

// coordinatedCeasefireAfter: a coordinator and then a ceasefire noun follow from pos within n
// tokens, in the clause ("on UN monitors and a ceasefire", "to a truce and to extend ..."): the
// truce is one of the verb's objects.
func (ac *articleContext) coordinatedCeasefireAfter(si *sentInfo, pos, n int) bool {
	coord := false
	for k := pos; k < len(si.toks) && k <= pos+n && !si.boundary[k]; k++ {
		t := si.tokText(k)
		if si.startsAt(catCeasefire, k) {
			// "على رقابة أممية ووقف لإطلاق النار": the conjunction is the noun's prefix.
			return coord || hasAnyPrefix(t, ac.l.fw.conjunctionPrefixes)
		}
		coord = coord || ac.l.fw.coordinators[t]
	}
	return false
}

// proposalGoverns: a proposal cue in the agreeing cue's clause makes it a proposal ("agreed to
// seek a ceasefire"), unless a comma parts them: "After weeks of efforts to broker a truce, the
// army and the RSF agreed to a ceasefire", "بعد أسابيع من محاولات التوصل إلى هدنة، اتفق ..."
// tell the attempts and then the agreement they led to.
func proposalGoverns(si *sentInfo, proposals []hit, h hit) bool {
	for _, p := range proposals {
		if clauseStart(si, p.start) == clauseStart(si, h.start) && !commaIn(si, min(p.end, h.end), max(p.start, h.start)) {
			return true
		}
	}
	return false
}

// locativeIn: a locative ("in", "في") starts in [from, to).
func locativeIn(si *sentInfo, from, to int) bool {
	for k := from; k < to; k++ {
		if si.startsAt(catLocative, k) {
			return true
		}
	}
	return false
}
