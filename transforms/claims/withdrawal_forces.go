package claims

import (
	"slices"

	"github.com/tanaqud/tanaqud/schemas"
)

// Who a withdrawal is about when no force is named right at the cue: forces coordinated with
// the one named, a state standing as the subject of the verb, the subject left before a
// parenthetical verb of saying, and a force named by a possessive or a pronoun.

// coordinatedForces extends the force m named right after a withdrawal noun with the forces
// coordinated with it ("the pullback of Misseriya and Ngok Dinka fighters", "انسحاب قوات X
// وقوات Y"): each is required alike.
func (ac *articleContext) coordinatedForces(si *sentInfo, m mention) []mention {
	out := []mention{m}
	for len(out) < 4 {
		k, t := m.end, si.tokText(m.end)
		switch {
		case ac.l.fw.coordinators[t]:
			k++ // "X and Y"
		case t == "" || ac.l.fw.withoutConjunction(t) == t:
			return out // "وقوات Y": the conjunction glued to the next name
		}
		n, ok := si.mentionAt(k)
		if !ok || !isForce(n) || n.e.ID == m.e.ID {
			return out
		}
		out, m = append(out, n), n
	}
	return out
}

// stateSubject is the army of a state named as the subject of a withdrawal verb ("The United
// States is not withdrawing a single ship", "Yerevan had not been asked to pull back any
// troops"): a country, or a capital speaking for it, at most six words before the cue in its
// reported content, with only words and no other name between. A withdrawal noun has no
// subject ("Kyiv demands the withdrawal" names who demands): a state then is no force.
func (ac *articleContext) stateSubject(si *sentInfo, h hit) (mention, bool) {
	if !ac.l.lex.Grammar.SubjectBeforeVerb || ac.withdrawalNoun(si, h) {
		return mention{}, false
	}
	from := max(ac.contentStart(si, h.start), h.start-8)
	k := si.mentionsEndingBy(h.start) - 1
	if k < 0 {
		return mention{}, false
	}
	m := si.ents[k]
	if m.start < from || m.demonym || m.place || h.start-m.end > 6 || si.boundaryIn(m.end, h.start) {
		return mention{}, false
	}
	for j := m.end; j < h.start; j++ {
		if si.toks[j].punct {
			return mention{}, false
		}
	}
	// "Yemen is withdrawing from the Gulf Cup", "would not pull out of the conference": a state
	// leaving an event, a body or talks, not ground.
	if ac.leavesNoGround(si, h) || ac.forumAfter(si, h) {
		return mention{}, false
	}
	state := ""
	switch {
	case m.e.Type == "country":
		state = m.e.ID
	case m.e.SpeaksFor != "" && ac.x.data.Gazetteer.Entity(m.e.SpeaksFor) != nil && ac.x.data.Gazetteer.Entity(m.e.SpeaksFor).Type == "country":
		state = m.e.SpeaksFor
	}
	if state == "" {
		return mention{}, false
	}
	f := ac.sideMilitary(state)
	if f == nil {
		return mention{}, false
	}
	return mention{start: m.start, end: m.end, e: f}, true
}

// forumAfter: a talks or meeting noun follows the cue within four tokens in its clause ("pull out
// of the conference", "withdraw from next week's summit"): what a state leaves is a forum.
func (ac *articleContext) forumAfter(si *sentInfo, h hit) bool {
	for _, n := range hitsStartingIn(si.nouns, h.end, h.end+4) {
		if (n.cat == catTalks || n.cat == catMeeting) && !si.boundaryIn(h.end, n.start) {
			return true
		}
	}
	return false
}

// withdrawalNoun: the cue is a noun (withdrawal, pullback): an article, a possessive or "any"
// right before it ("the withdrawal", "any pullback").
func (ac *articleContext) withdrawalNoun(si *sentInfo, h hit) bool {
	prev := si.tokText(h.start - 1)
	return ac.l.fw.definiteArticles[prev] || ac.l.fw.indefiniteArticles[prev] || ac.l.fw.possessiveDeterminers[prev] ||
		si.tokIn(h.start-1, classGenericDeterminer, ac.l.fw.genericDeterminers)
}

