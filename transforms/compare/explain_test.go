package compare

import (
	"fmt"
	"testing"

	"github.com/tanaqud/tanaqud/transforms/claims"
)

func TestExplanation(t *testing.T) {
	jfs := subject("jabhat_fatah_al_sham", "Jabhat Fatah al-Sham")
	tests := []struct {
		name   string
		claims []claims.Claim
		labels map[string]string
		want   string
	}{
		{"subject named once", []claims.Claim{
			claimOf("1", "excluded", jfs, speaker("syrian_army", "Syrian army statement")),
			claimOf("2", "excluded", jfs, speaker("syrian_army", "Syrian army statement")),
			claimOf("3", "not_excluded", jfs, speaker("osama_abu_zeid", "FSA negotiator Osama Abu Zeid"), valueLabel("not excluded")),
		}, nil, "Syrian army statement: Jabhat Fatah al-Sham excluded; FSA negotiator Osama Abu Zeid: not excluded."},
		{"value labels and two speakers", []claims.Claim{
			claimOf("1", "60000", kind(KindNumeric), subject("fighters", "fighters"), speaker("putin", "Vladimir Putin")),
			claimOf("2", "60000", kind(KindNumeric), subject("fighters", "fighters"), speaker("russia_mod", "Russian defence ministry")),
			claimOf("3", "30000", kind(KindNumeric), subject("fighters", "fighters"), speaker("sohr", "SOHR")),
		}, nil, "SOHR: fighters 30000; Russian defence ministry and Vladimir Putin: 60000."},
		{"topic label for keys without subject", valuesOfKind(KindTemporal, "2016-12-29T22:00:00Z", "2017-01-05T12:00:00Z"),
			map[string]string{"t": "ceasefire start time"},
			"Speaker c0: ceasefire start time 2016-12-29T22:00:00Z; Speaker c1: 2017-01-05T12:00:00Z."},
		{"topic id when no label is given", valuesOfKind(KindValue, "agreed", "collapsed"), nil,
			"Speaker c0: t agreed; Speaker c1: collapsed."},
		{"a day folded into the instant it restates is named", []claims.Claim{
			temporal("1", "2017-01-05T17:00:00Z", speaker("houthis", "Houthis")),
			temporal("2", "2017-01-05", zonedDay("2017-01-05", 0), speaker("un", "UN envoy")),
			temporal("3", "2017-01-06T05:00:00Z", speaker("yemeni_government", "Yemeni government")),
		}, map[string]string{"t": "ceasefire start time"},
			"Houthis and UN envoy: ceasefire start time 2017-01-05T17:00:00Z (also given as 2017-01-05); Yemeni government: 2017-01-06T05:00:00Z."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.name == "value labels and two speakers" {
				for i := range tt.claims {
					tt.claims[i].ValueLabel = ""
				}
			}
			d := accumulate(tt.claims).Disagreements(tt.labels)
			if len(d) != 1 {
				t.Fatalf("want a disagreement, got %d", len(d))
			}
			if d[0].Explanation != tt.want {
				t.Errorf("explanation\n got %q\nwant %q", d[0].Explanation, tt.want)
			}
		})
	}
}

func TestSpeakerListNamesThreeThenCounts(t *testing.T) {
	var cs []claims.Claim
	for i := range 6 {
		cs = append(cs, claimOf(fmt.Sprint("a", i), "excluded", speaker(fmt.Sprint("s", i), fmt.Sprint("Outlet ", i))))
	}
	cs = append(cs, claimOf("b", "not_excluded", speaker("x", "Lone voice"), valueLabel("")))
	d := accumulate(cs).Disagreements(nil)
	want := "Outlet 0, Outlet 1, Outlet 2 and 3 others: t excluded; Lone voice: not excluded."
	if len(d) != 1 || d[0].Explanation != want {
		t.Fatalf("got %+v, want explanation %q", d, want)
	}
}

func TestTopicLabelFromID(t *testing.T) {
	if got := topicLabel(nil, "ceasefire.start_time"); got != "ceasefire start time" {
		t.Errorf("got %q", got)
	}
}
