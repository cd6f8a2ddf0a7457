package compare

import (
	"cmp"
	"slices"
	"time"

	"github.com/tanaqud/tanaqud/transforms/articles"
	"github.com/tanaqud/tanaqud/transforms/claims"
)

// Bursts of coverage are found inside a combiner instead of with Beam's session windows. The
// result is the same (a burst is what a session window with gap EventGap would hold), but with
// session windows every claim starts in a window of its own, so the combiner cannot fold claims
// before the shuffle: a 100k-article run shuffled one accumulator per claim (two million) and
// held them all in memory on prism. In the global window each worker folds its claims into one
// accumulator per key, as a combiner should.

// DefaultEventGap is how far apart in publication time two claims of one key may be and still
// belong to one event: coverage of one ceasefire comes in bursts of days, and a truce months
// later is another event even in the same country.
const DefaultEventGap = 10 * 24 * time.Hour

// Burst is the claims of one key whose publication times are chained by gaps shorter than the
// event gap: the session window [Start, End) in Unix microseconds, End being the last time plus
// the gap. Claims of undated articles all sit at time 0.
type Burst struct {
	Start, End int64
	Acc        MergeStack
}

// Bursts are the bursts of coverage of one key, disjoint and sorted by start: a combiner
// accumulator with only exported plain fields.
type Bursts struct {
	List []Burst
}

// eventMicros is a claim's event time: its article's publication time, or 0 when undated.
func eventMicros(c claims.Claim) int64 {
	return articles.PublishedMicros(c.Published)
}

// Add folds a claim into the burst its window [t, t+gap) overlaps, merging the bursts it
// bridges, as session windows merge.
func (b *Bursts) Add(c claims.Claim, gap int64) {
	t := eventMicros(c)
	nb := Burst{Start: t, End: t + gap}
	first, last := -1, -1
	for i := range b.List {
		if b.List[i].Start < nb.End && nb.Start < b.List[i].End {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		nb.Acc.Add(c)
		i, _ := slices.BinarySearchFunc(b.List, nb.Start, func(x Burst, s int64) int { return cmp.Compare(x.Start, s) })
		b.List = slices.Insert(b.List, i, nb)
		return
	}
	// Bursts are disjoint and sorted, so the ones a window overlaps are consecutive.
	m := &b.List[first]
	m.Start, m.End = min(m.Start, nb.Start), max(m.End, nb.End)
	for i := first + 1; i <= last; i++ {
		m.End = max(m.End, b.List[i].End)
		m.Acc.Merge(b.List[i].Acc)
	}
	m.Acc.Add(c)
	b.List = slices.Delete(b.List, first+1, last+1)
}

// Merge combines two sets of bursts: overlapping bursts become one.
func (b *Bursts) Merge(o Bursts) {
	all := append(b.List, o.List...)
	slices.SortStableFunc(all, func(x, y Burst) int { return cmp.Compare(x.Start, y.Start) })
	out := all[:0]
	for _, x := range all {
		if n := len(out); n > 0 && x.Start < out[n-1].End {
			out[n-1].End = max(out[n-1].End, x.End)
			out[n-1].Acc.Merge(x.Acc)
			continue
		}
		out = append(out, x)
	}
	b.List = out
}

// Bounds returns the burst's span in Unix microseconds, or zeros for the burst of undated
// articles, as contradiction rows report it.
func (x Burst) Bounds() (int64, int64) {
	if x.Start == 0 {
		return 0, 0
	}
	return x.Start, x.End
}
