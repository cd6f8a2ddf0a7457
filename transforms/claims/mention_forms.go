package claims

import (
	"slices"
	"strings"

	"github.com/tanaqud/tanaqud/schemas"
)

// Mentions by construction. The gazetteer names entities; coverage also refers to them by
// constructions every event's reports use: a demonym with a force noun ("Thai soldiers",
// "القوات الكمبودية") is that country's army; coordinated demonyms after one force noun
// ("الجيشين التايلاندي والكمبودي", "Thai and Cambodian forces") are each country's army; a dual
// force noun ("the two armies", "الجيشين") is both sides' armies when the article names exactly
// two. resolveForms rewrites the sentence's mentions accordingly, after speakers are known (a
// speaker is named, never a construction), reading only hits already found.

// resolveNames resolves surnames and group anaphors, before speakers are attributed: "Abu
// Zeid said", "the group said in a statement" name who speaks.
func (ac *articleContext) resolveNames() {
	for _, si := range ac.infos {
		if si.has[catSurname] || si.has[catGroupAnaphor] {
			ac.resolveSentenceForms(si, false)
		}
	}
}

// resolveForces resolves demonyms with force nouns and dual force nouns, after speakers are
// attributed: "said South Sudanese troops must leave" names no speaker. It allocates only where
// a construction is found.
func (ac *articleContext) resolveForces() {
	// articleArmies and articleSides, computed lazily while mentions are being rewritten, read a
	// joint already made ("الجيشان التايلاندي والكمبودي") through its members: a later bare dual
	// still sees both sides.
	for _, si := range ac.infos {
		if si.has[catDualForce] || ac.namesCountry(si) {
			ac.resolveSentenceForms(si, true)
		}
	}
}

func (ac *articleContext) namesCountry(si *sentInfo) bool {
	for _, m := range si.ents {
		if ac.countryAdjective(m) {
			return true
		}
	}
	return false
}

func isDemonymOfCountry(m mention) bool { return m.demonym && m.e.Type == "country" }

// countryAdjective: a country named where an adjective stands. Where adjectives follow their
// noun, a name the country's adjective shares ("اليمنية", "والأذربيجاني") is read as the country
// by selectEntities; after a force noun it is the adjective all the same.
func (ac *articleContext) countryAdjective(m mention) bool {
	return isDemonymOfCountry(m) || ac.l.lex.Grammar.AdjectiveAfterNoun && m.e.Type == "country" && !m.context
}

// resolveSentenceForms rebuilds si.ents with the constructions resolved (the force ones, or the
// names); mentions the constructions cover are replaced by one mention spanning the construction.
func (ac *articleContext) resolveSentenceForms(si *sentInfo, forces bool) {
	ents := si.ents
	var out []mention // nil until a construction changes the mentions
	for k := 0; forces && k < len(ents); k++ {
		r, next, ok := ac.formAt(si, k)
		if !ok {
			r, next, ok = ac.dualNamedWithDemonyms(si, k)
		}
		if !ok {
			if out != nil {
				out = append(out, ents[k])
			}
			continue
		}
		if out == nil {
			out = make([]mention, k, len(ents))
			copy(out, ents[:k])
		}
		// Drop mentions already kept that the construction covers (a force noun matched as a
		// context alias before the demonym: "الجيش التايلاندي").
		for len(out) > 0 && out[len(out)-1].end > r.start {
			out = out[:len(out)-1]
		}
		out = append(out, r)
		k = next - 1
	}
	changed := out != nil
	if out == nil {
		out = ents
	}
	if forces {
		if d, ok := ac.bareDual(si, out); ok {
			out, changed = d, true
		}
	} else {
		for _, h := range si.hitsOf(catSurname) {
			if e := ac.surnameOf(si, h, out); e != nil {
				out, changed = insertMention(out, mention{start: h.start, end: h.end, e: e}), true
			}
		}
		for _, h := range si.hitsOf(catGroupAnaphor) {
			// "the group" that some event's gazetteer gives a group of its own as a context
			// alias is still the group just named when the article names one.
			rest, alias := withoutContextMentionAt(out, h)
			if g, qualified := ac.qualifiedAnaphor(si, h, rest, alias); qualified {
				// «الحركة الشعبية», «الحركة المدنية»: the adjective tells the group, or none.
				if g == nil && alias != nil {
					out, changed = rest, true
				} else if g != nil && (alias == nil || alias.e != g) {
					out, changed = insertMention(rest, mention{start: h.start, end: h.end, e: g}), true
				}
				continue
			}
			if e := ac.groupAnaphorOf(si, h, rest); e != nil && (alias == nil || alias.e != e) {
				if alias != nil {
					h.start, h.end = alias.start, alias.end
				}
				out, changed = insertMention(rest, mention{start: h.start, end: h.end, e: e}), true
			}
		}
	}
	if !changed {
		return
	}
	si.ents = out
	si.indexMentions()
}

