package claims

import (
	"slices"
	"sort"
	"strings"
)

// partiesRule: "بين X و Y" after a ceasefire or agreement noun.
func (ac *articleContext) partiesRule(out []draft, si *sentInfo) []draft {
	out = ac.partiesAppositives(out, si)
	if !ac.ceasefireContext(si) || ac.otherDealOnly(si) {
		return out
	}
	party := func(m mention) bool { return ac.canBeSide(si, m) }
	// After "between" a capital stands for its state ("بين أنقرة وقسد"), and a district whose
	// entry speaks for its armed men for them ("a truce between Bab al-Tabbaneh and Jabal
	// Mohsen"); elsewhere a city or district is more often a dateline or a place, as it is
	// after a locative ("a ceasefire between Radaa and the 444 Brigade held in Tripoli").
	betweenSide := func(m mention) bool {
		return party(m) || (m.e.Type == "city" || m.e.Type == "region") && m.e.SpeaksFor != "" && !m.place
	}
	// The speaker who announces a deal "with" a side is a side only if it does not broker.
	sideSpeaker := func(m mention) bool { return party(m) && !ac.brokerState(m) }
	// "between itself and X", "بيننا وبين X": read as one cue with its pronoun, not again as a
	// bare "between" whose names run on past X.
	pronounCueAt := map[int]bool{}
	for _, h := range ac.cuesOf(si, refParties) {
		if o := ac.l.topicCue[h.idx].Object; o == "us" || o == "self" {
			pronounCueAt[h.start] = true
		}
	}
	for _, h := range ac.cuesOf(si, refParties) {
		if ac.l.topicCue[h.idx].Object == "" && pronounCueAt[h.start] {
			continue
		}
		if ac.l.topicCue[h.idx].Object == "member" {
			// "X طرف في التفاهم", "it is a party to the truce" (parties_member.go).
			if members := ac.partyMember(si, h, party); len(members) > 0 {
				out = append(out, draft{topic: "ceasefire.parties", members: members, pos: h.start, rule: "parties.member"})
			}
			continue
		}
		if ac.l.topicCue[h.idx].Object == "role" {
			continue // read only with an appositive list (partiesAppositives)
		}
		if ac.l.topicCue[h.idx].Object == "copula" {
			// "the only parties to the agreement were X and Y", "طرفا الاتفاق هما X وY".
			if members, exh, ok := ac.partiesByCopula(si, h, betweenSide); ok {
				out = append(out, draft{topic: "ceasefire.parties", members: members, exhaustive: exh, pos: h.start, rule: "parties.copula"})
			}
			continue
		}
		if ac.l.topicCue[h.idx].Object == "binds" {
			// "the truce, which binds only X and Y", "الاتفاق يضم X وY".
			if ms, exh := ac.sidesBoundByTruce(si, h); len(ms) > 0 {
				out = append(out, draft{topic: "ceasefire.parties", members: ac.sideIDs(ms), exhaustive: exh, pos: h.start, rule: "parties.binds"})
			}
			continue
		}
		if o := ac.l.topicCue[h.idx].Object; o == "us" || o == "self" {
			// "الاتفاق أُبرم بيننا وبين X", "the deal was made between us and X"; "المبرم
			// بينها وبين X", "a deal between itself and X" (parties_us.go).
			if members := ac.sidesWithUs(si, h, betweenSide, o == "self"); len(members) == 2 {
				out = append(out, draft{topic: "ceasefire.parties", members: members, pos: h.start, rule: "parties.us"})
			}
			continue
		}
		if ac.l.topicCue[h.idx].Object == "with" {
			// "أعلنت الحكومة التوصل إلى اتفاق لوقف إطلاق النار ... مع جماعة الحوثي": the
			// announcing side and the side named after "with".
			m, ok := si.mentionAt(h.end)
			sp := ac.speakerAt(si.s.Index, h.start)
			// Right after "with" a capital stands for its state, as after "between" ("agreed
			// with Ankara on a ceasefire").
			// "نفى أن تكون فصائل الحشد طرفاً في أي اتفاق مع البيشمركة": nor one a denial governs.
			// "نفى ... التوصل إلى أي اتفاق لوقف إطلاق النار مع حكومة أنجمينا": "any" agreement is
			// one denied, asked or supposed, never one made.
			if !ok || !betweenSide(m) || sp == nil || !ac.nearCeasefire(si, h.start, 10) || negatedAt(si, h.start-1) || deniedClauseWithin(si, h.start, 20) || ac.anyDealBefore(si, h.start) || ac.withOfAnotherHead(si, h) || !ac.withOfSpeakersAct(si, h) {
				continue // "There is no agreement with Lebanon"; "the border crossing with Chad"
			}
			side := mention{e: sp}
			if sp.Type == "person" && sp.Affiliation != "" {
				if a := ac.x.data.Gazetteer.Entity(sp.Affiliation); a != nil {
					side.e = a
				}
			}
			other := ac.sideID(m)
			side.e = ac.stateOfBodyFacingState(side.e, other)
			if sideSpeaker(side) && side.e.ID != other {
				members := []string{other, side.e.ID}
				sort.Strings(members)
				out = append(out, draft{topic: "ceasefire.parties", members: members, pos: h.start, rule: "parties.with_speaker", inferred: true})
			}
			continue
		}
		if ac.sponsorshipObject(si, h) != "ceasefire.mediators" || !ac.nearCeasefire(si, h.start, 8) || ac.linkBetween(si, h) {
			continue // "Flights between Khartoum and Port Sudan resumed after the truce" (parties_between_links.go)
		}
		// The sides follow "between" joined by a conjunction: a wider gap reaches past a verb
		// to another list ("between X and Y was brokered by Egypt and Qatar").
		// "Iran-backed groups": a compound qualifier is no side of its own.
		// A jihadist group named as a side right after the truce noun ("the ceasefire between
		// Fatah's forces and Jund al-Sham") is one; elsewhere it is more often left out of the
		// truce ("distinguishing between the opposition and terrorist groups").
		// Not "any ceasefire between Damascus and the Nusra Front" (rejected, demanded), nor a
		// group a coverage cue names after the sides ("between the army and the rebels excludes
		// the Nusra Front").
		jihadistSide := ac.definiteTruceNounEndsAt(si, h.start)
		named := func(m mention) bool {
			return (betweenSide(m) || jihadistSide && m.e.Type == "armed_group" && m.e.Role == "jihadist" && !m.demonym && !coverageCueIn(si, h.end, m.start)) && !compoundQualifier(si, m)
		}
		// "الصلح بين X وY تم برعاية مكتب رئيس الوزراء": the list ends where a cue of brokering
		// or guaranteeing starts; who follows it brokers.
		// "between two sides only: X and Y": past the counted head (parties_counted_head.go).
		start := ac.sidesStart(si, h.end)
		start, countedOnly := ac.countedSidesHead(si, start)
		// A relative pronoun opens a clause on the last side ("between X and the CPC, which Chad
		// guarantees"): who it names is no side.
		// A complementizer opens another clause ("..., and that Oman is the sole guarantor").
		ms := collectForward(si, start, 2, named, func(i int) bool {
			return ac.brokerCueAt(si, i) || si.startsAt(catRelPron, i) || ac.betweenListStop(si, i)
		})
		if len(ms) > 0 {
			if other, ok := ac.otherSideAfter(si, ms[len(ms)-1].end, named); ok {
				ms = append(ms, other)
				// "... من جهة، وX وY من جهة أخرى": the other side may be several names.
				ms = append(ms, collectForward(si, other.end, 1, named, nil)...)
			}
		}
		// "between Sanaa and the coalition led by Riyadh": the leader is no side; the list
		// runs on past it (parties_between_leader.go).
		ms = ac.withoutLeaders(si, ms)
		members := ac.sideIDs(ms)
		if len(members) < 2 || ac.allBrokers(ms) || betweenTruceNegated(si, ms) {
			continue
		}
		// "أُبرم بين أنقرة وواشنطن فقط": only these two; "strictly between X and Y" (an
		// "only" phrase that starts right before the cue).
		// The "only" word stands by the list, not in a later predicate of the clause ("between X
		// and Y, at the end of talks hosted by Luanda, is the fruit of a mediation undertaken
		// exclusively by Angola").
		last := ms[len(ms)-1].end
		exh := countedOnly || onlyInClause(si, max(h.start-1, 0), min(clauseEnd(si, last), last+4))
		out = append(out, draft{topic: "ceasefire.parties", members: members, exhaustive: exh, pos: h.start, rule: "parties.between"})
	}
	// "Only the government and the FLA are bound by the truce": the sides it binds.
	for _, h := range si.hitsOf(catInclusion) {
		if ms := ac.sidesBoundBy(si, h); len(ms) > 0 {
			first := ms[len(ms)-1].start // collected backwards: the last is the first named
			from := max(first-3, 0)
			for from < first && si.boundaryIn(from, first) {
				from++
			}
			exh := onlyInClause(si, from, h.end)
			out = append(out, draft{topic: "ceasefire.parties", members: ac.sideIDs(ms), exhaustive: exh, pos: h.start, rule: "parties.bound"})
		}
	}
	// "Only two sides are formally bound: X and Y" (parties_counted_subject.go).
	if ms, p, exh := ac.countedSubjectSides(si); len(ms) > 0 {
		out = append(out, draft{topic: "ceasefire.parties", members: ac.sideIDs(ms), exhaustive: exh, pos: p, rule: "parties.counted_subject"})
	}
	// "The Houthis and the government agreed to a ceasefire": the subjects of the agreement.
	for _, h := range ac.cuesOf(si, refStatus) {
		// Verb-subject order puts long names between the verb and its object ("توصل الحكومة
		// الفيدرالية الإثيوبية وميليشيات فانو إلى اتفاق لوقف الأعمال العدائية"): a wider window.
		// This check at twice the window only skips the sentences with no truce noun near at
		// all; the window itself is checked again from past the names (subjectsWindowAnchor).
		if c := ac.l.topicCue[h.idx]; c.Value != "agreed" || c.Object != "" && c.Object != "public" || !ac.nearCeasefire(si, h.start, 2*subjectsWindow) {
			continue
		}
		// "Washington and Paris, which brokered the agreement": brokers are no sides; nor is
		// one that "did not sign".
		if ac.cueStartsAt(si, refMediators, h) || negatedAt(si, h.start) || ac.deniedAt(si, h.start) {
			continue
		}
		// "X and Y agreed to attend a conference after the truce": the meeting's, not the
		// truce's sides (status_meeting_object.go).
		if ac.meetingObjectAfter(si, h.end) {
			continue
		}
		// A long name ("the government of the Democratic Republic of Congo") may start far back.
		ms := ac.subjectsInClause(si, subjectGroup(si, collectBackward(si, h.start, 20, party)), h.start)
		// "محادثات بين X وY، برعاية ماليزيا، بهدف التوصل إلى وقف لإطلاق النار": a name right
		// after a cue of brokering brokers; it is no subject.
		ms = slices.DeleteFunc(ms, func(m mention) bool { return ac.brokeredBy(si, m.start) })
		if len(ms) < 2 {
			// Verb-subject order: "توصل الجيش وقوات الدعم السريع إلى اتفاق" names the
			// sides right after the verb.
			// "توصّل الطرفان المتناحران، X وY إلى": past a rivalry head and its noun.
			// "التفاهم الذي توصلت إليه X وY", "the deal reached by X and Y": past a resumptive
			// pronoun or a passive agent (agentsStartAfterCue).
			if at := ac.agentsStartAfterCue(si, h); at > h.end {
				// "القلد الذي توصل إليه مكوّنا X وY": past a rivalry head too.
				if fw := collectForward(si, at, 4, party, nil); len(fw) > 0 && (fw[0].start == at || ac.rivalHeadAt(si, fw[0].start) == at) {
					ms = fw
				}
			} else if fw := collectForward(si, h.end, 4, party, nil); len(fw) > 0 && (fw[0].start == h.end || ac.rivalHeadAt(si, fw[0].start) >= h.end && ac.rivalHeadAt(si, fw[0].start) <= h.end+1) {
				ms = fw
			}
		}
		if len(ms) > 0 && ac.brokeredBy(si, ms[len(ms)-1].start) {
			ms = nil // "the deal was brokered by Turkey and the United States and signed": the brokers
		}
		at := ac.subjectsWindowAnchor(h, ms)
		if !ac.nearCeasefire(si, at, subjectsWindow) {
			continue
		}
		// "all put their signatures on this text", "نص الاتفاق الذي وقّعه X وY": who signed a
		// text or a deal are its signatories (signersRule), a state or a unit among them; the
		// sides are who signed or concluded the truce itself ("أبرم X وY الهدنة").
		if ac.l.topicCue[h.idx].Signing && !ac.nounNear(si, si.hitsOf(catCeasefire), at, subjectsWindow) {
			continue
		}
		members := ac.sideIDs(ms)
		if ac.allBrokers(ms) || !ac.opposingSides(members) && !ac.rivalSubjects(si, ms, h) && !ac.unalliedGroups(si, h, ms, members) || ac.oneStateOnly(members) {
			// "Russia and Turkey agreed on a plan for a ceasefire": the brokers; "two Fano
			// factions signed": one side's groups. Two armed groups agreeing to a new truce
			// are its sides (parties_unallied_groups.go).
			members = nil
		}
		if len(members) >= 2 {
			out = append(out, draft{topic: "ceasefire.parties", members: members, pos: h.start, rule: "parties.subjects"})
		}
	}
	return out
}

