package compare

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/tanaqud/tanaqud/transforms/claims"
)

func TestDisagreementsByKind(t *testing.T) {
	tests := []struct {
		name        string
		claims      []claims.Claim
		wantSides   []string // nil: no disagreement
		wantNeutral []string
	}{
		{"polarity: opposite values", valuesOfKind(KindPolarity, "excluded", "not_excluded"),
			[]string{"excluded", "not_excluded"}, nil},
		{"polarity: one value repeated", valuesOfKind(KindPolarity, "excluded", "excluded", "excluded"), nil, nil},
		{"value: different statuses", valuesOfKind(KindValue, "agreed", "collapsed"),
			[]string{"agreed", "collapsed"}, nil},
		{"value: kind missing falls back to value comparison", valuesOfKind("", "astana", "geneva"),
			[]string{"astana", "geneva"}, nil},

		{"numeric: more than, round and near values agree",
			valuesOfKind(KindNumeric, "[60000,inf]", "62000", "60000"), nil, nil},
		{"numeric: round numbers 10% apart disagree", valuesOfKind(KindNumeric, "60000", "50000"),
			[]string{"50000", "60000"}, nil},
		{"numeric: exact small numbers", valuesOfKind(KindNumeric, "7", "97"), []string{"7", "97"}, nil},
		{"numeric: small numbers carry no tolerance", valuesOfKind(KindNumeric, "100", "101"),
			[]string{"100", "101"}, nil},
		{"numeric: precise number within round tolerance", valuesOfKind(KindNumeric, "62000", "62500"), nil, nil},
		{"numeric: more than vs far less", valuesOfKind(KindNumeric, "[60000,inf]", "30000"),
			[]string{"30000", "[60000,inf]"}, nil},
		{"numeric: less than", valuesOfKind(KindNumeric, "[-inf,5]", "[0,20]", "10"),
			[]string{"10", "[-inf,5]"}, []string{"[0,20]"}},
		{"numeric: approximated value uses the claim's bounds", []claims.Claim{
			claimOf("1", "about 55000", kind(KindNumeric), bounds(52000, 58000)),
			claimOf("2", "60000", kind(KindNumeric)),
		}, nil, nil},
		{"numeric: unparseable value without bounds disagrees with nothing",
			valuesOfKind(KindNumeric, "many", "7"), nil, nil},

		{"temporal: Damascus midnight vs the Friday", valuesOfKind(KindTemporal,
			"2016-12-29T22:00:00Z", "2016-12-30"), nil, nil},
		{"temporal: same instant in two zones", valuesOfKind(KindTemporal,
			"2016-12-29T22:00:00Z", "2016-12-30T00:00:00+02:00"), nil, nil},
		{"temporal: different instants", valuesOfKind(KindTemporal,
			"2016-12-29T22:00:00Z", "2016-12-30T22:00:00Z"),
			[]string{"2016-12-29T22:00:00Z", "2016-12-30T22:00:00Z"}, nil},
		{"temporal: adjacent days", valuesOfKind(KindTemporal, "2016-12-29", "2016-12-30"),
			[]string{"2016-12-29", "2016-12-30"}, nil},
		{"temporal: Damascus midnight is not Thursday's evening", []claims.Claim{ // the day on two accounts (see strayDays)
			claimOf("1", "2016-12-29T22:00:00Z", kind(KindTemporal)),
			claimOf("2", "2016-12-28", kind(KindTemporal)),
			claimOf("3", "2016-12-28", kind(KindTemporal)),
		}, []string{"2016-12-28", "2016-12-29T22:00:00Z"}, nil},
		{"temporal: instant against a day in a zone far behind", valuesOfKind(KindTemporal,
			"2016-12-31T11:00:00Z", "2016-12-30"), nil, nil},
		{"temporal: a day inside its month", valuesOfKind(KindTemporal, "2017-01", "2017-01-23"), nil, nil},
		{"temporal: unresolved never disagrees", valuesOfKind(KindTemporal,
			"unresolved:tonight", "unresolved:tomorrow", "2016-12-31"), nil, nil},
		{"temporal: unresolved is neutral beside a real conflict", valuesOfKind(KindTemporal,
			"2016-12-29T22:00:00Z", "2017-01-05T12:00:00Z", "unresolved:tonight"),
			[]string{"2016-12-29T22:00:00Z", "2017-01-05T12:00:00Z"}, []string{"unresolved:tonight"}},
		{"temporal: weekdays of an undated article", valuesOfKind(KindTemporal,
			"unresolved:Thu 00:00", "unresolved:Fri 00:00", "unresolved:00:00", "unresolved:today 00:00"),
			[]string{"unresolved:Fri 00:00", "unresolved:Thu 00:00"},
			[]string{"unresolved:00:00", "unresolved:today 00:00"}},
		{"temporal: a weekday includes the midnight that ends it", valuesOfKind(KindTemporal,
			"unresolved:Thursday", "unresolved:Fri 00:00"), nil, nil},
		{"temporal: weekday times", valuesOfKind(KindTemporal, "unresolved:fri 00:00", "unresolved:Fri 18:00"),
			[]string{"unresolved:Fri 18:00", "unresolved:fri 00:00"}, nil},
		{"temporal: unresolved weekday against a date", valuesOfKind(KindTemporal,
			"unresolved:Fri 00:00", "2016-12-28T00:00:00Z"), nil, nil},
		{"temporal: other words make a weekday unplaceable", valuesOfKind(KindTemporal,
			"unresolved:next Fri", "unresolved:Thu"), nil, nil},
		{"temporal: value without text falls back to bounds", []claims.Claim{
			claimOf("1", "thursday night", kind(KindTemporal), bounds(100, 200)),
			claimOf("2", "friday night", kind(KindTemporal), bounds(300, 400)),
		}, []string{"friday night", "thursday night"}, nil},

		{"set: subset is not a disagreement", valuesOfKind(KindSet, "russia,turkey", "iran,russia,turkey"), nil, nil},
		{"set: exhaustive side leaves out a named member", valuesOfKind(KindSet,
			"only:russia,turkey", "iran,russia,turkey"),
			[]string{"iran,russia,turkey", "only:russia,turkey"}, nil},
		{"set: subset of an exhaustive side agrees", valuesOfKind(KindSet, "only:russia,turkey", "russia"), nil, nil},
		{"set: two different exhaustive sets", valuesOfKind(KindSet, "only:russia,turkey", "only:russia"),
			[]string{"only:russia", "only:russia,turkey"}, nil},
		{"set: non-exhaustive subset is neutral", valuesOfKind(KindSet,
			"only:russia,turkey", "iran,russia", "russia"),
			[]string{"iran,russia", "only:russia,turkey"}, []string{"russia"}},
		{"set: members and exhaustive flag from the claims", []claims.Claim{
			claimOf("1", "x", kind(KindSet), members(true, "turkey", "russia")),
			claimOf("2", "y", kind(KindSet), members(false, "iran")),
		}, []string{"x", "y"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := accumulate(tt.claims).Disagreements(nil)
			checkSides(t, got, tt.wantSides, tt.wantNeutral)
		})
	}
}

