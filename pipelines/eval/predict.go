package main

import (
	"slices"
	"strings"

	"github.com/tanaqud/tanaqud/transforms/claims"
	"github.com/tanaqud/tanaqud/transforms/compare"
)

// disagreementsOf runs the comparison the pipeline runs, without Beam: events joined as the
// pipeline joins them (joinEvents), then one accumulator per (event, topic, subject), in key
// order.
func disagreementsOf(cs []claims.Claim, opts compare.Options) []compare.Disagreement {
	cs = joinEvents(cs)
	accs := map[compare.Key]*compare.Accumulator{}
	for _, c := range cs {
		k := compare.KeyOf(c)
		if accs[k] == nil {
			accs[k] = &compare.Accumulator{}
		}
		accs[k].Add(c)
	}
	keys := make([]compare.Key, 0, len(accs))
	for k := range accs {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b compare.Key) int {
		return strings.Compare(a.String(), b.String())
	})
	var out []compare.Disagreement
	for _, k := range keys {
		out = append(out, accs[k].DisagreementsWith(opts)...)
	}
	return out
}

// joinEvents gives each claim the event key it is compared under: the events of a war between
// two states joined over the claims' corpus (compare.EventLinks), and a placeless article's
// claims under the one event its outlet covered in the same burst, else under the outlet's
// placeless coverage (compare.ComparedEvent), claim by claim. It differs from
// the job in one case: an undated article whose names tie it to a dated burst moves with that
// burst in the job (EventMap.RekeyBursts) and takes its event's undated key here; the per-set
// evaluation ignores time anyway, and the pooled one joins bursts as the job does. The claims of
// one article must be consecutive.
func joinEvents(cs []claims.Claim) []claims.Claim {
	links := compare.NewEventLinks(0)
	links.AddClaims(cs)
	return links.Join().Rekey(cs)
}