// formAt reads a demonym construction starting with mention k: the resolved mention, the index
// of the first mention after it, and whether there is one.
func (ac *articleContext) formAt(si *sentInfo, k int) (mention, int, bool) {
	if !ac.countryAdjective(si.ents[k]) {
		return mention{}, 0, false
	}
	if t := si.toks[si.ents[k].start].text; ac.l.fw.withoutConjunction(t) != t {
		return mention{}, 0, false // "الجيش وروسيا": the army and Russia
	}
	run := ac.demonymRun(si, k)
	first, last := si.ents[k], si.ents[k+len(run)-1]
	start, end := first.start, last.end
	if ac.l.lex.Grammar.AdjectiveAfterNoun {
		// "القوات الكمبودية", "الجيشين التايلاندي والكمبودي": the force noun before.
		h := start - 1
		if h < 0 || !ac.forceHead(si, h) {
			return mention{}, 0, false
		}
		start = h
	} else if j := k + len(run); j < len(si.ents) && ac.armyAfterConjunction(si, last, si.ents[j]) {
		// "Armenian and Azerbaijani troops" where "Azerbaijani troops" is the army's own alias:
		// the run ends on that army, which carries the force noun for all.
		return ac.jointMention(start, si.ents[j].end, append(ac.forcesOf(run), si.ents[j].e)), j + 1, true
	} else {
		// "Cambodian troops", "Thai and Cambodian forces": the force noun after; "the Thai side
		// of the border" is a place.
		if !ac.forceHead(si, end) || ac.l.fw.partitives[si.tokText(end+1)] {
			return mention{}, 0, false
		}
		end++
	}
	ents := ac.forcesOf(run)
	if len(run) == 1 {
		return mention{start: start, end: end, e: ents[0]}, k + 1, true
	}
	return ac.jointMention(start, end, ents), k + len(run), true
}

// dualNamedWithDemonyms: a dual force noun read as one side's army by its alias and followed
// by the other side's demonym ("الجيشين التايلاندي والكمبودي", the Thai and Cambodian armies)
// names both armies.
func (ac *articleContext) dualNamedWithDemonyms(si *sentInfo, k int) (mention, int, bool) {
	m := si.ents[k]
	if m.e.Type != "military" || m.demonym || k+1 >= len(si.ents) || !ac.countryAdjective(si.ents[k+1]) {
		return mention{}, 0, false
	}
	// The dual is inside the name, where no cue hit is kept: its ending tells it.
	if !si.startsAt(catDualForce, m.start) && !hasAnySuffix(si.toks[m.start].text, ac.l.lex.Clitics.DualSuffixes) {
		return mention{}, 0, false
	}
	for i := m.end; i < si.ents[k+1].start; i++ {
		if t := si.tokText(i); !isComma(t) && !ac.l.fw.conjunctions[t] {
			return mention{}, 0, false
		}
	}
	run := ac.demonymRun(si, k+1)
	ents := []*schemas.Entity{m.e}
	for _, d := range run {
		ents = append(ents, ac.forceOf(d.e))
	}
	return ac.jointMention(m.start, run[len(run)-1].end, ents), k + 1 + len(run), true
}

// armyAfterConjunction: mention m, named outright, is an army and follows the demonym run's
// last mention across commas and at least one conjunction only.
func (ac *articleContext) armyAfterConjunction(si *sentInfo, last, m mention) bool {
	if m.e.Type != "military" || m.context || m.demonym || m.start <= last.end {
		return false
	}
	conj := false
	for i := last.end; i < m.start; i++ {
		t := si.tokText(i)
		if ac.l.fw.conjunctions[t] {
			conj = true
		} else if !isComma(t) {
			return false
		}
	}
	return conj
}

