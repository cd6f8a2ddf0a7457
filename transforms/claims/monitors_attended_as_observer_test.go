package claims

// "X attended as an observer": a seat at a meeting, though no talks noun is in the sentence;
// without the role marker ("attended and will monitor") or without attending, X monitors.

import "testing"

func TestMonitorsAttendedAsObserver(t *testing.T) {
	lead := "Chad's government and the FNRT rebels signed a ceasefire in Doha on Sunday. "
	runCases(t, []mechanismCase{
		{"attended as an observer", "en", "", lead + `"Qatar mediated. The African Union attended as an observer."`, "ceasefire.monitors",
			nil},
		// Near misses: an observer named with no attendance, or attending and then monitoring.
		{"will act as an observer of the truce", "en", "", lead + "The African Union will act as an observer, the government said.", "ceasefire.monitors",
			[]string{"african_union@chadian_government"}},
		{"attended and will deploy observers", "en", "", lead + "The African Union attended and will deploy observers to monitor the ceasefire.", "ceasefire.monitors",
			[]string{"african_union@outlet"}},
	})
}
