package compare

import (
	"math"
	"strconv"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/tanaqud/tanaqud/transforms/claims"
)

// planned marks a claim as speaking of talks announced for later.
func planned(c *claims.Claim) { c.Round = claims.RoundPlanned }

// talksVenue makes a talks.venue claim (no subject, value kind).
func talksVenue(id, value string, opts ...func(*claims.Claim)) claims.Claim {
	c := claimOf(id, value, append([]func(*claims.Claim){kind(KindValue), published("2026-06-01")}, opts...)...)
	c.Topic = "talks.venue"
	return c
}

// talksDate makes a talks.date claim of a day of March 2027 (temporal kind, the day's bounds).
func talksDate(id, value string, day int, opts ...func(*claims.Claim)) claims.Claim {
	lo := float64(time.Date(2027, 3, day, 0, 0, 0, 0, time.UTC).Unix())
	c := claimOf(id, value, append([]func(*claims.Claim){kind(KindTemporal), bounds(lo, lo+86400)}, opts...)...)
	c.Topic = "talks.date"
	return c
}

// talksNumber makes a numeric claim of a topic about talks (a count, its own bounds).
func talksNumber(id, value string, opts ...func(*claims.Claim)) claims.Claim {
	n, _ := strconv.ParseFloat(value, 64)
	c := claimOf(id, value, append([]func(*claims.Claim){kind(KindNumeric), bounds(n, n)}, opts...)...)
	c.Topic = "talks.delegates"
	return c
}

// withoutRounds returns the claims with every round cleared: the comparison as it was before
// claims carried rounds.
func withoutRounds(in []claims.Claim) []claims.Claim {
	out := make([]claims.Claim, len(in))
	for i, c := range in {
		c.Round = ""
		out[i] = c
	}
	return out
}

// roundsResult is what a test reads of the one disagreement of a key.
type roundsResult struct {
	Sides        []string
	Score        float64
	RoundsDiffer bool
	Explanation  string
}

