package claims

import "testing"

// TestTalksDateOfDayRange: talks over a range of days of the month are dated by the opening day
// (talks_dates_day_range.go). Witnesses: bamenda bm_004 ('which it hosted from 10 to 12
// September'), taiz tz_024 («بين 13 و15 آذار/مارس»). Not: a range of another count before the
// day, a single day. Probes from Yemen and Sudan.
func TestTalksDateOfDayRange(t *testing.T) {
	const pub = "2025-10-14T10:00:00+03:00"
	runCases(t, []mechanismCase{
		{"arabic between two days of a month", "ar", "2027-03-20T10:00:00+03:00", yemenLeadAr + "وكانت جولة المشاورات التي احتضنتها مسقط بين 13 و15 آذار/مارس الجاري قد جرت برعاية أممية.", "talks.date",
			[]string{"2027-03-13@outlet"}},
		{"from one day to another", "en", pub, yemenLead + "Oman facilitated the talks, which it hosted from 10 to 12 September.", "talks.date",
			[]string{"2025-09-10@outlet"}},
		{"a dash between the days (Sudan)", "en", pub, "The Sudanese army and the Rapid Support Forces agreed to a truce in El Fasher. The talks in Jeddah were held on 6-8 October.", "talks.date",
			[]string{"2025-10-06@outlet"}},
		// Probes.
		{"probe: a range of delegations, then the day", "en", pub, yemenLead + "Talks with 10 to 12 delegations will open in Muscat on 15 November.", "talks.date",
			[]string{"2025-11-15@outlet"}},
		{"probe: a single day", "en", pub, yemenLead + "The talks in Muscat opened on 12 September.", "talks.date",
			[]string{"2025-09-12@outlet"}},
	})
}
