package claims

import "testing"

// TestWithheldDescriptionSecondPredicate: a withheld description reaches no role past a
// coordinator that opens a predicate of its own ("avoided mentioning Turkey and thanked Egypt as
// mediator", sets_withheld_role.go); a coordinator between two names is one description
// ("declined to describe Qatar and Egypt as mediators"). Probes from Libya and Gaza.
func TestWithheldDescriptionSecondPredicate(t *testing.T) {
	const gaza = "Israel and Hamas agreed to a ceasefire in Gaza on Sunday. "
	const gazaAr = "اتفقت إسرائيل وحماس على وقف إطلاق النار في غزة يوم الأحد. "
	runCases(t, []mechanismCase{
		{"a second predicate gives the role (Libya)", "en", "", "The Tripoli government and the LNA agreed to a ceasefire. The LNA avoided mentioning Turkey and thanked Egypt as mediator.", "ceasefire.mediators",
			[]string{"egypt@outlet"}},
		{"two names under one withheld description (Gaza)", "en", "", gaza + "Israel declined to describe Qatar and Egypt as mediators.", "ceasefire.mediators",
			nil},
		{"two names under one withheld description, Arabic (Gaza)", "ar", "", gazaAr + "وتجنبت الوزارة وصف قطر ومصر بالوسيطين.", "ceasefire.mediators",
			nil},
	})
}
