package claims

// A theatre placed only in passing: the one country an article places things in is named by a
// single bare place, never right after a ceasefire noun ("Unlike the Gaza ceasefire of January
// 2025", «إسطنبول ستحتضن جولة محادثات», "at 7 p.m. Mecca time"), and no actor of it (no body,
// no capital speaking for it) is named, while the article's own actors (its armed groups,
// governments, parties, named, not a demonym: "American mediation" names a mediator) belong to
// another country: the actors' country is the war, the place an aside. Keyed by the place, such
// an article's claims would be compared with nobody of its war (eventKey keys it by the actors').

// passingPlacement is the score of one bare place (theaterScores): two places of a country
// ("no position in Delmas or Cité Soleil"), or one right after a ceasefire noun ("a ceasefire
// in Gaza", «وقف إطلاق النار في مدينة تعز»), place its war.
const passingPlacement = 1

// theatrePlacedFirmly: the article has a theatre and places it more than in passing; only then
// does the theatre tell the war's own state (sets_own_state.go).
func (ac *articleContext) theatrePlacedFirmly() bool {
	return ac.theater != "" && ac.theater != unplaced && ac.placed[ac.theater] > passingPlacement
}

// minActorMentions is how many mentions of the actors' country outweigh a weak placement: one
// name in passing does not.
const minActorMentions = 2

// actorsOutweighPassingTheatre is the country of the article's own actors when the theatre is
// placed only in passing (see above), else "". A capital acting is its state's own actor
// ("تستثنيه بغداد"). A state's force abroad counts only where its war is at home (homeWars, as
// fighterCountries reads it): "Israeli troops raided Jenin" keeps Jenin's war.
func (ac *articleContext) actorsOutweighPassingTheatre() string {
	t := ac.theater
	if t == unplaced || ac.placed[t] > passingPlacement {
		return ""
	}
	g := &ac.x.data.Gazetteer
	counts := map[string]int{}
	own := false
	ac.eachActorMention(func(_ *sentInfo, m mention, c string) {
		if c == t {
			own = true
		}
		if m.demonym || stateForce(g, m.e) && !ac.x.homeWars[c] {
			return
		}
		counts[c]++
	})
	ac.eachActingCapitalCountry(func(_ *sentInfo, _ mention, c string) { own = own || c == t })
	if own {
		return ""
	}
	c := mostCounted(counts)
	if c == unplaced || counts[c] < minActorMentions {
		return ""
	}
	return c
}
