package compare

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/tanaqud/tanaqud/transforms/claims"
)

// pvote is one article's evidence with its outlet: placeless when event is UnplacedEvent.
type pvote struct {
	outlet, event string
	day           int // days after 2026-02-20; 0 for undated
	countries     []string
}

func outletLinksOf(votes []pvote) *EventLinks {
	l := NewEventLinks(0)
	for _, v := range votes {
		l.AddArticle(v.outlet, v.event, micros(v.day), v.countries)
	}
	return l
}

// outletKeysOf is the key each vote's article is compared under, an outlet's placeless coverage
// written "unknown@<outlet>".
func outletKeysOf(m EventMap, votes []pvote) []string {
	out := make([]string, len(votes))
	for i, v := range votes {
		k := m.KeyOf(comparedEvent(v.event, v.outlet), micros(v.day))
		out[i] = strings.ReplaceAll(k, outletSeparator, "@")
	}
	return out
}

const unk = UnplacedEvent

func TestPlacelessJoin(t *testing.T) {
	for _, tc := range []struct {
		name  string
		votes []pvote
		want  []string
	}{
		{"the one event its outlet covered in the burst",
			[]pvote{{"wire", "iraq", 1, nil}, {"wire", "iraq", 3, nil}, {"wire", unk, 2, nil}},
			[]string{"iraq", "iraq", "iraq"}},
		{"the joined key of a border war its outlet covered under both countries",
			[]pvote{{"wire", "cambodia", 1, []string{"thailand"}}, {"post", "thailand", 1, []string{"cambodia"}},
				{"wire", "thailand", 2, []string{"cambodia"}}, {"wire", unk, 2, nil}},
			[]string{"cambodia+thailand", "cambodia+thailand", "cambodia+thailand", "cambodia+thailand"}},
		{"its outlet covered two wars that week: kept apart",
			[]pvote{{"wire", "yemen", 1, nil}, {"wire", "thailand", 2, nil}, {"wire", unk, 2, nil}},
			[]string{"yemen", "thailand", "unknown@wire"}},
		{"another outlet's coverage is no evidence",
			[]pvote{{"post", "iraq", 1, nil}, {"wire", unk, 1, nil}},
			[]string{"iraq", "unknown@wire"}},
		{"its outlet's coverage of another burst is no evidence",
			[]pvote{{"wire", "iraq", 1, nil}, {"wire", unk, 40, nil}},
			[]string{"iraq", "unknown@wire"}},
		{"two outlets' placeless items of one day stay apart, each with its own outlet",
			[]pvote{{"wire", unk, 1, nil}, {"post", unk, 1, nil}, {"wire", unk, 2, nil}},
			[]string{"unknown@wire", "unknown@post", "unknown@wire"}},
		{"undated: the outlet's undated coverage of one event",
			[]pvote{{"wire", "iraq", 0, nil}, {"wire", "iraq", 1, nil}, {"wire", unk, 0, nil}},
			[]string{"iraq", "iraq", "iraq"}},
		{"undated: dated coverage places no undated item",
			[]pvote{{"wire", "iraq", 1, nil}, {"wire", unk, 0, nil}},
			[]string{"iraq", "unknown@wire"}},
		{"undated: follows the outlet's placeless dated coverage when all of it went one way",
			[]pvote{{"wire", "iraq", 1, nil}, {"wire", unk, 2, nil}, {"wire", unk, 0, nil}},
			[]string{"iraq", "iraq", "iraq"}},
		{"undated: stays when the outlet's placeless dated coverage went two ways",
			[]pvote{{"wire", "iraq", 1, nil}, {"wire", unk, 2, nil}, {"wire", "yemen", 60, nil}, {"wire", unk, 61, nil}, {"wire", unk, 0, nil}},
			[]string{"iraq", "iraq", "yemen", "yemen", "unknown@wire"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := outletKeysOf(outletLinksOf(tc.votes).Join(), tc.votes)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("keys (-want +got):\n%s", diff)
			}
		})
	}
}

