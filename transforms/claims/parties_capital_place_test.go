package claims

// After "between", a capital stands for its state or authority ("بين أنقرة وقسد") unless a
// locative names it as a place ("a ceasefire between Radaa and the 444 Brigade held in Tripoli"):
// then it is where the truce holds, no third side.

import "testing"

func TestPartiesBetweenCapitalAsPlace(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a truce between two forces held in the capital", "en", "",
			"A ceasefire between the Rapid Support Forces and the Sudanese army held in Khartoum on Wednesday morning after two days of fighting.", "ceasefire.parties",
			[]string{"rapid_support_forces,sudanese_armed_forces@outlet"}},
		// Probes: a capital acting as a side stays one.
		{"arabic a capital after between is its state", "ar", "",
			"قالت الأمم المتحدة إن وقف إطلاق النار بين أنقرة وقسد صامد.", "ceasefire.parties",
			[]string{"sdf,turkey@un"}},
		{"english a capital after between is its state", "en", "",
			"The ceasefire between Khartoum and the Rapid Support Forces took effect on Wednesday.", "ceasefire.parties",
			[]string{"rapid_support_forces,sudan@outlet"}},
	})
}
