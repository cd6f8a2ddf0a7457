package compare

import (
	"slices"
	"testing"

	"github.com/tanaqud/tanaqud/transforms/claims"
)

// outlet makes a claim the outlet's own voice: nobody quoted, the source as speaker.
func outlet(name string) func(*claims.Claim) {
	return func(c *claims.Claim) { c.Source, c.Speaker, c.SpeakerLabel = name, name, name }
}

// TestWeakSupportRanksLower: pairs of values that are one voice read twice, and sides resting
// on one unquoted account, are still shown but score below disputes between quoted voices.
func TestWeakSupportRanksLower(t *testing.T) {
	tests := []struct {
		name   string
		claims []claims.Claim
		want   float64
	}{
		{"two speakers, two accounts", []claims.Claim{
			claimOf("1", "excluded", speaker("army", "Army"), article("a1", "s1")),
			claimOf("2", "not_excluded", speaker("rebels", "Rebels"), article("a2", "s2")),
		}, 0.7125}, // two sides told once each: loneSideFactor
		{"a contrast sentence: one account, two speakers", []claims.Claim{
			claimOf("1", "excluded", speaker("army", "Army"), article("a1", "s1")),
			claimOf("2", "not_excluded", speaker("rebels", "Rebels"), article("a1", "s1")),
		}, 0.7125},
		{"one voice read twice beside other accounts of the rival value", []claims.Claim{
			claimOf("1", "excluded", speaker("army", "Army"), article("a1", "s1")),
			claimOf("2", "excluded", speaker("ministry", "Ministry"), article("a2", "s2")),
			claimOf("3", "not_excluded", speaker("army", "Army"), article("a1", "s1")),
		}, 0.375},
		{"the same speaker in another sentence is another account", []claims.Claim{
			claimOf("1", "excluded", speaker("army", "Army"), article("a1", "s1")),
			claimOf("2", "not_excluded", speaker("army", "Army"), article("a2", "s2")),
		}, 0.7125},
		{"one unquoted account against a quoted one", []claims.Claim{
			claimOf("1", "excluded", speaker("army", "Army"), article("a1", "s1")),
			claimOf("2", "not_excluded", outlet("Gulf Wire"), article("a2", "s2")),
		}, 0.6413},
		{"two unquoted accounts are two accounts", []claims.Claim{
			claimOf("1", "excluded", speaker("army", "Army"), article("a1", "s1")),
			claimOf("2", "excluded", speaker("army", "Army"), article("a3", "s3")),
			claimOf("3", "not_excluded", outlet("Gulf Wire"), article("a2", "s2")),
			claimOf("4", "not_excluded", outlet("Nile News"), article("a4", "s4")),
		}, 0.875},
		{"a quoted claim in the same account lifts the side", []claims.Claim{
			claimOf("1", "excluded", speaker("army", "Army"), article("a1", "s1")),
			claimOf("2", "not_excluded", outlet("Gulf Wire"), article("a2", "s2")),
			claimOf("3", "not_excluded", speaker("rebels", "Rebels"), article("a2", "s2")),
		}, 0.7125},
		{"a media role is the outlet's voice", []claims.Claim{
			claimOf("1", "excluded", speaker("army", "Army"), article("a1", "s1")),
			claimOf("2", "not_excluded", speaker("aljazeera", "Al Jazeera"), article("a2", "s2"),
				func(c *claims.Claim) { c.SpeakerRole = "media" }),
		}, 0.6413},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := accumulate(tt.claims).Disagreements(nil)
			if len(d) != 1 || len(d[0].Sides) != 2 {
				t.Fatalf("want one disagreement with two sides (weak ones are shown), got %+v", d)
			}
			if d[0].Score != tt.want {
				t.Errorf("score = %v, want %v", d[0].Score, tt.want)
			}
		})
	}
}

// TestOneSentenceReadTwoWaysIsNoDisagreement: two values from exactly the same sentences and
// speakers (wire copies included) are one account read two ways, not a dispute.
func TestOneSentenceReadTwoWaysIsNoDisagreement(t *testing.T) {
	cs := []claims.Claim{
		claimOf("1", "nationwide", speaker("army", "Army"), article("a1", "s1")),
		claimOf("2", "partial", speaker("army", "Army"), article("a1", "s1")),
		claimOf("3", "nationwide", speaker("army", "Army"), article("a2", "s1")), // a wire copy
		claimOf("4", "partial", speaker("army", "Army"), article("a2", "s1")),
	}
	if d := accumulate(cs).Disagreements(nil); len(d) != 0 {
		t.Errorf("want no disagreement, got %+v", d)
	}
	// Another account of one of the values makes it a dispute again, ranked as one voice.
	cs = append(cs, claimOf("5", "partial", speaker("envoy", "Envoy"), article("a3", "s3")))
	if d := accumulate(cs).Disagreements(nil); len(d) != 1 || d[0].Score != 0.375 {
		t.Errorf("want one disagreement at 0.375, got %+v", d)
	}
}

// TestVoicesSurviveMerge: the (account, speaker) pairs behind a value are the same whether its
// claims are added to one accumulator or to several merged ones.
func TestVoicesSurviveMerge(t *testing.T) {
	cs := []claims.Claim{
		claimOf("1", "excluded", speaker("army", "Army"), article("a1", "s1")),
		claimOf("2", "not_excluded", speaker("army", "Army"), article("a1", "s1")),
		claimOf("3", "excluded", speaker("ministry", "Ministry"), article("a2", "s2")),
	}
	merged := Merge(accumulate(cs[:1]), accumulate(cs[1:]))
	one := accumulate(cs)
	for i := range one.Values {
		if got, want := merged.Values[i].Voices.Values(), one.Values[i].Voices.Values(); !slices.Equal(got, want) {
			t.Errorf("%s: merged voices %v, want %v", one.Values[i].Value, got, want)
		}
	}
	if d := merged.Disagreements(nil); len(d) != 1 || d[0].Score != 0.375 {
		t.Errorf("merged: want the one-voice pair at 0.375, got %+v", d)
	}
}

