package claims

import "testing"

// TestObservingAnyTruceNoun: "began observing the <truce noun>" says the truce is in force and
// starts its clock for whoever observes it, whatever noun names the truce ("the SoO",
// Manipur; "the suspension of operations", Assam; "the cessation of hostilities", Ethiopia),
// as "observing the ceasefire" and "observing the truce" already did. Observing something
// else, or not observing the truce, is no such claim.
func TestObservingAnyTruceNoun(t *testing.T) {
	const manipur = "Kuki-Zo armed groups and Meitei village volunteers agreed to a suspension of operations in Manipur on Tuesday. "
	runCases(t, []mechanismCase{
		{"began observing the SoO at an hour (Manipur)", "en", pubIST,
			manipur + `06:10 IST - The KNO says its cadres began observing the SoO at 6 a.m., "as we announced".`, "ceasefire.start_time",
			[]string{"2029-11-13T00:30:00Z@kno"}},
		{"observing the suspension of operations (Assam)", "en", pubIST,
			"NDFB cadres are observing the suspension of operations, officials said.", "ceasefire.status",
			[]string{"in_force@sources"}},
		{"observing the cessation of hostilities (Ethiopia)", "en", pubIST,
			"Fano units are observing the cessation of hostilities, a commander said.", "ceasefire.status",
			[]string{"in_force@outlet"}},
		// Negative probes.
		{"observing the situation", "en", pubIST,
			manipur + "The KNO is observing the situation in the foothills, a spokesman said.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"not observing the SoO", "en", pubIST,
			manipur + "The KNO is not observing the SoO, a spokesman said.", "ceasefire.status",
			[]string{"agreed@outlet"}},
	})
}
