package compare

import (
	"slices"
	"testing"

	"github.com/tanaqud/tanaqud/transforms/claims"
)

// TestLoneOutliersTakeNoSide: beside two sides each told by at least two accounts that oppose
// each other, a number or instant told by one account that opposes every other side is shown as
// neutral, not as a side (demoteLoneOutliers); so is a lone value of a value key (a venue) stated
// as fact. A lone value agreeing with some side, a lone position (a proposed venue is a third
// position), a lone list of a set key, a lone value beside no corroborated dispute and a value of
// two accounts stay sides. The score is the one the outlier had as a side.
func TestLoneOutliersTakeNoSide(t *testing.T) {
	num := func(id, value, account string, lo, hi float64) claims.Claim {
		return claimOf(id, value, kind(KindNumeric), bounds(lo, hi), article("a-"+id, account))
	}
	venue := func(id, value, account string) claims.Claim {
		return claimOf(id, value, kind(KindValue), article("a-"+id, account))
	}
	dispute := []claims.Claim{ // 3 days against 7, two accounts each
		num("1", "3", "x1", 3, 3), num("2", "3", "x2", 3, 3),
		num("3", "7", "y1", 7, 7), num("4", "7", "y2", 7, 7),
	}
	with := func(extra ...claims.Claim) []claims.Claim { return append(dispute[:4:4], extra...) }
	tests := []struct {
		name        string
		claims      []claims.Claim
		wantSides   []string
		wantNeutral []string
		wantScore   float64
	}{
		// Must not be a side: an aside's 48 hours beside 3 against 7 days.
		{"a lone number opposing every side", with(num("5", "2", "z1", 2, 2)),
			[]string{"3", "7"}, []string{"2"}, 0.75},
		{"two lone outliers", with(num("5", "2", "z1", 2, 2), num("6", "60", "w1", 60, 60)),
			[]string{"3", "7"}, []string{"2", "60"}, 0.7125},
		{"one wire copy in two outlets is still one account", with(
			claimOf("5", "2", kind(KindNumeric), bounds(2, 2), article("a-5", "z1")),
			claimOf("6", "2", kind(KindNumeric), bounds(2, 2), article("a-6", "z1"))),
			[]string{"3", "7"}, []string{"2"}, 0.75},
		// Must stay a side.
		{"a value of two accounts", with(num("5", "2", "z1", 2, 2), num("6", "2", "z2", 2, 2)),
			[]string{"2", "3", "7"}, nil, 0.875},
		{"a lone value agreeing with a side (7 within a week)", with(num("5", "[6,8]", "z1", 6, 8)),
			[]string{"3", "7", "[6,8]"}, nil, 0.75},
		{"no corroborated dispute: every lone side stays", []claims.Claim{
			num("1", "3", "x1", 3, 3), num("2", "3", "x2", 3, 3),
			num("3", "7", "y1", 7, 7), num("5", "2", "z1", 2, 2),
		}, []string{"2", "3", "7"}, nil, 0.7125},
		// Must not be a side: Bern, the capital that announced the talks, read as a venue beside
		// Geneva against Yaounde.
		{"a lone venue stated as fact beside two corroborated venues", []claims.Claim{
			venue("1", "nairobi", "x1"), venue("2", "nairobi", "x2"),
			venue("3", "juba", "y1"), venue("4", "juba", "y2"),
			venue("5", "addis_ababa", "z1"),
		}, []string{"juba", "nairobi"}, []string{"addis_ababa"}, 0.75},
		// Must stay a side: the AU's proposed Addis Ababa (southsudan) is a third position.
		{"a proposed third venue is a third position", []claims.Claim{
			venue("1", "nairobi", "x1"), venue("2", "nairobi", "x2"),
			venue("3", "juba", "y1"), venue("4", "juba", "y2"),
			claimOf("5", "addis_ababa", kind(KindValue), article("a-5", "z1"), hedged("proposed")),
		}, []string{"addis_ababa", "juba", "nairobi"}, nil, 0.875}, // ranked by its accounts
		{"a lone venue beside two venues told once each", []claims.Claim{
			venue("1", "nairobi", "x1"), venue("3", "juba", "y1"), venue("5", "addis_ababa", "z1"),
		}, []string{"addis_ababa", "juba", "nairobi"}, nil, 0.6769},
		// Must stay a side: a list told once beside two complete lists is a partial list or a
		// third account, which the set rules judge.
		{"a lone list beside two corroborated complete lists", []claims.Claim{
			claimOf("1", "only:egypt", kind(KindSet), members(true, "egypt"), article("a-1", "x1")),
			claimOf("2", "only:egypt", kind(KindSet), members(true, "egypt"), article("a-2", "x2")),
			claimOf("3", "only:qatar", kind(KindSet), members(true, "qatar"), article("a-3", "y1")),
			claimOf("4", "only:qatar", kind(KindSet), members(true, "qatar"), article("a-4", "y2")),
			claimOf("5", "turkey", kind(KindSet), members(false, "turkey"), article("a-5", "z1")),
		}, []string{"only:egypt", "only:qatar", "turkey"}, nil, 0.6375},
		{"two sides only: nothing to set aside", []claims.Claim{
			num("1", "3", "x1", 3, 3), num("2", "3", "x2", 3, 3), num("5", "2", "z1", 2, 2),
		}, []string{"2", "3"}, nil, 0.75},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := accumulate(tt.claims).Disagreements(nil)
			checkSides(t, got, tt.wantSides, tt.wantNeutral)
			if got[0].Score != tt.wantScore {
				t.Errorf("score %v, want %v", got[0].Score, tt.wantScore)
			}
			for _, n := range got[0].Neutral {
				if len(n.Opposes) != 0 {
					t.Errorf("neutral %s opposes %v", n.Value, n.Opposes)
				}
			}
		})
	}
}