// otherSideAfter: "between X and its Y partners on one side and Z on the other": past a short
// qualifier of the first side, the name right after the next conjunction is the other side. A
// name before the conjunction ("was brokered by Egypt and Qatar") means another list.
func (ac *articleContext) otherSideAfter(si *sentInfo, pos int, side func(mention) bool) (mention, bool) {
	for k := pos; k < len(si.toks) && k <= pos+5; k++ {
		if k > pos && isComma(si.toks[k].text) && !si.boundary[k] {
			// "بين الجيش من جهة، وجيش التحالف ... من جهة أخرى": the other side after the comma,
			// with its conjunction glued on.
			if m, ok := si.mentionAt(k + 1); ok && side(m) && hasAnyPrefix(si.toks[k+1].text, ac.l.fw.conjunctionPrefixes) {
				return m, true
			}
		}
		// "the Government of National Unity (GNU) and": the acronym in brackets.
		if k == pos && si.toks[k].text == ")" {
			continue
		}
		if k == pos && si.toks[k].text == "(" && k+2 < len(si.toks) && si.toks[k+2].text == ")" {
			k += 2
			continue
		}
		if si.boundary[k] || si.toks[k].punct {
			return mention{}, false
		}
		if _, ok := si.mentionAt(k); ok {
			return mention{}, false
		}
		if !ac.l.fw.conjunctions[si.tokText(k)] {
			continue
		}
		m, ok := si.mentionAt(k + 1)
		if !ok && ac.l.fw.definiteArticles[si.tokText(k+1)] {
			m, ok = si.mentionAt(k + 2)
		}
		if ok && side(m) {
			return m, true
		}
		// "and Khalifa Haftar's eastern-based Libyan National Army": past its qualifiers.
		return ac.qualifiedSideAfter(si, k, side)
	}
	return mention{}, false
}

