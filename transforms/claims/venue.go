package claims

import (
	"slices"
	"strings"

	"github.com/tanaqud/tanaqud/schemas"
)

// venueRule: the city where the talks take place, named right after a talks noun or after a
// locative word near it, or the city that hosts them ("أن تستضيف مسقط جولة مشاورات").
func (ac *articleContext) venueRule(out []draft, si *sentInfo) []draft {
	cues := ac.cuesOf(si, refTalksVenue)
	// Talks of another kind place no talks of the truce, with a venue cue or without one ("The
	// Doha round of trade talks is stalled": the place before the talks noun).
	if ac.otherKindTalks(si) {
		return out // "مباحثات في الرياض ... حول التعاون الاقتصادي": talks on something else
	}
	for _, h := range cues {
		if ac.l.topicCue[h.idx].Object == "move" {
			out = ac.movedTalksVenue(out, si, h, cues) // "نقل المفاوضات إلى", "moved the talks to"
			continue
		}
		if conditionalVenue(si, h.start) {
			continue // "ستستأنف المحادثات في أربيل إذا لم يحسم الاتفاق": a place only if
		}
		if ac.l.topicCue[h.idx].Object == "own_ground" && si.has[catTalks] {
			// "أكدت القاهرة أن المفاوضات ستُعقد على أراضيها", "will be held on its soil": the
			// speaking capital hosts.
			if sp := ac.speakerAt(si.s.Index, h.start); sp != nil && sp.Type == "city" {
				out = ac.hostDrafts(out, si, sp, sp.SpeaksFor, h.start)
			}
			continue
		}
		if ac.l.topicCue[h.idx].Object != "host" || !si.has[catTalks] || negatedAt(si, h.start) || ac.declinedHostOffer(si, h.start) {
			continue // "لم تحتضن مسقط أي مباحثات", "عرضت استضافة ... غير أن": no host
		}
		if !talksInClauseOf(si, h) && !ac.l.fw.pronounSuffixed(si, h) && !ac.l.fw.objectPronouns[si.tokText(h.end)] {
			// "Doha would host the World Cup, and talks ... resumed": hosts something else; a
			// pronoun object ("تقترح موسكو استضافتها", "host them") stands for the talks.
			continue
		}
		found := false
		var hosts []mention // who hosts, for the co-hosts named after them (sponsors_cohost.go)
		for _, m := range si.ents {
			// "تستضيف السفارة الفلسطينية في بيروت اجتماعاً": the site hosts in its city.
			if m.start == h.end {
				if c, ok := ac.cityInSiteName(si, m); ok {
					out = ac.hostDrafts(out, si, c.e, "", h.start)
					found = true
					continue
				}
			}
			if m.e.Type == "city" && !m.demonym && (m.start == h.end || m.end == h.start) {
				state := ac.capitalNamedByState(si, m)
				if m.end == h.start && ac.agentNamedAfter(si, h.end) {
					state = "" // "talks in Rome hosted by Sant'Egidio": the agent hosts (venue_host_agent.go)
				}
				out = ac.hostDrafts(out, si, m.e, state, h.start)
				found = true
				hosts = append(hosts, m)
			}
			// "محادثات استضافتها تركيا", "talks hosted by Turkey", "hosted by the Kurdistan
			// Regional Government": a state or authority hosts, the city unnamed; it sponsors.
			if hostBody(m) && (m.start == h.end || m.end == h.start || ac.agentRightAfter(si, h.end, m.start)) && !sponsorNamed(out, m.e.ID) {
				out = ac.addSponsor(out, si, m.e.ID, h.start, "sponsors.host_state")
				found = true
				hosts = append(hosts, m)
			}
		}
		// "Nairobi stands ready to host the next round", "الأمم المتحدة مستعدة لاستضافة جولة
		// جديدة": the host is the subject a few words before the verb.
		if m, ok := ac.hostSubjectBefore(si, h.start); !found && ok {
			if m.e.Type == "city" {
				out = ac.hostDrafts(out, si, m.e, ac.capitalNamedByState(si, m), h.start)
			} else if !sponsorNamed(out, m.e.ID) && !ac.stateOfTheWar(m.e.ID) {
				out = ac.addSponsor(out, si, m.e.ID, h.start, "sponsors.host_state")
			}
			found = true
			hosts = append(hosts, m)
		}
		// "وتستضيفها قطر بالتعاون مع الاتحاد الأفريقي", "ready to host the next round, alongside
		// IGAD": who is named hosting with the host sponsors too.
		if len(hosts) > 0 && !ac.stateOfTheWar(ac.memberID(hosts[0])) {
			for _, m := range ac.coSponsorAfterObject(si, h, hosts, setMember) {
				if id := ac.memberID(m); !sponsorNamed(out, id) && !ac.stateOfTheWar(id) {
					out = ac.addSponsor(out, si, id, h.start, "sponsors.host_state")
				}
			}
		}
		// "أعلنت الدوحة أنها ستستضيف هذه المفاوضات", "Muscat said it would host the talks":
		// the city that speaks hosts.
		if sp := ac.speakerAt(si.s.Index, h.start); !found && sp != nil && sp.Type == "city" && ac.subjectIsSpeaker(si, h.start) {
			out = ac.hostDrafts(out, si, sp, sp.SpeaksFor, h.start)
		}
	}
	// "سيتوجهون إلى إسطنبول للمشاركة في جولة محادثات": a journey to the talks (venue_travel.go).
	out = ac.travelledTalksVenue(out, si, cues)
	for _, h := range si.hitsOf(catTalks) {
		// "لن تكون منافسة لمحادثات جنيف": negated talks assert no venue; nor do talks a side
		// refuses or will not join ("لن يشاركوا في أي مباحثات تعقد في الرياض", "refused to hold
		// talks in the capital").
		if negatedAt(si, h.start) || deniedAt(si, h.start) || ac.negatedAnyTalks(si, h.start) || ac.negatedParticipation(si, h.start) {
			continue
		}
		// "وفي 2019 انهارت المحادثات برمتها إثر تفجير ... في بوغوتا": in an undated article, a
		// year by the talks noun dates earlier talks (status_background.go).
		if ac.yearOfEarlierTruce(si, h) {
			continue
		}
		// "The Joint Monitoring Committee held its first meeting in Las Anod": the truce at
		// work, not its talks (venue_monitor_sitting.go).
		if ac.monitorBodySitting(si, h) {
			continue
		}
		// "Economic talks in Riyadh and truce talks in Doha": talks of another field right by
		// their noun place nothing of the truce's.
		if ac.qualifiedOtherKind(si, h) {
			continue
		}
		// "offered to host the talks in Doha, but ...": an offer turned down places no talks
		// before the break (venue_declined_offer.go).
		offerUntil := ac.offeredTalksUntil(si, h.start)
		if m, _, ok := ac.placeBeforeTalks(si, h); ok && offerUntil < 0 && !conditionalVenue(si, m.start) {
			out = append(out, draft{topic: "talks.venue", value: m.e.ID, pos: m.start, rule: "venue.place_before_talks"})
		} else if m, ok := placeBeforeRelativeMention(si, h.start); ok && offerUntil < 0 && !conditionalVenue(si, h.start) {
			// "في القرنة، حيث عُقد الاجتماع الحاسم": the place the relative clause on the talks
			// is about.
			out = append(out, draft{topic: "talks.venue", value: m.e.ID, pos: m.start, rule: "venue.place_before_relative"})
		}
		// "Talks on a second phase, meant to end the war, are due to begin in Cairo": the place
		// is looked for past an appositive set off by commas.
		from := appositiveEnd(si, h.end)
		if c, ok := ac.datelineCapital(); ok && ac.capitalWordAfter(si, from) {
			// "after two days of talks in the capital" under "BAGHDAD, June 7 (Wire) -": the
			// capital the report is filed from.
			out = append(out, draft{topic: "talks.venue", value: c.e.ID, pos: h.start, rule: "venue.dateline_capital"})
			continue
		}
		for _, m := range si.ents[si.firstMentionFrom(h.end):] {
			if m.start > from+14 {
				break
			}
			// "talks at the Palestinian embassy in Beirut": the city the site's name ends with,
			// placed by the locative before the site.
			at := m.start
			if c, ok := ac.cityOfSeatHolder(si, m); ok {
				m = c // "talks at the palace of the Emir of Maru" (venue_seat_of_title.go)
			}
			m, _ = ac.cityInSiteName(si, m)
			// "at Washington's request": an owner, not a place. A district or a building is
			// the place only right after its locative ("talks at Dar al-Fatwa", "a meeting in
			// al-Madina"); elsewhere it is what the talks are about or who takes part.
			site := m.e.Type != "city"
			if site && !venueSite(m.e) || m.demonym || ac.possessor(si, m) || m.start < offerUntil {
				continue
			}
			if site && (!ac.locativeRightBefore(si, m.start) || ac.topicPhraseBetween(si, h.end, m.start)) {
				continue
			}
			if m.start < from && from > h.end {
				continue // a city inside the appositive
			}
			blocked, trucePlace, negatedOrBroken := false, false, false
			for i := from; i < m.start; i++ {
				// "The talks were not held in Muscat", "did not meet in Muscat": a negated verb
				// between the talks and the place says they were not held there ("المحادثات غير
				// المباشرة في مسقط" negates an adjective, no verb).
				if si.boundary[i] || ac.l.fw.auxAt(si, i) == negatingAux && !si.trap[i] {
					blocked, negatedOrBroken = true, true
				}
				// The place belongs to a ceasefire named right before it ("talks on a ceasefire
				// in Gaza"), not to the talks; a verb after the truce gives the talks back
				// their place ("Talks on a Suwayda truce opened in Amman"), also past the
				// truce's own place ("Talks on a suspension of operations in Manipur opened in
				// New Delhi").
				for _, c := range si.hitsOfAt(catCeasefire, i) {
					if c.end == m.start || si.startsAt(catLocative, c.end) && !ac.placedPastTrucePlace(si, c.end, m) {
						blocked = true
						trucePlace = trucePlace || ac.trucesOwnPlace(si, c.end, m)
					}
				}
			}
			if blocked && trucePlace && !negatedOrBroken {
				continue // the truce's own place: the talks' may follow it
			}
			if blocked {
				break
			}
			locative := false
			for _, c := range ac.cuesOf(si, refTalksVenue) {
				// A move cue places the talks only through its destination (movedTalksVenue).
				// Nor does a journey's verb or purpose (venue_travel.go).
				if o := ac.l.topicCue[c.idx].Object; c.end <= at && at-c.end <= 3 && o != "move" && o != "travel" && o != "invite" && o != "purpose" && o != "discuss" {
					locative = true
				}
			}
			if (m.start == h.end && (m.e.SpeaksFor == "" || ac.soleCapitalAfterTalks(si, m)) || locative) && !conditionalVenue(si, m.start) {
				out = append(out, draft{topic: "talks.venue", value: m.e.ID, pos: m.start, rule: "venue.talks_place"})
				break
			}
		}
	}
	// Last: where the talks themselves are named outweighs where the deal was made.
	out = ac.passiveMakingPlace(out, si) // venue_passive_making.go
	out = ac.hostedTruceVenue(out, si)
	return ac.signingPlace(out, si)
}

