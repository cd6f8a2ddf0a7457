package claims

// A pronoun on a coverage verb coordinated with a predicate before it ("أن X «ليست طرفاً في
// الاتفاق ولا يشملها وقف إطلاق النار»", X is not a party and the truce does not cover it) stands
// for that predicate's subject, and one on a verb right after the topic its clause opens with
// ("أن إدلب لا تشملها الهدنة") for that topic, not for a name of the sentence before.

import "testing"

func TestExclusionPronounOfCoordinatedPredicate(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic quoted, not a party and not covered", "ar", "", "قال الناطق باسم الحوثيين إن قواتهم ستلتزم بوقف إطلاق النار في الحديدة. " + "وأكد أن ألوية العمالقة «ليست طرفاً في الاتفاق ولا تشملها الهدنة».", "ceasefire.exclusions",
			[]string{"giants_brigades=excluded@houthis"}},
		{"arabic not a party and not covered", "ar", "", syriaLeadAr + "وقالت الوزارة إن جبهة النصرة ليست طرفاً في الاتفاق ولا تشملها الهدنة.", "ceasefire.exclusions",
			[]string{"jabhat_fatah_al_sham=excluded@syrian_defence_ministry"}},
		{"arabic a fronted topic after another clause", "ar", "", syriaLeadAr + "وقالت الوزارة إن جبهة النصرة ليست طرفاً في الاتفاق، مؤكدة أن إدلب لا تشملها الهدنة.", "ceasefire.exclusions",
			[]string{"jabhat_fatah_al_sham=excluded@syrian_defence_ministry", "idlib=excluded@syrian_defence_ministry"}},
		// Probe: a pronoun on a verb whose own subject comes first is another's ("تصر الحركة
		// على استثنائها"): read as before.
		{"arabic the movement insists on its exclusion", "ar", "", syriaLeadAr + "وأصرت الحركة على استثنائها.", "ceasefire.exclusions",
			[]string{"syrian_armed_opposition=excluded@syrian_armed_opposition"}},
	})
}
