package claims

import "testing"

// TestPursuitAidOperations: operations qualified by an aid word (lexicon aid_adjectives:
// humanitarian, rescue, relief, الإغاثة) that go on after a group is left out of the truce are
// no pursuit of it, so no right to keep fighting it (retained_left_out_pursued.go); military
// operations are. Probes from Somalia, Syria, Sudan and Lebanon.
func TestPursuitAidOperations(t *testing.T) {
	const somalia = "Somalia's federal government and Jubaland agreed to a ceasefire in Gedo on Tuesday. "
	const sudan = "Sudan's army and the RSF agreed to a truce in El Fasher on Tuesday. "
	runCases(t, []mechanismCase{
		{"humanitarian operations will continue (Somalia)", "en", "", somalia + "The truce does not cover al-Shabaab, and humanitarian operations will continue across Gedo, the UN said.", "ceasefire.retained_rights",
			nil},
		{"rescue operations continue (Syria)", "en", "", "The Syrian government and the SDF agreed to a truce in Deir ez-Zor. The ceasefire excludes ISIS, and rescue operations continue in the rubble, the White Helmets said.", "ceasefire.retained_rights",
			nil},
		{"aid operations will continue (Sudan)", "en", "", sudan + "The truce does not cover the Islamic State, and aid operations will continue in Darfur.", "ceasefire.retained_rights",
			nil},
		{"evacuation operations will continue (Lebanon)", "en", "", "Israel and Lebanon agreed to a ceasefire. The truce does not cover ISIS cells, and evacuation operations will continue in the south.", "ceasefire.retained_rights",
			nil},
		{"military operations against the group go on (Somalia)", "en", "", somalia + "The truce does not cover al-Shabaab, against whom military operations will continue.", "ceasefire.retained_rights",
			[]string{"fight_terrorism=retained@outlet"}},
	})
}
