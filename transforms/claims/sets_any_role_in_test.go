package claims

import "testing"

// TestAnyRoleInTheMediationNegated: "any role" linked to the mediation word by a preposition,
// under a negation earlier in the sentence («ولم تعلن الحكومة الموريتانية أي دور لها في الوساطة»,
// mali mal_003), names nobody, as "أي دور ضامن" does (anyRoleNegated). Probes from Sudan, Gaza and
// Yemen; a role given, a role praised and a negation of something else keep their members.
func TestAnyRoleInTheMediationNegated(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: did not announce any role of its own in the mediation (Sudan)", "ar", pubTueAr, sudanLead20Ar + "ولم تعلن الحكومة المصرية أي دور لها في الوساطة.", "ceasefire.mediators", nil},
		{"probe: did not confirm any Qatari role in the mediation (Gaza)", "ar", pubTueAr, gazaLead20Ar + "ولم تؤكد مصر أي دور قطري في الوساطة.", "ceasefire.mediators", nil},
		{"probe: had no role in the mediation (Yemen)", "ar", pubTueAr, yemenLeadAr + "ولم يكن للحكومة السعودية أي دور في الوساطة.", "ceasefire.mediators", nil},
		// Kept.
		{"announced its role in the mediation (Sudan)", "ar", pubTueAr, sudanLead20Ar + "وأعلنت الحكومة المصرية دورها في الوساطة.", "ceasefire.mediators",
			[]string{"egypt@egypt"}},
		{"praised the Egyptian role in the mediation, then a negation of another thing (Sudan)", "ar", pubTueAr, sudanLead20Ar + "وأشاد الجيش بالدور المصري في الوساطة، ولم يعلق على أي تفاصيل.", "ceasefire.mediators",
			[]string{"egypt@sudanese_armed_forces"}},
	})
}
