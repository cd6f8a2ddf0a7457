package claims

// Start days resolved against an anchor: the statement's day, the dateline, last night and yesterday.

import "testing"

// TestAnchorDays: a bare midnight is dated by the statement's day or the dateline, else it is tonight's.
func TestAnchorDays(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a long dateline dates the report", "en", "2025-10-15T08:00:00Z", "HODEIDAH, Yemen, Oct 15 (Coastal Times) - A ceasefire in Hodeidah took effect at midnight on Tuesday, residents said.", "ceasefire.start_time",
			[]string{"2025-10-14T21:00:00Z@local_residents"}},
		{"arabic: the statement's day dates a bare midnight", "ar", pubTueAr, "أعلنت الحكومة اليمنية، الاثنين، أنها اتفقت مع الحوثيين على هدنة في الحديدة تدخل حيز التنفيذ عند منتصف الليل.", "ceasefire.start_time",
			[]string{"2025-10-13T21:00:00Z@yemeni_government"}},
		{"english: announced on a day", "en", pubTue, "The Yemeni government announced on Monday that the truce in Hodeidah would take effect at midnight.", "ceasefire.start_time",
			[]string{"2025-10-13T21:00:00Z@yemeni_government"}},
		{"without a statement day midnight is tonight's", "en", pubTue, "The Yemeni government said the truce in Hodeidah would take effect at midnight.", "ceasefire.start_time",
			[]string{"2025-10-14T21:00:00Z@yemeni_government"}},
		{"a wire copy republished later keeps its dateline's day", "en", pubTue, "ADEN, Oct. 13 (GWS) - The Houthis and the Yemeni government agreed to a ceasefire in Hodeidah. The truce takes effect at midnight, the Houthis said.", "ceasefire.start_time",
			[]string{"2025-10-13T21:00:00Z@houthis"}},
		{"a dateline of the publication day changes nothing", "en", pubTue, "ADEN, Oct. 14 (GWS) - The Houthis and the Yemeni government agreed to a ceasefire in Hodeidah. The truce takes effect at midnight, the Houthis said.", "ceasefire.start_time",
			[]string{"2025-10-14T21:00:00Z@houthis"}},
	})
}

// TestLastNight: midnight last night and of yesterday's night.
func TestLastNight(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic last night's midnight", "ar", pubTueAr, yemenLeadAr + "ودخلت الهدنة حيز التنفيذ منتصف الليلة الماضية.", "ceasefire.start_time",
			[]string{"2025-10-13T21:00:00Z@outlet"}},
		{"arabic midnight of yesterday's night is last night's", "ar", pubTueAr, yemenLeadAr + "ودخلت الهدنة حيز التنفيذ منتصف ليلة أمس.", "ceasefire.start_time",
			[]string{"2025-10-13T21:00:00Z@outlet"}},
		{"english midnight last night", "en", pubTue, yemenLead + "The truce took effect at midnight last night.", "ceasefire.start_time",
			[]string{"2025-10-13T21:00:00Z@outlet"}},
	})
}
