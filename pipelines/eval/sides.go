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
// per side of their event as the Beam job does (compare.ResolveSidesByTally: the claim's own
// event, within its chain of publication days no gap longer than compare.DefaultEventGap
// breaks, so sets of one country years apart in the pooled run never lend each other their
// parties); unresolved ones are dropped.
func resolveSides(cs []claims.Claim) []claims.Claim {
	if !slices.ContainsFunc(cs, func(c claims.Claim) bool { return c.Subject == claims.BothSides }) {
		return cs
	}
	x, err := sideForces()
	if err != nil {
		return withoutBothSides(cs)
	}
	out, _ := compare.ResolveSidesByTally(cs, compare.DefaultEventGap, x.SideForce)
	return out
}

// withoutBothSides drops the claims stated of both unnamed sides, where nobody can say whose
// forces they mean.
func withoutBothSides(cs []claims.Claim) []claims.Claim {
	return slices.DeleteFunc(slices.Clone(cs), func(c claims.Claim) bool { return c.Subject == claims.BothSides })
}
