// Package analyze is the pipeline's one coarse per-article step: normalize, split sentences,
// extract claims, build their rows and fold them for comparison in a single DoFn, on a pool of
// goroutines. prism runs a fused stage as one bundle on one goroutine, so every per-claim step
// left outside this DoFn would run on that goroutine, serially, for the whole corpus.
package analyze

import (
	"context"
	"fmt"
	"reflect"
	"slices"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/tanaqud/tanaqud/schemas"
	"github.com/tanaqud/tanaqud/transforms/claims"
	"github.com/tanaqud/tanaqud/transforms/compare"
)

func init() {
	beam.RegisterType(reflect.TypeOf(schemas.ClaimRow{}))
	beam.RegisterType(reflect.TypeOf(schemas.SentenceRow{}))
	register.DoFn8x1[context.Context, schemas.Article, func(schemas.ClaimRow), func(string, compare.Bursts), func(compare.EventLinks), func(schemas.SentenceRow), func(schemas.RejectRow), func(string, compare.SideTally), error](&analyzeFn{})
	register.Emitter2[string, compare.SideTally]()
	register.Function1x1(ClaimRow)
	beam.RegisterType(reflect.TypeOf(compare.SideTally{}))
	register.Emitter1[compare.EventLinks]()
	register.Emitter1[schemas.ClaimRow]()
	register.Emitter2[string, compare.Bursts]()
	register.Emitter1[schemas.SentenceRow]()
	register.Emitter1[schemas.RejectRow]()
}

// DefaultFoldClaims is Params.FoldClaims when left zero: about a million claims per worker
// (their ids are most of a partial result) before it is handed on.
const DefaultFoldClaims = 1 << 20

// Params configures the per-article step.
type Params struct {
	// Sentences asks for every sentence as a row (sentences*.parquet); off by default because it
	// copies the whole corpus into the output.
	Sentences bool
	// Workers is the number of goroutines analyzing the articles of one bundle; 0 means all
	// cores.
	Workers int
	// EventGap separates events in time when claims are folded for comparison (see
	// compare.Bursts); 0 means compare.DefaultEventGap.
	EventGap time.Duration
	// FoldClaims is how many claims a worker folds before it hands its partial comparison
	// results on, which bounds the memory of a long bundle; 0 means DefaultFoldClaims.
	FoldClaims int
}

// Result holds the step's outputs.
type Result struct {
	Claims    beam.PCollection // of schemas.ClaimRow, the rows of claims*.parquet
	Partials  beam.PCollection // of KV<string, compare.Bursts>: claims folded per comparison key, for disagree.FromPartials
	Links     beam.PCollection // of compare.EventLinks, one per bundle: which events are one war, for disagree.FromPartials
	Sentences beam.PCollection // of schemas.SentenceRow; empty unless Params.Sentences
	Rejects   beam.PCollection // of schemas.RejectRow: articles the extractor failed on
	// Sides is of KV<string, compare.SideTally>, one per event and bundle: what resolving the
	// withdrawals stated of both unnamed sides (claims.BothSides) needs of each event. Those
	// claims are in neither Claims nor Partials: disagree.ResolveSides writes them per side.
	Sides beam.PCollection
}

// Articles analyzes every article. Besides the claim rows it folds the claims into partial
// comparison results per key where they are made, so the comparison's per-claim work runs on
// the analysis goroutines (see compare.Folder) and only small partials cross the shuffle.
func Articles(s beam.Scope, articles beam.PCollection, p Params) Result {
	s = s.Scope("analyze.Articles")
	fn := &analyzeFn{Sentences: p.Sentences, Workers: p.Workers, EventGap: p.EventGap, FoldClaims: p.FoldClaims}
	c, partials, links, sent, rej, sides := beam.ParDo6(s, fn, articles)
	return Result{Claims: c, Partials: partials, Links: links, Sentences: sent, Rejects: rej, Sides: sides}
}

type analyzeFn struct {
	Sentences bool
	// Workers is the number of goroutines analyzing articles inside one bundle; 0 means all
	// cores. prism runs a stage as one bundle on one goroutine, so without them the job's most
	// expensive step would use one core.
	Workers    int
	EventGap   time.Duration
	FoldClaims int

	extractor                   *claims.Extractor
	pool                        *pool
	folders                     []*compare.Folder               // one per worker; folders[0] on the serial path
	links                       []*compare.EventLinks           // one per worker, like folders
	sides                       []map[string]*compare.SideTally // one per worker, like folders
	analyzed, claimsN, rejected beam.Counter
}

func (fn *analyzeFn) Setup() error {
	x, err := claims.Default()
	if err != nil {
		return fmt.Errorf("loading extraction data: %w", err)
	}
	fn.extractor = x
	fn.analyzed = beam.NewCounter("tanaqud", "articles_analyzed")
	fn.claimsN = beam.NewCounter("tanaqud", "claims")
	fn.rejected = beam.NewCounter("tanaqud", "articles_rejected")
	return nil
}

