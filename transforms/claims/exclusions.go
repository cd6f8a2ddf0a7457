package claims

import (
	"slices"
	"sort"
	"strings"

	"github.com/tanaqud/tanaqud/schemas"
)

// subjectEligible: who or what can be excluded from a ceasefire.
func exclusionSubject(m mention) bool {
	if m.demonym {
		return false
	}
	switch m.e.Type {
	case "armed_group", "region":
		return true
	case "city":
		return m.e.SpeaksFor == ""
	case "organization":
		return classOfTargets(m.e)
	}
	return false
}

// classOfTargets: a gazetteer entry of role "target" names a class of things a truce covers or
// leaves out ("Israel-linked ships", "السفن المرتبطة بإسرائيل"), not a body that acts: a
// maritime truce covers or leaves out vessels as a land truce does groups and places.
func classOfTargets(e *schemas.Entity) bool {
	return e.Role == "target"
}

// exclusionRule: ceasefire.exclusions per group or area, with negation, denial and "only".
func (ac *articleContext) exclusionRule(out []draft, si *sentInfo) []draft {
	n := len(out)
	out = ac.exclusionReadings(out, si)
	ac.ownedExclusions(out[n:], si)                // denied_owned_claim.go
	return ac.ellipticExclusionDenials(out, n, si) // exclusions_elliptic_denial.go
}

