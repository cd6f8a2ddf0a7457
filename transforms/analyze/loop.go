package analyze

import (
	"fmt"
	"runtime"
	"sync"

	"github.com/tanaqud/tanaqud/schemas"
	"github.com/tanaqud/tanaqud/transforms/claims"
	"github.com/tanaqud/tanaqud/transforms/compare"
)

// Outcome is the result of analyzing one article: its sentences and claims, or why it failed.
type Outcome struct {
	Article  schemas.Article
	Analysis claims.Analysis
	Failed   string // non-empty when the extractor panicked on the article

	// Filled by the job's workers (see analyzeFn.work), so that the bundle's goroutine only
	// emits: the output rows, and a worker's partial comparison results when it hands them on.
	Rows         []schemas.ClaimRow
	SentenceRows []schemas.SentenceRow
	Partial      *compare.Folder
}

// Article is the per-article work of the job: normalize, split and extract. A bug triggered by
// one odd article costs that article, not the job: the panic becomes Outcome.Failed.
func Article(x *claims.Extractor, a schemas.Article) (out Outcome) {
	out.Article = a
	defer func() {
		if r := recover(); r != nil {
			out.Analysis = claims.Analysis{}
			out.Failed = fmt.Sprintf("analysis failed on article %q: %v", a.ID, r)
		}
	}()
	out.Analysis = x.Analyze(a)
	return out
}

// pool analyzes articles on several goroutines while the caller keeps feeding it. Runners that
// give a stage one bundle at a time (prism runs a whole stage as one bundle) would otherwise use
// one core for the job's most expensive step. Outcomes come back in completion order; callers
// that need an order sort later (every output table is sorted when written).
type pool struct {
	jobs    chan schemas.Article
	done    chan Outcome
	wg      sync.WaitGroup
	pending int
}

// poolWorkers is the number of analysis goroutines for a requested count (<= 0: all cores).
func poolWorkers(n int) int {
	if n <= 0 {
		return runtime.GOMAXPROCS(0)
	}
	return n
}

// newPool starts workers goroutines; goroutine w turns each article it takes into
// work(w, article), so work may keep per-goroutine state indexed by w.
func newPool(workers int, work func(w int, a schemas.Article) Outcome) *pool {
	p := &pool{jobs: make(chan schemas.Article, workers), done: make(chan Outcome, 2*workers)}
	for w := range workers {
		p.wg.Add(1)
		go func() {
			defer p.wg.Done()
			for a := range p.jobs {
				p.done <- work(w, a)
			}
		}()
	}
	return p
}

// submit hands an article to the pool, passing every outcome that is ready to emit. It never
// deadlocks: while the queue is full it takes outcomes, which frees a worker.
func (p *pool) submit(a schemas.Article, emit func(Outcome)) {
	for {
		select {
		case p.jobs <- a:
			p.pending++
			p.drainReady(emit)
			return
		case o := <-p.done:
			p.pending--
			emit(o)
		}
	}
}

// drainReady passes the outcomes that are ready without waiting.
func (p *pool) drainReady(emit func(Outcome)) {
	for {
		select {
		case o := <-p.done:
			p.pending--
			emit(o)
		default:
			return
		}
	}
}

// finish waits for every submitted article, passes its outcome, and stops the goroutines.
func (p *pool) finish(emit func(Outcome)) {
	close(p.jobs)
	for ; p.pending > 0; p.pending-- {
		emit(<-p.done)
	}
	p.wg.Wait()
}