// demonymRun is the run of demonyms of countries from mention k joined by commas and
// conjunctions only ("Thai and Cambodian", "التايلاندي والكمبودي").
func (ac *articleContext) demonymRun(si *sentInfo, k int) []mention {
	j := k + 1
	for ; j < len(si.ents) && ac.countryAdjective(si.ents[j]); j++ {
		for i := si.ents[j-1].end; i < si.ents[j].start; i++ {
			if t := si.tokText(i); !isComma(t) && !ac.l.fw.conjunctions[t] {
				return si.ents[k:j]
			}
		}
	}
	return si.ents[k:j]
}

// forceHead: token i is a force noun ("troops", "القوات", "والقوات") or a dual force.
func (ac *articleContext) forceHead(si *sentInfo, i int) bool {
	t := si.tokText(i)
	if t == "" {
		return false
	}
	if w := si.toks[i].w; w != nil {
		return w.classes&classForceHead != 0 || si.startsAt(catDualForce, i)
	}
	return ac.l.fw.forceHeads[t] || ac.l.fw.forceHeads[ac.l.fw.withoutConjunction(t)] || si.startsAt(catDualForce, i)
}

// forceOf is a country's army when the gazetteer knows one (militaryOf), else the country named
// as an actor rather than an adjective.
// A state's army serving abroad is the army only when the article names it or it is a
// government's own army: "القوات الأميركية" in Syria is the United States, not the navy another
// event's file lists.
func (ac *articleContext) forceOf(country *schemas.Entity) *schemas.Entity {
	if f := ac.sideMilitary(country.ID); f != nil && (f.Role == "government" || slices.Contains(ac.articleArmies(), f)) {
		return f
	}
	return country
}

// sideMilitary is the country's one army: militaryOf, else the one army of that country the
// article names (a state with a border guard and an army has two in the gazetteer).
func (ac *articleContext) sideMilitary(country string) *schemas.Entity {
	if f := ac.militaryOf(country); f != nil {
		return f
	}
	var found *schemas.Entity
	for _, e := range ac.articleArmies() {
		if e.Country == country {
			if found != nil {
				return nil
			}
			found = e
		}
	}
	return found
}

// articleArmies lists the distinct top-level armies the article names (a unit stands for its
// army), in order of first mention. Memoized.
func (ac *articleContext) articleArmies() []*schemas.Entity {
	if ac.armiesDone {
		return ac.armies
	}
	ac.armiesDone = true
	g := &ac.x.data.Gazetteer
	add := func(e *schemas.Entity) {
		if p := g.Entity(e.Affiliation); isMilitary(p) {
			e = p
		}
		if !slices.Contains(ac.armies, e) {
			ac.armies = append(ac.armies, e)
		}
	}
	for _, si := range ac.infos {
		for _, m := range si.ents {
			if m.joint { // a construction already resolved: the armies it names
				for _, id := range m.e.Members {
					if e := g.Entity(id); isMilitary(e) {
						add(e)
					}
				}
				continue
			}
			if m.e.Type == "military" && !m.demonym {
				add(m.e)
			}
		}
	}
	return ac.armies
}

// articleSides are the armies of the two states at war the article names (through their armies,
// governments, names, capitals or demonyms; brokers and places left out): a state counts when it
// has one army the article names or that is a government's own (the navy another event's file
// lists for a broker is no side). nil unless exactly two.
func (ac *articleContext) articleSides() []*schemas.Entity {
	if ac.sidesDone {
		return ac.sides
	}
	ac.sidesDone = true
	g := &ac.x.data.Gazetteer
	var states []string
	for _, si := range ac.infos {
		for _, m := range si.ents {
			if m.place {
				continue
			}
			partyEntities(g, m, func(e *schemas.Entity) bool {
				states = appendState(states, g, e)
				return true
			})
		}
	}
	var armies []*schemas.Entity
	for _, c := range states {
		if f := ac.sideMilitary(c); f != nil && (f.Role == "government" || slices.Contains(ac.articleArmies(), f)) {
			armies = append(armies, f)
		}
	}
	if len(armies) == 2 {
		ac.sides = armies
	}
	return ac.sides
}

// appendState adds the state an entity stands for as a party (partyState), if any, to states.
func appendState(states []string, g *schemas.Gazetteer, e *schemas.Entity) []string {
	if state := partyState(g, e); state != "" && !slices.Contains(states, state) {
		states = append(states, state)
	}
	return states
}