// exclusionReadings reads the sentence's coverage cues (exclusionRule).
func (ac *articleContext) exclusionReadings(out []draft, si *sentInfo) []draft {
	out = ac.continuingOperations(out, si)
	out = ac.coordinatedLocativePlaces(out, si)
	out = ac.answeredCoverage(out, si) // exclusions_answered_question.go
	if !si.has[catExclusion] && !si.has[catInclusion] {
		return out
	}
	if ac.otherDealOnly(si) {
		return out // "The trade agreement does not cover operations against al-Qaeda"
	}
	if !ac.ceasefireContext(si) && !si.has[catAgreement] && !ac.previousNamesAgreement(si) && !ac.selfContainedCoverage(si) {
		return out
	}
	cues := ac.coverageCues(si)
	var warCache warCountries // a sentence's answers: each country's scan once
	// A list of subjects ends at another cue or where a new report starts (مشيراً إلى أن).
	listFrom := 0   // where the current subject list starts
	quoted := false // the current cue stands inside a quotation
	isCue := func(i int) bool {
		if si.trap[i] {
			return false // "تشمل دون استثناء X": the trap is no new cue
		}
		if quoted && quoteClosedByComma(si, i) {
			return true // «لن تشمل عصابات التهريب»، واتهمت ...: the quoted predicate ended
		}
		e := si.startsAt(catExclusion, i)
		in := si.startsAt(catInclusion, i)
		say := si.startsAt(catAttrVerb, i)
		// "X, according to a statement from Y" ends the list; "يشمل الاتفاق، بحسب إعلان
		// موسكو، X" before any subject does not.
		according := si.startsAt(catAttrPrep, i)
		according = according && si.firstMentionFrom(listFrom) < si.firstMentionFrom(i)
		// A closing quote ends the quoted content: '... not covered by this agreement," the
		// Houthis said' lists nothing after it.
		return e || in || say || according || i > listFrom && si.quoteAt(i) && len(hitsStartingIn(si.hitsOf(catAttrVerb), i+1, i+5)) > 0
	}
	prevStart, prevEnd := -1, -1
	// Where the members of a quantified object end: a cue before it ("including", "part of")
	// was read with it (exclusions_quantified_object.go).
	quantifiedEnd := -1
	// The subjects the last coverage predicate had before it, and where it ended: a pronoun on a
	// predicate coordinated with it stands for them ("أن X «ليست طرفاً في الاتفاق ولا يشملها").
	var predSubs []mention
	predEnd := -1
	for _, h := range cues {
		// "fall outside the truce": a cue starting inside the one before ("outside the truce")
		// is part of it, not a predicate with a subject of its own.
		inside := h.start > prevStart && h.start < prevEnd
		prevStart, prevEnd = h.start, max(h.end, prevEnd)
		if h.start < quantifiedEnd {
			continue // "excludes no one, including the PKK": the quantifier's member
		}
		if inside || isTrapped(si, h) || ac.includingAppositive(si, h) || len(ac.sidesBoundBy(si, h)) > 0 || ac.sidesObjectOf(si, h) {
			continue
		}
		// "غير مشمول بترتيبات الانسحاب", "covered by the withdrawal plan": coverage by another
		// provision, not by the ceasefire; and "humanitarian access, including X" lists parts of
		// that provision, not covered areas.
		// "غير معنية بالهدنة ولن تنسحب": a negated withdrawal after it is a predicate of its own.
		if ac.provisionCueIn(si, h.end, h.end+3, refWithdrawal) && !negationIn(si, h.end, h.end+3) || ac.includingAProvision(si, h) {
			continue
		}
		excl := h.cat == catExclusion
		// "ونزح الآلاف خلال المعارك، بمن فيهم سكان مخيم زمزم": "including" in a report of the
		// fighting that names no truce lists who suffered, not what the truce covers.
		if si.startsAt(catIncluding, h.start) && !ac.ceasefireContext(si) && !si.has[catAgreement] && ac.fightingInSentence(si) {
			continue
		}
		if !excl && ac.partOfPlace(si, h) {
			continue // "the Lebanese part of Hawsh al-Sayyed Ali": a part of a place, no coverage
		}
		if !excl && ac.truceObjectQualifies(si, h) {
			continue // "concerned by the ceasefire violations": of another noun (exclusions_truce_modifier.go)
		}
		if ac.signersListed(si, h) {
			continue // "the signatures of eleven factions, among them Fatah" (exclusions_signers_listed.go)
		}
		quoted = quoteOpenAt(si, h.start)
		// "Chibabava district is not among the areas covered" (exclusions_among_covered.go)
		amongSub, amongNegated, among := ac.amongCovered(si, h)
		// "Nothing in the agreement covers X", "ليس في الاتفاق ما يستثني X"
		// (exclusions_negative_quantifier.go).
		negated := negatedAt(si, h.start) || ac.partitiveNegation(si, h.start) || among && amongNegated || ac.negativeQuantifierGoverns(si, h)
		// "نفى جهاز حرس الحدود أن تكون الهدنة المبرمة مع طاجيكستان تشمل جيب فوروخ": the denied
		// clause may name the truce at length before the coverage verb.
		// "denied that they shelled Taiz, which the truce covers": a relative clause after a
		// comma is the writer's own description, the denial does not reach it.
		denied := (deniedAt(si, h.start) || deniedProvision(si, h.start)) && !relativeAfterComma(si, h.start) && !ac.ownedContentBefore(si, h.start)
		if restrictedCoverageDenied(si, h, negated, denied) {
			continue // "rejected the idea that they are merely covered by ..."
		}
		from := h.end
		exhaustive := onlyInClause(si, clauseStart(si, h.start), clauseEnd(si, h.end))
		onlyConstruction := false
		if negated {
			// لا يستثني إلا X / covers none but X: the negation and إلا make "only".
			for k := h.end; k < h.end+4 && k < len(si.toks); k++ {
				if x, ok := si.hitAt(catExceptOnly, k); ok && !si.trap[k] {
					onlyConstruction, from = true, x.end
					break
				}
			}
		}
		value := excl
		if !onlyConstruction && negated != denied {
			value = !value
		}
		if onlyConstruction {
			exhaustive = true
		}
		var subs []mention
		// "does not exclude anyone, not even the PKK", "لا يستثني أي جزء من أراضي سول": the
		// members a quantified object is said of (exclusions_quantified_object.go).
		qEnd, qNegative, qPartitive, quantified := ac.quantifiedObject(si, from)
		quantified = quantified && !onlyConstruction
		// "It covers only Upper Nile and Jonglei, not the Equatoria region": members a negation
		// after a comma sets against the object list take the opposite value
		// (exclusions_contrasted.go). A branch below that finds the subjects elsewhere drops them.
		var contrasted []mention
		contrastable := !negated && !denied && !onlyConstruction
		listFrom = from
		if ac.areaObject(si, from) {
			// "يسري على جميع المناطق التي ... على غرار إدلب": only places are subjects, and
			// not the place the areas are of ("جميع مناطق إقليم أمهرة").
			container := ac.areaContainer(si, from)
			// "six districts of Sofala and Manica": not the places the counted areas lie in.
			inStart, inEnd := ac.countedAreasOf(si, from)
			subs = collectForward(si, from, 25, func(m mention) bool {
				return exclusionSubject(m) && m.e.Type != "armed_group" && m.start != container && (m.start < inStart || m.start >= inEnd)
			}, isCue)
			// "لا يسري على المناطق التي تنشط فيها حركة الشباب": the areas a group holds, left
			// out, leave the group out; the group is the relative clause's subject.
			if g, ok := ac.groupOfAreasLeftOut(si, from, value); ok {
				subs = append([]mention{g}, subs...)
			}
		} else if among {
			subs = []mention{amongSub}
		} else if quantified {
			if qNegative {
				value = !value // "excludes no one": as "does not exclude"
			}
			subs, quantifiedEnd = ac.quantifiedMembers(si, qEnd, qPartitive, isCue)
		} else {
			// "covers not only Odesa's ports but also the Danube ports of Izmail and Reni": the
			// trap phrase right after the cue opens a longer list.
			window := 6
			notOnly := from < len(si.toks) && si.trap[from]
			if notOnly {
				window = 16
			}
			subs = ac.withoutTrailingSayers(si, ac.withoutObjectRelatives(si, from, collectForward(si, from, window, exclusionSubject, isCue)))
			// "Aspides is not a party to the truce, which binds only X": a cue that ends with the
			// truce has its object already; what it says is of the subject before.
			// So does "fall outside the truce" in a language whose subject comes first.
			if h.end > h.start+1 && (si.startsAt(catCeasefire, h.end-1) || si.startsAt(catAgreement, h.end-1)) || ac.l.lex.Grammar.SubjectBeforeVerb && ac.truceObjectAfter(si, h) {
				subs = nil
			}
			if len(subs) > 0 && ac.gapTokens(si, from, subs[0].start) > 3 {
				subs = nil // not the cue's object ("تشمل توسيع نطاق ... في حلب")
			}
			if len(subs) > 0 && ac.locatedIncident(si, from, subs[0].start) {
				subs = nil // "apart from sporadic gunfire near the village of Qasr"
			}
			// "Insurance does not cover damage in Taiz": where only the sentence before names
			// the truce, an active coverage verb speaks of it through a pronoun ("It does not
			// cover Taiz"); a subject of its own that is no pronoun is something else.
			if len(subs) > 0 && (ac.foreignCoverageSubject(si, h) || ac.verbFirstOwnSubject(si, h, from, subs[0].start)) {
				subs = nil // «وتشمل حملة التطعيم مدينة الفاشر» (exclusions_verb_first_subject.go)
			}
			hasObject := len(subs) > 0
			if hasObject && contrastable {
				subs, contrasted = ac.splitContrasted(si, from, subs)
			}
			// A bare "covers X" places the truce (scope) when X is its area as a whole, and names
			// a covered part otherwise; "covers not only X but also Y" stresses that each named
			// place is covered, as "including X" does.
			// "تشمل منطقتي X وY، لكنها لا تمتد إلى Z": a coverage set against a negated one
			// later in the sentence stresses what is covered, as "including" does.
			// "نفى ... أن تكون الهدنة تشمل جيب فوروخ": a denied active coverage leaves its object
			// out ("denied that X was covered" has its subject before).
			deniedObject := denied && !ac.l.fw.passiveCue(si, h)
			if including := si.startsAt(catIncluding, h.start); !excl && !negated && !deniedObject && !including && !notOnly && !ac.areaObject(si, from) && !negatedCoverageAfter(si, h, cues) {
				subs = ac.coveredParts(si, h, subs) // exclusions_covered_parts.go
			}
			// "Not covered, at least in their reading, are X": the fronted predicate's subject
			// follows the copula or colon past the parenthetical.
			// "Covered: Sirte and Misrata, not Jufra": the contrast is read in that list.
			if m := ac.invertedSubjects(si, h); len(m) > 0 {
				subs, contrasted = m, nil
				if contrastable {
					subs, contrasted = ac.splitContrasted(si, m[0].start, m)
				}
			}
			// "يشمل هذه القوات", "covers these forces": the force named just before is the
			// object, not a name further on.
			if m, ok := ac.forceNamedByDemonstrative(si, from); ok && !onlyConstruction {
				subs, contrasted = []mention{m}, nil
			}
			if len(subs) == 0 && !onlyConstruction {
				// "the Shebaa Farms included", "X, which the truce excludes", "X, which is not
				// covered": the subject is the noun the participle or relative clause follows.
				if inc := ac.includedInAppositive(si, h); len(inc) > 0 {
					subs = inc
				} else if m, ok := ac.appositiveHead(si, h); ok {
					subs = ac.headList(si, m)
				} else if m, ok := ac.absoluteParticipleSubject(si, h); ok {
					subs = []mention{m}
				} else if m, ok := ac.relativeSayerAntecedent(si, h); ok {
					// "X, which the FNRT says is covered by the truce": past the embedded sayer
					// (exclusions_relative_sayer.go).
					subs = []mention{m}
				} else if m, ok := ac.coverageRelativeAntecedent(si, h.start); ok {
					subs = []mention{m}
				}
			}
			// "the atwa binds every clan of the tribe, them included": the pronoun of an absolute
			// phrase closing the object is the member the coverage is said of.
			if len(subs) == 0 && !onlyConstruction {
				if m, ok := ac.absolutePronounMember(si, h.start, from); ok {
					subs = []mention{m}
				}
			}
			pronoun := false
			// A pronoun suffix on the cue is its object ("استثنائها"): what follows is not.
			if suffix := ac.l.fw.pronounSuffixed(si, h); suffix || len(subs) == 0 && !hasObject && !onlyConstruction && ac.pronounSubject(si, h) {
				subs, contrasted = nil, nil
				// "يعتبر الجيش أنها مشمولة بالهدنة", "تصر الحركة على استثنائها", "They are not a
				// party to this deal": the group or place named before the pronoun's clause.
				pronoun = true
				if suffix && len(predSubs) > 0 && !punctIn(si, predEnd, h.start) && ac.coordinatorIn(si, predEnd, h.start) {
					// "كتيبة النواصي «ليست طرفاً في الاتفاق ولا يشملها وقف إطلاق النار»": the
					// subject of the coordinated predicate before, not a name before the clause.
					subs = predSubs
				} else if m, ok := ac.frontedTopic(si, h); ok && suffix {
					// "أن إدلب لا تشملها الهدنة": the topic the clause opens with.
					subs = []mention{m}
				} else if sayer, ok := ac.sayerOfPronoun(si, h); ok && !suffix {
					// "a pro-Damascus party in Jabal Mohsen says it is not bound by": the one who
					// says it, when it can be left out at all.
					if exclusionSubject(sayer) && !ac.truceAsPronoun(si, h, suffix) {
						subs = []mention{sayer}
					}
				} else if m, ok := ac.pronounAntecedent(si, h.start); ok && !ac.truceAsPronoun(si, h, suffix) {
					subs = []mention{m}
				}
				// "تصر الجزائر على أنها ليست طرفاً في الاتفاق": a pronoun that is "no party"
				// is the speaker who says so; a state or body is no exclusion.
				if sp, ok := ac.partySpeaker(si, h, suffix); ok {
					subs = nil
					if exclusionSubject(sp) {
						subs = []mention{sp}
					}
				}
				// "The YPG is the PKK. Neither is covered by this arrangement": each of the
				// sentence before.
				if ac.bothPronoun(si, h.start) && si.s.Index > 0 {
					subs = nil
					seenID := map[string]bool{}
					for _, m := range ac.infos[si.s.Index-1].ents {
						// A group based abroad is still one of this war ("The YPG is the PKK");
						// a foreign place is dropped below.
						if exclusionSubject(m) && !seenID[m.e.ID] {
							seenID[m.e.ID] = true
							subs = append(subs, mention{start: h.start, end: h.end, e: m.e})
						}
					}
				}
			}
			// "وطالب الحوثيون بأن تشمل الهدنة تعز": a verb-first cue with the truce and an object
			// after it is active; the name before it is no subject of a passive.
			// "ولا تمتد إلى أي منطقة أخرى", "does not extend to any other area": a generic object
			// names nothing, and the name before the verb is no subject of it.
			genericObject := h.end < len(si.toks) && si.tokIn(h.end, classGenericDeterminer, ac.l.fw.genericDeterminers)
			if len(subs) == 0 && !onlyConstruction && !pronoun && !genericObject && (excl || negated || ac.l.fw.passiveCue(si, h) || ac.truceObjectAfter(si, h) && !hasObject) {
				// Passive order: "ISIS and Nusra are excluded", "X is not part of the
				// agreement" (a bare "X is part of" is too often another noun's); a negated
				// inclusion has a copula and a quote mark more in between.
				window := 3
				if !excl {
					window = 6
				}
				// "X are, in practice, not bound": past a short insert between commas.
				window += ac.insertBefore(si, h.start)
				// "Not only the PMF but also some Federal Police units are not bound": the first
				// member stands before "but also", past the second.
				for k := h.start - 1; k >= 0 && k >= h.start-16; k-- {
					if si.boundary[k] {
						break
					}
					if phraseAt(si, k, ac.l.fw.correlativeAlso) > 0 && si.trap[k] {
						window = max(window, h.start-k+6)
						break
					}
				}
				if k := si.mentionsEndingBy(h.start) - 1; k >= 0 {
					// The window counts from the nearest name's end: "Islamic State Sahel are
					// excluded" is as near as "ISIS are excluded".
					window += si.ents[k].end - si.ents[k].start - 1
				}
				subs = collectBackward(si, h.start, window, exclusionSubject)
				// "the return of the bodies of fighters killed near Dibis has not been part of":
				// a place a locating preposition puts a common noun's event in is no subject.
				if len(subs) > 0 && ac.locatedBefore(si, subs[0]) {
					subs = nil
				}
				if len(subs) > 0 {
					// "مخيمي الهول وروج يبقيان خارج ...": the whole coordinated list before the
					// predicate, not only its last member.
					subs = nearestGroup(collectBackward(si, h.start, window+12, exclusionSubject))
				}
				// "Al-Shabaab, the group that holds the countryside in Gedo, is not covered":
				// the subject is the head before the appositive, not a name inside it.
				if inc := ac.includedInAppositive(si, h); len(inc) > 0 {
					subs = inc
				} else if m, ok := ac.appositiveHead(si, h); ok {
					subs = ac.headList(si, m)
				}
				// "قال X إن Y ليس طرفاً في الاتفاق": the subject is inside the reported
				// content, never the speaker before it.
				from := ac.contentStart(si, h.start)
				for len(subs) > 0 && subs[len(subs)-1].start < from {
					subs = subs[:len(subs)-1]
				}
				// "Russian instructors of the Africa Corps serving with the FACA ... are not
				// covered": the name opening a long subject, not one inside its modifier
				// (exclusions_long_subject.go).
				if ms, ok := ac.longSubjectHead(si, h); ok && !slices.ContainsFunc(subs, func(s mention) bool { return s.start < ms[len(ms)-1].end }) {
					subs = ms
				}
				// "ويبقى ملف قاعدة الجفرة ...، إذ تعتبرها القيادة العامة خارج نطاق الهدنة": the
				// object pronoun of a verb of opinion is the predicate's subject.
				if len(subs) == 0 {
					if m, ok := ac.opinionObjectAntecedent(si, h); ok {
						subs = []mention{m}
					}
				}
				// "The YPG is the backbone of our forces and is fully covered": the subject of
				// the first of two coordinated predicates.
				if len(subs) == 0 {
					if m, ok := ac.coordinatedPredicateSubject(si, h); ok {
						subs = []mention{m}
					}
				}
				// "Asked whether the truce covered the Roj and al-Hol camps, Marsh said the camps
				// "remain outside the scope"": a definite plural noun repeats the head of the list
				// named before.
				if len(subs) == 0 {
					subs = ac.definiteAnaphorList(si, h)
				}
				// "The Wazalendo, the militias that fight alongside the army, were bound by the
				// truce": past an appositive set off by commas (whose "that" starts no content).
				if len(subs) == 0 {
					for k := si.mentionsEndingBy(h.start) - 1; k >= 0 && h.start-si.ents[k].end <= 20; k-- {
						if m := si.ents[k]; exclusionSubject(m) && !si.boundaryIn(m.end, h.start) && ac.gapTokens(si, m.end, h.start) <= 2 {
							subs = []mention{m}
							break
						}
					}
				}
			}
		}
		// "نفى وجهاء من X أن يكونوا طرفاً في العطوة": a denied "party to" whose content names
		// no subject is what the denying group says of itself.
		if len(subs) == 0 && denied && !onlyConstruction && !quantified {
			if sp, ok := ac.partySpeaker(si, h, ac.l.fw.pronounSuffixed(si, h)); ok && exclusionSubject(sp) {
				subs = []mention{sp}
			}
		}
		// "إن ألويته "غير معنية بالهدنة"": a force noun with a pronoun suffix just before the
		// predicate is the speaker's own force.
		if len(subs) == 0 && !onlyConstruction && !quantified {
			if m, ok := ac.possessedForceSubject(si, h); ok {
				subs = []mention{m}
			}
		}
		// "Operations against al-Shabaab are not covered by the truce", "الحرب على فلول داعش في
		// جبال حمرين ليست مشمولة": what the truce leaves in or out is the action against the
		// jihadist group, not the place it is fought in nor the truce's own place.
		if m, ok := ac.jihadistActionSubject(si, h); ok && !quantified {
			subs = []mention{m}
		}
		// A subject found past the first contrasted member belongs to the contrast ("covers Sirte,
		// not operations against Islamic State").
		contrastFrom := -1
		if len(contrasted) > 0 {
			contrastFrom = contrasted[0].start
		}
		// "لا يتضمن أي بند يلزم المقاومة بالانسحاب": a group that is the subject or object of a
		// withdrawal is what the withdrawal is about, not what the truce covers. A place in
		// another country than the theatre's is no part of the truce ("القادمين من قنديل").
		keep := subs[:0:0]
		subs = append(subs, contrasted...)
		located := -1 // the end of the mention last looked at, when a place dropped as locating a member
		for _, m := range subs {
			// A chain of coordinated locators ("in Sinjar or Qandil") runs from the mention
			// right before m only: one dropped for any other reason ends it.
			prevLocated := located
			located = -1
			if (m.e.Type == "city" || m.e.Type == "region") && !warCache.of(ac, m.e.Country) {
				continue
			}
			// A generic name ("the group") read as another war's group names none of this one.
			if m.context && m.e.Country != "" && !warCache.of(ac, m.e.Country) {
				continue
			}
			// "Croix-des-Bouquets, east of the capital,", "صالة شرق تعز": a place after a
			// direction phrase is a landmark (exclusions_landmark.go).
			if ac.landmarkPlace(si, m) {
				continue
			}
			// "the Jenin truce ... does not apply to", "not covered by the Zamfara truce": the
			// name of the truce (exclusions_truce_name.go).
			if ac.truceNamedBy(si, m) {
				continue
			}
			// "the Tishreen dam on the Euphrates": a place after a preposition right behind
			// another member locates that member.
			lp := m.start - 1 // the locative, before an article: "on the Euphrates"
			if ac.l.fw.definiteArticles[si.tokText(lp)] {
				lp--
			}
			loc := si.startsAt(catLocative, lp)
			// "the smugglers of Hermel": a place after "of" or "from" right behind a group is its home.
			// So past the group's force noun: "ISIS fighters from Raqqa".
			home := ac.l.fw.departurePrepositions[si.tokText(lp)] && len(keep) > 0 && keep[len(keep)-1].e.Type == "armed_group" &&
				(lp == keep[len(keep)-1].end || lp == keep[len(keep)-1].end+1 && (ac.forceHead(si, keep[len(keep)-1].end) || ac.l.fw.armedMen[si.tokText(keep[len(keep)-1].end)]))
			if (loc || home || ac.l.fw.locatingPrepositions[si.tokText(lp)]) && len(keep) > 0 && !ac.repeatedPreposition(si, keep[len(keep)-1].end, lp) {
				// A place coordinated with it locates the same member (coordinatedLocator), not
				// one that locates a common-noun item ("the port on the Red Sea and Ras Isa").
				if lp-keep[len(keep)-1].end <= 0 || ac.participleBefore(si, keep[len(keep)-1], lp) {
					located = m.end
					continue
				}
				if ac.commonNounItem(si, keep[len(keep)-1].end, lp) {
					continue
				}
			}
			// "PKK affiliates in Sinjar or Qandil": a place coordinated with the place dropped
			// right before it locates the same member (exclusions_coordinated_locators.go).
			if prevLocated >= 0 && ac.coordinatedLocator(si, prevLocated, m) {
				located = m.end
				continue
			}
			provision := false
			for _, ref := range []topicRef{refWithdrawal, refExchange, refHumanitarian} {
				// "تتضمن إفراج حماس عن ثلاثين محتجزاً": the group is the agent of the release.
				provision = provision || ac.provisionCueIn(si, h.end, m.start-1, ref) || ac.provisionCueIn(si, m.end, m.end+2, ref)
				// "fuel cargoes would be allowed into Hodeidah port as part of the deal": a place
				// before the cue that aid reaches is where the aid goes. Not a withdrawal's: "will
				// not withdraw from the corridor, which is not part of" says the place is outside.
				provision = provision || ref == refHumanitarian && m.end <= h.start && ac.provisionCueIn(si, max(m.start-8, ac.contentStart(si, m.start)), m.start-1, ref)
			}
			if !provision {
				keep = append(keep, m)
			}
		}
		subs = keep
		// The contrasted members went through the same checks; they are claims of their own.
		subs, contrasted = splitAt(subs, contrastFrom)
		// "the groups not covered by the deal, especially Dogo Maikwana's gang": the named
		// members the generic name stands for (exclusions_especially_members.go).
		if len(contrasted) == 0 && !onlyConstruction {
			last := h.end
			for _, m := range subs {
				last = max(last, m.end)
			}
			if ms := ac.especiallyMembers(si, last, isCue); len(ms) > 0 {
				subs = withoutGenericNames(subs)
				for _, m := range ms {
					if !slices.ContainsFunc(subs, func(o mention) bool { return o.e == m.e }) {
						subs = append(subs, m)
					}
				}
			}
		}
		// "يشمل [الاستثناء] داعش والنصرة الإرهابيتين": groups named with a designation the
		// article excludes as a category are excluded, whatever verb lists them.
		designated := false
		if !value && len(subs) > 0 && ac.designatedAfter(si, subs[len(subs)-1].end) && ac.categoryExcluded(si) {
			value, designated = true, true
		}
		// "The truce applies only to the Bab al-Tabbaneh and Jabal Mohsen fronts", "only X and Y
		// are": the places of a restrictive list bound the truce (its partial scope); they are
		// no coverage claims of their own.
		// So are those of "لا تشمل سوى جبهتي X وY" (covers nothing but).
		if !excl && !denied && (onlyConstruction || !negated && exhaustive && onlyOverList(si, h, subs)) && !(from < len(si.toks) && si.trap[from]) {
			subs = withoutPlaces(subs)
		}
		if len(subs) > 0 && subs[0].end <= h.start {
			predSubs, predEnd = subs, h.end
		}
		v := "not_excluded"
		if value {
			v = "excluded"
		}
		rule := "exclusion.cue"
		if !excl {
			rule = "exclusion.inclusion_cue"
		}
		if negated {
			rule += ".negated"
		}
		if denied {
			rule += ".denied"
		}
		if onlyConstruction {
			rule = "exclusion.only_construction"
		}
		if designated {
			rule = "exclusion.designated_member"
		}
		if quantified {
			rule = "exclusion.quantified_object"
		}
		for _, m := range subs {
			out = append(out, draft{topic: "ceasefire.exclusions", subject: m.e.ID, value: v, exhaustive: exhaustive, pos: h.start, rule: rule, inferred: designated})
			// «لا كوادر حزب العمال الكردستاني كما تزعم أنقرة»: the set-aside reading is the
			// claimant's (exclusions_as_reported.go).
			if agent := ac.setAsideClaimant(si, h, m); agent != "" {
				ov := "excluded"
				if value {
					ov = "not_excluded"
				}
				out = append(out, draft{topic: "ceasefire.exclusions", subject: m.e.ID, value: ov, pos: m.start, rule: "exclusion.as_reported", agent: agent})
			}
		}
		// A contrasted member takes the opposite of what is said of the list, after a designation
		// made the list excluded ("يشمل [الاستثناء] ...، لا ...": what the exclusion does not take).
		for _, m := range contrasted {
			cv := "excluded"
			if value {
				cv = "not_excluded"
			}
			out = append(out, draft{topic: "ceasefire.exclusions", subject: m.e.ID, value: cv, pos: h.start, rule: "exclusion.contrasted"})
		}
	}
	return out
}

