package compare

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/tanaqud/tanaqud/transforms/claims"
)

// vote is one article's evidence in a test: its event, day (0: undated) and war countries.
type vote struct {
	event     string
	day       int // days after 2026-02-20; 0 for undated
	countries []string
}

func micros(day int) int64 {
	if day == 0 {
		return 0
	}
	return time.Date(2026, 2, 20+day, 12, 0, 0, 0, time.UTC).UnixMicro()
}

func linksOf(votes []vote) *EventLinks {
	l := NewEventLinks(0)
	for _, v := range votes {
		l.AddArticle("wire", v.event, micros(v.day), v.countries)
	}
	return l
}

// keysOf is the key each vote's article is compared under.
func keysOf(m EventMap, votes []vote) []string {
	out := make([]string, len(votes))
	for i, v := range votes {
		out[i] = m.KeyOf(v.event, micros(v.day))
	}
	return out
}

func TestJoin(t *testing.T) {
	for _, tc := range []struct {
		name  string
		votes []vote
		want  []string
	}{
		{"each side's coverage names the other: one war",
			[]vote{{"india", 1, []string{"pakistan"}}, {"india", 2, nil}, {"pakistan", 2, []string{"india"}}},
			[]string{"india+pakistan", "india+pakistan", "india+pakistan"}},
		{"named by one side only: a neighbour, not the other side",
			[]vote{{"syria", 1, []string{"jordan"}}, {"jordan", 1, nil}},
			[]string{"syria", "jordan"}},
		// (One or two articles keyed to the United States would be a stray of Syria's coverage:
		// see TestAbsorbStrays. Three are coverage of its own.)
		{"named too rarely: below the share on one side",
			[]vote{{"syria", 1, []string{"united_states"}}, {"syria", 1, nil}, {"syria", 2, nil}, {"syria", 2, nil},
				{"syria", 3, nil}, {"syria", 3, nil}, {"united_states", 2, []string{"syria"}},
				{"united_states", 2, []string{"syria"}}, {"united_states", 2, []string{"syria"}}},
			[]string{"syria", "syria", "syria", "syria", "syria", "syria", "united_states", "united_states", "united_states"}},
		{"a belligerent of two wars joins one of them, not both",
			[]vote{{"israel", 1, []string{"palestine", "lebanon"}}, {"israel", 1, []string{"palestine"}},
				{"palestine", 1, []string{"israel"}}, {"lebanon", 1, []string{"israel"}}, {"lebanon", 2, nil}},
			[]string{"israel+palestine", "israel+palestine", "israel+palestine", "lebanon", "lebanon"}},
		{"a mediator whose coverage links to both sides of a war joins it",
			[]vote{{"lebanon", 1, []string{"syria", "saudi_arabia"}}, {"syria", 1, []string{"lebanon", "saudi_arabia"}},
				{"saudi_arabia", 1, []string{"lebanon", "syria"}}},
			[]string{"lebanon+saudi_arabia+syria", "lebanon+saudi_arabia+syria", "lebanon+saudi_arabia+syria"}},
		{"a neighbour linked to one side of a war only stays apart",
			[]vote{{"lebanon", 1, []string{"syria"}}, {"syria", 1, []string{"lebanon", "jordan"}}, {"syria", 1, []string{"lebanon"}},
				{"jordan", 1, []string{"lebanon", "syria"}}},
			[]string{"lebanon+syria", "lebanon+syria", "lebanon+syria", "jordan"}},
		{"no fourth country joins a war: the stronger mediator does",
			[]vote{{"lebanon", 1, []string{"syria", "saudi_arabia", "qatar"}}, {"lebanon", 1, []string{"syria", "saudi_arabia"}},
				{"syria", 1, []string{"lebanon", "saudi_arabia", "qatar"}}, {"syria", 1, []string{"lebanon", "saudi_arabia"}},
				{"saudi_arabia", 1, []string{"lebanon", "syria"}}, {"qatar", 1, []string{"lebanon", "syria"}}},
			[]string{"lebanon+saudi_arabia+syria", "lebanon+saudi_arabia+syria", "lebanon+saudi_arabia+syria",
				"lebanon+saudi_arabia+syria", "lebanon+saudi_arabia+syria", "qatar"}},
		{"months apart: two wars, even between the same states",
			[]vote{{"armenia", 1, []string{"azerbaijan"}}, {"azerbaijan", 200, []string{"armenia"}}},
			[]string{"armenia", "azerbaijan"}},
		{"undated coverage links only with undated coverage",
			[]vote{{"thailand", 0, []string{"cambodia"}}, {"cambodia", 0, []string{"thailand"}}, {"laos", 3, []string{"thailand"}}},
			[]string{"cambodia+thailand", "cambodia+thailand", "laos"}},
		{"undated coverage follows its event's joined dated coverage",
			[]vote{{"india", 1, []string{"pakistan"}}, {"pakistan", 1, []string{"india"}}, {"india", 0, nil}},
			[]string{"india+pakistan", "india+pakistan", "india+pakistan"}},
		{"undated coverage stays when its dated coverage went two ways",
			[]vote{{"india", 1, []string{"pakistan"}}, {"pakistan", 1, []string{"india"}}, {"india", 100, nil}, {"india", 0, nil}},
			[]string{"india+pakistan", "india+pakistan", "india", "india"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := keysOf(linksOf(tc.votes).Join(), tc.votes)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("keys (-want +got):\n%s", diff)
			}
		})
	}
}

