package claims

import "github.com/tanaqud/tanaqud/schemas"

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
	for _, si := range ac.infos {
		for _, m := range si.ents {
			if m.context || m.place {
				continue
			}
			if c := actorCountry(&ac.x.data.Gazetteer, m.e); c != "" {
				counts[c]++
			}
		}
	}
	return mostCounted(counts)
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
