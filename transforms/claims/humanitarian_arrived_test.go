package claims

import "testing"

// TestAidArrivedIsADeed: aid said to have arrived ("The first aid convoy since the truce ...
// reached Agok", "About 1,400 tonnes of food aid reached Hodeidah") is a deed seen on the
// ground, no term of the deal (abyei ab_019, bamenda bm_019, mindanao mn_019, redsea rs_025 read
// aid_access included). Lexicon arrival_deeds (reached, arrived, entered; وصل, وصلت, دخل,
// دخلت). Kept: the deal named in the sentence other than as a date, a fronted frame, a modal or
// an infinitive before the verb, a term stated with an arrival noun.
func TestAidArrivedIsADeed(t *testing.T) {
	const gazaLead = "Israel and Hamas agreed to a ceasefire in Gaza on Tuesday. "
	const sudanLead = "Sudan's army and the RSF agreed to a truce in El Fasher on Tuesday. "
	const sudanLeadAr = "اتفق الجيش السوداني وقوات الدعم السريع على هدنة في الفاشر يوم الثلاثاء. "
	runCases(t, []mechanismCase{
		{"the first convoy since the truce reached a town (Gaza)", "en", pubTue,
			gazaLead + "The first aid convoy since the truce, 40 trucks of flour and medicine, reached Khan Younis on Wednesday, the UN said.", "ceasefire.humanitarian", nil},
		{"food aid arrived (Sudan)", "en", pubTue,
			sudanLead + "About 900 tonnes of food aid arrived in El Fasher on Saturday, the World Food Programme said.", "ceasefire.humanitarian", nil},
		{"وصلت أول قافلة مساعدات (Sudan)", "ar", pubTue,
			sudanLeadAr + "ووصلت أول قافلة مساعدات إلى مدينة الفاشر صباح اليوم.", "ceasefire.humanitarian", nil},
		// Kept.
		{"a fronted frame makes the arrival a term (Gaza)", "en", pubTue,
			gazaLead + "Under the deal, the first aid convoy reached Khan Younis on Wednesday.", "ceasefire.humanitarian",
			[]string{"aid_access=included@outlet"}},
		{"a convoy sent under the agreement (Sudan)", "en", pubTue,
			sudanLead + "A convoy of aid trucks sent under the agreement reached El Fasher on Saturday.", "ceasefire.humanitarian",
			[]string{"aid_access=included@outlet"}},
		{"aid is to reach: no deed (Sudan)", "en", pubTue,
			sudanLead + "Aid convoys are to reach El Fasher within days, the UN said.", "ceasefire.humanitarian",
			[]string{"aid_access=included@un"}},
		{"the truce allows aid to reach (Sudan)", "en", pubTue,
			sudanLead + "The truce allows aid convoys to reach El Fasher, the UN said.", "ceasefire.humanitarian",
			[]string{"aid_access=included@un"}},
		{"ينص الاتفاق على وصول قوافل المساعدات (Sudan)", "ar", pubTue,
			sudanLeadAr + "وينص الاتفاق على وصول قوافل المساعدات إلى الفاشر.", "ceasefire.humanitarian",
			[]string{"aid_access=included@outlet"}},
	})
}
