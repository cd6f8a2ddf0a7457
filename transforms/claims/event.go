package claims

import (
	"slices"
	"strings"

	"github.com/tanaqud/tanaqud/schemas"
)

// unplaced is the theatre of an article that names no place of its war.
const unplaced = "unknown"

// eventKey is the event the article's claims are compared within: its theatre, unless the
// theatre is placed only in passing and the article's own actors belong to another country
// (actorsOutweighPassingTheatre: then that country); or, for an article the theatre leaves
// unplaced (it quotes people and names parties but no place of the war: a quote box, a live-blog
// line), the one country its own actors belong to. Without it every unplaced item of a month is
// compared with every other whatever war it reports: Taiz items would be set against
// Thai–Cambodian ones. Third parties (mediators, guarantors, monitors, the UN, the media,
// analysts) place nothing: they act in other countries' wars. Still unplaced when no actor has a
// country; a tie goes to the first country alphabetically, as the theatre's does.
func (ac *articleContext) eventKey() string { return ac.eventKeyWithout(nil) }

// eventKeyWithout is eventKey without the mentions cast in thirdStates: a state, or a
// government body of it, named in a sentence whose claims cast that state as a third party.
func (ac *articleContext) eventKeyWithout(thirdStates []castState) string {
	if ac.theater != unplaced {
		if c := ac.actorsOutweighPassingTheatre(); c != "" {
			return c
		}
		return ac.theater
	}
	counts := map[string]int{}
	var states []string // countries counted through a state actor, not only through groups
	ac.eachActorMention(func(si *sentInfo, m mention, c string) {
		if !castIn(thirdStates, si, m, c) {
			counts[c]++
			if m.e.Type != "armed_group" && !slices.Contains(states, c) {
				states = append(states, c)
			}
		}
	})
	ac.eachCoveredAlly(func(c string) {
		if counts[c]--; counts[c] <= 0 {
			delete(counts, c)
		}
	})
	if len(counts) == 0 {
		// "وقالت بانكوك", "Bangkok insists": with no other actor, a capital acting stands for
		// its state. Only then: a foreign capital commenting must not outvote the war's sides.
		ac.eachActingCapitalCountry(func(si *sentInfo, m mention, c string) {
			if !castIn(thirdStates, si, m, c) {
				counts[c]++
			}
		})
		return mostCounted(counts)
	}
	if groupsAbroadTie(counts, states) {
		return unplaced
	}
	return mostCounted(counts)
}

// groupsAbroadTie: the most counted countries are several, tied, and each is counted through
// armed groups only, no state, government or army of it named ("Hezbollah said it is bound by
// the comprehensive truce ... Ansar Allah announced its operations had stopped"): allies of a
// war's side in several countries, reporting on a truce fought elsewhere, place it in none of
// theirs. (A tie of states keeps the alphabetical rule: two armies of a border war.)
func groupsAbroadTie(counts map[string]int, states []string) bool {
	top, tied := 0, 0
	for _, n := range counts {
		top = max(top, n)
	}
	for c, n := range counts {
		if n != top {
			continue
		}
		if slices.Contains(states, c) {
			return false
		}
		tied++
	}
	return tied > 1
}

// castState is a state the article's claims cast as a third party (mediator, guarantor,
// monitor, sponsor) in one sentence.
type castState struct {
	country  string
	sentence int
}

// castIn: the mention m, of country c, in sentence si is a state cast as a third party in that
// sentence: the country itself, or a government body of it ("the Kremlin hosted the call").
// Its other bodies (a party's militia, its army) still belong to the war.
func castIn(cast []castState, si *sentInfo, m mention, c string) bool {
	if m.e.Type != "country" && m.e.Type != "government" && m.e.Type != "city" {
		return false
	}
	return slices.Contains(cast, castState{c, si.s.Index})
}

// rekeyWithoutThirdStates re-keys an unplaced article whose event is a state its own claims
// cast as a mediator, guarantor, monitor or sponsor and nowhere as a party or signatory
// (thirdStatesCast): named where it is cast, such a state acts in another's war ("the EU
// brokered the deal, and both the EU and the United States are its guarantors"), which is not
// fought in it; named elsewhere in the article it still counts ("If they fire, Israel is free
// to answer them"). A state the gazetteer gives no third-party role (the United States
// mediates some wars and fights others) is only known to be one by what the article says of
// it, so this is read once the claims are extracted: cs, the article's claims, get the new
// key. A placed article keeps the key eventKey gave it (its theatre, or its actors' country
// when the theatre is placed only in passing).
func (ac *articleContext) rekeyWithoutThirdStates(cs []Claim) {
	if ac.theater != unplaced || ac.event == unplaced {
		return
	}
	cast := ac.thirdStatesCast()
	if !slices.ContainsFunc(cast, func(s castState) bool { return s.country == ac.event }) {
		return
	}
	ac.event = ac.eventKeyWithout(cast)
	for i := range cs {
		cs[i].Event = ac.event
	}
}