// parentheticalSubject: the force opening the sentence before a parenthetical verb of saying
// ("The rebels, it added, must withdraw their fighters", "القوات التركية، بحسب البيان، ستنسحب"):
// the content starts right after the parenthetical's second comma, and the force ends right
// before its first.
func (ac *articleContext) parentheticalSubject(si *sentInfo, h hit) (mention, bool) {
	from := ac.contentStart(si, h.start)
	// The content after ", it added," starts at the second comma or right after it.
	c2 := from
	if !isComma(si.tokText(c2)) {
		c2--
	}
	if c2 < 2 || !isComma(si.tokText(c2)) {
		return mention{}, false
	}
	for c1 := c2 - 1; c1 >= 1 && c1 >= c2-5; c1-- {
		if !isComma(si.tokText(c1)) {
			continue
		}
		k := si.mentionsEndingBy(c1) - 1
		if k < 0 {
			return mention{}, false
		}
		// The words between the commas must hold a verb of saying or an attribution ("it
		// added", "بحسب البيان"), and the content a term, not a movement seen beginning
		// ("Houthi fighters, residents said, began to withdraw").
		if m := si.ents[k]; m.end == c1 && isForce(m) && h.start-c2 <= 4 && ac.attributionBetween(si, c1+1, c2) && !ac.inchoativeBetween(si, c2+1, h.start) {
			return m, true
		}
		return mention{}, false
	}
	return mention{}, false
}

// inchoativeBetween: a verb saying a movement began (lexicon inchoative_verbs: began, بدأت)
// stands in [from, to).
func (ac *articleContext) inchoativeBetween(si *sentInfo, from, to int) bool {
	for k := max(from, 0); k < to && k < len(si.toks); k++ {
		if ac.l.fw.inchoativeVerbs[si.tokText(k)] {
			return true
		}
	}
	return false
}

// possessedForce: the token at k is a force noun carrying a pronoun suffix ("قواتها",
// "مقاتليها", "لقواته"; first person: "قواتنا"), or follows a possessive determiner ("its
// troops", "their fighters"); first says whether the owner is the speaker's side.
func (ac *articleContext) possessedForce(si *sentInfo, k int) (possessed, first bool) {
	t := si.toks[k].text
	if !isArabicWord(t) {
		return false, false
	}
	suffix := ""
	for _, s := range ac.l.morph.pronounSuffixes {
		if len(s) > len(suffix) && len(t) > len(s) && t[len(t)-len(s):] == s {
			suffix = s
		}
	}
	if suffix == "" {
		return false, false
	}
	for _, v := range si.toks[k].variants() {
		if v != t && (ac.l.fw.forceHeads[v] || ac.l.fw.forceNouns[v]) {
			return true, hasAnySuffix(suffix, ac.l.fw.weVerbSuffixes)
		}
	}
	return false, false
}

// affiliatedArmy: a government, ministry or state speaking of "our forces" speaks of its army.
func (ac *articleContext) affiliatedArmy(sp *schemas.Entity) *schemas.Entity {
	if sp == nil || isForce(mention{e: sp}) {
		return sp
	}
	// "وزارة الدفاع في أرض الصومال": the one army affiliated with the speaker, or with the
	// government the speaker belongs to, before the country's (a country with two armies has none).
	if f := ac.armyAffiliatedWith(sp.ID); f != nil {
		return f
	}
	if f := ac.namedForceAffiliatedWith(sp.ID); f != nil {
		return f
	}
	if sp.Affiliation != "" {
		if f := ac.armyAffiliatedWith(sp.Affiliation); f != nil {
			return f
		}
		if f := ac.namedForceAffiliatedWith(sp.Affiliation); f != nil {
			return f
		}
	}
	country := sp.ID
	if sp.Type != "country" {
		country = sp.Country
	}
	if country == "" {
		return sp
	}
	if f := ac.militaryOf(country); f != nil {
		return f
	}
	return sp
}

