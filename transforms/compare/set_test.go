package compare

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSetMatchesSortedUnique(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for _, n := range []int{0, 1, 15, 16, 17, 100, 5000} {
		var s Set
		var list List
		var all []string
		for range n {
			v := fmt.Sprint(rng.IntN(n/2 + 1))
			s.Add(v)
			list.Add(v)
			all = append(all, v)
			if s.Sorted > len(s.Items) || !slices.IsSorted(s.Items[:s.Sorted]) {
				t.Fatalf("n=%d: prefix not sorted", n)
			}
		}
		slices.Sort(all)
		want := slices.Compact(all)
		if diff := cmp.Diff(want, s.Values(), cmpEmpty); diff != "" {
			t.Errorf("n=%d (-want +got):\n%s", n, diff)
		}
		if diff := cmp.Diff(want, list.Values(), cmpEmpty); diff != "" {
			t.Errorf("n=%d, List (-want +got):\n%s", n, diff)
		}
		if diff := cmp.Diff(want, concat(List{}, list).Values(), cmpEmpty); diff != "" {
			t.Errorf("n=%d, concat (-want +got):\n%s", n, diff)
		}
		if s.Len() != len(want) {
			t.Errorf("n=%d: Len %d, want %d", n, s.Len(), len(want))
		}
		u := union(s, Set{Items: []string{"x", "0", "x"}})
		if !slices.IsSorted(u.Items) || u.Sorted != len(u.Items) || !slices.Contains(u.Items, "x") {
			t.Errorf("n=%d: union not compact: %v", n, u.Items)
		}
	}
}

// cmpEmpty treats nil and empty slices alike.
var cmpEmpty = cmp.Comparer(func(a, b []string) bool { return slices.Equal(a, b) })
