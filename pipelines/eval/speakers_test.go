package main

import (
	"testing"

	"github.com/tanaqud/tanaqud/transforms/claims"
)

func TestSpeakerMatchesAtTheGoldsGrain(t *testing.T) {
	for _, c := range []struct {
		gold, pred string
		want       bool
	}{
		{"ahmed_al_awadi", "ahmed_al_awadi", true},
		{"yemeni_government", "ahmed_al_awadi", true},  // the government's spokesman names it, more precisely
		{"ahmed_al_awadi", "yemeni_government", false}, // the body does not name its spokesman
		{"houthis", "ahmed_al_awadi", false},
	} {
		if got := speakerMatches(c.gold, claims.Claim{Speaker: c.pred}, ""); got != c.want {
			t.Errorf("speakerMatches(gold %s, predicted %s) = %v, want %v", c.gold, c.pred, got, c.want)
		}
	}
}
