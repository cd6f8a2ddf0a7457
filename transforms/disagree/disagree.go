// Package disagree groups claims by (event, topic, subject) with a combiner and turns the keys
// whose values cannot all be true into contradiction rows, one per side.
package disagree

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"reflect"
	"strconv"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/tanaqud/tanaqud/schemas"
	"github.com/tanaqud/tanaqud/transforms/claims"
	"github.com/tanaqud/tanaqud/transforms/compare"
)

func init() {
	beam.RegisterType(reflect.TypeOf(schemas.ContradictionRow{}))
	register.Function1x2(keyClaim)
	// The combiner's accumulator crosses the shuffle as one blob (see compare.EncodeBursts).
	beam.RegisterCoder(reflect.TypeOf(compare.Bursts{}), compare.EncodeBursts, compare.DecodeBursts)
	register.Combiner3[compare.Bursts, claims.Claim, compare.Bursts](&combineFn{})
	register.Combiner1[compare.Bursts](&mergeFn{})
	register.DoFn4x0[context.Context, string, compare.Bursts, func(schemas.ContradictionRow)](&toRowsFn{})
	register.Emitter1[schemas.ContradictionRow]()
	beam.RegisterCoder(reflect.TypeOf(compare.EventLinks{}), compare.EncodeEventLinks, compare.DecodeEventLinks)
	beam.RegisterType(reflect.TypeOf(compare.EventMap{}))
	register.Combiner3[compare.EventLinks, compare.EventLinks, compare.EventMap](&joinFn{})
	register.DoFn7x1[context.Context, string, func(*keyedBursts) bool, func(*compare.EventSpan) bool, func(*keyedBursts) bool, func(schemas.ContradictionRow), func(string, compare.Bursts), error](&rowsOrMoveFn{})
	register.Function2x0(noBursts)
	register.Emitter2[string, keyedBursts]()
	register.Function2x2(keyByEvent)
	register.Function2x0(spansByEvent)
	register.Emitter2[string, compare.EventSpan]()
	register.Iter1[keyedBursts]()
	register.Iter1[compare.EventSpan]()
	beam.RegisterType(reflect.TypeOf(keyedBursts{}))
	beam.RegisterType(reflect.TypeOf(compare.EventSpan{}))
	register.DoFn4x0[context.Context, string, func(*compare.Bursts) bool, func(schemas.ContradictionRow)](&mergedRowsFn{})
	register.Iter1[compare.Bursts]()
	register.Function1x2(articleVote)
	register.Function2x1(unionCountries)
	register.DoFn2x1[string, []string, compare.EventLinks](&voteFn{})
}

// DefaultEventGap is compare.DefaultEventGap, the event gap when Params leaves it zero.
const DefaultEventGap = compare.DefaultEventGap

// Params configures the comparison.
type Params struct {
	// EventGap separates events in time: claims of one (event, topic, subject) whose articles'
	// publication times are more than EventGap apart, with no coverage in between, are compared
	// only within their own burst of coverage. Zero means DefaultEventGap.
	EventGap time.Duration
	// KeepUnreliable keeps a value one article alone tells, read only by rules the data calls
	// unreliable on unseen coverage, as a side that lowers the disagreement's score, instead of
	// setting it aside as neutral (compare.OptionsFromData, Options.SetAsideUnreliable).
	KeepUnreliable bool
}

