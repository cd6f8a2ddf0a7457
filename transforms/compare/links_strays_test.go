package compare

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// many is n articles of one event on one day, each naming countries.
func many(n int, event string, day int, countries ...string) []vote {
	out := make([]vote, n)
	for i := range out {
		out[i] = vote{event, day, countries}
	}
	return out
}

func keysLike(n int, key string) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = key
	}
	return out
}

// TestAbsorbStrays: a burst of one or two articles keyed to a country that no other coverage of
// its time makes a war of takes the key of a burst of another event at least three times its
// size, overlapping it, when either every article of it names the burst's country and the burst
// names its own in fewer than MinLinkShare of its articles (talks in Rome on Libya's truce, keyed
// to Italy, a host the war's coverage names now and then), or it names no other
// country and the burst names its country in at least MinLinkShare of its articles ("Serbian
// security sources" on Kosovo's truce, keyed to Serbia). Probes: named back often by the burst
// (a war of two, the join's), too big, too small a burst, months apart, two bursts as big, a country the burst names too rarely.
func TestAbsorbStrays(t *testing.T) {
	cat := func(parts ...[]vote) []vote {
		var out []vote
		for _, p := range parts {
			out = append(out, p...)
		}
		return out
	}
	keys := func(parts ...[]string) []string {
		var out []string
		for _, p := range parts {
			out = append(out, p...)
		}
		return out
	}
	for _, tc := range []struct {
		name  string
		votes []vote
		want  []string
	}{
		{"a venue's stray names the war's country, never named back: absorbed",
			cat(many(6, "libya", 1), many(2, "italy", 2, "libya")),
			keysLike(8, "libya")},
		{"a side speaking once, keyed to itself, named by the war's coverage: absorbed",
			cat(many(3, "kosovo", 1, "serbia"), many(2, "kosovo", 2), many(1, "serbia", 2)),
			keysLike(6, "kosovo")},
		{"an envoy's lone item among a joined war's coverage takes the joined key",
			cat(many(3, "india", 1, "pakistan"), many(3, "pakistan", 1, "india"), many(1, "eritrea", 1, "india")),
			keysLike(7, "india+pakistan")},

		{"a host the war's coverage names now and then (1 in 6): absorbed",
			cat(many(1, "libya", 1, "italy"), many(5, "libya", 1), many(2, "italy", 2, "libya")),
			keysLike(8, "libya")},

		// Probes.
		{"probe: the war's coverage names the stray's country often (2 in 6): a war of two, not a stray",
			cat(many(2, "libya", 1, "italy"), many(4, "libya", 1), many(2, "italy", 2, "libya")),
			keysLike(8, "italy+libya")},
		{"probe: three articles are no stray",
			cat(many(9, "libya", 1), many(3, "italy", 2, "libya")),
			keys(keysLike(9, "libya"), keysLike(3, "italy"))},
		{"probe: a burst less than three times as big",
			cat(many(5, "libya", 1), many(2, "italy", 2, "libya")),
			keys(keysLike(5, "libya"), keysLike(2, "italy"))},
		{"probe: months apart",
			cat(many(6, "libya", 1), many(1, "italy", 120, "libya")),
			keys(keysLike(6, "libya"), keysLike(1, "italy"))},
		{"probe: two bursts of other events as big, each named by the stray",
			cat(many(3, "libya", 1), many(3, "sudan", 1), many(1, "egypt", 1, "libya", "sudan")),
			keys(keysLike(3, "libya"), keysLike(3, "sudan"), keysLike(1, "egypt"))},
		{"probe: a lone item naming nobody, its country named too rarely by the burst",
			cat(many(1, "kosovo", 1, "serbia"), many(5, "kosovo", 1), many(1, "serbia", 2)),
			keys(keysLike(6, "kosovo"), keysLike(1, "serbia"))},
		{"probe: a lone item naming another country besides, its country named back",
			cat(many(3, "kosovo", 1, "serbia"), many(1, "serbia", 2, "albania")),
			keys(keysLike(3, "kosovo"), keysLike(1, "serbia"))},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := keysOf(linksOf(tc.votes).Join(), tc.votes)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("keys (-want +got):\n%s", diff)
			}
		})
	}
}
