package claims

import "github.com/tanaqud/tanaqud/schemas"

// armedPartyTable: the organizations of a country that command forces of their own (a
// military or armed-group entry affiliated with them): a political party with its own
// fighters ("the KDP's Unit 80", Fatah's security forces) is a side of the truce its forces
// keep ("a ceasefire between the KDP and the PUK"), where a party without fighters, a relief
// body or a bloc of states with a naval mission (no country) is not.
func armedPartyTable(g *schemas.Gazetteer) map[string]bool {
	out := map[string]bool{}
	for i := range g.Entities {
		e := &g.Entities[i]
		if e.Affiliation == "" || e.Type != "military" && e.Type != "armed_group" {
			continue
		}
		if a := g.Entity(e.Affiliation); a != nil && a.Type == "organization" && a.Country != "" && a.Country == e.Country && !thirdParty(a.Role) {
			out[a.ID] = true
		}
	}
	return out
}
