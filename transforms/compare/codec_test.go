package compare

import (
	"fmt"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/tanaqud/tanaqud/transforms/claims"
)

// codecBursts is a key with two bursts and undated articles, set-valued and numeric claims,
// hedges, claims about planned talks and temporal ones told as held (Tally.HeldUntil), the names
// and outlets articles carry (Claim.Context, Claim.Source), the rules that read the claims
// (Tally.Rules) and enough claim ids for the sets to
// switch to their hash index.
func codecBursts() Bursts {
	gap := (10 * 24 * time.Hour).Microseconds()
	var b Bursts
	for i := range 300 {
		day := "2016-12-29"
		if i%3 == 0 {
			day = "2017-06-01"
		}
		c := claimOf(fmt.Sprintf("%08x", i*2654435761%1000003), fmt.Sprint("v", i%4), published(day),
			bounds(float64(i), float64(i+10)), members(i%5 == 0, "russia", "turkey"),
			article(fmt.Sprint("art", i%40), fmt.Sprint("acc", i%7)))
		if i%4 == 0 {
			c.Modality, c.Hedged = "demanded", true
			c.Zoned = true // every claim of v0 is zoned, so its tally stays zoned
		}
		c.Context = []string{fmt.Sprint("place", i%9), fmt.Sprint("person", i%40)}
		c.Source = fmt.Sprint("outlet", i%5) // bursts and undated entries keep their outlets
		c.Rule = fmt.Sprint("rule", i%3)     // tallies keep the rules that read them (Tally.Rules)
		if i%6 == 1 {
			c.Round = claims.RoundPlanned // some claims speak of talks announced for later (Tally.Planned)
		}
		if i%10 == 7 {
			c.Published = "" // undated articles keep their own entries and names
		}
		if i%8 == 3 {
			c.Kind = KindTemporal // dated asserted ones give their tally a HeldUntil
		}
		b.Add(c, gap)
	}
	b.Undated[0].Tied = true // as RekeyBursts marks an entry two bursts share equally
	return b
}

func TestBurstsCodecRoundTrip(t *testing.T) {
	for name, in := range map[string]Bursts{"empty": {}, "one undated": burstsOf(claimOf("x", "excluded")), "many": codecBursts()} {
		t.Run(name, func(t *testing.T) {
			out, err := DecodeBursts(EncodeBursts(in))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(in, out, cmpopts.IgnoreUnexported(Set{}), cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("round trip (-in +out):\n%s", diff)
			}
			// A decoded accumulator keeps working: adding to it and merging it give what the
			// original gives.
			c := claimOf("late", "v1", published("2016-12-30"))
			in.Add(c, DefaultEventGap.Microseconds())
			out.Add(c, DefaultEventGap.Microseconds())
			if diff := cmp.Diff(eventsSummary(in), eventsSummary(out)); diff != "" {
				t.Errorf("after one more claim, events (-in +out):\n%s", diff)
			}
			if diff := cmp.Diff(disagreementsOf(in), disagreementsOf(out)); diff != "" {
				t.Errorf("after one more claim (-in +out):\n%s", diff)
			}
		})
	}
}

func TestBurstsCodecRejectsCorruptInput(t *testing.T) {
	good := EncodeBursts(codecBursts())
	for name, data := range map[string][]byte{
		"empty":         nil,
		"other version": append([]byte{codecVersion - 1}, good[1:]...),
		"truncated":     good[:len(good)/2],
		"trailing":      append(append([]byte{}, good...), 0),
		"huge count":    {codecVersion, 0xff, 0xff, 0xff, 0xff, 0x0f},
	} {
		if _, err := DecodeBursts(data); err == nil {
			t.Errorf("%s: decoded without error", name)
		}
	}
}

func burstsOf(cs ...claims.Claim) Bursts {
	var b Bursts
	for _, c := range cs {
		b.Add(c, DefaultEventGap.Microseconds())
	}
	return b
}

// disagreementsOf lists the disagreements of every burst Events returns.
func disagreementsOf(b Bursts) [][]Disagreement {
	var out [][]Disagreement
	for _, x := range b.Events() {
		a := x.Acc.Result()
		out = append(out, a.Disagreements(nil))
	}
	return out
}

// TestCodecFixtureHasZonedAndUnzonedTallies keeps the round trip meaningful for Tally.Unzoned:
// the fixture must hold both kinds.
func TestCodecFixtureHasZonedAndUnzonedTallies(t *testing.T) {
	seen := map[bool]bool{}
	for _, x := range codecBursts().List {
		for _, a := range x.Acc.Parts {
			for _, v := range a.Values {
				seen[v.Unzoned] = true
			}
		}
	}
	if !seen[true] || !seen[false] {
		t.Errorf("fixture tallies: unzoned seen %v, want both", seen)
	}
}

// TestCodecFixtureHasUndatedArticlesAndNames keeps the round trip meaningful for the state that
// places undated articles: the fixture must hold undated entries and bursts' names.
func TestCodecFixtureHasUndatedArticlesAndNames(t *testing.T) {
	b := codecBursts()
	if len(b.Undated) == 0 || len(b.Undated[0].Context.IDs) == 0 || len(b.List) == 0 || len(b.List[0].Context.IDs) == 0 {
		t.Errorf("fixture: %d undated articles, %d dated bursts; want both, with names", len(b.Undated), len(b.List))
	}
}

// TestCodecKeepsPlanned: the count of claims about planned talks survives the shuffle encoding.
func TestCodecKeepsPlanned(t *testing.T) {
	in := codecBursts()
	out, err := DecodeBursts(EncodeBursts(in))
	if err != nil {
		t.Fatal(err)
	}
	planned := func(b Bursts) (n int) {
		for _, x := range b.List {
			for _, a := range x.Acc.Parts {
				for _, v := range a.Values {
					n += v.Planned
				}
			}
		}
		for _, u := range b.Undated {
			for _, a := range u.Acc.Parts {
				for _, v := range a.Values {
					n += v.Planned
				}
			}
		}
		return n
	}
	if got, want := planned(out), planned(in); got != want || want == 0 {
		t.Errorf("decoded Planned total %d, encoded %d (want equal and > 0)", got, want)
	}
}

// TestCodecKeepsRules: the rules that read a value survive the shuffle encoding, so that a
// worker decides as the combiner did whether the value is unsure (see unsureTally).
func TestCodecKeepsRules(t *testing.T) {
	in := codecBursts()
	out, err := DecodeBursts(EncodeBursts(in))
	if err != nil {
		t.Fatal(err)
	}
	rules := func(b Bursts) (n int) {
		for _, x := range b.List {
			for _, a := range x.Acc.Parts {
				for _, v := range a.Values {
					n += v.Rules.Len()
				}
			}
		}
		return n
	}
	if got, want := rules(out), rules(in); got != want || want == 0 {
		t.Errorf("decoded rules %d, encoded %d (want equal and > 0)", got, want)
	}
}
