package main

import (
	"testing"

	"github.com/tanaqud/tanaqud/transforms/claims"
)

// TestResolveSides: the per-set run writes a withdrawal of both unnamed sides as one claim per
// side of its event, mapped to forces through the gazetteer (the Sulaymaniyah parties KDP and
// PUK withdraw as Unit 80 and Unit 70), within a chain of publication days, so parties
// published months apart (another truce, in the pooled run) lend nothing; claims without one
// pass unchanged.
func TestResolveSides(t *testing.T) {
	parties := claims.Claim{ID: "p", ArticleID: "a1", Event: "iraq", Topic: "ceasefire.parties", Kind: "set",
		Value: "kdp,puk", Members: []string{"kdp", "puk"}}
	both := claims.Claim{ID: "w", ArticleID: "a2", Event: "iraq", Topic: "ceasefire.withdrawal", Kind: "polarity",
		Subject: claims.BothSides, Value: "required"}
	got := resolveSides([]claims.Claim{parties, both})
	var subjects []string
	for _, c := range got {
		if c.Topic == "ceasefire.withdrawal" {
			subjects = append(subjects, c.Subject)
		}
	}
	if len(subjects) != 2 || subjects[0] != "unit_70" || subjects[1] != "unit_80" {
		t.Errorf("resolved subjects = %v, want [unit_70 unit_80]", subjects)
	}
	if got := withoutBothSides([]claims.Claim{parties, both}); len(got) != 1 || got[0].ID != "p" {
		t.Errorf("withoutBothSides kept %v", got)
	}
	// The parties a year earlier are another truce's.
	early, late := parties, both
	early.Published, late.Published = "2030-01-10T08:00:00Z", "2031-01-10T08:00:00Z"
	if got := resolveSides([]claims.Claim{early, late}); len(got) != 1 {
		t.Errorf("a year apart: got %v, want only the parties claim", got)
	}
	late.Published = "2030-01-12T08:00:00Z"
	if got := resolveSides([]claims.Claim{early, late}); len(got) != 3 {
		t.Errorf("two days apart: got %d claims, want the parties and both sides", len(got))
	}
	plain := []claims.Claim{parties}
	if got := resolveSides(plain); len(got) != 1 {
		t.Errorf("plain claims changed: %v", got)
	}
}