// talksInClauseOf: a talks noun in the clause of the hosting verb h, its object ("host the
// talks", "تستضيف مسقط جولة مشاورات"; no comma between: "host the World Cup, and talks") or the
// noun it qualifies ("talks hosted by Turkey").
func talksInClauseOf(si *sentInfo, h hit) bool {
	for _, t := range si.hitsOf(catTalks) {
		if t.start >= h.end && !boundaryIn(si, h.end, t.start) && !commaIn(si, h.end, t.start) || t.end <= h.start && !boundaryIn(si, t.end, h.start) {
			return true
		}
	}
	return false
}

// negatedAnyTalks: talks under "any" (أي) with a negation within five tokens before them in
// their clause ("لن يشاركوا في أي مباحثات", "would not attend any talks") are none; a definite
// round a side was no party to ("لم تكن طرفاً في مفاوضات هافانا") still took place.
func (ac *articleContext) negatedAnyTalks(si *sentInfo, pos int) bool {
	if !si.tokIn(pos-1, classGenericDeterminer, ac.l.fw.genericDeterminers) && !si.tokIn(pos-2, classGenericDeterminer, ac.l.fw.genericDeterminers) {
		return false
	}
	for k := pos - 1; k >= 0 && k >= pos-5; k-- {
		if si.boundary[k] {
			return false
		}
		if si.startsAt(catNegation, k) && !si.trap[k] {
			return true
		}
	}
	return false
}