// namedForceAffiliatedWith is the one military entity affiliated with id that the article names,
// when the gazetteer knows several: Turkey's defence ministry on its "military personnel" in Libya
// speaks of the force the article names, not of Turkey's army in another war's file.
func (ac *articleContext) namedForceAffiliatedWith(id string) *schemas.Entity {
	var found *schemas.Entity
	for _, si := range ac.infos {
		for _, m := range si.ents {
			if m.e.Type != "military" || m.e.Affiliation != id || m.e == found {
				continue
			}
			if found != nil {
				return nil
			}
			found = m.e
		}
	}
	return found
}

// armyAffiliatedWith is the one military entity affiliated with id (nil when none or several),
// from a table built once with the extractor.
func (ac *articleContext) armyAffiliatedWith(id string) *schemas.Entity {
	return ac.x.armyAffiliated[id]
}

// affiliatedArmyTable maps each body to the one military entity affiliated with it; a body with
// several (or none) has no entry.
func affiliatedArmyTable(g *schemas.Gazetteer) map[string]*schemas.Entity {
	found := map[string]*schemas.Entity{}
	several := map[string]bool{}
	for i := range g.Entities {
		e := &g.Entities[i]
		if e.Type != "military" || e.Affiliation == "" {
			continue
		}
		if _, ok := found[e.Affiliation]; ok {
			several[e.Affiliation] = true
		}
		found[e.Affiliation] = e
	}
	for id := range several {
		delete(found, id)
	}
	// A body with several forces speaks of its country's named army ("our forces" of a
	// government whose country's gazetteer entry names its army), or of the force its own
	// entry names (a party's regular unit beside its special forces).
	for i := range g.Entities {
		e := &g.Entities[i]
		if e.Type == "military" && several[e.Affiliation] {
			if c := g.Entity(e.Country); c != nil && c.Army == e.ID {
				found[e.Affiliation] = e
			} else if b := g.Entity(e.Affiliation); b != nil && b.Army == e.ID {
				found[e.Affiliation] = e
			}
		}
	}
	return found
}

// withdrawalAccount is who gives an account of a force's withdrawal in a sentence: its speaker,
// and whether it is a demand ("لن تنسحب ..."، في رد على مطالبة الجيش التايلاندي بإعادة تموضع
// الوحدات الكمبودية": the refusal and the demand are two accounts).
type withdrawalAccount struct {
	force    string
	speaker  *schemas.Entity
	demanded bool
}

// seenBy is the index of the account a in accounts (-1: none).
func seenBy(accounts []withdrawalAccount, a withdrawalAccount) int {
	for i := range accounts {
		if accounts[i] == a {
			return i
		}
	}
	return -1
}

// adjectiveForce: a withdrawn force or weapon (a force head: "الأسلحة", "القوات") and a country's
// adjective right after a cue that takes who leaves or what is withdrawn (lexicon objects
// "agent", "withdrawn")
// ("بسحب الأسلحة الثقيلة الكمبودية": Cambodian heavy weapons) belongs to that country's army. Only
// where adjectives follow their noun, and with no preposition between: "الانسحاب من الأراضي
// السورية" is a withdrawal from the country, not of its army.
func (ac *articleContext) adjectiveForce(si *sentInfo, h hit) (mention, bool) {
	if obj := ac.l.topicCue[h.idx].Object; !ac.l.lex.Grammar.AdjectiveAfterNoun || obj != "agent" && obj != "withdrawn" {
		return mention{}, false // "مغادرة الأراضي التركية": leaving takes the place it leaves
	}
	if !ac.forceHead(si, h.end) {
		return mention{}, false // "سحب السفير اليمني" recalls an envoy, no force
	}
	for _, m := range si.ents[si.firstMentionFrom(h.end):] {
		if m.start > h.end+3 || si.boundaryIn(h.end, m.start) {
			return mention{}, false
		}
		for k := h.end; k < m.start; k++ {
			if ac.l.fw.prepositions[si.tokText(k)] || si.toks[k].punct || si.startsAt(catArea, k) {
				return mention{}, false
			}
		}
		if m.e.Type != "country" {
			return mention{}, false
		}
		// Only in a war between two states: in a civil war "الأسلحة الثقيلة اليمنية" are
		// either side's.
		if f := ac.sideMilitary(m.e.ID); f != nil && slices.Contains(ac.articleSides(), f) {
			return mention{start: m.start, end: m.end, e: f}, true
		}
		return mention{}, false
	}
	return mention{}, false
}

