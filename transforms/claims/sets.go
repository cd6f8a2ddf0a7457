package claims

import (
	"slices"
	"sort"
	"strings"

	"github.com/tanaqud/tanaqud/schemas"
)

// setMember: who can guarantee, mediate, monitor or sponsor.
func setMember(m mention) bool {
	switch m.e.Type {
	case "country", "organization", "coalition":
		return true
	case "government":
		// A government that is no side (a regional government, a third state's ministry) can
		// broker, guarantee or host; the sides' own governments are parties, not members. Only
		// by name: "the ministry" is more often the speaker's own than a member.
		// A monitoring body the gazetteer knows (a third state's delegation) is one by its short
		// name too ("الوفد، المؤلف من أربعة ضباط، هو الجهة الوحيدة المخولة رصد الخروقات").
		// A broker's qualified name is one too ("الذي رعاه المجلس الرئاسي", "تركيا والمجلس
		// الرئاسي يضمنان"), though another country's coverage may give it another body.
		return (!m.context || m.e.Role == "monitor" || m.qualified && broker(m.e.Role)) && m.e.Role != "government" && m.e.Role != "armed_opposition"
	case "city", "person":
		return m.e.SpeaksFor != "" || m.e.Affiliation != ""
	case "military":
		// A force the gazetteer knows as a broker (a third state's army intelligence between
		// two factions) guarantees or mediates like a government body.
		return m.e.Role == "mediator" || m.e.Role == "guarantor_state"
	}
	return false
}

// broker: a gazetteer role of a body that mediates or guarantees.
func broker(role string) bool { return role == "mediator" || role == "guarantor_state" }

// otherRoleCueAt: a cue of another set role than topic's starts at token i, and none of its
// own. Mediating and sponsoring talks are one role here: they share their cues (برعاية, "with").
func (ac *articleContext) otherRoleCueAt(si *sentInfo, i int, topic string) bool {
	return ac.otherRoleCueEnd(si, i, topic) >= 0
}

// otherRoleCueEnd is the end of the other role's cue otherRoleCueAt finds at i, -1 when none.
func (ac *articleContext) otherRoleCueEnd(si *sentInfo, i int, topic string) int {
	role := func(t string) string {
		if t == "talks.sponsors" {
			return "ceasefire.mediators"
		}
		return t
	}
	own, end := false, -1
	for _, ref := range [...]topicRef{refGuarantors, refMonitors, refMediators, refTalksSponsors} {
		for _, c := range ac.cuesOf(si, ref) {
			if c.start != i {
				continue
			}
			if role(topicRefNames[ref]) == role(topic) {
				own = true
			} else {
				end = max(end, c.end)
			}
		}
	}
	if own {
		return -1
	}
	return end
}

// sharedRoleCueEnd: right after a role cue, another role's cue joined to it by a coordinator
// ("برعاية وضمانة مصرية وقطرية", "brokered and guaranteed by Egypt") shares the names that
// follow both; it returns where those names start. "رُعي بضمانة قطرية" (no coordinator) hands them
// to the other role alone.
func (ac *articleContext) sharedRoleCueEnd(si *sentInfo, from int, topic string) (int, bool) {
	if from >= len(si.toks) {
		return 0, false
	}
	t := si.tokText(from)
	if e := ac.otherRoleCueEnd(si, from, topic); e >= 0 && ac.l.fw.withoutConjunction(t) != t {
		return e, true
	}
	if ac.l.fw.coordinators[t] {
		if e := ac.otherRoleCueEnd(si, from+1, topic); e >= 0 {
			return e, true
		}
	}
	return 0, false
}

// forceGuarantees: a force named right after a guarantee cue guarantees ("الهدنة التي ضمنتها
// قيادة عمليات البصرة", "بضمانة الجيش"); farther off an army is more often a side or what a
// guarantee is about ("alongside the Lebanese army if both sides accepted", "the IDF will
// redeploy in a manner that guarantees the security").
// With the truce or the deal right before a verb cue whose object is the deal (lexicon object
// "agreement": يضمن), that noun is the subject and the force another object ("الاتفاق يضمن
// الجيش السوداني حرية الحركة": what the deal gives the army); "وقّعا على الهدنة بضمانة الجيش"
// keeps its guarantor.
// So does a force the guarantee is said to rest on alone: introduced by the exception word of a
// negated guarantee ("لا ضامن لهذا القلد إلا القوات المسلحة", "no guarantor but the army") or
// joined to the cue by a copula ("the army is the only guarantor"), unless the guarantee is of
// something else ("the only guarantor of security in the city": guaranteeOfOther).
// A government of the war's own state guarantees so too, joined by a copula or an exception
// word ("the Centre is the sole guarantor", "the federal government is the only guarantor" of
// a truce between its state's armed groups) or listed with another guarantor ("the Centre and
// the church leaders ... stand as its guarantors"): elsewhere such a government is a side.
func (ac *articleContext) forceGuarantees(si *sentInfo, m mention, h hit, topic string) bool {
	if topic != "ceasefire.guarantors" || m.e.Type != "military" && m.e.Type != "government" {
		return false
	}
	if m.e.Type == "government" && ac.listedWithOthers(si, m) && !ac.guaranteeOfOther(si, h) {
		return true
	}
	if ac.guaranteedByAgent(si, h, m) {
		return ac.truceBefore(si, h.start, 10) && !ac.participleOfOther(si, h) // "a ceasefire ... which he said was guaranteed by the army"
	}
	if m.start != h.end || m.e.Type == "government" {
		return (ac.copulaLinked(si, m, h) || ac.negatedExceptOnly(si, h) && m.start == ac.exceptWordEnd(si, h)) && !ac.guaranteeOfOther(si, h)
	}
	return !(ac.l.topicCue[h.idx].Object == "agreement" && ac.truceNounEndingAt(si, h.start))
}

// guaranteedByAgent: the name is the agent of the guarantee participle ("guaranteed by the
// army", "guaranteed by the provincial government and the mediation committee"): right after
// the cue come the agent word and maybe an article, the name or a list ending in it. The
// agent of a passive is who guarantees, a force or its own state's government as much as a
// third state; the cue must be the verb ("guarantee", lexicon object "agreement"), not the
// guarantor noun ("the guarantor by the border").
func (ac *articleContext) guaranteedByAgent(si *sentInfo, h hit, m mention) bool {
	fw := &ac.l.fw
	k := ac.passiveAgentEnd(si, h.end)
	if ac.l.topicCue[h.idx].Object != "agreement" || k < 0 {
		return false
	}
	if _, named := si.mentionAt(k); !named && k < len(si.toks) && fw.definiteArticles[si.tokText(k)] {
		k++ // the article outside the name ("by the Lebanese army" where the name is "Lebanese army")
	}
	if m.start == k {
		return true
	}
	// Later in a list the agent word heads ("by the provincial government and the committee").
	first, ok := si.mentionAt(k)
	if !ok || first.start != k || first.end > m.start {
		return false
	}
	run := coordinatedRun(ac, si, collectForward(si, k, 2, func(mention) bool { return true }, nil))
	return slices.ContainsFunc(run, func(o mention) bool { return o.start == m.start })
}

// participleOfOther: the participle h follows another noun right before it, a reduced relative
// ("the truce includes humanitarian corridors guaranteed by the army", «ممرات آمنة مضمونة من قبل
// الجيش»): the guarantee is that noun's. Right after a copula, an auxiliary, a verb of saying, a
// comma or the truce noun itself ("which he said was guaranteed by", "a truce guaranteed by") it
// is the truce's.
func (ac *articleContext) participleOfOther(si *sentInfo, h hit) bool {
	fw := &ac.l.fw
	k := h.start - 1
	if k < 0 || si.toks[k].punct || ac.truceNounEndingAt(si, h.start) {
		return false
	}
	t := si.tokText(k)
	return !fw.copulas[t] && fw.auxiliaries[t] == 0 && !fw.modalAuxiliaries[t] && !fw.perfectAuxiliaries[t] && !si.startsAt(catAttrVerb, k)
}

// truceBefore: a ceasefire noun, or an agreement noun in a ceasefire article, ends within
// window tokens before pos: what a passive participle at pos is said of ("a ceasefire in
// Tripoli, which he said was guaranteed by", not "the loan was guaranteed by").
func (ac *articleContext) truceBefore(si *sentInfo, pos, window int) bool {
	for _, c := range [...]category{catCeasefire, catAgreement} {
		if c == catAgreement && !ac.ceasefire {
			continue
		}
		for _, n := range hitsStartingIn(si.hitsOf(c), pos-window-ac.l.longest, pos-1) {
			if n.end <= pos && pos-n.end <= window {
				return true
			}
		}
	}
	return false
}

// truceNounEndingAt: a ceasefire noun, or an agreement noun in a ceasefire article, ends at pos.
func (ac *articleContext) truceNounEndingAt(si *sentInfo, pos int) bool {
	return ac.truceBefore(si, pos, 0)
}

// contextMembersReferBack: a member named by a generic context alias ("the committee",
// "اللجنة") after a body with that noun was named outright ("a member of the sheikhs' mediation
// committee said ... the committee would follow up") is that body, whichever entity the alias
// names by default in the theatre (contextAliasReferent, as for speakers).
func (ac *articleContext) contextMembersReferBack(si *sentInfo, ms []mention) []mention {
	for k, m := range ms {
		if !m.context || m.title || m.demonym || m.e.Type == "person" || m.e.Type == "source" || m.e.Type == "country" || m.e.Type == "city" {
			continue
		}
		if r := ac.contextAliasReferent(si, m); r != nil && r != m.e {
			ms[k].e = r
		}
	}
	return ms
}

// memberID resolves capitals and persons to the state or body they stand for.
func (ac *articleContext) memberID(m mention) string {
	if m.joint && isForce(m) {
		return m.e.ID // both sides' forces read from a dual (expandDualForces): the forces themselves
	}
	if m.e.SpeaksFor != "" && !ac.governmentOfItsOwn(m.e) {
		return m.e.SpeaksFor
	}
	if m.e.Type == "person" && m.e.Affiliation != "" {
		// "his affiliation, and what that in turn speaks_for" (gold README, set members are
		// bodies), resolved as the body named outright would be: "رئيس لجنة الوساطة غابرييل
		// ماجاك ثون" → the committee's state, "Malaysia's special envoy" → malaysia, not its
		// foreign ministry.
		if a := ac.x.data.Gazetteer.Entity(m.e.Affiliation); a != nil && a.Type != "person" {
			return ac.memberID(mention{e: a})
		}
		return m.e.Affiliation
	}
	if m.e.Type == "government" && m.e.Country != "" && m.e.Country != ac.event && (m.e.Role == "guarantor_state" || m.e.Role == "mediator") {
		// A third state's ministry brokers for its state; a body of the war's own state
		// (Libya's Presidential Council between two Tripoli forces) acts as itself.
		return m.e.Country
	}
	return m.e.ID
}

func (ac *articleContext) memberIDs(ms []mention) []string {
	return ac.membersBy(ms, ac.memberID)
}

// membersBy: the ids of a set's members, each resolved by id.
func (ac *articleContext) membersBy(ms []mention, id func(mention) string) []string {
	out := make([]string, 0, len(ms))
	for _, m := range ms {
		// A coalition stands for its members; a joint monitoring body made of the sides'
		// officers monitors as itself.
		if len(m.e.Members) > 0 && m.e.Role != "monitor" {
			out = append(out, m.e.Members...)
			continue
		}
		out = append(out, id(m))
	}
	sort.Strings(out)
	return slices.Compact(out) // sorted and distinct, as the keys of a set
}

// setRules: guarantors, mediators, monitors and talks sponsors, one set per topic and speaker
// in a sentence.
func (ac *articleContext) setRules(out []draft, si *sentInfo) []draft {
	first := len(out)
	out = ac.mergeSetClauses(ac.setCues(out, si), first, si)
	out = ac.answeredSet(out, si)                  // "Who guarantees it? The AU and the EAC, ..." (sets_answered_question.go)
	return ac.mediatorBodySpeaking(out, first, si) // "South Sudan's mediation committee said" (sets_mediator_body_speaking.go)
}