// participleBefore: one or two words with no separator stand between the force m and the
// locative at lp ("ألوية الحشد الشعبي المنتشرة في الدبس", "PMF brigades deployed in Dibis"):
// the place after it says where the force is.
func (ac *articleContext) participleBefore(si *sentInfo, m mention, lp int) bool {
	if m.e.Type != "armed_group" || lp-m.end < 1 || lp-m.end > 2 {
		return false
	}
	for k := m.end; k < lp; k++ {
		if si.toks[k].punct || ac.l.fw.coordinators[si.tokText(k)] || si.boundary[k] {
			return false
		}
		if _, ok := si.mentionAt(k); ok {
			return false
		}
	}
	return true
}

// negationIn: a negation (not a trap) starts in [from, to].
func negationIn(si *sentInfo, from, to int) bool {
	for k := from; k <= to && k < len(si.toks); k++ {
		if si.startsAt(catNegation, k) && !si.trap[k] {
			return true
		}
	}
	return false
}

// insertBefore is the length of a short insert between commas ending at most three tokens
// before pos ("are, in practice, not bound"), else 0.
func (ac *articleContext) insertBefore(si *sentInfo, pos int) int {
	for k := pos - 1; k >= 0 && k >= pos-3; k-- {
		if !isComma(si.toks[k].text) {
			continue
		}
		if j := parentheticalStart(si, k); j > 0 {
			return k - j + 1
		}
		return 0
	}
	return 0
}

// possessedForceSubject: a force noun with a pronoun suffix ("ألويته", "قواتنا") at most two
// tokens before the predicate h (a quote mark or negation between) is its subject: the force of
// whoever speaks (a person's through their affiliation).
func (ac *articleContext) possessedForceSubject(si *sentInfo, h hit) (mention, bool) {
	for k := h.start - 1; k >= 0 && k >= h.start-3; k-- {
		if owned, _ := ac.possessedForce(si, k); owned {
			sp := ac.speakerAt(si.idx, h.start)
			if sp != nil && sp.Type == "person" && sp.Affiliation != "" {
				sp = ac.x.data.Gazetteer.Entity(sp.Affiliation)
			}
			if sp != nil {
				sp = ac.affiliatedArmy(sp)
			}
			if sp == nil || !isForce(mention{e: sp}) {
				return mention{}, false
			}
			return mention{start: k, end: k + 1, e: sp}, true
		}
		if t := si.tokText(k); !isQuote(si.toks[k].text) && !ac.l.fw.negations[t] {
			return mention{}, false
		}
	}
	return mention{}, false
}

// jihadistActionSubject is the jihadist group named right after an action or right cue (retained
// rights: operations against, الحرب على, the right to act against) that is the coverage cue h's subject
// (ending at most 14 tokens before it, in its clause) or its object (starting at most three
// tokens after it).
func (ac *articleContext) jihadistActionSubject(si *sentInfo, h hit) (mention, bool) {
	for _, c := range ac.cuesOf(si, refRetainedRights) {
		before := c.end <= h.start && h.start-c.end <= 14 && !si.boundaryIn(c.end, h.start)
		after := c.start >= h.end && c.start-h.end <= 3 && !si.boundaryIn(h.end, c.start)
		if !before && !after {
			continue
		}
		for _, m := range si.ents[si.firstMentionFrom(c.end):] {
			if m.start > c.end+3 {
				break
			}
			if !m.demonym && m.e.Type == "armed_group" && m.e.Role == "jihadist" {
				return m, true
			}
		}
	}
	return mention{}, false
}