// TestWeakOutliersBesideNamedDispute: beside two named sides (each stated as fact by someone
// quoted) that oppose each other, however few their accounts, a number or instant told by one
// account that opposes every other side and is weak (only hedged, or only the outlet's own voice)
// is shown as neutral (demoteLoneOutliers, namedSide): portsudan's hedged 'two days' beside
// 90 days against six months, ainhilweh's wire date five days off beside 15:00 against 21:00.
// A lone value a named source gives, a weak value beside a dispute nobody quoted, a weak venue
// and a weak value of two accounts stay sides.
func TestWeakOutliersBesideNamedDispute(t *testing.T) {
	num := func(id, value string, lo, hi float64, opts ...func(*claims.Claim)) claims.Claim {
		return claimOf(id, value, append([]func(*claims.Claim){kind(KindNumeric), bounds(lo, hi)}, opts...)...)
	}
	at := func(id, value string, sec float64, opts ...func(*claims.Claim)) claims.Claim {
		return claimOf(id, value, append([]func(*claims.Claim){kind(KindTemporal), bounds(sec, sec)}, opts...)...)
	}
	outlet := speaker("outlet", "The Wire")
	venue := func(id, value string, opts ...func(*claims.Claim)) claims.Claim {
		return claimOf(id, value, append([]func(*claims.Claim){kind(KindValue)}, opts...)...)
	}
	named := []claims.Claim{num("1", "90", 90, 90), num("2", "180", 180, 180)} // one quoted account each
	with := func(extra ...claims.Claim) []claims.Claim { return append(named[:2:2], extra...) }
	const h = 3600.0
	tests := []struct {
		name        string
		claims      []claims.Claim
		wantSides   []string
		wantNeutral []string
	}{
		// Must not be a side.
		{"a lone hedged number", with(num("3", "2", 2, 2, hedged("hedged"))),
			[]string{"180", "90"}, []string{"2"}},
		{"a lone number in the outlet's voice", with(num("3", "2", 2, 2, outlet)),
			[]string{"180", "90"}, []string{"2"}},
		{"a lone instant in the outlet's voice, days off", []claims.Claim{
			at("1", "2027-08-11T15:00:00Z", 15*h), at("2", "2027-08-11T21:00:00Z", 21*h),
			at("3", "2027-08-16T21:00:00Z", 141*h, outlet),
		}, []string{"2027-08-11T15:00:00Z", "2027-08-11T21:00:00Z"}, []string{"2027-08-16T21:00:00Z"}},
		// Must stay a side.
		{"a lone number a quoted source states", with(num("3", "2", 2, 2)),
			[]string{"180", "2", "90"}, nil},
		{"a weak number beside a dispute nobody quoted", []claims.Claim{
			num("1", "90", 90, 90, outlet), num("2", "180", 180, 180, outlet), num("3", "2", 2, 2, hedged("hedged")),
		}, []string{"180", "2", "90"}, nil},
		{"a hedged side against a named one is no named dispute", []claims.Claim{
			num("1", "90", 90, 90), num("2", "180", 180, 180, hedged("expected")), num("3", "2", 2, 2, outlet),
		}, []string{"180", "2", "90"}, nil},
		{"a weak number of two accounts", with(num("3", "2", 2, 2, outlet), num("4", "2", 2, 2, outlet)),
			[]string{"180", "2", "90"}, nil},
		{"a weak lone number agreeing with a side", with(num("3", "[85,95]", 85, 95, outlet)),
			[]string{"180", "90", "[85,95]"}, nil},
		{"a weak third venue is a third position", []claims.Claim{
			venue("1", "nairobi"), venue("2", "juba"), venue("3", "addis_ababa", hedged("expected"), outlet),
		}, []string{"addis_ababa", "juba", "nairobi"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := accumulate(tt.claims).Disagreements(nil)
			checkSides(t, got, tt.wantSides, tt.wantNeutral)
		})
	}
}