// setCues reads the members each set cue names. Sponsorship words (برعاية, mediation) attach to
// the ceasefire or to the talks, whichever noun is nearer.
func (ac *articleContext) setCues(out []draft, si *sentInfo) []draft {
	var seenBuf [8]int
	seen := seenBuf[:0] // cue starts already read: a few, so no map per sentence
	out = ac.listedCoalitions(out, si)
	// "Under the AU statement, ...": the statement's owner is no member.
	fronted := 0
	if ac.l.lex.Grammar.SubjectBeforeVerb && si.has[catReportNoun] && len(si.attrs) > 0 && si.attrs[0].pos == 0 {
		_, fronted = ac.frontedStatement(si)
	}
	for _, ref := range []topicRef{refGuarantors, refMonitors, refMediators, refTalksSponsors} {
		topic := topicRefNames[ref]
		hits := ac.cuesOf(si, ref)
		if ref == refMediators {
			hits = append(slices.Clip(hits), ac.gapCueHits(si, hits)...) // "أسهمت بدورها في التوصل" (sets_cue_gap.go)
		}
		for _, h := range hits {
			if slices.Contains(seen, h.start) {
				continue
			}
			seen = append(seen, h.start)
			t := topic
			inviter := ac.l.topicCue[h.idx].Object == "inviter"
			if topic == "ceasefire.mediators" && ac.mediatedOtherDeal(si, h) {
				continue // "Qatar brokered a prisoner release with the M23" (mediators_other_deal.go)
			}
			if topic == "ceasefire.mediators" && !ac.cueStartsAt(si, refTalksSponsors, h) {
				// Mediation words (mediated, بوساطة) name who brokered the deal, even when
				// they qualify the talks that produced it ("after Qatari-mediated talks").
			} else if topic == "ceasefire.mediators" || topic == "talks.sponsors" {
				if ac.resolutionSponsored(si, h) {
					continue // "a resolution co-sponsored by France" (sets_resolution_sponsors.go)
				}
				if inviter {
					if !ac.invitedToTalks(si, h) {
						continue // "invited both sides to sign", "was invited by": no talks it convenes
					}
					t = "talks.sponsors" // "invited both governments to talks" (sponsors_inviter.go)
				} else {
					t = ac.sponsorshipObject(si, h)
					if t == "ceasefire.mediators" && ac.hostWordAt(si, h) {
						t = "talks.sponsors" // "is a host, not a mediator, and any truce ...": a host hosts talks (sponsors_host_word.go)
					}
				}
				if t == "" || !inviter && ac.meetingBefore(si, h) && !ac.meetingQualifiedBy(si, h) {
					continue // "a video call hosted by Oman discussed trade": a meeting on anything
				}
				if t == "ceasefire.mediators" && topic == "talks.sponsors" && len(si.nouns) == 0 && !ac.cueStartsAt(si, refMediators, h) && ac.l.topicCue[h.idx].Object != "invitation" {
					// "Jordan is hosting, not mediating": a word only of sponsoring talks, with no
					// truce or talks noun in its sentence, sponsors the talks the article is about.
					// An invitation with none is to anything ("visited Cairo at the invitation of
					// Sisi", "زار القاهرة بدعوة من الرئيس المصري"): a state visit, no talks.
					t = "talks.sponsors"
				}
				if t != "talks.sponsors" && ac.l.topicCue[h.idx].Object == "invitation" {
					continue // "التزامهم بالهدنة بدعوة من الأمم المتحدة": a call, no mediation
				}
			} else if !ac.ceasefireContext(si) && !ac.ceasefire {
				// Guarantors and monitors are of the article's ceasefire even in a sentence that
				// does not name it ("said Qatar and the AU would act as guarantors").
				continue
			}
			// "قرض ضمنته السعودية", "stood surety for a loan", "أفرج عن الناشط بكفالة": a
			// guarantee word other deals and courts use (lexicon object "named_truce") names a
			// guarantor only in a sentence naming the truce or the deal.
			titleOnly := false // the cue counts only as the outlet's title of the speaker
			if ac.l.topicCue[h.idx].Object == "named_truce" && !ac.ceasefireContext(si) {
				if !ac.ceasefire || t != "ceasefire.mediators" || !ac.roleTitlesSpeaker(si, h) {
					continue
				}
				titleOnly = true // a facilitator titling the speaker (sets_title_on_speaker.go)
			}
			if ac.l.topicCue[h.idx].Object == "assisting" && !ac.assistsTheDeal(si, h) {
				continue // "retook the town with help from Russia" (mediators_assisting.go)
			}
			// "will follow up on violations against civilians", "متابعة الانتهاكات بحق
			// الصحفيين": violations are human rights' too; such a cue (lexicon object
			// "truce_after") monitors the truce only with it named within five tokens after.
			if ac.l.topicCue[h.idx].Object == "truce_after" && !ac.truceNounWithin(si, h.end, 5) {
				continue
			}
			// "the case was referred to the ICC": a referral word names who watches the truce only
			// beside a breach word (monitors_breach_referral.go).
			referral := ac.l.topicCue[h.idx].Object == "breach_referral"
			if referral && !ac.breachReferral(si, h) {
				continue
			}
			if topic == "ceasefire.monitors" && ac.holderLink(h) {
				continue // read from the monitoring word before it (carriedOutBy)
			}
			if topic == "ceasefire.monitors" && (ac.aidBefore(si, h.start) || ac.aidAfter(si, h.end) || ac.termActionObject(si, h.end)) {
				continue // monitors of aid or evacuations, not of the ceasefire
			}
			if topic == "ceasefire.monitors" && ac.eventMonitors(si, h) {
				continue // "Election monitors from the EU arrived", "مراقبو الانتخابات"
			}
			if topic == "ceasefire.monitors" && ac.verifiesOtherReports(si, h) {
				continue // "verifying reports of child recruitment" (monitors_verified_reports.go)
			}
			if topic == "ceasefire.guarantors" && ac.aidAfter(si, h.end) {
				continue // "both sides would guarantee humanitarian access": a commitment, no guarantor
			}
			if ac.foreignObject(si, h) {
				continue // "the EU guaranteed a loan", "sponsors a football tournament": no truce, deal or talks
			}
			if t == "ceasefire.monitors" && (si.has[catTalks] || si.has[catMeeting]) && ac.sponsorshipObject(si, h) == "talks.sponsors" && !ac.monitoringHandedOver(si, h) && !ac.talksInLaterClause(si, h) {
				// "Damascus had been invited to the talks as an observer"; talks named only in
				// the sentence before leave the monitors the truce's.
				continue
			}
			if t == "talks.sponsors" && ac.declinedHostOffer(si, h.start) {
				continue // "had offered to host the talks in Riyadh, ..., but India turned the offer down" (venue_declined_offer.go)
			}
			if (t == "ceasefire.mediators" || t == "talks.sponsors") && ac.otherObjectBeforeComma(si, h) {
				continue // "Doha would host the World Cup, and talks on the truce resumed"
			}
			if (t == "ceasefire.mediators" || t == "talks.sponsors") && !inviter && ac.partyObject(si, h.end) {
				continue // "Algeria, which hosts the Polisario leadership": a side hosted, no talks
			}
			if t == "ceasefire.mediators" && ac.aidObject(si, h.end) {
				continue // "would facilitate humanitarian convoys": aid, not the deal
			}
			if t == "ceasefire.monitors" && (ac.observerAtMeeting(si, h) || ac.attendingObserver(si, h)) {
				continue // "Mauritania attended the final session as an observer": a seat at the talks
			}
			if (t == "ceasefire.monitors" || t == "ceasefire.mediators") && (ac.exchangeBefore(si, h.start) || t == "ceasefire.monitors" && (ac.withdrawalBefore(si, h.start) || ac.overseesTermAction(si, h))) && !ac.nounNear(si, si.hitsOf(catCeasefire), h.end, 3) {
				// "an exchange of prisoners under the auspices of the ICRC", "must leave it under
				// IAEA supervision": the body oversees that act, not the truce.
				continue
			}
			// "لم يمنح الهدنة ضامناً سوى X", "no guarantor other than X": the negation and the
			// exception make X the only one.
			// "rejects any guarantor other than X", «ترفض أي ضامن غير X»: a refusal does so too.
			exceptOnly := ac.negatedExceptOnly(si, h) || ac.exceptWordEnd(si, h) >= 0 && ac.roleRefused(si, h)
			if negatedAt(si, h.start) && !exceptOnly {
				continue
			}
			if !exceptOnly && ac.roleRefused(si, h) {
				continue // "rejected any Saudi mediation", "refused to act as guarantor"
			}
			if !exceptOnly && ac.roleWithheld(si, h) {
				continue // "declined to describe the bloc as a mediator", "لم تشر إلى أي دور ضامن" (sets_withheld_role.go)
			}
			if !exceptOnly && ac.deniedThatClause(si, h.start) {
				continue // "نفت الوزارة أن تكون المملكة طرفاً ضامناً", "denied that Oman was a guarantor"
			}
			if !exceptOnly && deniedContentBefore(si, h.start) {
				continue // "نفى ما تداولته وسائل إعلام عن وساطة قطرية", "denied reports of Qatari mediation"
			}
			if t == "ceasefire.monitors" && !exceptOnly && ac.refusedMonitoring(si, h) {
				continue // "رافضاً نشر مراقبين من آسيان", "No foreign warship has a monitoring role"
			}
			named := func(m mention) bool {
				// A generic dual ("من شأن الجيشين وحدهما", the two armies) is both sides, not
				// the one its context alias picks.
				if ac.contextDual(si, m) {
					// "تبقى بيد الجيشين نفسيهما": a dual of forces monitors as both sides' armies
					// (expandDualForces) when they are known; otherwise it is no member.
					return topic == "ceasefire.monitors" && m.start >= fronted && !ac.attributedTo(si, m) && len(ac.dualArmies(m)) == 2
				}
				return m.start >= fronted && (setMember(m) || topic == "ceasefire.monitors" && m.e.Type == "military" || ac.forceGuarantees(si, m, h, topic)) && (ac.memberID(m) != ac.theater || m.start == h.end || m.end == h.start || ac.copulaLinked(si, m, h) || ac.listedWithOthers(si, m)) && !placeAfterLocative(si, m) &&
					!ac.attributedTo(si, m) && !ac.qualifiesStatement(si, m) && (ac.nameQualifiesCue(si, m, h) || !ac.namedAsSide(si, m)) &&
					!ac.ownCountryPredicate(si, m, h) && // "الوساطة كانت ليبية خالصة" (sets_own_country_predicate.go)
					!datelineName(si, m) // "أديس أبابا (ونا) - أعلن الاتحاد الأفريقي، في بيان صدر باسم الوسطاء" (sets_dateline.go)
			}
			member := func(m mention) bool {
				// "U.S. mediators announced": a name qualifying the cue noun is a member,
				// though a verb of saying follows.
				return named(m) && (m.end == h.start || !isSpeakerMention(si, m, ac.l.lex.Grammar.SubjectBeforeVerb, ac.l.longest)) &&
					(ac.l.lex.Grammar.AdjectiveAfterNoun || !qualifiesCeasefire(si, m) && (t == "ceasefire.monitors" || !ac.namesTheTruce(si, m)))
			}
			speakerMember := ""
			with := ac.isWithCue(si, h)
			if with {
				member = func(m mention) bool { return m.e.Type == "country" && m.e.ID != ac.theater }
			}
			// A locative ends the list: "الوسطاء السعوديون والأميركيون في منبر جدة" names
			// where they met, not another member.
			// "thanked the African Union, "which led the mediation," and Kenya": the relative
			// pronoun's antecedent is the member.
			if a := ac.relativeMemberAntecedent(si, h, member); len(a) > 0 {
				// "Kenya, which hosted the talks, said": the clause on who speaks is the outlet's.
				own := false
				for _, at := range si.attrs {
					own = own || at.pos > h.start && at.speaker != nil && at.speaker.ID == a[len(a)-1].e.ID
				}
				if t == "ceasefire.mediators" && !with {
					a = append(a, ac.coBrokerAfterObject(si, h, a, named)...) // "X, who helped broker the SoO together with Y"
				}
				if t == "talks.sponsors" && !with && !inviter {
					a = append(a, ac.coSponsorAfterObject(si, h, a, named)...) // "UNAMI, which convenes the committee together with the U.S. embassy" (sponsors_cohost.go)
				}
				if t == "ceasefire.guarantors" && !with {
					// "the African Union, which guarantees the truce alongside South Sudan": the one
					// named alongside shares the role, as after a subject (alongsideAfterObject below).
					a = append(a, ac.alongsideAfterObject(si, h, a, named)...)
				}
				a = ac.withoutDescriptorAffiliation(si, a)
				if titleOnly {
					continue
				}
				out = append(out, draft{topic: t, members: ac.memberIDs(a), pos: h.start, rule: setRule(t), ownNaming: own || ac.roleOnSpeaker(si, h, t, a)})
				continue
			}
			if a := appositiveCueMember(si, h, named); len(a) > 0 {
				// "تعوّل على ماليزيا، بصفتها الدولة الضامنة، لحمل ...", "Oman, the guarantor,
				// will ...": the name the appositive qualifies, not one after it. When that name
				// is who speaks ("ولفتت قوة يونيسفا، المكلفة بمراقبة الهدنة، إلى"), the
				// appositive is the outlet's own description of the speaker.
				own := isSpeakerMention(si, a[0], ac.l.lex.Grammar.SubjectBeforeVerb, ac.l.longest)
				if b, ok := ac.committeeBefore(si, a, member); ok && t == "ceasefire.monitors" {
					a = append(a, b) // "The centre, which brings together officers from X and Y, will monitor the truce, ..."
				}
				if t == "ceasefire.guarantors" || t == "ceasefire.mediators" {
					// "ماليزيا وإندونيسيا ستتوليان، إلى جانب آسيان، ضمان": the name before the
					// cue's comma closes an alongside appositive, no "X, the guarantor,"; its
					// subject shares the role (sets_alongside_appositive.go; thaicam tc_021).
					subj, denied := ac.subjectBeforeAlongsideAppositive(si, a[0].start, named)
					if denied {
						continue
					}
					a = append(a, subj...)
				}
				a = ac.withoutDescriptorAffiliation(si, a)
				if titleOnly {
					continue
				}
				out = append(out, draft{topic: t, members: ac.memberIDs(a), pos: h.start, rule: setRule(t), ownNaming: own || ac.roleOnSpeaker(si, h, t, a)})
				continue
			}
			from := h.end
			if exceptOnly {
				from = ac.exceptWordEnd(si, h) // the members follow the exception word
			}
			if e, ok := ac.sharedRoleCueEnd(si, from, t); ok {
				from = e // "برعاية وضمانة مصرية": both roles' names
			}
			open := from
			from = ac.notOnlyEnd(si, from) // "brokered not only by Oman but also by Qatar" (sets_not_only.go)
			ms := collectForward(si, from, 4, member, func(i int) bool {
				// A locative or a new "that" clause ends the list ("ستراقب الهدنة، وعلى أن
				// المبعوث ..."); so does "between": the sides follow it ("would convene talks
				// between Baghdad and Erbil"); so does a cue of another role ("رُعي بضمانة قطرية":
				// who follows guarantees).
				loc := si.startsAt(catLocative, i)
				return loc || si.tokIn(i, classComplementizer, ac.l.fw.complementizers) || si.tokIn(i, classBetween, ac.l.fw.between) ||
					t == "ceasefire.monitors" && closingQuote(si, i) || ac.otherRoleCueAt(si, i, t)
			})
			if ac.otherRoleCueAt(si, from, t) {
				ms = nil // "رُعي بضمانة قطرية": the names right after are the other role's
			}
			if len(ms) > 0 && t == "ceasefire.guarantors" && ac.l.fw.possessorMention(si, ms[0]) && ac.guarantorOfOther(si, h) {
				ms = nil // "the guarantor of Israel's security": the name owns that object (guarantors_of_other.go)
			}
			if ac.demonymOnCue(si, h, member) {
				ms = nil // "through Saudi intermediaries, with Kyiv": the demonym is the member (sets_cue_demonym.go)
			}
			if len(ms) > 0 && ac.gapTokens(si, from, ms[0].start)-ac.frameBefore(si, ms[0].start) > 2 {
				ms = nil // a place named later in the clause is not the sponsor
			}
			if len(ms) == 0 && !inviter && t != "ceasefire.monitors" {
				ms = ac.appositiveHeadList(si, h, from, member) // "facilitated only by our brotherly countries, Qatar and Türkiye" (sets_appositive_head.go)
			}
			if inviter {
				// "invited Qatar and Egypt to the talks": the invited take part; the subject convenes
				// (a pronoun subject: the speaker, withSpeakerPronoun).
				ms = ac.inviterSubject(si, h, member)
			}
			if referral && len(ms) == 0 {
				continue // "violations will be referred to the courts, the army said": the body breaches go to, or none
			}
			if t == "ceasefire.monitors" && len(ms) > 0 && !exceptOnly {
				ms = ac.qualifierOverLaterNames(si, h, ms, member)
				ms = ac.holderOverAdjectives(si, h, ms, member)
			}
			if len(ms) == 0 && !with {
				ms = ac.bodyLedBy(si, h, member)
			}
			if len(ms) == 0 && !with && t == "ceasefire.monitors" {
				ms = ac.qualifierWithAgent(si, h, ac.carriedOutBy(si, h, member), member)
			}
			if len(ms) == 0 && !with && !inviter {
				ms = ac.qualifiedRolePredicate(si, h, member) // "الوساطة بين بيروت ودمشق كانت سعودية خالصة" (sets_qualified_predicate.go)
			}
			if len(ms) == 0 && !with {
				// "the only guarantors of the deal were X, Y and Z": past the copula.
				if c := ac.copulaAfter(si, h.end, 5); c >= 0 && !ac.complementizerIn(si, h.end, c) {
					open = c + 1
					ms = collectForward(si, ac.notOnlyEnd(si, open), 2, member, nil)
				}
			}
			ms = coordinatedRun(ac, si, ms)
			if len(ms) > 0 && ms[0].start >= h.end {
				ms = append(ms, ac.butAlsoAfter(si, open, ms[len(ms)-1].end, member)...) // "not only the AU's but also IGAD's"
			}
			if len(ms) > 0 {
				if along := si.startsAt(catAlongside, ms[0].start-2); along || ac.alongsideBefore(si, ms[0].start) {
					// "عمان ستضمن الاتفاق إلى جانب الأمم المتحدة", "X had brokered the truce and would act
					// as its guarantors alongside Y": the subject too.
					ms = append(ms, nearestGroup(collectBackward(si, h.start, 20, member))...)
					// "مراقبين من الاتحاد الإفريقي، الذي سيكون إلى جانب مجلس الأمن ضامناً": the
					// relative pronoun's antecedent is the subject alongside the named one.
					ms = append(ms, ac.antecedentBeforeAlongside(si, ms[0].start, member)...)
				}
			}
			contrast := -1 // where a contrast appositive ("، لا الجيشان وحدهما،") opens
			if len(ms) == 0 && !with && !inviter && !(h.end-h.start > 1 && si.tokIn(h.end-1, classPreposition, ac.l.fw.prepositions)) && !ac.cueAfterSayingVerb(si, h) {
				// Not from a cue right after a verb of saying ("ودعا الوساطة إلى"): sets_cue_after_saying.go.
				// A list may start far back ("A mechanism chaired by X and including Y and Z, the
				// ..., will monitor") as long as its nearest name is close. A cue ending on its
				// preposition ("بدعوة من", "at the invitation of") has its member after it only.
				from := ac.skipAppositive(si, h.start)
				ms = ac.sameClauseGroup(si, nearestGroup(collectBackward(si, from, 24, member)))
				if len(ms) > 0 && from < h.start {
					ms = append(ms, ac.alongsideAppositiveMembers(si, from, h.start, member)...) // "قطر، إلى جانب مصر، تضمن" (sets_alongside_appositive.go)
				}
				if t == "ceasefire.mediators" {
					ms = ac.withoutOwnHostWord(si, ms) // "with Jordan hosting and Oman quietly facilitating" (sponsors_host_word.go)
				}
				if obj, ok := ac.roleObjectBeforeMarker(si, h, member); ok {
					ms = obj // "Damascus accepts Saudi Arabia as guarantor" (sets_role_object.go)
				}
				ms = cueDemonymRun(ms, h) // sets_cue_demonym.go
				ms = ac.beforeCoordinatedThat(si, ms, from)
				if len(ms) > 0 && (ac.saidThatBetween(si, ms[0].end, h.start) || ac.saidBeforeSubject(si, ms[0], h.start) || ac.demandBetween(si, ms[0].end, h.start)) {
					ms = nil // "والي البحر الأحمر ... أكد أن الوساطة كانت «حصراً» للجنة": who says (sets_said_that.go)
				}
				if len(ms) > 0 {
					// "Washington, which co-sponsored the Riyadh talks, said it would monitor": a
					// name inside a relative clause closed before the cue belongs to that clause;
					// the member is the antecedent before it.
					if rs, re, ok := commaRelative(si, ms[0].start); ok && re < h.start && rs > 0 {
						ms = ac.sameClauseGroup(si, nearestGroup(collectBackward(si, rs-1, 24, member)))
					}
				}
				if len(ms) > 0 && ac.quotedAfterClause(si, ms[0].end, h.start) {
					ms = nil // "رفض أي دور تركي، قائلاً إن "الضامن الوحيد ..."": the cue is in what is said
				}
				negTo := h.start
				if t == "ceasefire.monitors" && from < h.start && (ac.negationBetween(si, from+1, from+2) || ac.contrastOpening(si, from+1)) {
					negTo = from // "UNISFA, not the two armies, would police": the contrast leaves Y out
					contrast = from
				}
				if len(ms) > 0 && from-ms[0].start > 14 || len(ms) > 0 && ac.negationBetween(si, ms[0].end, negTo) {
					ms = nil // "Turkey has no role in this agreement, as a guarantor"
				}
				if len(ms) > 0 && t == "ceasefire.guarantors" && ac.guarantorOfOther(si, h) {
					ms = nil // "Kyiv is the main guarantor of Europe's security" (guarantors_of_other.go)
				}
				if len(ms) > 0 && (t == "ceasefire.monitors" || t == "ceasefire.guarantors") && negatedBeforeMember(si, earliestStart(ms)) || len(ms) > 0 && t == "ceasefire.mediators" && negatedListBefore(si, earliestStart(ms)) {
					ms = nil // "ولم يحدد النص دوراً للقوات الأوغندية في عملية المراقبة", "ولن يتولى X ضمان", "No Turkish or Qatari mediators took part"
				}
				if len(ms) > 0 && t == "ceasefire.monitors" && unresolvedDualBetween(si, ms[0].end, negTo) {
					ms = nil // "Thailand, which insists that the two militaries alone verify": the pair is the subject
				}
				if len(ms) > 0 {
					ms = append(ms, ac.antecedentBeforeAlongside(si, ms[len(ms)-1].start, member)...)
					if t == "ceasefire.guarantors" && h.start > 0 && isComma(si.tokText(h.start-1)) {
						subj, denied := ac.subjectBeforeAlongsideAppositive(si, ms[len(ms)-1].start, member)
						if ms = append(ms, subj...); denied {
							ms = nil // "قطر وتركيا لن تتوليا، إلى جانب الأمم المتحدة، ضمان"
						}
					}
				}
				// "X will work with Y and Z to guarantee": X is a member too.
				if len(ms) > 0 && ac.withBefore(si, ms[len(ms)-1].start) {
					with := ms[len(ms)-1].start - 1
					if subj := nearestGroup(collectBackward(si, with, 6, member)); len(subj) > 0 {
						ms = append(ms, subj...)
					} else {
						// "the kingdom will work with Oman and the UN to guarantee": a
						// description or pronoun for the speaking state.
						speakerMember = ac.speakerDescribedBefore(si, with)
					}
				}
			}
			if (t == "ceasefire.monitors" || t == "ceasefire.guarantors") && len(ms) > 0 && !with {
				// "IGAD, which is acting as a guarantor of the deal alongside the African Union":
				// the one named alongside shares the role. (Talks "بمشاركة" X is no sponsorship.)
				// A name after "alongside" is no speaker, though ", said" follows it.
				along := member
				if t == "ceasefire.guarantors" {
					along = named
				}
				ms = append(ms, ac.alongsideAfterObject(si, h, ms, along)...)
			}
			if t == "ceasefire.mediators" && len(ms) > 0 && !with {
				ms = append(ms, ac.coBrokerAfterObject(si, h, ms, named)...) // sets_cobroker.go
			}
			if t == "talks.sponsors" && len(ms) > 0 && !with && !inviter {
				ms = append(ms, ac.coSponsorAfterObject(si, h, ms, named)...) // sponsors_cohost.go
			}
			if m, ok := ac.titleOnCue(si, h, member); ok && !with {
				ms = append(ms, m) // "Egyptian and Qatari mediators": an office's title stands for its body (sets_title_on_cue.go)
			}
			if name, ok := si.mentionAt(h.start); ok && name.end >= h.end && !qualifiesCue(ms, h, name) {
				// The cue is a name ("بمشاركة الوسطاء الثلاثة", "called on the mediators"): it
				// refers to them; only names qualifying it ("الوسطاء السعوديون") list them.
				if sp := ac.ownTeamsSpeaker(si, h); sp != "" && len(ms) == 0 && t == "ceasefire.monitors" {
					// "said its observers were deployed": the observers are the speaker's own.
					// "Our observers alone will verify compliance": an "only" on them holds.
					out = append(out, draft{topic: t, members: []string{sp}, exhaustive: ac.onlyNearList(si, h, t, nil), pos: h.start, rule: "set.monitors"})
				}
				continue
			}
			if t == "ceasefire.monitors" && !with && len(ms) > 0 {
				ms = append(ms, ac.committeeMembers(si, h, ms, member)...) // monitors_committee_members.go
			}
			ms = ac.withoutContrasted(si, ms)            // "Egyptian and Qatari mediators, not Turkish ones" (sets_contrast_negation.go)
			ms = ac.withoutDescriptorAffiliation(si, ms) // "MINUSCA, the U.N. mission," (monitors_descriptor_affiliation.go)
			if t == "ceasefire.monitors" {
				ms = withoutNegatedDeterminer(si, ms) // "with no U.N. observers present" (monitors_negated_determiner.go)
			}
			ms = ac.troopsOfListedStates(si, ms)
			if t == "ceasefire.monitors" {
				ms = ac.expandDualForces(si, ms) // "بيد الجيشين نفسيهما" (monitors_dual_forces.go)
			}
			ms = ac.contextMembersReferBack(si, ms)
			members := ac.ownStateGovernment(si, h.start, ms, ac.memberIDs(ms))
			if speakerMember != "" && len(members) > 0 {
				members = appendSorted(members, speakerMember)
			}
			if !with {
				members = ac.withSpeakerPronoun(si, h, t, ms, members)
				members = ac.speakerBodyAlongside(si, h, ms, members) // "إن الجمعية شاركت إلى جانب X" (sets_speaker_body_alongside.go)
				members = ac.coBrokerSpeaker(si, h, t, ms, members)
			}
			if with {
				// "محادثات مع تركيا وإيران": the speaker's state sponsors with them.
				if t != "talks.sponsors" || len(ms) == 0 || ms[0].start != h.end {
					continue
				}
				if !si.has[catTalks] && !si.has[catMeeting] {
					continue // "along the borders with Kenya": talks only in an earlier sentence
				}
				if st := ac.speakerState(si, h.start); st != "" {
					members = ac.memberIDs(ms)
					members = appendSorted(members, st)
				}
			}
			if len(members) == 0 && !with && (t == "ceasefire.guarantors" || t == "ceasefire.mediators") {
				if st, ok := ac.ownCountrySubject(si, h); ok {
					members = []string{st} // «وأن بلاده ستكون الضامن لتنفيذها» (sets_own_country_subject.go)
				}
			}
			if len(members) == 0 && !with && t == "ceasefire.monitors" {
				// "its frigates were already monitoring", "أنها نشرت فرق مراقبة": the speaker's own.
				if sp := ac.ownTeamsSpeaker(si, h); sp != "" {
					members = []string{sp}
					// "أن فرقها تراقب، إلى جانب جنود كفور، التزام الطرفين": who is named
					// alongside the speaker's teams watches too.
					for _, id := range ac.memberIDs(ac.alongsideAfterObject(si, h, nil, member)) {
						members = appendSorted(members, id)
					}
				}
			}
			if !with && (t == "ceasefire.monitors" || t == "ceasefire.guarantors") && len(members) > 0 {
				along := member
				if t == "ceasefire.guarantors" {
					along = named
				}
				members = ac.alongsidePronounMembers(si, h, ms, members, along) // «ضامن ثانٍ إلى جانبها» (sets_alongside_pronoun.go)
			}
			if !with && !inviter {
				members = ac.pronounSubjectAlongside(si, h, t, members, named) // «أنها «ضامن ... إلى جانب الاتحاد»» (sets_pronoun_alongside.go)
			}
			if len(members) == 0 {
				continue
			}
			exh := exceptOnly || ac.onlyNearList(si, h, t, ms) || ac.exclusiveTag(si, ref, h, ms) || // sets_exclusive_tag.go
				ac.negatedExceptBefore(si, h, ms) // "nobody but X can guarantee it" (sets_except_before.go)
			if exh && contrast >= 0 && len(ms) > 0 && !onlyInClause(si, clauseStart(si, ms[0].start), contrast) && !onlyInClause(si, h.start, min(clauseEnd(si, h.end), h.end+2)) {
				exh = false // "alone" qualifies the ones left out ("لا الجيشان وحدهما")
			}
			own := ac.namesItsSpeaker(si, h, ms) || ac.roleOnSpeaker(si, h, t, ms) // sets_role_on_speaker.go
			if titleOnly && !own {
				continue
			}
			out = append(out, draft{topic: t, members: members, exhaustive: exh, pos: h.start, rule: setRule(t),
				ownNaming: own})
		}
	}
	return out
}

