package compare

import (
	"testing"

	"github.com/tanaqud/tanaqud/transforms/claims"
)

// TestTermDemandDisputed: a demand or proposal on a term of the truce (a polarity key: a
// withdrawal, an exchange, an evacuation, an exclusion) against a denial another article tells
// is a disagreement (termDemandDisputed); told by the same article alone, or on another kind of
// key (a proposed length, venue), it stays a position that only joins a dispute.
func TestTermDemandDisputed(t *testing.T) {
	venue := func(id, value string, opts ...func(*claims.Claim)) claims.Claim {
		return claimOf(id, value, append([]func(*claims.Claim){kind(KindValue)}, opts...)...)
	}
	days := func(id, value string, lo, hi float64, opts ...func(*claims.Claim)) claims.Claim {
		return claimOf(id, value, append([]func(*claims.Claim){kind(KindNumeric), bounds(lo, hi)}, opts...)...)
	}
	tests := []struct {
		name      string
		claims    []claims.Claim
		wantSides []string // nil: no disagreement
	}{
		// Mozambique: the Junta demanded that FADM units pull back, the minister: nothing in
		// the agreement requires the armed forces to withdraw.
		{"a demanded withdrawal against a denial elsewhere", []claims.Claim{
			claimOf("1", "required", hedged("demanded")), claimOf("2", "not_required"),
		}, []string{"not_required", "required"}},
		// Darfur: the RSF proposed an exchange of prisoners within the truce's arrangements;
		// the UN and the published text: no exchange.
		{"a proposed exchange against two denials", []claims.Claim{
			claimOf("1", "included", hedged("proposed")), claimOf("2", "not_included"), claimOf("3", "not_included"),
		}, []string{"included", "not_included"}},
		// Thailand-Cambodia: the Thai army's demand, told in one article with Phnom Penh's
		// refusal, and again in another.
		{"a demand told again in another article", []claims.Claim{
			claimOf("1", "required", hedged("demanded")), claimOf("2", "not_required", article("a-1", "acc-2")),
			claimOf("3", "required", hedged("demanded")),
		}, []string{"not_required", "required"}},
		// Must not flag: the bargaining told by one article (Syria: Russia insisted Ghouta be
		// left out, the opposition refused).
		{"a demand and its refusal in one article", []claims.Claim{
			claimOf("1", "excluded", hedged("demanded")), claimOf("2", "not_excluded", article("a-1", "acc-2")),
		}, nil},
		// Must not flag: two positions.
		{"a demand against a proposal", []claims.Claim{
			claimOf("1", "required", hedged("demanded")), claimOf("2", "not_required", hedged("proposed")),
		}, nil},
		// Must not flag: positions on keys that are no term's polarity.
		{"a proposed venue against a venue told", []claims.Claim{
			venue("1", "doha", hedged("proposed")), venue("2", "cairo"),
		}, nil},
		{"a demanded length against an agreed one", []claims.Claim{
			days("1", "90", 90, 90, hedged("demanded")), days("2", "30", 30, 30),
		}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := accumulate(tt.claims).Disagreements(nil)
			checkSides(t, got, tt.wantSides, nil)
		})
	}
}
