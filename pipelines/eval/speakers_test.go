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

func TestSideSpeakersCoverAtTheGoldsGrain(t *testing.T) {
	for _, c := range []struct {
		gold, pred []string
		want       bool
	}{
		{[]string{"outlet"}, []string{"Sanaa Press"}, true}, // an outlet the gazetteer does not hold
		{[]string{"outlet"}, []string{"outlet"}, true},
		{[]string{"outlet"}, []string{"houthis"}, false},
		{[]string{"yemeni_government", "outlet"}, []string{"ahmed_al_awadi", "Some Wire"}, true},
		{[]string{"ahmed_al_awadi"}, []string{"yemeni_government"}, false},
		{[]string{"houthis", "yemeni_government"}, []string{"houthis"}, false},
	} {
		if got := sideSpeakersCover(c.gold, c.pred); got != c.want {
			t.Errorf("sideSpeakersCover(gold %v, predicted %v) = %v, want %v", c.gold, c.pred, got, c.want)
		}
	}
}

// TestOutletByItsGazetteerId: gold that gives the outlet's own voice its media id matches the
// extractor's name for an unquoted claim, the article's source; another outlet's name does not.
func TestOutletByItsGazetteerId(t *testing.T) {
	for _, c := range []struct {
		gold, pred, source string
		want               bool
	}{
		{"al_qarn_al_yawm", "صحيفة القرن اليوم", "صحيفة القرن اليوم", true},
		{"al_qarn_al_yawm", "القرن اليوم", "القرن اليوم", true}, // an alias
		{"al_qarn_al_yawm", "Sool Dispatch", "Sool Dispatch", false},
		{"al_qarn_al_yawm", "صحيفة القرن اليوم", "Sool Dispatch", false}, // quoted by another outlet
		{"igad", "Sool Dispatch", "Sool Dispatch", false},                // not a media entity
	} {
		if got := speakerMatches(c.gold, claims.Claim{Speaker: c.pred}, c.source); got != c.want {
			t.Errorf("speakerMatches(gold %s, predicted %s, source %s) = %v, want %v", c.gold, c.pred, c.source, got, c.want)
		}
	}
	if !sideSpeakersCover([]string{"al_qarn_al_yawm"}, []string{"صحيفة القرن اليوم"}) {
		t.Error("a side spoken by the outlet's name should cover the gold's media id")
	}
}