// TestWeakAgainstEstablished: a number or instant of two sides, one a weak value told once (only
// hedged, or only the outlet's voice) and the other told by three accounts or more, is not
// flagged (weakAgainstEstablished): hermel's recap of an earlier truce's two days against fifteen,
// portsudan's local site a day late. A quoted party's lone value, a weak value against two
// accounts, a categorical value and a named lone value left beside a weak outlier still flag.
func TestWeakAgainstEstablished(t *testing.T) {
	num := func(id, value string, lo, hi float64, opts ...func(*claims.Claim)) claims.Claim {
		return claimOf(id, value, append([]func(*claims.Claim){kind(KindNumeric), bounds(lo, hi)}, opts...)...)
	}
	at := func(id, value string, sec float64, opts ...func(*claims.Claim)) claims.Claim {
		return claimOf(id, value, append([]func(*claims.Claim){kind(KindTemporal), bounds(sec, sec)}, opts...)...)
	}
	venue := func(id, value string, opts ...func(*claims.Claim)) claims.Claim {
		return claimOf(id, value, append([]func(*claims.Claim){kind(KindValue)}, opts...)...)
	}
	outlet := speaker("outlet", "The Wire")
	fifteen := []claims.Claim{num("1", "15", 15, 15), num("2", "15", 15, 15), num("3", "15", 15, 15)}
	with := func(extra ...claims.Claim) []claims.Claim { return append(fifteen[:3:3], extra...) }
	const h = 3600.0
	tests := []struct {
		name      string
		claims    []claims.Claim
		wantSides []string // nil: no disagreement
	}{
		// Must not flag.
		{"the outlet's recap of another truce", with(num("4", "2", 2, 2, outlet)), nil},
		{"a hedged number told once", with(num("4", "90", 90, 90, hedged("hedged"))), nil},
		{"a local site's start a day late", []claims.Claim{
			at("1", "2028-10-11T16:00:00Z", 16*h), at("2", "2028-10-11T16:00:00Z", 16*h),
			at("3", "2028-10-11T16:00:00Z", 16*h), at("4", "2028-10-12T22:00:00Z", 46*h, outlet),
		}, nil},
		// Must still flag.
		{"a quoted party's own number", with(num("4", "60", 60, 60)), []string{"15", "60"}},
		{"a weak number against two accounts", []claims.Claim{
			num("1", "15", 15, 15), num("2", "15", 15, 15), num("4", "2", 2, 2, outlet),
		}, []string{"15", "2"}},
		{"a weak venue against three accounts", []claims.Claim{
			venue("1", "havana"), venue("2", "havana"), venue("3", "havana"), venue("4", "bogota", outlet),
		}, []string{"bogota", "havana"}},
		{"a named lone number left beside a weak outlier", with(num("4", "60", 60, 60), num("5", "2", 2, 2, outlet)),
			[]string{"15", "60"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := accumulate(tt.claims).Disagreements(nil)
			if tt.wantSides == nil {
				if len(got) != 0 {
					t.Fatalf("want no disagreement, got sides %v", sideValues(got[0].Sides))
				}
				return
			}
			if len(got) != 1 {
				t.Fatalf("want one disagreement, got %d", len(got))
			}
			if s := sideValues(got[0].Sides); !slices.Equal(s, tt.wantSides) {
				t.Errorf("sides %v, want %v", s, tt.wantSides)
			}
		})
	}
}

