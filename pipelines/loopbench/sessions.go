package main

import (
	"sort"
	"time"

	"github.com/tanaqud/tanaqud/transforms/articles"
	"github.com/tanaqud/tanaqud/transforms/claims"
	"github.com/tanaqud/tanaqud/transforms/compare"
)

// defaultEventGap mirrors disagree.DefaultEventGap (a Beam package this command must not
// import): coverage further apart than this is another event.
const defaultEventGap = 10 * 24 * time.Hour

// session is one burst of coverage of one key: claims whose publication times are chained by
// gaps shorter than the event gap, as Beam's session windows group them. Times are Unix
// microseconds; undated claims sit at 0, as in the pipeline.
type session struct {
	start, end int64 // [start, end): the last claim's time plus the gap
	acc        compare.Accumulator
}

// sessions holds the bursts of one key, sorted by start and disjoint.
type sessions []*session

// add folds a claim into the burst its time falls in, merging bursts it bridges.
func (ss *sessions) add(c claims.Claim, gap int64) {
	t := articles.PublishedMicros(c.Published)
	lo, hi := t, t+gap
	var hit []*session
	var keep sessions
	for _, s := range *ss {
		if s.start < hi && lo < s.end {
			hit = append(hit, s)
		} else {
			keep = append(keep, s)
		}
	}
	switch len(hit) {
	case 0:
		s := &session{start: lo, end: hi}
		s.acc.Add(c)
		*ss = insertSorted(keep, s)
	case 1:
		s := hit[0]
		s.start, s.end = min(s.start, lo), max(s.end, hi)
		s.acc.Add(c)
	default:
		m := &session{start: lo, end: hi}
		for _, s := range hit {
			m.start, m.end = min(m.start, s.start), max(m.end, s.end)
			m.acc = compare.Merge(m.acc, s.acc)
		}
		m.acc.Add(c)
		*ss = insertSorted(keep, m)
	}
}

func insertSorted(ss sessions, s *session) sessions {
	i := sort.Search(len(ss), func(i int) bool { return ss[i].start > s.start })
	ss = append(ss, nil)
	copy(ss[i+1:], ss[i:])
	ss[i] = s
	return ss
}

// mergeSessions combines the bursts of one key found by several goroutines: overlapping
// bursts become one.
func mergeSessions(parts []sessions) sessions {
	var all sessions
	for _, p := range parts {
		all = append(all, p...)
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].start < all[j].start })
	var out sessions
	for _, s := range all {
		if n := len(out); n > 0 && s.start < out[n-1].end {
			last := out[n-1]
			last.end = max(last.end, s.end)
			last.acc = compare.Merge(last.acc, s.acc)
			continue
		}
		cp := *s
		out = append(out, &cp)
	}
	return out
}
