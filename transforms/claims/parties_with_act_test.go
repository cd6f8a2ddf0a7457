package claims

import "testing"

// TestPartiesWithOfSpeakersAct: the speaker's truce "with" a side names both sides when the
// sentence tells the speaker's act on it (a status cue before "with", or a bilateral word on the
// truce); the truce "with X" merely referred to, as the subject of another predicate or under a
// participle on the noun, names none (parties_with_act.go).
func TestPartiesWithOfSpeakersAct(t *testing.T) {
	runCases(t, []mechanismCase{
		{"agreed with a side", "en", "", "The Yemeni government said it had agreed with the Houthis on a ceasefire in Hodeidah.", "ceasefire.parties",
			[]string{"houthis,yemeni_government@yemeni_government"}},
		{"extended its truce with a side", "en", "", "The Sudanese army said on Friday it had extended its truce with the Rapid Support Forces.", "ceasefire.parties",
			[]string{"rapid_support_forces,sudanese_armed_forces@sudanese_armed_forces"}},
		{"arabic reaching a truce with a side", "ar", "", "أعلنت الحكومة اليمنية التوصل إلى اتفاق لوقف إطلاق النار في الحديدة مع جماعة الحوثي.", "ceasefire.parties",
			[]string{"houthis,yemeni_government@yemeni_government"}},
		{"arabic a bilateral truce with a side", "ar", "", "أعلنت الحكومة اليمنية أن وقف إطلاق النار الثنائي مع جماعة الحوثي سيدخل حيز التنفيذ منتصف الليل.", "ceasefire.parties",
			[]string{"houthis,yemeni_government@yemeni_government"}},

		// Probes: the truce with X referred to, not made.
		{"the truce with X came into force", "en", "", "The ceasefire with the Houthis came into force at midnight, the Yemeni government said.", "ceasefire.parties",
			nil},
		{"the truce with X covers", "en", "", "The ceasefire with the Rapid Support Forces covers all of El Fasher, the Sudanese army said.", "ceasefire.parties",
			nil},
		{"a participle on the truce noun", "en", "", "The ceasefire agreed with the Houthis last week includes a prisoner exchange, the Yemeni government said.", "ceasefire.parties",
			nil},
		{"arabic announced that the truce with X took effect", "ar", "", "أعلنت الحكومة اليمنية أن وقف إطلاق النار مع جماعة الحوثي دخل حيز التنفيذ منتصف الليل.", "ceasefire.parties",
			nil},
		{"arabic the truce with X provides for", "ar", "", "كشف مسؤول في الجيش السوداني أن اتفاق وقف إطلاق النار مع قوات الدعم السريع ينص على تبادل الأسرى.", "ceasefire.parties",
			nil},
		{"a bilateral agreement of another kind", "en", "", "The army said the truce holds. \"Ugandan troops are in the country under a bilateral agreement with the Sudanese government,\" the Ugandan army said.", "ceasefire.parties",
			nil},
	})
}
