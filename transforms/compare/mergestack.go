package compare

import (
	"slices"

	"github.com/tanaqud/tanaqud/transforms/claims"
)

// MergeStack is a combiner's accumulator: partial accumulators of one key, largest first,
// every part smaller than half the part below it (sizes in claims).
//
// Why: with session windows every claim starts in its own window, so after the shuffle a key
// arrives as one small accumulator per article, and Beam folds them one at a time. Merge
// copies both inputs (it never aliases them), so folding n small accumulators into a growing one
// costs O(n²): the profile of a 10k-article run already spent 17% of its CPU there. Merging only
// parts of similar size, as a binary counter carries, makes every claim take part in O(log n)
// merges, with results identical to folding (Merge is associative and commutative).
type MergeStack struct {
	Parts []Accumulator
}

// partSize is the weight of a part: its claims (at least 1, so empty parts still merge away).
func partSize(a *Accumulator) int {
	n := 1
	for i := range a.Values {
		n += len(a.Values[i].ClaimIDs.Items)
	}
	return n
}

// settle restores the invariant by merging the top part into the one below while it is at least
// half its size.
func (m *MergeStack) settle() {
	for n := len(m.Parts); n >= 2 && 2*partSize(&m.Parts[n-1]) >= partSize(&m.Parts[n-2]); n = len(m.Parts) {
		m.Parts[n-2] = Merge(m.Parts[n-2], m.Parts[n-1])
		m.Parts = m.Parts[:n-1]
	}
}

// Add folds one claim into the top part.
func (m *MergeStack) Add(c claims.Claim) {
	if len(m.Parts) == 0 {
		m.Parts = append(m.Parts, Accumulator{})
	}
	m.Parts[len(m.Parts)-1].Add(c)
	m.settle()
}

// Merge moves the parts of o into m, then restores the order and the invariant. m's parts are
// copied into a new array first: m may be a copy of another stack (Bursts.Merge adopts the
// entries of the bursts it merges), whose array the sort and the merges below would rewrite.
func (m *MergeStack) Merge(o MergeStack) {
	if len(o.Parts) == 0 {
		return
	}
	m.Parts = append(slices.Clip(m.Parts), o.Parts...)
	slices.SortStableFunc(m.Parts, func(x, y Accumulator) int {
		return partSize(&y) - partSize(&x)
	})
	// Sorted parts may still be of similar size anywhere in the stack: merge from the top down.
	for i := len(m.Parts) - 1; i >= 1; i-- {
		if 2*partSize(&m.Parts[i]) >= partSize(&m.Parts[i-1]) {
			m.Parts[i-1] = Merge(m.Parts[i-1], m.Parts[i])
			m.Parts = slices.Delete(m.Parts, i, i+1)
		}
	}
	m.settle()
}

// Result merges every part into one accumulator, smallest first.
func (m *MergeStack) Result() Accumulator {
	switch len(m.Parts) {
	case 0:
		return Accumulator{}
	case 1:
		return m.Parts[0]
	}
	out := m.Parts[len(m.Parts)-1]
	for i := len(m.Parts) - 2; i >= 0; i-- {
		out = Merge(m.Parts[i], out)
	}
	return out
}

// clone returns a stack whose parts list is m's copied, so that merging into it leaves m as
// it was (Merge copies accumulators, never aliases them).
func (m MergeStack) clone() MergeStack {
	return MergeStack{Parts: slices.Clone(m.Parts)}
}
