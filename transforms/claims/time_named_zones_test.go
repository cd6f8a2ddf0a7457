package claims

// Named zones (lexicon named_zones): a zone whose offset follows rules is read by the rules of
// the expression's date ("5 p.m. Eastern time" is 21:00Z in October, 22:00Z in January), a
// fixed one by its offset, "local time" by the event's own clock. A zone names no start: a
// press conference's ET hour is no truce start.

import "testing"

func TestNamedZonesResolveByTheirRules(t *testing.T) {
	const pubJan = "2026-01-13T08:00:00Z" // a Tuesday in winter
	runCases(t, []mechanismCase{
		{"Eastern time in October is EDT (UTC-4)", "en", pubTue, yemenLead + "The truce takes effect at 5 p.m. Eastern time on Wednesday, the State Department said.", "ceasefire.start_time",
			[]string{"2025-10-15T21:00:00Z@us_state_department"}},
		{"Eastern time in January is EST (UTC-5)", "en", pubJan, yemenLead + "The truce takes effect at 5 p.m. Eastern time on Wednesday, the State Department said.", "ceasefire.start_time",
			[]string{"2026-01-14T22:00:00Z@us_state_department"}},
		{"ET abbreviation", "en", pubTue, yemenLead + "The ceasefire will begin at 8 p.m. ET on Wednesday.", "ceasefire.start_time",
			[]string{"2025-10-16T00:00:00Z@outlet"}},
		{"EST is a fixed offset", "en", pubTue, yemenLead + "The ceasefire will begin at 8 p.m. EST on Wednesday.", "ceasefire.start_time",
			[]string{"2025-10-16T01:00:00Z@outlet"}},
		{"Mecca time, Arabic", "ar", pubTueAr, yemenLeadAr + "ويبدأ وقف إطلاق النار في السادسة مساء الأربعاء بتوقيت مكة المكرمة.", "ceasefire.start_time",
			[]string{"2025-10-15T15:00:00Z@outlet"}},
		{"local time is the theatre's clock (Yemen, UTC+3)", "en", pubTue, yemenLead + "The ceasefire will begin at 1800 local time on Wednesday.", "ceasefire.start_time",
			[]string{"2025-10-15T15:00:00Z@outlet"}},
		{"local time beside a GMT clock, Arabic", "ar", pubTueAr, yemenLeadAr + "ويبدأ وقف إطلاق النار في السادسة مساء الأربعاء بالتوقيت المحلي (الثالثة عصراً بتوقيت غرينتش).", "ceasefire.start_time",
			[]string{"2025-10-15T15:00:00Z@outlet"}},
		{"probe: an ET press briefing is no truce start", "en", pubTue, yemenLead + "State Department spokesman Matthew Miller will brief reporters at 2 p.m. ET on Thursday.", "ceasefire.start_time", nil},
		{"probe: a Pacific-time earnings call in a war story", "en", pubTue, syriaLead + "The company will hold a call with investors at 9 a.m. Pacific time on Friday.", "ceasefire.start_time", nil},
	})
}