// negatedInContent is negatedAt with the negation inside the cue's reported content: "the army
// did not confirm any withdrawal" negates the report, not the withdrawal.
func (ac *articleContext) negatedInContent(si *sentInfo, pos int) bool {
	from := ac.contentStart(si, pos)
	for k := pos - 1; k >= from && k >= pos-3; k-- {
		if si.boundary[k] {
			return false
		}
		if h, ok := si.hitAt(catNegation, k); ok && h.end <= pos+1 && !si.trap[k] {
			return true
		}
	}
	return false
}

// sideDemands: whoever demands the withdrawal at pos is a named side: the speaker, else the agent
// of the demand ("تطالب الحكومة، بحسب قوله، بخروج ..."), and no source such as activists or
// residents ("يطالب ناشطون بخروج ...").
func (ac *articleContext) sideDemands(si *sentInfo, pos int, sp *schemas.Entity) bool {
	if sp == nil {
		if _, at := ac.modalityCue(si, pos); at >= 0 {
			sp = ac.agentBefore(si, at)
		}
	}
	return sp != nil && sp.Type != "source"
}

// demandedAt: the content at pos is a demand or a proposal ("the withdrawal demand", "تطالب
// بانسحاب").
func (ac *articleContext) demandedAt(si *sentInfo, pos int) bool {
	m, _ := ac.modalityCue(si, pos)
	return m == "demanded" || m == "proposed"
}

// genitiveNotForce: an intransitive withdrawal noun (lexicon object "agent") in the construct state (no article: "خروج",
// "لخروج") whose genitive right after it is a definite noun that names no force ("لخروج الجرحى
// والمرضى": the wounded leave, no force withdraws): the one who leaves is that noun.
func (ac *articleContext) genitiveNotForce(si *sentInfo, h hit) bool {
	if h.end >= len(si.toks) || ac.l.topicCue[h.idx].Object != "agent" {
		return false
	}
	t, next := si.toks[h.end-1].text, si.toks[h.end].text
	if !isArabicWord(next) || hasAnyPrefix(t, ac.l.fw.nounPrefixes) || !hasAnyPrefix(next, ac.l.fw.nounPrefixes) {
		return false
	}
	if m, ok := si.mentionAt(h.end); ok && (isForce(m) || localJihadist(m) || m.demonym) || ac.forceHead(si, h.end) {
		return false
	}
	return true
}

// clearedOfForce: a clearing noun (lexicon object "cleared": "إخلاء المنطقة جنوب الليطاني من
// مقاتلي حزب الله") names the place first and the force after a preposition: the first force
// within ten tokens, in the clause. Only that force: "إخلاء الجرحى من المدينة" clears no force.
func (ac *articleContext) clearedOfForce(si *sentInfo, h hit) []mention {
	for _, m := range si.ents[si.firstMentionFrom(h.end):] {
		if m.start > h.end+10 || si.boundaryIn(h.end, m.start) {
			return nil
		}
		// "من مقاتلي X": a force noun may stand between the preposition and the name.
		p := m.start - 1
		if ac.forceHead(si, p) {
			p--
		}
		if isForce(m) && p >= h.end && ac.l.fw.prepositions[si.tokText(p)] {
			return []mention{m}
		}
	}
	return nil
}

