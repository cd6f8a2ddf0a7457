package disagree

import (
	"context"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"

	"github.com/tanaqud/tanaqud/schemas"
	"github.com/tanaqud/tanaqud/transforms/articles"
	"github.com/tanaqud/tanaqud/transforms/claims"
	"github.com/tanaqud/tanaqud/transforms/compare"
)

// JoinEvents decides, once for the whole corpus, which events are compared together (see
// compare.EventLinks): links is a PCollection of compare.EventLinks (partial evidence, e.g. one
// per bundle of analyzed articles); the result holds one compare.EventMap, for use as a side
// input. It is empty when links is.
func JoinEvents(s beam.Scope, links beam.PCollection) beam.PCollection {
	s = s.Scope("disagree.JoinEvents")
	return beam.Combine(s, &joinFn{}, links)
}

// joinFn merges the evidence of the whole corpus and joins the events.
type joinFn struct{}

func (*joinFn) CreateAccumulator() compare.EventLinks { return *compare.NewEventLinks(0) }

func (*joinFn) AddInput(a, l compare.EventLinks) compare.EventLinks {
	a.Merge(&l)
	return a
}

func (*joinFn) MergeAccumulators(a, b compare.EventLinks) compare.EventLinks {
	a.Merge(&b)
	return a
}

func (*joinFn) ExtractOutput(a compare.EventLinks) compare.EventMap { return a.Join() }

// rowsOrMoveFn compares the bursts of a key whose event stays its own, and passes the bursts of
// joined events on under their joined key.
type rowsOrMoveFn struct {
	rows toRowsFn
	// joined is read once: a DoFn instance serves one job, whose join is one value in the
	// global window.
	joined *compare.EventMap
}

func (fn *rowsOrMoveFn) Setup() error { return fn.rows.Setup() }

func (fn *rowsOrMoveFn) ProcessElement(ctx context.Context, key string, b compare.Bursts, joined func(*compare.EventMap) bool, emitRow func(schemas.ContradictionRow), move func(string, compare.Bursts)) {
	if fn.joined == nil {
		fn.joined = &compare.EventMap{}
		joined(fn.joined) // none when the corpus has no claims: every event stays its own
	}
	k := compare.ParseKey(key)
	fn.joined.RekeyBursts(k, b, func(to compare.Key, x compare.Bursts) {
		if to.Event == k.Event {
			fn.rows.ProcessElement(ctx, key, x, emitRow)
			return
		}
		move(to.String(), x)
	})
}

// articleVote is one article's evidence, from any of its claims (they all carry it); keyed by
// the article so that an article counts once.
func articleVote(c claims.Claim) (string, compare.EventLinks) {
	l := compare.NewEventLinks(0)
	l.AddArticle(c.Event, articles.PublishedMicros(c.Published), c.WarCountries)
	return c.ArticleID, *l
}

// firstVote keeps one of an article's (identical) votes.
func firstVote(a, _ compare.EventLinks) compare.EventLinks { return a }

// linksOfClaims is the evidence of a PCollection of claims, one vote per article: Find's, where
// no per-article step gathered it.
func linksOfClaims(s beam.Scope, cs beam.PCollection) beam.PCollection {
	votes := beam.CombinePerKey(s, firstVote, beam.ParDo(s, articleVote, cs))
	return beam.DropKey(s, votes)
}

// mergedRowsFn merges the bursts moved to one joined key (already merged per original key, so
// a few per key: a grouping, not a combiner, whose lifted pre-combine would only copy them
// again) and compares them.
type mergedRowsFn struct {
	rows toRowsFn
}

func (fn *mergedRowsFn) Setup() error { return fn.rows.Setup() }

func (fn *mergedRowsFn) ProcessElement(ctx context.Context, key string, parts func(*compare.Bursts) bool, emit func(schemas.ContradictionRow)) {
	var all, b compare.Bursts
	for parts(&b) {
		all.Merge(b)
		b = compare.Bursts{}
	}
	fn.rows.ProcessElement(ctx, key, all, emit)
}
