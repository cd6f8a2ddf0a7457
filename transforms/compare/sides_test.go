package compare

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/tanaqud/tanaqud/transforms/claims"
)

// TestResolveSidesByTally: a withdrawal stated of both unnamed sides becomes one claim per side of its
// event (the pair of parties the most articles give, each mapped to its force); dropped where
// the event has no pair, two pairs tie, or the pair maps to fewer than two forces. Hedged
// parties claims are not counted; a side the article gives in the same sentence keeps its own.
func TestResolveSidesByTally(t *testing.T) {
	forces := map[string]string{"houthis": "houthis", "yemeni_government": "yemeni_army", "stc": "stc", "un": ""}
	forceOf := func(id string) string { return forces[id] }
	parties := func(art, event, value string, hedged bool) claims.Claim {
		return claims.Claim{ID: art + "p", ArticleID: art, Event: event, Topic: "ceasefire.parties", Kind: "set", Value: value,
			Members: strings.Split(strings.TrimPrefix(value, "only:"), ","), Hedged: hedged}
	}
	both := func(art, event string, sentence int) claims.Claim {
		return claims.Claim{ID: art + "w", ArticleID: art, Event: event, SentenceIndex: sentence, Topic: "ceasefire.withdrawal",
			Kind: "polarity", Subject: claims.BothSides, Value: "required"}
	}
	brief := func(cs []claims.Claim) []string {
		var out []string
		for _, c := range cs {
			if c.Topic == "ceasefire.withdrawal" {
				out = append(out, c.ArticleID+":"+c.Subject+"="+c.Value)
			}
		}
		return out
	}
	for _, tc := range []struct {
		name string
		cs   []claims.Claim
		want []string
	}{
		{"the event's pair, mapped to forces", []claims.Claim{
			parties("a1", "yemen", "houthis,yemeni_government", false),
			parties("a2", "yemen", "only:houthis,yemeni_government", false),
			both("a3", "yemen", 0)},
			[]string{"a3:houthis=required", "a3:yemeni_army=required"}},
		{"the pair most articles give", []claims.Claim{
			parties("a1", "yemen", "houthis,yemeni_government", false),
			parties("a2", "yemen", "houthis,yemeni_government", false),
			parties("a4", "yemen", "stc,yemeni_government", false),
			both("a3", "yemen", 0)},
			[]string{"a3:houthis=required", "a3:yemeni_army=required"}},
		{"two pairs tied: dropped", []claims.Claim{
			parties("a1", "yemen", "houthis,yemeni_government", false),
			parties("a4", "yemen", "stc,yemeni_government", false),
			both("a3", "yemen", 0)},
			nil},
		{"another event's parties: dropped", []claims.Claim{
			parties("a1", "yemen", "houthis,yemeni_government", false),
			both("a3", "sudan", 0)},
			nil},
		{"hedged parties are not counted", []claims.Claim{
			parties("a1", "yemen", "houthis,yemeni_government", true),
			both("a3", "yemen", 0)},
			nil},
		{"a pair with no force for one side: dropped", []claims.Claim{
			parties("a1", "yemen", "houthis,un", false),
			both("a3", "yemen", 0)},
			nil},
		{"a side the sentence already gives keeps its own claim", []claims.Claim{
			parties("a1", "yemen", "houthis,yemeni_government", false),
			{ID: "x", ArticleID: "a3", Event: "yemen", Topic: "ceasefire.withdrawal", Subject: "houthis", Value: "not_required"},
			both("a3", "yemen", 0)},
			[]string{"a3:houthis=not_required", "a3:yemeni_army=required"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, _ := ResolveSidesByTally(tc.cs, DefaultEventGap, forceOf)
			if diff := cmp.Diff(tc.want, brief(got)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
	// Claims without BothSides pass as they are.
	plain := []claims.Claim{parties("a1", "yemen", "houthis,yemeni_government", false)}
	if got, _ := ResolveSidesByTally(plain, DefaultEventGap, forceOf); len(got) != 1 || got[0].ID != "a1p" {
		t.Errorf("plain claims changed: %v", got)
	}
}

// TestSideTallyResolve: the job's way (each article's claims tallied by event, the tallies
// merged in any order, then resolved): the pair within the claim's chain of publication days
// (another truce months later has its own), the whole event's pair for an undated claim, a
// sentence's own side kept, an event without a pair counted unresolved.
func TestSideTallyResolve(t *testing.T) {
	forces := map[string]string{"houthis": "houthis", "yemeni_government": "yemeni_army", "stc": "stc"}
	forceOf := func(id string) string { return forces[id] }
	parties := func(art, published, value string) claims.Claim {
		return claims.Claim{ID: art + "p", ArticleID: art, Event: "yemen", Published: published, Topic: "ceasefire.parties", Kind: "set",
			Value: value, Members: strings.Split(value, ",")}
	}
	both := func(art, event, published string) claims.Claim {
		return claims.Claim{ID: art + "w", ArticleID: art, Event: event, Published: published, SentenceIndex: 2, Topic: "ceasefire.withdrawal",
			Kind: "polarity", Subject: claims.BothSides, Value: "required"}
	}
	own := claims.Claim{ID: "a5x", ArticleID: "a5", Event: "yemen", Published: "2030-01-11T08:00:00Z", SentenceIndex: 2,
		Topic: "ceasefire.withdrawal", Subject: "houthis", Value: "not_required"}
	cs := []claims.Claim{
		parties("a1", "2030-01-10T08:00:00Z", "houthis,yemeni_government"),
		parties("a2", "2030-01-10T09:00:00Z", "houthis,yemeni_government"),
		both("a3", "yemen", "2030-01-11T08:00:00Z"),
		parties("a4", "2030-09-01T08:00:00Z", "stc,yemeni_government"), // another truce, months later
		both("a6", "yemen", "2030-09-02T08:00:00Z"),
		own, both("a5", "yemen", "2030-01-11T08:00:00Z"),
		both("a7", "sudan", "2030-01-11T08:00:00Z"), // an event with no parties
		both("a8", "yemen", ""),                     // undated: the whole event's pair
	}
	brief := func(cs []claims.Claim) []string {
		var out []string
		for _, c := range cs {
			if c.Topic == "ceasefire.withdrawal" {
				out = append(out, c.ArticleID+":"+c.Subject+"="+c.Value)
			}
		}
		slices.Sort(out)
		return out
	}
	want := []string{"a3:houthis=required", "a3:yemeni_army=required", "a5:houthis=not_required", "a5:yemeni_army=required",
		"a6:stc=required", "a6:yemeni_army=required", "a8:houthis=required", "a8:yemeni_army=required"}
	got, unresolved := ResolveSidesByTally(cs, DefaultEventGap, forceOf)
	if diff := cmp.Diff(want, brief(got)); diff != "" {
		t.Errorf("ResolveSidesByTally (-want +got):\n%s", diff)
	}
	if unresolved != 1 {
		t.Errorf("unresolved = %d, want 1 (a7)", unresolved)
	}
	// Articles tallied apart (as bundles are) and merged in either order resolve alike.
	var articles [][]claims.Claim
	index := map[string]int{}
	for _, c := range cs {
		i, ok := index[c.ArticleID]
		if !ok {
			i = len(articles)
			index[c.ArticleID] = i
			articles = append(articles, nil)
		}
		articles[i] = append(articles[i], c)
	}
	for _, split := range []int{2, 4, 6} {
		first, second := map[string]*SideTally{}, map[string]*SideTally{}
		for i, a := range articles {
			if i < split {
				SideTallies(first, a, DefaultEventGap)
			} else {
				SideTallies(second, a, DefaultEventGap)
			}
		}
		for _, order := range [][2]map[string]*SideTally{{first, second}, {second, first}} {
			var rs []claims.Claim
			for _, ev := range []string{"sudan", "yemen"} {
				var m SideTally
				for _, half := range order {
					if t := half[ev]; t != nil {
						m.Merge(*t)
					}
				}
				r, _ := m.Resolve(ev, forceOf)
				rs = append(rs, r...)
			}
			if diff := cmp.Diff(want, brief(slices.Concat(rs, []claims.Claim{own}))); diff != "" {
				t.Errorf("split %d (-want +got):\n%s", split, diff)
			}
		}
	}
}

// TestSideTallyCountsArticlesOnce: an article that comes twice (two records of one id: added
// twice to one tally, or once to each of two tallies merged) counts once for its pair, and its
// claim stated of both sides resolves once. Two articles giving the Houthis and the government
// outweigh one giving the STC and the government, however often that one comes. The tally keeps
// chains of publication times, not the times: a day of coverage at a hundred distinct times is
// one chain.
func TestSideTallyCountsArticlesOnce(t *testing.T) {
	forces := map[string]string{"houthis": "houthis", "yemeni_government": "yemeni_army", "stc": "stc"}
	forceOf := func(id string) string { return forces[id] }
	parties := func(art, published, value string) []claims.Claim {
		return []claims.Claim{{ID: art + "p", ArticleID: art, Event: "yemen", Published: published, Topic: "ceasefire.parties", Kind: "set",
			Value: value, Members: strings.Split(value, ",")}}
	}
	both := []claims.Claim{{ID: "a9w", ArticleID: "a9", Event: "yemen", Published: "2030-01-11T08:00:00Z", SentenceIndex: 2,
		Topic: "ceasefire.withdrawal", Kind: "polarity", Subject: claims.BothSides, Value: "required"}}
	a1 := parties("a1", "2030-01-10T08:00:00Z", "houthis,yemeni_government")
	a2 := parties("a2", "2030-01-10T09:00:00Z", "houthis,yemeni_government")
	a3 := parties("a3", "2030-01-10T10:00:00Z", "stc,yemeni_government")
	sides := func(tallies ...map[string]*SideTally) []string {
		var m SideTally
		for _, x := range tallies {
			if y := x["yemen"]; y != nil {
				m.Merge(*y)
			}
		}
		rs, _ := m.Resolve("yemen", forceOf)
		var out []string
		for _, r := range rs {
			out = append(out, r.ID)
		}
		return out
	}
	want := []string{"a9w:houthis", "a9w:yemeni_army"}
	one := map[string]*SideTally{}
	for _, a := range [][]claims.Claim{a1, a2, a3, a3, a3, both, both} {
		SideTallies(one, a, DefaultEventGap)
	}
	if diff := cmp.Diff(want, sides(one)); diff != "" {
		t.Errorf("one tally, a3 and a9 added again (-want +got):\n%s", diff)
	}
	first, second, third := map[string]*SideTally{}, map[string]*SideTally{}, map[string]*SideTally{}
	for _, a := range [][]claims.Claim{a1, a3, both} {
		SideTallies(first, a, DefaultEventGap)
	}
	for _, a := range [][]claims.Claim{a2, a3, both} {
		SideTallies(second, a, DefaultEventGap)
	}
	SideTallies(third, a3, DefaultEventGap)
	for _, order := range [][]map[string]*SideTally{{first, second, third}, {third, second, first}, {second, third, first}} {
		if diff := cmp.Diff(want, sides(order...)); diff != "" {
			t.Errorf("a3 and a9 in two tallies merged (-want +got):\n%s", diff)
		}
	}
	if got := first["yemen"].Chains[0].Pairs; len(got) != 2 || len(got[1].Articles) != 1 {
		t.Errorf("first tally's pairs %v: want a3 once", got)
	}

	day := map[string]*SideTally{}
	for i := range 100 {
		art := fmt.Sprintf("d%03d", i)
		SideTallies(day, parties(art, time.Date(2030, 1, 10, 0, i, 0, 0, time.UTC).Format(time.RFC3339), "houthis,yemeni_government"), DefaultEventGap)
	}
	y := day["yemen"]
	if len(y.Chains) != 1 || len(y.Chains[0].Pairs) != 1 || len(y.Chains[0].Pairs[0].Articles) != 100 {
		t.Errorf("a hundred articles of one day: %d chains, want one chain with one pair of 100 articles", len(y.Chains))
	}
}