// passiveCue: the cue is a passive form whose subject comes before it: a copula before an
// English participle ("X was covered"), an Arabic participle (القوة المشتركة "مشمولة").
func (fw *functionWords) passiveCue(si *sentInfo, h hit) bool {
	t := si.toks[h.start].text
	if len(fw.participlePrefixes) > 0 && isArabicWord(t) {
		return hasAnyPrefix(fw.withoutConjunction(t), fw.participlePrefixes)
	}
	k := h.start - 1
	if fw.mannerAdverb(si.tokText(k)) {
		k-- // "is fully covered", "are explicitly excluded"
	}
	if fw.negations[si.tokText(k)] {
		k--
	}
	return fw.copulas[si.tokText(k)]
}

// coordinatedPredicateSubject: the cue is a participle after "and" and a copula ("X is A and is
// covered"); the subject is a group or place right before the first copula of the clause.
func (ac *articleContext) coordinatedPredicateSubject(si *sentInfo, h hit) (mention, bool) {
	c := h.start - 1
	if ac.l.fw.mannerAdverb(si.tokText(c)) {
		c--
	}
	if ac.l.fw.negations[si.tokText(c)] {
		c--
	}
	if !ac.l.fw.copulas[si.tokText(c)] || !ac.l.fw.coordinators[si.tokText(c-1)] {
		return mention{}, false
	}
	from := max(clauseStart(si, h.start), ac.contentStart(si, h.start))
	for k := si.firstMentionFrom(from); k < len(si.ents) && si.ents[k].end < c-1; k++ {
		if m := si.ents[k]; exclusionSubject(m) && ac.l.fw.copulas[si.tokText(m.end)] {
			return m, true
		}
	}
	return mention{}, false
}

// coverageCues returns the exclusion then inclusion cues of a sentence sorted by start. A sort
// of up to 12 elements is an insertion sort, hence stable: the same as merging the two lists
// (each in token order), exclusions first on a tie, which needs no sort.
func (ac *articleContext) coverageCues(si *sentInfo) []hit {
	ex, in := si.hitsOf(catExclusion), si.hitsOf(catInclusion)
	cues := carveDirty(&ac.sc.hits, len(ex)+len(in))
	if len(cues) > 12 {
		copy(cues[copy(cues, ex):], in)
		sort.Slice(cues, func(a, b int) bool { return cues[a].start < cues[b].start })
		return cues
	}
	k := 0
	for len(ex) > 0 || len(in) > 0 {
		if len(in) == 0 || len(ex) > 0 && ex[0].start <= in[0].start {
			cues[k], ex = ex[0], ex[1:]
		} else {
			cues[k], in = in[0], in[1:]
		}
		k++
	}
	return cues
}

// areaObject: the cue's object starts with an area noun (المناطق, areas).
func (ac *articleContext) areaObject(si *sentInfo, from int) bool {
	for k := from; k < from+3 && k < len(si.toks); k++ {
		if si.startsAt(catArea, k) {
			return true
		}
	}
	return false
}

// coverageCueBefore: an inclusion or exclusion cue governs the noun at pos.
func (ac *articleContext) coverageCueBefore(si *sentInfo, pos int) bool {
	for _, c := range []category{catInclusion, catExclusion} {
		for _, h := range hitsStartingIn(si.hitsOf(c), pos-2-ac.l.longest, pos) {
			if h.end <= pos && pos-h.end <= 2 {
				return true
			}
		}
	}
	return false
}

// designatedAfter: a designation (الإرهابيتين, terrorist) follows the subject list.
func (ac *articleContext) designatedAfter(si *sentInfo, pos int) bool {
	for k := pos; k < pos+2 && k < len(si.toks); k++ {
		if si.startsAt(catDesignation, k) {
			return true
		}
	}
	return false
}

// categoryExcluded: this or an earlier sentence excludes a category of designated groups.
func (ac *articleContext) categoryExcluded(si *sentInfo) bool {
	for _, other := range ac.infos {
		if other.s.Index > si.s.Index {
			break
		}
		for _, d := range ac.exclusionDrafts(other) {
			if d.value == "excluded" && ac.isCategory(d.subject) {
				return true
			}
		}
	}
	return false
}

func (ac *articleContext) exclusionDrafts(si *sentInfo) []draft {
	if si.bg {
		return nil
	}
	if si.exclCache == nil {
		si.exclCache = []draft{}
		si.exclCache = ac.exclusionRule(nil, si)
	}
	return si.exclCache
}

// isCategory: an entity that names a class of groups (terrorist groups), not one group.
func (ac *articleContext) isCategory(id string) bool {
	e := ac.x.data.Gazetteer.Entity(id)
	return e != nil && e.Type == "armed_group" && e.Role == "jihadist" && e.Country == ""
}

// contentStart is where the content a cue at pos belongs to starts: after the last
// complementizer (أن, that) or verb of saying before it in its clause, else the clause start.
func (ac *articleContext) contentStart(si *sentInfo, pos int) int {
	start := clauseStart(si, pos)
	for k := pos - 1; k >= start; k-- {
		if si.tokIn(k, classComplementizer, ac.l.fw.complementizers) {
			return k + 1
		}
		if hs := si.hitsOfAt(catAttrVerb, k); len(hs) > 0 {
			return hs[0].end
		}
	}
	return start
}

// provisionCueIn: a cue of the provision topic ref starts in [from, to] with no boundary from
// from to it.
func (ac *articleContext) provisionCueIn(si *sentInfo, from, to int, ref topicRef) bool {
	for _, c := range ac.cuesOf(si, ref) {
		if c.start >= from && c.start <= to && !si.boundaryIn(from, c.start) {
			return true
		}
	}
	return false
}

// includingAProvision: an "including" cue right after a humanitarian or exchange provision
// ("unhindered humanitarian access, including the reopening of Goma airport") lists what that
// provision holds.
func (ac *articleContext) includingAProvision(si *sentInfo, h hit) bool {
	if !si.startsAt(catIncluding, h.start) {
		return false
	}
	end := h.start
	if end > 0 && isComma(si.toks[end-1].text) {
		end--
	}
	for _, ref := range []topicRef{refHumanitarian, refExchange} {
		for _, c := range ac.cuesOf(si, ref) {
			if c.end == end {
				return true
			}
		}
	}
	return false
}

// absoluteParticipleSubject: an English participle cue right after its noun and closing the
// phrase ("..., the Shebaa Farms included," / "Idlib excluded.") has that noun as subject.
func (ac *articleContext) absoluteParticipleSubject(si *sentInfo, h hit) (mention, bool) {
	t := si.toks[h.start].text
	if !hasAnySuffix(t, ac.l.fw.participleSuffixes) || h.end-h.start != 1 {
		return mention{}, false
	}
	if h.end < len(si.toks) && !si.toks[h.end].punct {
		return mention{}, false
	}
	k := si.mentionsEndingBy(h.start) - 1
	if k < 0 || si.ents[k].end != h.start || !exclusionSubject(si.ents[k]) {
		return mention{}, false
	}
	return si.ents[k], true
}

// coverageRelativeAntecedent: a coverage cue inside a relative clause with no object of its own ("the
// Philadelphi Corridor, which is not covered by this arrangement", "the FDLR, which the
// ceasefire excludes", "القوات ... التي يتفق الجميع على أنها خارج الاتفاق") is about the noun the
// clause qualifies: the eligible mention ending at most two tokens before the relative pronoun.
func (ac *articleContext) coverageRelativeAntecedent(si *sentInfo, pos int) (mention, bool) {
	for k := pos - 1; k >= 0 && k >= pos-7; k-- {
		if si.boundary[k] || isComma(si.toks[k].text) {
			break // the relative clause closed before the cue
		}
		if !si.startsAt(catRelPron, k) {
			continue
		}
		j := si.mentionsEndingBy(k) - 1
		if j < 0 || k-si.ents[j].end > 2 || !exclusionSubject(si.ents[j]) {
			return mention{}, false
		}
		// "must leave Hodeidah and that Taiz is covered": a "that" with a subject of its own
		// after it opens a content clause, no relative one about the noun before.
		if ac.eligibleMentionIn(si, k+1, pos) {
			return mention{}, false
		}
		return si.ents[j], true
	}
	return mention{}, false
}

// eligibleMentionIn: a mention that can be covered or left out starts in [from, to).
func (ac *articleContext) eligibleMentionIn(si *sentInfo, from, to int) bool {
	for k := si.mentionsEndingBy(from); k < len(si.ents) && si.ents[k].start < to; k++ {
		if m := si.ents[k]; m.start >= from && exclusionSubject(m) {
			return true
		}
	}
	return false
}

// pronounSubject: the cue's subject is a pronoun: a subject pronoun or a complementizer carrying
// one (أنها) right before the cue (or before its negation), or a pronoun suffix on a one-word
// cue (استثنائها, خارجها).
func (ac *articleContext) pronounSubject(si *sentInfo, h hit) bool {
	k := ac.l.fw.beforePredicateLead(si, h.start) // "They are not a party to"
	if ac.bothPronoun(si, h.start) {
		return true
	}
	// "as this area is outside the scope", "هذه المنطقة خارج الاتفاق": a demonstrative place
	// noun stands for the place named before, like a pronoun.
	if ac.l.fw.placeAnaphors[si.tokText(k)] && ac.l.fw.demonstratives[si.tokText(k-1)] {
		return true
	}
	if w := si.tokText(k); w != "" && (ac.l.fw.subjectPronouns[w] || ac.l.fw.complementizers[w] && runeLen(w) > 2) {
		// "that it is covered" is the pronoun; a bare "that" (أن) is not.
		return !ac.l.fw.complementizers[w] || isArabicWord(w)
	}
	// A complementizer with its pronoun behind a clitic preposition ("لأنها خارج نطاق").
	if w := si.tokText(k); isArabicWord(w) && runeLen(w) > 3 {
		for c := range ac.l.fw.complementizers {
			if runeLen(c) > 2 && strings.HasSuffix(w, c) {
				return true
			}
		}
	}
	return ac.l.fw.pronounSuffixed(si, h)
}

// pronounSuffixed: a one-word Arabic cue carrying a pronoun suffix (استثنائها, خارجها).
func (fw *functionWords) pronounSuffixed(si *sentInfo, h hit) bool {
	if h.end-h.start != 1 {
		return false
	}
	t := si.toks[h.start].text
	return hasAnySuffix(t, fw.objectSuffixes)
}

// pronounAntecedent is the group or place a pronoun stands for: the last one named before the
// pronoun's own clause (a pronoun never stands for its clause's subject: "تصر الحركة على
// استثنائها"), else the last one named in the sentence before.
func (ac *articleContext) pronounAntecedent(si *sentInfo, pos int) (mention, bool) {
	from := clauseStart(si, pos)
	// Only a group or place of this war ("يترك الباب مفتوحاً" is a door, not a Syrian town).
	ofTheatre := func(m mention) bool {
		return exclusionSubject(m) && ac.warCountry(m.e.Country)
	}
	// In the pronoun's own clause only a place after a preposition ("عمليات إنفاذ القانون في
	// شمال شوا ستستمر لأنها ..."), which cannot be the clause's subject.
	// So is the subject of a clause coordinated before the pronoun's ("Sevastopol is a naval
	// base, and it stays a legitimate target").
	for k := si.mentionsEndingBy(pos) - 1; k >= 0 && si.ents[k].start >= from; k-- {
		if m := si.ents[k]; ofTheatre(m) {
			if loc := si.startsAt(catLocative, m.start-1); loc || coordinatedBefore(si, m.end, pos) {
				return m, true
			}
		}
	}
	for k := si.mentionsEndingBy(from) - 1; k >= 0; k-- {
		if m := si.ents[k]; ofTheatre(m) {
			return m, true
		}
	}
	if si.s.Index == 0 {
		return mention{}, false
	}
	prev := ac.infos[si.s.Index-1]
	for k := len(prev.ents) - 1; k >= 0; k-- {
		if m := prev.ents[k]; ofTheatre(m) {
			// The mention indexes the other sentence's tokens: only its entity is used.
			return mention{start: pos, end: pos + 1, e: m.e}, true
		}
	}
	return mention{}, false
}