// qualifiesNextName: the mention is a possessive qualifier of the name right after it
// ("Yemen's Houthi movement", "Congo's army").
func (ac *articleContext) qualifiesNextName(si *sentInfo, m mention) bool {
	if !ac.possessor(si, m) {
		return false
	}
	next := m.end
	if !hasAnySuffix(si.tokText(m.end-1), ac.l.fw.possessives) {
		next++ // the possessive is a token of its own
	}
	_, ok := si.mentionAt(next)
	return ok
}

// signersRule: who signed, named as the subjects of a verb of signing ("X and Y signed the
// agreement", "X, Y and Z all put their signatures on it"), as the speaker with a partner
// ("it had signed the deal alongside Y", "إنها وقّعت ... إلى جانب Y"), or as an exhaustive list
// after the verb ("Only two parties signed it: X and Y", "وقّعه طرفان فقط هما X و Y"), which also
// names the parties. A fuller list drops the narrower one another rule found for the same
// sentence and speaker.
func (ac *articleContext) signersRule(out []draft, si *sentInfo) []draft {
	// A sentence that names no agreement may still sign the article's ("have all signed"):
	// signsTheAgreement decides per verb.
	if !ac.ceasefire && !ac.ceasefireContext(si) || ac.otherDealOnly(si) {
		return out // "X and Y signed a trade deal": another agreement
	}
	signer := func(m mention) bool {
		if m.demonym {
			return false
		}
		switch m.e.Type {
		case "government", "military", "armed_group":
			return m.e.Role != "jihadist"
		case "country":
			return m.e.Role != "guarantor_state" && m.e.Role != "mediator" && !ac.qualifiesNextName(si, m)
		case "city":
			// "كينشاسا والتحالف", not a place: "Tonight in Rome the Junta and the regime signed";
			// nor the dateline: "KAMPALA - Congo's government and the CODECO militia signed"
			// (sets_dateline.go).
			return m.e.SpeaksFor != "" && !m.place && !datelineName(si, m)
		}
		return false
	}
	// A state named in the list that states who signed ("وقّعه طرفان فقط هما روسيا وتركيا") signed,
	// whatever role it plays elsewhere.
	listed := func(m mention) bool {
		return signer(m) || !m.demonym && m.e.Type == "country" && !ac.qualifiesNextName(si, m)
	}
	for _, h := range ac.cuesOf(si, refSignatoryGroups) {
		// "denied that the units signed any agreement with the regional government": no signers
		// of the truce (status_other_deal.go).
		// "The Houthis denied that they had signed any agreement", "نفى الحوثيون أنهم وقعوا", "denied
		// that the Giants Brigades and the army had signed": a denied signature names no
		// signatory group either, however long the denied clause's subject.
		if negatedAt(si, h.start) || deniedAt(si, h.start) || deniedClause(si, h.start) || ac.signingNegatedByQuantifier(si, h) || !ac.signsTheAgreement(si, h) && !ac.signedWithNoObject(si, h) && !ac.countedSignedIt(si, h) || ac.dealWithOtherBody(si, h) {
			continue
		}
		if members := ac.signedWith(si, h, func(m mention) bool { return listed(m) || setMember(m) && !m.demonym }); len(members) >= 2 {
			// One sentence may pair two texts ("X signed a memorandum with Y, while Z signed a
			// mirror document with Y"): each verb keeps its own signers.
			out = dropNarrowerSets(out, "ceasefire.signatory_groups", members)
			out = append(out, draft{topic: "ceasefire.signatory_groups", members: members, pos: h.start, rule: "signatory_groups.with"})
			// "The Zamfara State Government signed a peace accord with three armed groups": two
			// opposing signers, no broker among them, are the truce's sides too.
			if len(members) == 2 && ac.opposingSides(members) && !ac.anyBroker(members) && ac.signedTruceSides(si, h, members) && !hasSet(out, "ceasefire.parties", members) {
				out = append(out, draft{topic: "ceasefire.parties", members: members, pos: h.start, rule: "parties.signed_with"})
			}
			continue
		}
		var members []string
		exhaustive := false
		// "five factions the government says signed the agreement": a name right before a verb
		// of saying is who says, not who signed.
		if ms := ac.nearestSigners(si, collectBackward(si, h.start, 24, signer)); len(ms) >= 2 && ac.gapTokens(si, ms[0].end, h.start) <= 3 && !si.boundaryIn(ms[0].end, h.start) && !ac.afterBetween(si, ms[len(ms)-1].start) && len(hitsStartingIn(si.hitsOf(catAttrVerb), ms[0].end, h.start-1)) == 0 {
			members = ac.sideIDs(ms)
			// "فصيلان اثنان فقط، هما X وY، وقّعا", "Only the delegations of the two groups, X and
			// Y, signed": only before the list, maybe before the head noun it stands in apposition to.
			exhaustive = onlyInClause(si, max(ms[len(ms)-1].start-8, clauseStart(si, ms[len(ms)-1].start)), ms[len(ms)-1].start)
			// "the army and the Peshmerga alone signed", "X وY وحدهما وقّعا": the only word right
			// after the list (signatory_groups_singled_out.go).
			exhaustive = exhaustive || ac.onlyClosesSigners(si, ms[0].end, h.start)
		} else if ac.subjectIsSpeaker(si, h.start) {
			// "it had signed the deal alongside Hamas": the speaker and its partner.
			sp := ac.speakerAt(si.s.Index, h.start)
			partner := ac.alongsideMembers(si, h.end, signer)
			if sp != nil && signer(mention{e: sp}) && len(partner) > 0 {
				members = appendSorted(ac.sideIDs(partner), sp.ID)
			} else if ac.groupSaysItSigned(si, h, sp, signer) {
				// "the movements say they signed in their own right": the speaker alone.
				out = append(out, draft{topic: "ceasefire.signatory_groups", members: []string{sp.ID}, pos: h.start, rule: "signatory_groups.speaker"})
				break
			}
		} else if onlyInClause(si, clauseStart(si, h.start), clauseEnd(si, max(h.end, colonAfter(si, h.end, 8)+1))) {
			// A complementizer ends the list: "هما X وY، مؤكدة أن سويسرا هي الميسّر الوحيد".
			thatWordAt := func(i int) bool { return si.tokIn(i, classComplementizer, ac.l.fw.complementizers) }
			if ms := collectForward(si, h.end, 8, listed, thatWordAt); len(ms) >= 2 {
				members, exhaustive = ac.sideIDs(ms), true
			} else if c := colonAfter(si, h.end, 8); c >= 0 {
				// "Only two parties signed it: X and Y"
				if ms := collectForward(si, c+1, 3, listed, thatWordAt); len(ms) >= 2 {
					members, exhaustive = ac.sideIDs(ms), true
				}
			}
		}
		if len(members) < 2 && !negatedAt(si, h.start) {
			// "The Gojjam, Gondar and Wollo commands of Fano have all signed", "قيادات فانو في
			// جوجام وغوندار وولو وقّعت": a group's units named by where they operate.
			if units := ac.unitsByPlace(si, h); len(units) >= 2 {
				members = units
				exhaustive = onlyInClause(si, clauseStart(si, h.start), h.start)
			}
		}
		if len(members) < 2 {
			continue
		}
		out = dropNarrowerSets(out, "ceasefire.signatory_groups", members)
		out = append(out, draft{topic: "ceasefire.signatory_groups", members: members, exhaustive: exhaustive, pos: h.start, rule: "signatory_groups.signers"})
		if exhaustive && ac.opposingSides(members) && !ac.anyBroker(members) {
			out = dropNarrowerSets(out, "ceasefire.parties", members)
			out = append(out, draft{topic: "ceasefire.parties", members: members, exhaustive: true, pos: h.start, rule: "parties.signers"})
		}
		break
	}
	return out
}

