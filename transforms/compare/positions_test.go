package compare

import (
	"testing"

	"github.com/tanaqud/tanaqud/transforms/claims"
)

// A demand or a proposal is a party's position, not an account of what was agreed: it must not
// make a disagreement on its own (but for a term's polarity against a denial another article
// tells, see TestTermDemandDisputed), but a side that also has a plain assertion still counts.
func TestPositionsAreNotAccounts(t *testing.T) {
	tests := []struct {
		name      string
		claims    []claims.Claim
		wantSides int
	}{
		// One article telling a demand and its refusal tells the bargaining, not two accounts
		// (a demand on a term against a denial told elsewhere is a dispute: TestTermDemandDisputed).
		{"demand against an account in the same article", []claims.Claim{
			claimOf("1", "excluded", hedged("demanded")), claimOf("2", "not_excluded", article("a-1", "acc-2")),
		}, 0},
		{"proposal against a hedged report in the same article", []claims.Claim{
			claimOf("1", "excluded", hedged("proposed")), claimOf("2", "not_excluded", hedged("hedged"), article("a-1", "acc-2")),
		}, 0},
		{"demand beside an assertion of the same value", []claims.Claim{
			claimOf("1", "excluded", hedged("demanded")), claimOf("3", "excluded"), claimOf("2", "not_excluded"),
		}, 2},
		{"hedged report is still an account", []claims.Claim{
			claimOf("1", "excluded", hedged("hedged")), claimOf("2", "not_excluded"),
		}, 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var a Accumulator
			for _, c := range tc.claims {
				a.Add(c)
			}
			got := 0
			if ds := a.DisagreementsWith(Options{}); len(ds) == 1 {
				got = len(ds[0].Sides)
			}
			if got != tc.wantSides {
				t.Errorf("got %d sides, want %d", got, tc.wantSides)
			}
		})
	}
}
