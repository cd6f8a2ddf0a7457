package analyze

import (
	"testing"

	"github.com/tanaqud/tanaqud/transforms/claims"
)

// The claim's round of talks reaches its row (it is what a notebook filters planned talks by).
func TestClaimRowKeepsRound(t *testing.T) {
	for _, round := range []string{"", claims.RoundPlanned} {
		if got := ClaimRow(claims.Claim{Topic: "talks.venue", Value: "muscat", Round: round}).Round; got != round {
			t.Errorf("ClaimRow round %q, want %q", got, round)
		}
	}
}
