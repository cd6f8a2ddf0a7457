package compare

import (
	"cmp"
	"slices"
	"time"

	"github.com/tanaqud/tanaqud/transforms/claims"
)

// Folder folds claims into bursts per comparison key: the partial results one worker hands to
// the combiner. Folding where the claims are made, on the goroutine that extracted them, keeps
// the per-claim work of the comparison off the single goroutine that feeds a bundle (prism runs
// a whole stage as one bundle); the combiner then only merges a few partials per key.
//
// A Folder is not safe for concurrent use: give each goroutine its own.
type Folder struct {
	gap    int64
	keys   map[Key]*folded
	claims int
}

// folded is one key's bursts and the names its last claim carried: the claims of one article
// come one after another and share one Claim.Context slice, whose names need adding only once.
type folded struct {
	bursts   Bursts
	lastName *string
	lastLen  int
}

// NewFolder returns an empty Folder; gap separates events in time (see Bursts.Add). A gap <= 0
// means DefaultEventGap.
func NewFolder(gap time.Duration) *Folder {
	if gap <= 0 {
		gap = DefaultEventGap
	}
	return &Folder{gap: gap.Microseconds(), keys: map[Key]*folded{}}
}

// Add folds one claim in.
func (f *Folder) Add(c claims.Claim) {
	k := KeyOf(c)
	x := f.keys[k]
	if x == nil {
		x = &folded{}
		f.keys[k] = x
	}
	var first *string
	if len(c.Context) > 0 {
		first = &c.Context[0]
	}
	same := first != nil && first == x.lastName && len(c.Context) == x.lastLen
	x.bursts.add(c, f.gap, !same)
	x.lastName, x.lastLen = first, len(c.Context)
	f.claims++
}

// Claims is the number of claims folded since the Folder was created or last drained.
func (f *Folder) Claims() int { return f.claims }

// Drain passes every key (as Key.String) with its bursts, in key order, and empties the Folder.
func (f *Folder) Drain(emit func(key string, b Bursts)) {
	keys := make([]Key, 0, len(f.keys))
	for k := range f.keys {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(x, y Key) int {
		return cmp.Or(cmp.Compare(x.Event, y.Event), cmp.Compare(x.Topic, y.Topic), cmp.Compare(x.Subject, y.Subject))
	})
	for _, k := range keys {
		emit(k.String(), f.keys[k].bursts)
	}
	f.keys, f.claims = map[Key]*folded{}, 0
}
