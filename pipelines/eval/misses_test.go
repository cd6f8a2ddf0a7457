package main

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/tanaqud/tanaqud/transforms/claims"
)

func TestMissCauses(t *testing.T) {
	claim := func(article, event, value string) claims.Claim {
		return claims.Claim{ArticleID: article, Event: event, Topic: "ceasefire.exclusions", Subject: "jfs", Value: value}
	}
	cs := []claims.Claim{
		claim("a1", "syria", "excluded"), claim("a2", "syria", "not_excluded"),
		claim("b1", "iraq", "not_excluded"), claim("c1", "syria", "excluded"),
	}
	side := func(value string, articles ...string) GoldSide { return GoldSide{Value: value, Articles: articles} }
	dis := func(sides ...GoldSide) GoldDisagreement {
		return GoldDisagreement{Topic: "ceasefire.exclusions", Subject: "jfs", Sides: sides}
	}
	for _, tc := range []struct {
		name   string
		missed []GoldDisagreement
		want   MissCauses
	}{
		{"both sides read in one event", []GoldDisagreement{dis(side("excluded", "a1"), side("not_excluded", "a2"))}, MissCauses{Read: 1, ReadOneEvent: 1}},
		{"both read, two events", []GoldDisagreement{dis(side("excluded", "a1"), side("not_excluded", "b1"))}, MissCauses{Read: 1}},
		{"a side's article read with the other value does not count", []GoldDisagreement{dis(side("excluded", "a1"), side("not_excluded", "c1"))}, MissCauses{OneSide: 1}},
		{"nothing read", []GoldDisagreement{dis(side("excluded", "zz"), side("not_excluded", "yy"))}, MissCauses{None: 1}},
		{"another subject is not read", []GoldDisagreement{{Topic: "ceasefire.exclusions", Subject: "isis", Sides: []GoldSide{side("excluded", "a1"), side("not_excluded", "a2")}}}, MissCauses{None: 1}},
	} {
		if diff := cmp.Diff(tc.want, missCauses(tc.missed, cs)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.name, diff)
		}
	}
}