// signedWith: "Ukraine signed a memorandum with Turkey and the United States", "وقّعت أوكرانيا
// مذكرة مع تركيا والولايات المتحدة": the subject of the verb of signing and the names right
// after "with" in its clause all put their signatures on the text, brokers included.
func (ac *articleContext) signedWith(si *sentInfo, h hit, ok func(mention) bool) []string {
	partners := ac.partnersAfterWith(si, h.end, ok)
	if len(partners) == 0 {
		return nil
	}
	// The subject before the verb, or right after it (verb-subject order).
	var subject []mention
	// A relative clause ("the factions that signed the deal with Damascus") picks out which
	// of its antecedent's members it means; it states no signing.
	if ms := nearestGroup(collectBackward(si, h.start, 6, ok)); len(ms) > 0 && h.start-ms[0].end <= 2 && len(hitsStartingIn(si.hitsOf(catRelPron), ms[0].end, h.start-1)) == 0 {
		subject = ms
	} else if m, found := si.mentionAt(h.end); found && ok(m) {
		subject = []mention{m}
	}
	if len(subject) == 0 {
		return nil
	}
	return ac.sideIDs(append(subject, partners...))
}

// partnersAfterWith: the names ok accepts right after the first "with" (مع) in the clause, at
// most eight tokens after end ("signed the deal with X and Y"); nil when none follows it closely.
func (ac *articleContext) partnersAfterWith(si *sentInfo, end int, ok func(mention) bool) []mention {
	stop := min(clauseEnd(si, end), end+8)
	for k := end; k < stop; k++ {
		if !si.tokIn(k, classComitative, ac.l.fw.comitatives) {
			continue
		}
		ms := coordinatedRun(ac, si, collectForward(si, k+1, 2, ok, nil))
		if len(ms) == 0 || ms[0].start > k+2 {
			return nil
		}
		return ms
	}
	return nil
}

