package disagree

import (
	"cmp"
	"context"
	"fmt"
	"hash/fnv"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"

	"github.com/tanaqud/tanaqud/schemas"
	"github.com/tanaqud/tanaqud/transforms/articles"
	"github.com/tanaqud/tanaqud/transforms/claims"
	"github.com/tanaqud/tanaqud/transforms/compare"
)

// JoinEvents decides, once for the whole corpus, which events are compared together (see
// compare.EventLinks): links is a PCollection of compare.EventLinks (partial evidence, e.g. one
// per bundle of analyzed articles); the result holds one compare.EventMap, which
// compareJoined sends to each event's keys by a grouping. It is empty when links is.
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

// keyedBursts is one comparison key's merged bursts on their way to their event's group: the
// bursts as their codec's blob (compare.EncodeBursts), which a plain struct can carry.
type keyedBursts struct {
	Key  string
	Blob []byte
}

// eventParts is how many groups the keys of one event are spread over: grouped whole, the
// largest event (half a feed, some days) would be compared by one worker, and read into memory
// at once, since a CoGroupByKey's groups are re-iterable. Its spans are few and go to every part.
const eventParts = 16

// eventPart names part p of an event's group.
func eventPart(event string, p uint32) string {
	return event + partSeparator + strconv.FormatUint(uint64(p), 10)
}

// keyByEvent keys a comparison key's merged bursts by its event's part (a hash of the key).
func keyByEvent(key string, b compare.Bursts) (string, keyedBursts) {
	h := fnv.New32a()
	h.Write([]byte(key))
	return eventPart(compare.ParseKey(key).Event, h.Sum32()%eventParts), keyedBursts{Key: key, Blob: compare.EncodeBursts(b)}
}

// spansByEvent sends each joined span of the corpus's map to every part of its event, and to
// every part of the event its key names a receiver mark (a span with Event and Key that key):
// an outlet's placeless coverage can join a placed event that joined nothing itself
// (compare.ComparedEvent), whose own bursts must then be merged with what moves to it rather
// than compared where they are. The outlets' homes in an event (compare.EventMap.Homes) go to
// every part of the event too, where RekeyBursts places the undated entries their names do not,
// and so do the spans of its coverage (compare.EventMap.Coverage), where RekeyBursts merges a
// quiet key's bursts.
func spansByEvent(m compare.EventMap, emit func(string, compare.EventSpan)) {
	for _, h := range m.Homes { // an outlet's home in an event (EventSpan.Outlet): to the event's parts
		for p := range uint32(eventParts) {
			emit(eventPart(h.Event, p), h)
		}
	}
	for _, c := range m.Coverage { // a span of the event's coverage (EventSpan.Gap): to its parts
		for p := range uint32(eventParts) {
			emit(eventPart(c.Event, p), c)
		}
	}
	marked := map[string]bool{}
	for _, sp := range m.Spans {
		for p := range uint32(eventParts) {
			emit(eventPart(sp.Event, p), sp)
		}
		if marked[sp.Key] {
			continue
		}
		marked[sp.Key] = true
		for p := range uint32(eventParts) {
			emit(eventPart(sp.Key, p), compare.EventSpan{Event: sp.Key, Key: sp.Key})
		}
	}
}

// rowsOrMoveFn compares the keys of one part of an event whose bursts stay under the event, and
// passes the bursts of joined spans on under their joined key, and every burst of an event that
// receives others' (a receiver mark among its spans) on under its own key.
type rowsOrMoveFn struct {
	KeepUnreliable bool // Params.KeepUnreliable
	rows           toRowsFn
}

func (fn *rowsOrMoveFn) Setup() error { return fn.rows.Setup(fn.KeepUnreliable) }

