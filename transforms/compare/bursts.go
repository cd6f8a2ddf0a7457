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
// the gap. The burst of undated articles that Events returns has Start and End 0.
type Burst struct {
	Start, End int64
	Acc        MergeStack
	// Context is the union of the burst's claims' Claim.Context: the specific names its
	// coverage uses, which undated articles are matched against.
	Context Names
	// Outlets are the sources (claims.Claim.Source) of the burst's articles: an undated article
	// does not join a burst its outlet did not cover while the outlet covered another burst of
	// the key (see placeUndated).
	Outlets Names
	// Group tells apart the bursts of undated articles Events returns when there are several:
	// undated coverage naming different people and places (see groupNumber). 0 otherwise. Never
	// encoded.
	Group int
}

// Bursts are the bursts of coverage of one key: a combiner accumulator with only exported plain
// fields. List holds the dated bursts, disjoint and sorted by start. Undated holds the claims of
// articles without a publication date: which burst such an article belongs to can only be
// decided once every dated burst of the key is known, so Events decides it, after the last
// merge.
type Bursts struct {
	List    []Burst
	Undated []UndatedArticles
}

// UndatedArticles is the claims of one key from undated articles that name the same people and
// places (Claim.Context), which are therefore placed alike: one entry per distinct set of names,
// sorted by Names, so that copies of one wire story and articles naming nobody cost one entry.
type UndatedArticles struct {
	Context Names
	Acc     MergeStack
	// Outlets are the sources of the entry's articles (see Burst.Outlets).
	Outlets Names
	// Tied: two dated bursts of the entry's event share as many of its names, enough to join
	// either, or its names would join a burst its outlets did not cover while they covered
	// another (see placeUndated), so its names do not tell which event it is about. Set by
	// EventMap.RekeyBursts, which sees all of the event's bursts before they part for the keys
	// they are compared under; Events then keeps the entry with the undated articles even when
	// only one of those bursts came along (elfasher in a pooled run: an undated correction naming
	// only the Joint Force and the RSF, which El Fasher's July truce and El Obeid's March truce
	// both name, joined El Obeid's once El Fasher's coverage was compared under another key).
	Tied bool
}

// eventMicros is a claim's event time: its article's publication time, or 0 when undated.
func eventMicros(c claims.Claim) int64 {
	return articles.PublishedMicros(c.Published)
}

// Add folds a claim into the burst its window [t, t+gap) overlaps, merging the bursts it
// bridges, as session windows merge.
func (b *Bursts) Add(c claims.Claim, gap int64) {
	b.add(c, gap, true)
}

// add is Add; withNames false skips adding c.Context, for a caller that knows the claim's
// burst already holds those names (the previous claim of the article carried the same slice).
func (b *Bursts) add(c claims.Claim, gap int64, withNames bool) {
	t := eventMicros(c)
	if t == 0 {
		b.addUndated(c)
		return
	}
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
		if withNames {
			nb.Context = nb.Context.add(normalContext(c.Context))
		}
		nb.Outlets = nb.Outlets.addOutlet(c.Source)
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
		m.Context = m.Context.union(b.List[i].Context)
		m.Outlets = m.Outlets.union(b.List[i].Outlets)
	}
	m.Acc.Add(c)
	if withNames {
		m.Context = m.Context.add(normalContext(c.Context))
	}
	m.Outlets = m.Outlets.addOutlet(c.Source)
	b.List = slices.Delete(b.List, first+1, last+1)
}

// addUndated folds a claim of an undated article into the entry of its article's names.
func (b *Bursts) addUndated(c claims.Claim) {
	key := Names{}.add(normalContext(c.Context))
	i, found := slices.BinarySearchFunc(b.Undated, key, func(u UndatedArticles, k Names) int {
		return compareNames(u.Context, k)
	})
	if !found {
		b.Undated = slices.Insert(b.Undated, i, UndatedArticles{Context: key})
	}
	b.Undated[i].Acc.Add(c)
	b.Undated[i].Outlets = b.Undated[i].Outlets.addOutlet(c.Source)
}

