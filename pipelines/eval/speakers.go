package main

import (
	"slices"
	"sync"

	"github.com/tanaqud/tanaqud/schemas"
	"github.com/tanaqud/tanaqud/transforms/textnorm"
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

// isOutletSpeaker tells an outlet among a predicted side's speakers: "outlet", a media entity,
// or a name the gazetteer does not hold (the extractor names an unquoted claim by the article's
// source).
var isOutletSpeaker = sync.OnceValue(func() func(string) bool {
	d, err := schemas.Load()
	if err != nil {
		return func(p string) bool { return p == "outlet" }
	}
	g := &d.Gazetteer
	return func(p string) bool {
		e := g.Entity(p)
		return p == "outlet" || e == nil || e.Role == "media" || e.Type == "media"
	}
})

// sideSpeakersCover reports whether a predicted side's speakers name every gold speaker of a
// side, at the gold's grain as speakerMatches judges one claim: the same id, a person of the gold
// body, or for the gold's "outlet" any outlet.
func sideSpeakersCover(gold, pred []string) bool {
	isOutlet := isOutletSpeaker()
	for _, g := range gold {
		covered := slices.ContainsFunc(pred, func(p string) bool {
			if p == g || slices.Contains(speakerBodies()[p], g) {
				return true
			}
			return g == "outlet" && isOutlet(p) || outletNamed(g, p)
		})
		if !covered {
			return false
		}
	}
	return true
}

// outletNamed reports whether name (an article's source, as the extractor names an unquoted claim)
// is a name of the media entity id. Some annotators give the outlet's own voice its gazetteer id
// ("al_qarn_al_yawm") rather than "outlet"; both name the same speaker.
func outletNamed(id, name string) bool {
	if id == "" || name == "" || id == name {
		return false
	}
	d, err := schemas.Load()
	if err != nil {
		return false
	}
	e := d.Gazetteer.Entity(id)
	if e == nil || e.Role != "media" && e.Type != "media" {
		return false
	}
	folded := textnorm.Fold(name)
	for _, l := range e.Label {
		if l != "" && textnorm.Fold(l) == folded {
			return true
		}
	}
	for _, names := range e.Aliases {
		for _, a := range names {
			if textnorm.Fold(a) == folded {
				return true
			}
		}
	}
	return false
}
