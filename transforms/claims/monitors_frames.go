package claims

import (
	"unicode"

	"github.com/tanaqud/tanaqud/schemas"
)

// Frames of the monitors set that name no member after the cue: a refusal or a negated subject
// before it, and the speaker's own teams ("its frigates were monitoring", "our teams will be on
// the ground to monitor it", "أنها نشرت فرق مراقبة").

// refusedMonitoring: a denial verb governs the cue ("rejecting the deployment of ASEAN
// observers", "رافضاً نشر مراقبين من آسيان") or a negation opens its subject ("No foreign
// warship has a monitoring role"): no monitor is named.
func (ac *articleContext) refusedMonitoring(si *sentInfo, h hit) bool {
	if deniedAt(si, h.start) {
		return true
	}
	for k := h.start - 1; k >= 0 && k >= h.start-6; k-- {
		if si.boundary[k] || si.toks[k].punct && !isQuote(si.toks[k].text) {
			return false
		}
		if _, ok := si.mentionAt(k); ok {
			return false // a named subject: "the UN will not monitor" is negatedAt's
		}
		if n, ok := si.hitAt(catNegation, k); ok && n.start == k && !si.trap[k] {
			return true
		}
	}
	return false
}

// ownTeamsSpeaker: the cue's subject is the speaking body's own staff, named by a possessive or
// a pronoun a few words before it, with no name between ("its frigates were already
// monitoring", "our teams will be on the ground to monitor it", "it would continue to monitor",
// "أنها نشرت فرق مراقبة", "أن فرقها تراقب": ownStaffNoun): the speaker's body monitors. ""
// otherwise, and for a passive ("it will be monitored"), whose subject is what is watched.
func (ac *articleContext) ownTeamsSpeaker(si *sentInfo, h hit) string {
	fw := &ac.l.fw
	if h.start > 0 && titleCased(si.originalSpan(h.start, h.start+1)) && titleCased(si.originalSpan(h.end, h.end+1)) {
		return "" // "as long as they notify the Joint Monitoring Committee": the cue is inside a body's proper name
	}
	// "it will be monitored": a copula before a participle cue makes a passive.
	participle := hasAnySuffix(si.toks[h.end-1].text, fw.participleSuffixes)
	found := false
	for k := h.start - 1; k >= 0 && k >= h.start-9; k-- {
		t := &si.toks[k]
		if si.boundary[k] && !isQuote(t.text) || t.punct && !isQuote(t.text) {
			return ""
		}
		if _, ok := si.mentionAt(k); ok {
			return ""
		}
		w := si.tokText(k)
		if participle && fw.copulas[w] {
			return ""
		}
		if _, ok := si.hitAt(catModality, k); ok {
			return "" // "we expect UNISFA to verify that": the pronoun wants, another watches
		}
		if fw.possessiveDeterminers[w] || fw.firstPersonPlural[w] || ac.pronounOrCarrier(w) && !fw.copulas[si.tokText(k+1)] || ac.ownStaffNoun(si, k) {
			found = !ac.narrationAfterSaying(si, k)
			break
		}
	}
	if !found {
		return ""
	}
	sp := ac.speakerAt(si.s.Index, h.start)
	if sp == nil || !setMember(mention{e: sp}) && sp.Type != "military" || partyToTruce(sp) {
		return ""
	}
	return ac.memberID(mention{e: sp})
}

// partyToTruce: a side of the war (its government, army, coalition or an armed group). Its own
// units watching ("its aircraft were monitoring Houthi positions", "إنه يراقب تحركات
// الحوثيين") watch the enemy, not the truce: never its monitor through the speaker's teams.
func partyToTruce(e *schemas.Entity) bool {
	switch e.Role {
	case "un", "mediator", "guarantor_state", "monitor":
		return false
	case "government", "armed_opposition", "jihadist":
		return true
	}
	return e.Type == "armed_group"
}