// Find returns the contradiction rows (schemas.ContradictionRow) of a PCollection of claims,
// in the global window.
//
// Each claim is keyed by (event, topic, subject), a placeless claim's event being its outlet's
// placeless coverage, which the join moves to the one event the outlet covered in the same burst
// (compare.ComparedEvent), and placed at its article's publication time;
// the combiner splits a key into bursts of coverage exactly as session windows with gap EventGap
// would (see compare.Bursts), so two truces in one country months apart are never compared. An
// undated article's claims join the dated burst of their key that names the same people and
// places (claims.Claim.Context; decided after the last merge, so independent of order); the rest
// form undated groups that name each other's people and places, each compared within itself.
//
// It combines, not groups: each worker folds its claims into one small accumulator per key (a
// tally per distinct value) before the shuffle, so a topic repeated by thousands of articles is
// never held whole on one worker, and the cost stays linear in the claims.
func Find(s beam.Scope, cs beam.PCollection, p Params) beam.PCollection {
	s = s.Scope("disagree.Find")
	if p.EventGap <= 0 {
		p.EventGap = DefaultEventGap
	}
	keyed := beam.ParDo(s, keyClaim, cs)
	combined := beam.CombinePerKey(s, &combineFn{GapMicros: p.EventGap.Microseconds()}, keyed)
	return compareJoined(s, combined, beam.PCollection{}, JoinEvents(s, linksOfClaims(s, cs, p.EventGap)), p.KeepUnreliable)
}

// FromPartials is Find for claims already folded per key where they were made (see
// analyze.Articles and compare.Folder): a PCollection of KV<string, compare.Bursts>, and links,
// the PCollection of compare.EventLinks gathered from the same articles. The event gap was
// applied when the claims were folded (p.EventGap is not read).
func FromPartials(s beam.Scope, partials, links beam.PCollection, p Params) beam.PCollection {
	return FromPartialsWith(s, partials, beam.PCollection{}, links, p)
}

// FromPartialsWith is FromPartials with extra, a few more claims folded per key (a
// PCollection of KV<string, compare.Bursts>, one per key: FoldClaims), merged into the
// partials' keys where they are compared. They meet the partials in the grouping by event,
// not by a Flatten before the merge: flattened, the partials are no longer combined where
// analyze makes them, and prism holds them (the job's peak RSS on 100,000 articles went
// from about 2.6 to 3.2 GB).
// An invalid extra (FromPartials) is no extra bursts.
func FromPartialsWith(s beam.Scope, partials, extra, links beam.PCollection, p Params) beam.PCollection {
	s = s.Scope("disagree.FromPartials")
	return compareJoined(s, partials, extra, JoinEvents(s, links), p.KeepUnreliable)
}

// compareJoined merges the partials per key and compares them; the bursts of events joined into
// one (a war between two states is covered under both; see compare.EventLinks) move to the joined
// key first and are merged again there. Every key's merged bursts cross a grouping by event
// (spread over eventParts groups per event), the joined ones one more shuffle.
//
// The join reaches the keys by a grouping on the event, not as a side input: prism (v2.77) can
// run a stage before the side input it reads is written, and then saw no join at all in one test
// run of three. Each event's merged keys meet its joined spans (none for an event joined to
// nothing) in one CoGroupByKey, which waits for both by construction.
func compareJoined(s beam.Scope, partials, extra, joined beam.PCollection, keepUnreliable bool) beam.PCollection {
	combined := beam.CombinePerKey(s, &mergeFn{}, partials)
	byEvent := beam.ParDo(s, keyByEvent, combined)
	spans := beam.ParDo(s, spansByEvent, joined)
	var extraByEvent beam.PCollection
	if extra.IsValid() {
		extraByEvent = beam.ParDo(s, keyByEvent, extra)
	} else {
		extraByEvent = beam.ParDo(s, noBursts, beam.Impulse(s))
	}
	rows, moved := beam.ParDo2(s, &rowsOrMoveFn{KeepUnreliable: keepUnreliable}, beam.CoGroupByKey(s, byEvent, spans, extraByEvent))
	rejoined := beam.ParDo(s, &mergedRowsFn{KeepUnreliable: keepUnreliable}, beam.GroupByKey(s, moved))
	return beam.Flatten(s, rows, rejoined)
}

// mergeFn merges partial bursts of one key.
type mergeFn struct{}

func (*mergeFn) MergeAccumulators(a, b compare.Bursts) compare.Bursts {
	a.Merge(b)
	return a
}