// negatedParticipation: talks a side says it will not join ("will not take part in the talks
// in Geneva", "won't attend the Geneva talks", "لن يشاركوا في جولة المفاوضات المقبلة في جنيف")
// name no venue of talks held: a future negation (one after a modal auxiliary, or a modal
// one: لن) within six tokens before the talks noun, in its clause, with only the verb phrase
// between (no name but a city, truce, fighting word, "anything", relative pronoun, that-clause
// or verb of saying). A round a side was no party to ("لم تكن طرفاً في مفاوضات هافانا") still took place,
// and so do "the talks in Geneva, which the rebels will not attend".
func (ac *articleContext) negatedParticipation(si *sentInfo, pos int) bool {
	fw := &ac.l.fw
	neg := -1
	for k := pos - 1; k >= 0 && k >= pos-6 && neg < 0; k-- {
		if si.boundary[k] || si.toks[k].punct || si.startsAt(catAttrVerb, k) || si.startsAt(catRelPron, k) ||
			si.tokIn(k, classComplementizer, fw.complementizers) || si.startsAt(catCeasefire, k) || ac.fightingWordAt(si, k) ||
			si.tokIn(k, classIndefinitePronoun, fw.indefinitePronouns) {
			return false // "would not sign anything at the talks in Moscow": they are held
		}
		if si.toks[k].w != nil && si.toks[k].w.negates {
			if !ac.contractedModal(si.toks[k].text) {
				return false // "didn't attend": a past negation, no refusal
			}
			neg = k
		} else if si.startsAt(catNegation, k) && !si.trap[k] {
			if !fw.modalAuxiliaries[si.tokText(k)] && (k == 0 || !fw.modalAuxiliaries[si.tokText(k-1)]) {
				return false
			}
			neg = k
		}
	}
	if neg < 0 {
		return false
	}
	for _, m := range si.ents {
		if m.start > neg && m.start < pos && m.e.Type != "city" {
			return false
		}
	}
	return true
}