// narrationAfterSaying: a comma parts the verb of saying before pos from pos ("the European
// Union said, as its monitors stepped up patrols"): what follows is the outlet's narration,
// unless a complementizer opens what is said after the comma.
func (ac *articleContext) narrationAfterSaying(si *sentInfo, pos int) bool {
	said := -1
	for _, a := range si.attrs {
		if a.pos < pos {
			said = a.pos
		}
	}
	if said < 0 || !commaIn(si, said, pos) {
		return false
	}
	for k := said + 1; k <= pos; k++ {
		if w := si.tokText(k); ac.l.fw.complementizers[w] || ac.pronounOrCarrier(w) && !ac.l.fw.subjectPronouns[w] {
			return false // "أعلنت ...، في بيان اليوم، أنها نشرت": the complementizer opens what is said
		}
	}
	return true
}

// qualifierWithAgent: a name qualifying the monitoring noun ("an ASEAN observer team, led by
// Malaysia", "a U.N. monitoring cell, proposed by Oman") is a member beside the agent of the
// participle after it; a modal participle's agent (proposed, demanded by) only puts the body
// forward and is no member.
func (ac *articleContext) qualifierWithAgent(si *sentInfo, h hit, agents []mention, member func(mention) bool) []mention {
	if len(agents) == 0 || h.start == 0 {
		return agents
	}
	k := si.mentionsEndingBy(h.start) - 1
	if k < 0 || si.ents[k].end != h.start || !member(si.ents[k]) {
		return agents
	}
	q := si.ents[k]
	for p := h.end; p < agents[0].start; p++ {
		if _, ok := si.hitAt(catModality, p); ok {
			return []mention{q}
		}
	}
	// After the agents: the list stays one coordinated run (coordinatedRun) though the
	// qualifier stands before the cue.
	return append(agents, q)
}

// qualifiesCeasefire: the name stands in a hyphen-joined pair right before a ceasefire noun
// ("the Turkey-PKK ceasefire", "the Saudi-Houthi truce"): a side of the truce, not who watches
// it. A single name there qualifies the monitors ("UN ceasefire monitors", "Russian ceasefire
// monitors"), and a neutral body (the UN, a broker, a monitor) is never such a side. Only where
// qualifiers precede their noun: in Arabic the name before the noun is the verb's subject
// ("ستراقب الأمم المتحدة الهدنة").
func qualifiesCeasefire(si *sentInfo, m mention) bool {
	if neutralBody(m) {
		return false
	}
	// "Saudi-Houthi": the name after the hyphen joins the one before it.
	joined := m.start >= 2 && si.toks[m.start-1].text == "-" && pairedBefore(si, m.start-1)
	for _, c := range si.hitsOf(catCeasefire) {
		if c.start < m.end || c.start-m.end > 4 {
			continue
		}
		k, pair := m.end, joined
		for k < c.start {
			if n, ok := si.mentionAt(k); ok && pair && !neutralBody(n) {
				k = n.end
			} else if si.toks[k].text == "-" {
				pair = true
				k++
			} else {
				break
			}
		}
		if k == c.start && pair {
			return true
		}
	}
	return false
}

// pairedBefore: a name that is no neutral body ends right before the hyphen at pos.
func pairedBefore(si *sentInfo, pos int) bool {
	k := si.mentionsEndingBy(pos) - 1
	return k >= 0 && si.ents[k].end == pos && !neutralBody(si.ents[k])
}

// neutralBody: the UN, a monitoring body or another organization, which watches a truce and
// is never one of its sides. A state's role is another event's (Turkey, a guarantor in Syria,
// is a side of the Turkey-PKK ceasefire), so states are never neutral here.
func neutralBody(m mention) bool {
	return m.e.Role == "un" || m.e.Role == "monitor" || m.e.Type == "organization"
}