// partyState is the state an entity stands for as a party: a country that brokers nothing, a
// government's or an army's country (through the body a capital speaks for); "" for others.
func partyState(g *schemas.Gazetteer, e *schemas.Entity) string {
	if e.SpeaksFor != "" {
		if e = g.Entity(e.SpeaksFor); e == nil {
			return ""
		}
	}
	switch e.Type {
	case "country":
		if e.Role != "mediator" && e.Role != "guarantor_state" {
			return e.ID
		}
	case "military", "government":
		if e.Role == "government" || e.Type == "military" && e.Role == "other" {
			return e.Country
		}
	}
	return ""
}

// bareDual resolves a dual force noun no demonym qualifies ("verified by the two armies",
// "من شأن الجيشين وحدهما") to the two sides' armies, replacing the context alias its stem may
// have matched; nothing when the article does not name exactly two.
func (ac *articleContext) bareDual(si *sentInfo, ents []mention) ([]mention, bool) {
	if !si.has[catDualForce] {
		return nil, false
	}
	var out []mention
	for _, h := range si.hitsOf(catDualForce) {
		covered := false
		for _, m := range ents {
			if m.start < h.end && m.end > h.start && !m.context {
				covered = true // resolved already (coordinated demonyms) or a name
			}
		}
		if covered {
			continue
		}
		sides := ac.articleSides()
		if sides == nil {
			return nil, false
		}
		if out == nil {
			out = slices.Clone(ents)
		}
		// Remove the context alias inside the dual, insert the joint mention in order.
		out = slices.DeleteFunc(out, func(m mention) bool { return m.start < h.end && m.end > h.start })
		at := 0
		for at < len(out) && out[at].start < h.start {
			at++
		}
		out = slices.Insert(out, at, ac.jointMention(h.start, h.end, sides))
	}
	return out, out != nil
}

// jointMention is the mention of several forces named at once over tokens [start, end): a
// joint when they are several (flagged, its id kept for finalize), else the one force.
func (ac *articleContext) jointMention(start, end int, ents []*schemas.Entity) mention {
	e := jointOf(ents)
	if e == ents[0] { // one force after all
		return mention{start: start, end: end, e: e}
	}
	if !slices.Contains(ac.joints, e.ID) {
		ac.joints = append(ac.joints, e.ID)
	}
	return mention{start: start, end: end, e: e, joint: true}
}

// jointOf is an ad hoc coalition standing for several forces named at once: set rules read its
// members (memberIDs); it is no force of its own (isForce) and never a speaker.
func jointOf(ents []*schemas.Entity) *schemas.Entity {
	ids := make([]string, 0, len(ents))
	for _, e := range ents {
		ids = append(ids, e.ID)
	}
	slices.Sort(ids)
	ids = slices.Compact(ids)
	if len(ids) == 1 {
		return ents[0]
	}
	return &schemas.Entity{ID: strings.Join(ids, "+"), Type: "coalition", Members: ids}
}

// addSurnames puts every person's surname in the matcher: the last word of the label, or in a
// language with kunyas the kunya ("أبو زيد") when the label holds one. A surname shorter than
// three letters or a function word is left out. In a script without capitals a bare surname
// that is also an ordinary word is left out too (commonNameWords: "هدنة رمضان", "رجال
// الدين"): such a person is named alone only by a kunya.
func (l *language) addSurnames(g *schemas.Gazetteer) {
	kunya := wordSet(l.lex.KunyaWords)
	var common map[string]bool
	if l.lex.Script != "latin" {
		common = l.commonNameWords()
	} else {
		// Capitals tell a name from a common word, but not from a month: "the Ramadan
		// initiative" is no Ahmed Ramadan.
		common = l.calendarWords()
	}
	index := map[string]int{}
	register := func(name string, e *schemas.Entity) {
		k, ok := index[name]
		if !ok && l.m.has(name) {
			return // a cue or another name already
		}
		if !ok {
			k = len(l.surnames)
			index[name] = k
			l.surnames = append(l.surnames, nil)
			l.m.add(name, payload{cat: catSurname, idx: int32(k)})
		}
		if !slices.Contains(l.surnames[k], e) {
			l.surnames[k] = append(l.surnames[k], e)
		}
	}
	// A one-word alias the annotator gave ("رمضان" for أحمد رمضان, "Haddad") names the person
	// alone unless it is an ordinary word or another person's surname too (Karim Haddad, Louay
	// Haddad): then it names them only after the full name, as a surname.
	shared := sharedSurnames(l.code, g)
	var asSurname []surnameAlias
	for _, a := range l.surnameAliases {
		if f := foldCue(a.name); common[f] || shared[f] {
			asSurname = append(asSurname, a)
			continue
		}
		l.addName(g, a.e, a.name, a.context, false)
	}
	for i := range g.Entities {
		e := &g.Entities[i]
		if e.Type != "person" {
			continue
		}
		ws := strings.Fields(foldCue(e.Label[l.code]))
		if len(ws) < 2 {
			continue
		}
		name := ws[len(ws)-1]
		bare := true
		for k := len(ws) - 2; k >= 1; k-- {
			if kunya[ws[k]] {
				name, bare = strings.Join(ws[k:], " "), false
				break
			}
		}
		if runeLen(ws[len(ws)-1]) < 3 || l.fw.classesOf(name) != 0 || bare && common[name] {
			continue
		}
		register(name, e)
	}
	for _, a := range asSurname {
		register(foldCue(a.name), a.e)
	}
}

