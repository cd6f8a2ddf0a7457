package claims

import "testing"

// TestSetsContrastAndRefusedRole: a name a contrast negation sets off (", not Turkish ones",
// "، لا إماراتية") is left out of the role the names before it hold; a role refused for a
// named body ("rejected any role for Turkey as a guarantor", articles not counted in the
// distance back to the refusal) names nobody to it.
func TestSetsContrastAndRefusedRole(t *testing.T) {
	const gaza = "Israel and Hamas agreed to a ceasefire in Gaza on Sunday. "
	const gazaAr = "اتفقت إسرائيل وحركة حماس على وقف لإطلاق النار في غزة يوم الأحد. "
	const sudan = "The Sudanese army and the RSF agreed to a truce in El Fasher on Monday. "
	const sudanAr = "اتفق الجيش السوداني وقوات الدعم السريع على هدنة يوم الاثنين. "
	runCases(t, []mechanismCase{
		{"probe: mediators, not Turkish ones, brokered (Gaza)", "en", pubTue, gaza + "Egyptian and Qatari mediators, not Turkish ones, brokered the deal.", "ceasefire.mediators",
			[]string{"egypt,qatar@outlet"}},
		{"probe: brokered by mediators, not Turkish ones (Gaza)", "en", pubTue, gaza + "The deal was brokered by Egyptian and Qatari mediators, not Turkish ones.", "ceasefire.mediators",
			[]string{"egypt,qatar@outlet"}},
		{"probe: mediators, not Emirati ones (Sudan)", "en", pubTue, sudan + "Saudi and American mediators, not Emirati ones, brokered the truce.", "ceasefire.mediators",
			[]string{"saudi_arabia,united_states@outlet"}},
		{"probe: بوساطة سعودية وأمريكية، لا إماراتية (Sudan)", "ar", pubTue, sudanAr + "وتمت الهدنة بوساطة سعودية وأمريكية، لا إماراتية.", "ceasefire.mediators",
			[]string{"saudi_arabia,united_states@outlet"}},
		{"probe: rejected any role for Turkey as a guarantor (Gaza)", "en", pubTue, gaza + "Israel rejected any role for Turkey as a guarantor.", "ceasefire.guarantors", nil},
		{"probe: رفضت أي دور لتركيا كضامن (Gaza)", "ar", pubTue, gazaAr + "ورفضت إسرائيل أي دور لتركيا كضامن للاتفاق.", "ceasefire.guarantors", nil},
		{"probe: rejected any role for the UAE as a mediator (Sudan)", "en", pubTue, sudan + "The army rejected any role for the UAE as a mediator.", "ceasefire.mediators", nil},
		{"probe: rejected any role for Britain as a guarantor (Ukraine)", "en", pubTue, "Russia and Ukraine agreed to a truce on Monday. Moscow rejected any role for Britain as a guarantor of the truce.", "ceasefire.guarantors", nil},
		// Kept.
		{"three mediators, none contrasted (Gaza)", "en", pubTue, gaza + "Egyptian, Qatari and Turkish mediators brokered the deal.", "ceasefire.mediators",
			[]string{"egypt,qatar,turkey@outlet"}},
		{"guarantors named (Gaza)", "en", pubTue, gaza + "Egypt, Qatar and Turkey will act as guarantors.", "ceasefire.guarantors",
			[]string{"egypt,qatar,turkey@outlet"}},
		{"a refusal in another clause (Gaza)", "en", pubTue, gaza + "Hamas denied the report and said Turkey would act as a guarantor.", "ceasefire.guarantors",
			[]string{"turkey@hamas"}},
		{"a refusal before a comma (Gaza)", "en", pubTue, gaza + "Hamas rejected the claims, saying Turkey and Qatar are the guarantors.", "ceasefire.guarantors",
			[]string{"qatar,turkey@hamas"}},
	})
}
