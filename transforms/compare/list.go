package compare

import (
	"cmp"
	"slices"
)

// List collects the ids behind one value (claims, articles, accounts) and is read as a set.
// Adding only appends (an id equal to the last one is skipped, which removes the repeats of an
// article's run of claims), so the per-claim cost is constant; duplicates are removed when the
// list is read, which happens only for the few keys that disagree. Memory is bounded by the
// claims behind the value, which the claim table holds anyway.
type List struct {
	Items []string
}

// Add appends s unless it is the last item.
func (l *List) Add(s string) {
	if n := len(l.Items); n > 0 && l.Items[n-1] == s {
		return
	}
	l.Items = append(l.Items, s)
}

// AddJoined appends a+sep+b unless it is the last item, building the string only when needed.
func (l *List) AddJoined(a, sep, b string) {
	if n := len(l.Items); n > 0 && compareJoined(l.Items[n-1], a, sep, b) == 0 {
		return
	}
	l.Items = append(l.Items, a+sep+b)
}

// Values returns the distinct items, sorted, in a new slice.
func (l List) Values() []string { return sortedDistinct(l.Items) }

// concat returns a new list holding the items of a and then b; it never writes into a's or b's
// backing arrays, so merging the same partial accumulator twice is safe.
func concat(a, b List) List { return List{Items: joined(a.Items, b.Items)} }

// sortedDistinct returns the distinct elements of xs, sorted, in a new slice: how the
// append-only lists of an accumulator (List, Voices) are read as sets.
func sortedDistinct[T cmp.Ordered](xs []T) []T {
	out := slices.Clone(xs)
	slices.Sort(out)
	return slices.Compact(out)
}

// joined returns a new slice holding a's elements and then b's, never writing into their arrays.
func joined[T any](a, b []T) []T {
	out := make([]T, 0, len(a)+len(b))
	return append(append(out, a...), b...)
}

// Len returns the number of distinct items.
func (l List) Len() int { return len(l.Values()) }
