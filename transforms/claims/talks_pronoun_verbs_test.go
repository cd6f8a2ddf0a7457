package claims

import "testing"

// TestPronounTalksVenue: a verb of holding whose subject or object is a pronoun for talks named
// before it in the sentence places them, across the clause the talks rule stops at
// (talks_pronoun_verbs.go). Witnesses: suwayda sw_024 («لكنها تفضّل أن تُعقد في دمشق»),
// southsudan ss_006 («إذ تتمسك الحكومة بعقدها في جوبا»), mindanao mn_032 («يؤكد الجانب الماليزي
// أنها ستُعقد في كوالالمبور»).
func TestPronounTalksVenue(t *testing.T) {
	const sudanLeadAr = "اتفق الجيش السوداني وقوات الدعم السريع على هدنة في الفاشر. "
	const sudanLead = "The Sudanese army and the Rapid Support Forces agreed to a truce in El Fasher. "
	runCases(t, []mechanismCase{
		// Positives.
		{"arabic elided subject after a complementizer", "ar", "", yemenLeadAr + "وقال المتحدث إن الحكومة ترحب بانعقاد الجولة المقبلة من المحادثات، لكنها تفضّل أن تُعقد في الرياض.", "talks.venue",
			[]string{"riyadh@yemeni_government"}},
		{"arabic object suffix on the verbal noun", "ar", "", sudanLeadAr + "ويدور خلاف حول مكان الجولة المقبلة من المفاوضات؛ إذ تتمسك الحكومة بعقدها في جدة.", "talks.venue",
			[]string{"jeddah@sudanese_government"}},
		{"arabic pronoun on the complementizer", "ar", "", "اتفقت روسيا وأوكرانيا على هدنة في البحر الأسود. ومن المتوقع عقد جولة محادثات جديدة؛ وقالت تركيا إنها ستُعقد في إسطنبول الشهر المقبل.", "talks.venue",
			[]string{"istanbul@turkey"}},
		{"english subject pronoun past its modal", "en", "", yemenLead + "Accounts differ on the date of the second round of talks: Oman says it will be held in Muscat on November 2.", "talks.venue",
			[]string{"muscat@oman"}},
		{"english plural pronoun", "en", "", sudanLead + "The next round of talks is not yet scheduled; the African Union says they will take place in Addis Ababa.", "talks.venue",
			[]string{"addis_ababa@african_union"}},
		// Probes.
		{"probe arabic the pronoun is the speaker holding a press conference", "ar", "", sudanLeadAr + "وتعثرت المفاوضات؛ إذ أعلنت الحكومة أنها ستعقد في بورتسودان مؤتمراً صحفياً.", "talks.venue",
			nil},
		{"probe arabic the pronoun is the agreement named after the talks", "ar", "", sudanLeadAr + "وانتهت جولة المفاوضات؛ وينتظر الطرفان توقيع الاتفاق، ويؤكد الوسطاء أنه سيعقد في جدة.", "talks.venue",
			nil},
		{"probe arabic negated", "ar", "", sudanLeadAr + "وتعثرت المفاوضات، وأكدت الوساطة أنها لن تعقد في جدة.", "talks.venue",
			nil},
		{"probe english negated", "en", "", sudanLead + "The next round of talks is uncertain; the mediators said it will not be held in Jeddah.", "talks.venue",
			nil},
		{"probe english another event with its own subject", "en", "", sudanLead + "The talks ended without a deal; the army said a ceasefire ceremony will take place in Port Sudan.", "talks.venue",
			nil},
		{"probe english no talks named before the pronoun", "en", "", sudanLead + "Parliament met on Monday. It will be held in Port Sudan again next week.", "talks.venue",
			nil},
	})
}