// appositiveCueMember: the cue closes a short appositive set off by commas right after a name
// ("ماليزيا، بصفتها الدولة الضامنة،", "Oman, as guarantor,", "the UN, the truce's monitor,"):
// that name (and the names coordinated with it) is the member, whatever follows the closing
// comma. nil when the cue is not so placed.
func appositiveCueMember(si *sentInfo, h hit, member func(mention) bool) []mention {
	open := -1
	for k := h.start - 1; k >= 0 && k >= h.start-4; k-- {
		if t := &si.toks[k]; t.punct {
			if isComma(t.text) {
				open = k
			}
			break
		}
	}
	if open < 1 || si.mentionsEndingBy(h.start) > si.mentionsEndingBy(open+1) {
		return nil // no comma close before the cue, or a name inside the appositive
	}
	closed := false
	for k := h.end; k < len(si.toks) && k <= h.end+2; k++ {
		if t := &si.toks[k]; t.punct {
			closed = isComma(t.text)
			break
		}
	}
	if !closed {
		return nil
	}
	k := si.mentionsEndingBy(open) - 1
	if k < 0 || si.ents[k].end != open || !member(si.ents[k]) {
		return nil
	}
	return nearestGroup(collectBackward(si, open, 8, member))
}

// copulaLinked: a copula, a linking verb or a pronoun of separation joins the name to the cue
// ("تركيا هي الضامن", "Turkey is the only guarantor", "Riyadh remains the sole guarantor"), maybe
// past an article, a short attribution insert ("Riyadh, he said, remains"), an opening quote or a
// verb of acting before a role marker ("will act as the sole guarantor", "would serve as
// guarantor").
func (ac *articleContext) copulaLinked(si *sentInfo, m mention, h hit) bool {
	k := m.end
	if e := ac.attributionInsertEnd(si, k); e >= 0 {
		k = e + 1 // "Riyadh, he said, remains ..."
	}
	if k < h.start && isQuote(si.tokText(k)) {
		k++ // the Islamic Emirate "remains the only guarantor"
	}
	return ac.copulaLinkAt(si, k, h)
}