// placeBeforeTalks: the city named before the talks noun it places: a modifier after an article
// ("the Muscat talks") where modifiers come first, or, in a verb-first language, a place the
// verb puts before its subject ("انطلقت اليوم في العاصمة الماليزية كوالالمبور محادثات", "اختتمت في
// أربيل مساء اليوم الجولة الأولى من المحادثات"): a locative, the city, then the talks noun a few
// words on (located). Between them no punctuation, name, truce, new clause, that-clause, verb of
// saying or modal ("قال المبعوث في مسقط إن محادثات", "تظاهروا في القاهرة للمطالبة بمحادثات"); and
// the verb before the place is not negated ("لم تنطلق في مسقط محادثات"). A city paired with
// another ("Baghdad-Erbil talks") names the sides, and a place of the war is no forum.
func (ac *articleContext) placeBeforeTalks(si *sentInfo, h hit) (m mention, located, ok bool) {
	k := si.mentionsEndingBy(h.start) - 1
	if k < 0 {
		return mention{}, false, false
	}
	m = si.ents[k]
	// A district or building placed by a locative right before the talks noun: "عُقد مساء
	// اليوم في دار الفتوى اجتماع" (the meeting promoted to talks).
	if venueSite(m.e) && !m.demonym && m.end == h.start && ac.locativeRightBefore(si, m.start) && !ac.l.lex.Grammar.SubjectBeforeVerb {
		return m, true, true
	}
	// A city of the war's own country is a place of the talks only after a locative ("افتُتحت
	// في سواكن جلسات التفاوض": tribal and local talks meet in the country's towns); bare, it
	// names what they are about ("محادثات درعا"), and after a fighting word the scene of the
	// fighting ("واستمر القصف في تعز رغم جولة المشاورات": venue_scene_of_fighting.go).
	if m.e.Type != "city" || m.demonym || ac.subnational(si, m) && (!ac.isVenueLocative(si, m.start) && !ac.locativeClitic(si, m.start) || ac.sceneOfFighting(si, m.start)) || h.start-m.end > 7 || punctIn(si, m.end, h.start) && !ac.dayAside(si, m.end, h.start) || boundaryIn(si, m.end, h.start) {
		return mention{}, false, false
	}
	// "العاصمة العمانية مسقط": a capital named by its state, then by its name.
	start := m.start
	if k > 0 && si.ents[k-1].e == m.e && si.ents[k-1].end == m.start {
		start = si.ents[k-1].start
		k--
	}
	if k > 0 && start-si.ents[k-1].end <= 2 {
		return mention{}, false, false
	}
	for i := m.end; i < h.start; i++ {
		if si.startsAt(catCeasefire, i) || si.startsAt(catAgreement, i) || si.startsAt(catPlanned, i) ||
			si.startsAt(catAttrVerb, i) || si.startsAt(catModality, i) || si.tokIn(i, classComplementizer, ac.l.fw.complementizers) ||
			ac.clauseOpening(si.tokText(i)) {
			return mention{}, false, false
		}
	}
	g := ac.l.lex.Grammar
	if m.end == h.start && !g.AdjectiveAfterNoun {
		// "the Muscat talks"; not "Washington talks tough", where talks is the verb.
		return m, false, start > 0 && ac.l.fw.definiteArticles[si.tokText(start-1)]
	}
	if g.SubjectBeforeVerb || start == 0 || !ac.isVenueLocative(si, start) && !ac.locativeClitic(si, start) {
		return mention{}, false, false
	}
	// The verb before the place: not negated, not one of saying ("قال المبعوث اليوم في مسقط إن").
	// Nor is a talks noun there: the place is its own ("مباحثات اقتصادية في الرياض ومفاوضات
	// الهدنة").
	for i := start - 1; i >= 0 && i >= start-6 && !si.boundary[i]; i-- {
		if si.startsAt(catNegation, i) || si.startsAt(catAttrVerb, i) || si.startsAt(catTalks, i) {
			return mention{}, false, false
		}
	}
	return m, true, true
}

// hostSubjectBefore: the city, state or body named as the subject of the hosting verb at pos,
// two to four words before it with only words of readiness or tense between ("Nairobi stands
// ready to host", "Oman would again host", "الأمم المتحدة مستعدة لاستضافة"): no punctuation,
// clause boundary, other name, negation or verb of saying between. Subject-first order only: in a
// verb-first clause the subject follows the verb.
func (ac *articleContext) hostSubjectBefore(si *sentInfo, pos int) (mention, bool) {
	k := si.mentionsEndingBy(pos) - 1
	if k < 0 {
		return mention{}, false
	}
	m := si.ents[k]
	if gap := pos - m.end; gap < 1 || gap > 3 || m.demonym || !(m.e.Type == "city" || hostBody(m)) || ac.possessor(si, m) {
		return mention{}, false
	}
	for i := m.end; i < pos; i++ {
		if si.toks[i].punct || si.boundary[i] || si.startsAt(catNegation, i) || si.startsAt(catAttrVerb, i) || si.startsAt(catConditional, i) {
			return mention{}, false
		}
	}
	if m.start > 0 && (si.tokIn(m.start-1, classPreposition, ac.l.fw.prepositions) || ac.passiveAgentWord(si, m.start-1)) {
		return mention{}, false // "talks in Doha would host ...": a place, no subject
	}
	return m, true
}

// datelineCapital: the article opens on a dateline naming a capital ("BAGHDAD, June 7 (Zagros
// Wire) -", "بغداد -"): a city that speaks for its state, first in the first sentence, then
// punctuation.
func (ac *articleContext) datelineCapital() (mention, bool) {
	if len(ac.infos) == 0 || len(ac.infos[0].ents) == 0 {
		return mention{}, false
	}
	si := ac.infos[0]
	m := si.ents[0]
	if m.start != 0 || m.e.Type != "city" || m.e.SpeaksFor == "" || m.end >= len(si.toks) || !si.toks[m.end].punct {
		return mention{}, false
	}
	return m, true
}

