package claims

// The truce said to stand or to be intact («لا يزال قائماً», "is intact") is in force
// (ceasefire.status; lexicon cues "قائم*" and "is intact", object "subject").

import "testing"

// TestTruceStillStanding: the truce for subject of قائم / intact; another subject or the noun
// قائمة (a list) is none.
func TestTruceStillStanding(t *testing.T) {
	runCases(t, []mechanismCase{
		// wz_020_sharqjadid, tc_031_asiayawm.
		{"arabic the ceasefire still stands", "ar", "", yemenLeadAr + "ونفى الحوثيون أي صلة بالهجوم، مؤكدين أن وقف إطلاق النار لا يزال قائماً.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@houthis"}},
		{"arabic the truce is still standing and binding", "ar", "", yemenLeadAr + "وقال الحوثيون إن الهدنة \"ما زالت قائمة وملزمة للطرفين\".", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@houthis"}},
		// wz_036_sarhadlive.
		{"the ceasefire is intact", "en", "", yemenLead + `"The ceasefire is intact and our fighters are bound by it," the Houthis said.`, "ceasefire.status",
			[]string{"agreed@outlet", "in_force@houthis"}},
		{"arabic a list is no state of the truce", "ar", "", yemenLeadAr + "وقال الحوثيون إن قائمة الأسرى ما زالت قيد البحث.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"arabic checkpoints still standing after the truce", "ar", "", yemenLeadAr + "وقال السكان إن الحواجز لا تزال قائمة رغم الهدنة.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"a road intact is no state of the truce", "en", "", yemenLead + "Residents said the bridge is intact despite the shelling.", "ceasefire.status",
			[]string{"agreed@outlet"}},
	})
}