func (fn *analyzeFn) StartBundle(context.Context, func(schemas.ClaimRow), func(string, compare.Bursts), func(compare.EventLinks), func(schemas.SentenceRow), func(schemas.RejectRow), func(string, compare.SideTally)) {
	w := poolWorkers(fn.Workers)
	fn.folders = make([]*compare.Folder, w)
	fn.links = make([]*compare.EventLinks, w)
	fn.sides = make([]map[string]*compare.SideTally, w)
	for i := range fn.folders {
		fn.folders[i] = compare.NewFolder(fn.EventGap)
		fn.links[i] = compare.NewEventLinks(fn.EventGap.Microseconds())
		fn.sides[i] = map[string]*compare.SideTally{}
	}
	if w > 1 {
		fn.pool = newPool(w, fn.work)
	}
}

func (fn *analyzeFn) ProcessElement(ctx context.Context, a schemas.Article, emitRow func(schemas.ClaimRow), emitPartial func(string, compare.Bursts), _ func(compare.EventLinks), emitSentence func(schemas.SentenceRow), reject func(schemas.RejectRow), _ func(string, compare.SideTally)) error {
	emit := func(o Outcome) { fn.emit(ctx, o, emitRow, emitPartial, emitSentence, reject) }
	if fn.pool == nil {
		emit(fn.work(0, a))
		return nil
	}
	fn.pool.submit(a, emit)
	return nil
}

// FinishBundle emits the outcomes of the articles still in the pool, every worker's partial
// results and the bundle's evidence of which events are one war: a bundle is complete only when
// all of its elements are.
func (fn *analyzeFn) FinishBundle(ctx context.Context, emitRow func(schemas.ClaimRow), emitPartial func(string, compare.Bursts), emitLinks func(compare.EventLinks), emitSentence func(schemas.SentenceRow), reject func(schemas.RejectRow), emitSides func(string, compare.SideTally)) {
	if fn.pool != nil {
		fn.pool.finish(func(o Outcome) { fn.emit(ctx, o, emitRow, emitPartial, emitSentence, reject) })
		fn.pool = nil
	}
	for _, f := range fn.folders {
		f.Drain(emitPartial)
	}
	links := fn.links[0]
	for _, l := range fn.links[1:] {
		links.Merge(l)
	}
	if !links.Empty() {
		emitLinks(*links)
	}
	sides := fn.sides[0]
	for _, m := range fn.sides[1:] {
		for ev, t := range m {
			if sides[ev] == nil {
				sides[ev] = t
				continue
			}
			sides[ev].Merge(*t)
		}
	}
	events := make([]string, 0, len(sides))
	for ev := range sides {
		events = append(events, ev)
	}
	slices.Sort(events)
	for _, ev := range events {
		emitSides(ev, *sides[ev])
	}
	fn.folders, fn.links, fn.sides = nil, nil, nil
}

// work analyzes one article on worker w's goroutine and does everything per claim there:
// building the output rows and folding the claims into the worker's partial comparison.
func (fn *analyzeFn) work(w int, a schemas.Article) Outcome {
	o := Article(fn.extractor, a)
	if o.Failed != "" {
		return o
	}
	res := &o.Analysis
	o.Rows = make([]schemas.ClaimRow, 0, len(res.Claims))
	f := fn.folders[w]
	fn.links[w].AddClaims(res.Claims)
	compare.SideTallies(fn.sides[w], res.Claims, fn.EventGap)
	for _, c := range res.Claims {
		if c.Subject == claims.BothSides {
			continue // written per side by disagree.ResolveSides, from the tallies
		}
		o.Rows = append(o.Rows, ClaimRow(c))
		f.Add(c)
	}
	if fn.Sentences {
		o.SentenceRows = make([]schemas.SentenceRow, len(res.Sentences))
		for i, sn := range res.Sentences {
			o.SentenceRows[i] = schemas.SentenceRow{ArticleID: a.ID, SentenceIndex: int64(sn.Index), Start: int64(sn.RuneStart), End: int64(sn.RuneEnd), Text: sn.Text}
		}
	}
	o.Analysis = claims.Analysis{} // everything needed is in the rows now
	limit := fn.FoldClaims
	if limit <= 0 {
		limit = DefaultFoldClaims
	}
	if f.Claims() >= limit {
		o.Partial, fn.folders[w] = f, compare.NewFolder(fn.EventGap)
	}
	return o
}

// emit writes one article's outcome to the outputs, on the bundle's goroutine.
func (fn *analyzeFn) emit(ctx context.Context, o Outcome, emitRow func(schemas.ClaimRow), emitPartial func(string, compare.Bursts), emitSentence func(schemas.SentenceRow), reject func(schemas.RejectRow)) {
	if o.Failed != "" {
		fn.rejected.Inc(ctx, 1)
		reject(schemas.RejectRow{Input: o.Article.Input, Line: int64(o.Article.Line), Reason: o.Failed})
		return
	}
	fn.analyzed.Inc(ctx, 1)
	for _, r := range o.SentenceRows {
		emitSentence(r)
	}
	fn.claimsN.Inc(ctx, int64(len(o.Rows)))
	for _, r := range o.Rows {
		emitRow(r)
	}
	if o.Partial != nil {
		o.Partial.Drain(emitPartial)
	}
}

// ClaimRows is the rows (schemas.ClaimRow) of a PCollection of claims.Claim made after the
// analysis (disagree.ResolveSides), to flatten with Result.Claims.
func ClaimRows(s beam.Scope, cs beam.PCollection) beam.PCollection {
	return beam.ParDo(s.Scope("analyze.ClaimRows"), ClaimRow, cs)
}