// surnameAlias is a person's one-word alias (or context alias) that is also their surname.
type surnameAlias struct {
	e       *schemas.Entity
	name    string
	context bool
}

// sharedSurnames are the last words of the labels of two or more persons, in language code.
func sharedSurnames(code string, g *schemas.Gazetteer) map[string]bool {
	count := map[string]int{}
	for i := range g.Entities {
		e := &g.Entities[i]
		if ws := strings.Fields(foldCue(e.Label[code])); e.Type == "person" && len(ws) >= 2 {
			count[ws[len(ws)-1]]++
		}
	}
	shared := map[string]bool{}
	for w, n := range count {
		if n > 1 {
			shared[w] = true
		}
	}
	return shared
}

// bareSurnameAlias: n is a one-word alias of person e that is the last word of e's label.
func (l *language) bareSurnameAlias(e *schemas.Entity, n string) bool {
	if e.Type != "person" {
		return false
	}
	f := foldCue(n)
	if strings.Contains(f, " ") {
		return false
	}
	ws := strings.Fields(foldCue(e.Label[l.code]))
	return len(ws) >= 2 && ws[len(ws)-1] == f
}

// commonNameWords are the words a bare surname must not be: every word of a cue phrase (which
// holds the month and weekday names), every word of a name except a person's last (the
// surnames themselves: "نصر" of "حسن نصر الله", "الدين" of "نور الدين الزنكي" count) and the
// calendar names no rule reads.
func (l *language) commonNameWords() map[string]bool {
	common := l.calendarWords()
	for _, ph := range l.m.phrases {
		person := true
		for _, p := range ph.payloads {
			if p.cat != catEntity || l.entities[p.idx].Type != "person" || l.context[p.idx] {
				person = false
			}
		}
		for k, w := range ph.words {
			if person && k == len(ph.words)-1 {
				continue
			}
			common[w.text] = true
		}
	}
	return common
}

// calendarWords are the words of the lexicon's calendar names (رمضان, Ramadan), folded.
func (l *language) calendarWords() map[string]bool {
	common := map[string]bool{}
	for _, w := range l.lex.CalendarNames {
		for _, f := range strings.Fields(foldCue(w)) {
			common[f] = true
		}
	}
	return common
}

// insertMention puts m among ents in token order, unless it overlaps one of them.
func insertMention(ents []mention, m mention) []mention {
	at := 0
	for at < len(ents) && ents[at].start < m.start {
		at++
	}
	if at > 0 && ents[at-1].end > m.start || at < len(ents) && ents[at].start < m.end {
		return ents
	}
	return slices.Insert(slices.Clip(ents), at, m)
}

// withoutContextMentionAt returns ents without the context-alias mention that is the anaphor
// at h (with its article: "the group"), and that mention (nil, and ents unchanged, when there is
// none).
func withoutContextMentionAt(ents []mention, h hit) ([]mention, *mention) {
	for i, m := range ents {
		if m.context && m.start <= h.start && m.end >= h.end && m.start >= h.start-1 && m.end <= h.end+1 {
			alias := m
			return slices.Delete(slices.Clone(ents), i, i+1), &alias
		}
	}
	return ents, nil
}

func overlapsAny(ents []mention, h hit) bool {
	for _, m := range ents {
		if m.start < h.end && m.end > h.start {
			return true
		}
	}
	return false
}

