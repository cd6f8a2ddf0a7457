package main

import (
	"slices"
	"sync"

	"github.com/tanaqud/tanaqud/transforms/claims"
	"github.com/tanaqud/tanaqud/transforms/compare"
)

// sideForces is the extractor SideForce reads the gazetteer with (built once, only when some
// claim needs it: a dump written before claims.BothSides never does).
var sideForces = sync.OnceValues(claims.Default)

// resolveSides writes the claims stated of both unnamed sides (claims.BothSides) as one claim
// per side of their event, the event each claim is compared under (joinEvents), as
// compare.ResolveSides does; unresolved ones are dropped.
func resolveSides(cs []claims.Claim) []claims.Claim {
	if !slices.ContainsFunc(cs, func(c claims.Claim) bool { return c.Subject == claims.BothSides }) {
		return cs
	}
	x, err := sideForces()
	if err != nil {
		return withoutBothSides(cs)
	}
	joined := joinEvents(cs)
	events := make([]string, len(joined))
	for i := range joined {
		events[i] = joined[i].Event
	}
	return compare.ResolveSides(cs, events, x.SideForce)
}

// resolveSidesInTime is resolveSides for the pooled run, where sets of one country years apart
// share an event: the claims are resolved within their event's chain of publication days
// (compare.SidesGroups, the bursts' gap), so one truce never lends another its parties.
func resolveSidesInTime(cs []claims.Claim) []claims.Claim {
	if !slices.ContainsFunc(cs, func(c claims.Claim) bool { return c.Subject == claims.BothSides }) {
		return cs
	}
	x, err := sideForces()
	if err != nil {
		return withoutBothSides(cs)
	}
	joined := joinEvents(cs)
	events := make([]string, len(joined))
	for i := range joined {
		events[i] = joined[i].Event
	}
	return compare.ResolveSides(cs, compare.SidesGroups(cs, events, compare.DefaultEventGap), x.SideForce)
}

// withoutBothSides drops the claims stated of both unnamed sides, where nobody can say whose
// forces they mean.
func withoutBothSides(cs []claims.Claim) []claims.Claim {
	return slices.DeleteFunc(slices.Clone(cs), func(c claims.Claim) bool { return c.Subject == claims.BothSides })
}
