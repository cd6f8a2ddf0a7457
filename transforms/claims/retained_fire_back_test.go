package claims

import "testing"

// TestRightToFireBackOrDefend: "the right to fire back" (hermel hm_036 'each army keeps the
// right to fire back if attacked', mindanao mn_021 'Both sides keep the right to fire back if
// attacked') and a possessed right to defend ("يحتفظ بحقه في الدفاع عن الأحياء", haiti ht_016;
// "مع احتفاظ الجيش اللبناني بحقه في الدفاع عن الأراضي اللبنانية", hermel hm_035) are the right to
// respond, as "the right to hit back" and "بحقه في الرد" are (lexicon respond_to_violations
// cues). Probes from Gaza, Sudan, Yemen and Ukraine; a deed of firing back is no right, and a
// right denied or taken away is not retained.
func TestRightToFireBackOrDefend(t *testing.T) {
	const gazaLead = "Israel and Hamas agreed to a ceasefire in Gaza on Tuesday. "
	const sudanLead = "Sudan's army and the RSF agreed to a truce in El Fasher on Tuesday. "
	const fasherLeadAr = "يسود الهدوء الحذر مدينة الفاشر في ظل الهدنة. "
	const taizLeadAr = "يسود الهدوء الحذر مدينة تعز في ظل الهدنة. "
	runCases(t, []mechanismCase{
		{"both sides keep the right to fire back if attacked (Gaza)", "en", pubTue, gazaLead + "Both sides keep the right to fire back if attacked, Egypt said.", "ceasefire.retained_rights",
			[]string{"respond_to_violations=retained@egypt"}},
		{"the army retains the right to fire back (Ukraine)", "en", pubTue, "Russia and Ukraine agreed to a maritime truce in the Black Sea on Tuesday. The navy retains the right to fire back at any vessel that attacks it.", "ceasefire.retained_rights",
			[]string{"respond_to_violations=retained@outlet"}},
		{"keeps its right to defend its positions if attacked (Yemen)", "ar", pubTueAr, taizLeadAr + "وأكد المتحدث أن القوات تحتفظ بحقها في الدفاع عن مواقعها إذا تعرضت لهجوم.", "ceasefire.retained_rights",
			[]string{"respond_to_violations=retained@outlet"}},
		// Nothing, or not retained.
		{"soldiers fired back: a deed (Sudan)", "en", pubTue, sudanLead + "Soldiers fired back when gunmen attacked a checkpoint, the army said.", "ceasefire.retained_rights", nil},
		{"no right to fire back (Gaza)", "en", pubTue, gazaLead + "The army has no right to fire back under the deal, the mediators said.", "ceasefire.retained_rights",
			[]string{"respond_to_violations=not_retained@gaza_mediators"}},
		{"the deal gives no right to defend (Sudan)", "ar", pubTueAr, fasherLeadAr + "وقال المتحدث إن الاتفاق لا يمنح الدعم السريع أي حق في الدفاع عن مواقعه داخل المدينة.", "ceasefire.retained_rights",
			[]string{"respond_to_violations=not_retained@outlet"}},
	})
}
