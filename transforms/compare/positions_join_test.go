package compare

import (
	"testing"

	"github.com/tanaqud/tanaqud/transforms/claims"
)

// TestPositionsJoinADispute: a value resting only on demands or proposals takes a side where
// accounts already dispute the key (a reader comparing them is shown who proposed what beside
// them), never makes a disagreement by itself, and does not change the score of the dispute it
// joins (positionsJoinDispute, accountSides). Probes from several wars and kinds.
func TestPositionsJoinADispute(t *testing.T) {
	days := func(id, value string, lo, hi float64, opts ...func(*claims.Claim)) claims.Claim {
		return claimOf(id, value, append([]func(*claims.Claim){kind(KindNumeric), bounds(lo, hi)}, opts...)...)
	}
	venue := func(id, value string, opts ...func(*claims.Claim)) claims.Claim {
		return claimOf(id, value, append([]func(*claims.Claim){kind(KindValue)}, opts...)...)
	}
	monitors := func(id string, exhaustive bool, opts []func(*claims.Claim), ms ...string) claims.Claim {
		v := joinMembers(exhaustive, ms)
		return claimOf(id, v, append([]func(*claims.Claim){kind(KindSet), members(exhaustive, ms...)}, opts...)...)
	}
	tests := []struct {
		name        string
		claims      []claims.Claim
		wantSides   []string // nil: no disagreement
		wantNeutral []string
	}{
		// Must join: the envoy's proposed month beside 30 days against 60 (taiz's shape, here
		// in another war).
		{"a proposed month beside two agreed lengths", []claims.Claim{
			days("1", "30", 30, 30), days("2", "60", 60, 60), days("3", "[28,31]", 28, 31, hedged("proposed")),
		}, []string{"30", "60", "[28,31]"}, nil},
		{"a demanded venue beside two venues told as held", []claims.Claim{
			venue("1", "juba"), venue("2", "addis_ababa"), venue("3", "nairobi", hedged("demanded")),
		}, []string{"addis_ababa", "juba", "nairobi"}, nil},
		{"proposed observers beside a monitors dispute", []claims.Claim{
			monitors("1", true, nil, "army"),
			monitors("2", false, nil, "church", "swiss_experts"),
			monitors("3", false, []func(*claims.Claim){hedged("proposed")}, "african_union"),
		}, []string{"african_union", "church,swiss_experts", "only:army"}, nil},
		// Must not flag: a position alone against accounts of the same article ('Russia
		// demanded that Ghouta be excluded' beside the refusal; told elsewhere, a term's demand
		// is a side: TestTermDemandDisputed), a proposed length against an agreed one, nor
		// positions against each other.
		{"a demand against one account of its article", []claims.Claim{
			claimOf("1", "excluded", hedged("demanded")), claimOf("2", "not_excluded", article("a-1", "acc-2")),
		}, nil, nil},
		{"a proposed length against an agreed one", []claims.Claim{
			days("1", "30", 30, 30), days("2", "30", 30, 30, article("a-2", "acc-2")), days("3", "90", 90, 90, hedged("proposed")),
		}, nil, nil},
		{"two proposals", []claims.Claim{
			venue("1", "doha", hedged("proposed")), venue("2", "cairo", hedged("demanded")),
		}, nil, nil},
		// Must not flag: a weak lone number against an established one is no dispute, and a
		// position beside it does not make one (weakAgainstEstablished on the accounts' sides).
		{"a proposal beside a weak reading against an established length", []claims.Claim{
			days("1", "90", 90, 90), days("2", "90", 90, 90), days("3", "90", 90, 90),
			days("4", "2", 2, 2, speaker("outlet", "The Wire")), days("5", "[28,31]", 28, 31, hedged("proposed")),
		}, nil, nil},
		// A position that agrees with every account opposes nothing.
		{"a proposal agreeing with both accounts' values", []claims.Claim{
			days("1", "30", 30, 30), days("2", "60", 60, 60), days("3", "[25,65]", 25, 65, hedged("proposed")),
		}, []string{"30", "60"}, []string{"[25,65]"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := accumulate(tt.claims).Disagreements(nil)
			checkSides(t, got, tt.wantSides, tt.wantNeutral)
		})
	}
}

// TestPositionsDoNotRankTheDispute: the score of a dispute a position joins is the score it has
// without it; the position is shown beside the accounts, not weighed with them. (A position that
// opposes every side is a weak lone outlier instead: see TestWeakOutliersBesideNamedDispute.)
func TestPositionsDoNotRankTheDispute(t *testing.T) {
	days := func(id, value string, lo, hi float64, opts ...func(*claims.Claim)) claims.Claim {
		return claimOf(id, value, append([]func(*claims.Claim){kind(KindNumeric), bounds(lo, hi)}, opts...)...)
	}
	accounts := []claims.Claim{days("1", "30", 30, 30), days("2", "30", 30, 30), days("3", "60", 60, 60)}
	without := accumulate(accounts).Disagreements(nil)
	with := accumulate(append(accounts[:3:3], days("4", "[28,31]", 28, 31, hedged("proposed")))).Disagreements(nil)
	if len(without) != 1 || len(with) != 1 {
		t.Fatalf("want a disagreement with and without the proposal, got %d and %d", len(without), len(with))
	}
	if len(with[0].Sides) != 3 {
		t.Errorf("the proposal should be a side: %v", sideValues(with[0].Sides))
	}
	if with[0].Score != without[0].Score {
		t.Errorf("score %v with the proposal, %v without", with[0].Score, without[0].Score)
	}
}

// joinMembers writes a set value as the extractor does: sorted members, "only:" when exhaustive.
func joinMembers(exhaustive bool, ms []string) string {
	v := ""
	for i, m := range ms {
		if i > 0 {
			v += ","
		}
		v += m
	}
	if exhaustive {
		v = ExhaustivePrefix + v
	}
	return v
}