// capitalWordAfter: "in the capital" right after the talks noun (a locative, maybe an article,
// then a capital cue, lexicon object "capital") with no city named or qualifying word after it
// ("in the capital Nairobi", "في العاصمة الكينية" name their own).
func (ac *articleContext) capitalWordAfter(si *sentInfo, from int) bool {
	for _, c := range ac.cuesOf(si, refTalksVenue) {
		if ac.l.topicCue[c.idx].Object != "capital" || c.start < from || c.start > from+3 {
			continue
		}
		if !ac.isVenueLocative(si, c.start) && !(c.start > 0 && ac.l.fw.definiteArticles[si.tokText(c.start-1)] && ac.isVenueLocative(si, c.start-1)) {
			return false
		}
		// "in the capital Nairobi", "في العاصمة الكينية": the capital is named or qualified.
		// "in the capital of Oman": a partitive then a name names another capital.
		if c.end+1 < len(si.toks) && ac.l.fw.partitives[si.tokText(c.end)] {
			if _, named := si.mentionAt(c.end + 1); named {
				return false
			}
		}
		if _, named := si.mentionAt(c.end); named || punctIn(si, from, c.start) || c.end < len(si.toks) && !si.toks[c.end].punct && !si.boundary[c.end] && ac.l.lex.Grammar.AdjectiveAfterNoun {
			return false
		}
		return true
	}
	return false
}

// conditionalVenue: the talks at pos are placed only under a condition: a conditional word
// follows in the same clause ("Talks would resume in Muscat if the truce failed", "أن تستأنف
// المحادثات في أربيل إذا لم يحسم الاتفاق"), or the talks are inside the condition itself.
func conditionalVenue(si *sentInfo, pos int) bool {
	if !si.has[catConditional] {
		return false
	}
	for _, c := range si.hitsOf(catConditional) {
		if si.cond[pos] || c.start > pos && !boundaryIn(si, pos, c.start) && !clausePunctIn(si, pos, c.start) {
			return true
		}
	}
	return false
}

// otherKindTalks: the sentence names no ceasefire and every talks noun in it is of another kind:
// qualified by a word of another field (lexicon other_deal_qualifiers: "trade talks", "مباحثات
// تجارية") or followed in its clause by one ("مباحثات في الرياض مع نظيره السعودي حول التعاون
// الاقتصادي", "talks in Doha on economic cooperation"): bilateral diplomacy, no venue of the truce's talks.
func (ac *articleContext) otherKindTalks(si *sentInfo) bool {
	if si.has[catCeasefire] || !si.has[catTalks] {
		return false
	}
	for _, t := range si.hitsOf(catTalks) {
		other := ac.qualifiedOtherKind(si, t)
		for k := t.end; !other && k < len(si.toks) && k <= t.end+10; k++ {
			if si.toks[k].punct || k > t.end && si.boundary[k] {
				break
			}
			other = si.tokIn(k, classOtherDealQualifier, ac.l.fw.otherDealQualifiers)
		}
		if !other {
			return false
		}
	}
	return true
}

// qualifiedOtherKind: the talks noun t is qualified, right by it, by a word of another field
// (lexicon other_deal_qualifiers: "economic talks", "trade talks"; "مباحثات اقتصادية" where
// the adjective follows the noun).
func (ac *articleContext) qualifiedOtherKind(si *sentInfo, t hit) bool {
	if t.start > 0 && si.tokIn(t.start-1, classOtherDealQualifier, ac.l.fw.otherDealQualifiers) {
		return true
	}
	return ac.l.lex.Grammar.AdjectiveAfterNoun && t.end < len(si.toks) && si.tokIn(t.end, classOtherDealQualifier, ac.l.fw.otherDealQualifiers)
}

// clausePunctIn: a clause-breaking punctuation token (not a comma) lies in [from, to).
func clausePunctIn(si *sentInfo, from, to int) bool {
	for i := from; i < to && i < len(si.toks); i++ {
		if t := si.toks[i]; t.punct && clauseBreakPunct(t.text) {
			return true
		}
	}
	return false
}

// placeBeforeRelativeMention is placeBeforeRelative over the sentence's mentions: the city or
// venueSite that ends right before the comma opening a relative clause on the talks noun at pos.
func placeBeforeRelativeMention(si *sentInfo, pos int) (mention, bool) {
	for _, r := range hitsStartingIn(si.hitsOf(catRelPron), pos-5, pos-1) {
		if pos-r.end > 3 || r.start < 2 || !isComma(si.tokText(r.start-1)) {
			continue
		}
		if k := si.mentionsEndingBy(r.start-1) - 1; k >= 0 {
			m := si.ents[k]
			if m.end == r.start-1 && !m.demonym && (m.e.Type == "city" || venueSite(m.e)) {
				return m, true
			}
		}
	}
	return mention{}, false
}