// absolutePronounMember: the object of a coverage cue (at cue, its object from) ends in an
// absolute phrase of a comma, an object pronoun and an inclusion participle ("every clan of the
// tribe, them included"); the group or place the pronoun stands for is covered.
func (ac *articleContext) absolutePronounMember(si *sentInfo, cue, from int) (mention, bool) {
	fw := &ac.l.fw
	for k := from; k+2 < len(si.toks) && k <= from+10; k++ {
		t := si.toks[k]
		if t.punct && !isComma(t.text) {
			return mention{}, false
		}
		if isComma(t.text) && fw.objectPronouns[si.tokText(k+1)] && fw.absoluteInclusion[si.tokText(k+2)] {
			return ac.absoluteAntecedent(si, cue, k)
		}
	}
	return mention{}, false
}

// absoluteAntecedent: the group or place an absolute phrase's pronoun after the comma at k
// stands for: the last one named before the coverage cue (a place inside the object, "all
// armed groups in North Kivu", is where the members are; the phrase is a clause of its own, so
// the main clause's subject may be it), past a name that only completes a noun of its clause
// ("Al Bu Sultan are sons of Bani Rashed"); else the one the sentence before names last.
func (ac *articleContext) absoluteAntecedent(si *sentInfo, cue, k int) (mention, bool) {
	ofTheatre := func(m mention) bool {
		return exclusionSubject(m) && ac.warCountry(m.e.Country)
	}
	for n := si.mentionsEndingBy(cue) - 1; n >= 0; n-- {
		if m := si.ents[n]; ofTheatre(m) {
			if s, ok := ac.subjectBeforeComplement(si, m, ofTheatre); ok {
				return s, true
			}
			return m, true
		}
	}
	if si.s.Index == 0 {
		return mention{}, false
	}
	prev := ac.infos[si.s.Index-1]
	for n := len(prev.ents) - 1; n >= 0; n-- {
		if m := prev.ents[n]; ofTheatre(m) {
			return mention{start: k + 1, end: k + 2, e: m.e}, true // the other sentence's entity only
		}
	}
	return mention{}, false
}

// subjectBeforeComplement: m follows a partitive "of" ("sons of Bani Rashed", "a clan of the
// Bani Rashed tribe"); the group or place that opens m's clause, before the noun "of" completes,
// is the subject a later pronoun takes up.
func (ac *articleContext) subjectBeforeComplement(si *sentInfo, m mention, ok func(mention) bool) (mention, bool) {
	k := m.start - 1
	if ac.l.fw.definiteArticles[si.tokText(k)] {
		k--
	}
	if !ac.l.fw.partitives[si.tokText(k)] {
		return mention{}, false
	}
	from := clauseStart(si, k)
	for n := 0; n < len(si.ents) && si.ents[n].end <= k; n++ {
		if s := si.ents[n]; s.start >= from && ok(s) && s.e.ID != m.e.ID {
			return s, s.start <= from+1 // the clause's first words, past an opening quote
		}
	}
	return mention{}, false
}

// areaContainer is the start of the place an area noun's areas belong to ("جميع مناطق إقليم
// أمهرة", "all zones of Amhara"): the name right after the area noun or its "of"; -1 when none.
func (ac *articleContext) areaContainer(si *sentInfo, from int) int {
	for k := from; k < from+3 && k < len(si.toks); k++ {
		if a, ok := si.hitAt(catArea, k); ok {
			// Only areas counted whole ("all zones of X") have a container; "the towns of
			// Manbij and Kobani" names its members.
			whole := false
			for _, c := range ac.cuesOf(si, refScope) {
				whole = whole || c.start <= a.start && a.start < c.end && ac.l.topicCue[c.idx].Value == "nationwide"
			}
			if !whole {
				return -1
			}
			for j := a.end; j <= a.end+1 && j < len(si.toks); j++ {
				if m, ok := si.mentionAt(j); ok {
					return m.start
				}
			}
			return -1
		}
	}
	return -1
}

// bothPronoun: the cue's clause opens with a word standing for each of the things named in the
// sentence before, at most three tokens before the cue ("Neither is covered by").
func (ac *articleContext) bothPronoun(si *sentInfo, pos int) bool {
	start := clauseStart(si, pos)
	for k := start; k < pos && k < start+2; k++ {
		if ac.l.fw.bothWords[si.tokText(k)] && pos-k <= 3 {
			return true
		}
	}
	return false
}

// warCountry: a place of this country can be part of the truce: the theatre's, or, in a war
// between states, another state the article names itself ("Russia and Ukraine agreed ...":
// Sevastopol is Ukraine's even when the talks' host is counted the theatre; the border with
// Nakhchivan is Azerbaijan's). A place of a country the article never names (nor its capital,
// army or government) is abroad
// ("القادمين من قنديل"). Runs only for a place a coverage cue governs: the scan is rare.
func (ac *articleContext) warCountry(country string) bool {
	if country == "" || country == ac.theater || ac.theater == unplaced {
		return true
	}
	for _, si := range ac.infos {
		for _, m := range si.ents {
			if m.demonym || m.context {
				continue
			}
			// The state itself, its capital speaking for it ("نظام كييف"), or its army or
			// government at war.
			if m.e.ID == country && !ac.l.fw.nisbaOf(si, m) || m.e.SpeaksFor == country ||
				(m.e.Type == "military" || m.e.Type == "government") && m.e.Country == country {
				return true
			}
		}
	}
	return false
}

// predicatePosition: the cue is a predicate about a subject before it ("is outside the scope",
// "it stays a legitimate target", "حيس خارج نطاق الهدنة"), not a preposition opening an aside
// ("Apart from Hays, the city was calm", "جميع المديريات ما عدا حيس").
func (ac *articleContext) predicatePosition(si *sentInfo, h hit) bool {
	k := h.start - 1
	for k >= 0 && isQuote(si.tokText(k)) {
		k--
	}
	w := si.tokText(k)
	if ac.l.fw.copulas[w] || ac.l.fw.linkingVerbs[w] || ac.l.fw.indefiniteArticles[w] || ac.l.fw.negations[w] {
		return true
	}
	j := si.mentionsEndingBy(k+1) - 1
	return isArabicWord(si.tokText(h.start)) && j >= 0 && si.ents[j].end == k+1 && exclusionSubject(si.ents[j])
}

// selfContainedCoverage: in an article about a ceasefire, a sentence that names no agreement
// still speaks of the truce's coverage when its cue needs no noun to be about it: a passive
// coverage participle ("Sevastopol is not covered", "مشمولة") or an exclusion phrase of two
// words or more ("a legitimate target", "outside the scope"). One-word cues (except, include)
// are too often about something else.
func (ac *articleContext) selfContainedCoverage(si *sentInfo) bool {
	if !ac.ceasefire {
		return false
	}
	for _, h := range si.hitsOf(catExclusion) {
		if h.end-h.start >= 2 && !isTrapped(si, h) && ac.predicatePosition(si, h) {
			return true
		}
	}
	for _, h := range si.hitsOf(catInclusion) {
		if !isTrapped(si, h) && (ac.l.fw.passiveCue(si, h) || len(ac.invertedSubjects(si, h)) > 0) {
			return true
		}
	}
	return false
}

// truceObjectAfter: the truce itself is the cue's object ("falls under the truce", "is bound by
// the agreement", "يندرج ضمن الهدنة"): what is covered is the subject before the cue.
func (ac *articleContext) truceObjectAfter(si *sentInfo, h hit) bool {
	for k := h.end; k < len(si.toks) && k <= h.end+2; k++ {
		if si.startsAt(catCeasefire, k) {
			return true
		}
		if a, ok := si.hitAt(catAgreement, k); ok && ac.ceasefire && !ac.insideTalks(si, a) {
			return true
		}
		if w := si.tokText(k); !ac.l.fw.definiteArticles[w] && !ac.l.fw.demonstratives[w] {
			return false
		}
	}
	return false
}

// coordinatedBefore: ", and" stands between from and the subject pronoun right before pos's
// predicate: the pronoun opens a new coordinated clause.
func coordinatedBefore(si *sentInfo, from, pos int) bool {
	for k := from; k < pos-1; k++ {
		if si.tokText(k) == "and" && isComma(si.tokText(k-1)) {
			return true
		}
	}
	return false
}

// definiteAnaphorList: the cue's subject is "the <plural noun>" right before it (past a quote
// mark, a negation and a copula or linking verb), and an earlier list in the sentence names
// places or groups whose own names end with that noun ("the Roj and al-Hol camps ... the camps
// remain outside"): the subject is that list.
func (ac *articleContext) definiteAnaphorList(si *sentInfo, h hit) []mention {
	k := h.start - 1
	for ; k >= 0 && k >= h.start-4; k-- {
		w := si.tokText(k)
		if !isQuote(w) && !ac.l.fw.copulas[w] && !ac.l.fw.linkingVerbs[w] && !ac.l.fw.negations[w] {
			break
		}
	}
	noun := si.tokText(k)
	if k < 1 || !ac.l.fw.definiteArticles[si.tokText(k-1)] || isArabicWord(noun) || !strings.HasSuffix(noun, "s") {
		return nil
	}
	if _, ok := si.mentionAt(k); ok {
		return nil
	}
	// The list ends with the noun it shares ("the Roj and al-Hol camps"): the noun is right
	// after the last member.
	head := strings.TrimSuffix(noun, "s")
	for j := si.mentionsEndingBy(k-1) - 1; j >= 0 && k-si.ents[j].end <= 40; j-- {
		m := si.ents[j]
		if !exclusionSubject(m) {
			continue
		}
		// The noun follows the last member, or closes its name ("al-Hol camps").
		if w, last := si.tokText(m.end), si.tokText(m.end-1); w == noun || w == head || m.end-m.start > 1 && last == noun {
			return nearestGroup(collectBackward(si, m.end, 12, exclusionSubject))
		}
	}
	return nil
}

// warCountries caches warCountry's answers for one sentence: the scan of the article runs once
// per country however many places a long sentence names.
type warCountries struct{ ids, yes []string }

