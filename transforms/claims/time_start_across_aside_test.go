package claims

// A start verb whose subject, the truce, stands before a chain of asides set off by commas: the
// truce's start, even when the asides name the talks (ceasefire.start_time, ceasefire.status;
// waziristan wz_026).

import "testing"

// TestStartAcrossAsides: "The month-long truce, mediated by ..., which hosted the talks in
// Kabul, began at midnight on April 30".
func TestStartAcrossAsides(t *testing.T) {
	const pub = "2027-03-20T08:00:00Z"
	runCases(t, []mechanismCase{
		{"two asides, the second naming the talks", "en", pub, yemenLead + "The month-long truce, mediated by Oman, which hosted the talks in Muscat, began at midnight on March 14.", "ceasefire.start_time",
			[]string{"2027-03-14T21:00:00Z@outlet"}},
		{"two asides: the truce in force", "en", pub, yemenLead + "The month-long truce, mediated by Oman, which hosted the talks in Muscat, began at midnight on March 14.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@outlet"}},
		// Near misses: the talks themselves began, after asides of their own.
		{"the talks began after an aside", "en", pub, yemenLead + "The talks, which Oman hosted in Muscat, began at noon on March 14.", "ceasefire.start_time",
			nil},
		{"the talks began after two asides", "en", pub, yemenLead + "The talks, hosted by Oman in Muscat, which the envoy chaired, began at noon on March 14.", "ceasefire.start_time",
			nil},
	})
}
