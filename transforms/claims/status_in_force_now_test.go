package claims

import "testing"

// TestNowInForce: "is now in force" says the truce is in force as "is in force" does (an adverb
// between the copula and the phrase): Manipur's live blog, probes from Kashmir and Assam. A
// curfew now in force, a truce not yet in force or asked about are no such claim.
func TestNowInForce(t *testing.T) {
	const manipur = "Kuki-Zo armed groups and Meitei village volunteers agreed to a suspension of operations in Manipur on Tuesday. "
	runCases(t, []mechanismCase{
		{"the SoO is now in force (Manipur)", "en", pubIST,
			manipur + "00:05 IST - The SoO is now in force across the foothills, Assam Rifles officers in Churachandpur say.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@assam_rifles"}},
		{"the ceasefire is now in force (Kashmir)", "en", pubIST,
			"The ceasefire is now in force along the Line of Control, the Indian Army said.", "ceasefire.status",
			[]string{"in_force@indian_army"}},
		{"the suspension of operations is now in force (Assam)", "en", pubIST,
			"The suspension of operations with the Karbi groups is now in force, officials said.", "ceasefire.status",
			[]string{"in_force@sources"}},
		// Negative probes.
		{"a curfew now in force", "en", pubIST,
			manipur + "A curfew is now in force in Imphal, police said.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"not yet in force", "en", pubIST,
			"The ceasefire is not yet in force, the Indian Army said.", "ceasefire.status",
			nil},
		{"asked about", "en", pubIST,
			manipur + "Is the SoO now in force?", "ceasefire.status",
			[]string{"agreed@outlet"}},
	})
}
