package compare

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/tanaqud/tanaqud/transforms/claims"
)

// TestFolderMatchesOneAccumulatorPerKey folds claims of three keys on two Folders (two workers)
// and checks that merging their partials per key gives the disagreements of adding every claim
// of the key to one Bursts, and that draining empties a Folder.
func TestFolderMatchesOneAccumulatorPerKey(t *testing.T) {
	var in []claims.Claim
	for i := range 60 {
		c := claimOf(fmt.Sprint("c", i), []string{"excluded", "not_excluded"}[i%2], published("2016-12-29"))
		c.Subject = fmt.Sprint("group", i%3)
		in = append(in, c)
	}
	want := map[string]Bursts{}
	for _, c := range in {
		b := want[KeyOf(c).String()]
		b.Add(c, DefaultEventGap.Microseconds())
		want[KeyOf(c).String()] = b
	}

	workers := []*Folder{NewFolder(0), NewFolder(0)}
	for i, c := range in {
		workers[i%len(workers)].Add(c)
	}
	got := map[string]Bursts{}
	var order []string
	for _, f := range workers {
		if f.Claims() != len(in)/2 {
			t.Errorf("Claims() = %d, want %d", f.Claims(), len(in)/2)
		}
		order = order[:0]
		f.Drain(func(key string, b Bursts) {
			order = append(order, key)
			merged := got[key]
			merged.Merge(b)
			got[key] = merged
		})
		if diff := cmp.Diff([]string{"ev\x1ft\x1fgroup0", "ev\x1ft\x1fgroup1", "ev\x1ft\x1fgroup2"}, order); diff != "" {
			t.Errorf("drain order (-want +got):\n%s", diff)
		}
		if f.Claims() != 0 {
			t.Errorf("Claims() = %d after Drain", f.Claims())
		}
		f.Drain(func(key string, _ Bursts) { t.Errorf("drained twice: %s", key) })
	}
	for key, b := range want {
		if diff := cmp.Diff(disagreementsOf(b), disagreementsOf(got[key])); diff != "" {
			t.Errorf("%q (-one accumulator +merged partials):\n%s", key, diff)
		}
	}
}
