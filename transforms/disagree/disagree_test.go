package disagree

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/passert"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"

	"github.com/tanaqud/tanaqud/schemas"
	"github.com/tanaqud/tanaqud/transforms/claims"
	"github.com/tanaqud/tanaqud/transforms/compare"
)

func TestMain(m *testing.M) {
	ptest.Main(m)
}

func init() {
	register.Function1x1(describe)
	register.Function1x1(eventOf)
	register.Function2x0(foldOne)
	register.Emitter2[string, compare.Bursts]()
}

// foldOne folds a single claim into a partial result of its own, the smallest partial a
// worker can hand on.
func foldOne(c claims.Claim, emit func(string, compare.Bursts)) {
	f := compare.NewFolder(DefaultEventGap)
	f.Add(c)
	f.Drain(emit)
}

// eventOf is a row's event and value.
func eventOf(r schemas.ContradictionRow) string { return r.Event + " " + r.Value }

// describe is a row's stable summary for assertions.
func describe(r schemas.ContradictionRow) string {
	dated := "undated"
	if r.EventStart != 0 {
		dated = "dated"
	}
	return fmt.Sprintf("%s/%s=%s %s %s", r.Topic, r.Subject, r.Value, strings.Join(r.ArticleIDs, "+"), dated)
}

func exclusion(article, published, value string) claims.Claim {
	return claims.Claim{
		ID: article + "-" + value, ArticleID: article, Published: published, Event: "syria",
		Topic: "ceasefire.exclusions", Subject: "jabhat_fatah_al_sham", Kind: "polarity",
		Value: value, Speaker: "s-" + article, Account: article,
	}
}

// TestFindSplitsEventsByTime runs Find on claims and FromPartials on the same claims folded one
// by one: both must give the same rows.
func TestFindSplitsEventsByTime(t *testing.T) {
	in := []claims.Claim{
		exclusion("jan1", "2016-12-29T10:00:00Z", "excluded"),
		exclusion("jan2", "2017-01-02", "not_excluded"),
		// Months later: another burst of coverage, compared only with itself.
		exclusion("jun1", "2017-06-01T08:00:00Z", "not_excluded"),
		exclusion("jun2", "2017-06-02T08:00:00Z", "not_excluded"),
		// Undated articles are compared with each other.
		exclusion("u1", "", "excluded"),
		exclusion("u2", "", "not_excluded"),
	}
	// A claim repeated by many articles stays one side and costs one accumulator entry.
	for i := 0; i < 500; i++ {
		in = append(in, exclusion(fmt.Sprintf("rep%03d", i), "2017-06-03T00:00:00Z", "not_excluded"))
	}
	want := []any{
		"ceasefire.exclusions/jabhat_fatah_al_sham=excluded jan1 dated",
		"ceasefire.exclusions/jabhat_fatah_al_sham=not_excluded jan2 dated",
		"ceasefire.exclusions/jabhat_fatah_al_sham=excluded u1 undated",
		"ceasefire.exclusions/jabhat_fatah_al_sham=not_excluded u2 undated",
	}
	bothPathsGive(t, in, describe, want)
}

// bothPathsGive runs Find on claims and FromPartials on the same claims folded one by one, and
// checks that both give the rows want, as summarized by summary.
func bothPathsGive(t *testing.T, in []claims.Claim, summary func(schemas.ContradictionRow) string, want []any) {
	t.Helper()
	p, s := beam.NewPipelineWithRoot()
	cs := beam.Reshuffle(s, beam.CreateList(s, in))
	passert.Equals(s.Scope("Find"), beam.ParDo(s, summary, Find(s, cs, Params{})), want...)
	partials := beam.ParDo(s, foldOne, cs)
	passert.Equals(s.Scope("FromPartials"), beam.ParDo(s, summary, FromPartials(s, partials, linksOfClaims(s, cs, DefaultEventGap), Params{})), want...)
	ptest.RunAndValidate(t, p)
}

// startClaim is a start-time claim of an article keyed to event that names the countries of
// others.
func startClaim(article, event, value string, others ...string) claims.Claim {
	return claims.Claim{
		ID: article + "-" + value, ArticleID: article, Published: "2026-02-23T10:00:00Z", Event: event,
		Topic: "ceasefire.start_time", Kind: "temporal", Value: value, Speaker: "s-" + article,
		Account: article, WarCountries: others,
	}
}

// TestBorderWarJoined: coverage of a war between two states, keyed to either state by where each
// article places the truce, is compared as one event when each side's coverage names the other;
// a third country whose coverage never names them stays apart. Both paths, Find and
// FromPartials, join alike; the rows carry the joined event.
func TestBorderWarJoined(t *testing.T) {
	in := []claims.Claim{
		startClaim("in1", "india", "2026-02-23T18:30:00Z", "pakistan"),
		startClaim("in2", "india", "2026-02-23T18:30:00Z"),
		startClaim("pk1", "pakistan", "2026-02-23T19:00:00Z", "india"),
		// The same day, coverage naming neither: another war, whatever its value.
		startClaim("ne1", "nepal", "2026-02-23T20:00:00Z"),
	}
	want := []any{
		"india+pakistan 2026-02-23T18:30:00Z",
		"india+pakistan 2026-02-23T19:00:00Z",
	}
	bothPathsGive(t, in, eventOf, want)
}