func (fn *rowsOrMoveFn) ProcessElement(ctx context.Context, part string, keys func(*keyedBursts) bool, spans func(*compare.EventSpan) bool, extra func(*keyedBursts) bool, emitRow func(schemas.ContradictionRow), move func(string, compare.Bursts)) error {
	// The extra bursts (FromPartialsWith) are few: held by key, merged into the key's own, the
	// keys with none of their own compared after the others in key order.
	var extras map[string]compare.Bursts
	var ekb keyedBursts
	for extra(&ekb) {
		b, err := compare.DecodeBursts(ekb.Blob)
		if err != nil {
			return fmt.Errorf("key %q (%s): %w", ekb.Key, part, err)
		}
		if extras == nil {
			extras = map[string]compare.Bursts{}
		}
		if o, ok := extras[ekb.Key]; ok {
			o.Merge(b)
			b = o
		}
		extras[ekb.Key] = b
	}
	var m compare.EventMap
	var sp compare.EventSpan
	receiver := false
	for spans(&sp) {
		if sp.Outlet != "" {
			m.Homes = append(m.Homes, sp)
			continue
		}
		if sp.Gap > 0 {
			m.Coverage = append(m.Coverage, sp)
			continue
		}
		if sp.Event == sp.Key {
			receiver = true
			continue
		}
		m.Spans = append(m.Spans, sp)
	}
	slices.SortFunc(m.Spans, func(a, b compare.EventSpan) int { return cmp.Compare(a.Start, b.Start) })
	slices.SortFunc(m.Homes, func(a, b compare.EventSpan) int {
		return cmp.Or(cmp.Compare(a.Event, b.Event), cmp.Compare(a.Outlet, b.Outlet))
	})
	slices.SortFunc(m.Coverage, func(a, b compare.EventSpan) int {
		return cmp.Or(cmp.Compare(a.Event, b.Event), cmp.Compare(a.Start, b.Start))
	})
	one := func(key string, b compare.Bursts) {
		k := compare.ParseKey(key)
		m.RekeyBursts(k, b, func(to compare.Key, x compare.Bursts) {
			if to.Event == k.Event && !receiver {
				fn.rows.ProcessElement(ctx, key, x, emitRow)
				return
			}
			move(to.String(), x)
		})
	}
	var kb keyedBursts
	for keys(&kb) {
		b, err := compare.DecodeBursts(kb.Blob)
		if err != nil {
			return fmt.Errorf("key %q (%s): %w", kb.Key, part, err)
		}
		if e, ok := extras[kb.Key]; ok {
			b.Merge(e)
			delete(extras, kb.Key)
		}
		one(kb.Key, b)
	}
	rest := make([]string, 0, len(extras))
	for k := range extras {
		rest = append(rest, k)
	}
	slices.Sort(rest)
	for _, k := range rest {
		one(k, extras[k])
	}
	return nil
}

// noBursts is the empty extra input of a comparison without extra bursts (Find, FromPartials).
func noBursts(_ []byte, _ func(string, keyedBursts)) {}

// An article votes once in Find's evidence, however many claims it has: its claims are keyed by
// the article (id, event, publication time and outlet, so that two records sharing an id still
// count apart; the outlet places its placeless articles, see compare.ComparedEvent), their war
// countries united (the same list on every claim of an article; united, so that the result does
// not depend on the merge order), and the vote recorded with Find's gap.

// partSeparator joins the parts of a grouping key (a vote's article, event, time and outlet; an
// event and its part number); it occurs in no id, event, time or outlet (compare.OutletOf).
const partSeparator = "\x1f"

// articleVote keys a claim's war countries by its article.
func articleVote(c claims.Claim) (string, []string) {
	return c.ArticleID + partSeparator + c.Event + partSeparator + c.Published + partSeparator + compare.OutletOf(c), c.WarCountries
}

// unionCountries is the sorted union of two lists of countries.
func unionCountries(a, b []string) []string {
	out := slices.Concat(a, b)
	slices.Sort(out)
	return slices.Compact(out)
}

// voteFn turns an article's vote into evidence built with the comparison's gap.
type voteFn struct {
	GapMicros int64
}

func (fn *voteFn) ProcessElement(key string, countries []string) compare.EventLinks {
	parts := strings.SplitN(key, partSeparator, 4)
	l := compare.NewEventLinks(fn.GapMicros)
	if len(parts) == 4 {
		l.AddArticle(parts[3], parts[1], articles.PublishedMicros(parts[2]), countries)
	}
	return *l
}

// linksOfClaims is the evidence of a PCollection of claims, one vote per article: Find's, where
// no per-article step gathered it.
func linksOfClaims(s beam.Scope, cs beam.PCollection, gap time.Duration) beam.PCollection {
	votes := beam.CombinePerKey(s, unionCountries, beam.ParDo(s, articleVote, cs))
	return beam.ParDo(s, &voteFn{GapMicros: gap.Microseconds()}, votes)
}

// mergedRowsFn merges the bursts moved to one joined key (already merged per original key, so
// a few per key: a grouping, not a combiner, whose lifted pre-combine would only copy them
// again) and compares them.
type mergedRowsFn struct {
	KeepUnreliable bool // Params.KeepUnreliable
	rows           toRowsFn
}

func (fn *mergedRowsFn) Setup() error { return fn.rows.Setup(fn.KeepUnreliable) }

func (fn *mergedRowsFn) ProcessElement(ctx context.Context, key string, parts func(*compare.Bursts) bool, emit func(schemas.ContradictionRow)) {
	var all, b compare.Bursts
	for parts(&b) {
		all.Merge(b)
		b = compare.Bursts{}
	}
	fn.rows.ProcessElement(ctx, key, all, emit)
}
