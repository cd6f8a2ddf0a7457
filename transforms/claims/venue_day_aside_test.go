package claims

// A day set off by commas in a verb-first clause parts neither the place from the talks nor the
// day from them (talks.venue, talks.date; sulaymaniyah sl_036, aden ad_030).

import "testing"

// TestDayAsideInVerbFirstTalks: "انطلقت في مسقط، اليوم الخميس، جولة جديدة من المباحثات".
func TestDayAsideInVerbFirstTalks(t *testing.T) {
	const pub = "2028-07-13T11:00:00Z" // a Thursday
	runCases(t, []mechanismCase{
		{"arabic a day set off by commas", "ar", pub, yemenLeadAr + "انطلقت في مسقط، اليوم الخميس، جولة جديدة من المباحثات بين الطرفين.", "talks.venue",
			[]string{"muscat@outlet"}},
		{"arabic the day set off by commas dates the talks", "ar", pub, yemenLeadAr + "انطلقت في مسقط، اليوم الخميس، جولة جديدة من المباحثات بين الطرفين.", "talks.date",
			[]string{"2028-07-13@outlet"}},
		{"arabic an aside that is no day parts the place from the talks", "ar", pub, yemenLeadAr + "انطلقت في مسقط، بعد أيام من القصف، جولة جديدة من المباحثات.", "talks.venue",
			nil},
	})
}
