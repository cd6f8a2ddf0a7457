package claims

import (
	"slices"
	"strings"

	"github.com/tanaqud/tanaqud/schemas"
)

// unplaced is the theatre of an article that names no place of its war.
const unplaced = "unknown"

// eventKey is the event the article's claims are compared within: its theatre, or, for an
// article the theatre leaves unplaced (it quotes people and names parties but no place of the
// war: a quote box, a live-blog line), the one country its own actors belong to. Without it
// every unplaced item of a month is compared with every other whatever war it reports: pooled,
// Taiz items were set against Thai–Cambodian ones. Third parties (mediators, guarantors,
// monitors, the UN, the media, analysts) place nothing: they act in other countries' wars. Still
// unplaced when no actor has a country; a tie goes to the first country alphabetically, as the
// theatre's does (measured on the pooled run: no events mixed, one false flag fewer).
func (ac *articleContext) eventKey() string {
	if ac.theater != unplaced {
		return ac.theater
	}
	counts := map[string]int{}
	ac.eachActorCountry(func(c string) { counts[c]++ })
	ac.eachCoveredAlly(func(c string) {
		if counts[c]--; counts[c] <= 0 {
			delete(counts, c)
		}
	})
	if len(counts) == 0 {
		// "وقالت بانكوك", "Bangkok insists": with no other actor, a capital acting stands for
		// its state. Only then: a foreign capital commenting must not outvote the war's sides.
		ac.eachActingCapitalCountry(func(c string) { counts[c]++ })
	}
	return mostCounted(counts)
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
func (ac *articleContext) eachActingCapitalCountry(f func(country string)) {
	g := &ac.x.data.Gazetteer
	for _, si := range ac.infos {
		for _, m := range si.ents {
			if m.context || m.place || m.e.Type != "city" || m.e.SpeaksFor == "" {
				continue
			}
			if c := actorCountry(g, g.Entity(m.e.SpeaksFor)); c != "" {
				f(c)
			}
		}
	}
}

// eachActorCountry calls f with the country of each mention of an actor of the war (see
// actorCountry): mentions of context and places excluded.
func (ac *articleContext) eachActorCountry(f func(country string)) {
	for _, si := range ac.infos {
		for _, m := range si.ents {
			if m.context || m.place {
				continue
			}
			if c := actorCountry(&ac.x.data.Gazetteer, m.e); c != "" {
				f(c)
				continue
			}
			// "الجيشين التايلاندي والكمبودي", "the Thai and Cambodian armies": a joint mention
			// stands for each of its members' countries, each once.
			if m.e.Type == "coalition" && !thirdParty(m.e.Role) {
				var seen []string
				for _, id := range m.e.Members {
					if c := actorCountry(&ac.x.data.Gazetteer, ac.x.data.Gazetteer.Entity(id)); c != "" && !slices.Contains(seen, c) {
						seen = append(seen, c)
						f(c)
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
func (ac *articleContext) castAsThirdParty() []string {
	var out []string
	for i := range ac.sc.claims {
		c := &ac.sc.claims[i]
		if c.Kind != "set" || !slices.Contains(thirdPartyTopics, c.Topic) {
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