// TestRoundsRankNotSplit: claims of two rounds of talks stay in one key. A pair of values of
// which one rests only on planned-talks claims and the other only on held-talks claims is still
// found, with its score times roundsFactor, rounds_differ set and each side's round named in the
// explanation; a side with claims of both rounds, or two sides of one round, is not discounted.
// The disagreement id does not depend on rounds. The claims go through Folders, the codec and a
// merge, as in the pipeline.
func TestRoundsRankNotSplit(t *testing.T) {
	opts := Options{TopicLabels: map[string]string{"talks.venue": "venue of the talks", "talks.date": "date of the talks", "talks.delegates": "delegates"}}
	for _, tc := range []struct {
		name   string
		claims []claims.Claim
		factor float64 // of the score the same claims get without rounds
		want   roundsResult
	}{
		{
			name:   "planned only vs held only",
			claims: []claims.Claim{talksVenue("h1", "cairo"), talksVenue("h2", "cairo"), talksVenue("p1", "doha", planned)},
			factor: roundsFactor,
			want: roundsResult{Sides: []string{"cairo", "doha"}, Score: 0.375, RoundsDiffer: true,
				Explanation: "Speaker h1 and Speaker h2: venue of the talks cairo (the talks held); Speaker p1: doha (the planned talks)."},
		},
		{
			name: "mixed side vs held only",
			claims: []claims.Claim{talksVenue("h1", "cairo"), talksVenue("p2", "cairo", planned),
				talksVenue("h3", "doha")},
			factor: 1,
			want: roundsResult{Sides: []string{"cairo", "doha"}, Score: 0.75,
				Explanation: "Speaker h1 and Speaker p2: venue of the talks cairo; Speaker h3: doha."},
		},
		{
			name: "mixed side vs planned only",
			claims: []claims.Claim{talksVenue("h1", "cairo"), talksVenue("p2", "cairo", planned),
				talksVenue("p3", "doha", planned)},
			factor: 1,
			want: roundsResult{Sides: []string{"cairo", "doha"}, Score: 0.75,
				Explanation: "Speaker h1 and Speaker p2: venue of the talks cairo; Speaker p3: doha."},
		},
		{
			name:   "both planned: one round, one dispute",
			claims: []claims.Claim{talksVenue("p1", "bangkok", planned), talksVenue("p2", "kuala_lumpur", planned)},
			factor: 1,
			want: roundsResult{Sides: []string{"bangkok", "kuala_lumpur"}, Score: 0.7125,
				Explanation: "Speaker p1: venue of the talks bangkok; Speaker p2: kuala_lumpur."},
		},
		{
			// One same-round pair keeps the rounds unmarked, but the side that only speaks of
			// another round is the disagreement's weakest: it counts as much (see weakest sides).
			name: "one same-round pair: not marked two rounds, ranked by the other round's side",
			claims: []claims.Claim{talksVenue("h1", "cairo"), talksVenue("h2", "muscat"),
				talksVenue("p3", "doha", planned)},
			factor: roundsFactor,
			want: roundsResult{Sides: []string{"cairo", "doha", "muscat"}, Score: 0.3384,
				Explanation: "Speaker h1: venue of the talks cairo; Speaker p3: doha; Speaker h2: muscat."},
		},
		// Two rounds announced one after the other (the earlier one's day had passed when the
		// later was written) oppose nothing: see TestRoundsInSequence.
		{
			name: "both announced before either day: one round, one dispute",
			claims: []claims.Claim{talksDate("a1", "2027-03-09", 9, published("2027-03-08T09:40:00Z"), planned),
				talksDate("b1", "2027-03-10", 10, published("2027-03-08T12:00:00Z"), planned)},
			factor: 1,
			want: roundsResult{Sides: []string{"2027-03-09", "2027-03-10"}, Score: 0.7125,
				Explanation: "Speaker a1: date of the talks 2027-03-09; Speaker b1: 2027-03-10."},
		},
		{
			name: "a round still announced after its day was put off, not an earlier round",
			claims: []claims.Claim{talksDate("a1", "2027-03-09", 9, published("2027-03-12T01:00:00Z"), planned),
				talksDate("b1", "2027-03-24", 24, published("2027-03-12T01:00:00Z"), planned)},
			factor: 1,
			want: roundsResult{Sides: []string{"2027-03-09", "2027-03-24"}, Score: 0.7125,
				Explanation: "Speaker a1: date of the talks 2027-03-09; Speaker b1: 2027-03-24."},
		},
		{
			name: "numbers are no rounds, however they were written",
			claims: []claims.Claim{talksNumber("a1", "3", published("2027-03-08T09:00:00Z"), planned),
				talksNumber("b1", "5", published("2027-03-08T10:00:00Z"), planned)},
			factor: 1,
			want: roundsResult{Sides: []string{"3", "5"}, Score: 0.7125,
				Explanation: "Speaker a1: delegates 3; Speaker b1: 5."},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := throughPipeline(t, tc.claims, opts)
			base := throughPipeline(t, withoutRounds(tc.claims), opts)
			if len(got) != 1 || len(base) != 1 {
				t.Fatalf("%d disagreements with rounds, %d without; want one each", len(got), len(base))
			}
			d := got[0]
			res := roundsResult{Sides: sideValues(d.Sides), Score: d.Score, RoundsDiffer: d.RoundsDiffer, Explanation: d.Explanation}
			if diff := cmp.Diff(tc.want, res); diff != "" {
				t.Errorf("disagreement (-want +got):\n%s", diff)
			}
			if want := base[0].Score * tc.factor; math.Abs(d.Score-want) > 1e-4 { // both rounded to 1e-4
				t.Errorf("score %v, want %v (%v without rounds × %v)", d.Score, want, base[0].Score, tc.factor)
			}
			if d.ID != base[0].ID {
				t.Errorf("id %s, want %s as without rounds", d.ID, base[0].ID)
			}
		})
	}
}

// throughPipeline folds claims on two workers, encodes, decodes and merges their bursts by key
// and returns every disagreement found.
func throughPipeline(t *testing.T, in []claims.Claim, opts Options) []Disagreement {
	t.Helper()
	workers := []*Folder{NewFolder(0), NewFolder(0)}
	for i, c := range in {
		workers[i%2].Add(c)
	}
	merged := map[string]Bursts{}
	var keys []string
	for _, f := range workers {
		f.Drain(func(key string, b Bursts) {
			decoded, err := DecodeBursts(EncodeBursts(b))
			if err != nil {
				t.Fatal(err)
			}
			m, seen := merged[key]
			if !seen {
				keys = append(keys, key)
			}
			m.Merge(decoded)
			merged[key] = m
		})
	}
	if len(keys) != 1 {
		t.Fatalf("keys %q, want one: rounds do not split the key", keys)
	}
	var out []Disagreement
	for _, x := range merged[keys[0]].Events() {
		out = append(out, x.Acc.Result().DisagreementsWith(opts)...)
	}
	return out
}
