package compare

import (
	"slices"
	"testing"
	"time"

	"github.com/tanaqud/tanaqud/transforms/claims"
)

// TestUndatedJoinsItsOutletsHome: an undated entry whose names place it nowhere joins the one
// dated burst of its key lying in the span its outlets' dated coverage of the event lies in
// (outletHomes, homeBurst); names still decide first, unless they are a few names of the war that
// the home burst names too, linking the entry to a burst none of its outlets covered
// (homeOverNames); an outlet that covered two bursts, none, or a burst of which the key holds
// nothing places nothing. The theatre is Syria (a truce on day 1, another on day 100); the dated
// coverage of each outlet is on another topic than the key's.
func TestUndatedJoinsItsOutletsHome(t *testing.T) {
	const (
		topic = "ceasefire.exclusions"
		other = "ceasefire.status"
	)
	claim := func(article, outlet, top string, day int, value string, context ...string) claims.Claim {
		published := ""
		if day != 0 {
			published = time.UnixMicro(micros(day)).UTC().Format(time.RFC3339)
		}
		return claims.Claim{ID: article + top, ArticleID: article, Source: outlet, Event: "syria", Topic: top, Subject: "kobani",
			Kind: KindPolarity, Value: value, Published: published, Context: context}
	}
	// The key's dated coverage: day 1 (the Tishreen Dam truce) and day 100 (another truce).
	dated := []claims.Claim{
		claim("d1", "Anatolian Herald", topic, 1, "excluded", "kobani", "pkk", "tishreen_dam", "ypg"),
		claim("d2", "Free North", topic, 2, "excluded", "hamza_division", "kobani", "tishreen_dam"),
		claim("d3", "River Wire", topic, 100, "excluded", "hasakah", "qamishli", "us_forces"),
	}
	for _, tc := range []struct {
		name     string
		outlets  []string // of the undated article(s): each printed it
		covered  [][]int  // per outlet, the days of its dated coverage of Syria (another topic)
		context  []string
		want     int // day of the burst the undated claim is compared in; 0: apart
		drop100  bool
		names100 []string // the day-100 burst's names, when not hasakah, qamishli, us_forces
	}{
		{"outlet covered the day-1 truce only: one shared name is enough", []string{"Khabour"}, [][]int{{1, 3}}, []string{"kobani", "sdf"}, 1, false, nil},
		{"two outlets, both covered day 1 only", []string{"Jazira Post", "Khabour"}, [][]int{{2}, {3}}, []string{"kobani", "sdf"}, 1, false, nil},
		{"names of nobody, outlet of day 100 only", []string{"Hasakah Times"}, [][]int{{100}}, nil, 100, false, nil},
		{"outlet covered both truces: no home", []string{"Khabour"}, [][]int{{1, 100}}, []string{"kobani", "sdf"}, 0, false, nil},
		{"outlet covered nothing dated: no home", []string{"Khabour"}, nil, []string{"kobani", "sdf"}, 0, false, nil},
		{"two outlets of two homes", []string{"Hasakah Times", "Khabour"}, [][]int{{100}, {1}}, []string{"kobani", "sdf"}, 0, false, nil},
		{"home on day 100, the key has coverage of day 1 only", []string{"Hasakah Times"}, [][]int{{100}}, []string{"kobani", "sdf"}, 0, true, nil},
		{"names decide first: day 100's places by an outlet of day 1", []string{"Khabour"}, [][]int{{1}}, []string{"hasakah", "qamishli", "us_forces"}, 100, false, nil},
		{"names of the war both truces name: the home decides", []string{"Jazira Post", "Khabour"}, [][]int{{2}, {3}}, []string{"kobani", "sdf"}, 1, false, []string{"kobani", "manbij", "sdf"}},
		{"the home names none of the entry's names: names decide", []string{"Khabour"}, [][]int{{1}}, []string{"manbij", "sdf"}, 100, false, []string{"kobani", "manbij", "sdf"}},
		{"a strong link to the other truce: names decide", []string{"Khabour"}, [][]int{{1}}, []string{"ain_issa", "hasakah", "kobani", "manbij", "qamishli", "sdf"}, 100, false, []string{"ain_issa", "hasakah", "kobani", "manbij", "qamishli", "sdf"}},
		{"two outlets, one covered the other truce: no home, names decide", []string{"Khabour", "River Wire"}, [][]int{{1}, {100}}, []string{"kobani", "sdf"}, 100, false, []string{"kobani", "manbij", "sdf"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var all []claims.Claim
			for _, c := range dated {
				if tc.drop100 && c.ArticleID == "d3" {
					continue
				}
				if tc.names100 != nil && c.ArticleID == "d3" {
					c.Context = tc.names100
				}
				all = append(all, c)
			}
			for i, o := range tc.outlets {
				for j, day := range safeDays(tc.covered, i) {
					all = append(all, claim("c"+o+string(rune('a'+j)), o, other, day, "agreed"))
				}
				all = append(all, claim("u"+o, o, topic, 0, "not_excluded", tc.context...))
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
			got := 0
			for k, b := range links.Join().JoinBursts(byKey) {
				if ParseKey(k).Topic != topic {
					continue
				}
				for _, x := range b.Events() {
					if x.Start == 0 {
						continue
					}
					for _, tl := range x.Acc.Result().Values {
						if slices.ContainsFunc(tl.ArticleIDs.Values(), func(id string) bool { return id[0] == 'u' }) {
							got = int(time.UnixMicro(x.Start).UTC().Sub(time.Date(2026, 2, 20, 12, 0, 0, 0, time.UTC)).Hours() / 24)
						}
					}
				}
			}
			if got != tc.want {
				t.Errorf("undated claim compared in the burst of day %d, want %d (0: apart)", got, tc.want)
			}
		})
	}
}

func safeDays(covered [][]int, i int) []int {
	if i < len(covered) {
		return covered[i]
	}
	return nil
}