// TestJoinIndependentOfMergeOrder: workers gather evidence for any split of the articles; the
// join must not depend on it, nor must the evidence survive its encoding any differently.
func TestJoinIndependentOfMergeOrder(t *testing.T) {
	votes := []vote{
		{"cambodia", 1, []string{"thailand"}}, {"thailand", 2, []string{"cambodia", "malaysia"}},
		{"malaysia", 2, []string{"thailand"}}, {"cambodia", 3, nil}, {"cambodia", 0, []string{"thailand"}},
		{"thailand", 0, []string{"cambodia"}}, {"cambodia", 40, []string{"thailand"}},
	}
	want := linksOf(votes).Join()
	for split := 0; split <= len(votes); split++ {
		a, b := linksOf(votes[:split]), linksOf(votes[split:])
		enc, err := DecodeEventLinks(EncodeEventLinks(*b))
		if err != nil {
			t.Fatal(err)
		}
		enc.Merge(a)
		if diff := cmp.Diff(want, enc.Join()); diff != "" {
			t.Errorf("split at %d (-want +got):\n%s", split, diff)
		}
	}
	if _, err := DecodeEventLinks(EncodeEventLinks(*linksOf(votes))[:9]); err == nil {
		t.Error("a truncated encoding decoded without error")
	}
}

// TestAddClaimsCountsArticlesOnce: an article votes once, however many claims it has.
func TestAddClaimsCountsArticlesOnce(t *testing.T) {
	c := func(article, event string, countries ...string) claims.Claim {
		return claims.Claim{ArticleID: article, Event: event, Published: "2026-02-22T10:00:00Z", WarCountries: countries}
	}
	l := NewEventLinks(0)
	l.AddClaims([]claims.Claim{c("a", "india", "pakistan"), c("a", "india", "pakistan"), c("b", "india"), c("b", "india"), c("b", "india"), c("b", "india")})
	l.AddClaims([]claims.Claim{c("p", "pakistan", "india")})
	// india: 1 of 2 articles name pakistan (a share of 0.5); counted per claim it would be 2 of 6.
	if got := l.Join().KeyOf("india", micros(2)); got != "india+pakistan" {
		t.Errorf("india is compared under %q, want india+pakistan", got)
	}
}

// TestRekeyBursts: each burst of a key moves to its span's key, undated articles to the key of
// the event's undated coverage.
func TestRekeyBursts(t *testing.T) {
	m := linksOf([]vote{
		{"india", 1, []string{"pakistan"}}, {"pakistan", 1, []string{"india"}}, {"india", 100, nil},
	}).Join()
	claim := func(article string, day int) claims.Claim {
		published := ""
		if day != 0 {
			published = time.UnixMicro(micros(day)).UTC().Format(time.RFC3339)
		}
		return claims.Claim{ID: article, ArticleID: article, Event: "india", Topic: "ceasefire.status", Kind: "value", Value: "agreed", Published: published}
	}
	var b Bursts
	for _, c := range []claims.Claim{claim("a", 1), claim("b", 100), claim("u", 0)} {
		b.Add(c, DefaultEventGap.Microseconds())
	}
	got := map[string]int{}
	m.RekeyBursts(Key{Event: "india", Topic: "ceasefire.status"}, b, func(k Key, x Bursts) {
		got[k.Event] += len(x.List) + len(x.Undated)
	})
	want := map[string]int{"india+pakistan": 1, "india": 2}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("bursts per key (-want +got):\n%s", diff)
	}
}