// unitsByPlace: the units of armed groups named in the clause before the verb of signing, by
// their own names or by the places they operate in (a region or city whose name is in exactly one
// unit's name: "Gojjam" → "Gojjam Fano"); a group named there keeps only its own units.
func (ac *articleContext) unitsByPlace(si *sentInfo, h hit) []string {
	from := max(clauseStart(si, h.start), h.start-16)
	var units, places []string
	parent := ""
	for k := si.firstMentionFrom(from); k < len(si.ents) && si.ents[k].start < h.start; k++ {
		m := si.ents[k]
		switch {
		case m.demonym || m.context:
		case m.e.Type == "armed_group" && m.e.Affiliation != "":
			units = appendSorted(units, m.e.ID)
		case m.e.Type == "armed_group":
			parent = m.e.ID
		case (m.e.Type == "region" || m.e.Type == "city") && m.e.SpeaksFor == "":
			places = append(places, m.e.Label[ac.l.code])
		}
	}
	if len(units)+len(places) < 2 {
		return nil
	}
	for _, p := range places {
		if u := ac.unitOfPlace(p, parent); u != "" {
			units = appendSorted(units, u)
		}
	}
	return units
}

// unitOfPlace: the one armed group unit (an armed group affiliated to another, of parent when
// given) whose name holds the place's name; "" when none or several do.
func (ac *articleContext) unitOfPlace(place, parent string) string {
	name := " " + foldCue(place) + " "
	if len(name) < 5 {
		return ""
	}
	holds := func(n string) bool { return strings.Contains(" "+foldCue(n)+" ", name) }
	found := ""
	for i := range ac.x.data.Gazetteer.Entities {
		e := &ac.x.data.Gazetteer.Entities[i]
		if e.Type != "armed_group" || e.Affiliation == "" || parent != "" && e.Affiliation != parent {
			continue
		}
		if holds(e.Label[ac.l.code]) || slices.ContainsFunc(e.Aliases[ac.l.code], holds) {
			if found != "" && found != e.ID {
				return ""
			}
			found = e.ID
		}
	}
	return found
}