// copulaLinkAt: the words from k up to the cue link a subject ending before k to it (see
// copulaLinked): a copula, linking verb, pronoun of separation, modal or verb of acting first,
// then articles, copulas, role markers, "only" words and the truce as the role's owner ("its
// guarantor", "the deal's sole guarantor").
func (ac *articleContext) copulaLinkAt(si *sentInfo, k int, h hit) bool {
	fw := &ac.l.fw
	if k >= h.start || fw.possessiveBefore(si, h.end) || fw.possessiveBefore(si, h.end+1) {
		return false // "Riyadh remains the guarantor's main host": the role owns another noun
	}
	if t := si.tokText(k); !fw.copulas[t] && !fw.linkingVerbs[t] && !fw.subjectPronouns[t] && !fw.modalAuxiliaries[t] && !fw.roleMarkers[si.tokText(k+1)] {
		return false
	}
	for k++; k < h.start; k++ {
		t := si.tokText(k)
		if fw.definiteArticles[t] || fw.copulas[t] || fw.linkingVerbs[t] || fw.roleMarkers[t] || fw.roleMarkers[si.tokText(k+1)] || si.startsAt(catOnly, k) || fw.possessiveDeterminers[t] || ac.truceOwnerAt(si, k) {
			continue
		}
		return false
	}
	return true
}

// truceOwnerAt: the token at k is the truce or the deal as an owner ("the deal's", "the
// truce's"): a ceasefire noun, or an agreement noun in a ceasefire article, with a possessive.
func (ac *articleContext) truceOwnerAt(si *sentInfo, k int) bool {
	if !hasAnySuffix(si.tokText(k), ac.l.fw.possessives) {
		return false
	}
	return si.startsAt(catCeasefire, k) || ac.ceasefire && si.startsAt(catAgreement, k)
}

// attributedTo: the mention is the source of an attribution phrase ("وبحسب الأمم المتحدة،",
// "according to the UN"): who tells, not a member.
func (ac *articleContext) attributedTo(si *sentInfo, m mention) bool {
	for _, h := range hitsStartingIn(si.hitsOf(catAttrPrep), m.start-ac.l.longest, m.start-1) {
		if h.end == m.start || h.end == m.start-1 && ac.l.fw.definiteArticles[si.tokText(h.end)] {
			return true
		}
	}
	return false
}

// qualifiesStatement: a state's adjective names whose statement it is ("البيان التركي", "the
// Turkish statement"): the statement's owner, not a member.
func (ac *articleContext) qualifiesStatement(si *sentInfo, m mention) bool {
	if !m.demonym {
		return false
	}
	for _, h := range hitsStartingIn(si.hitsOf(catStatementNoun), m.start-ac.l.longest, m.end) {
		if h.end == m.start || h.start == m.end {
			return true
		}
	}
	return false
}

// bodyLedBy: "overseen by a mechanism "led by the United States and France"": the cue's agent is
// an unnamed body whose own agent, after a second "by", names its members.
func (ac *articleContext) bodyLedBy(si *sentInfo, h hit, member func(mention) bool) []mention {
	first := -1
	for p := h.end; p < len(si.toks) && p <= h.end+7 && !si.boundary[p]; p++ {
		if _, ok := si.mentionAt(p); ok {
			return nil // a name before the second agent: not an unnamed body
		}
		if !ac.passiveAgentWord(si, p) {
			continue
		}
		if first < 0 {
			first = p
			continue
		}
		if p-first < 3 {
			return nil // the body needs a noun and a participle between the two agents
		}
		if ms := collectForward(si, p+1, 2, member, nil); len(ms) > 0 && ms[0].start <= p+2 {
			return ms
		}
		return nil
	}
	return nil
}

// passiveAgentWord: a passive agent phrase (by, من قبل) starts at p.
func (ac *articleContext) passiveAgentWord(si *sentInfo, p int) bool {
	return ac.passiveAgentEnd(si, p) >= 0
}

// passiveAgentEnd: where the passive agent phrase starting at p ends; -1 when none starts there.
func (ac *articleContext) passiveAgentEnd(si *sentInfo, p int) int {
	for _, w := range ac.l.fw.passiveAgents {
		match := p+len(w) <= len(si.toks)
		for j := 0; match && j < len(w); j++ {
			match = si.tokText(p+j) == w[j]
		}
		if match {
			return p + len(w)
		}
	}
	return -1
}

// speakerDescribedBefore: the subject of the verb before "with" at pos is a pronoun or a bare
// definite description ("the kingdom will work with", "it will work with"), no name: the state
// that speaks. "" otherwise.
func (ac *articleContext) speakerDescribedBefore(si *sentInfo, pos int) string {
	for k := pos - 1; k >= 0 && k >= pos-5; k-- {
		if isQuote(si.toks[k].text) {
			continue // the quotation may open after the subject
		}
		if si.toks[k].punct || si.boundary[k] {
			return ""
		}
		if _, ok := si.mentionAt(k); ok {
			return ""
		}
		t := si.tokText(k)
		if ac.l.fw.subjectPronouns[t] || k+1 < pos && ac.l.fw.definiteArticles[t] {
			return ac.speakerState(si, pos)
		}
	}
	return ""
}

