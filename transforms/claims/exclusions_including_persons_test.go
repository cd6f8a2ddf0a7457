package claims

// "بمن فيهم" (including, of persons) lists covered members as "بما فيها" does for places: "يسري
// على جميع المقيمين على الحدود، بمن فيهم أبناء العشائر"; in a toll or a displacement report it
// names no coverage.

import "testing"

func TestExclusionIncludingPersons(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic applies to all factions including a group", "ar", "", yemenLeadAr + "وقال المسؤول إن الهدنة تسري على جميع الفصائل المسلحة، بمن فيهم ألوية العمالقة.", "ceasefire.exclusions",
			[]string{"giants_brigades=not_excluded@outlet"}},
		// Probes: a toll and a displacement report (Sudan), no truce noun.
		{"arabic killed including children", "ar", "", yemenLeadAr + "وقُتل عشرة أشخاص في قصف على تعز أمس، بمن فيهم ثلاثة أطفال.", "ceasefire.exclusions",
			nil},
		{"arabic displaced including residents (sudan)", "ar", "", "اتفق الجيش السوداني وقوات الدعم السريع على هدنة في الفاشر يوم الأحد. ونزح الآلاف خلال المعارك، بمن فيهم سكان مخيم زمزم.", "ceasefire.exclusions",
			nil},
	})
}