// nearestSigners is nearestGroup over names read back from a verb of signing, where a count of
// a group's units before its name belongs to the name ("The SDF's general command and seven
// factions of the Syrian National Army signed", "وسبعة فصائل من الجيش الوطني").
func (ac *articleContext) nearestSigners(si *sentInfo, ms []mention) []mention {
	for k := 1; k < len(ms); k++ {
		// "Ukraine's Foreign Ministry says the memorandum Kyiv signed": the one who says it is no
		// signer with Kyiv.
		if ac.partitiveStart(si, ms[k-1])-ms[k].end > 3 || len(hitsStartingIn(si.hitsOf(catAttrVerb), ms[k].end, ms[k-1].start-1)) > 0 {
			return ms[:k]
		}
	}
	return ms
}

// partitiveStart: where "N <units> of (the)" before the name starts, else the name's start.
func (ac *articleContext) partitiveStart(si *sentInfo, m mention) int {
	for p := m.start - 3; p >= m.start-4 && p >= 0; p-- {
		if ok := si.startsAt(catNumWord, p); !ok && !si.toks[p].number {
			continue
		}
		for k := p + 1; k < m.start; k++ {
			if si.toks[k].punct || si.boundary[k] {
				return m.start
			}
			if _, ok := si.mentionAt(k); ok {
				return m.start
			}
		}
		return p
	}
	return m.start
}

// subjectIsSpeaker: the verb at pos has a pronoun subject standing for who speaks ("said it had
// signed", "قالت إنها وقّعت"): a subject pronoun or a complementizer, past an auxiliary.
func (ac *articleContext) subjectIsSpeaker(si *sentInfo, pos int) bool {
	for k := pos - 1; k >= 0 && k >= pos-3; k-- {
		t := si.tokText(k)
		if si.tokIn(k, classSubjectPronoun, ac.l.fw.subjectPronouns) || si.tokIn(k, classComplementizer, ac.l.fw.complementizers) {
			return true
		}
		aux := si.startsAt(catPlupAux, k)
		particle := si.startsAt(catPlupParticle, k)
		if !ac.l.fw.copulas[t] && !aux && !particle && !ac.l.fw.perfectAuxiliaries[t] {
			return false
		}
	}
	return false
}

// alongsideMembers: the names after "alongside"/"إلى جانب" within a few words after pos.
func (ac *articleContext) alongsideMembers(si *sentInfo, pos int, ok func(mention) bool) []mention {
	for _, h := range hitsStartingIn(si.hitsOf(catAlongside), pos, pos+6) {
		if t := si.tokText(h.start); ac.l.fw.conjunctions[t] || ac.l.fw.comitatives[t] || si.boundaryIn(pos, h.start) {
			continue
		}
		if ms := collectForward(si, h.end, 3, ok, nil); len(ms) > 0 && ms[0].start-h.end <= 1 {
			return ms
		}
	}
	return nil
}

// dropNarrowerSets removes the drafts of topic whose members are a subset of members: "signed by
// X and Y" read by a narrower rule as X alone, or the same list read without its "only".
func dropNarrowerSets(ds []draft, topic string, members []string) []draft {
	out := ds[:0]
	for _, d := range ds {
		if d.topic == topic && len(d.members) <= len(members) && subsetOf(d.members, members) {
			continue
		}
		out = append(out, d)
	}
	return out
}

func subsetOf(a, b []string) bool {
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}

// signsTheAgreement: the verb of signing has the agreement for object ("signed a ceasefire
// agreement", "وقّعت على ورقة الاتفاق") or follows it ("الاتفاق وقّعه طرفان"); "signed in
// Washington" after another agreement's name does not.
func (ac *articleContext) signsTheAgreement(si *sentInfo, h hit) bool {
	// "have all signed," with no object, in an article about a ceasefire: the deal.
	if ac.ceasefire && (h.end >= len(si.toks) || si.toks[h.end].punct && !isQuote(si.toks[h.end].text) || isQuote(si.toks[h.end].text) && h.end+1 < len(si.toks) && si.toks[h.end+1].punct) && h.end-h.start == 1 && ac.l.lex.Grammar.SubjectBeforeVerb {
		return true
	}
	if ac.signsAnnex(si, h) {
		return true // "it signed an annex alongside CODECO" (signatory_groups_annex.go)
	}
	for _, c := range []category{catCeasefire, catAgreement} {
		for _, n := range hitsStartingIn(si.hitsOf(c), h.start-ac.l.longest-1, h.end+4) {
			if n.start >= h.end && !si.boundaryIn(h.end, n.start) || n.end <= h.start && h.start-n.end <= 1 {
				return true
			}
		}
	}
	return false
}