// governmentHolder: a side's own government named outright, right after the holder link at
// from, as the holder of the monitoring task ("مهمة الحكومة السورية ومؤسساتها حصراً"); not one
// behind a preposition ("خطوة مهمة للحكومة", important for the government).
func (ac *articleContext) governmentHolder(si *sentInfo, m mention, from int) bool {
	// "مهمة صعبة على الحكومة", a hard task for the government: only the construct state
	// right after the holder link names the holder.
	if m.e.Type != "government" || m.context || m.start != from {
		return false
	}
	t := si.toks[m.start].text
	return !(hasAnyPrefix(t, ac.l.fw.prepositionClitics) && runeLen(t) > 4)
}

// qualifierOverLaterNames: a name qualifying the monitoring noun ("آلية أممية للمراقبة", "a
// U.N. monitoring cell") names the monitor; names found a few words after the cue, not joined
// to it ("... للمراقبة موافقة الحوثيين وواشنطن", the approval awaited), belong to another
// phrase.
func (ac *articleContext) qualifierOverLaterNames(si *sentInfo, h hit, ms []mention, member func(mention) bool) []mention {
	if h.start == 0 || ms[0].start-h.end < 2 || ac.frameBefore(si, ms[0].start) > 0 || ac.alongsideBefore(si, ms[0].start) || ac.passiveAgentWord(si, ms[0].start-1) {
		return ms
	}
	k := si.mentionsEndingBy(h.start) - 1
	if k < 0 || si.ents[k].end != h.start || !member(si.ents[k]) {
		return ms
	}
	return []mention{si.ents[k]}
}

// alongsideAfterObject: the monitoring words and their object are followed by "alongside Y"
// ("سيتولون رصد الالتزام بوقف إطلاق النار إلى جانب لجنة البرلمان", "in monitoring the
// ceasefire, alongside the UN force", "will monitor compliance together with Y"): Y monitors
// too. Only an object naming no one lies between; a bare conjunction is no such phrase, and a
// description ("لجنة عسكرية مشتركة", a joint military committee) names no known body.
func (ac *articleContext) alongsideAfterObject(si *sentInfo, h hit, ms []mention, member func(mention) bool) []mention {
	a, ok := ac.alongsideAfter(si, h, ms)
	if !ok || ac.alongsidePronoun(si, a) {
		return nil // "alongside them": alongsidePronounMembers
	}
	p := a.end
	if _, named := si.mentionAt(p); !named && p < len(si.toks) && ac.l.fw.definiteArticles[si.tokText(p)] {
		p++ // the article outside the name ("alongside the AU" where the name is "AU")
	}
	if q := ac.staffFromPhrase(si, p); q > p {
		p = q // "joined by liaison officers from Libya", "بمشاركة ضباط ارتباط من ليبيا"
	} else if _, named := si.mentionAt(p); !named && p < len(si.toks) && (ac.forceHead(si, p) || ac.l.fw.staffNouns[si.tokText(p)]) {
		p++ // the body's men or teams ("إلى جانب جنود كفور", "alongside UNAMI teams")
	}
	// A bare context alias ("the army") may be anyone's; a qualified one ("army
	// intelligence") names its body.
	if m, ok := si.mentionAt(p); ok && m.start == p && member(m) && (!m.context || m.qualified) {
		// "together with army intelligence and Hamas": an armed group listed beside a
		// body is a broker too, unless the article names it a side.
		// Only after such a body: beside states ("together with Qatar and the Islamic
		// Jihad") an armed group is more often a party than a broker.
		withGroups := func(o mention) bool {
			return member(o) || m.context && m.qualified && o.start > m.start && ac.brokerGroup(o)
		}
		return coordinatedRun(ac, si, collectForward(si, m.start, 2, withGroups, nil))
	}
	return nil
}

