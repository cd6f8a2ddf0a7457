package claims

// Earlier talks dated by a year: in an undated article, a year by the talks noun ("In 2019 the
// talks collapsed", "The 2023 talks in Jeddah", "وفي 2019 انهارت المحادثات") dates other talks,
// not this round's venue (frozen colombia: "وفي 2019 انهارت المحادثات برمتها إثر تفجير أكاديمية
// للشرطة في بوغوتا" read Bogotá against Havana).

import "testing"

// TestEarlierYearTalksNameNoVenue: probes from Gaza, Sudan, Colombia in both languages, and
// talks without a year that keep their venue.
func TestEarlierYearTalksNameNoVenue(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: arabic year after a conjunction", "ar", "", gazaLeadAr + "وفي 2019 انهارت المحادثات برمتها إثر تفجير في القاهرة.", "talks.venue", nil},
		{"probe: arabic colombia", "ar", "", "وفي 2019 انهارت المحادثات برمتها إثر تفجير أكاديمية للشرطة في بوغوتا.", "talks.venue", nil},
		{"probe: in 2019 the talks", "en", "", gazaLead + "In 2019 the talks collapsed after a bombing in Cairo.", "talks.venue", nil},
		{"probe: the 2023 talks", "en", "", fasherLead + "The 2023 talks in Jeddah broke down within weeks.", "talks.venue", nil},
		{"talks without a year keep their venue", "en", "", fasherLead + "Talks are due to resume in Jeddah next week.", "talks.venue",
			[]string{"jeddah@outlet~expected"}},
		{"a dated article's own year is no earlier year", "en", "2026-05-02", fasherLead + "The talks in Jeddah in May 2026 produced the truce.", "talks.venue",
			[]string{"jeddah@outlet"}},
	})
}