// afterBetween: "between" (a parties cue) stands right before pos: "the agreement signed
// between X and Y" names the parties, the verb is passive and its signers unnamed.
func (ac *articleContext) afterBetween(si *sentInfo, pos int) bool {
	for _, h := range ac.cuesOf(si, refParties) {
		if h.end == pos && ac.l.topicCue[h.idx].Object == "" {
			return true
		}
	}
	return false
}

// colonAfter: the position of a colon within window tokens after pos, else -1.
func colonAfter(si *sentInfo, pos, window int) int {
	for k := pos; k < len(si.toks) && k <= pos+window; k++ {
		if si.toks[k].punct && si.toks[k].text == ":" {
			return k
		}
	}
	return -1
}

// brokerState: a state the gazetteer knows as a guarantor or mediator, or one of its ministries
// ("وزيرا خارجية روسيا وتركيا اتفقا").
func (ac *articleContext) brokerState(m mention) bool {
	e := m.e
	switch {
	case e.Type == "government" && e.Country != "":
		if c := ac.x.data.Gazetteer.Entity(e.Country); c != nil {
			e = c
		}
	case e.Type == "city" && e.SpeaksFor != "":
		if c := ac.x.data.Gazetteer.Entity(e.SpeaksFor); c != nil {
			e = c
		}
	}
	return e.Type == "country" && (e.Role == "guarantor_state" || e.Role == "mediator")
}

// allBrokers: every name is a brokering state, so they agree as brokers, not as sides ("Turkey
// and the SDF agreed" has a side that brokers nothing).
func (ac *articleContext) allBrokers(ms []mention) bool {
	for _, m := range ms {
		if !ac.brokerState(m) {
			return false
		}
	}
	return len(ms) > 0
}

// brokeredBy: a mediation cue ends right before pos, maybe past "by" ("brokered by X").
func (ac *articleContext) brokeredBy(si *sentInfo, pos int) bool {
	for _, c := range ac.cuesOf(si, refMediators) {
		if c.end == pos || c.end+1 == pos && ac.passiveAgentWord(si, c.end) || c.end+2 == pos && ac.passiveAgentWord(si, c.end) && ac.l.fw.definiteArticles[si.tokText(c.end+1)] {
			return true
		}
	}
	return false
}

// brokerCueAt: a mediation or guarantee cue starts at pos ("برعاية", "بضمانة", "brokered").
func (ac *articleContext) brokerCueAt(si *sentInfo, pos int) bool {
	for _, ref := range [...]topicRef{refMediators, refGuarantors} {
		for _, c := range ac.cuesOf(si, ref) {
			if c.start == pos {
				return true
			}
		}
	}
	return false
}

// cueStartsAt: a cue of the topic starts where h does ("brokered" is also a mediators cue;
// "sponsorship" also a talks-sponsors one).
func (ac *articleContext) cueStartsAt(si *sentInfo, ref topicRef, h hit) bool {
	for _, c := range ac.cuesOf(si, ref) {
		if c.start == h.start {
			return true
		}
	}
	return false
}

// deniedAt: a verb of denial governs the cue ("has denied signing", "نفى التوقيع").
func (ac *articleContext) deniedAt(si *sentInfo, pos int) bool {
	for _, h := range hitsStartingIn(si.hitsOf(catDenial), pos-3, pos-1) {
		if !si.boundaryIn(h.end, pos) {
			return true
		}
	}
	return false
}

// anyBroker: one of the signers is a state known as a guarantor or mediator ("وقّعه طرفان فقط هما
// روسيا وتركيا"): who signed is then no list of the war's sides.
func (ac *articleContext) anyBroker(ids []string) bool {
	for _, id := range ids {
		if e := ac.x.data.Gazetteer.Entity(id); e != nil && ac.brokerState(mention{e: e}) {
			return true
		}
	}
	return false
}

// opposingSides: the signers include a state side (a government, army, state or capital), so
// they are the sides of the war; factions of one movement ("only two Fano factions signed")
// are not its parties.
func (ac *articleContext) opposingSides(ids []string) bool {
	for _, id := range ids {
		if e := ac.x.data.Gazetteer.Entity(id); e != nil && e.Type != "armed_group" && e.Type != "coalition" {
			return true
		}
	}
	return false
}

// partiesByCopula: a parties noun of the agreement joined by a copula or a pronoun of
// separation to the list of sides, after it ("the only parties to the agreement were X and Y",
// "طرفا الاتفاق الوحيدان هما X وY", "الأطراف المعنية به هي X وY وZ") or before it ("X and Y
// are the parties to the deal"). A single name ("Algiers was neither a party to the conflict
// nor a party to the ceasefire") or a negated or denied noun states no sides.
func (ac *articleContext) partiesByCopula(si *sentInfo, h hit, side func(mention) bool) ([]string, bool, bool) {
	if negatedAt(si, h.start) || ac.deniedAt(si, h.start) || !ac.nounNear(si, si.hitsOf(catAgreement), h.end, 3) && !ac.nounNear(si, si.hitsOf(catCeasefire), h.end, 3) && !ac.ceasefireContext(si) {
		return nil, false, false
	}
	var ms []mention
	if c := ac.copulaAfter(si, h.end, 6); c >= 0 {
		ms = coordinatedRun(ac, si, collectForward(si, c+1, 2, side, nil))
	} else if h.start >= 2 {
		// "X and Y are the (only) parties to": the copula right before, past an article and an
		// "only" word.
		k := h.start - 1
		for k > 0 && (ac.l.fw.definiteArticles[si.tokText(k)] || si.startsAt(catOnly, k)) {
			k--
		}
		if si.tokIn(k, classCopula, ac.l.fw.copulas) {
			ms = ac.coordinatedBackward(si, nearestGroup(collectBackward(si, k, 12, side)))
		}
	}
	members := ac.sideIDs(ms)
	if len(members) < 2 || ac.allBrokers(ms) {
		return nil, false, false
	}
	from, to := spanWith(h.start, h.end, ms)
	return members, onlyInClause(si, max(clauseStart(si, h.start), from-3), min(clauseEnd(si, h.end), to+2)), true
}