// topicPhraseBetween: a definite noun phrase stands between the talks noun and the locative
// of a district or building after it ("talks over the fighting in Tigray", "محادثات حول الوضع
// في دارفور"): the place is where that is, not where the talks sit. The article before the
// place's own name is no such phrase.
func (ac *articleContext) topicPhraseBetween(si *sentInfo, from, to int) bool {
	fw := &ac.l.fw
	for k := from; k < to-2; k++ {
		if timeWordAt(si, k) {
			continue // "ستعقد اجتماعاً موسعاً الخميس المقبل في دار الفتوى": a time, no topic
		}
		if t := si.tokText(k); fw.definiteArticles[t] || fw.hasArticlePrefix(t) {
			return true
		}
	}
	return false
}

// timeWordAt: a word of a time expression starts at k (a weekday, a relative day, a month, a
// "next" or "last", an hour, the night).
func timeWordAt(si *sentInfo, k int) bool {
	for _, c := range [...]category{catWeekday, catRelDay, catMonth, catNext, catLast, catHour, catNight, catMidnight, catTonight} {
		if si.startsAt(c, k) {
			return true
		}
	}
	return false
}

// locativeRightBefore: a locative venue cue ends at start, or one token before it when that
// token is an article ("at the Grand Serail").
func (ac *articleContext) locativeRightBefore(si *sentInfo, start int) bool {
	return ac.isVenueLocative(si, start) || start > 0 && ac.l.fw.definiteArticles[si.tokText(start-1)] && ac.isVenueLocative(si, start-1)
}

// isVenueLocative: a locative venue cue ("في", "in") ends right before token start.
func (ac *articleContext) isVenueLocative(si *sentInfo, start int) bool {
	for _, c := range ac.cuesOf(si, refTalksVenue) {
		if ac.l.topicCue[c.idx].Object == "" && c.end == start {
			return true
		}
	}
	return false
}

// clauseOpening: w opens a coordinated clause, a conjunction glued to a verb ("وستعقد", "وتعقد");
// not a noun that starts with the same letter (وسط, وفد).
func (ac *articleContext) clauseOpening(w string) bool {
	fw := &ac.l.fw
	rest := fw.withoutConjunction(w)
	return rest != w && (fw.looksImperfect(rest) || fw.futureVerb(rest))
}

// possessor: the mention owns what follows it ("Washington's request", "Yemen's army").
func (ac *articleContext) possessor(si *sentInfo, m mention) bool {
	return hasAnySuffix(si.tokText(m.end-1), ac.l.fw.possessives) || ac.l.fw.possessiveAt(si, m.end)
}

// hostDrafts: a hosting city is the venue, and its state a sponsor of the talks, unless that
// state belongs to the war ("Baghdad will host talks with Erbil", "تستضيف باكو جولة محادثات"
// with Yerevan): a party convenes nothing, as setMember has it for the sides' own governments.
func (ac *articleContext) hostDrafts(out []draft, si *sentInfo, city *schemas.Entity, state string, pos int) []draft {
	out = append(out, draft{topic: "talks.venue", value: city.ID, pos: pos, rule: "venue.host"})
	if ac.stateOfTheWar(state) {
		return out
	}
	if state != "" && !sponsorNamed(out, state) {
		// "تستضيف أربيل جولة محادثات ... برعاية أميركية", "hosted by X and sponsored by Y":
		// the host joins the sponsors named after it, one set. Sponsors named before it belong
		// to another account ("برعاية الاتحاد الأوروبي، بينما تقترح موسكو استضافتها").
		sp := ac.speakerAt(si.s.Index, pos)
		for k := range out {
			if d := &out[k]; d.topic == "talks.sponsors" && d.pos > pos && !d.exhaustive && !d.ownNaming && ac.speakerAt(si.s.Index, d.pos) == sp {
				d.members = appendSorted(slices.Clone(d.members), state)
				return out
			}
		}
		out = append(out, draft{topic: "talks.sponsors", members: []string{state}, pos: pos, rule: "sponsors.host"})
	}
	return out
}

// stateOfTheWar: the state (a country or a government) belongs to this war: its country
// (actorCountry) is the theatre (else the event an unplaced article is compared within) or one
// behind the article's two sides. A third state hosting convenes. With no war known at all, a
// government or armed opposition is taken for a party: a host sponsoring by mistake would be
// set against every account of the sponsors.
func (ac *articleContext) stateOfTheWar(state string) bool {
	g := &ac.x.data.Gazetteer
	e := g.Entity(state)
	if e == nil {
		return false
	}
	c := actorCountry(g, e)
	if c == "" {
		return false
	}
	war := ac.theater
	if war == unplaced {
		war = ac.event
	}
	if c == war {
		return true
	}
	sides := ac.articleSides()
	for _, s := range sides {
		if s.Country == c && ac.namedNotByCapital(c) {
			return true
		}
	}
	return war == unplaced && sides == nil && e.Type != "country" && (e.Role == "government" || e.Role == "armed_opposition")
}

// namedNotByCapital: the article names country c as a party other than by a capital (its name,
// government, army): a capital only hosting makes its state no side ("تستضيف أديس أبابا" in
// coverage of Sudan's war).
func (ac *articleContext) namedNotByCapital(c string) bool {
	g := &ac.x.data.Gazetteer
	for _, si := range ac.infos {
		for _, m := range si.ents {
			if m.e.Type == "city" || m.place {
				continue
			}
			if !partyEntities(g, m, func(e *schemas.Entity) bool { return partyState(g, e) != c }) {
				return true // one of its parties is c's
			}
		}
	}
	return false
}

