package claims

import "testing"

// TestNotOnlyButAlsoList: a negated "only" denies nothing and makes no set exclusive; the names
// after "but also" join the list (sets_not_only.go, negationBetween): "the KRG not only
// brokered the deal but also offered to host the talks" (anatolia an_005), "the mediation is
// not only the AU's but also IGAD's" (abyei ab_011), "brokered not only by Oman but also by
// Qatar". Probes: a plain negation still denies; "but also" with no "not only" before it opens
// another clause.
func TestNotOnlyButAlsoList(t *testing.T) {
	runCases(t, []mechanismCase{
		{"X not only brokered the deal but also offered to host", "en", "", yemenLead + "Oman not only brokered the deal but also offered to host the talks that are meant to follow.", "ceasefire.mediators",
			[]string{"oman@outlet"}},
		{"brokered not only by X but also by Y", "en", "", yemenLead + "The truce was brokered not only by Oman but also by Qatar.", "ceasefire.mediators",
			[]string{"oman,qatar@outlet"}},
		{"guaranteed not only by X but also by Y", "en", "", yemenLead + "The truce is guaranteed not only by Oman but also by Qatar.", "ceasefire.guarantors",
			[]string{"oman,qatar@outlet"}},
		{"the mediation is not only X's but also Y's", "en", "", yemenLead + "The mediation is not only Oman's but also Qatar's, analysts say.", "ceasefire.mediators",
			[]string{"oman,qatar@analysts"}},
		{"the mediators are not only X but also Y", "en", "", yemenLead + "The mediators are not only Oman but also Qatar, analysts say.", "ceasefire.mediators",
			[]string{"oman,qatar@analysts"}},

		// Probes.
		{"probe: a plain negation still denies", "en", "", yemenLead + "Oman did not broker the deal, the ministry said.", "ceasefire.mediators",
			nil},
		{"probe: but also without not only", "en", "", yemenLead + "The truce was brokered by Oman and is a first step, but also a test for Qatar.", "ceasefire.mediators",
			[]string{"oman@outlet"}},
	})
}