// alongsideAfter: the alongside phrase that follows the cue and its members (ms) within eight
// tokens, with only an object naming no one between (see alongsideAfterObject); false if none.
// Towns the monitors went to may stand between, each counting as one token ("AU observers had
// deployed to Faya-Largeau and Zouar, joined by liaison officers from Libya and Niger").
func (ac *articleContext) alongsideAfter(si *sentInfo, h hit, ms []mention) (hit, bool) {
	if !si.has[catAlongside] {
		return hit{}, false
	}
	last := h.end
	for _, m := range ms {
		last = max(last, m.end)
	}
	for _, a := range si.hitsOf(catAlongside) {
		if a.start < last || a.start-last > 14 || ac.l.fw.conjunctions[si.tokText(a.start)] {
			continue
		}
		gap := 0 // tokens between, a skipped name counting as one
		for k := last; k < a.start; k++ {
			if gap++; gap > 8 {
				return hit{}, false
			}
			if m, ok := si.mentionAt(k); ok {
				if m.end < a.start && ac.namesTheTruce(si, m) {
					k = m.end - 1 // "helped broker the Central African ceasefire alongside Angola": the truce's name, no member
					continue
				}
				if m.end < a.start && townNamed(m) {
					k = m.end - 1 // "had deployed to Faya-Largeau and Zouar, joined by": where they went, no member
					continue
				}
				return hit{}, false
			}
			if t := &si.toks[k]; t.punct && !(isComma(t.text) && k == a.start-1) || si.boundary[k] && k != a.start-1 {
				return hit{}, false
			}
		}
		return a, true
	}
	return hit{}, false
}

// brokerGroup: an armed group named by its own name that no sentence of the article names as a
// side of the truce ("between Fatah and Jund al-Sham"), nor a jihadist one, which truces leave
// out: in a list of brokers beside a body it brokers too (a camp's factions guaranteeing a
// truce between two others).
func (ac *articleContext) brokerGroup(m mention) bool {
	if m.e.Type != "armed_group" || m.context || m.demonym || m.e.Role == "jihadist" {
		return false
	}
	for _, si := range ac.infos {
		for _, o := range si.ents {
			if o.e == m.e && ac.namedAsSide(si, o) {
				return false
			}
		}
	}
	return true
}

// unresolvedDualBetween: a dual force noun no mention stands for ("the two militaries" in an
// article naming more than two states) lies in [from, to): it, not a name before it, is the
// subject of the monitoring words after it.
func unresolvedDualBetween(si *sentInfo, from, to int) bool {
	if !si.has[catDualForce] {
		return false
	}
	for _, d := range si.hitsOf(catDualForce) {
		if d.start < from || d.end > to {
			continue
		}
		if _, ok := si.mentionAt(d.start); !ok {
			return true
		}
	}
	return false
}

// monitoringHandedOver: the monitoring noun is the subject of its own clause, handed by a holder
// link right after it (lexicon object "holder": falls to, handled by) ("and said monitoring would be handled by the
// Chinese team alone"): it names who watches the truce, whatever talks the sentence names.
func (ac *articleContext) monitoringHandedOver(si *sentInfo, h hit) bool {
	for p := h.end; p < len(si.toks) && p <= h.end+5; p++ {
		if si.boundary[p] || si.toks[p].punct {
			return false
		}
		if _, ok := si.mentionAt(p); ok {
			return false
		}
		if ac.holderLinkAt(si, p) > p {
			return true // "handled by", "falls to", "ستتولاها"; a bare passive "by" ("was raised by") hands nothing over
		}
	}
	return false
}

// closingQuote: a quotation mark after a comma or full stop at i closes what is quoted ("to
// verify that," army spokesman ...): the names after it are who speaks, not members.
func closingQuote(si *sentInfo, i int) bool {
	if i < 1 || !isQuote(si.toks[i].text) {
		return false
	}
	p := si.toks[i-1].text
	return si.toks[i-1].punct && (isComma(p) || p == ".")
}

