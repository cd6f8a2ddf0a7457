package compare

import (
	"testing"

	"github.com/tanaqud/tanaqud/transforms/claims"
)

// TestScoreIsTheWeakestSide: a disagreement scores as much as its weakest side's strongest
// opposed pair, so a strong dispute with a third value on one unquoted or hedged account ranks
// with that value; two sides score their pair as before. The values are of kind value (venues,
// statuses): a lone third number or instant beside a corroborated dispute takes no side at all
// (TestLoneOutliersTakeNoSide).
func TestScoreIsTheWeakestSide(t *testing.T) {
	quoted := func(id, value, account string, opts ...func(*claims.Claim)) claims.Claim {
		return claimOf(id, value, append([]func(*claims.Claim){kind(KindValue), article("a-"+id, account)}, opts...)...)
	}
	unquoted := func(c *claims.Claim) { c.Speaker, c.Source = "outlet", "Wire" }
	tests := []struct {
		name   string
		claims []claims.Claim
		want   float64
	}{
		{"two sides, two accounts each: their pair", []claims.Claim{
			quoted("1", "15", "x1"), quoted("2", "15", "x2"),
			quoted("3", "30", "y1"), quoted("4", "30", "y2"),
		}, 0.875},
		{"a third value on one unquoted account ranks the dispute with it", []claims.Claim{
			quoted("1", "15", "x1"), quoted("2", "15", "x2"),
			quoted("3", "30", "y1"), quoted("4", "30", "y2"),
			quoted("5", "2", "z1", unquoted),
		}, 0.675},
		{"a third value only hedged ranks it lower still", []claims.Claim{
			quoted("1", "15", "x1"), quoted("2", "15", "x2"),
			quoted("3", "30", "y1"), quoted("4", "30", "y2"),
			quoted("5", "7", "z1", hedged("expected")),
		}, 0.375},
		{"a third value as well backed keeps the score", []claims.Claim{
			quoted("1", "15", "x1"), quoted("2", "15", "x2"),
			quoted("3", "30", "y1"), quoted("4", "30", "y2"),
			quoted("5", "60", "z1"), quoted("6", "60", "z2"),
		}, 0.875},
		{"two sides, one of them weak: the weak one's pair, as before", []claims.Claim{
			quoted("1", "15", "x1"), quoted("2", "15", "x2"),
			quoted("3", "30", "y1", hedged("expected")),
		}, 0.375},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkOneScore(t, tt.claims, tt.want) })
	}
}

// TestLoneSidesRankLower: each side beyond the first that rests on one account (one sentence; a
// wire copy in several outlets is one) multiplies the score by loneSideFactor. One value told
// once against corroborated values keeps its weakest side's score.
func TestLoneSidesRankLower(t *testing.T) {
	at := func(id, value, art, account string) claims.Claim {
		return claimOf(id, value, kind(KindValue), article(art, account))
	}
	tests := []struct {
		name   string
		claims []claims.Claim
		want   float64
	}{
		{"one lone side against a corroborated one: as before", []claims.Claim{
			at("1", "15", "a1", "x1"), at("2", "15", "a2", "x2"), at("3", "30", "a3", "y1"),
		}, 0.75},
		{"two lone sides: neither corroborated", []claims.Claim{
			at("1", "15", "a1", "x1"), at("3", "30", "a3", "y1"),
		}, 0.7125},
		{"three lone sides", []claims.Claim{
			at("1", "15", "a1", "x1"), at("3", "30", "a3", "y1"), at("5", "60", "a5", "z1"),
		}, 0.6769},
		{"one wire copy in two outlets is still one account", []claims.Claim{
			at("1", "15", "a1", "x1"), at("2", "15", "a2", "x1"), at("3", "30", "a3", "y1"),
		}, 0.7125},
		{"two sentences of one article are two accounts, as support counts them", []claims.Claim{
			at("1", "15", "a1", "x1"), at("2", "15", "a1", "x2"), at("3", "30", "a3", "y1"),
		}, 0.75},
		{"a lone third value beside two corroborated sides", []claims.Claim{
			at("1", "15", "a1", "x1"), at("2", "15", "a2", "x2"),
			at("3", "30", "a3", "y1"), at("4", "30", "a4", "y2"),
			at("5", "60", "a5", "z1"),
		}, 0.75},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkOneScore(t, tt.claims, tt.want) })
	}
}

// checkOneScore wants the claims to make exactly one disagreement, scoring want.
func checkOneScore(t *testing.T, cs []claims.Claim, want float64) {
	t.Helper()
	got := accumulate(cs).Disagreements(nil)
	if len(got) != 1 {
		t.Fatalf("want one disagreement, got %d", len(got))
	}
	if got[0].Score != want {
		t.Errorf("score %v, want %v (sides %v)", got[0].Score, want, sideValues(got[0].Sides))
	}
}