// TestLoneOutliersSetAsideUntilNoneLeft: setting a lone outlier aside can leave a weak value that
// agreed only with it opposing nothing, and a lone value it alone kept from opposing every side
// is then an outlier too (demoteLoneOutliers reads every other side among those that remain).
// Bamenda's start (stop 23) is the witness: a wire's 04:00 and 22:00, an hour off each side's
// clock, beside 05:00 against 23:00, a governor's bare day holding every hour and a start two
// weeks later. Values of two accounts, values agreeing with a side that remains, and every lone
// value beside a dispute neither corroborated nor named stay sides.
func TestLoneOutliersSetAsideUntilNoneLeft(t *testing.T) {
	num := func(id, value, account string, lo, hi float64) claims.Claim {
		return claimOf(id, value, kind(KindNumeric), bounds(lo, hi), article("a-"+id, account))
	}
	hour := func(id, value, account string) claims.Claim {
		return temporal(id, value, article("a-"+id, account))
	}
	dispute := []claims.Claim{ // 3 days against 7, two accounts each
		num("1", "3", "x1", 3, 3), num("2", "3", "x2", 3, 3),
		num("3", "7", "y1", 7, 7), num("4", "7", "y2", 7, 7),
	}
	with := func(extra ...claims.Claim) []claims.Claim { return append(dispute[:4:4], extra...) }
	wide, far := num("5", "[2,8]", "w1", 2, 8), num("6", "60", "v1", 60, 60) // [2,8] opposes only 60
	tests := []struct {
		name        string
		claims      []claims.Claim
		wantSides   []string
		wantNeutral []string
	}{
		// Must not be a side: 2 days, kept from opposing every side only by [2,8], itself a side
		// only against the outlier 60.
		{"a lone number freed by an outlier set aside", with(wide, far, num("7", "2", "z1", 2, 2)),
			[]string{"3", "7"}, []string{"2", "60", "[2,8]"}},
		{"an hour off beside a bare day and a start two weeks later", []claims.Claim{
			hour("1", "2030-09-14T05:00:00Z", "x1"), hour("2", "2030-09-14T05:00:00Z", "x2"),
			hour("3", "2030-09-14T23:00:00Z", "y1"), hour("4", "2030-09-14T23:00:00Z", "y2"),
			hour("5", "2030-09-14T04:00:00Z", "w1"), hour("6", "2030-09-14T22:00:00Z", "w2"),
			hour("7", "2030-09-14", "d1"), hour("8", "2030-09-28T23:00:00Z", "v1"),
		}, []string{"2030-09-14T05:00:00Z", "2030-09-14T23:00:00Z"},
			[]string{"2030-09-14", "2030-09-14T04:00:00Z", "2030-09-14T22:00:00Z", "2030-09-28T23:00:00Z"}},
		// Must stay a side.
		{"the freed value told by two accounts", with(wide, far, num("7", "2", "z1", 2, 2), num("8", "2", "z2", 2, 2)),
			[]string{"2", "3", "7"}, []string{"60", "[2,8]"}},
		{"a lone value agreeing with a side that remains", with(wide, far, num("7", "[6,8]", "z1", 6, 8)),
			[]string{"3", "7", "[6,8]"}, []string{"60", "[2,8]"}},
		{"no corroborated dispute and every lone side named", []claims.Claim{
			num("1", "3", "x1", 3, 3), num("2", "3", "x2", 3, 3), num("3", "7", "y1", 7, 7),
			wide, far, num("7", "2", "z1", 2, 2),
		}, []string{"2", "3", "60", "7", "[2,8]"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := accumulate(tt.claims).Disagreements(nil)
			checkSides(t, got, tt.wantSides, tt.wantNeutral)
			for _, n := range got[0].Neutral {
				if len(n.Opposes) != 0 {
					t.Errorf("neutral %s opposes %v", n.Value, n.Opposes)
				}
			}
		})
	}
}
