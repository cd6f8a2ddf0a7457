package claims

import "testing"

// TestAppositiveHeadList: a short describing noun phrase after the cue, then a comma and the
// list it describes (sets_appositive_head.go): "facilitated only by our brotherly countries,
// Qatar and Türkiye" (afpak ap_002). Probes: one name after the comma starts another clause; a
// head holding a verb of saying.
func TestAppositiveHeadList(t *testing.T) {
	const lead = "Pakistan and Afghanistan agreed a ceasefire on Sunday. "
	runCases(t, []mechanismCase{
		{"facilitated only by our brotherly countries, X and Y", "en", "", lead + `The agreement, Rahman added, was "facilitated only by our brotherly countries, Qatar and Türkiye", which would also monitor it.`, "ceasefire.mediators",
			[]string{"only:qatar,turkey@outlet"}},
		{"brokered by two neighbours, X and Y", "en", "", yemenLead + "The truce was brokered by two neighbours, Oman and Saudi Arabia.", "ceasefire.mediators",
			[]string{"oman,saudi_arabia@outlet"}},

		// Probes.
		{"probe: one name after the comma", "en", "", yemenLead + "The truce was brokered by its neighbours last week, Oman said.", "ceasefire.mediators",
			nil},
		{"probe: a verb of saying in the head", "en", "", yemenLead + "The truce was brokered by the neighbours, officials said, Oman and Saudi Arabia among them.", "ceasefire.mediators",
			nil},
	})
}

// TestNegatedExceptBefore: names after "nobody but" before the cue are the only ones
// (sets_except_before.go): "nobody but His Eminence the Sultan of Sokoto can guarantee it"
// (zamfara zf_040). Kept: "but" opening another clause.
func TestNegatedExceptBefore(t *testing.T) {
	runCases(t, []mechanismCase{
		{"nobody but X can guarantee it", "en", "", yemenLead + `"And let me be clear: nobody but Oman can guarantee it," he said.`, "ceasefire.guarantors",
			[]string{"only:oman@outlet"}},
		{"no one other than X mediated", "en", "", yemenLead + "No one other than Oman mediated the truce, he said.", "ceasefire.mediators",
			[]string{"only:oman@outlet"}},
		{"kept: a clause opened by but", "en", "", yemenLead + "The talks did not move, but Oman guaranteed the truce.", "ceasefire.guarantors",
			[]string{"oman@outlet"}},
	})
}
