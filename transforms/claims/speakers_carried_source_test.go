package claims

// "..., the official said" after "a Jordanian foreign ministry official said": the source quoted
// before speaks, not a name further back in what is said.

import "testing"

// TestDefiniteSourceCarriedOver: the definite source right before the verb of saying carries the
// earlier speaker over.
func TestDefiniteSourceCarriedOver(t *testing.T) {
	lead := "AMMAN, Feb 20 (Levant Wire) - Jordan played no mediating role in the Jenin truce, a Jordanian foreign ministry official said on Saturday. "
	runCases(t, []mechanismCase{
		{"the official said after a mediators clause", "en", "", lead + "Egypt and Qatar mediated the arrangement, the official said.", "ceasefire.mediators",
			[]string{"egypt,qatar@jordanian_foreign_ministry"}},
		// Negative probes (Gaza, Yemen): a named speaker; a body right before the verb.
		{"a named speaker", "en", "", lead + "Egypt and Qatar mediated the arrangement, Qatar said.", "ceasefire.mediators",
			[]string{"egypt,qatar@qatar"}},
		{"a body quoted", "en", "", yemenLead + "Oman and Qatar mediated the arrangement, the Houthis said.", "ceasefire.mediators",
			[]string{"oman,qatar@houthis"}},
	})
}