// TestFindJoinsWithItsGap: Find gathers its join evidence with its own event gap, so a burst
// of a month's coverage (a 30-day gap) moves whole to the joined key.
func TestFindJoinsWithItsGap(t *testing.T) {
	in := []claims.Claim{
		startClaim("in1", "india", "2026-02-23T18:30:00Z"),
		startClaim("in2", "india", "2026-02-23T19:30:00Z", "pakistan"),
		startClaim("pk1", "pakistan", "2026-02-23T20:30:00Z", "india"),
	}
	in[0].Published = "2026-02-01T10:00:00Z"
	in[1].Published = "2026-02-20T10:00:00Z"
	in[2].Published = "2026-02-20T11:00:00Z"
	want := []any{
		"india+pakistan 2026-02-23T18:30:00Z",
		"india+pakistan 2026-02-23T19:30:00Z",
		"india+pakistan 2026-02-23T20:30:00Z",
	}
	p, s := beam.NewPipelineWithRoot()
	cs := beam.Reshuffle(s, beam.CreateList(s, in))
	passert.Equals(s, beam.ParDo(s, eventOf, Find(s, cs, Params{EventGap: 30 * 24 * time.Hour})), want...)
	ptest.RunAndValidate(t, p)
}

// TestPlacelessByOutlet: an article placing the truce nowhere is compared with the one event its
// outlet covered in the same days (rows under that event), and otherwise only with its own
// outlet's placeless items (rows under "unknown"), never with another outlet's. Both paths.
func TestPlacelessByOutlet(t *testing.T) {
	from := func(c claims.Claim, source string) claims.Claim {
		c.Source = source
		return c
	}
	in := []claims.Claim{
		from(startClaim("w1", "india", "2026-02-23T18:30:00Z"), "Wire"),
		// Wire's placeless item joins Wire's India coverage and disagrees with it there.
		from(startClaim("w2", compare.UnplacedEvent, "2026-02-23T20:00:00Z"), "Wire"),
		// Two other outlets' placeless items of the same day: another war for all we know.
		from(startClaim("g1", compare.UnplacedEvent, "2026-02-24T06:00:00Z"), "Gazette"),
		from(startClaim("p1", compare.UnplacedEvent, "2026-02-24T09:00:00Z"), "Post"),
		// The Post's own placeless items are compared with each other.
		from(startClaim("p2", compare.UnplacedEvent, "2026-02-24T07:00:00Z"), "Post"),
	}
	want := []any{
		"india 2026-02-23T18:30:00Z",
		"india 2026-02-23T20:00:00Z",
		"unknown 2026-02-24T07:00:00Z",
		"unknown 2026-02-24T09:00:00Z",
	}
	bothPathsGive(t, in, eventOf, want)
}

// TestKeepUnreliableSides: a value one article alone tells, read only by a rule the data calls
// unreliable on unseen coverage (schemas/rule_precision.json: set.monitors), is set aside by
// default, which leaves no dispute here; Params.KeepUnreliable (the job's
// --keep_unreliable_sides) keeps it as a side.
func TestKeepUnreliableSides(t *testing.T) {
	sure1 := exclusion("a1", "2016-12-29T10:00:00Z", "excluded")
	sure1.Rule = "exclusion.cue"
	sure2 := exclusion("a2", "2016-12-29T11:00:00Z", "excluded")
	sure2.Rule = "exclusion.cue"
	lone := exclusion("a3", "2016-12-29T12:00:00Z", "not_excluded")
	lone.Rule = "set.monitors"
	in := []claims.Claim{sure1, sure2, lone}

	p, s := beam.NewPipelineWithRoot()
	cs := beam.CreateList(s, in)
	passert.Empty(s.Scope("default"), Find(s.Scope("default"), cs, Params{}))
	kept := Find(s.Scope("kept"), cs, Params{KeepUnreliable: true})
	passert.Equals(s.Scope("kept"), beam.ParDo(s, describe, kept),
		"ceasefire.exclusions/jabhat_fatah_al_sham=excluded a1+a2 dated",
		"ceasefire.exclusions/jabhat_fatah_al_sham=not_excluded a3 dated")
	ptest.RunAndValidate(t, p)
}

// TestFindBridgesQuietTopic: a key quiet for twelve days while its event was covered every day
// between (another topic's claims) is one burst in both paths, Find and FromPartials, which send
// the event's coverage spans to its parts (compare.EventMap.Coverage); the same two claims with
// nothing between them, under another event, are two bursts and no dispute.
func TestFindBridgesQuietTopic(t *testing.T) {
	at := func(c claims.Claim, event string) claims.Claim {
		c.Event = event
		return c
	}
	in := []claims.Claim{
		exclusion("s1", "2017-01-02T10:00:00Z", "excluded"),
		exclusion("s2", "2017-01-14T10:00:00Z", "not_excluded"),
		at(exclusion("y1", "2017-01-02T10:00:00Z", "excluded"), "yemen"),
		at(exclusion("y2", "2017-01-14T10:00:00Z", "not_excluded"), "yemen"),
	}
	for d := 3; d <= 13; d += 2 {
		c := startClaim(fmt.Sprintf("c%02d", d), "syria", "2017-01-01T00:00:00Z")
		c.Published = fmt.Sprintf("2017-01-%02dT08:00:00Z", d)
		in = append(in, c)
	}
	want := []any{
		"ceasefire.exclusions/jabhat_fatah_al_sham=excluded s1 dated",
		"ceasefire.exclusions/jabhat_fatah_al_sham=not_excluded s2 dated",
	}
	bothPathsGive(t, in, describe, want)
}