func (w *warCountries) of(ac *articleContext, country string) bool {
	if country == "" || country == ac.theater || ac.theater == unplaced {
		return true
	}
	for i, id := range w.ids {
		if id == country {
			return w.yes[i] != ""
		}
	}
	ok := ac.warCountry(country)
	w.ids = append(w.ids, country)
	if ok {
		w.yes = append(w.yes, country)
	} else {
		w.yes = append(w.yes, "")
	}
	return ok
}

// includingAppositive: "including" opens an appositive set off by commas that lists members of
// a noun whose own predicate of coverage follows ("Jihadist groups, including X and Y, are
// excluded"): the list takes that predicate, and "including" itself says nothing of coverage.
func (ac *articleContext) includingAppositive(si *sentInfo, h hit) bool {
	if h.cat != catInclusion || !si.startsAt(catIncluding, h.start) || h.start == 0 || !isComma(si.tokText(h.start-1)) {
		return false
	}
	for k := h.end; k < len(si.toks) && k <= h.end+12; k++ {
		t := si.toks[k]
		if !t.punct || !isComma(t.text) && !clauseBreakPunct(t.text) && !isQuote(t.text) {
			continue // words, hyphens ("al Qaeda-linked")
		}
		if !isComma(t.text) {
			return false
		}
		// The predicate right after the closing comma, past a copula or auxiliary or two.
		for j := k + 1; j < len(si.toks) && j <= k+4; j++ {
			if si.trap[j] {
				return false // "..., بما فيها X، دون استثناء": "without exception" stresses the list
			}
			if si.startsAt(catExclusion, j) || si.startsAt(catInclusion, j) && !si.startsAt(catIncluding, j) {
				// "..., بما فيها X، مستثنيةً Y من ترتيباتها": a participle with an object of its
				// own is another predicate, not the list's.
				return !ac.objectRightAfter(si, j)
			}
			if si.toks[j].punct {
				return false
			}
		}
		return false
	}
	return false
}

// objectRightAfter: the cue starting at j has a subject of exclusion right after it (at most
// one word between): an active verb or participle with its own object.
func (ac *articleContext) objectRightAfter(si *sentInfo, j int) bool {
	for _, c := range ac.coverageCues(si) {
		if c.start != j {
			continue
		}
		k := si.firstMentionFrom(c.end)
		return k < len(si.ents) && si.ents[k].start <= c.end+1 && exclusionSubject(si.ents[k])
	}
	return false
}

// includedInAppositive: the names an appositive opening with "including" lists, when that
// appositive sits between a head and its coverage predicate h ("All forces in the region,
// including X and Y, are bound by this truce"): each takes the predicate.
func (ac *articleContext) includedInAppositive(si *sentInfo, h hit) []mention {
	closing := -1
	for k := h.start - 1; k >= 0 && k >= h.start-4; k-- {
		if isComma(si.tokText(k)) {
			closing = k
			break
		}
	}
	if closing < 0 {
		return nil
	}
	for k := closing - 1; k > 0 && k >= closing-14; k-- {
		if !isComma(si.tokText(k)) {
			continue
		}
		if !si.startsAt(catIncluding, k+1) {
			return nil
		}
		// Nearest first, as the names collected backwards before the predicate.
		var out []mention
		for n := si.mentionsEndingBy(closing) - 1; n >= 0 && si.ents[n].start > k; n-- {
			if exclusionSubject(si.ents[n]) {
				out = append(out, si.ents[n])
			}
		}
		return out
	}
	return nil
}

// forceNamedByDemonstrative: a demonstrative and a force noun are the cue's object ("يشمل هذه القوات",
// "covers these forces"): the armed group named last before them, in this sentence or the one
// before.
func (ac *articleContext) forceNamedByDemonstrative(si *sentInfo, from int) (mention, bool) {
	fw := &ac.l.fw
	if !si.tokIn(from, classDemonstrative, fw.demonstratives) && !si.tokIn(from, classPluralDemonstrative, fw.pluralDemonstratives) || !si.tokIn(from+1, classForceNoun, fw.forceNouns) {
		return mention{}, false
	}
	// Not the speaker's name before what is reported ("تؤكد الجبهة أن الاتفاق يشمل هذه القوات").
	start := ac.contentStart(si, from)
	for k := si.mentionsEndingBy(from) - 1; k >= 0 && si.ents[k].start >= start; k-- {
		if m := si.ents[k]; m.e.Type == "armed_group" && !m.demonym {
			return m, true
		}
	}
	if i := si.s.Index - 1; i >= 0 {
		ents := ac.infos[i].ents
		for k := len(ents) - 1; k >= 0; k-- {
			if m := ents[k]; m.e.Type == "armed_group" && !m.demonym {
				return mention{start: from, end: from + 2, e: m.e}, true
			}
		}
	}
	return mention{}, false
}

// appositiveHead is the subject of a passive coverage predicate set off from it by an
// appositive or relative clause between commas ("X, the group that holds Y, is not covered"):
// the name ending right at the opening comma, when the closing comma is at most three words
// (copula, linking verb, negation) before the cue ("X, where ..., lies outside the truce").
func (ac *articleContext) appositiveHead(si *sentInfo, h hit) (mention, bool) {
	closing := -1
	// The predicate may be quoted: 'أن منطقة X، الواقعة على الحدود، "مستثناة من الاتفاق"'. An
	// Arabic finite verb (يشمل) after "X، الذي ...،" has the agreement for subject, not X: only
	// a participle takes the head before the appositive.
	comma := func(t string) bool { return t == "," || t == "،" && ac.l.fw.passiveCue(si, h) }
	for k := h.start - 1; k >= 0 && k >= h.start-4; k-- {
		if comma(si.tokText(k)) {
			closing = k
			break
		}
		if t := si.tokText(k); !si.tokIn(k, classCopula, ac.l.fw.copulas) && !ac.l.fw.negations[t] && !ac.l.fw.linkingVerbs[t] && !isQuote(t) {
			return mention{}, false
		}
	}
	if closing < 0 {
		return mention{}, false
	}
	// The appositive's own "that" opens no reported content: the content is where the
	// head's clause starts.
	for k := closing - 1; k > 0 && k >= closing-25; k-- {
		if !comma(si.tokText(k)) {
			continue
		}
		if n := si.mentionsEndingBy(k) - 1; n >= 0 {
			if m := si.ents[n]; m.end == k && m.start >= ac.contentStart(si, m.start) && exclusionSubject(m) {
				// "The international border in the Jammu region, which ...": the place after a
				// preposition locates the head before it.
				lp := m.start - 1
				if ac.l.fw.definiteArticles[si.tokText(lp)] {
					lp--
				}
				if n > 0 && (si.startsAt(catLocative, lp) || ac.l.fw.locatingPrepositions[si.tokText(lp)]) {
					if head := si.ents[n-1]; head.end == lp && exclusionSubject(head) {
						return head, true
					}
				}
				// "The smuggling networks operating out of Hermel, he added, are not covered",
				// "ISIS fighters based in Raqqa, ...": a place tied by a preposition to a group a
				// few words before is the group's home; the group is the head.
				if g, ok := ac.groupOfHome(si, m, lp); ok {
					return g, true
				}
				return m, true
			}
		}
		return mention{}, false
	}
	return mention{}, false
}

// negatedCoverageAfter: a negated coverage verb follows the cue in its sentence ("covers X but
// does not extend to Y", "تشمل X لكنها لا تمتد إلى Y").
func negatedCoverageAfter(si *sentInfo, h hit, cues []hit) bool {
	for _, c := range cues {
		if c.start > h.end && c.cat == catInclusion && !isTrapped(si, c) && negatedAt(si, c.start) {
			return true
		}
	}
	return false
}

// commonNounItem: the tokens from a list member's end to a locative are a new list item headed
// by a common noun ("Saleef, the port on the Red Sea", "حيس والميناء على البحر الأحمر"): a
// separator, then a few words naming no entity. The place after the locative locates that
// item; it is no member of the list.
func (ac *articleContext) commonNounItem(si *sentInfo, from, lp int) bool {
	if from >= lp || lp-from > 5 {
		return false
	}
	if k := si.firstMentionFrom(from); k < len(si.ents) && si.ents[k].start < lp {
		return false
	}
	t := si.tokText(from)
	words := lp - from - 1 // the item's words after a separator token
	if !isComma(t) && !ac.l.fw.conjunctions[t] {
		// "حيس والميناء": the conjunction is a clitic on the item's first word.
		if !hasAnyPrefix(t, ac.l.fw.conjunctionPrefixes) {
			return false
		}
		words = lp - from
	}
	for k := from + 1; k < lp; k++ {
		if si.toks[k].punct || ac.l.fw.conjunctions[si.tokText(k)] {
			return false
		}
	}
	return words > 0
}

// continuingOperations: "operations against militant positions in Qandil and Metina would go
// on", "عمليات مكافحة الإرهاب في منطقتي متينا وقنديل ستتواصل": in coverage of a truce, the
// places and groups that operations are to go on against are outside it. The frame is two
// kinds of cue in the lexicon: an operations noun (object "operations") and, after the
// names, a continuing predicate (object "continues"), in one clause. They are status cues
// without a value (a status topic's cues are no provision cues, so they do not make an article
// ceasefire coverage), which the status rule skips.
func (ac *articleContext) continuingOperations(out []draft, si *sentInfo) []draft {
	if !ac.ceasefire || !si.has[catTopicCue] {
		return out
	}
	cues := ac.cuesOf(si, refStatus)
	var warCache warCountries
	for i, c := range cues {
		if ac.l.topicCue[c.idx].Object != "continues" || negatedAt(si, c.start) || deniedAt(si, c.start) {
			continue
		}
		head := -1 // the nearest operations noun before the predicate
		for j := i - 1; j >= 0 && head < 0; j-- {
			if ac.l.topicCue[cues[j].idx].Object == "operations" && cues[j].end <= c.start {
				head = j
			}
		}
		if head < 0 || c.start-cues[head].end > 12 || si.boundaryIn(cues[head].end, c.start) {
			continue
		}
		groupEnd := -1 // the end of the last group the operations are against
		for k := si.firstMentionFrom(cues[head].end); k < len(si.ents) && si.ents[k].end <= c.start; k++ {
			m := si.ents[k]
			// "operations against terrorists will continue": a category names the enemy in
			// general, not a group set outside this truce.
			if !exclusionSubject(m) || ac.isCategory(m.e.ID) || (m.e.Type == "city" || m.e.Type == "region") && !warCache.of(ac, m.e.Country) {
				continue
			}
			// "Operations against ISIS-linked cells in the SPMS box will continue": a place a
			// locative puts right after the group says where the operations against it run;
			// the group is what is left out.
			if m.e.Type == "armed_group" {
				groupEnd = m.end
			} else if groupEnd >= 0 && ac.locativeJustBefore(si, groupEnd, m.start) {
				continue
			}
			out = append(out, draft{topic: "ceasefire.exclusions", subject: m.e.ID, value: "excluded", pos: c.start, rule: "exclusion.operations_continue"})
		}
	}
	return out
}

