package claims

import "testing"

// TestMovedTalksVenue: a move of the talks to a city is their venue: hedged when the move is
// spoken of (hinted, possible, proposed, demanded), plain when it was made; a move of troops,
// of the wounded or of the talks to a new phase places no talks.
func TestMovedTalksVenue(t *testing.T) {
	const sudanLeadAr = "اتفق الجيش السوداني وقوات الدعم السريع على هدنة في الفاشر. "
	const sudanLead = "The Sudanese army and the Rapid Support Forces agreed to a truce in El Fasher. "
	runCases(t, []mechanismCase{
		// Positives.
		{"arabic hinted possibility of moving them (the talks named before) to a city", "ar", "", sudanLeadAr + "ويدور خلاف حول مكان الجولة المقبلة من المفاوضات؛ إذ تتمسك الحكومة بعقدها في جدة، ولمّح مسؤول في الاتحاد الأفريقي إلى إمكانية نقلها إلى أديس أبابا.", "talks.venue",
			[]string{"addis_ababa@african_union~hedged", "jeddah@sudanese_government"}},
		{"arabic proposed moving the talks", "ar", "", syriaLeadAr + "واقترحت روسيا نقل المفاوضات إلى أستانا.", "talks.venue",
			[]string{"astana@russia~proposed"}},
		{"arabic the talks were moved: plain", "ar", "", syriaLeadAr + "ونُقلت المفاوضات إلى جنيف الأسبوع الماضي.", "talks.venue",
			[]string{"geneva@outlet"}},
		{"arabic a move made with tamma: plain", "ar", "", yemenLeadAr + "وتم نقل المحادثات إلى الرياض بعد تعثرها.", "talks.venue",
			[]string{"riyadh@outlet"}},
		{"english suggested moving the talks", "en", "", sudanLead + "An African Union official suggested moving the talks to Addis Ababa.", "talks.venue",
			[]string{"addis_ababa@outlet~proposed"}},
		{"english the talks could be moved, an official said", "en", "", sudanLead + "The talks could be moved to Addis Ababa, an African Union official said.", "talks.venue",
			[]string{"addis_ababa@african_union~hedged"}},
		{"english demand to relocate the negotiations", "en", "", syriaLead + "The opposition demanded to relocate the negotiations to Geneva.", "talks.venue",
			[]string{"geneva@syrian_armed_opposition~demanded"}},
		{"english the talks were moved: plain", "en", "", yemenLead + "The talks were moved to Riyadh last week.", "talks.venue",
			[]string{"riyadh@outlet"}},
		{"english moved the talks from one city to another", "en", "", sudanLead + "The mediators moved the talks from Jeddah to Addis Ababa on Monday.", "talks.venue",
			[]string{"addis_ababa@outlet"}},
		// Probes.
		{"probe arabic troops withdrawn and moved (pronoun) after talks", "ar", "", yemenLeadAr + "وبعد انتهاء المفاوضات، سحب الجيش قواته من المدينة ونقلها إلى الرياض.", "talks.venue",
			nil},
		{"probe arabic the wounded moved to a city", "ar", "", sudanLeadAr + "وطالبت الوساطة بنقل الجرحى إلى جدة خلال المفاوضات.", "talks.venue",
			nil},
		{"probe english troops moved to a city", "en", "", syriaLead + "After the talks the army moved troops to Geneva.", "talks.venue",
			nil},
		{"probe english the talks moved to a new phase", "en", "", syriaLead + "The talks moved to a new phase on Monday, the envoy said.", "talks.venue",
			nil},
		{"probe arabic the talks moved to a new stage", "ar", "", yemenLeadAr + "وانتقلت المفاوضات إلى مرحلة جديدة.", "talks.venue",
			nil},
		{"probe english a move denied", "en", "", yemenLead + "The government did not move the talks to Riyadh.", "talks.venue",
			nil},
		{"probe english army moved after talks", "en", "", sudanLead + "After the talks the army moved to Jeddah.", "talks.venue",
			nil},
	})
}
