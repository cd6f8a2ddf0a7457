package claims

// Local times read in the theatre's time zone: zones named in the text, places, and summer time.

import "testing"

// TestSummerTime: a local time follows the theatre's IANA zone, so the same clock time differs in summer and winter.
func TestSummerTime(t *testing.T) {
	runCases(t, []mechanismCase{
		// Damascus: UTC+2 in the winter of 2016, UTC+3 in its summer.
		{"winter", "en", "2016-12-29T10:00:00Z", "The ceasefire in Syria takes effect at midnight on Thursday.", "ceasefire.start_time",
			[]string{"2016-12-29T22:00:00Z@outlet"}},
		{"summer", "en", "2016-07-05T10:00:00Z", "The ceasefire in Syria takes effect at midnight on Thursday.", "ceasefire.start_time",
			[]string{"2016-07-07T21:00:00Z@outlet"}}, // 00:00 Friday, UTC+3
		{"a clock time on a summer day", "en", "2016-07-05T10:00:00Z", "The ceasefire in Syria takes effect at 6 a.m. on Thursday.", "ceasefire.start_time",
			[]string{"2016-07-07T03:00:00Z@outlet"}},
	})
}

// TestZoneNamedInTheText: a zone named in the text (a place's time, UTC, a zone before the day), each time taking the zone named after it.
func TestZoneNamedInTheText(t *testing.T) {
	runCases(t, []mechanismCase{
		{"tonight in Sanaa time, scheduled is asserted", "ar", "2025-10-16T11:00:00+03:00", "ومن المقرر أن تبدأ الهدنة في اليمن منتصف الليلة بتوقيت صنعاء.", "ceasefire.start_time",
			[]string{"2025-10-16T21:00:00Z@outlet"}},
		// Yemen is UTC+3 in the gazetteer; the articles are published on Tuesday 14 October 2025.
		{"midnight with the zone before the day", "en", "2025-10-14T08:00:00Z", "The truce will take effect at midnight Sanaa time (2100 GMT) on Wednesday.", "ceasefire.start_time",
			[]string{"2025-10-15T21:00:00Z@outlet"}},
		{"explicit utc clock and day", "en", "2025-10-14T08:00:00Z", "The ceasefire will take effect at 0300 GMT on Thursday.", "ceasefire.start_time",
			[]string{"2025-10-16T03:00:00Z@outlet"}},
		{"two zones: each time takes the zone named after it", "ar", pubTueAr, yemenLeadAr + "ودخلت الهدنة حيز التنفيذ منتصف الليلة الماضية بتوقيت صنعاء، أي عند التاسعة مساء بتوقيت غرينتش، بحسب بيان الحوثيين.", "ceasefire.start_time",
			[]string{"2025-10-13T21:00:00Z@houthis"}},
		{"a named clock convention is no demonym's zone", "en", pubTue, yemenLead + "The truce takes effect at 3 o'clock at night on Wednesday, Ethiopian time.", "ceasefire.start_time",
			[]string{"2025-10-15T18:00:00Z@outlet"}},
	})
}

// TestSummerTimeEndsBetweenTwoDates: Beirut leaves summer time on the last Sunday of October, so 10 a.m. is 07:00 UTC on 1 October and 08:00 UTC on 2 November.
func TestSummerTimeEndsBetweenTwoDates(t *testing.T) {
	lead := "Hezbollah and Israel agreed to a ceasefire in south Lebanon on Wednesday. "
	runCases(t, []mechanismCase{
		{"october", "en", "2026-09-30T12:00:00Z", lead + "Talks will begin in Naqoura at 10 a.m. on October 1.", "talks.date",
			[]string{"2026-10-01T07:00:00Z@outlet"}},
		{"november", "en", "2026-09-30T12:00:00Z", lead + "Talks will begin in Naqoura at 10 a.m. on November 2.", "talks.date",
			[]string{"2026-11-02T08:00:00Z@outlet"}},
	})
}

// TestZoneOfNamedCountries: a short item that places the truce nowhere reads its times in the
// zone most of the countries it names share (the two sides), not the mediator's, not UTC.
func TestZoneOfNamedCountries(t *testing.T) {
	runCases(t, []mechanismCase{
		// Yemen and Saudi Arabia UTC+3, Oman UTC+4.
		{"two sides outweigh their mediator", "en", "2025-10-14T15:00:00Z", "Yemen and Saudi Arabia have agreed to a truce, Oman said. The truce takes effect at midnight tonight.", "ceasefire.start_time",
			[]string{"2025-10-14T21:00:00Z@outlet"}},
		{"arabic local time of the two sides", "ar", "2025-10-14T18:00:00+03:00", "أعلنت سلطنة عمان أن اليمن والسعودية توصلتا إلى هدنة تبدأ عند منتصف الليلة بالتوقيت المحلي.", "ceasefire.start_time",
			[]string{"2025-10-14T21:00:00Z@oman"}},
	})
}