// locativeJustBefore: a locative (maybe with an article) is all that stands between from and the
// place at pos ("cells in the SPMS box", "الخلايا في جبال حمرين").
func (ac *articleContext) locativeJustBefore(si *sentInfo, from, pos int) bool {
	l, ok := si.hitAt(catLocative, from)
	if !ok || l.start != from {
		return false
	}
	return l.end == pos || l.end+1 == pos && ac.l.fw.definiteArticles[si.tokText(l.end)]
}

// invertedSubjects: a coverage predicate fronted at the start of the sentence ("Not covered, at
// least in the Houthi reading, are X", "Excluded from the deal, Ankara says, are X and Y",
// "Not included: X") has its subjects after the copula that follows a comma, or after a colon.
// An Arabic cue must be a participle ("مستثناة من الاتفاق: X"): a finite verb opening the
// sentence has a subject of its own ("تشمل بنود الاتفاق: انسحاب ...").
func (ac *articleContext) invertedSubjects(si *sentInfo, h hit) []mention {
	if h.start > 1 || h.start == 1 && !ac.l.fw.negations[si.tokText(0)] {
		return nil
	}
	if isArabicWord(si.toks[h.start].text) && !ac.l.fw.passiveCue(si, h) {
		return nil
	}
	for k := h.end; k < len(si.toks) && k < h.end+16; k++ {
		t := si.tokText(k)
		if t == ":" || ac.l.fw.copulas[t] && isComma(si.tokText(k-1)) {
			return collectForward(si, k+1, 3, exclusionSubject, nil)
		}
		if k > h.end && si.boundary[k] {
			return nil
		}
	}
	return nil
}

// coordinatedLocativePlaces: "a cessation of hostilities along the berm and in the Guerguerat
// strip", "يسري على امتداد الجدار وفي الكركرات", "وقف إطلاق النار على طول خط المراقبة ومنطقة
// الحدود العاملة": a place added by "and (in)" to the locative that places the truce is stated
// to be covered (not_excluded); the first place only places it (scope). The second place needs
// its own preposition, or a line's ("along", "على طول"), so that "in Idlib and Hama" is no
// such statement.
func (ac *articleContext) coordinatedLocativePlaces(out []draft, si *sentInfo) []draft {
	if !si.has[catLocative] || !si.has[catCeasefire] && !si.has[catInclusion] {
		return out
	}
	if !ac.ceasefireContext(si) && !ac.previousNamesAgreement(si) {
		return out
	}
	for _, h := range si.hitsOf(catCeasefire) {
		out = ac.coordinatedLocativeAfter(out, si, h)
	}
	for _, h := range si.hitsOf(catInclusion) {
		out = ac.coordinatedLocativeAfter(out, si, h)
	}
	return out
}

// coordinatedLocativeAfter is coordinatedLocativePlaces for the cue h.
func (ac *articleContext) coordinatedLocativeAfter(out []draft, si *sentInfo, h hit) []draft {
	if isTrapped(si, h) || negatedAt(si, h.start) || si.startsAt(catIncluding, h.start) {
		return out
	}
	// The first place after the cue (past "امتداد", "the entire length of") places the truce.
	k := si.firstMentionFrom(h.end)
	if k+1 >= len(si.ents) {
		return out
	}
	m1, m2 := si.ents[k], si.ents[k+1]
	if m1.start-h.end > 7 || si.boundaryIn(h.end, m1.start) || !exclusionSubject(m1) || m1.e.Type == "armed_group" {
		return out
	}
	placed := h.cat == catInclusion // يسري على امتداد X
	line := false
	for _, l := range hitsStartingIn(si.hitsOf(catLocative), h.end, h.end+2) {
		placed = true
		line = l.end-l.start > 1 || ac.l.fw.locatingPrepositions[si.tokText(l.start)]
	}
	// "along the front line between Sirte and Jufra" names the line's two ends.
	if !placed || ac.betweenIn(si, h.end, m1.start) {
		return out
	}
	if m2.start-m1.end > 4 || !exclusionSubject(m2) || m2.e.Type == "armed_group" || m2.e.ID == m1.e.ID {
		return out
	}
	// Between the two: "and", the second place's own locative, articles; or the و glued to
	// the second name.
	coordinated, ownLocative := false, false
	for j := m1.end; j < m2.start; j++ {
		t := si.tokText(j)
		switch {
		case ac.l.fw.coordinators[t]:
			coordinated = true
		case si.startsAt(catLocative, j):
			ownLocative = true
			coordinated = coordinated || ac.l.fw.withoutConjunction(t) != t
		case ac.l.fw.definiteArticles[t]:
		default:
			return out
		}
	}
	if m1.end == m2.start {
		t := si.tokText(m2.start)
		coordinated = ac.l.fw.withoutConjunction(t) != t
	}
	if !coordinated || !ownLocative && !line || !ac.warCountry(m2.e.Country) || !ac.plainCoverage(si, h, m2.end) {
		return out
	}
	return append(out, draft{topic: "ceasefire.exclusions", subject: m2.e.ID, value: "not_excluded", pos: h.start, rule: "exclusion.coordinated_locative"})
}

// plainCoverage: the truce at h is placed in a plain statement of this truce: not denied or
// rejected ("The government rejected a ceasefire in X and in Y"), asked about ("Will the
// ceasefire in X and in Y hold?"), conditional, or dated to a year before the article's (any
// year in an undated article) from just before the truce noun to the last place, to ("A 2018
// ceasefire along the coast and in Taiz collapsed"); a deadline after the places ("before 13
// November 2020") dates no truce.
func (ac *articleContext) plainCoverage(si *sentInfo, h hit, to int) bool {
	if deniedAt(si, h.start) || questionSentence(si) || si.has[catConditional] {
		return false
	}
	pub, dated := ac.published()
	for k := max(h.start-3, clauseStart(si, h.start)); k < to && k < len(si.toks); k++ {
		if y, ok := fourDigitNumber(&si.toks[k]); ok && y > 1900 && y < 2100 && (!dated || y < pub.Year()) {
			return false
		}
	}
	return true
}

// betweenIn: a "between" (بين) that opens two sides or ends starts in [from, to).
func (ac *articleContext) betweenIn(si *sentInfo, from, to int) bool {
	for _, c := range ac.cuesOf(si, refParties) {
		if c.start >= from && c.start < to && ac.l.topicCue[c.idx].Object == "" {
			return true
		}
	}
	return false
}

// opinionObjectAntecedent: the cue is the second object of an Arabic verb of saying or opinion
// carrying an object pronoun, with the verb's subject between ("تعتبرها القيادة العامة خارج
// نطاق الهدنة"); the pronoun stands for the group or place named last before the verb, within
// ten tokens, past the verb's own subject and the speakers of verbs of saying ("وزار المبعوث
// تعز، وقال الحوثيون إن الحكومة تعتبرها": Taiz).
func (ac *articleContext) opinionObjectAntecedent(si *sentInfo, h hit) (mention, bool) {
	if len(ac.l.fw.objectSuffixes) == 0 {
		return mention{}, false
	}
	v := h.start - 1
	if k := si.mentionsEndingBy(h.start) - 1; k >= 0 && si.ents[k].end == h.start {
		v = si.ents[k].start - 1 // past the verb's subject
	}
	if v < 1 || !si.startsAt(catAttrVerb, v) || !isArabicWord(si.toks[v].text) || !hasAnySuffix(si.toks[v].text, ac.l.fw.objectSuffixes) {
		return mention{}, false
	}
	for k := si.mentionsEndingBy(v) - 1; k >= 0; k-- {
		m := si.ents[k]
		if m.start < v-10 {
			break
		}
		if m.end == v || ac.speakerOfSaying(si, m) {
			continue // the verb's own subject, or who says it
		}
		if exclusionSubject(m) && ac.warCountry(m.e.Country) {
			return m, true
		}
	}
	return mention{}, false
}

// speakerOfSaying: the mention is the subject right after a verb of saying ("وقال الحوثيون").
func (ac *articleContext) speakerOfSaying(si *sentInfo, m mention) bool {
	for k := m.start - 1; k >= 0 && k >= m.start-2; k-- {
		if si.startsAt(catAttrVerb, k) {
			return true
		}
	}
	return false
}

// truceAsPronoun: an Arabic finite transitive verb of coverage with a subject pronoun and no
// truce after it ("الهدنة هشة لأنها لا تتضمن أي جدول زمني"): the pronoun is the truce itself,
// not what it covers. "أنها تندرج ضمن الهدنة" (the truce after it) keeps the pronoun's place.
func (ac *articleContext) truceAsPronoun(si *sentInfo, h hit, suffix bool) bool {
	t := si.toks[h.start].text
	if suffix || !isArabicWord(t) || !ac.l.fw.looksImperfect(ac.l.fw.withoutConjunction(t)) {
		return false
	}
	for k := h.end; k < len(si.toks) && k < h.end+4; k++ {
		if si.startsAt(catCeasefire, k) || si.startsAt(catAgreement, k) {
			return false
		}
	}
	return true
}

// partySpeaker: the cue says "(not) a party to" of a subject pronoun; the pronoun is the actor
// the sentence quotes ("تصر الجزائر على أنها ليست طرفاً في الاتفاق"), named in this sentence.
// A party cue is one the parties topic lists as a role noun ("طرفا", object "copula").
func (ac *articleContext) partySpeaker(si *sentInfo, h hit, suffix bool) (mention, bool) {
	if suffix {
		return mention{}, false
	}
	party := false
	for _, c := range ac.cuesOf(si, refParties) {
		party = party || c.start == h.start && ac.l.topicCue[c.idx].Object == "copula"
	}
	if !party {
		return mention{}, false
	}
	sp := ac.speakerAt(si.idx, h.start)
	if sp == nil || sp.Type == "person" || sp.Type == "media" || sp.Type == "source" {
		return mention{}, false
	}
	for k := si.mentionsEndingBy(h.start) - 1; k >= 0; k-- {
		if si.ents[k].e == sp {
			return si.ents[k], true
		}
	}
	return mention{}, false
}

// headList: the appositive's head with the members coordinated before it in its own clause
// ("Not only the Arakan Army but also the Kachin Independence Army, which ..., fall outside").
func (ac *articleContext) headList(si *sentInfo, m mention) []mention {
	g := nearestGroup(collectBackward(si, m.end, 14, exclusionSubject))
	if len(g) < 2 || g[0].start != m.start {
		return []mention{m}
	}
	cs := ac.contentStart(si, m.start)
	for k := 1; k < len(g); k++ {
		if g[k].start < cs || !ac.coordinatedGap(si, g[k].end, g[k-1].start) {
			return g[:k]
		}
	}
	return g
}

// coordinatedGap: the words from one list member's end to the next's start only join them
// ("and", "but also", a comma, an article).
func (ac *articleContext) coordinatedGap(si *sentInfo, from, to int) bool {
	for k := from; k < to; k++ {
		t := si.tokText(k)
		if ac.l.fw.coordinators[t] || isComma(t) || ac.l.fw.definiteArticles[t] {
			continue
		}
		if !negTrapAt(si, k) { // "but also" of "not only ... but also"
			return false
		}
	}
	return true
}

