package main

import (
	"sync"

	"github.com/tanaqud/tanaqud/schemas"
)

// speakerBodies maps a speaker id to the bodies it speaks for: a person's affiliation and what
// that in turn speaks for, a capital's state. Annotators differ on "the government spokesman
// said": some name the person, some the government. A predicted person of the gold body names
// the same speaker, more precisely, and counts as right; a predicted body where the gold names
// the person does not.
var speakerBodies = sync.OnceValue(func() map[string][]string {
	d, err := schemas.Load()
	if err != nil {
		return nil
	}
	g := &d.Gazetteer
	out := map[string][]string{}
	for i := range g.Entities {
		e := &g.Entities[i]
		var bodies []string
		for cur, depth := e, 0; cur != nil && depth < 3; depth++ {
			next := cur.Affiliation
			if next == "" {
				next = cur.SpeaksFor
			}
			if next == "" || next == e.ID {
				break
			}
			bodies = append(bodies, next)
			cur = g.Entity(next)
		}
		if len(bodies) > 0 {
			out[e.ID] = bodies
		}
	}
	return out
})
