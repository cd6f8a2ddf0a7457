package claims

import "testing"

// TestCeasefireNounInfighting: «وقف الاقتتال» (stopping the infighting, the usual word for
// fighting between communities, tribes or factions of one side) is a ceasefire noun as «وقف
// القتال» is, so a truce to stop it placed in a town is agreed and partial. Misses in portsudan
// ps_008 («القلد ... لوقف الاقتتال في مدينة بورتسودان السودانية»), kufra kf_002 («مبادرة ...
// لوقف الاقتتال في الكفرة»), and aden ad_011 («لوقف الاقتتال في عدن وأبين», no gold line);
// probes from Sudan, Syria and Libya. Near misses: the infighting itself (no stop), and a stop
// called for or denied, read as «وقف القتال» is.
func TestCeasefireNounInfighting(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a deal to stop the infighting in a city (Sudan)", "ar", pubTueAr, "رحبت الرياض بالاتفاق الذي توصل إليه الطرفان لوقف الاقتتال في مدينة الفاشر.", "ceasefire.scope",
			[]string{"partial@saudi_arabia"}}, // the welcomer speaks of what it welcomes (speakers_welcomed_object_test.go)
		{"two factions agreed to stop the infighting (Syria)", "ar", pubTueAr, "اتفقت قوات سوريا الديمقراطية والجيش الوطني السوري على وقف الاقتتال في منبج.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"a council announced a deal (Libya)", "ar", pubTueAr, "أعلن المجلس البلدي التوصل إلى اتفاق لوقف الاقتتال في مدينة الزاوية.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"near miss: the infighting resumed, no truce (Libya)", "ar", pubTueAr, "تجدد الاقتتال في مدينة الزاوية أمس.", "ceasefire.status",
			nil},
		{"near miss: a call is no agreement (Sudan)", "ar", pubTueAr, "دعت الأمم المتحدة إلى وقف الاقتتال في الفاشر.", "ceasefire.status",
			nil},
		{"near miss: a denied deal (Sudan)", "ar", pubTueAr, "نفى الجيش التوصل إلى أي اتفاق لوقف الاقتتال في الفاشر.", "ceasefire.status",
			[]string{"not_agreed@sudanese_armed_forces"}},
	})
}
