package claims

import "testing"

// TestUndatedYearBackground: in an article without a date, a sentence that names a year tells
// of an earlier truce (a fronted "In April 2022,", a relative clause "that Oman brokered in
// February 2024"). Probes: an undated sentence without a year, a year after since, a year in a
// phrase set off by commas or after a dash, a full date, a four-digit count, and a dated article whose own year is named.
func TestUndatedYearBackground(t *testing.T) {
	runCases(t, []mechanismCase{
		{"fronted month and year (Yemen)", "en", "",
			yemenLead + "In April 2022, after weeks of clashes, the two sides agreed to a truce of two months.", "ceasefire.duration", nil},
		{"fronted month and year (ar)", "ar", "",
			yemenLeadAr + "ففي نيسان/أبريل 2022، وبعد اشتباكات مماثلة، اتفق الطرفان على هدنة مدتها شهران.", "ceasefire.duration", nil},
		{"a truce brokered in a named month and year (Sudan)", "en", "",
			"Sudan's army and the RSF agreed to a truce in El Fasher. A local truce that Qatar brokered in February 2024 collapsed within a week.", "ceasefire.mediators", nil},
		{"signed at the end of a year (South Sudan, ar)", "ar", "",
			"اتفقت الحكومة والمعارضة المسلحة على وقف لإطلاق النار في أعالي النيل. ويستحضر كثيرون مصير الاتفاق الذي وُقّع في نيروبي نهاية عام 2017 وانهار بعد ساعات.", "talks.venue", nil},
		// Probes.
		{"probe: undated, no year (Yemen)", "en", "",
			yemenLead + "The truce, brokered by Oman, will last 30 days.", "ceasefire.duration", []string{"30@outlet"}},
		{"probe: a year after since (Yemen)", "en", "",
			yemenLead + "The truce is the first since 2022 and will last 30 days.", "ceasefire.duration", []string{"30@outlet"}},
		{"probe: a year in a phrase set off by commas (Red Sea)", "en", "",
			yemenLead + "The truce, unlike the May 2023 understanding, will last 30 days.", "ceasefire.duration", []string{"30@outlet"}},
		{"probe: a four-digit count (Myanmar)", "en", "",
			yemenLead + "The truce covers some 2000 fighters and will last 30 days.", "ceasefire.duration", []string{"30@outlet"}},
		{"probe: a full date is a step of this truce (Yemen)", "en", "",
			yemenLead + "The truce will last 30 days and requires the Houthis to leave the port before 13 November 2019.", "ceasefire.duration", []string{"30@outlet"}},
		{"probe: a year in an aside after a dash (Yemen)", "en", "",
			yemenLead + "The United Nations will monitor the port - a task it took on in 2018.", "ceasefire.monitors", []string{"un@outlet"}},
		{"probe: a dated article names its own year (Yemen)", "en", pubTue,
			yemenLead + "In October 2025, the two sides agreed to a truce of 30 days.", "ceasefire.duration", []string{"30@outlet"}},
	})
}