// withSpeakerPronoun: a pronoun subject of the cue stands for who speaks ("Russia says it
// brokered the deal", "تؤكد موسكو أنها توسطت وحدها"), alone or first in a list ("The EU says it
// and the United States mediated"): the speaker is a member. A guarantor's pronoun may be
// joined to the role noun by a copula ("the General Command said it was the sole guarantor";
// speakerCopulaPronoun), and so joined, or carried by a that-word right before the role noun
// («تقول الحكومة المركزية إنها الضامن الوحيد»), it makes a force or its own state's government
// who speaks a guarantor, as such a name before a copula would be (forceGuarantees).
func (ac *articleContext) withSpeakerPronoun(si *sentInfo, h hit, topic string, ms []mention, members []string) []string {
	pos := h.start
	linked := false
	if len(ms) == 0 && topic == "ceasefire.guarantors" && ac.l.topicCue[h.idx].Object == "" {
		// A role noun, not a verb ("said it would be guaranteed": a passive).
		if p, ok := ac.speakerCopulaPronoun(si, h); ok {
			pos, linked = p+1, true
		} else {
			linked = h.start > 0 && ac.pronounOrCarrier(si.tokText(h.start-1)) && !ac.l.fw.subjectPronouns[si.tokText(h.start-1)]
		}
	}
	if len(ms) > 0 {
		first := slices.MinFunc(ms, func(a, b mention) int { return a.start - b.start })
		pos = first.start
		if pos > 0 && ac.l.fw.definiteArticles[si.tokText(pos-1)] {
			pos--
		}
		if first.start > h.start || pos < 1 || !ac.l.fw.conjunctions[si.tokText(pos-1)] {
			return members
		}
		pos-- // "it and the United States mediated"
	}
	if len(ms) == 0 && !ac.cueStartsAt(si, refTalksSponsors, h) {
		// "Oman said it would guarantee the truce": a modal between the pronoun and the cue.
		// Not for talks to come ("said it would convene talks"): who convenes them is left open.
		// So may an "only" word be ("Washington says it alone mediated the deal", tishrin
		// tr_023; "Russia says it alone will guarantee it"): the list it closes is exclusive.
		for n := 0; n < 3 && pos > 1; n++ {
			if ac.l.fw.modalAuxiliaries[si.tokText(pos-1)] {
				pos--
			} else if o, ok := si.hitAt(catOnly, pos-1); ok && o.end == pos && o.start > 0 {
				pos = o.start
			} else {
				break
			}
		}
	}
	if pos < 1 || !ac.pronounOrCarrier(si.tokText(pos-1)) {
		return members
	}
	if k := si.mentionsEndingBy(pos-1) - 1; k >= 0 && si.ents[k].end == pos-1 && ac.l.fw.subjectPronouns[si.tokText(pos-1)] {
		return members // "تركيا هي الضامن": the pronoun takes up the name before it
	}
	sp := ac.speakerAt(si.s.Index, h.start)
	if sp == nil || !setMember(mention{e: sp}) && !(linked && ac.speakerForceGuarantees(si, h, ac.bodyOf(sp))) {
		return members
	}
	return appendSorted(members, ac.memberID(mention{e: sp}))
}

// speakerCopulaPronoun: a subject pronoun a few words before the cue, joined to it by a copula
// ("it was the sole guarantor", "it is the only monitor"); its position.
func (ac *articleContext) speakerCopulaPronoun(si *sentInfo, h hit) (int, bool) {
	for k := h.start - 2; k >= 0 && k >= h.start-6; k-- {
		if si.toks[k].punct || si.boundary[k] {
			return 0, false
		}
		if ac.l.fw.subjectPronouns[si.tokText(k)] {
			return k, ac.copulaLinkAt(si, k+1, h)
		}
	}
	return 0, false
}

// speakerForceGuarantees: who speaks is a force or a government, and the role is a guarantor's
// of the truce itself, not of something else ("the only guarantor of security in the city").
func (ac *articleContext) speakerForceGuarantees(si *sentInfo, h hit, sp *schemas.Entity) bool {
	return (sp.Type == "military" || sp.Type == "government") && !ac.guaranteeOfOther(si, h)
}

// pronounOrCarrier: a subject pronoun (it, they, هي), or a complementizer carrying one (أنها is
// أن with the pronoun).
func (ac *articleContext) pronounOrCarrier(t string) bool {
	if ac.l.fw.subjectPronouns[t] {
		return true
	}
	if !ac.l.fw.complementizers[t] {
		return false
	}
	for c := range ac.l.fw.complementizers {
		if len(c) < len(t) && strings.HasPrefix(t, c) {
			return true
		}
	}
	return false
}

// onlyNearList: an "only" word stands by the cue or its list ("the only guarantor", "solely
// through Russian mediation", "X and Y alone", "الضامنتين الوحيدتين"), not anywhere in the clause
// ("... solely through Russian mediation, insisting that Russia and Turkey would act as
// guarantors").
func (ac *articleContext) onlyNearList(si *sentInfo, h hit, topic string, ms []mention) bool {
	from, to := spanWith(h.start, h.end, ms)
	end := min(clauseEnd(si, h.end), to+2)
	if ac.soleBodyAfter(si, to) {
		end = min(clauseEnd(si, h.end), to+4) // "فريق المراقبة الأممي هو الجهة الوحيدة المخولة"
	}
	if ac.resumedList(si, to, min(clauseEnd(si, h.end), to+5)) {
		end = min(clauseEnd(si, h.end), to+5) // "X and Y, and by them alone"
	}
	// "أربعة عشر يوماً فقط، وتعدّ واشنطن والأمم المتحدة ضامنتين": an "only" set off before the
	// list by a comma ends another phrase.
	lo := afterLastComma(si, max(clauseStart(si, h.start), from-3), from)
	if len(ms) > 0 && ms[0].start >= h.end {
		// "وقّع عليها شيوخ X وY وحدهم، بكفالة Z": with the list after the cue, so is one set off
		// before the cue.
		lo = afterLastComma(si, lo, h.start)
	}
	return ac.onlyOfListFor(si, h, topic, lo, end) || ac.restrictedList(si, ms) // sets_restricted_to.go
}

// onlyOfList: an "only" word in [from, to) that qualifies a name, not a time or condition
// clause it opens ("would host talks only after a ceasefire", "only if", "only once", "فقط
// بعد"): such a word restricts when, not who, and makes no set exhaustive.
func (ac *articleContext) onlyOfList(si *sentInfo, from, to int) bool {
	fw := &ac.l.fw
	for _, h := range si.hitsOf(catOnly) {
		if h.start < from || h.start >= to || si.trap[h.start] { // "not only X but also Y"
			continue
		}
		if h.end < len(si.toks) {
			if t := si.tokText(h.end); fw.timeLeads[t] || fw.sinceWords[t] || si.startsAt(catConditional, h.end) {
				continue
			}
		}
		return true
	}
	return false
}

// resumedList: the tokens in [from, to) are function words with at most one other word (a
// pronoun taking up the list: ", and by them alone"), no number, unit or name: an "only" there
// still qualifies the list, not what another phrase counts ("عن ثلاثين يوماً فقط").
func (ac *articleContext) resumedList(si *sentInfo, from, to int) bool {
	other, pronounBefore := 0, false
	for k := from; k < to; k++ {
		t := si.toks[k]
		if t.number {
			return false
		}
		if _, ok := si.mentionAt(k); ok {
			return false
		}
		if si.startsAt(catNumWord, k) {
			return false
		}
		if si.startsAt(catDurUnit, k) {
			return false
		}
		if si.startsAt(catOnly, k) {
			// The one other word takes the list up ("by them alone"); a verb ("brokered by X
			// and Y, covers only the border") opens a clause of its own.
			return other == 0 || pronounBefore
		}
		w := si.tokText(k)
		if t.punct || ac.l.fw.conjunctions[w] || ac.passiveAgentWord(si, k) || ac.l.fw.prepositions[w] {
			continue
		}
		pronounBefore = ac.l.fw.objectPronouns[w] || ac.l.fw.subjectPronouns[w] || ac.l.fw.personPronouns[w]
		if other++; other > 1 {
			return false
		}
	}
	return false
}

// mergeSetClauses: one speaker naming members of one set in two clauses of a sentence ("Shipping
// will be monitored by the JCC, while the IAEA will watch over the power plants") states one set:
// the drafts from first on merge into the earliest, unless one is stated as exhaustive.
func (ac *articleContext) mergeSetClauses(ds []draft, first int, si *sentInfo) []draft {
	if len(ds)-first < 2 {
		return ds
	}
	out := ds[:first]
	for _, d := range ds[first:] {
		merged := false
		for k := first; k < len(out); k++ {
			o := &out[k]
			if o.topic != d.topic || o.exhaustive || d.exhaustive || o.ownNaming != d.ownNaming || ac.speakerAt(si.s.Index, o.pos) != ac.speakerAt(si.s.Index, d.pos) {
				continue
			}
			members := slices.Clone(o.members)
			for _, m := range d.members {
				members = appendSorted(members, m)
			}
			o.members = members
			merged = true
			break
		}
		if !merged {
			out = append(out, d)
		}
	}
	return out
}

// troopsOfListedStates: "U.S. and Turkish troops" is "U.S. troops and Turkish troops": in a
// list that names a state, troops named by a state's adjective stand for that state.
func (ac *articleContext) troopsOfListedStates(si *sentInfo, ms []mention) []mention {
	if !slices.ContainsFunc(ms, func(m mention) bool { return m.e.Type == "country" }) {
		return ms
	}
	var out []mention
	for k, m := range ms {
		if m.e.Type != "military" {
			continue
		}
		for _, h := range si.entHits {
			if e := ac.l.entities[h.idx]; h.start >= m.start && h.end <= m.end && ac.l.demonym[h.idx] && e.Type == "country" {
				if out == nil {
					out = slices.Clone(ms)
				}
				out[k].e = e
				break
			}
		}
	}
	if out == nil {
		return ms
	}
	return out
}

// sponsorshipObject decides whether a sponsorship cue is about the ceasefire or the talks:
// whichever noun is nearest (the first in token order on a tie).
func (ac *articleContext) sponsorshipObject(si *sentInfo, h hit) string {
	nouns := si.nouns
	bestK, bestDist := -1, 1<<30
	consider := func(k int) {
		c := nouns[k]
		if c.cat != catTalks && ac.insideTalksAppositive(si, c) {
			return // "Peace treaty talks, stalled since the text was initialled ..., resume under EU auspices"
		}
		// A noun behind an attribution after the cue belongs to the source's description
		// ("under X sponsorship, according to diplomats familiar with the plans").
		if c.start >= h.end && ac.attributionBetween(si, h.end, c.start) {
			return
		}
		d := c.start - h.end
		if d < 0 {
			d = h.start - c.end
		}
		if d < 0 {
			d = 0
		}
		if d < bestDist || d == bestDist && k < bestK {
			bestK, bestDist = k, d
		}
	}
	// Of the nouns after the cue the first is nearest; before it, a noun starting more than
	// longest+bestDist tokens back is further than the best (nouns are in start order).
	after := sort.Search(len(nouns), func(k int) bool { return nouns[k].start >= h.end })
	if after < len(nouns) {
		consider(after)
	}
	for k := after - 1; k >= 0 && nouns[k].start+ac.l.longest >= h.start-bestDist; k-- {
		consider(k)
	}
	// "الذي أشار إلى أن الاتحاد الأوروبي سيرعى الاجتماع", "will host the meeting": a meeting
	// that is the verb's object (right after it, or after an article) is the talks; one named
	// before ("اجتماعات تدور في أنقرة ... برعاية تركية") may be the deal's own negotiation.
	for _, m := range hitsStartingIn(si.hitsOf(catMeeting), h.end, h.end+1) {
		if d := m.start - h.end; d < bestDist && (d == 0 || ac.l.fw.definiteArticles[si.tokText(h.end)]) {
			return "talks.sponsors"
		}
	}
	if ac.meetingQualifiedBy(si, h) {
		return "talks.sponsors" // "a video call hosted by Moscow", "اتصال مرئي جرى برعاية روسية"
	}
	if ac.talksBeforeAgent(si, h) {
		return "talks.sponsors" // "مفاوضات أديس أبابا التي انطلقت ... برعاية الاتحاد الأفريقي" (sponsors_talks_before_agent.go)
	}
	if bestK >= 0 && ac.meetingOfCueBefore(si, h, bestDist) {
		return "talks.sponsors"
	}
	if bestK < 0 {
		// "The meeting is to be convened jointly by Ethiopia and IGAD": the meeting the cue's
		// passive has for subject is the talks.
		for _, m := range hitsStartingIn(si.hitsOf(catMeeting), h.start-8, h.start-1) {
			if m.end <= h.start && !boundaryIn(si, m.end, h.start) && !punctIn(si, m.end, h.start) {
				return "talks.sponsors"
			}
		}
		// "France may join as a third sponsor, he said." after a sentence on the talks: the
		// noun of the sentence before.
		if i := si.s.Index - 1; i >= 0 && !si.has[catMeeting] {
			if prev := ac.infos[i].nouns; len(prev) > 0 {
				if prev[len(prev)-1].cat == catTalks {
					return "talks.sponsors"
				}
				return "ceasefire.mediators"
			}
		}
		return ""
	}
	if nouns[bestK].cat == catTalks || ac.talksAbout(si, nouns[bestK]) || ac.talksHeadBeforeTruce(si, h, nouns[bestK]) || ac.talksOnTruce(si, h, nouns[bestK]) {
		return "talks.sponsors"
	}
	return "ceasefire.mediators"
}