// surnameOf: a surname or kunya standing alone ("Abu Zeid", "أبو زيد") is the person whose full
// name the article gave earlier, when exactly one such person was named and no other entity of
// the article has that word in its names. In a cased script the surname must be capitalized.
func (ac *articleContext) surnameOf(si *sentInfo, h hit, ents []mention) *schemas.Entity {
	if overlapsAny(ents, h) || ac.l.lex.Script == "latin" && !capitalized(si, h) {
		return nil
	}
	var found *schemas.Entity
	for _, p := range ac.l.surnames[h.idx] {
		if !ac.namedBefore(p, si.idx, h.start) {
			continue
		}
		if found != nil {
			return nil // two persons of that name
		}
		found = p
	}
	if found == nil {
		return nil
	}
	word := si.toks[h.end-1].text
	for _, e := range ac.namedEntities() {
		if e != found && slices.Contains(ac.l.nameWords[e], word) {
			return nil
		}
	}
	return found
}

// capitalized: the hit's first letter is upper case in the original text.
func capitalized(si *sentInfo, h hit) bool {
	s := si.originalSpan(h.start, h.end)
	return s != "" && s[0] >= 'A' && s[0] <= 'Z'
}

// namedBefore: person p was named by a full name or alias (not a title) before token pos of
// sentence idx.
func (ac *articleContext) namedBefore(p *schemas.Entity, idx, pos int) bool {
	for _, si := range ac.infos[:idx+1] {
		for _, m := range si.ents {
			if m.e == p && !m.title && !m.context && (si.idx < idx || m.end <= pos) {
				return true
			}
		}
	}
	return false
}

// namedEntities lists the distinct entities the article names. Memoized.
func (ac *articleContext) namedEntities() []*schemas.Entity {
	if ac.namedDone {
		return ac.named
	}
	ac.namedDone = true
	for _, si := range ac.infos {
		for _, m := range si.ents {
			if !slices.Contains(ac.named, m.e) {
				ac.named = append(ac.named, m.e)
			}
		}
	}
	return ac.named
}

// groupAnaphorScope is how many sentences back "the group" may point.
const groupAnaphorScope = 2

// groupAnaphorOf: "the group", "the movement", "الحركة" is the armed group named just before:
// the nearest sentence naming any (this one before the anaphor, or one of the two before it; a
// person named stands for the group they speak for) must name exactly one. A phrase going on
// with a partitive ("the group of mediators") is no anaphor.
func (ac *articleContext) groupAnaphorOf(si *sentInfo, h hit, ents []mention) *schemas.Entity {
	if overlapsAny(ents, h) || !ac.l.fw.groupAnaphors[si.toks[h.start].text] || ac.l.fw.partitives[si.tokText(h.end)] {
		return nil // "the groups": no one group; "the group of mediators"
	}
	if len(ac.l.fw.definiteArticles) > 0 && !ac.l.fw.definiteArticles[si.tokText(h.start-1)] {
		return nil // "a group", "rebel group": no anaphor
	}
	for i := si.idx; i >= max(si.idx-groupAnaphorScope, 0); i-- {
		var found *schemas.Entity
		named := ac.infos[i].ents
		if i == si.idx {
			named = ents // this sentence's mentions as resolved so far ("Abu Khaled said the group")
		}
		for _, m := range named {
			if i == si.idx && m.start >= h.start {
				break
			}
			if g := ac.groupOf(m); g != nil {
				if found != nil && found != g {
					return nil // two groups in the nearest sentence naming any
				}
				found = g
			}
		}
		if found != nil {
			return found
		}
	}
	return nil
}

// groupOf is the armed group a mention names, directly or through a person speaking for it
// ("YBS spokesman Zardasht Shingali says the group ..."); nil for anything else.
func (ac *articleContext) groupOf(m mention) *schemas.Entity {
	g := m.e
	if g.Type == "person" && g.Affiliation != "" {
		if a := ac.x.data.Gazetteer.Entity(g.Affiliation); a != nil {
			g = a
		}
	}
	if g.Type != "armed_group" || m.demonym {
		return nil
	}
	return g
}

// forcesOf is the force of each demonym of a run, with room for one more.
func (ac *articleContext) forcesOf(run []mention) []*schemas.Entity {
	ents := make([]*schemas.Entity, 0, len(run)+1)
	for _, m := range run {
		ents = append(ents, ac.forceOf(m.e))
	}
	return ents
}

// partyEntities is what a mention names as a party: its entity, or for a joint (forces named
// at once) each of its members.
func partyEntities(g *schemas.Gazetteer, m mention, yield func(*schemas.Entity) bool) bool {
	if !m.joint {
		return yield(m.e)
	}
	for _, id := range m.e.Members {
		if e := g.Entity(id); e != nil && !yield(e) {
			return false
		}
	}
	return true
}