// TestRekeyUndatedFollowsItsBurst: an undated article whose names link it to a dated burst is
// compared there, wherever that burst moves, not under the key of the event's undated coverage.
func TestRekeyUndatedFollowsItsBurst(t *testing.T) {
	votes := []vote{
		{"india", 1, nil},                  // d1: its burst stays india
		{"india", 0, []string{"pakistan"}}, // u1: india's undated coverage joins pakistan's
		{"pakistan", 0, []string{"india"}},
	}
	m := linksOf(votes).Join()
	if got := m.KeyOf("india", 0); got != "india+pakistan" {
		t.Fatalf("india's undated coverage is compared under %q, want india+pakistan", got)
	}
	claim := func(article string, day int, value string) claims.Claim {
		published := ""
		if day != 0 {
			published = time.UnixMicro(micros(day)).UTC().Format(time.RFC3339)
		}
		return claims.Claim{ID: article, ArticleID: article, Event: "india", Topic: "ceasefire.status", Kind: "value",
			Value: value, Published: published, Context: []string{"kupwara", "uri"}}
	}
	var b Bursts
	for _, c := range []claims.Claim{claim("d1", 1, "agreed"), claim("u1", 0, "collapsed")} {
		b.Add(c, DefaultEventGap.Microseconds())
	}
	got := map[string]int{}
	m.RekeyBursts(Key{Event: "india", Topic: "ceasefire.status"}, b, func(k Key, x Bursts) {
		got[k.Event] += len(x.List) + len(x.Undated)
	})
	if diff := cmp.Diff(map[string]int{"india": 2}, got); diff != "" {
		t.Errorf("bursts per key (-want +got):\n%s", diff)
	}
}

// TestMergeLeavesItsArgument: merged evidence is copied, not shared.
func TestMergeLeavesItsArgument(t *testing.T) {
	a := linksOf([]vote{{"india", 1, []string{"pakistan"}}})
	before := EncodeEventLinks(*a)
	into := NewEventLinks(0)
	into.Merge(a)
	into.Merge(linksOf([]vote{{"india", 1, []string{"pakistan"}}}))
	if after := EncodeEventLinks(*a); string(after) != string(before) {
		t.Error("Merge changed the evidence it merged")
	}
}

// TestDecodeEventLinksRejectsCorrupt: an encoding that addSpan cannot have built is an error.
func TestDecodeEventLinksRejectsCorrupt(t *testing.T) {
	good := EncodeEventLinks(*linksOf([]vote{{"india", 1, []string{"pakistan"}}, {"india", 0, nil}}))
	if _, err := DecodeEventLinks(good); err != nil {
		t.Fatalf("good encoding: %v", err)
	}
	if _, err := DecodeEventLinks(append(good, 0)); err == nil {
		t.Error("a trailing byte decoded without error")
	}
	// A dated span of no articles naming a country.
	e := encoder{}
	e.buf = append(e.buf, linksVersion)
	e.int(DefaultEventGap.Microseconds())
	e.uint(1)
	e.string("india")
	e.uint(2)
	e.linkSpan(&linkSpan{})
	e.linkSpan(&linkSpan{start: 5, end: 10, articles: 0, names: map[string]int{"pakistan": 1}})
	if _, err := DecodeEventLinks(e.buf); err == nil {
		t.Error("a span of no articles naming a country decoded without error")
	}
}

