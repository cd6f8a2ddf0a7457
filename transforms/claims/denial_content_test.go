package claims

import "testing"

// TestDenialOfReportedContent: a denial of claims, reports or allegations denies what they say,
// though the content noun is also a verb of saying ("claims", "reports") or carries one in its
// relative clause ("الأنباء التي تحدثت عن أن"); a verb of saying of its own still asserts.
func TestDenialOfReportedContent(t *testing.T) {
	runCases(t, []mechanismCase{
		{"rejected claims that", "en", pubTue, yemenLead + "The Houthis rejected claims that the truce excludes the Red Sea coast.", "ceasefire.exclusions",
			[]string{"red_sea=not_excluded@houthis"}},
		{"dismissed reports that", "en", pubTue, yemenLead + "The Houthis dismissed reports that the truce excludes the Red Sea coast.", "ceasefire.exclusions",
			[]string{"red_sea=not_excluded@houthis"}},
		{"arabic: rejected the news that spoke of", "ar", pubTueAr, yemenLeadAr + "ورفض الحوثيون الأنباء التي تحدثت عن أن الهدنة تستثني الساحل الغربي.", "ceasefire.exclusions",
			[]string{"taiz_coast=not_excluded@houthis"}},
		// Not denied: the report confirmed, a denial of something else then a verb of its own.
		{"confirmed reports that", "en", pubTue, yemenLead + "The Houthis confirmed reports that the truce excludes the Red Sea coast.", "ceasefire.exclusions",
			[]string{"red_sea=excluded@houthis"}},
		{"denied the report and said", "en", pubTue, yemenLead + "The Houthis rejected the report and said the truce excludes the Red Sea coast.", "ceasefire.exclusions",
			[]string{"red_sea=excluded@houthis"}},
		{"denied the reports, saying", "en", pubTue, yemenLead + "The Houthis denied the reports, saying the truce excludes the Red Sea coast.", "ceasefire.exclusions",
			[]string{"red_sea=excluded@houthis"}},
		{"arabic: denied the attack and said", "ar", pubTueAr, yemenLeadAr + "ونفى الحوثيون الهجوم وقالوا إن الهدنة تستثني الساحل الغربي.", "ceasefire.exclusions",
			[]string{"taiz_coast=excluded@houthis"}},
	})
}