// meetingOfCueBefore: a meeting noun ends before the cue at h, nearer than dist tokens, in its
// clause with no punctuation between but a comma right before the cue ("بعد لقاءات احتضنتها
// العاصمة طرابلس اليوم الثلاثاء برعاية X، تم التوصل إلى اتفاق", "اجتماعاً موسعاً لهيئة
// العمل ...، برعاية X، للبحث في تثبيت وقف إطلاق النار"): the cue qualifies the meeting, the round
// of talks, though a relative clause or a date stands between; the truce named further on is
// what the meeting was about.
func (ac *articleContext) meetingOfCueBefore(si *sentInfo, h hit, dist int) bool {
	if !si.has[catMeeting] {
		return false
	}
	end := h.start
	if end > 0 && isComma(si.tokText(end-1)) {
		end--
	}
	for _, m := range hitsStartingIn(si.hitsOf(catMeeting), h.start-dist-ac.l.longest, h.start-1) {
		if m.end <= end && h.start-m.end < dist && !punctIn(si, m.end, end) && !si.boundaryIn(m.end, h.start) {
			return true
		}
	}
	return false
}

// insideTalksAppositive: the noun sits in an appositive set off by commas right after a talks
// noun ("Peace treaty talks, stalled since the text was initialled in 2025, are to resume"): it
// describes the talks and is not what a later cue is about.
func (ac *articleContext) insideTalksAppositive(si *sentInfo, n hit) bool {
	for _, t := range si.hitsOf(catTalks) {
		if t.end > n.start {
			break
		}
		if e := appositiveEnd(si, t.end); e > t.end && n.end <= e {
			return true
		}
	}
	return false
}

// attributionBetween: an attribution phrase or verb starts in [from, to).
func (ac *articleContext) attributionBetween(si *sentInfo, from, to int) bool {
	return len(hitsStartingIn(si.hitsOf(catAttrPrep), from, to-1)) > 0 || len(hitsStartingIn(si.hitsOf(catAttrVerb), from, to-1)) > 0
}

// isWithCue: the sponsorship cue is the preposition "with" (مع), which needs a named state.
func (ac *articleContext) isWithCue(si *sentInfo, h hit) bool {
	return h.end-h.start == 1 && si.tokIn(h.start, classComitative, ac.l.fw.comitatives)
}

// speakerState: the state or body the speaker at pos stands for.
func (ac *articleContext) speakerState(si *sentInfo, pos int) string {
	sp := ac.speakerAt(si.s.Index, pos)
	if sp == nil {
		return ""
	}
	switch {
	case sp.SpeaksFor != "":
		return sp.SpeaksFor
	case sp.Type == "country":
		return sp.ID
	case sp.Affiliation != "":
		if a := ac.x.data.Gazetteer.Entity(sp.Affiliation); a != nil && a.Type == "country" {
			return a.ID
		}
	case sp.Country != "" && sp.Type == "government":
		return sp.Country
	}
	return ""
}

func appendSorted(xs []string, x string) []string {
	for _, y := range xs {
		if y == x {
			return xs
		}
	}
	xs = append(xs, x)
	sort.Strings(xs)
	return xs
}

// isSpeakerMention: the mention is who says the sentence ("…, the Omani foreign ministry said").
func isSpeakerMention(si *sentInfo, m mention, subjectFirst bool, longest int) bool {
	if subjectFirst {
		// "..., the ministry said"
		return len(si.hitsOfAt(catAttrVerb, m.end)) > 0 || len(si.hitsOfAt(catAttrVerb, m.end+1)) > 0
	}
	// "قالت الوزارة": a verb ending where the name starts began at most longest tokens before.
	for s := max(m.start-longest, 0); s < m.start; s++ {
		for _, h := range si.hitsOfAt(catAttrVerb, s) {
			if h.end == m.start && !endsInTaMarbuta(si, h) {
				return true
			}
		}
	}
	return false
}

// alongsideBefore: "إلى جانب", "along with" ends right before pos; a bare conjunction or "with"
// (and, مع) does not count.
func (ac *articleContext) alongsideBefore(si *sentInfo, pos int) bool {
	for _, h := range si.hitsOf(catAlongside) {
		if t := si.tokText(h.start); h.end == pos && !ac.l.fw.conjunctions[t] && !ac.l.fw.comitatives[t] {
			return true
		}
	}
	return false
}

// withBefore: the preposition with/مع sits right before pos.
func (ac *articleContext) withBefore(si *sentInfo, pos int) bool {
	return si.tokIn(pos-1, classComitative, ac.l.fw.comitatives)
}

// aidBefore: a humanitarian cue just before pos ("إدخال المساعدات ... بإشراف الأمم المتحدة").
func (ac *articleContext) aidBefore(si *sentInfo, pos int) bool {
	for _, h := range ac.cuesOf(si, refHumanitarian) {
		if h.end <= pos && pos-h.end <= 5 {
			return true
		}
	}
	return false
}

// aidAfter: a humanitarian cue follows soon after pos ("مراقبين يكلفون الإشراف على عمليات إجلاء")
// in the same clause; "ستتولى مراقبة الهدنة، فضلاً عن تسهيل وصول المساعدات" monitors the truce.
func (ac *articleContext) aidAfter(si *sentInfo, pos int) bool {
	for _, h := range ac.cuesOf(si, refHumanitarian) {
		if h.start >= pos && h.start-pos <= 6 && !si.boundaryIn(pos, h.start) && !ceasefireObject(si, pos, h.start) {
			return true
		}
	}
	return false
}

// ceasefireObject: a ceasefire noun is the object right after the cue ending at pos, before end.
func ceasefireObject(si *sentInfo, pos, end int) bool {
	for _, c := range si.hitsOf(catCeasefire) {
		if c.start >= pos && c.start <= pos+1 && c.start < end {
			return true
		}
	}
	return false
}

// exchangeBefore: an exchange cue just before pos ("an exchange of prisoners under the auspices
// of the ICRC", "عملية تبادل الأسرى التي ستشرف عليها"): the body oversees the exchange.
func (ac *articleContext) exchangeBefore(si *sentInfo, pos int) bool {
	for _, h := range ac.cuesOf(si, refExchange) {
		if h.end <= pos && pos-h.end <= 8 && !si.boundaryIn(h.end, pos) {
			return true
		}
		// "the prisoner swap, agreed ..., is expected to start next week, with the ICRC acting
		// as intermediary": the exchange is the clause's subject; "with X acting as" describes
		// how it is carried out.
		if h.end <= pos && pos-h.end <= 32 && !si.boundaryIn(h.end, pos) && ac.withActingAs(si, pos) {
			return true
		}
	}
	return false
}

// withActingAs: the cue at pos closes an absolute phrase "with X acting as" (مع ... بدور): the
// comitative opens it within a few words before the cue, a name right after it.
func (ac *articleContext) withActingAs(si *sentInfo, pos int) bool {
	for k := pos - 1; k >= 0 && k >= pos-12; k-- {
		if si.tokIn(k, classComitative, ac.l.fw.comitatives) {
			_, named := ac.mentionWithin(si, k+1, 1, false)
			return named && isComma(si.tokText(k-1))
		}
	}
	return false
}

// withdrawalBefore: a withdrawal or handover cue just before pos in its clause ("تطالب بانسحاب
// القوات الروسية منها وتسليمها بإشراف الوكالة", "must leave it under IAEA supervision").
func (ac *articleContext) withdrawalBefore(si *sentInfo, pos int) bool {
	for _, h := range ac.cuesOf(si, refWithdrawal) {
		if h.end <= pos && pos-h.end <= 8 && !si.boundaryIn(h.end, pos) && !ac.newThatClause(si, h.end, pos) {
			return true
		}
	}
	return false
}

// newThatClause: a comma then a complementizer or a subject pronoun in [from, to) open another
// clause ("... بالانسحاب من السيطرات، وإن فرق البعثة ستراقب", "obliges the SSPDF to withdraw,
// and we expect UNISFA to verify that"): what precedes is not the cue's object.
func (ac *articleContext) newThatClause(si *sentInfo, from, to int) bool {
	comma := false
	for k := from; k < to; k++ {
		comma = comma || isComma(si.toks[k].text)
		if !comma {
			continue
		}
		w := si.tokText(k)
		if si.tokIn(k, classComplementizer, ac.l.fw.complementizers) || ac.l.fw.complementizers[ac.l.fw.withoutConjunction(w)] || ac.l.fw.subjectPronouns[w] {
			return true
		}
	}
	return false
}

// placeAfterLocative: a city right after a locative ("the operations room in Cairo", "غرفة
// المراقبة في القاهرة") is where something is, not a member.
func placeAfterLocative(si *sentInfo, m mention) bool {
	if m.e.Type != "city" {
		return false
	}
	for k := m.start - 1; k >= 0 && k >= m.start-2; k-- {
		if si.startsAt(catLocative, k) {
			return true
		}
	}
	return false
}

// listedWithOthers: the theatre's own state counts as a member when it is listed with others
// ("تضم ... إلى جانب لبنان وإسرائيل", "the United States, France and Lebanon").
func (ac *articleContext) listedWithOthers(si *sentInfo, m mention) bool {
	if ac.alongsideBefore(si, m.start) {
		return true
	}
	// "Ankara and Washington", "وساطة تركية أميركية": the theatre's state listed first.
	if n := si.firstMentionFrom(m.end); n < len(si.ents) && setMember(si.ents[n]) {
		next := si.ents[n]
		// "The Centre and the church leaders": past the next name's article too.
		gap := next.start - m.end
		if gap == 2 && ac.l.fw.definiteArticles[si.tokText(m.end+1)] {
			gap = 1
		}
		if next.start == m.end && hasAnyPrefix(si.tokText(next.start), ac.l.fw.conjunctionPrefixes) || gap == 1 && (ac.l.fw.conjunctions[si.tokText(m.end)] || isComma(si.tokText(m.end))) {
			return true
		}
	}
	k := si.mentionsEndingBy(m.start) - 1
	if k < 0 || m.start-si.ents[k].end > 1 || !setMember(si.ents[k]) {
		return false
	}
	// "X and Lebanon", or the clitic conjunction: "وإسرائيل" starts the mention's own token.
	return m.start-si.ents[k].end == 1 && (ac.l.fw.conjunctions[si.tokText(m.start-1)] || isComma(si.tokText(m.start-1))) ||
		m.start == si.ents[k].end && hasAnyPrefix(si.tokText(m.start), ac.l.fw.conjunctionPrefixes)
}

// frameBefore: the words of a frame right before pos that link a cue to its list: a copula
// ("the guarantors of the deal were X", "الضامنين هم X") or "alongside" ("ضامن رابع إلى جانب X").
func (ac *articleContext) frameBefore(si *sentInfo, pos int) int {
	for _, h := range si.hitsOf(catAlongside) {
		if h.end == pos && !ac.l.fw.conjunctions[si.tokText(h.start)] && !si.tokIn(h.start, classComitative, ac.l.fw.comitatives) {
			return h.end - h.start + 1 // and the word it follows ("رابع")
		}
	}
	for k := pos - 1; k >= 0 && k >= pos-2; k-- {
		t := si.tokText(k)
		if ac.l.fw.copulas[t] || ac.l.fw.subjectPronouns[t] {
			return pos - k + 2 // the copula, an article, and "of the deal"
		}
	}
	return 0
}

// negationBetween: a negation word in [from, to) ("Turkey has no role ... as a guarantor").
func (ac *articleContext) negationBetween(si *sentInfo, from, to int) bool {
	for _, n := range hitsStartingIn(si.hitsOf(catNegation), from, to-1) {
		if insideOnly(si, n.start) {
			continue
		}
		if si.trap[n.start] && si.startsAt(catOnly, n.end) {
			// "Oman not only brokered the deal but also ...": a negated "only" denies nothing.
			continue
		}
		return true
	}
	return false
}

// insideOnly: token k lies inside an "only" phrase (lexicon only: "and nobody else", "and no
// one else", "not by outsiders"), whose negation leaves out everyone but the list.
func insideOnly(si *sentInfo, k int) bool {
	return onHit(si.hitsOf(catOnly), k)
}

