package compare

import (
	"fmt"
	"testing"
	"time"

	"github.com/tanaqud/tanaqud/transforms/claims"
)

// TestBridgeQuiet: a key's two bursts merge when one span of their event's whole coverage holds
// them and the key was quiet between them for less than quietTopicGaps gaps (ituri: CODECO's
// statement on the Zaire militia, 13 August, and the government's, 25 August, with the truce
// covered every day between); they stay apart when the event's coverage broke between them, when
// the key was quiet for two gaps or more, and when only another event was covered between them.
func TestBridgeQuiet(t *testing.T) {
	const topic, other = "ceasefire.exclusions", "ceasefire.status"
	day := func(d int) string {
		return time.Date(2038, 8, 1+d, 10, 0, 0, 0, time.UTC).Format(time.RFC3339)
	}
	claim := func(article, event, topic string, d int, value string) claims.Claim {
		return claims.Claim{ID: article + "-" + topic, ArticleID: article, Event: event, Topic: topic, Subject: "zaire_militia",
			Kind: "polarity", Value: value, Published: day(d), Source: "wire-" + article, Speaker: "s-" + article, Account: article}
	}
	for _, tc := range []struct {
		name     string
		keyDays  []int // the key's claims, values alternating
		covered  []int // the days other articles cover the event (another topic)
		coverEvt string
		want     int // dated bursts of the key compared
	}{
		{"ituri: twelve quiet days, covered daily", []int{13, 25}, days(9, 26), "dr_congo", 1},
		{"three bursts chained by coverage", []int{1, 13, 25}, days(1, 25), "dr_congo", 1},
		{"quiet for exactly two gaps", []int{1, 21}, days(1, 21), "dr_congo", 2},
		{"quiet for more than two gaps", []int{1, 23}, days(1, 23), "dr_congo", 2},
		{"coverage broke between them", []int{1, 13}, []int{1, 2, 13}, "dr_congo", 2},
		{"only another event covered between them", []int{1, 13}, days(1, 13), "uganda", 2},
		{"within one gap: one burst as before", []int{1, 9}, nil, "dr_congo", 1},
		// The merged burst runs at most bridgedSpanGaps gaps, first claim to last: merges do
		// not chain through a war covered daily for months.
		{"a chain of three over exactly three gaps", []int{1, 16, 31}, days(1, 31), "dr_congo", 1},
		{"a chain of three just over three gaps", []int{1, 16, 32}, days(1, 32), "dr_congo", 2},
		{"a chain of four: the fourth starts anew", []int{1, 13, 25, 37}, days(1, 37), "dr_congo", 2},
		{"a chain of seven: three bursts", []int{1, 13, 25, 37, 49, 61, 73}, days(1, 73), "dr_congo", 3},
		{"a key told every twelve days for months", []int{1, 13, 25, 37, 49, 61, 73, 85, 97}, days(1, 97), "dr_congo", 3},
		{"a burst already long merges nothing", []int{1, 6, 11, 16, 21, 26, 31, 43}, days(1, 43), "dr_congo", 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var all []claims.Claim
			for i, d := range tc.keyDays {
				all = append(all, claim(fmt.Sprintf("k%d", i), "dr_congo", topic, d, []string{"excluded", "not_excluded"}[i%2]))
			}
			for _, d := range tc.covered {
				all = append(all, claim(fmt.Sprintf("c%d", d), tc.coverEvt, other, d, "agreed"))
			}
			links := NewEventLinks(0)
			links.AddClaims(all)
			byKey := map[string]*Bursts{}
			for _, c := range all {
				k := KeyOf(c).String()
				if byKey[k] == nil {
					byKey[k] = &Bursts{}
				}
				byKey[k].Add(c, DefaultEventGap.Microseconds())
			}
			key := Key{Event: "dr_congo", Topic: topic, Subject: "zaire_militia"}.String()
			before := EncodeBursts(*byKey[key])
			got := 0
			for k, b := range links.Join().JoinBursts(byKey) {
				if ParseKey(k).Topic == topic {
					got += len(b.Events())
				}
			}
			if got != tc.want {
				t.Errorf("%d dated bursts of the key, want %d", got, tc.want)
			}
			if string(EncodeBursts(*byKey[key])) != string(before) {
				t.Error("the join changed the bursts it was given")
			}
		})
	}
}

// days lists the days from a to b.
func days(a, b int) []int {
	var out []int
	for d := a; d <= b; d++ {
		out = append(out, d)
	}
	return out
}
