package claims

import "testing"

// TestOwnCountrySubject: the speaker's own country named by a possessed noun, linked to the
// role noun by a copula verb, holds the role (sets_own_country_subject.go; Arabic kāna forms
// as linking_verbs): «وأن بلاده ستكون الضامن لتنفيذها» (mindanao mn_020). Probes: a negation
// between; no state behind the speaker.
func TestOwnCountrySubject(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic his country will be the guarantor", "ar", "", yemenLeadAr + "وقال وزير الخارجية العماني إن بلاده ستكون الضامن لتنفيذ الاتفاق.", "ceasefire.guarantors",
			[]string{"oman@outlet"}},

		// Probes.
		{"probe: arabic his country will not be the guarantor", "ar", "", yemenLeadAr + "وقال وزير الخارجية العماني إن بلاده لن تكون الضامن لتنفيذ الاتفاق.", "ceasefire.guarantors",
			nil},
		{"probe: arabic no state behind the speaker", "ar", "", yemenLeadAr + "وقال المحلل إن بلاده ستكون الضامن لتنفيذ الاتفاق.", "ceasefire.guarantors",
			nil},
	})
}
