package disagree

import (
	"slices"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/core/graph/mtime"

	"github.com/tanaqud/tanaqud/transforms/articles"
	"github.com/tanaqud/tanaqud/transforms/claims"
)

// Bursts of coverage are found inside the combiner instead of with Beam's session windows. The
// result is the same (a burst is what a session window with gap EventGap would hold), but with
// session windows every claim starts in a window of its own, so the combiner cannot fold claims
// before the shuffle: a 100k-article run shuffled one accumulator per claim (two million) and
// held them all in memory on prism. In the global window each worker folds its claims into one
// accumulator per key, as a combiner should.

// burst is the claims of one key whose event times are chained by gaps shorter than the event
// gap: the session window [Start, End) in milliseconds (mtime), End being the last time plus the
// gap.
type burst struct {
	Start, End int64
	Acc        mergeStack
}

// bursts is the combiner's accumulator: disjoint bursts sorted by start.
type bursts struct {
	List []burst
}

// eventMillis is a claim's event time: its article's publication time, or undatedTime.
func eventMillis(c claims.Claim) int64 {
	t := undatedTime
	if micros := articles.PublishedMicros(c.Published); micros != 0 {
		t = mtime.FromTime(time.UnixMicro(micros))
	}
	return int64(t)
}

// add folds a claim into the burst its window [t, t+gap) overlaps, merging the bursts it
// bridges, as session windows merge.
func (b *bursts) add(c claims.Claim, gap int64) {
	t := eventMillis(c)
	nb := burst{Start: t, End: t + gap}
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
		nb.Acc.add(c)
		i, _ := slices.BinarySearchFunc(b.List, nb.Start, func(x burst, s int64) int { return cmpInt(x.Start, s) })
		b.List = slices.Insert(b.List, i, nb)
		return
	}
	// Bursts are disjoint and sorted, so the ones a window overlaps are consecutive.
	m := &b.List[first]
	m.Start, m.End = min(m.Start, nb.Start), max(m.End, nb.End)
	for i := first + 1; i <= last; i++ {
		m.End = max(m.End, b.List[i].End)
		m.Acc.merge(b.List[i].Acc)
	}
	m.Acc.add(c)
	b.List = slices.Delete(b.List, first+1, last+1)
}

// merge combines two sets of bursts: overlapping bursts become one.
func (b *bursts) merge(o bursts) {
	all := append(b.List, o.List...)
	slices.SortStableFunc(all, func(x, y burst) int { return cmpInt(x.Start, y.Start) })
	out := all[:0]
	for _, x := range all {
		if n := len(out); n > 0 && x.Start < out[n-1].End {
			out[n-1].End = max(out[n-1].End, x.End)
			out[n-1].Acc.merge(x.Acc)
			continue
		}
		out = append(out, x)
	}
	b.List = out
}

func cmpInt(a, b int64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// bounds returns a burst's span in microseconds, or zeros for the burst of undated articles,
// as the contradiction rows report it.
func (x burst) bounds() (int64, int64) {
	if x.Start == int64(undatedTime) {
		return 0, 0
	}
	return mtime.Time(x.Start).ToTime().UnixMicro(), mtime.Time(x.End).ToTime().UnixMicro()
}
