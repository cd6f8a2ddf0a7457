// Package analyze is the pipeline's one coarse per-article step: normalize, split sentences and
// extract claims in a single DoFn, because every step boundary costs an encode and decode of
// every element on runners that do not fuse (prism).
package analyze

import (
	"context"
	"fmt"
	"reflect"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/tanaqud/tanaqud/schemas"
	"github.com/tanaqud/tanaqud/transforms/claims"
)

func init() {
	beam.RegisterType(reflect.TypeOf(claims.Claim{}))
	beam.RegisterType(reflect.TypeOf(schemas.SentenceRow{}))
	register.DoFn5x1[context.Context, schemas.Article, func(claims.Claim), func(schemas.SentenceRow), func(schemas.RejectRow), error](&analyzeFn{})
	register.Emitter1[claims.Claim]()
	register.Emitter1[schemas.SentenceRow]()
	register.Emitter1[schemas.RejectRow]()
}

// Params configures the per-article step.
type Params struct {
	// Sentences asks for every sentence as a row (sentences*.parquet); off by default because it
	// copies the whole corpus into the output.
	Sentences bool
	// Workers is the number of goroutines analyzing the articles of one bundle; 0 means all
	// cores.
	Workers int
}

// Result holds the step's outputs.
type Result struct {
	Claims    beam.PCollection // of claims.Claim
	Sentences beam.PCollection // of schemas.SentenceRow; empty unless Params.Sentences
	Rejects   beam.PCollection // of schemas.RejectRow: articles the extractor failed on
}

// Articles analyzes every article.
func Articles(s beam.Scope, articles beam.PCollection, p Params) Result {
	s = s.Scope("analyze.Articles")
	c, sent, rej := beam.ParDo3(s, &analyzeFn{Sentences: p.Sentences, Workers: p.Workers}, articles)
	return Result{Claims: c, Sentences: sent, Rejects: rej}
}

type analyzeFn struct {
	Sentences bool
	// Workers is the number of goroutines analyzing articles inside one bundle; 0 means all
	// cores. prism runs a stage as one bundle on one goroutine, so without them the job's most
	// expensive step would use one core.
	Workers int

	extractor                   *claims.Extractor
	pool                        *pool
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

func (fn *analyzeFn) StartBundle(context.Context, func(claims.Claim), func(schemas.SentenceRow), func(schemas.RejectRow)) {
	if w := poolWorkers(fn.Workers); w > 1 {
		fn.pool = newPool(fn.extractor, w)
	}
}

func (fn *analyzeFn) ProcessElement(ctx context.Context, a schemas.Article, emitClaim func(claims.Claim), emitSentence func(schemas.SentenceRow), reject func(schemas.RejectRow)) error {
	emit := func(o Outcome) { fn.emit(ctx, o, emitClaim, emitSentence, reject) }
	if fn.pool == nil {
		emit(Article(fn.extractor, a))
		return nil
	}
	fn.pool.submit(a, emit)
	return nil
}

// FinishBundle emits the outcomes of the articles still in the pool: a bundle is complete only
// when all of its elements are.
func (fn *analyzeFn) FinishBundle(ctx context.Context, emitClaim func(claims.Claim), emitSentence func(schemas.SentenceRow), reject func(schemas.RejectRow)) {
	if fn.pool == nil {
		return
	}
	fn.pool.finish(func(o Outcome) { fn.emit(ctx, o, emitClaim, emitSentence, reject) })
	fn.pool = nil
}

// emit writes one article's outcome to the outputs, on the bundle's goroutine.
func (fn *analyzeFn) emit(ctx context.Context, o Outcome, emitClaim func(claims.Claim), emitSentence func(schemas.SentenceRow), reject func(schemas.RejectRow)) {
	a := o.Article
	if o.Failed != "" {
		fn.rejected.Inc(ctx, 1)
		reject(schemas.RejectRow{Input: a.Input, Line: int64(a.Line), Reason: o.Failed})
		return
	}
	res := o.Analysis
	fn.analyzed.Inc(ctx, 1)
	if fn.Sentences {
		for _, sn := range res.Sentences {
			emitSentence(schemas.SentenceRow{ArticleID: a.ID, SentenceIndex: int64(sn.Index), Start: int64(sn.RuneStart), End: int64(sn.RuneEnd), Text: sn.Text})
		}
	}
	fn.claimsN.Inc(ctx, int64(len(res.Claims)))
	for _, c := range res.Claims {
		emitClaim(c)
	}
}
