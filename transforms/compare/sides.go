package compare

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/tanaqud/tanaqud/transforms/claims"
)

// ResolveSides writes each claim stated of both sides at once in an article that names neither
// (subject claims.BothSides: "Fighters on both sides are to withdraw", «انسحاب الطرفين») as one
// claim per side, the sides being the parties the claims of its event name: the pair of
// ceasefire.parties members the most articles of that event give (two members exactly, an
// exhaustive "only:" list counted as its pair), each mapped to the force that withdraws for it
// by forceOf (claims.Extractor.SideForce). events[i] is the event cs[i] is compared under (the
// joined key; nil: each claim's own Event). A BothSides claim whose event has no such pair
// (none, or two pairs tied), or whose pair maps to fewer than two forces, is dropped: nobody
// can say whose forces it means. A side the article already gives the same topic in the same
// sentence keeps its own claim. The other claims pass unchanged, in order; each resolved claim
// takes its BothSides claim's place, its sides in id order, so the output is deterministic.
func ResolveSides(cs []claims.Claim, events []string, forceOf func(string) string) []claims.Claim {
	eventOf := func(i int) string {
		if events != nil {
			return events[i]
		}
		return cs[i].Event
	}
	if !slices.ContainsFunc(cs, func(c claims.Claim) bool { return c.Subject == claims.BothSides }) {
		return cs
	}
	sides := eventSides(cs, eventOf, forceOf)
	out := make([]claims.Claim, 0, len(cs)+4)
	for i, c := range cs {
		if c.Subject != claims.BothSides {
			out = append(out, c)
			continue
		}
		for _, f := range sides[eventOf(i)] {
			if statedInSentence(cs, c, f) {
				continue
			}
			r := c
			r.Subject, r.SubjectLabel = f, strings.ReplaceAll(f, "_", " ")
			r.ID = c.ID + ":" + f
			out = append(out, r)
		}
	}
	return out
}

// eventSides maps each event to its two sides' forces (sorted), for the events whose parties
// claims give one pair more articles than any other pair and whose pair maps to two forces.
func eventSides(cs []claims.Claim, eventOf func(int) string, forceOf func(string) string) map[string][]string {
	type pairKey struct{ event, pair string }
	articles := map[pairKey][]string{} // distinct articles giving the pair
	for i, c := range cs {
		if c.Topic != "ceasefire.parties" || c.Hedged {
			continue
		}
		m := partyPair(c)
		if m == "" {
			continue
		}
		k := pairKey{eventOf(i), m}
		if !slices.Contains(articles[k], c.ArticleID) {
			articles[k] = append(articles[k], c.ArticleID)
		}
	}
	type best struct {
		pair string
		n    int
		tied bool
	}
	top := map[string]best{}
	keys := make([]pairKey, 0, len(articles))
	for k := range articles {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b pairKey) int {
		if c := strings.Compare(a.event, b.event); c != 0 {
			return c
		}
		return strings.Compare(a.pair, b.pair)
	})
	for _, k := range keys {
		n := len(articles[k])
		b := top[k.event]
		switch {
		case n > b.n:
			top[k.event] = best{k.pair, n, false}
		case n == b.n:
			b.tied = true
			top[k.event] = b
		}
	}
	out := map[string][]string{}
	for ev, b := range top {
		if b.tied {
			continue
		}
		var forces []string
		for _, p := range strings.Split(b.pair, ",") {
			if f := forceOf(p); f != "" && !slices.Contains(forces, f) {
				forces = append(forces, f)
			}
		}
		if len(forces) == 2 {
			slices.Sort(forces)
			out[ev] = forces
		}
	}
	return out
}

// partyPair is the parties claim's two members, sorted and comma-joined ("" unless exactly two).
func partyPair(c claims.Claim) string {
	ms := c.Members
	if len(ms) == 0 {
		ms = strings.Split(strings.TrimPrefix(c.Value, "only:"), ",")
	}
	if len(ms) != 2 || ms[0] == "" || ms[1] == "" || ms[0] == ms[1] {
		return ""
	}
	ms = slices.Clone(ms)
	slices.Sort(ms)
	return ms[0] + "," + ms[1]
}

// statedInSentence: the article of c already has a claim of c's topic on subject in c's sentence.
func statedInSentence(cs []claims.Claim, c claims.Claim, subject string) bool {
	return slices.ContainsFunc(cs, func(o claims.Claim) bool {
		return o.ArticleID == c.ArticleID && o.SentenceIndex == c.SentenceIndex && o.Topic == c.Topic && o.Subject == subject
	})
}

// SidesGroups are the groups ResolveSides compares claims within where time matters (a pooled
// run, the job): the claim's event (events[i], else its own Event) and the chain of its
// event's publication days no gap longer than gap breaks, as bursts chain them ("yemen#0",
// "yemen#1"); an undated claim's group is its event's undated one ("yemen#undated"). Two truces
// of one country months apart never lend each other their parties.
func SidesGroups(cs []claims.Claim, events []string, gap time.Duration) []string {
	eventOf := func(i int) string {
		if events != nil {
			return events[i]
		}
		return cs[i].Event
	}
	times := map[string][]int64{}
	for i, c := range cs {
		if t := eventMicros(c); t != 0 {
			times[eventOf(i)] = append(times[eventOf(i)], t)
		}
	}
	for ev, ts := range times {
		slices.Sort(ts)
		times[ev] = slices.Compact(ts)
	}
	out := make([]string, len(cs))
	for i, c := range cs {
		ev, t := eventOf(i), eventMicros(c)
		if t == 0 {
			out[i] = ev + "#undated"
			continue
		}
		chain := 0
		ts := times[ev]
		for j := 1; j < len(ts) && ts[j] <= t; j++ {
			if ts[j]-ts[j-1] > gap.Microseconds() {
				chain++
			}
		}
		out[i] = ev + "#" + strconv.Itoa(chain)
	}
	return out
}
