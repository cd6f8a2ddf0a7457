package main

import (
	"slices"

	"github.com/tanaqud/tanaqud/transforms/claims"
)

// outOfReach counts the gold disagreements the comparison cannot find whatever the claims say,
// and of those, silent, the ones with at most one side that has any claim at all:
// no two of their sides have an article compared under one event (claims keyed as the pipeline
// keys them, events joined: see joinEvents). Such a loss is the grouping's, not the reading's:
// an article with no claim, or two sides' coverage placed in two events (a war between two
// states under two keys, before the join).
func outOfReach(gold []GoldDisagreement, joined []claims.Claim) (n, silent int) {
	events := map[string]map[string]bool{} // article → the events its claims are compared under
	for _, c := range joined {
		if events[c.ArticleID] == nil {
			events[c.ArticleID] = map[string]bool{}
		}
		events[c.ArticleID][c.Event] = true
	}
	for _, d := range gold {
		if !reachable(d, events) {
			n++
			if silentSides(d, events) >= len(d.Sides)-1 {
				silent++
			}
		}
	}
	return n, silent
}

// silentSides counts the sides of d none of whose articles has a claim: lost to the reading,
// since no grouping could set them against anything.
func silentSides(d GoldDisagreement, events map[string]map[string]bool) int {
	n := 0
	for _, s := range d.Sides {
		if !slices.ContainsFunc(s.Articles, func(a string) bool { return len(events[a]) > 0 }) {
			n++
		}
	}
	return n
}

// reachable: some event holds articles of two different sides of d.
func reachable(d GoldDisagreement, events map[string]map[string]bool) bool {
	sidesOf := map[string]map[int]bool{} // event → sides with an article in it
	for i, s := range d.Sides {
		for _, a := range s.Articles {
			for e := range events[a] {
				if sidesOf[e] == nil {
					sidesOf[e] = map[int]bool{}
				}
				sidesOf[e][i] = true
				if len(sidesOf[e]) >= 2 {
					return true
				}
			}
		}
	}
	return false
}
