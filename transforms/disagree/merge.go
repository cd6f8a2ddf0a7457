package disagree

import (
	"slices"

	"github.com/tanaqud/tanaqud/transforms/claims"
	"github.com/tanaqud/tanaqud/transforms/compare"
)

// mergeStack is the combiner's accumulator: partial accumulators of one key, largest first,
// every part smaller than half the part below it (sizes in claims).
//
// Why: with session windows every claim starts in its own window, so after the shuffle a key
// arrives as one small accumulator per article, and Beam folds them one at a time. compare.Merge
// copies both inputs (it never aliases them), so folding n small accumulators into a growing one
// costs O(n²): the profile of a 10k-article run already spent 17% of its CPU there. Merging only
// parts of similar size, as a binary counter carries, makes every claim take part in O(log n)
// merges, with results identical to folding (compare.Merge is associative and commutative).
type mergeStack struct {
	Parts []compare.Accumulator
}

// partSize is the weight of a part: its claims (at least 1, so empty parts still merge away).
func partSize(a *compare.Accumulator) int {
	n := 1
	for i := range a.Values {
		n += len(a.Values[i].ClaimIDs.Items)
	}
	return n
}

// settle restores the invariant by merging the top part into the one below while it is at least
// half its size.
func (m *mergeStack) settle() {
	for n := len(m.Parts); n >= 2 && 2*partSize(&m.Parts[n-1]) >= partSize(&m.Parts[n-2]); n = len(m.Parts) {
		m.Parts[n-2] = compare.Merge(m.Parts[n-2], m.Parts[n-1])
		m.Parts = m.Parts[:n-1]
	}
}

func (m *mergeStack) add(c claims.Claim) {
	if len(m.Parts) == 0 {
		m.Parts = append(m.Parts, compare.Accumulator{})
	}
	m.Parts[len(m.Parts)-1].Add(c)
	m.settle()
}

// merge moves the parts of o into m, then restores the order and the invariant.
func (m *mergeStack) merge(o mergeStack) {
	m.Parts = append(m.Parts, o.Parts...)
	slices.SortStableFunc(m.Parts, func(x, y compare.Accumulator) int {
		return partSize(&y) - partSize(&x)
	})
	// Sorted parts may still be of similar size anywhere in the stack: merge from the top down.
	for i := len(m.Parts) - 1; i >= 1; i-- {
		if 2*partSize(&m.Parts[i]) >= partSize(&m.Parts[i-1]) {
			m.Parts[i-1] = compare.Merge(m.Parts[i-1], m.Parts[i])
			m.Parts = slices.Delete(m.Parts, i, i+1)
		}
	}
	m.settle()
}

// result merges every part into one accumulator, smallest first.
func (m *mergeStack) result() compare.Accumulator {
	switch len(m.Parts) {
	case 0:
		return compare.Accumulator{}
	case 1:
		return m.Parts[0]
	}
	out := m.Parts[len(m.Parts)-1]
	for i := len(m.Parts) - 2; i >= 0; i-- {
		out = compare.Merge(m.Parts[i], out)
	}
	return out
}