// coordinatedRun keeps, of names collected after a cue, the run joined by commas, conjunctions
// and articles: "بوساطة قطرية، وبمشاركة الولايات المتحدة" names one mediator, the other only
// takes part.
func coordinatedRun(ac *articleContext, si *sentInfo, ms []mention) []mention {
	for k := 1; k < len(ms); k++ {
		for i := ms[k-1].end; i < ms[k].start; i++ {
			t := si.tokText(i)
			if isComma(t) || ac.l.fw.conjunctions[t] || ac.l.fw.definiteArticles[t] || si.toks[i].punct {
				continue
			}
			if inc := si.startsAt(catIncluding, i); inc {
				continue
			}
			if ac.alongsideBefore(si, ms[k].start) && !commaIn(si, ms[k-1].end, ms[k].start) && !ac.conjoinedAlongside(si, ms[k].start) {
				// "X, Y (Z) إلى جانب لبنان وإسرائيل", "رعتها بعثة يونامي بمشاركة وجهاء"; set
				// off by a comma ("بوساطة قطرية، وبمشاركة الولايات المتحدة") it adds who took
				// part, not another member.
				continue
			}
			return ms[:k]
		}
	}
	return ms
}

// talksAbout: the agreement noun is what talks named just before it are about ("جولة
// المفاوضات على الاتفاق النهائي", "talks on a comprehensive peace agreement").
func (ac *articleContext) talksAbout(si *sentInfo, n hit) bool {
	if n.cat != catAgreement {
		return false
	}
	for _, t := range hitsStartingIn(si.hitsOf(catTalks), n.start-ac.l.longest-3, n.start-1) {
		if t.end <= n.start && n.start-t.end <= 3 && !si.boundaryIn(t.end, n.start) {
			return true
		}
	}
	return false
}

// copulaAfter: a copula within window tokens after pos, with no boundary between.
func (ac *articleContext) copulaAfter(si *sentInfo, pos, window int) int {
	for k := pos; k < len(si.toks) && k <= pos+window; k++ {
		if si.boundary[k] {
			return -1
		}
		if si.tokIn(k, classSubjectPronoun, ac.l.fw.subjectPronouns) && ac.attributionBetween(si, k+1, k+2) {
			continue // "The monitoring, she stressed, is UNISFA's alone": a parenthetical, not the copula
		}
		if si.tokIn(k, classCopula, ac.l.fw.copulas) || si.tokIn(k, classSubjectPronoun, ac.l.fw.subjectPronouns) {
			return k
		}
	}
	return -1
}

// skipAppositive: when the verb at pos follows an appositive set off by commas ("A mechanism
// ..., made up of officers under AU chairmanship, will monitor"), the position of its opening
// comma, so the subject is read before it; else pos. Only a name right before the opening comma
// makes it an appositive.
func (ac *articleContext) skipAppositive(si *sentInfo, pos int) int {
	// The verb may carry an auxiliary before it ("، will monitor", "، ستتولى مراقبة").
	k := pos - 1
	for n := 0; n < 2 && k >= 0 && !si.toks[k].punct; n++ {
		if _, ok := si.mentionAt(k); ok {
			return pos
		}
		k--
	}
	if k < 0 || !isComma(si.tokText(k)) {
		return pos
	}
	for j := k - 1; j > 0; j-- {
		t := si.toks[j]
		if t.punct && clauseBreakPunct(t.text) || si.boundary[j] && !isComma(t.text) && !ac.contrastOpening(si, j) {
			return pos
		}
		if t.punct && isComma(t.text) {
			if m := si.mentionsEndingBy(j) - 1; m >= 0 && si.ents[m].end == j {
				return j
			}
			return pos
		}
	}
	return pos
}

// listedCoalitions: a coalition named by listing its members ("mediators Egypt, Qatar and the
// United States said") states who its members are, in the role the gazetteer gives it; the
// naming is the outlet's.
func (ac *articleContext) listedCoalitions(out []draft, si *sentInfo) []draft {
	for _, m := range si.ents {
		if len(m.e.Members) == 0 || m.context || !ac.ceasefire || !ac.listsWithHead(si, m) {
			continue
		}
		topic := ""
		switch m.e.Role {
		case "mediator":
			topic = "ceasefire.mediators"
		case "guarantor":
			topic = "ceasefire.guarantors"
		case "monitor":
			topic = "ceasefire.monitors"
		default:
			continue
		}
		out = append(out, draft{topic: topic, members: ac.memberIDs([]mention{m}), pos: m.start, rule: "set.listed_coalition", ownNaming: true})
	}
	return out
}

// namesItsSpeaker: the members qualify the cue noun that is itself the subject of the verb of
// saying ("Saudi and U.S. mediators announced", "أعلن الوسطاء السعوديون والأميركيون"): who they
// are is the outlet's own naming, not what the mediators say.
func (ac *articleContext) namesItsSpeaker(si *sentInfo, h hit, ms []mention) bool {
	if len(ms) == 0 {
		return false
	}
	cue := mention{start: h.start, end: h.end}
	if m, ok := si.mentionAt(h.start); ok {
		cue = m // the cue word is a name of the mediators ("الوسطاء")
	}
	adjacent := false
	for _, m := range ms {
		if m.end == h.start || m.start == cue.end || ac.possessorBeforeCue(si, m, h) {
			adjacent = true
		}
	}
	return adjacent && ac.roleTitlesSpeaker(si, h) // sets_title_on_speaker.go
}

// listsWithHead: the name is a head noun with two or more state or body names ("mediators Egypt,
// Qatar and the United States"); a bare conjunction of states ("the United States and France"),
// adjectives ("البيان الأميركي الفرنسي") or a statement ("joint statement of ...") is not.
func (ac *articleContext) listsWithHead(si *sentInfo, m mention) bool {
	inner := make([]bool, m.end-m.start)
	names := 0
	for _, h := range si.entHits {
		if h.start < m.start || h.end > m.end || ac.l.demonym[h.idx] || !slices.Contains(m.e.Members, ac.l.entities[h.idx].ID) {
			continue // only the coalition's own members count ("منبر جدة" names a city)
		}
		names++
		for k := h.start; k < h.end; k++ {
			inner[k-m.start] = true
		}
	}
	if names < 2 || len(hitsStartingIn(si.hitsOf(catStatementNoun), m.start, m.end-1)) > 0 {
		return false
	}
	for k, in := range inner {
		t := si.tokText(m.start + k)
		if !in && !si.toks[m.start+k].punct && !ac.l.fw.conjunctions[t] && !ac.l.fw.definiteArticles[t] {
			return true
		}
	}
	return false
}

// qualifiesCue: every member stands right before the cue or right after the name it starts.
func qualifiesCue(ms []mention, h hit, name mention) bool {
	if len(ms) == 0 {
		return false
	}
	for k, m := range ms {
		if m.end != h.start && m.start != name.end && (k == 0 || m.start-ms[k-1].end > 1 && ms[k-1].start-m.end > 1) {
			return false
		}
	}
	return true
}

// relativeMemberAntecedent: the cue h sits in a relative clause whose pronoun is its subject
// (", which led the mediation", "Washington and Paris, which brokered the agreement"): the
// members named right before the comma that opens the clause. A clause whose cue has its own
// members right after it ("، الذي جرى التوصل إليه بوساطة أميركية فرنسية") keeps them.
func (ac *articleContext) relativeMemberAntecedent(si *sentInfo, h hit, member func(mention) bool) []mention {
	if m, ok := ac.mentionWithin(si, h.end, 1, false); ok && member(m) {
		return nil
	}
	for _, r := range hitsStartingIn(si.hitsOf(catRelPron), h.start-4, h.start-1) {
		if si.boundaryIn(r.end, h.start) || h.start-r.end > 3 {
			continue
		}
		if k := si.firstMentionFrom(r.end); k < len(si.ents) && si.ents[k].start < h.start {
			continue // the clause names its own subject
		}
		k := r.start - 1
		for k >= 0 && si.toks[k].punct && (isComma(si.toks[k].text) || isQuote(si.toks[k].text)) {
			k--
		}
		if k == r.start-1 {
			continue // no comma: a restrictive clause ("the talks that Oman hosted")
		}
		if ms := nearestGroup(collectBackward(si, k+1, 12, member)); len(ms) > 0 && ms[0].end == k+1 {
			return ms
		}
	}
	return nil
}

// observerAtMeeting: the monitors cue names a seat at a meeting named just before it in its
// clause ("attended the final session as an observer", "حضرت الجلسات بصفة مراقب"), not a
// watch over the truce, unless a ceasefire noun follows as its object ("as an observer of the
// truce").
func (ac *articleContext) observerAtMeeting(si *sentInfo, h hit) bool {
	if !si.has[catMeeting] {
		return false
	}
	for _, m := range hitsStartingIn(si.hitsOf(catMeeting), h.start-8, h.start-1) {
		if m.end <= h.start && h.start-m.end <= 4 && !si.boundaryIn(m.end, h.start) {
			return !ac.nounNear(si, si.hitsOf(catCeasefire), h.end, 3)
		}
	}
	return false
}

// aidObject: a humanitarian cue is the object right after the verb ending at pos ("facilitate
// humanitarian convoys", "تسهيل دخول المساعدات"), at most an article or adjective between.
func (ac *articleContext) aidObject(si *sentInfo, pos int) bool {
	for _, h := range ac.cuesOf(si, refHumanitarian) {
		if h.start >= pos && h.start-pos <= 2 && !si.boundaryIn(pos, h.start) {
			return true
		}
	}
	return false
}

// negatedExceptOnly: an exception word (سوى, إلا, other than, but) right after the cue and a
// negation before it in its clause ("لم يمنح هذه الهدنة ضامناً سوى مجلس الأمن", "there is no
// monitor but the UN mission"): the names after the exception are the only members.
func (ac *articleContext) negatedExceptOnly(si *sentInfo, h hit) bool {
	x := ac.exceptWordEnd(si, h)
	if x < 0 {
		return false
	}
	// "الرقابة لن تكون إلا عبر X", "monitoring will be by none but X": the negation follows the
	// noun, before the exception word.
	for k := h.end; k < x; k++ {
		if k == h.end && ac.anyOtherThanAt(si, h) {
			continue // «أي ضامن غير X»: the exception word, no negation (غير معنية)
		}
		if n, ok := si.hitAt(catNegation, k); ok && n.start == k && !si.trap[k] {
			return true
		}
	}
	for k := h.start - 1; k >= 0 && k >= h.start-6; k-- {
		if si.boundary[k] {
			return false
		}
		if n, ok := si.hitAt(catNegation, k); ok && n.start == k && !si.trap[k] {
			return true
		}
	}
	return false
}

// sameClauseGroup cuts a group collected backwards (nearest first) where a complementizer or a
// quotation closed before a comma parts two names: "... خارج منظومة الأمم المتحدة"، وأن مجلس الأمن هو الضامن"
// lists only the Security Council.
func (ac *articleContext) sameClauseGroup(si *sentInfo, ms []mention) []mention {
	for k := 1; k < len(ms); k++ {
		quote, comma := false, false
		for i := ms[k].end; i < ms[k-1].start; i++ {
			if si.tokIn(i, classComplementizer, ac.l.fw.complementizers) {
				return ms[:k]
			}
			t := si.toks[i]
			quote = quote || t.punct && isQuote(t.text)
			comma = comma || isComma(t.text)
		}
		if quote && comma {
			return ms[:k] // a quotation closed before the comma: "X و"Y"" stays one list
		}
	}
	return ms
}

// carriedOutBy: the monitoring noun is the subject of a passive verb whose agent is a body of
// the members ("Monitoring of the truce will be carried out exclusively by a mechanism of the
// AES"): the members after the agent word, past a short unnamed head noun.
func (ac *articleContext) carriedOutBy(si *sentInfo, h hit, member func(mention) bool) []mention {
	for p := h.end; p < len(si.toks) && p <= h.end+10; p++ {
		if si.boundary[p] && !isQuote(si.toks[p].text) {
			return nil
		}
		if e := ac.attributionInsertEnd(si, p); e > p {
			p = e // "Monitoring, Haddad added, "is a matter for X"": past who says it
			continue
		}
		if m, ok := si.mentionAt(p); ok && !ac.countryAdjective(m) {
			return nil // a name before the agent: the cue's own object or another clause
		} else if ok {
			// "المراقبة شأن ليبي خالص تتولاه X", "a purely Libyan matter": an adjective.
			p = m.end - 1
			continue
		}
		from := p + 1
		holder := member
		if end := ac.holderLinkAt(si, p); end > p {
			// "Monitoring falls to X", "المراقبة ستتولاها X", "مراقبة الالتزام مهمة X": a link
			// that hands the task to its holder, as the passive agent word does. A side's own
			// government may hold it ("مهمة الحكومة السورية ومؤسساتها حصراً"). A negated link
			// hands it to nobody ("is not a matter for the United Nations").
			if negatedAt(si, p) {
				return nil
			}
			from = end
			holder = func(m mention) bool { return member(m) || ac.governmentHolder(si, m, end) }
		} else if !ac.passiveAgentWord(si, p) {
			continue
		}
		if ms := collectForward(si, from, 4, holder, nil); len(ms) > 0 && ms[0].start <= from+4 && !si.boundaryIn(from, ms[0].start) {
			return coordinatedRun(ac, si, ms)
		}
		return nil
	}
	return nil
}

