package compare

import (
	"fmt"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/tanaqud/tanaqud/transforms/claims"
)

// codecBursts is a key with two bursts, set-valued and numeric claims, hedges and enough claim
// ids for the sets to switch to their hash index.
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
		}
		b.Add(c, gap)
	}
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
		"other version": append([]byte{9}, good[1:]...),
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

// disagreementsOf lists the disagreements of every burst.
func disagreementsOf(b Bursts) [][]Disagreement {
	var out [][]Disagreement
	for _, x := range b.List {
		a := x.Acc.Result()
		out = append(out, a.Disagreements(nil))
	}
	return out
}