func TestRoundTolerance(t *testing.T) {
	tests := []struct {
		x, want float64
	}{
		{60000, 3000}, {1000, 50}, {-2000, 100}, {62500, 0}, {900, 0}, {7, 0}, {0, 0}, {1.5, 0},
	}
	for _, tt := range tests {
		if got := roundTolerance(tt.x); got != tt.want {
			t.Errorf("roundTolerance(%v) = %v, want %v", tt.x, got, tt.want)
		}
	}
}

func TestOptionsDeclareCompatibleValues(t *testing.T) {
	cs := valuesOfKind(KindValue, "agreed", "proposed", "not_agreed")
	opts := Options{Compatible: map[string][][2]string{"t": {{"proposed", "agreed"}, {"not_agreed", "proposed"}}}}
	got := accumulate(cs).DisagreementsWith(opts)
	if len(got) != 1 {
		t.Fatalf("want a disagreement, got %d", len(got))
	}
	if diff := cmp.Diff([]string{"agreed", "not_agreed"}, sideValues(got[0].Sides)); diff != "" {
		t.Errorf("sides (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"proposed"}, sideValues(got[0].Neutral)); diff != "" {
		t.Errorf("neutral (-want +got):\n%s", diff)
	}
	if d := accumulate(cs[:2]).DisagreementsWith(opts); len(d) != 0 {
		t.Errorf("stages declared compatible should not disagree: %+v", d)
	}
}
