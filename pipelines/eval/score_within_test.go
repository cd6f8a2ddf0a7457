package main

import (
	"testing"

	"github.com/tanaqud/tanaqud/transforms/compare"
)

// Pooled sets are scored within each set: two wars' gold disputes on the same topic, subject and
// values are each matched only by a flag holding an article of their own set, so one war's flag
// (true or false) cannot stand for the other's missed dispute.
func TestScoreDisagreementsWithinSets(t *testing.T) {
	setOf := map[string]string{"a1": "alpha", "a2": "alpha", "b1": "beta", "b2": "beta"}
	gold := []GoldDisagreement{
		{Topic: "ceasefire.retained_rights", Subject: "respond_to_violations", Sides: []GoldSide{{Value: "retained", Articles: []string{"a1"}}, {Value: "not_retained", Articles: []string{"a2"}}}},
		{Topic: "ceasefire.retained_rights", Subject: "respond_to_violations", Sides: []GoldSide{{Value: "retained", Articles: []string{"b1"}}, {Value: "not_retained", Articles: []string{"b2"}}}},
	}
	betaOnly := []compare.Disagreement{
		{Topic: "ceasefire.retained_rights", Subject: "respond_to_violations", Sides: []compare.Side{{Value: "retained", ArticleIDs: []string{"b1"}}, {Value: "not_retained", ArticleIDs: []string{"b2"}}}},
	}
	sameSet := func(g GoldDisagreement, p compare.Disagreement) bool {
		for _, s := range p.Sides {
			for _, id := range s.ArticleIDs {
				if setOf[id] == goldSet(g, setOf) {
					return true
				}
			}
		}
		return false
	}
	cases := []struct {
		name      string
		sameEvent func(GoldDisagreement, compare.Disagreement) bool
		wantTP    int
		wantFN    string // the set of the missed gold dispute
	}{
		{"set-blind: beta's flag matches alpha's dispute, listed first", nil, 1, "beta"},
		{"within sets: it matches beta's own", sameSet, 1, "alpha"},
	}
	for _, tc := range cases {
		ds := scoreDisagreementsWithin(gold, nil, betaOnly, tc.sameEvent)
		if ds.TP != tc.wantTP || len(ds.FalseNegatives) != 1 || goldSet(ds.FalseNegatives[0], setOf) != tc.wantFN {
			t.Errorf("%s: TP %d, false negatives %+v; want TP %d and %s's dispute missed", tc.name, ds.TP, ds.FalseNegatives, tc.wantTP, tc.wantFN)
		}
	}
}
