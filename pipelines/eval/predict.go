package main

import (
	"slices"
	"strings"

	"github.com/tanaqud/tanaqud/transforms/claims"
	"github.com/tanaqud/tanaqud/transforms/compare"
)

// disagreementsOf runs the comparison the pipeline runs, without Beam: one accumulator per
// (event, topic, subject), in key order.
func disagreementsOf(cs []claims.Claim, opts compare.Options) []compare.Disagreement {
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