// foreignObject: a verb cue that names a guarantor or sponsor only of the truce, the deal or the
// talks (lexicon object "agreement": guarantee, sponsor, يضمن, رعت) stands in a sentence naming
// none of them, and its object is no pronoun for one ("the EU guaranteed a loan", "ورعت
// السعودية بطولة كرة قدم"): it guarantees or sponsors something else. A cue with no object
// after it is a noun ("France may join as a third sponsor, he said"): the role itself.
func (ac *articleContext) foreignObject(si *sentInfo, h hit) bool {
	if ac.l.topicCue[h.idx].Object != "agreement" || si.has[catCeasefire] || si.has[catAgreement] || si.has[catTalks] || si.has[catMeeting] {
		return false
	}
	if h.end >= len(si.toks) || si.toks[h.end].punct {
		return false
	}
	return !ac.l.fw.objectPronouns[si.tokText(h.end)] && !ac.l.fw.pronounSuffixed(si, h)
}

// roleRefused: a denial verb a few words before the cue takes the role itself as its object
// ("The Houthis rejected any Saudi mediation", "refused to act as guarantor", "ورفض الحوثيون أي
// وساطة سعودية", "رفضت روسيا أن تكون ضامنا"): nobody is named to it. A truce, deal or talks noun
// between them is the object instead ("rejected the deal brokered by Qatar"): the role stands.
func (ac *articleContext) roleRefused(si *sentInfo, h hit) bool {
	if !si.has[catDenial] {
		return false
	}
	// Seven words back, a name counting as one and an article as none ("ونفى الحوثيون أن تكون
	// سلطنة عمان وسيطا", "denied that Oman had been a mediator", "rejected any role for the UAE
	// as a mediator").
	for k, words := h.start-1, 0; k >= 0 && words < 7; k, words = k-1, words+1 {
		if m, ok := si.mentionEndingAt(k + 1); ok {
			k = m.start
		}
		if t := si.tokText(k); ac.l.fw.definiteArticles[t] || ac.l.fw.indefiniteArticles[t] {
			words--
		}
		if si.boundary[k] || si.toks[k].punct {
			return false
		}
		if si.startsAt(catCeasefire, k) || si.startsAt(catAgreement, k) || si.startsAt(catTalks, k) {
			return false
		}
		if si.startsAt(catDenial, k) {
			return true // before the verbs of saying: "rejected" is one too
		}
		if si.startsAt(catAttrVerb, k) {
			return false
		}
	}
	return false
}

// eventMonitors: the monitoring word is qualified by an event other than a truce (lexicon
// watched_events: "Election monitors from the EU arrived in Nepal", "وصل مراقبو الانتخابات"), in a
// sentence that names no ceasefire: they watch that event. A body ("the committee monitors") is
// no such event. English puts the qualifier before the word, Arabic the genitive after it.
func (ac *articleContext) eventMonitors(si *sentInfo, h hit) bool {
	if si.has[catCeasefire] {
		return false
	}
	k := h.end
	if !ac.l.lex.Grammar.AdjectiveAfterNoun {
		k = h.start - 1
	}
	if k < 0 || k >= len(si.toks) || si.toks[k].punct || si.startsAt(catAgreement, k) || si.startsAt(catTalks, k) {
		return false
	}
	if _, ok := si.mentionEndingAt(k + 1); ok {
		return false // a name ending in a forum word ("African Union observers") is the monitor
	}
	if _, ok := si.mentionAt(k); ok {
		return false
	}
	return ac.l.fw.watchedEvents[si.tokText(k)]
}

// negatedBeforeMember: a negated verb governs the name at start from a few words before it, in
// its clause ("ولم يحدد النص دوراً للقوات الأوغندية في عملية المراقبة", "did not give Uganda a
// role in the monitoring"): the name is denied the role a later monitoring word names.
func negatedBeforeMember(si *sentInfo, start int) bool {
	if !si.has[catNegation] {
		return false
	}
	for k := start - 1; k >= 0 && k >= start-5; k-- {
		if n, ok := si.hitAt(catNegation, k); ok && n.start == k && !si.trap[k] {
			return true
		}
		if si.boundary[k] || si.toks[k].punct && !isQuote(si.toks[k].text) {
			return false
		}
		if _, ok := si.mentionAt(k); ok {
			return false
		}
	}
	return false
}

