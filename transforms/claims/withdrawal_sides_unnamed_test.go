package claims

import "testing"

// unnamedSidesExtractor is the shared extractor, which writes withdrawals of both unnamed
// sides as BothSides.
func unnamedSidesExtractor(t *testing.T) *Extractor {
	t.Helper()
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return x
}

// TestWithdrawalUnnamedSides: a withdrawal stated of both sides in an article that names
// neither (a short item, an explainer assuming the reader knows the war) is written with the
// subject BothSides, for the comparison to resolve from its event's parties; an article naming
// the sides gets their forces. Probes: both sides of a border, both sides' mediators, both
// sides claiming victory, a call on both sides, and an article naming its sides.
func TestWithdrawalUnnamedSides(t *testing.T) {
	both := []string{BothSides + "=required@outlet"}
	runCasesOn(t, unnamedSidesExtractor(t), []mechanismCase{
		{"en: fighters on both sides are to withdraw (Taiz explainer)", "en", pubTue,
			"Fighters on both sides are to withdraw 500 metres from the eastern lines under the deal, to be verified by the joint committee.", "ceasefire.withdrawal", both},
		{"en: requires gunmen of both tribes to pull back (Basra)", "en", pubTue,
			"The document, seen by Tigris Wire, requires gunmen of both tribes to pull back from the highway.", "ceasefire.withdrawal", both},
		{"en: binds armed men on both sides to leave the streets (Port Sudan)", "en", pubTue,
			"The qalad was sealed in Suakin on Wednesday morning. The text covers not only Dar al-Naim but also Deim al-Arab and al-Thawra. It binds armed men on both sides to leave the streets within 24 hours.", "ceasefire.withdrawal", both},
		{"ar: إخلاء الشوارع من مسلحي الطرفين (Port Sudan)", "ar", pubTueAr,
			"وأشار المصدر إلى أن القلد يتضمن إخلاء الشوارع من مسلحي الطرفين خلال يوم واحد.", "ceasefire.withdrawal", both},
		{"ar: على المسلحين من الطرفين إخلاء الشوارع", "ar", pubTueAr,
			"وقال المتحدث إن على المسلحين من الطرفين إخلاء الشوارع، هذا بند واضح في الاتفاق.", "ceasefire.withdrawal", both},
		{"named sides: their forces, no BothSides (Sudan)", "en", pubTue,
			"Sudan's army and the RSF agreed to a truce in El Fasher on Tuesday. The deal binds armed men on both sides to leave the streets within 24 hours.", "ceasefire.withdrawal",
			[]string{"rapid_support_forces=required@outlet", "sudanese_armed_forces=required@outlet"}},
		// Probes.
		{"probe: both sides of the border", "en", pubTue,
			"Elders from both sides of the border met in the market town on Tuesday to discuss the truce.", "ceasefire.withdrawal", nil},
		{"probe: both sides' mediators", "en", pubTue,
			"Both sides' mediators met in Doha on Tuesday to discuss the truce.", "ceasefire.withdrawal", nil},
		{"probe: both sides claimed victory", "en", pubTue,
			"Both sides claimed victory after the truce took effect on Tuesday.", "ceasefire.withdrawal", nil},
		{"probe: a call on both sides to pull back", "en", pubTue,
			"The UN urged both sides to pull back their fighters from the market.", "ceasefire.withdrawal", nil},
		{"probe: both sides discussed withdrawing armed men", "ar", pubTueAr,
			"وبحث الطرفان سحب المسلحين من الشوارع في جولة المحادثات المقبلة.", "ceasefire.withdrawal", nil},
	})
}

// TestSideForce: the force that withdraws for a party: a force itself, a government's or a
// party's one affiliated army; nothing for an unknown id.
func TestSideForce(t *testing.T) {
	x := unnamedSidesExtractor(t)
	for _, tc := range []struct{ id, want string }{
		{"houthis", "houthis"},
		{"kdp", "unit_80"},
		{"puk", "unit_70"},
		{"unit_70", "unit_70"},
		{"bani_rashed", "bani_rashed"},
		{"no_such_entity", ""},
	} {
		if got := x.SideForce(tc.id); got != tc.want {
			t.Errorf("SideForce(%q) = %q, want %q", tc.id, got, tc.want)
		}
	}
}
