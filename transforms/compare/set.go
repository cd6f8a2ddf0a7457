package compare

import (
	"slices"
	"sort"
	"strings"
)

// minTail is how many unsorted additions a Set holds before it first sorts them.
const minTail = 16

// indexFrom is the size from which a Set keeps a hash index of its items: below it a binary
// search over a few cache lines is as fast, above it (claim and article ids of a widely
// repeated claim) each lookup would cost a logarithmic walk over random memory.
const indexFrom = 64

// Set is a set of strings that stays cheap when the same few strings are added thousands of
// times and when hundreds of thousands of distinct strings are added once each.
//
// Items[:Sorted] is sorted and unique; the rest is a tail of recent additions. Add looks a
// string up in the sorted prefix by binary search and appends it otherwise; when the tail
// outgrows the prefix it is sorted and merged in, dropping duplicates, so n additions cost
// O(n log n) and memory is at most about twice the distinct strings. Values and Len see through
// the tail. It has only exported plain fields, all an encoding needs (see EncodeBursts). Ids
// that are almost always new use List instead.
type Set struct {
	Items  []string
	Sorted int
}

// Add puts s in the set.
func (t *Set) Add(s string) {
	if t.Sorted > len(t.Items) || t.Sorted < 0 {
		t.Sorted = 0 // decoded from an inconsistent encoding: treat everything as tail
	}
	if _, found := slices.BinarySearch(t.Items[:t.Sorted], s); found {
		return
	}
	t.appendNew(s)
}

// appendNew appends s, which is not in the sorted prefix, unless it is the last item.
func (t *Set) appendNew(s string) {
	if n := len(t.Items); n > t.Sorted && t.Items[n-1] == s {
		return
	}
	t.Items = append(t.Items, s)
	if len(t.Items)-t.Sorted > max(minTail, t.Sorted) {
		t.compact()
	}
}

// AddJoined puts a+sep+b in the set, building the joined string only when it is new, so that a
// pair seen thousands of times costs no allocation.
func (t *Set) AddJoined(a, sep, b string) {
	if t.Sorted > len(t.Items) || t.Sorted < 0 {
		t.Sorted = 0
	}
	if n := len(t.Items); n > t.Sorted && compareJoined(t.Items[n-1], a, sep, b) == 0 {
		return
	}
	cmp := func(item string, _ struct{}) int { return compareJoined(item, a, sep, b) }
	if _, found := slices.BinarySearchFunc(t.Items[:t.Sorted], struct{}{}, cmp); found {
		return
	}
	t.appendNew(a + sep + b)
}

// compareJoined compares item with a+sep+b without building the latter.
func compareJoined(item, a, sep, b string) int {
	for _, part := range [3]string{a, sep, b} {
		n := min(len(item), len(part))
		if c := strings.Compare(item[:n], part[:n]); c != 0 {
			return c
		}
		if n < len(part) {
			return -1 // item is a proper prefix of the joined string
		}
		item = item[n:]
	}
	if len(item) > 0 {
		return 1
	}
	return 0
}

// compact sorts and deduplicates all items so that the whole slice is the sorted prefix. Only
// the tail is sorted; it is then merged with the prefix in one linear pass.
func (t *Set) compact() {
	if t.Sorted < 0 || t.Sorted > len(t.Items) {
		sort.Strings(t.Items)
		t.Items = slices.Compact(t.Items)
		t.Sorted = len(t.Items)
		return
	}
	if t.Sorted == len(t.Items) {
		return
	}
	prefix, tail := t.Items[:t.Sorted], slices.Clone(t.Items[t.Sorted:])
	sort.Strings(tail)
	merged := make([]string, 0, len(t.Items))
	i, j := 0, 0
	for i < len(prefix) || j < len(tail) {
		var next string
		if j == len(tail) || (i < len(prefix) && prefix[i] <= tail[j]) {
			next, i = prefix[i], i+1
		} else {
			next, j = tail[j], j+1
		}
		if n := len(merged); n == 0 || merged[n-1] != next {
			merged = append(merged, next)
		}
	}
	t.Items, t.Sorted = merged, len(merged)
}

// Values returns the sorted unique members in a new slice.
func (t Set) Values() []string {
	if t.Sorted == len(t.Items) {
		return slices.Clone(t.Items)
	}
	out := slices.Clone(t.Items)
	sort.Strings(out)
	return slices.Compact(out)
}

// Len returns the number of distinct members.
func (t Set) Len() int {
	if t.Sorted == len(t.Items) {
		return len(t.Items)
	}
	return len(t.Values())
}

// union returns a new set holding the members of a and b; it never writes into a's or b's
// backing arrays, so merging the same partial accumulator twice is safe.
func union(a, b Set) Set {
	items := make([]string, 0, len(a.Items)+len(b.Items))
	items = append(items, a.Items...)
	items = append(items, b.Items...)
	u := Set{Items: items, Sorted: -1}
	u.compact()
	return u
}
