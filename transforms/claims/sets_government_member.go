package claims

import "github.com/tanaqud/tanaqud/schemas"

// governmentOfItsOwn: a government that speaks for its state and that other entities speak for
// in turn (its capital, its ministries: "Kabul hosted", "the frontiers ministry mediated") is a
// body of its own as a member, as it is as a side: the entities acting for it are written as it,
// not as the state behind it. A seat or office no one speaks for (the Kremlin, a foreign
// ministry) still stands for the body it speaks for.
func (ac *articleContext) governmentOfItsOwn(e *schemas.Entity) bool {
	return e.Type == "government" && ac.x.spokenFor[e.ID]
}

// spokenForTable: the ids some gazetteer entity speaks for.
func spokenForTable(g *schemas.Gazetteer) map[string]bool {
	out := map[string]bool{}
	for i := range g.Entities {
		if f := g.Entities[i].SpeaksFor; f != "" {
			out[f] = true
		}
	}
	return out
}
