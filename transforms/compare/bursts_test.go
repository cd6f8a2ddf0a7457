package compare

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/tanaqud/tanaqud/transforms/claims"
)

func published(day string) func(*claims.Claim) {
	return func(c *claims.Claim) { c.Published = day }
}

// TestBurstsChainByGap checks the session-window grouping: claims chained by gaps shorter than
// the event gap form one burst, a later claim that bridges two bursts merges them, undated
// claims of an article that names nothing of the dated coverage form their own burst, and merging two partial results gives the same bursts.
func TestBurstsChainByGap(t *testing.T) {
	gap := (10 * 24 * time.Hour).Microseconds()
	in := []claims.Claim{
		claimOf("a", "excluded", published("2016-12-29")),
		claimOf("b", "not_excluded", published("2017-01-05")),
		claimOf("c", "excluded", published("2017-06-01")),
		claimOf("d", "excluded", published("2017-06-17")),
		claimOf("e", "excluded", published("2017-06-09")), // bridges c and d, 16 days apart
		claimOf("u", "excluded"),
	}
	var whole Bursts
	for _, c := range in {
		whole.Add(c, gap)
	}
	var left, right Bursts
	for i, c := range in {
		if i%2 == 0 {
			left.Add(c, gap)
		} else {
			right.Add(c, gap)
		}
	}
	left.Merge(right)

	for name, b := range map[string]Bursts{"added": whole, "merged": left} {
		var got [][]string
		events := b.Events()
		for _, x := range events {
			acc := x.Acc.Result()
			var ids []string
			for _, v := range acc.Values {
				ids = append(ids, v.ClaimIDs.Values()...)
			}
			got = append(got, ids)
		}
		want := [][]string{{"u"}, {"a", "b"}, {"c", "d", "e"}}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s: bursts (-want +got):\n%s", name, diff)
		}
		if s, e := events[0].Bounds(); s != 0 || e != 0 {
			t.Errorf("%s: undated burst bounds = %d, %d; want zeros", name, s, e)
		}
	}
}