// partyTopics are the set topics whose members are the war's own sides.
var partyTopics = []string{"ceasefire.parties", "ceasefire.signatories"}

// thirdStatesCast are the states (country entities, not their bodies: a state's own army
// guarantees a truce in its own city) the article's claims cast as third parties, with the
// sentence of each claim, leaving out any state a claim of the article casts as a party or
// signatory. Valid once the claims are extracted (see castAsThirdParty).
func (ac *articleContext) thirdStatesCast() []castState {
	var out []castState
	parties := ac.membersOf(partyTopics)
	g := &ac.x.data.Gazetteer
	for i := range ac.sc.claims {
		c := &ac.sc.claims[i]
		if c.Kind != "set" || !slices.Contains(thirdPartyTopics, c.Topic) {
			continue
		}
		for _, id := range strings.Split(strings.TrimPrefix(c.Value, "only:"), ",") {
			if e := g.Entity(id); e != nil && e.Type == "country" && !slices.Contains(parties, id) {
				out = append(out, castState{id, c.SentenceIndex})
			}
		}
	}
	return out
}

// eachCoveredAlly calls f with the country of each actor a truce is said to cover or leave out
// where the article names the actor's own country as its home, with allies or places of another
// country beside it ("the truce covers Hezbollah in Lebanon and Ansar Allah in Yemen"): allies a truce extends to are what the article reports
// about, not whose war it is (see coveredActorHome).
func (ac *articleContext) eachCoveredAlly(f func(country string)) {
	l := ac.l
	for _, si := range ac.infos {
		if !si.has[catCeasefire] || !si.has[catInclusion] && !si.has[catExclusion] {
			continue
		}
		cease := si.hitsOf(catCeasefire)
		var allies []string
		for _, m := range si.ents {
			if m.context || m.place || m.e.Country == "" || m.e.Type == "city" || m.e.Type == "region" ||
				!si.startsAt(catLocative, m.end) || !coveredAfterCeasefire(si, cease, m.start) {
				continue
			}
			for _, h := range hitsStartingIn(si.entHits, m.end+1, m.end+1) {
				if e := l.entities[h.idx]; e.Type == "country" && e.ID == m.e.Country && !l.context[h.idx] {
					allies = append(allies, m.e.Country)
					break
				}
			}
		}
		for _, c := range allies {
			if alliesAbroad(l, si, c) { // alone in its own country, an actor may be a side of the war
				f(c) // the actor
				f(c) // and its home, named as a place
			}
		}
	}
}

// coveredAfterCeasefire: a coverage cue at most twelve tokens after a ceasefire noun stands
// before token pos, with no clause break between the cue and pos.
func coveredAfterCeasefire(si *sentInfo, cease []hit, pos int) bool {
	for _, ch := range cease {
		for k := ch.end; k < pos && k <= ch.end+12; k++ {
			if (si.startsAt(catInclusion, k) || si.startsAt(catExclusion, k)) && !breakBetween(si, k, pos) {
				return true
			}
		}
	}
	return false
}

// eachActingCapitalCountry calls f with the country each capital acting for its state stands
// for (not named as a place).
func (ac *articleContext) eachActingCapitalCountry(f func(si *sentInfo, m mention, country string)) {
	g := &ac.x.data.Gazetteer
	for _, si := range ac.infos {
		for _, m := range si.ents {
			if m.context || m.place || m.e.Type != "city" || m.e.SpeaksFor == "" || dateline(si, hit{start: m.start, end: m.end}) {
				continue // "ADDIS ABABA, May 3 (Savanna) -": where the report was filed
			}
			if c := actorCountry(g, g.Entity(m.e.SpeaksFor)); c != "" {
				f(si, m, c)
			}
		}
	}
}

// eachActorCountry calls f with the country of each mention of an actor of the war (see
// actorCountry): mentions of context and places excluded.
func (ac *articleContext) eachActorCountry(f func(country string)) {
	ac.eachActorMention(func(_ *sentInfo, _ mention, c string) { f(c) })
}

// eachActorMention is eachActorCountry with the sentence and mention of each country.
func (ac *articleContext) eachActorMention(f func(si *sentInfo, m mention, country string)) {
	for _, si := range ac.infos {
		for _, m := range si.ents {
			if m.context || m.place {
				continue
			}
			if c := actorCountry(&ac.x.data.Gazetteer, m.e); c != "" {
				f(si, m, c)
				continue
			}
			// "الجيشين التايلاندي والكمبودي", "the Thai and Cambodian armies": a joint mention
			// stands for each of its members' countries, each once.
			if m.e.Type == "coalition" && !thirdParty(m.e.Role) {
				var seen []string
				for _, id := range m.e.Members {
					if c := actorCountry(&ac.x.data.Gazetteer, ac.x.data.Gazetteer.Entity(id)); c != "" && !slices.Contains(seen, c) {
						seen = append(seen, c)
						f(si, m, c)
					}
				}
			}
		}
	}
}