// vacatingForce: a clearing noun with no force after a preposition, whose object is what is
// vacated ("يُلزم مسلحي X بإخلاء السواتر الترابية", "تعهد X بإخلاء المواقع"): the force ending
// right before it leaves. Not a movement said to begin ("بدأ الجيش بإخلاء"), nor the wounded
// or the dead carried out ("بإخلاء الجرحى").
func (ac *articleContext) vacatingForce(si *sentInfo, h hit) (mention, bool) {
	k := si.mentionsEndingBy(h.start) - 1
	if k < 0 {
		return mention{}, false
	}
	m := si.ents[k]
	if m.end != h.start || !isForce(m) || ac.fateWordAt(si, h.end) || ac.inchoativeBetween(si, ac.contentStart(si, h.start), m.start) || ac.ordersAt(si, m.start) {
		return mention{}, false
	}
	return m, true
}

// ordersAt: the word right before the force at pos gives an order or makes a demand ("وأمر
// الجيش الإسرائيلي بإخلاء مستشفى الشفاء", "طالبت قوات الدعم السريع بإخلاء المنازل"): the force
// is its subject and others are to leave. With the subject before ("طالب السكان الجيش
// بإخلاء المدارس") the force is the one asked.
func (ac *articleContext) ordersAt(si *sentInfo, pos int) bool {
	if pos == 0 {
		return false
	}
	if ac.l.fw.orderingVerbs[ac.l.fw.withoutConjunction(si.tokText(pos-1))] {
		return true
	}
	for _, h := range hitsStartingIn(si.hitsOf(catModality), pos-ac.l.longest, pos-1) {
		if h.end == pos && ac.l.modality[h.idx] == "demanded" {
			return true
		}
	}
	return false
}

// demandAgent is who makes the demand governing the withdrawal at pos, when the content names
// them: the name right after the demand word ("تطالب الحكومة بخروج", "مطالبة الجيش التايلاندي
// بإعادة تموضع") or just before it ("Kyiv demands"), never the force asked to withdraw. "" when
// the content names nobody: the speaker demands.
func (ac *articleContext) demandAgent(si *sentInfo, pos int, force string) string {
	_, at := ac.modalityCue(si, pos)
	if at < 0 || at >= pos {
		return ""
	}
	// The demand word is often a verb of saying too: the name next to it is its subject
	// ("طالب الحوثيون بانسحاب ..." names the speaker again, which changes nothing).
	// An accusative participle's name is its object, who is asked ("، مطالباً جهاز الردع بسحب
	// ..."): the participle has the clause's subject (circumstantialParticiple), not the name.
	if m, ok := ac.mentionWithin(si, at+1, 1, true); ok && m.end <= pos && speakerEligible(m) && m.e.ID != force && !circumstantialParticiple(si, at) {
		return m.e.ID
	}
	if ms := collectBackward(si, at+1, 4, speakerEligible); len(ms) > 0 && ms[0].e.ID != force && !si.boundaryIn(ms[0].end, at) {
		return ms[0].e.ID
	}
	return ""
}

// fromTalks: the withdrawal is from talks ("will not withdraw from the talks", "انسحاب وفد
// المعارضة من المفاوضات"): a talks noun within three tokens after the cue, in its clause, right
// after the cue or a departure preposition (lexicon: from, من), past an article. No force leaves
// any ground. "must withdraw before talks resume" leaves ground before the talks. (An agreement
// noun there is often the provision's frame: "غير مشمول بترتيبات الانسحاب في المرحلة الأولى".)
func (ac *articleContext) fromTalks(si *sentInfo, h hit) bool {
	for _, n := range hitsStartingIn(si.nouns, h.end, h.end+3) {
		if n.cat != catTalks || si.boundaryIn(h.end, n.start) {
			continue
		}
		k := n.start - 1
		for k >= h.end && ac.l.fw.definiteArticles[si.tokText(k)] {
			k--
		}
		if k < h.end || ac.l.fw.departurePrepositions[si.tokText(k)] && ac.onlyWhoLeaves(si, h.end, k) {
			return true
		}
	}
	return false
}