// holderOverAdjectives: the names after the monitoring word are only country adjectives of
// another noun between it and a holder link ("المراقبة شأن ليبي خالص تتولاه اللجنة الأمنية
// المشتركة وحدها", monitoring is a purely Libyan matter that the joint committee alone
// handles): the holder's names are the members, not the adjective's country. An adjective
// right on the cue ("مراقبين ليبيين") stays a member.
func (ac *articleContext) holderOverAdjectives(si *sentInfo, h hit, ms []mention, member func(mention) bool) []mention {
	if ms[0].start == h.end {
		return ms
	}
	for _, m := range ms {
		if !ac.countryAdjective(m) {
			return ms
		}
	}
	if held := ac.carriedOutBy(si, h, member); len(held) > 0 {
		return held
	}
	return ms
}

// attributionInsertEnd: token p is a comma opening an insert of at most four words, closed by
// another comma, that holds a verb of saying (", Haddad added,", "، بحسب المصدر،"): the position
// of the closing comma, else -1.
func (ac *articleContext) attributionInsertEnd(si *sentInfo, p int) int {
	if p >= len(si.toks) || !isComma(si.toks[p].text) || !si.has[catAttrVerb] && !si.has[catAttrPrep] {
		return -1
	}
	for k := p + 1; k < len(si.toks) && k <= p+5; k++ {
		if isComma(si.toks[k].text) {
			if len(hitsStartingIn(si.hitsOf(catAttrVerb), p+1, k-1)) > 0 || len(hitsStartingIn(si.hitsOf(catAttrPrep), p+1, k-1)) > 0 {
				return k
			}
			return -1
		}
		if si.toks[k].punct {
			return -1
		}
	}
	return -1
}

// staffFromPhrase: at p, staff named by where they come from ("liaison officers from", "observers
// of", "ضباط ارتباط من", "مراقبين من"): at most two words before the preposition, one of them a
// staff noun (lexicon staff_nouns), none a name or punctuation; the preposition is one of
// departure_prepositions (from, of, من). The position after the preposition, where the body
// they come from is named; p when no such phrase opens there.
func (ac *articleContext) staffFromPhrase(si *sentInfo, p int) int {
	staff := false
	for k := p; k < len(si.toks) && k <= p+2; k++ {
		if _, named := si.mentionAt(k); named || si.toks[k].punct || si.boundary[k] {
			return p
		}
		w := si.tokText(k)
		if staff && k > p && ac.l.fw.departurePrepositions[w] {
			return k + 1
		}
		staff = staff || ac.l.fw.staffNouns[w]
	}
	return p
}

// townNamed: a town or region named as a place, which stands for no state (a capital does).
func townNamed(m mention) bool {
	return (m.e.Type == "city" || m.e.Type == "region") && m.e.SpeaksFor == ""
}

// talksInLaterClause: every talks or meeting noun of the sentence follows the cue in a new
// clause that a comma and a complementizer open ("أن تراقب مجموعة المراقبة المشتركة الالتزام
// بالقواعد الأساسية، على أن تُعقد المحادثات المقبلة بعد أسبوعين"): the talks are another
// provision, and the cue watches the truce.
func (ac *articleContext) talksInLaterClause(si *sentInfo, h hit) bool {
	n := 0
	for _, c := range []category{catTalks, catMeeting} {
		for _, t := range si.hitsOf(c) {
			if t.start < h.end || !ac.newThatClause(si, h.end, t.start) {
				return false
			}
			n++
		}
	}
	return n > 0
}

// titleCased: a word written with a capital first letter (a proper name's word in English).
func titleCased(w string) bool {
	for _, r := range w {
		return unicode.IsUpper(r)
	}
	return false
}