// sidesObjectOf: an active coverage verb with "only" whose objects are the opposing sides ("the
// truce, which binds only the Houthis and the United States"): it names the parties, not a
// group the truce covers.
func (ac *articleContext) sidesObjectOf(si *sentInfo, h hit) bool {
	if h.cat != catInclusion || negatedAt(si, h.start) || ac.l.fw.passiveCue(si, h) || !si.startsAt(catOnly, h.end) {
		return false
	}
	side := func(m mention) bool { return ac.canBeSide(si, m) }
	ms := collectForward(si, h.end, 3, side, nil)
	if len(ms) < 2 {
		return false
	}
	members := ac.memberIDs(ms)
	return len(members) >= 2 && !ac.allBrokers(ms) && ac.opposingSides(members)
}

// groupOfAreasLeftOut: an excluded area object qualified by a relative clause that places an
// armed group in the areas ("المناطق التي تنشط فيها حركة الشباب", "areas in which al-Shabaab
// operates"): the group, within the clause's first six tokens, after a locative resumptive
// (فيها, عليها) or a relative pronoun governed by a placing preposition. Areas the group left
// or shelled ("التي انسحب منها الحوثيون", "التي تعرضت لقصف الحوثيين") are not its own.
func (ac *articleContext) groupOfAreasLeftOut(si *sentInfo, from int, excluded bool) (mention, bool) {
	if !excluded {
		return mention{}, false
	}
	for k := from; k < from+4 && k < len(si.toks); k++ {
		if !si.startsAt(catRelPron, k) {
			continue
		}
		for _, m := range collectForward(si, k+1, 6, func(m mention) bool { return m.e.Type == "armed_group" && exclusionSubject(m) }, nil) {
			if m.start-k <= 6 && !si.boundaryIn(k, m.start) && ac.placedIn(si, k, m.start) {
				return m, true
			}
		}
		return mention{}, false
	}
	return mention{}, false
}

// placedIn: the relative clause opened by the pronoun at rel places its subject (starting at
// subj) in the areas: a placing or locating preposition governs the relative pronoun ("in
// which") or carries the resumptive pronoun before the subject ("تنشط فيها", "تسيطر عليها").
func (ac *articleContext) placedIn(si *sentInfo, rel, subj int) bool {
	fw := &ac.l.fw
	if p := si.tokText(rel - 1); fw.placingPrepositions[p] || fw.locatingPrepositions[p] {
		return true
	}
	for k := rel + 1; k < subj; k++ {
		t := si.tokText(k)
		for _, suf := range fw.objectSuffixes {
			if len(t) > len(suf) && strings.HasSuffix(t, suf) {
				if p := t[:len(t)-len(suf)]; fw.placingPrepositions[p] || fw.locatingPrepositions[p] {
					return true
				}
			}
		}
	}
	return false
}

// foreignCoverageSubject: in a subject-first language, the sentence names no truce or
// agreement, the cue h is active (no copula before it) and its clause before it holds neither
// a subject pronoun ("It does not cover") nor a name ("Islamic Jihad covered"): its subject is
// a noun of something else ("Insurance does not cover damage in Taiz").
func (ac *articleContext) foreignCoverageSubject(si *sentInfo, h hit) bool {
	if !ac.l.lex.Grammar.SubjectBeforeVerb || ac.ceasefireContext(si) || si.has[catAgreement] || ac.l.fw.passiveCue(si, h) {
		return false
	}
	from := clauseStart(si, h.start)
	if from >= h.start {
		return false // no subject written
	}
	for k := from; k < h.start; k++ {
		if si.tokIn(k, classSubjectPronoun, ac.l.fw.subjectPronouns) {
			return false
		}
	}
	for _, m := range si.ents {
		if m.start >= from && m.start < h.start {
			return false
		}
	}
	return true
}

// partitiveNegation: a negative quantifier with a partitive pronoun ends right before the cue,
// maybe past a copula ("The Houthis, Hezbollah, the militias in Iraq - none of them are
// covered", "neither of those is included"): the negation reaches the cue across the partitive.
func (ac *articleContext) partitiveNegation(si *sentInfo, pos int) bool {
	k := pos - 1
	if ac.l.fw.copulas[si.tokText(k)] {
		k--
	}
	if t := si.tokText(k); !ac.l.fw.objectPronouns[t] && !ac.l.fw.pluralDemonstratives[t] || !ac.l.fw.partitives[si.tokText(k-1)] {
		return false
	}
	n, ok := si.hitAt(catNegation, k-2)
	return ok && n.end == k-1 && !si.trap[k-2] && !si.boundaryIn(k-2, pos)
}

// repeatedPreposition: only a coordinator, a negation or a comma stands between the member
// before and the preposition at lp ("لا يسري على حزب الله ولا على الحوثيين", "applies to X and
// to Y"): the cue's preposition is repeated for a new member, it locates none.
func (ac *articleContext) repeatedPreposition(si *sentInfo, prevEnd, lp int) bool {
	if prevEnd >= lp {
		return false
	}
	for k := prevEnd; k < lp; k++ {
		t := si.tokText(k)
		if !si.startsAt(catNegation, k) && !isComma(t) && !ac.l.fw.coordinators[t] && !ac.l.fw.conjunctions[t] {
			return false
		}
	}
	return true
}

// relativeAfterComma: token pos lies in a clause that a relative pronoun opens right after a
// comma (", which the truce covers"), closed or not by another comma.
func relativeAfterComma(si *sentInfo, pos int) bool {
	for k := pos - 1; k >= 0; k-- {
		t := &si.toks[k]
		if t.punct && clauseBreakPunct(t.text) {
			return false
		}
		if t.punct && isComma(t.text) {
			return si.startsAt(catRelPron, k+1)
		}
	}
	return false
}

// quoteOpenAt: an odd number of quotation marks stands before pos in the sentence: pos is inside
// a quotation ("«لن تشمل عصابات التهريب»").
func quoteOpenAt(si *sentInfo, pos int) bool {
	if !hasQuoteMark(si.s.Text) {
		return false
	}
	n := 0
	for k := 0; k < pos && k < len(si.toks); k++ {
		if si.toks[k].punct && isQuote(si.toks[k].text) {
			n++
		}
	}
	return n%2 == 1
}

// quoteClosedByComma: a quotation mark at i followed by a comma closes the quotation: what comes
// after is the narrator's next clause ("«لن تشمل عصابات التهريب»، واتهمت ميليشيا حزب الله ...",
// "does not cover "the smugglers", and accused ..."), not more of the quoted list.
func quoteClosedByComma(si *sentInfo, i int) bool {
	return si.toks[i].punct && isQuote(si.toks[i].text) && i+1 < len(si.toks) && isComma(si.toks[i+1].text)
}

// ownedContentBefore: the content noun that opens the cue's clause has a named owner marked as
// such ("rejecting Damascus's claim that the Hermel clans are outside the deal"): the content is
// the owner's claim, said by the owner (the speaker rules read it so), not the denier's negated
// one. Only a possessive marks the owner: a name before the noun with none is who denies
// ("ورفض الحوثيون الأنباء التي تحدثت عن أن").
func (ac *articleContext) ownedContentBefore(si *sentInfo, pos int) bool {
	if si.content == nil {
		return false
	}
	for j := pos - 1; j > 0 && j >= pos-deniedContentReach; j-- {
		if si.boundary[j] {
			return false
		}
		if !si.content[j] {
			continue
		}
		// A possessive before the noun, or the owner in the genitive after it («مزاعم دمشق
		// بأن»; denied_owned_claim.go).
		k := ac.contentOwnerMention(si, j, pos)
		return k >= 0 && !si.ents[k].demonym
	}
	return false
}

// frontedTopic: the cue (a verb with an object pronoun) is preceded, past only a negation or a
// quotation mark, by a group or place that opens its content clause ("أن إدلب لا تشملها الهدنة",
// Idlib, the truce does not cover it): the pronoun stands for that topic.
func (ac *articleContext) frontedTopic(si *sentInfo, h hit) (mention, bool) {
	k := h.start - 1
	for k >= 0 && (isQuote(si.tokText(k)) || si.startsAt(catNegation, k)) {
		k--
	}
	j := si.mentionsEndingBy(k+1) - 1
	if j < 0 || si.ents[j].end != k+1 {
		return mention{}, false
	}
	m := si.ents[j]
	if !exclusionSubject(m) || ac.contentStart(si, m.start) != m.start {
		return mention{}, false
	}
	return m, true
}

// locatedIncident: the cue's object is a common noun that a locating preposition after it
// places ("apart from sporadic gunfire near the Lebanese village of Qasr", "except for
// skirmishes along the Nile"): the place says where that happened, it is not what the truce
// leaves out or covers. Only a locating preposition (near, along, on) counts: "fighters in X"
// keeps reading X as the area.
func (ac *articleContext) locatedIncident(si *sentInfo, from, to int) bool {
	if _, named := si.mentionAt(from); named {
		return false
	}
	for k := from + 1; k < to; k++ {
		if ac.l.fw.locatingPrepositions[si.tokText(k)] {
			return true
		}
	}
	return false
}

// partOfPlace: a coverage noun ending in a partitive ("part of") stands in a noun phrase, after
// an article and at most one qualifier ("the Lebanese part of", "the eastern part of"), with a
// place right after it: a part of that place, not a predicate saying it is part of the truce
// ("X is part of the agreement").
func (ac *articleContext) partOfPlace(si *sentInfo, h hit) bool {
	if h.end-h.start < 2 || !ac.l.fw.partitives[si.tokText(h.end-1)] {
		return false
	}
	m, ok := si.mentionAt(h.end)
	if !ok || m.start != h.end || m.e.Type != "city" && m.e.Type != "region" {
		return false
	}
	k := h.start - 1
	if d, ok := si.mentionAt(k); ok && d.demonym {
		k = d.start - 1
	} else if k >= 1 && !ac.l.fw.definiteArticles[si.tokText(k)] && !si.toks[k].punct && !ac.l.fw.copulas[si.tokText(k)] && !ac.l.fw.negations[si.tokText(k)] {
		k-- // one qualifier: "the eastern part of"
	}
	return k >= 0 && ac.l.fw.definiteArticles[si.tokText(k)]
}

// groupOfHome: the place m, after the preposition at lp (a locative, a locating or departure
// preposition: in, near, of, from), is where an armed group named at most three words before
// lp operates from ("ISIS fighters operating out of Raqqa", "the smuggling networks based in
// Hermel"): that group.
func (ac *articleContext) groupOfHome(si *sentInfo, m mention, lp int) (mention, bool) {
	if m.e.Type != "city" && m.e.Type != "region" || lp < 1 {
		return mention{}, false
	}
	t := si.tokText(lp)
	if !si.startsAt(catLocative, lp) && !ac.l.fw.locatingPrepositions[t] && !ac.l.fw.departurePrepositions[t] {
		return mention{}, false
	}
	k := si.mentionsEndingBy(lp) - 1
	if k < 0 {
		return mention{}, false
	}
	if g := si.ents[k]; g.e.Type == "armed_group" && lp-g.end <= 3 && !punctIn(si, g.end, lp) {
		return g, true
	}
	return mention{}, false
}