// onlyWhoLeaves: the tokens in [from, to) name only who leaves (a name, a possessive, an
// article, a force noun, an Arabic noun with a pronoun suffix: "its delegation", "وفدهم", "وفد
// المعارضة"), so a preposition at to is the cue's own ("pull out of", "withdraw X from"), not
// another phrase's ("ahead of the talks").
func (ac *articleContext) onlyWhoLeaves(si *sentInfo, from, to int) bool {
	for k := from; k < to; k++ {
		if m, ok := si.mentionAt(k); ok {
			k = m.end - 1
			continue
		}
		w, t := si.tokText(k), si.toks[k].text
		if ac.l.fw.definiteArticles[w] || ac.l.fw.possessiveDeterminers[w] || ac.l.fw.forceHeads[w] ||
			isArabicWord(t) && !hasAnyPrefix(t, ac.l.fw.nounPrefixes) && hasAnySuffix(t, ac.l.morph.pronounSuffixes) {
			continue
		}
		return false
	}
	return true
}

// leavesNoGround: a departure preposition right after the cue opens a noun phrase naming an
// event, a body or a process (lexicon forum_nouns, talks and meeting nouns, a named body):
// "withdrawing from the Gulf Cup tournament", "pull out of the conference", "لا خروج من
// الأزمة". Such a cue says nothing of a force's withdrawal when the force is only inferred (a
// state as subject, the speaker's own). Ground named first ("from the port", "from anywhere",
// "من مواقعها") or any doubt leaves the cue as it was.
func (ac *articleContext) leavesNoGround(si *sentInfo, h hit) bool {
	p := h.end
	if p >= len(si.toks) || !ac.l.fw.departurePrepositions[si.tokText(p)] {
		return false
	}
	for k := p + 1; k < len(si.toks) && k <= p+5; k++ {
		if si.boundary[k] || si.toks[k].punct {
			return false
		}
		if m, ok := si.mentionAt(k); ok {
			if m.e.Type == "organization" || m.e.Type == "coalition" && !isForce(m) {
				return true // "withdraw from the African Union"
			}
			if m.place || isForce(m) || placeEntity(m) {
				return false
			}
			k = m.end - 1
			continue
		}
		w := si.tokText(k)
		if ac.l.fw.forumNouns[w] || si.startsAt(catTalks, k) || si.startsAt(catMeeting, k) {
			return true
		}
		if si.startsAt(catArea, k) || ac.l.fw.placeAnaphors[w] || ac.l.fw.departurePrepositions[w] || ac.l.fw.placingPrepositions[w] || ac.l.fw.locatingPrepositions[w] {
			return false
		}
	}
	return false
}

// placeEntity: a gazetteer place (a country, city or region).
func placeEntity(m mention) bool {
	switch m.e.Type {
	case "country", "city", "region":
		return true
	}
	return false
}

// unknownForceAfter: right after the cue a force noun is qualified by a name that is no force
// ("بانسحاب القوات السعودية", Saudi forces where Saudi Arabia has no army in the gazetteer):
// that force leaves, not the subject who demands it.
func (ac *articleContext) unknownForceAfter(si *sentInfo, h hit) bool {
	if h.end+1 >= len(si.toks) || !ac.l.fw.forceNouns[si.tokText(h.end)] {
		return false
	}
	// The force noun may open the mention itself ("القوات السعودية" read as the state).
	m, ok := si.mentionAt(h.end)
	if !ok {
		m, ok = si.mentionAt(h.end + 1)
	}
	return ok && !isForce(m)
}
