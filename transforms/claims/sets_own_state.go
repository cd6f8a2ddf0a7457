package claims

import (
	"slices"
	"sort"
)

// ownStateGovernment: the war's own state brokering, guaranteeing or monitoring its truce acts
// through its government ("بوساطة سورية-أمريكية", "a Syrian-American mediation" in a Syria item:
// Damascus, as its capital speaks for it), so a set names that government, not the country; a
// third state stays itself ("Qatari mediation" is Qatar). Only where that government is no side:
// the article names the truce's sides and it is none of them, or the one who says so is that
// government or one of its bodies (a Syrian ministry on a "Syrian-American mediation") and it is
// no side named. In a war the government fights ("بوساطة يمنية عمانية" between the Houthis and
// the Yemeni government), or said by another with no sides named ("according to the UN, Yemen is
// the only guarantor"), the country stays. The government is the one body of the gazetteer that
// governs the state as itself (type and role government, no affiliation, no capital's voice);
// with none or several known the country stays. A government named as such that speaks for its
// state ("the Centre" of India, the union government) already is the state's government: its
// state stays, not another government of that country (a federated state's).
//
// Where the article places its truce only in passing or not at all (theatre_passing.go: "Unlike
// the Gaza ceasefire of January 2025, ..."), the theatre does not tell the war's own state; a
// state then counts as the war's own when its own government says it brokered
// ("Damascus claims a Syrian-American mediation") and the gazetteer does not cast it as a third
// party (a mediator or guarantor state: "Cairo says an Egyptian-Qatari mediation" stays Egypt).
func (ac *articleContext) ownStateGovernment(si *sentInfo, pos int, ms []mention, members []string) []string {
	placed := ac.theater != "" && ac.theater != unplaced
	if ac.theatrePlacedFirmly() && !slices.Contains(members, ac.theater) {
		return members
	}
	for k, id := range members {
		if slices.ContainsFunc(ms, func(m mention) bool { return m.e.Type == "government" && m.e.SpeaksFor == id }) {
			continue
		}
		if !(placed && id == ac.theater) && !ac.ownStateBySpeaker(si, pos, id) {
			continue
		}
		if gov := ac.governmentOf(id); gov != "" && ac.thirdToTheSides(si, pos, gov) {
			members[k] = gov
			sort.Strings(members)
			return slices.Compact(members)
		}
	}
	return members
}

// governmentOf is the id of the one government entity of the country (see ownStateGovernment),
// "" when the gazetteer knows none or more than one.
func (ac *articleContext) governmentOf(country string) string {
	found := ""
	for i := range ac.x.data.Gazetteer.Entities {
		e := &ac.x.data.Gazetteer.Entities[i]
		if e.Type != "government" || e.Role != "government" || e.Country != country || e.Affiliation != "" || e.SpeaksFor != "" {
			continue
		}
		if found != "" && found != e.ID {
			return ""
		}
		found = e.ID
	}
	return found
}

// thirdToTheSides: the government id is none of the sides the article names (truceSides), and
// either it names some or the speaker at pos is that government or one of its bodies.
func (ac *articleContext) thirdToTheSides(si *sentInfo, pos int, id string) bool {
	g := &ac.x.data.Gazetteer
	e := g.Entity(id)
	if e == nil {
		return false
	}
	sides := ac.truceSides()
	if len(sides) > 0 {
		return !ac.sideOfTruce(mention{e: e}, sides)
	}
	sp := ac.bodyOf(ac.speakerAt(si.s.Index, pos))
	if sp == nil {
		return false
	}
	if sp.SpeaksFor != "" {
		sp = g.Entity(sp.SpeaksFor)
	}
	return sp != nil && (sp.ID == id || sp.Affiliation == id)
}

// ownStateBySpeaker: where the theatre is placed only in passing or not at all, the state id
// names the war's own state through its government (see ownStateGovernment): the speaker at pos
// is that government or one of its bodies (a capital speaking for it), and the gazetteer casts
// the state as no third party.
func (ac *articleContext) ownStateBySpeaker(si *sentInfo, pos int, id string) bool {
	if ac.theatrePlacedFirmly() {
		return false
	}
	g := &ac.x.data.Gazetteer
	sp := ac.bodyOf(ac.speakerAt(si.s.Index, pos))
	if sp != nil && sp.SpeaksFor != "" {
		sp = g.Entity(sp.SpeaksFor)
	}
	if sp == nil || sp.Country != id {
		return false
	}
	if st := g.Entity(id); st == nil || st.Type != "country" || thirdParty(st.Role) {
		return false
	}
	gov := ac.governmentOf(id)
	return gov != "" && (sp.ID == gov || sp.Affiliation == gov)
}