// agentRightAfter: "by" (a passive agent), maybe with an article, stands between pos and the
// name at start ("hosted by the Kurdistan Regional Government").
func (ac *articleContext) agentRightAfter(si *sentInfo, pos, start int) bool {
	if !ac.passiveAgentWord(si, pos) {
		return false
	}
	return start == pos+1 || start == pos+2 && ac.l.fw.definiteArticles[si.tokText(pos+1)]
}

// hostBody: a state, government or organization that can host talks (not a demonym).
func hostBody(m mention) bool {
	switch m.e.Type {
	case "country", "government", "organization":
		return !m.demonym
	}
	return false
}

// addSponsor adds a host to the sentence's talks sponsors: into the set another rule found for
// the same speaker ("hosted by the KRG and sponsored by the United States" is one set), else as
// its own claim.
func (ac *articleContext) addSponsor(out []draft, si *sentInfo, id string, pos int, rule string) []draft {
	sp := ac.speakerAt(si.s.Index, pos)
	for k := range out {
		d := &out[k]
		if d.topic == "talks.sponsors" && !d.exhaustive && !d.ownNaming && ac.speakerAt(si.s.Index, d.pos) == sp {
			d.members = appendSorted(slices.Clone(d.members), id)
			return out
		}
	}
	return append(out, draft{topic: "talks.sponsors", members: []string{id}, pos: pos, rule: rule})
}

// capitalNamedByState: the state a hosting city stands for: its own (a capital that speaks for
// it), or the state whose adjective names it ("العاصمة الكينية نيروبي", "the Kenyan capital").
func (ac *articleContext) capitalNamedByState(si *sentInfo, m mention) string {
	if m.e.SpeaksFor != "" || m.e.Country == "" {
		return m.e.SpeaksFor
	}
	for _, h := range si.entHits {
		if h.start >= m.start && h.end <= m.end && ac.l.demonym[h.idx] && ac.l.entities[h.idx].ID == m.e.Country {
			return m.e.Country
		}
	}
	return ""
}

// sponsorNamed: a talks.sponsors draft of the sentence already names the state ("تستضيف الدوحة
// ... برعاية قطر والولايات المتحدة"): the host adds no narrower set.
func sponsorNamed(ds []draft, id string) bool {
	for _, d := range ds {
		if d.topic == "talks.sponsors" && slices.Contains(d.members, id) {
			return true
		}
	}
	return false
}

// appositiveEnd: when a comma within a few words after pos opens an appositive that another
// comma closes ("Talks on a second phase, meant to ..., are due"), the position after the
// closing comma; else pos.
func appositiveEnd(si *sentInfo, pos int) int {
	open := -1
	for k := pos; k < len(si.toks) && k <= pos+5; k++ {
		if _, ok := si.mentionAt(k); ok {
			return pos // "محادثات في أستانة، ...": the place comes first
		}
		if loc := si.startsAt(catLocative, k); loc {
			return pos
		}
		if t := si.toks[k]; t.punct {
			if isComma(t.text) {
				open = k
			}
			break
		}
	}
	if open < 0 {
		return pos
	}
	for k := open + 1; k < len(si.toks) && k <= open+15; k++ {
		t := si.toks[k]
		if t.punct && isComma(t.text) {
			return k + 1
		}
		if t.punct && clauseBreakPunct(t.text) || isQuote(t.text) {
			return pos
		}
	}
	return pos
}

