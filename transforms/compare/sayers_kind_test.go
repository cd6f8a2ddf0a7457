package compare

import (
	"testing"

	"github.com/tanaqud/tanaqud/transforms/claims"
)

// Only numeric and temporal keys keep who said a value in which article (Tally.Sayers): only
// their disagreements ask it (echoedNumbers).
func TestSayersOnlyForNumbersAndInstants(t *testing.T) {
	for _, tc := range []struct {
		kind string
		want int
	}{
		{KindNumeric, 1}, {KindTemporal, 1}, {"polarity", 0}, {"set", 0}, {"value", 0},
	} {
		var a Accumulator
		a.Add(claims.Claim{ID: "c1", ArticleID: "a1", Kind: tc.kind, Value: "v", Speaker: "s", Account: "x"})
		if got := len(a.Values[0].Sayers.Hashes); got != tc.want {
			t.Errorf("kind %s: %d sayers, want %d", tc.kind, got, tc.want)
		}
	}
}