// coordinatedBackward keeps, of names collected backwards (nearest first), those joined by
// commas, conjunctions and articles only: "Oman said the Houthis and the government are"
// lists the Houthis and the government, not the one who says it.
func (ac *articleContext) coordinatedBackward(si *sentInfo, ms []mention) []mention {
	for k := 1; k < len(ms); k++ {
		for i := ms[k].end; i < ms[k-1].start; i++ {
			if t := si.tokText(i); !isComma(t) && !ac.l.fw.conjunctions[t] && !ac.l.fw.definiteArticles[t] {
				return ms[:k]
			}
		}
	}
	return ms
}

// sidesBoundBy: two or more opposing sides are the subject of a passive coverage predicate
// ("Only the government and the FLA are bound by the truce", "X and Y are party to the
// agreement"): the parties, not groups the truce covers. nil otherwise.
func (ac *articleContext) sidesBoundBy(si *sentInfo, h hit) []mention {
	if h.cat != catInclusion || negatedAt(si, h.start) || ac.deniedAt(si, h.start) || !ac.l.fw.passiveCue(si, h) && !si.tokIn(h.start-1, classCopula, ac.l.fw.copulas) {
		return nil
	}
	side := func(m mention) bool { return ac.canBeSide(si, m) }
	k := h.start - 1
	for k > 0 && !si.tokIn(k, classCopula, ac.l.fw.copulas) && h.start-k < 3 {
		k--
	}
	ms := ac.coordinatedBackward(si, nearestGroup(collectBackward(si, k, 12, side)))
	members := ac.sideIDs(ms)
	if len(members) < 2 || ac.allBrokers(ms) || !ac.opposingSides(members) {
		return nil
	}
	return ms
}

// canBeSide: a mention that can be a side of the truce: a government, army, armed group or
// coalition that is neither jihadist nor a mediator, or a state at war ("Israel and Lebanon
// agreed", "between Israel and Hamas") rather than one that only qualifies the next name
// ("Yemen's Houthi movement").
func (ac *articleContext) canBeSide(si *sentInfo, m mention) bool {
	if m.demonym {
		return false
	}
	switch m.e.Type {
	case "government", "military", "armed_group", "coalition":
		return m.e.Role != "jihadist" && m.e.Role != "mediator"
	case "country":
		return !ac.qualifiesNextName(si, m) && !ac.placedAfterPreposition(si, m)
	case "organization":
		return ac.x.armedParties[m.e.ID]
	}
	return false
}

// placedAfterPreposition: a country named right after a placing preposition, or one word after
// it ("armed Serb groups in northern Kosovo", "في شمال كوسوفو"), is where something is, not a
// side.
func (ac *articleContext) placedAfterPreposition(si *sentInfo, m mention) bool {
	fw := &ac.l.fw
	for k := m.start - 1; k >= 0 && k >= m.start-2; k-- {
		t := si.tokText(k)
		if si.toks[k].punct || si.boundary[k] {
			return false
		}
		if fw.placingPrepositions[t] {
			return true
		}
		if _, named := si.mentionEndingAt(k + 1); named || fw.conjunctions[t] {
			return false
		}
	}
	return false
}

// hasSet: a draft of topic with exactly these members is already in ds.
func hasSet(ds []draft, topic string, members []string) bool {
	for _, d := range ds {
		if d.topic == topic && slices.Equal(d.members, members) {
			return true
		}
	}
	return false
}

// betweenTruceNegated: the truce "between X and Y" is the subject of a negated predicate right
// after the sides that ends the clause ("A ceasefire between X and Y is not on the table", «ليس
// مطروحاً»): no truce is asserted, so it has no sides either. A predicate that goes on to
// another matter ("is not part of the Jeddah talks") leaves the truce and its sides standing.
func betweenTruceNegated(si *sentInfo, ms []mention) bool {
	k, ok := negatedPredicateAt(si, ms[len(ms)-1].end, 3)
	if !ok {
		return false
	}
	h, _ := si.hitAt(catNegPredicate, k)
	return h.end >= len(si.toks) || si.boundary[h.end] || si.toks[h.end].punct
}

// anyDealBefore: an agreement or truce noun opened by a generic determiner ("any", "أي") ends
// at most eight tokens before pos in its clause: "denied reaching any ceasefire agreement with".
func (ac *articleContext) anyDealBefore(si *sentInfo, pos int) bool {
	from := max(clauseStart(si, pos), pos-8)
	for _, c := range [...]category{catAgreement, catCeasefire} {
		for _, n := range hitsStartingIn(si.hitsOf(c), from, pos-1) {
			if n.start > 0 && ac.l.fw.genericDeterminers[si.tokText(n.start-1)] {
				return true
			}
		}
	}
	return false
}