// TestRekeyTiedUndatedStaysUndated: an undated article joins a dated burst of its event only when
// its names point to that burst more than to any other of the event's bursts, including bursts
// compared under another key. Sudan is covered in two bursts: an El Fasher truce (day 1) whose
// coverage also names Chad and is compared under chad+sudan, and an El Obeid truce (day 100)
// compared under sudan, where the event's undated coverage stays. Both name the Joint Force and
// the RSF, the two armed sides of the war; an undated item naming only those is about either.
// Each truce is covered by its own local outlet and by a wire that covered both: an undated item
// of an outlet that covered only one truce is that truce's or nobody's, whatever names it shares
// with the other (placeUndated).
func TestRekeyTiedUndatedStaysUndated(t *testing.T) {
	const (
		fasher = "chad+sudan day 1"
		obeid  = "sudan day 100"
		apart  = "undated"
	)
	votes := []vote{
		{"sudan", 1, []string{"chad"}}, {"chad", 1, []string{"sudan"}}, {"sudan", 100, nil},
		{"sudan", 0, nil},
	}
	m := linksOf(votes).Join()
	if got := keysOf(m, votes); !cmp.Equal(got, []string{"chad+sudan", "chad+sudan", "sudan", "sudan"}) {
		t.Fatalf("keys %v, want El Fasher's burst under chad+sudan, El Obeid's and the undated under sudan", got)
	}
	claim := func(article, outlet string, day int, value string, context ...string) claims.Claim {
		published := ""
		if day != 0 {
			published = time.UnixMicro(micros(day)).UTC().Format(time.RFC3339)
		}
		return claims.Claim{ID: article, ArticleID: article, Source: outlet, Event: "sudan", Topic: "ceasefire.duration", Kind: "value",
			Value: value, Published: published, Context: context}
	}
	for _, tc := range []struct {
		name    string
		context []string // sorted
		want    string
		tied    bool
		outlet  string // of the undated article: "" none known
	}{
		{"only the two sides, named by both truces' coverage", []string{"joint_force", "rapid_support_forces"}, apart, true, ""},
		{"only the two sides and a country-wide name both share", []string{"darfur", "joint_force", "rapid_support_forces"}, apart, true, ""},
		{"El Obeid's own places", []string{"el_obeid", "jeddah"}, obeid, false, ""},
		{"El Fasher's own places and one side", []string{"el_fasher", "rapid_support_forces", "zamzam"}, fasher, false, ""},
		{"the two sides and El Obeid: more of El Obeid's", []string{"el_obeid", "joint_force", "rapid_support_forces"}, obeid, false, ""},
		{"one side alone is not enough for either", []string{"rapid_support_forces"}, apart, false, ""},
		{"names of neither truce", []string{"kassala", "port_sudan"}, apart, false, ""},
		// Outlets (placeUndated): El Fasher's names told by an outlet that covered only El Obeid.
		{"El Fasher's places, by El Obeid's outlet alone", []string{"el_fasher", "zamzam"}, apart, true, "Obeid Times"},
		{"El Fasher's places and one side, by El Obeid's outlet alone", []string{"el_fasher", "rapid_support_forces", "zamzam"}, apart, true, "Obeid Times"},
		{"El Fasher's places, by El Fasher's outlet", []string{"el_fasher", "zamzam"}, fasher, false, "Fasher Post"},
		{"El Fasher's places, by the wire that covered both", []string{"el_fasher", "zamzam"}, fasher, false, "Wire"},
		{"El Fasher's places, by an outlet that covered neither", []string{"el_fasher", "zamzam"}, fasher, false, "Nile Weekly"},
		{"El Obeid's places, by El Obeid's outlet", []string{"el_obeid", "jeddah"}, obeid, false, "Obeid Times"},
		{"the two sides, by El Obeid's outlet: its outlet's truce", []string{"joint_force", "rapid_support_forces"}, obeid, false, "Obeid Times"},
		{"one side, by El Obeid's outlet: no burst shares enough", []string{"rapid_support_forces"}, apart, false, "Obeid Times"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b Bursts
			for _, c := range []claims.Claim{
				claim("f1", "Fasher Post", 1, "3", "darfur", "el_fasher", "joint_force", "rapid_support_forces", "zamzam"),
				claim("f2", "Wire", 1, "3", "darfur", "el_fasher", "joint_force", "rapid_support_forces", "zamzam"),
				claim("o1", "Obeid Times", 100, "14", "darfur", "el_obeid", "jeddah", "joint_force", "rapid_support_forces"),
				claim("o2", "Wire", 100, "14", "darfur", "el_obeid", "jeddah", "joint_force", "rapid_support_forces"),
				claim("u1", tc.outlet, 0, "10", tc.context...),
			} {
				b.Add(c, DefaultEventGap.Microseconds())
			}
			byKey := map[string]*Bursts{Key{Event: "sudan", Topic: "ceasefire.duration"}.String(): &b}
			got, tied := "", false
			for k, x := range m.JoinBursts(byKey) {
				for _, u := range x.Undated {
					tied = tied || u.Tied
				}
				for _, burst := range x.Events() {
					if !slices.Contains(burstArticles(burst), "u1") {
						continue
					}
					got = apart
					if burst.Start != 0 {
						got = fmt.Sprintf("%s day %d", ParseKey(k).Event, (burst.Start-micros(1))/(24*time.Hour).Microseconds()+1)
					}
				}
			}
			if got != tc.want || tied != tc.tied {
				t.Errorf("undated article in %q (tied %v), want %q (tied %v)", got, tied, tc.want, tc.tied)
			}
		})
	}
}

// TestTiedSurvivesMerge: entries of the same names merge into a tied entry when either is tied,
// whatever the order.
func TestTiedSurvivesMerge(t *testing.T) {
	u := claimOf("u", "agreed", names("joint_force", "rapid_support_forces"))
	var tiedPart, plain Bursts
	tiedPart.Add(u, DefaultEventGap.Microseconds())
	tiedPart.Undated[0].Tied = true
	plain.Add(claimOf("v", "agreed", names("joint_force", "rapid_support_forces")), DefaultEventGap.Microseconds())
	for _, order := range [][2]Bursts{{tiedPart, plain}, {plain, tiedPart}} {
		a := order[0]
		a.Undated = slices.Clone(a.Undated)
		a.Merge(order[1])
		if len(a.Undated) != 1 || !a.Undated[0].Tied {
			t.Errorf("merged undated entries %+v, want one, tied", a.Undated)
		}
	}
}