// TestUncorroboratedPairsAreNotShown: a pair the options list under Corroborate disagrees only
// when both values rest on two accounts; other pairs and other topics are untouched.
func TestUncorroboratedPairsAreNotShown(t *testing.T) {
	opts := Options{Corroborate: map[string][][2]string{"t": {{"partial", "nationwide"}}}}
	lone := []claims.Claim{
		claimOf("1", "nationwide", article("a1", "s1")), claimOf("2", "nationwide", article("a2", "s2")),
		claimOf("3", "partial", article("a3", "s3")),
	}
	both := append(lone[:3:3], claimOf("4", "partial", article("a4", "s4")))
	wire := append(lone[:3:3], claimOf("4", "partial", article("a4", "s3"))) // one account, two outlets
	other := []claims.Claim{claimOf("1", "excluded", article("a1", "s1")), claimOf("2", "not_excluded", article("a2", "s2"))}
	for _, tt := range []struct {
		name   string
		claims []claims.Claim
		want   float64 // 0: no disagreement
	}{
		{"one account on one side: not shown", lone, 0},
		{"one wire copy in two outlets is one account: not shown", wire, 0},
		{"two accounts on each side", both, 0.875},
		{"a pair not listed", other, 0.7125},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d := accumulate(tt.claims).DisagreementsWith(opts)
			if tt.want == 0 {
				if len(d) != 0 {
					t.Errorf("want no disagreement, got %+v", d)
				}
				return
			}
			if len(d) != 1 || d[0].Score != tt.want {
				t.Errorf("want one disagreement scoring %v, got %+v", tt.want, d)
			}
		})
	}
}

// TestEchoedNumbersTakeNoSide: a number or instant every claim of which comes from an article
// where the same speaker also gives a rival value, told in articles of its own as well, is shown
// as neutral (echoedNumbers): manipur's ministry gives two days (of talks) and six months in one
// report. The rival told in that article only, another speaker of the article, a value told
// elsewhere too and categorical values stay sides.
func TestEchoedNumbersTakeNoSide(t *testing.T) {
	num := func(id, value, art, spk string, lo, hi float64) claims.Claim {
		return claimOf(id, value, kind(KindNumeric), bounds(lo, hi), article(art, "acc-"+id), speaker(spk, spk))
	}
	at := func(id, value, art, spk string, sec float64) claims.Claim {
		return claimOf(id, value, kind(KindTemporal), bounds(sec, sec), article(art, "acc-"+id), speaker(spk, spk))
	}
	status := func(id, value, art, spk string) claims.Claim {
		return claimOf(id, value, kind(KindValue), article(art, "acc-"+id), speaker(spk, spk))
	}
	sixMonths := []claims.Claim{ // the ministry's six months in two reports, a year from another party
		num("1", "[181,184]", "a1", "mha", 181, 184), num("2", "[181,184]", "a2", "mha", 181, 184),
		num("3", "[365,366]", "a3", "kno", 365, 366),
	}
	with := func(extra ...claims.Claim) []claims.Claim { return append(sixMonths[:3:3], extra...) }
	const h = 3600.0
	tests := []struct {
		name        string
		claims      []claims.Claim
		wantSides   []string
		wantNeutral []string
	}{
		// Must not be a side.
		{"a number its speaker gives beside the rival in one report", with(num("4", "2", "a1", "mha", 2, 2)),
			[]string{"[181,184]", "[365,366]"}, []string{"2"}},
		{"a wire copy of it, the rival in a third report too", with(num("4", "2", "a1", "mha", 2, 2),
			num("5", "2", "a2", "mha", 2, 2), num("6", "[181,184]", "a5", "mha", 181, 184)),
			[]string{"[181,184]", "[365,366]"}, []string{"2"}},
		{"an instant days later in one statement", []claims.Claim{
			at("1", "2027-08-13T04:00:00Z", "a1", "israel", 4*h), at("2", "2027-08-13T04:00:00Z", "a2", "israeli_army", 4*h),
			at("3", "2027-08-12T20:30:00Z", "a3", "irgc", -3.5*h), at("4", "2027-08-17T21:00:00Z", "a1", "israel", 117*h),
		}, []string{"2027-08-12T20:30:00Z", "2027-08-13T04:00:00Z"}, []string{"2027-08-17T21:00:00Z"}},
		// Must stay a side.
		{"the rival told in that report only", []claims.Claim{
			num("1", "[181,184]", "a1", "mha", 181, 184), num("3", "[365,366]", "a3", "kno", 365, 366),
			num("4", "2", "a1", "mha", 2, 2),
		}, []string{"2", "[181,184]", "[365,366]"}, nil},
		{"another speaker of the report", with(num("4", "2", "a1", "taliban", 2, 2)),
			[]string{"2", "[181,184]", "[365,366]"}, nil},
		// (the year, told once, is then a lone outlier beside a corroborated dispute)
		{"told in another report too", with(num("4", "2", "a1", "mha", 2, 2), num("5", "2", "a4", "mha", 2, 2)),
			[]string{"2", "[181,184]"}, []string{"[365,366]"}},
		{"a categorical value: a speaker's change of position", []claims.Claim{
			status("1", "agreed", "a1", "army"), status("2", "agreed", "a2", "army"),
			status("3", "not_agreed", "a1", "army"),
		}, []string{"agreed", "not_agreed"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := accumulate(tt.claims).Disagreements(nil)
			checkSides(t, got, tt.wantSides, tt.wantNeutral)
		})
	}
}
