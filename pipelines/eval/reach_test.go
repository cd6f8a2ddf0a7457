package main

import (
	"testing"

	"github.com/tanaqud/tanaqud/transforms/claims"
)

func TestOutOfReach(t *testing.T) {
	cs := []claims.Claim{
		{ArticleID: "in1", Event: "india"}, {ArticleID: "in2", Event: "india"},
		{ArticleID: "pk1", Event: "pakistan"}, {ArticleID: "both", Event: "india+pakistan"},
		{ArticleID: "jp1", Event: "india+pakistan"},
	}
	side := func(articles ...string) GoldSide { return GoldSide{Articles: articles} }
	for _, tc := range []struct {
		name             string
		d                GoldDisagreement
		want, wantSilent int
	}{
		{"two sides in one event", GoldDisagreement{Sides: []GoldSide{side("in1"), side("in2")}}, 0, 0},
		{"two events", GoldDisagreement{Sides: []GoldSide{side("in1"), side("pk1")}}, 1, 0},
		{"one side without claims", GoldDisagreement{Sides: []GoldSide{side("in1"), side("none")}}, 1, 1},
		{"a third side shares the event", GoldDisagreement{Sides: []GoldSide{side("pk1"), side("both"), side("jp1")}}, 0, 0},
		{"one article on two sides counts once per side", GoldDisagreement{Sides: []GoldSide{side("pk1", "in1"), side("in2")}}, 0, 0},
		{"three sides, two in other events, one silent", GoldDisagreement{Sides: []GoldSide{side("in1"), side("pk1"), side("none")}}, 1, 0},
	} {
		got, silent := outOfReach([]GoldDisagreement{tc.d}, cs)
		if got != tc.want || silent != tc.wantSilent {
			t.Errorf("%s: %d out of reach (%d silent), want %d (%d)", tc.name, got, silent, tc.want, tc.wantSilent)
		}
	}
}