// holderLinkAt: the end of a monitors cue marked "holder" starting at p (falls to, مهمة, تتولاها):
// a word handing the monitoring named before it to the names after it; -1 when none starts there.
func (ac *articleContext) holderLinkAt(si *sentInfo, p int) int {
	for _, h := range ac.cuesOf(si, refMonitors) {
		if h.start == p && ac.l.topicCue[h.idx].Object == "holder" {
			return h.end
		}
	}
	return -1
}

// contextDual: a mention read through a context alias whose word carries a dual ending (الجيشين).
func (ac *articleContext) contextDual(si *sentInfo, m mention) bool {
	return m.context && hasAnySuffix(si.toks[m.end-1].text, ac.l.lex.Clitics.DualSuffixes)
}

// holderLink: the cue is a holder link, no monitoring word of its own.
func (ac *articleContext) holderLink(h hit) bool {
	return ac.l.topicCue[h.idx].Object == "holder"
}

// conjoinedAlongside: the alongside phrase ending at pos is itself coordinated ("برعاية قطرية
// أمريكية وبمشاركة الاتحاد الأفريقي", "and with the participation of"): a phrase parallel to
// the cue's, naming who took part, not more members.
func (ac *articleContext) conjoinedAlongside(si *sentInfo, pos int) bool {
	for _, h := range si.hitsOf(catAlongside) {
		if h.end != pos {
			continue
		}
		t := si.toks[h.start].text
		if ac.l.fw.conjunctions[si.tokText(h.start-1)] || ac.l.fw.withoutConjunction(t) != t {
			return true
		}
	}
	return false
}

// setRule names the rule of a set draft of topic t ("set.mediators", "set.sponsors").
func setRule(t string) string {
	return "set." + strings.TrimPrefix(strings.TrimPrefix(t, "ceasefire."), "talks.")
}

// spanWith widens the token span [from, to) to cover the mentions ms: a cue and its list.
func spanWith(from, to int, ms []mention) (int, int) {
	for _, m := range ms {
		from, to = min(from, m.start), max(to, m.end)
	}
	return from, to
}

// afterLastComma: the token after the last comma in [lo, hi), or lo if none.
func afterLastComma(si *sentInfo, lo, hi int) int {
	for k := hi - 1; k >= lo; k-- {
		if isComma(si.tokText(k)) {
			return k + 1
		}
	}
	return lo
}

// commaIn: a comma lies in [from, to).
func commaIn(si *sentInfo, from, to int) bool {
	for k := max(from, 0); k < to && k < len(si.toks); k++ {
		if isComma(si.toks[k].text) {
			return true
		}
	}
	return false
}

// antecedentBeforeAlongside: the alongside phrase before the name at pos opens a relative
// clause's predicate ("X، الذي سيكون إلى جانب Y ضامناً", "X, which will act alongside Y as"):
// X, the relative pronoun's antecedent set off by a comma; nil otherwise.
func (ac *articleContext) antecedentBeforeAlongside(si *sentInfo, pos int, member func(mention) bool) []mention {
	for _, a := range si.hitsOf(catAlongside) {
		if a.end != pos {
			continue
		}
		for _, r := range hitsStartingIn(si.hitsOf(catRelPron), a.start-4, a.start-1) {
			if r.start == 0 || !isComma(si.tokText(r.start-1)) || si.boundaryIn(r.end, a.start) {
				continue
			}
			if k := si.mentionsEndingBy(r.start-1) - 1; k >= 0 && si.ents[k].end == r.start-1 && member(si.ents[k]) {
				return []mention{si.ents[k]}
			}
		}
	}
	return nil
}

// otherObjectBeforeComma: a verb cue of the deal or talks (lexicon object "agreement": host,
// sponsor, استضافت) takes an object that runs to a comma or the clause's end and holds no truce,
// deal, talks or meeting noun, nor does one stand before the cue in its clause ("talks hosted
// by Turkey"): it hosts something else ("Doha would host the World Cup, and talks on the truce
// resumed").
func (ac *articleContext) otherObjectBeforeComma(si *sentInfo, h hit) bool {
	if ac.l.topicCue[h.idx].Object != "agreement" || h.end >= len(si.toks) || si.toks[h.end].punct || ac.l.fw.prepositions[si.tokText(h.end)] || ac.l.fw.agentWordAt(si, h.end) || ac.l.fw.objectPronouns[si.tokText(h.end)] || ac.l.fw.pronounSuffixed(si, h) {
		return false
	}
	end := -1
	for k := h.end; k < len(si.toks); k++ {
		if isComma(si.toks[k].text) || si.boundary[k] {
			end = k
			break
		}
	}
	if end < 0 {
		return false // the object may run on to a noun of the talks
	}
	if k := si.mentionsEndingBy(end) - 1; k >= 0 && si.ents[k].end == end {
		return false // "ترعى فيها تركيا، أبرز داعمي الفصائل، اتفاقاً": a name set off by an appositive
	}
	near := func(c hit) bool {
		return c.start >= h.end && c.start < end || c.end <= h.start && !boundaryIn(si, c.end, h.start) && !punctIn(si, c.end, h.start)
	}
	for _, c := range si.nouns {
		if near(c) {
			return false
		}
	}
	for _, c := range si.hitsOf(catMeeting) {
		if near(c) {
			return false
		}
	}
	return true
}

// agentWordAt: the token at k opens a passive agent phrase ("sponsored by", "من قبل"): the verb
// before it has no object.
func (fw *functionWords) agentWordAt(si *sentInfo, k int) bool {
	for _, p := range fw.passiveAgents {
		if len(p) > 0 && si.tokText(k) == p[0] {
			return true
		}
	}
	return false
}

// partyObject: the verb ending at pos has for direct object (maybe past an article) a side of
// the war or a person standing for one, not talks nor a member: "hosts the Polisario leadership".
func (ac *articleContext) partyObject(si *sentInfo, pos int) bool {
	m, ok := si.mentionAt(pos)
	if !ok && ac.l.fw.definiteArticles[si.tokText(pos)] {
		m, ok = si.mentionAt(pos + 1)
	}
	if !ok || m.demonym {
		return false
	}
	switch m.e.Type {
	case "armed_group", "military":
		return true
	case "person":
		// A person stands for their body: a side's leader is hosted ("hosts the Polisario
		// leader"), a broker's sheikh or envoy brokers ("brokered by Sheikh Kasho",
		// "with help from Sufi leader Sheikh X").
		a := ac.x.data.Gazetteer.Entity(m.e.Affiliation)
		return a == nil || a.Type == "armed_group" || a.Type == "military"
	}
	return false
}

// exceptWordEnd: where an exception word after the cue ends, else -1. It may follow the cue
// right away ("ضامناً سوى") or past a short complement naming no one ("بضامن لهذا الاتفاق سوى
// مصر", "no guarantor of this deal other than X"). Right after a cue that "any" determines, a
// word of lexicon any_other_than_words is one too («بأي ضامن غير جنوب السودان»).
func (ac *articleContext) exceptWordEnd(si *sentInfo, h hit) int {
	if ac.anyOtherThanAt(si, h) {
		return h.end + 1
	}
	for p := h.end; p < len(si.toks) && p <= h.end+4; p++ {
		if x, ok := si.hitAt(catExceptOnly, p); ok && x.start == p && !si.trap[p] {
			return x.end
		}
		if si.quoteAt(p) {
			continue // "الرقابة "لن تكون إلا عبر X"": the quotation opens on the predicate
		}
		if si.toks[p].punct || si.boundary[p] {
			return -1
		}
		if _, named := si.mentionAt(p); named {
			return -1
		}
	}
	return -1
}

// anyOtherThanAt: right after the cue h, which "any" determines, stands a word of lexicon
// any_other_than_words and a name right after it: «بأي ضامن غير جنوب السودان», «أي ضامن غير
// إيغاد». Before no name the word is "non-" («أي ضامن غير محايد», any non-neutral guarantor).
func (ac *articleContext) anyOtherThanAt(si *sentInfo, h hit) bool {
	if h.end+1 >= len(si.toks) || !ac.l.fw.anyOtherThanWords[si.tokText(h.end)] || !ac.anyBefore(si, h.start) {
		return false
	}
	_, named := si.mentionAt(h.end + 1)
	return named
}

// anyBefore: the word before k is a generic determiner, maybe after a preposition clitic
// ("any", أي, «بأي»).
func (ac *articleContext) anyBefore(si *sentInfo, k int) bool {
	if afterGenericDeterminer(ac.l, si, k) {
		return true
	}
	t := si.tokText(k - 1)
	for _, p := range ac.l.fw.prepositionClitics {
		if rest, ok := strings.CutPrefix(t, p); ok && ac.l.fw.genericDeterminers[rest] {
			return true
		}
	}
	return false
}

// quotedAfterClause: between from and to a clause ends (a comma), a complementizer opens what
// is said, and a quotation opens: a name before from is in the narration, a cue at to in the
// quotation; they are not linked.
func (ac *articleContext) quotedAfterClause(si *sentInfo, from, to int) bool {
	comma, comp, quote := false, false, false
	for k := from; k < to && k < len(si.toks); k++ {
		t := si.toks[k]
		comma = comma || t.punct && isComma(t.text)
		comp = comp || comma && si.tokIn(k, classComplementizer, ac.l.fw.complementizers)
		quote = quote || comp && t.punct && isQuote(t.text)
	}
	return quote
}

// namesTheTruce: a state named between an article and the truce noun qualifies the truce ("The
// EU alone guarantees the Kosovo ceasefire", "mediated the Gaza truce"), and a city so named
// qualifies the talks ("the Baghdad talks"): the place, no guarantor, broker or sponsor. Monitors keep qualifiesCeasefire ("UN ceasefire monitors").
func (ac *articleContext) namesTheTruce(si *sentInfo, m mention) bool {
	if neutralBody(m) || m.start == 0 || !ac.l.fw.definiteArticles[si.tokText(m.start-1)] {
		return false
	}
	for _, c := range si.hitsOf(catCeasefire) {
		if c.start == m.end {
			return true
		}
	}
	// "Washington, which co-sponsored the Baghdad talks": a capital naming the talks is their
	// place (venue), not who sponsors them; "the US mediated the Oman talks": so is a state.
	if m.e.Type == "city" || m.e.Type == "country" {
		for _, c := range si.hitsOf(catTalks) {
			if c.start == m.end {
				return true
			}
		}
	}
	return false
}

// contrastOpening: a conjunction then a negation open a contrast appositive at k ("only the
// joint committee, and not IGAD observers, would verify", "، ولا القوات الأجنبية،"): the
// names after it are left out, and the appositive is no new clause.
func (ac *articleContext) contrastOpening(si *sentInfo, k int) bool {
	if k+1 >= len(si.toks) || !ac.l.fw.conjunctions[si.tokText(k)] {
		return false
	}
	if insideOnly(si, k) {
		return false // ", and nobody else,": an "only" phrase (lexicon only), no one left out
	}
	n, ok := si.hitAt(catNegation, k+1)
	return ok && n.start == k+1 && !si.trap[k+1]
}

// subjectBeforeAlongsideAppositive: the names at pos open an appositive "، إلى جانب X،" set off
// right before the cue ("ماليزيا وإندونيسيا ستتوليان، إلى جانب آسيان، ضمان تنفيذ الاتفاق", "Qatar
// and Turkey will, alongside the UN, guarantee it"): the subject before its opening comma, at most
// a verb away, shares the role; denied when that verb is negated.
func (ac *articleContext) subjectBeforeAlongsideAppositive(si *sentInfo, pos int, member func(mention) bool) (ms []mention, denied bool) {
	for _, a := range si.hitsOf(catAlongside) {
		c := a.start - 1
		if a.end != pos || c <= 0 || !isComma(si.tokText(c)) || ac.l.fw.conjunctions[si.tokText(a.start)] {
			continue
		}
		ms = nearestGroup(collectBackward(si, c, 4, member))
		start, end := c, 0
		for _, m := range ms {
			start, end = min(start, m.start), max(end, m.end)
		}
		if len(ms) > 0 && c-end <= 2 && !boundaryIn(si, end, c) {
			// A negation before the subject or on its verb denies them all.
			return ms, negatedBeforeMember(si, start) || ac.negationBetween(si, end, c)
		}
	}
	return nil, false
}