// Merge combines two sets of bursts: overlapping bursts become one, and so do the undated
// entries of the same names.
func (b *Bursts) Merge(o Bursts) {
	all := append(b.List, o.List...)
	slices.SortStableFunc(all, func(x, y Burst) int { return cmp.Compare(x.Start, y.Start) })
	out := all[:0]
	for _, x := range all {
		if n := len(out); n > 0 && x.Start < out[n-1].End {
			out[n-1].End = max(out[n-1].End, x.End)
			out[n-1].Acc.Merge(x.Acc)
			out[n-1].Context = out[n-1].Context.union(x.Context)
			out[n-1].Outlets = out[n-1].Outlets.union(x.Outlets)
			continue
		}
		out = append(out, x)
	}
	b.List = out
	if len(o.Undated) == 0 {
		return
	}
	und := append(b.Undated, o.Undated...)
	slices.SortStableFunc(und, func(x, y UndatedArticles) int { return compareNames(x.Context, y.Context) })
	merged := und[:0]
	for _, u := range und {
		if n := len(merged); n > 0 && compareNames(merged[n-1].Context, u.Context) == 0 {
			merged[n-1].Acc.Merge(u.Acc)
			merged[n-1].Outlets = merged[n-1].Outlets.union(u.Outlets)
			merged[n-1].Tied = merged[n-1].Tied || u.Tied // the same names: tied for one event, tied
			continue
		}
		merged = append(merged, u)
	}
	b.Undated = merged
}

// Events returns the bursts to compare, sorted by start: each dated burst with the undated
// articles that its coverage names (see linkedBurst; never a Tied entry), and first, with Start and End 0, the
// undated articles linked to no dated burst, one burst per group of them that name each other's
// people and places (see undatedGroups): undated coverage of two wars is never compared. Undated
// articles are matched against the dated bursts as they are, never against what other undated
// articles brought, so the result depends neither on the order of the articles nor on how
// partial results were merged. It does not modify b, but the bursts it returns share memory with
// b: read them, do not add to them.
func (b Bursts) Events() []Burst {
	if len(b.Undated) == 0 {
		return b.List
	}
	dated := make([]Burst, len(b.List))
	copy(dated, b.List)
	joined := make([]bool, len(b.List))
	var unlinked []UndatedArticles
	for _, u := range b.Undated {
		i := -1
		if !u.Tied {
			i = linkedBurst(u, b.List)
		}
		if i < 0 {
			unlinked = append(unlinked, u)
			continue
		}
		x := &dated[i]
		if !joined[i] {
			x.Acc, joined[i] = x.Acc.clone(), true // leave b's stack as it was
		}
		x.Acc.Merge(u.Acc)
	}
	out := undatedGroups(unlinked)
	return append(out, dated...)
}

// groupNumber is a non-zero number for an undated group, from the first of its names: the same
// group gets the same number (and its rows the same ids) whatever other undated coverage comes.
func groupNumber(n Names) int {
	first := ""
	if len(n.IDs) > 0 {
		first = n.IDs[0]
	}
	return int(nameHash(first)>>33) + 1
}

// undatedGroups merges the undated entries linked to no dated burst into one burst per group:
// two entries belong together when their names link them as an undated article is linked to a
// burst (sharedEnough), and groups are closed under that link. Entries come sorted by Names, and
// groups are returned in the order of their first entry, so the result is deterministic. A group
// has Start and End 0 and, when there are several, a Group number (see groupNumber).
func undatedGroups(us []UndatedArticles) []Burst {
	if len(us) == 0 {
		return nil
	}
	groups := newUnionFind(len(us))
	// Only entries sharing a name can link: pair each entry with the earlier ones that name one
	// of its names, not with every entry (undated feeds of many wars hold thousands).
	byName := map[string][]int{}
	checked := map[int]bool{}
	for i, u := range us {
		clear(checked)
		for _, id := range u.Context.IDs {
			for _, j := range byName[id] {
				if checked[j] {
					continue
				}
				checked[j] = true
				if sharedEnough(us[j].Context, u.Context) {
					groups.union(i, j)
				}
			}
			byName[id] = append(byName[id], i)
		}
	}
	var out []Burst
	groupOf := map[int]int{}
	for i, u := range us {
		r := groups.root(i)
		g, ok := groupOf[r]
		if !ok {
			g = len(out)
			groupOf[r] = g
			out = append(out, Burst{})
		}
		out[g].Acc.Merge(u.Acc)
		out[g].Context = out[g].Context.union(u.Context)
		out[g].Outlets = out[g].Outlets.union(u.Outlets)
	}
	if len(out) > 1 {
		for g := range out {
			out[g].Group = groupNumber(out[g].Context)
		}
	}
	return out
}

// Bounds returns the burst's span in Unix microseconds, or zeros for the burst of undated
// articles that Events returns, as contradiction rows report it.
func (x Burst) Bounds() (int64, int64) {
	if x.Start == 0 {
		return 0, 0
	}
	return x.Start, x.End
}
