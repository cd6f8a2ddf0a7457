package disagree

import (
	"context"
	"fmt"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/tanaqud/tanaqud/transforms/claims"
	"github.com/tanaqud/tanaqud/transforms/compare"
)

func init() {
	register.Combiner1[compare.SideTally](&mergeSidesFn{})
	register.DoFn4x0[context.Context, string, compare.SideTally, func(claims.Claim)](&resolveSidesFn{})
	register.Emitter1[claims.Claim]()
}

// ResolveSides writes the withdrawals stated of both unnamed sides (claims.BothSides) as one
// claim per side of their event, as pipelines/eval does (compare.ResolveSidesByTally): tallies
// is a PCollection of KV<event, compare.SideTally> (analyze.Result.Sides), merged per event and
// resolved there (compare.SideTally.Resolve: the event's pair of parties within the claim's
// chain of publication days no gap longer than the tallies' gap breaks, analyze.Params.EventGap). The result is a PCollection of
// claims.Claim, to be written and compared with the others (FoldClaims). The claims no pair
// resolves are counted in the metric tanaqud/both_sides_unresolved, the resolved ones in
// tanaqud/both_sides_resolved.
//
// The event is the claim's own (Claim.Event), not the joined event the comparison moves it
// to (JoinEvents): the join is decided from the whole corpus after the claims are folded.
func ResolveSides(s beam.Scope, tallies beam.PCollection) beam.PCollection {
	s = s.Scope("disagree.ResolveSides")
	merged := beam.CombinePerKey(s, &mergeSidesFn{}, tallies)
	return beam.ParDo(s, &resolveSidesFn{}, merged)
}

// FoldClaims folds a PCollection of claims.Claim per comparison key as analyze.Articles folds
// its own (compare.Bursts with gap): a PCollection of KV<string, compare.Bursts> to flatten
// with analyze.Result.Partials before FromPartials.
func FoldClaims(s beam.Scope, cs beam.PCollection, gap time.Duration) beam.PCollection {
	s = s.Scope("disagree.FoldClaims")
	if gap <= 0 {
		gap = DefaultEventGap
	}
	return beam.CombinePerKey(s, &combineFn{GapMicros: gap.Microseconds()}, beam.ParDo(s, keyClaim, cs))
}

// mergeSidesFn merges the tallies of one event.
type mergeSidesFn struct{}

func (*mergeSidesFn) MergeAccumulators(a, b compare.SideTally) compare.SideTally {
	a.Merge(b)
	return a
}

// resolveSidesFn resolves one event's tally.
type resolveSidesFn struct {
	forceOf                      func(string) string
	resolved, unresolved, claimN beam.Counter
}

func (fn *resolveSidesFn) Setup() error {
	x, err := claims.Default()
	if err != nil {
		return fmt.Errorf("loading extraction data: %w", err)
	}
	fn.forceOf = x.SideForce
	fn.resolved = beam.NewCounter("tanaqud", "both_sides_resolved")
	fn.unresolved = beam.NewCounter("tanaqud", "both_sides_unresolved")
	fn.claimN = beam.NewCounter("tanaqud", "claims") // the claim rows, as analyze counts its own
	return nil
}

func (fn *resolveSidesFn) ProcessElement(ctx context.Context, event string, t compare.SideTally, emit func(claims.Claim)) {
	rs, n := t.Resolve(event, fn.forceOf)
	fn.resolved.Inc(ctx, int64(len(t.Pending)-n))
	fn.unresolved.Inc(ctx, int64(n))
	fn.claimN.Inc(ctx, int64(len(rs)))
	for _, c := range rs {
		emit(c)
	}
}