// signingPlace: the city where this truce was signed or reached, told in a relative clause on
// it ("الاتفاق الذي وُقّع في مسقط", "الذي تم التوصل إليه في العاصمة القطرية الدوحة", "the
// truce which was signed in Muscat"), is the forum that produced it: a locative right after
// the agreeing verb and a city after it. Announcing somewhere (direct-object cues) names no
// forum.
func (ac *articleContext) signingPlace(out []draft, si *sentInfo) []draft {
	if len(si.ents) == 0 {
		return out
	}
	for _, h := range ac.cuesOf(si, refStatus) {
		cue := ac.l.topicCue[h.idx]
		// A denied signing names no forum, however far the denial ("denied that a separate
		// accord had been signed in Jeddah", "denied reports that ... had been signed in Doha").
		// "said it had signed nothing in Luanda": a negative object (signatories_negative_quantifier.go).
		if cue.Value != "agreed" || cue.Object != "" || negatedAt(si, h.start) || ac.deniedAt(si, h.start) || deniedAt(si, h.start) || ac.signingNegatedByQuantifier(si, h) {
			continue
		}
		loc, far := ac.signingLocative(si, h) // venue_signed_abroad.go
		if loc < 0 {
			continue
		}
		// A relative clause on the truce tells where it was made. A participle, a main verb or
		// "as agreed in Cairo" tells it too ("الاتفاق الموقّع في كوالالمبور", "signed a
		// ceasefire agreement in Doha", "what we signed in Geneva"), but there a place of the war
		// may be the truce's own ground ("agreed to a ceasefire in Hodeidah", "signed a truce in
		// Juba" by South Sudan's sides): only a city abroad, in no state of the war, is the forum.
		relative := ac.relativeOfCeasefire(si, h.start) || ac.reducedRelativeOfCeasefire(si, h) && !ac.otherYearIn(si) // venue_reduced_relative.go
		if !relative && !ac.madeHere(si, h) {
			continue // "In 2015 the two sides signed a truce in Geneva": another agreement
		}
		// "agreed to a ceasefire in Hodeidah": the place after the truce's noun, or past a far
		// locative, may be the truce's own; a city abroad is where it was signed.
		abroadOnly := far || !relative && truceRightBefore(si, loc)
		for _, m := range si.ents[si.firstMentionFrom(loc):] {
			if m.start > loc+4 {
				break
			}
			// A building right after the locative is where the deal was made, whatever the
			// state: no truce's ground ("agreed last Friday at Dar al-Fatwa", "ورقة التفاهم التي
			// وُقّعت في دار الفتوى").
			if m.e.Type == "organization" && venueSite(m.e) && !m.demonym && ac.locativeRightBefore(si, m.start) {
				out = append(out, draft{topic: "talks.venue", value: m.e.ID, pos: m.start, rule: "venue.signing_place"})
				break
			}
			// A city of a state of the war is the truce's ground, but for one abroad of every
			// fighter the article names: the event or the sides may have been read off the
			// forum itself ("as agreed in Geneva" in coverage of Cameroon's separatists).
			if !relative && ac.stateOfTheWar(m.e.Country) && !ac.forumAbroad(m.e) || abroadOnly && !ac.signedAbroad(m) {
				continue
			}
			// The place follows its preposition ("in the Ethiopian capital Addis Ababa"), not
			// past a comma ("in Putrajaya, with Washington and Beijing in the room").
			if m.e.Type == "city" && !m.demonym && !ac.subnational(si, m) && !boundaryIn(si, loc, m.start) && !punctIn(si, loc, m.start) {
				out = append(out, draft{topic: "talks.venue", value: m.e.ID, pos: m.start, rule: "venue.signing_place"})
				break
			}
		}
	}
	return out
}

// forumAbroad: the place lies in a country none of the fighters the article names belongs to
// (fighterCountries.abroad, gathered once an article), as the theatre's forum-city test reads it.
func (ac *articleContext) forumAbroad(e *schemas.Entity) bool {
	if ac.fighters.infos == nil {
		ac.fighters = fighterCountries{g: &ac.x.data.Gazetteer, l: ac.l, infos: ac.infos, homeWars: ac.x.homeWars, chosen: true}
	}
	return ac.fighters.abroad(e)
}

// madeHere: outside a relative clause on the truce, the agreeing verb at h tells where this
// truce was made only in a plain statement: no question ("Did the sides sign the truce in
// Stockholm?"), no condition ("would sign a truce in Muscat only if ..."), no modal or plan
// before it, and no year other than the article's ("In 2015 the two sides signed a truce in
// Geneva", "signed ... in Havana in 2016": another, earlier agreement).
func (ac *articleContext) madeHere(si *sentInfo, h hit) bool {
	if questionSentence(si) || si.has[catConditional] {
		return false
	}
	for i := h.start - 1; i >= 0 && i >= h.start-3; i-- {
		if si.startsAt(catModality, i) || si.startsAt(catPlanned, i) {
			return false
		}
	}
	return !ac.otherYearIn(si)
}

// otherYearIn: the sentence names a year other than the article's (any year when it is
// undated): it may tell of another, earlier agreement.
func (ac *articleContext) otherYearIn(si *sentInfo) bool {
	pub, dated := ac.published()
	for k := range si.toks {
		if y, ok := fourDigitNumber(&si.toks[k]); ok && y > 1900 && y < 2100 && (!dated || y != pub.Year()) {
			return true
		}
	}
	return false
}

// truceRightBefore: a ceasefire noun ends right before token pos ("a ceasefire in ...").
func truceRightBefore(si *sentInfo, pos int) bool {
	for _, h := range si.hitsOf(catCeasefire) {
		if h.end == pos {
			return true
		}
	}
	return false
}

// punctIn: a punctuation token lies in [from, to).
func punctIn(si *sentInfo, from, to int) bool {
	for i := from; i < to && i < len(si.toks); i++ {
		if si.toks[i].punct {
			return true
		}
	}
	return false
}

// boundaryIn: a clause boundary lies on a token in [from, to).
func boundaryIn(si *sentInfo, from, to int) bool {
	for i := from; i < to && i < len(si.boundary); i++ {
		if si.boundary[i] {
			return true
		}
	}
	return false
}

// contractedModal: a word a negation is contracted onto is a modal auxiliary (won't, can't:
// "wo", "ca" in the lexicon's modal_auxiliaries).
func (ac *articleContext) contractedModal(word string) bool {
	for _, c := range ac.l.morph.contractions {
		if stem, ok := strings.CutSuffix(word, c.suffix); ok && ac.l.fw.modalAuxiliaries[stem] {
			return true
		}
	}
	return false
}