// TestPlacelessJoinIndependentOfMergeOrder: the outlets' evidence merges and crosses its
// encoding like the rest.
func TestPlacelessJoinIndependentOfMergeOrder(t *testing.T) {
	votes := []pvote{
		{"wire", "cambodia", 1, []string{"thailand"}}, {"post", "thailand", 2, []string{"cambodia"}},
		{"wire", unk, 3, nil}, {"post", unk, 2, nil}, {"post", "iraq", 3, nil}, {"wire", unk, 0, nil},
		{"wire", "thailand", 0, []string{"cambodia"}}, {"gazette", unk, 2, nil}, {"wire", "yemen", 50, nil},
		{"wire", unk, 52, nil},
	}
	want := outletLinksOf(votes).Join()
	if len(want.Spans) == 0 {
		t.Fatal("nothing joined")
	}
	for split := 0; split <= len(votes); split++ {
		a, b := outletLinksOf(votes[:split]), outletLinksOf(votes[split:])
		enc, err := DecodeEventLinks(EncodeEventLinks(*b))
		if err != nil {
			t.Fatal(err)
		}
		enc.Merge(a)
		if diff := cmp.Diff(want, enc.Join()); diff != "" {
			t.Errorf("split at %d (-want +got):\n%s", split, diff)
		}
	}
}

// TestDecodeEventLinksRejectsOutletNames: an outlet's coverage keeps no names; an encoding
// carrying some was not built by AddArticle.
func TestDecodeEventLinksRejectsOutletNames(t *testing.T) {
	l := outletLinksOf([]pvote{{"wire", "iraq", 1, nil}})
	l.outlets["wire"]["iraq"].dated[0].names = map[string]int{"iran": 1}
	if _, err := DecodeEventLinks(EncodeEventLinks(*l)); err == nil {
		t.Error("an outlet's span naming a country decoded without error")
	}
}

func TestComparedEvent(t *testing.T) {
	for _, tc := range []struct {
		name string
		c    claims.Claim
		want string
	}{
		{"a placed claim keeps its event", claims.Claim{Event: "iraq", Source: "Wire"}, "iraq"},
		{"a placeless claim: its outlet's placeless coverage", claims.Claim{Event: unk, Source: " Wire\x1f"}, "unknown@Wire"},
		{"no source: the article alone", claims.Claim{Event: unk, ArticleID: "a1"}, "unknown@article:a1"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := ComparedEvent(tc.c)
			if strings.ReplaceAll(got, outletSeparator, "@") != tc.want {
				t.Errorf("ComparedEvent = %q, want %q", got, tc.want)
			}
			if PlainEvent(got) != tc.c.Event {
				t.Errorf("PlainEvent(%q) = %q, want %q", got, PlainEvent(got), tc.c.Event)
			}
			if k := KeyOf(tc.c); ParseKey(k.String()) != k {
				t.Errorf("key %q does not survive its string form", k.String())
			}
		})
	}
}

// TestPlacelessRekey: claim by claim, as the evaluation compares a set; a placeless item of an
// outlet that covered one event is compared there, reported under it, and another outlet's is
// compared with nobody's.
func TestPlacelessRekey(t *testing.T) {
	day := func(d int) string { return time.UnixMicro(micros(d)).UTC().Format(time.RFC3339) }
	c := func(id, source, event string, d int, value string) claims.Claim {
		return claims.Claim{ID: id, ArticleID: id, Source: source, Event: event, Published: day(d), Topic: "t",
			Kind: KindPolarity, Value: value, Speaker: "s-" + id, Account: id, Modality: "asserted"}
	}
	cs := []claims.Claim{
		c("w1", "wire", "iraq", 1, "included"), c("w2", "wire", unk, 2, "excluded"),
		c("p1", "post", unk, 2, "included"), c("p2", "post", unk, 3, "excluded"),
	}
	l := NewEventLinks(0)
	l.AddClaims(cs)
	got := l.Join().Rekey(cs)
	var events []string
	for _, x := range got {
		events = append(events, strings.ReplaceAll(x.Event, outletSeparator, "@"))
	}
	if diff := cmp.Diff([]string{"iraq", "iraq", "unknown@post", "unknown@post"}, events); diff != "" {
		t.Errorf("events (-want +got):\n%s", diff)
	}
	var a Accumulator
	for _, x := range got[:2] {
		a.Add(x)
	}
	ds := a.DisagreementsWith(Options{})
	if len(ds) != 1 || ds[0].Event != "iraq" {
		t.Fatalf("the joined item's disagreement: %+v", ds)
	}
	var p Accumulator
	p.Add(got[2])
	p.Add(got[3])
	ds = p.DisagreementsWith(Options{})
	if len(ds) != 1 || ds[0].Event != UnplacedEvent {
		t.Fatalf("an outlet's own placeless items are compared, reported as %q: %+v", UnplacedEvent, ds)
	}
}