// mostCounted is the key with the highest count, the first in alphabetical order on a tie (as
// the theatre breaks its ties); unplaced when there is none.
func mostCounted(counts map[string]int) string {
	best, bestN := unplaced, 0
	for _, c := range sortedKeys(counts) {
		if n := counts[c]; n > bestN {
			best, bestN = c, n
		}
	}
	return best
}

// actorCountry is the country an actor of a war belongs to: a country itself, an entity's
// country, else its affiliation's (a spokesman's ministry's); "" for third parties and for
// places (a city names where, not whose).
func actorCountry(g *schemas.Gazetteer, e *schemas.Entity) string {
	for depth := 0; e != nil && depth < 3; depth++ {
		if thirdParty(e.Role) {
			return ""
		}
		switch {
		case e.Type == "city" || e.Type == "region" || e.Type == "media" || e.Type == "source":
			return ""
		case e.Type == "country":
			return e.ID
		case e.Country != "":
			return e.Country
		}
		e = g.Entity(e.Affiliation)
	}
	return ""
}

// thirdParty: a role that acts in others' wars.
func thirdParty(role string) bool {
	switch role {
	case "mediator", "guarantor_state", "monitor", "un", "un_official", "media", "analyst":
		return true
	}
	return false
}

// tiedCountries are the countries other than the event's that the article ties its war to: those
// it places the truce in and those its own actors belong to (counted as eventKey counts them),
// sorted; nil when none. A state named as mediator or guarantor counts too (eachThirdPartyState): coverage keyed to a
// mediator's country (talks in Istanbul read as the war's place) is joined back to the war it
// mediates that way (blacksea: two of seven disagreements). A border war's coverage is placed in either state, so the two events
// are joined later, across the corpus, when each side's coverage names the other
// (compare.EventLinks): one article cannot tell a war between two states from a war in one of
// them that names a neighbour.
func (ac *articleContext) tiedCountries() []string {
	var out []string
	add := func(c string) {
		if c != "" && c != ac.event && c != unplaced && !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	for c, n := range ac.placed {
		if n > 0 {
			add(c)
		}
	}
	ac.eachActorCountry(add)
	ac.eachThirdPartyState(add)
	slices.Sort(out)
	return out
}

// eachThirdPartyState calls f with each state named as an actor (not a place nor context) whose
// gazetteer role is a third party's (mediator, guarantor) and which the article's own claims do
// not cast as one (castAsThirdParty). Such a role is a state's in some wars only: Iran
// guarantees Syria's truces and fights Israel in another. A war's coverage names its other side
// as an actor ("Iran has denied any exchange"); for linking events over the corpus
// (compare.EventLinks) the name counts, though it never keys an article. A guarantor named as
// one ("Russia, Turkey and Iran guarantee the truce") stays a third party.
func (ac *articleContext) eachThirdPartyState(f func(country string)) {
	var cast []string
	castRead := false
	for _, si := range ac.infos {
		for _, m := range si.ents {
			if m.context || m.place || m.e.Type != "country" || !thirdParty(m.e.Role) {
				continue
			}
			if !castRead {
				cast, castRead = ac.castAsThirdParty(), true
			}
			if !slices.Contains(cast, m.e.ID) {
				f(m.e.ID)
			}
		}
	}
}

// thirdPartyTopics are the set topics whose members act in others' wars.
var thirdPartyTopics = []string{"ceasefire.mediators", "ceasefire.guarantors", "ceasefire.monitors", "talks.sponsors"}

// castAsThirdParty lists the entities the article's claims name as mediators, guarantors,
// monitors or sponsors. It reads the claims Analyze has just collected in the scratch
// (sc.claims), so it is valid only once they are all extracted, as tiedCountries is.
func (ac *articleContext) castAsThirdParty() []string { return ac.membersOf(thirdPartyTopics) }

// membersOf lists the entities the article's set claims of the topics name (see
// castAsThirdParty for when it is valid).
func (ac *articleContext) membersOf(topics []string) []string {
	var out []string
	for i := range ac.sc.claims {
		c := &ac.sc.claims[i]
		if c.Kind != "set" || !slices.Contains(topics, c.Topic) {
			continue
		}
		for _, id := range strings.Split(strings.TrimPrefix(c.Value, "only:"), ",") {
			if id != "" && !slices.Contains(out, id) {
				out = append(out, id)
			}
		}
	}
	return out
}

// stampWarCountries gives every claim of an article its war countries, one shared slice.
func stampWarCountries(cs []Claim, countries []string) {
	for i := range cs {
		cs[i].WarCountries = countries
	}
}
