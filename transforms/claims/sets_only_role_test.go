package claims

import "testing"

// TestOnlyQualifiesRole: an "only" word that restricts the role, not who holds it, makes no set
// exclusive (sets_only_role.go): "Italy merely hosted the talks" (gorongosa gr_033), "The emir
// merely hosted the meetings" (zamfara zf_026), «هي الوسيط الوحيد والضامن» (aden ad_018: the
// only mediator, a guarantor). Kept exclusive: "the only mediator", "X alone mediated", «الضامن
// الوحيد», and an "only" after the last of coordinated cues («الوسيط والضامن الوحيد», myanmar
// mm_006).
func TestOnlyQualifiesRole(t *testing.T) {
	const adenAr = "اتفقت الحكومة اليمنية والمجلس الانتقالي الجنوبي على هدنة في عدن يوم الأحد. "
	runCases(t, []mechanismCase{
		{"merely hosted the talks", "en", "", yemenLead + "Oman merely hosted the talks; the mediation was the U.N. envoy's alone.", "talks.sponsors",
			[]string{"oman@outlet"}},
		{"is merely a host", "en", "", yemenLead + "Oman is merely a host of the talks.", "talks.sponsors",
			[]string{"oman@outlet"}},
		{"arabic the only mediator and a guarantor", "ar", "", adenAr + "ولفت إلى أن المملكة العربية السعودية هي الوسيط الوحيد والضامن لتنفيذ بنود الاتفاق.", "ceasefire.guarantors",
			[]string{"saudi_arabia@outlet"}},
		{"arabic the only mediator, mediators side", "ar", "", adenAr + "ولفت إلى أن المملكة العربية السعودية هي الوسيط الوحيد والضامن لتنفيذ بنود الاتفاق.", "ceasefire.mediators",
			[]string{"only:saudi_arabia@outlet"}},

		// Kept exclusive.
		{"kept: the only mediator", "en", "", yemenLead + "Oman is the only mediator of the truce.", "ceasefire.mediators",
			[]string{"only:oman@outlet"}},
		{"kept: X alone mediated", "en", "", yemenLead + "Oman alone mediated the truce.", "ceasefire.mediators",
			[]string{"only:oman@outlet"}},
		{"kept: arabic the only guarantor", "ar", "", adenAr + "ولفت إلى أن المملكة العربية السعودية هي الضامن الوحيد للاتفاق.", "ceasefire.guarantors",
			[]string{"only:saudi_arabia@outlet"}},
		{"kept: arabic only after the last of coordinated cues", "ar", "", adenAr + "ولفت إلى أن المملكة العربية السعودية هي الوسيط والضامن الوحيد للاتفاق.", "ceasefire.mediators",
			[]string{"only:saudi_arabia@outlet"}},
	})
}