// keyClaim keys a claim for comparison.
func keyClaim(c claims.Claim) (string, claims.Claim) {
	return compare.KeyOf(c).String(), c
}

// combineFn folds the claims of one key into bursts of coverage, each holding a mergeStack of
// compare.Accumulator values (see compare.MergeStack), so that folding many small partial results into
// one stays O(n log n).
type combineFn struct {
	GapMicros int64 // the event gap
}

func (*combineFn) CreateAccumulator() compare.Bursts { return compare.Bursts{} }

func (fn *combineFn) AddInput(b compare.Bursts, c claims.Claim) compare.Bursts {
	b.Add(c, fn.GapMicros)
	return b
}

func (*combineFn) MergeAccumulators(a, b compare.Bursts) compare.Bursts {
	a.Merge(b)
	return a
}

func (*combineFn) ExtractOutput(b compare.Bursts) compare.Bursts { return b }

// toRowsFn emits one row per side of every disagreement of one key.
type toRowsFn struct {
	opts  compare.Options
	found beam.Counter
}

func (fn *toRowsFn) Setup(keepUnreliable bool) error {
	data, err := schemas.Load()
	if err != nil {
		return err
	}
	fn.opts = compare.OptionsFromData(data)
	fn.opts.SetAsideUnreliable = !keepUnreliable
	fn.found = beam.NewCounter("tanaqud", "disagreements")
	return nil
}

func (fn *toRowsFn) ProcessElement(ctx context.Context, key string, b compare.Bursts, emit func(schemas.ContradictionRow)) {
	event := compare.ParseKey(key).Event
	for _, x := range b.Events() {
		fn.rowsOf(ctx, event, x, emit)
	}
}

// rowsOf emits the rows of the disagreements of one burst of the joined event.
func (fn *toRowsFn) rowsOf(ctx context.Context, event string, x compare.Burst, emit func(schemas.ContradictionRow)) {
	a := x.Acc.Result()
	a.Event = event // the joined event's, not the first of its claims'

	for _, d := range a.DisagreementsWith(fn.opts) {
		fn.found.Inc(ctx, 1)
		start, end := x.Bounds()
		switch {
		case start != 0:
			// The same key can disagree in two separate events: keep their ids apart.
			d.ID = idInEvent(d.ID, start)
		case x.Group > 0:
			// So can two groups of undated coverage naming different people and places.
			d.ID = idInEvent(d.ID, -int64(x.Group))
		}
		for i, side := range d.Sides {
			row := Row(d, i, side)
			row.EventStart, row.EventEnd = start, end
			emit(row)
		}
	}
}

// idInEvent derives a disagreement id that also names the event's start.
func idInEvent(id string, start int64) string {
	sum := sha256.Sum256([]byte(id + "@" + strconv.FormatInt(start, 10)))
	return hex.EncodeToString(sum[:8])
}

// Row is the output row of one side of a disagreement.
func Row(d compare.Disagreement, index int, side compare.Side) schemas.ContradictionRow {
	return schemas.ContradictionRow{
		DisagreementID: d.ID,
		Event:          d.Event,
		Topic:          d.Topic,
		Subject:        d.Subject,
		SubjectLabel:   d.SubjectLabel,
		Kind:           d.Kind,
		Side:           int64(index),
		Value:          side.Value,
		ValueLabel:     side.ValueLabel,
		ArticleIDs:     nonNil(side.ArticleIDs),
		ClaimIDs:       nonNil(side.ClaimIDs),
		Speakers:       nonNil(side.Speakers),
		SpeakerLabels:  nonNil(side.SpeakerLabels),
		NArticles:      int64(len(side.ArticleIDs)),
		NAccounts:      int64(len(side.Accounts)),
		NHedged:        int64(side.Hedged),
		Explanation:    d.Explanation,
		Score:          d.Score,
		RoundsDiffer:   d.RoundsDiffer,
	}
}

// nonNil keeps empty lists as empty lists (not NULL) in every reader.
func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
