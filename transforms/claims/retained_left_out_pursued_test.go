package claims

import "testing"

// TestRetainedLeftOutPursued: a pursuit that goes on against a group the sentence leaves out of
// the truce, told through a relative or a pronoun, is the right to keep fighting it ("does not
// extend to TJW and other splinter groups, against whom intelligence-based operations will
// continue", «ولا يشمل وقف العدائيات ميليشيا الدعم السريع، التي ستواصل قواتنا دحرها», «يستثني
// خلايا داعش ... وأن القوات الحكومية ستواصل ملاحقتها»). Witnesses: waziristan wz_006, kadugli
// kd_009, suwayda sw_026, when the sentence presents the target as terrorists, jihadists,
// militants or insurgents (not bamenda bm_032, bangui bg_033, chad cd_018, where the gold has no
// claim). Probes from Somalia, Syria, Yemen and Sudan; near misses: a faction named without such a
// word, the pursuit negated, talks that go on, a pursuit told before the exclusion, another
// account after a contrast, a place left out.
func TestRetainedLeftOutPursued(t *testing.T) {
	const somaliaLead = "Somalia's federal government and Jubaland agreed to a ceasefire in Gedo on Tuesday. "
	const sudanLead = "Sudan's army and the RSF agreed to a truce in El Fasher on Tuesday. "
	const sudanLeadAr = "اتفق الجيش السوداني وقوات الدعم السريع على هدنة في الفاشر يوم الثلاثاء. "
	runCases(t, []mechanismCase{
		{"en: against whom operations will continue (Somalia)", "en", pubTue,
			somaliaLead + "The truce does not cover al-Shabaab, against whom military operations will continue, the statement said.", "ceasefire.retained_rights",
			[]string{"fight_terrorism=retained@outlet"}},
		{"ar: الذي ستواصل قواتنا ملاحقته (Syria)", "ar", pubTueAr,
			syriaLeadAr + "وقال الجيش السوري إن الهدنة لا تشمل تنظيم داعش، الذي ستواصل قواتنا ملاحقته في البادية.", "ceasefire.retained_rights",
			[]string{"fight_terrorism=retained@syrian_army"}},
		{"ar: وإن العمليات ضدها ستتواصل, a terrorist militia (Sudan)", "ar", pubTueAr,
			sudanLeadAr + "وقال المتحدث باسم الجيش إن الهدنة لا تشمل ميليشيا الدعم السريع الإرهابية وإن العمليات ضدها ستتواصل.", "ceasefire.retained_rights",
			[]string{"fight_terrorism=retained@sudanese_armed_forces"}},
		{"en: militants against whom operations will continue (Sudan)", "en", pubTue,
			sudanLead + "The truce does not cover the RSF militants in Nyala, against whom operations will continue, the army said.", "ceasefire.retained_rights",
			[]string{"fight_terrorism=retained@sudanese_armed_forces"}},
		// Near misses.
		// A rebel faction named without a terror or insurgent word: its exclusion only (gold
		// README, stop 25; bamenda bm_032 «هذا الفصيل», bangui bg_033 «مجموعة 3R», chad cd_018
		// "the council is excluded and that operations against it will go on").
		{"probe: a rebel force named without a terror word (Sudan, ar)", "ar", pubTueAr,
			sudanLeadAr + "وقال المتحدث باسم الجيش إن الهدنة لا تشمل قوات الدعم السريع وإن العمليات ضدها ستتواصل.", "ceasefire.retained_rights",
			nil},
		{"probe: operations against it will go on (Sudan)", "en", pubTue,
			sudanLead + "The army says the RSF is excluded and that operations against it will go on.", "ceasefire.retained_rights",
			nil},
		{"probe: the pursuit negated (Somalia)", "en", pubTue,
			somaliaLead + "The truce does not cover al-Shabaab, against whom operations will not continue during the talks, the statement said.", "ceasefire.retained_rights",
			nil},
		{"probe: talks go on (Syria)", "en", pubTue,
			syriaLead + "The ceasefire does not cover Hayat Tahrir al-Sham, and talks will continue next week, the envoy said.", "ceasefire.retained_rights",
			nil},
		{"probe: the pursuit told before the exclusion (Sudan)", "en", pubTue,
			sudanLead + "Operations will continue in North Kordofan, and the truce does not cover the RSF, the army said.", "ceasefire.retained_rights",
			nil},
		{"probe: another account after a contrast (Sudan)", "en", pubTue,
			sudanLead + "The army says the truce does not cover the RSF, while the RSF says its operations will continue.", "ceasefire.retained_rights",
			nil},
		{"probe: a place left out (Yemen)", "en", pubTue,
			yemenLead + "The truce does not cover Marib, where operations will continue, the ministry said.", "ceasefire.retained_rights",
			nil},
	})
}
