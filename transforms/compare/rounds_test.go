package compare

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/tanaqud/tanaqud/transforms/claims"
)

// round sets a claim's round of talks.
func round(r string) func(*claims.Claim) { return func(c *claims.Claim) { c.Round = r } }

// talksVenue makes a talks.venue claim (no subject, value kind).
func talksVenue(id, value string, opts ...func(*claims.Claim)) claims.Claim {
	c := claimOf(id, value, append([]func(*claims.Claim){kind(KindValue), published("2026-06-01")}, opts...)...)
	c.Topic = "talks.venue"
	return c
}

// TestRoundsAreComparedApart: the venue of the round that produced the truce and the venue of
// the round announced for later are never opposed; a dispute inside each round is found, with
// its round on the disagreement and in its explanation. The claims go through Folders, the
// codec and a merge, as in the pipeline.
func TestRoundsAreComparedApart(t *testing.T) {
	in := []claims.Claim{
		talksVenue("h1", "cairo"), talksVenue("h2", "cairo"), talksVenue("h3", "muscat"), // held: Cairo vs Muscat
		talksVenue("p1", "doha", round("planned")), talksVenue("p2", "amman", round("planned")), // planned: Doha vs Amman
	}
	workers := []*Folder{NewFolder(0), NewFolder(0)}
	for i, c := range in {
		workers[i%2].Add(c)
	}
	merged := map[string]Bursts{}
	for _, f := range workers {
		f.Drain(func(key string, b Bursts) {
			decoded, err := DecodeBursts(EncodeBursts(b))
			if err != nil {
				t.Fatal(err)
			}
			m := merged[key]
			m.Merge(decoded)
			merged[key] = m
		})
	}
	if len(merged) != 2 {
		t.Fatalf("keys %v, want one per round", keysOf(merged))
	}
	opts := Options{TopicLabels: map[string]string{"talks.venue": "venue of the talks"}}
	got := map[string]string{} // round → sides and explanation
	for key, b := range merged {
		k := ParseKey(key)
		for _, x := range b.Events() {
			for _, d := range x.Acc.Result().DisagreementsWith(opts) {
				if d.Round != k.Round {
					t.Errorf("disagreement round %q on key round %q", d.Round, k.Round)
				}
				got[d.Round] = strings.Join(sideValues(d.Sides), " vs ") + " | " + d.Explanation
			}
		}
	}
	want := map[string]string{
		"":        "cairo vs muscat | Speaker h1 and Speaker h2: venue of the talks cairo; Speaker h3: muscat.",
		"planned": "amman vs doha | Speaker p2: venue of the planned talks amman; Speaker p1: doha.",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("disagreements per round (-want +got):\n%s", diff)
	}
}

// TestRoundsDoNotOppose: one venue per round is no disagreement at all.
func TestRoundsDoNotOppose(t *testing.T) {
	var accs = map[Key]*Accumulator{}
	for _, c := range []claims.Claim{talksVenue("h", "cairo"), talksVenue("p", "doha", round("planned"))} {
		k := KeyOf(c)
		if accs[k] == nil {
			accs[k] = &Accumulator{}
		}
		accs[k].Add(c)
	}
	if len(accs) != 2 {
		t.Fatalf("%d keys, want 2", len(accs))
	}
	for k, a := range accs {
		if ds := a.Disagreements(nil); len(ds) != 0 {
			t.Errorf("key %+v: %d disagreements, want none", k, len(ds))
		}
	}
	// In one round the same two venues are a disagreement.
	a := accumulate([]claims.Claim{talksVenue("p1", "cairo", round("planned")), talksVenue("p2", "doha", round("planned"))})
	if ds := a.Disagreements(nil); len(ds) != 1 || ds[0].Round != "planned" {
		t.Errorf("one round: %+v, want one planned disagreement", ds)
	}
}

// TestRoundLabel: the explanation names the planned round.
func TestRoundLabel(t *testing.T) {
	for _, tc := range []struct{ label, round, want string }{
		{"venue of the talks", "", "venue of the talks"},
		{"venue of the talks", "planned", "venue of the planned talks"},
		{"mediator", "planned", "mediator (planned round)"},
	} {
		if got := roundLabel(tc.label, tc.round); got != tc.want {
			t.Errorf("roundLabel(%q, %q) = %q, want %q", tc.label, tc.round, got, tc.want)
		}
	}
}

func keysOf(m map[string]Bursts) []string {
	var out []string
	for k := range m {
		out = append(out, fmt.Sprintf("%q", k))
	}
	return out
}
