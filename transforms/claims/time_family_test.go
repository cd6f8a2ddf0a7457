package claims

import "testing"

// Time expressions found missing on the development sets, tested on sentences written for the
// purpose about Yemen (UTC+3). Articles are published on Tuesday 14 October 2025.

const pubTue = "2025-10-14T08:00:00Z"        // 11:00 in Sanaa
const pubTueAr = "2025-10-14T11:00:00+03:00" // the same instant

func TestDayOfMonthForms(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic ordinal day and من", "ar", pubTueAr, yemenLeadAr + "وتستأنف المحادثات في مسقط في العاشر من نوفمبر.", "talks.date",
			[]string{"2025-11-10@outlet"}},
		{"arabic compound ordinal with the month's two names", "ar", pubTueAr, yemenLeadAr + "وتستأنف المحادثات في مسقط في الثامن عشر من تشرين الثاني/نوفمبر.", "talks.date",
			[]string{"2025-11-18@outlet"}},
		{"english ordinal suffix and of", "en", pubTue, yemenLead + "Talks will resume in Muscat on the 10th of November.", "talks.date",
			[]string{"2025-11-10@outlet"}},
		{"a peace agreement inside the talks noun is no ceasefire noun", "en", pubTue, yemenLead + "Talks on a comprehensive peace agreement are expected to open in Muscat on November 10 under Omani sponsorship.", "talks.date",
			[]string{"2025-11-10@outlet~expected"}},
		{"the sixteenth day is not today", "ar", pubTueAr, yemenLeadAr + "وتنطلق المحادثات في مسقط في موعد أقصاه اليوم السادس عشر من بدء الهدنة.", "talks.date",
			nil},
		{"a dateline dates the report", "en", pubTue, "MUSCAT, Oct 14 (GWS) - Talks between the Houthis and the government on a ceasefire in Hodeidah ended on Tuesday.", "talks.date",
			nil},
	})
}

func TestPastTenseStartTimes(t *testing.T) {
	runCases(t, []mechanismCase{
		{"began at midnight is the midnight that has passed", "en", pubTue, yemenLead + "The truce began at midnight, residents said.", "ceasefire.start_time",
			[]string{"2025-10-13T21:00:00Z@local_residents"}},
		{"arabic since midnight", "ar", pubTueAr, yemenLeadAr + "وتسود الهدنة المدينة منذ منتصف الليل.", "ceasefire.start_time",
			[]string{"2025-10-13T21:00:00Z@outlet"}},
		{"will begin at midnight is tonight's", "en", pubTue, yemenLead + "The truce will begin at midnight.", "ceasefire.start_time",
			[]string{"2025-10-14T21:00:00Z@outlet"}},
		{"took effect at a clock time without its day", "en", pubTue, yemenLead + "The ceasefire has held since it took effect at 4 a.m.", "ceasefire.start_time",
			[]string{"2025-10-14T01:00:00Z@outlet"}},
		{"a clock time after publication is yesterday's", "en", pubTue, yemenLead + "The ceasefire took effect at 8 p.m.", "ceasefire.start_time",
			[]string{"2025-10-13T17:00:00Z@outlet"}},
		{"a live blog's timestamp is no start time", "en", pubTue, yemenLead + "10:45 Sanaa - The ceasefire has held since dawn.", "ceasefire.start_time",
			nil},
		{"arabic began with the truce as subject", "ar", pubTueAr, yemenLeadAr + "وبدأت الهدنة منتصف الليل.", "ceasefire.start_time",
			[]string{"2025-10-13T21:00:00Z@outlet"}},
		{"arabic began with trucks as subject", "ar", pubTueAr, yemenLeadAr + "وينص الاتفاق على إدخال الشاحنات، وقد بدأت أولى الشاحنات بالدخول اليوم.", "ceasefire.start_time",
			nil},
	})
}

func TestClockForms(t *testing.T) {
	runCases(t, []mechanismCase{
		{"glued am", "en", pubTue, yemenLead + "The ceasefire will come into force at 8am on Thursday.", "ceasefire.start_time",
			[]string{"2025-10-16T05:00:00Z@outlet"}},
		{"glued pm", "en", pubTue, yemenLead + "The ceasefire will come into force at 6pm on Thursday.", "ceasefire.start_time",
			[]string{"2025-10-16T15:00:00Z@outlet"}},
		{"a restated time is one value", "en", pubTue, yemenLead + "The truce takes effect at 2100 GMT on Wednesday, midnight in Sanaa.", "ceasefire.start_time",
			[]string{"2025-10-15T21:00:00Z@outlet"}},
		{"a weekday restated by its date", "en", pubTue, yemenLead + "The ceasefire will come into effect at 08:00 on Thursday, October 16.", "ceasefire.start_time",
			[]string{"2025-10-16T05:00:00Z@outlet"}},
		{"a negated time is denied", "en", pubTue, yemenLead + `"The truce started at midnight, not at eight," the Houthis said.`, "ceasefire.start_time",
			[]string{"2025-10-13T21:00:00Z@houthis"}},
		{"background after a comma leaves the main clause", "en", pubTue, yemenLead + "The ceasefire will come into force at 8am on Wednesday, the army said, adding that troops had been ordered to hold fire.", "ceasefire.start_time",
			[]string{"2025-10-15T05:00:00Z@yemeni_army"}},
	})
}

func TestMonthsAsDays(t *testing.T) {
	runCases(t, []mechanismCase{
		{"two months", "en", pubTue, yemenLead + "The truce will last two months.", "ceasefire.duration",
			[]string{"[59,62]@outlet"}},
		{"arabic three months", "ar", pubTueAr, yemenLeadAr + "وتستمر الهدنة ثلاثة أشهر.", "ceasefire.duration",
			[]string{"[89,92]@outlet"}},
		{"arabic dual months", "ar", pubTueAr, yemenLeadAr + "فالهدنة التي تمتد شهرين تشمل الموانئ.", "ceasefire.duration",
			[]string{"[59,62]@outlet"}},
	})
}

func TestPhaseDurations(t *testing.T) {
	runCases(t, []mechanismCase{
		{"the first phase of a phased truce", "en", pubTue, yemenLead + "The 42-day first phase provides for the release of prisoners.", "ceasefire.duration",
			[]string{"42@outlet"}},
		{"arabic first phase with its length", "ar", pubTueAr, yemenLeadAr + "وقال الحوثيون إن المرحلة الأولى، ومدتها ستة أسابيع، تتضمن الإفراج عن الأسرى.", "ceasefire.duration",
			[]string{"42@houthis"}},
	})
}

func TestDurationAndDayGuards(t *testing.T) {
	runCases(t, []mechanismCase{
		{"weeks of talks are no duration, a cue elsewhere does not help", "en", pubTue, "The Houthis and the government signed a ceasefire agreement on Monday after three weeks of talks, the most serious attempt since the truce collapsed last year.", "ceasefire.duration",
			nil},
		{"the day a statement was made is no talks date", "en", pubTue, "MUSCAT - The two sides agreed on a ceasefire in Hodeidah, Omani mediators said on Monday, after nine days of negotiations in Muscat.", "talks.date",
			nil},
	})
}

func TestClockWithADate(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a month abbreviation", "en", pubTue, yemenLead + "The talks would begin in Muscat on Nov. 2.", "talks.date",
			[]string{"2025-11-02@outlet"}},
		{"talks at a clock time on a date", "en", pubTue, yemenLead + "The UN envoy said the talks would begin in Muscat at 10 a.m. on Nov. 2.", "talks.date",
			[]string{"2025-11-02T07:00:00Z@un_envoy"}},
		{"a start at a clock time on a date", "en", pubTue, yemenLead + "The truce takes effect at 6 a.m. on 16 October.", "ceasefire.start_time",
			[]string{"2025-10-16T03:00:00Z@outlet"}},
	})
}

// TestSummerTimeEndsBetweenTwoDates: Beirut leaves summer time on the last Sunday of October, so
// 10 a.m. is 07:00 UTC on 1 October and 08:00 UTC on 2 November.
func TestSummerTimeEndsBetweenTwoDates(t *testing.T) {
	lead := "Hezbollah and Israel agreed to a ceasefire in south Lebanon on Wednesday. "
	runCases(t, []mechanismCase{
		{"october", "en", "2026-09-30T12:00:00Z", lead + "Talks will begin in Naqoura at 10 a.m. on October 1.", "talks.date",
			[]string{"2026-10-01T07:00:00Z@outlet"}},
		{"november", "en", "2026-09-30T12:00:00Z", lead + "Talks will begin in Naqoura at 10 a.m. on November 2.", "talks.date",
			[]string{"2026-11-02T08:00:00Z@outlet"}},
	})
}

func TestMeetingsThatAreNotTalks(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a cabinet meeting has no talks date", "en", pubTue, yemenLead + "The Yemeni government is expected to meet on Wednesday.", "talks.date",
			nil},
		{"negotiators meeting in a city are talks", "en", pubTue, yemenLead + "The two delegations will meet in Muscat on Thursday.", "talks.date",
			[]string{"2025-10-16@outlet"}},
	})
}

func TestDatelinesAndDatesBeforeTheirNoun(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a long dateline dates the report", "en", "2025-10-15T08:00:00Z", "HODEIDAH, Yemen, Oct 15 (Coastal Times) - A ceasefire in Hodeidah took effect at midnight on Tuesday, residents said.", "ceasefire.start_time",
			[]string{"2025-10-14T21:00:00Z@local_residents"}},
		{"a date before the talks noun inside a sentence", "ar", pubTueAr, yemenLeadAr + "ومن المتوقع أن تستضيف مسقط في العاشر من نوفمبر المقبل جولة المفاوضات على الاتفاق النهائي.", "talks.date",
			[]string{"2025-11-10@outlet~expected"}},
	})
}

func TestNightBetweenTwoDaysAndDurationFrames(t *testing.T) {
	runCases(t, []mechanismCase{
		{"midnight between two named days", "en", "2025-10-17T08:00:00Z", yemenLead + "The truce has been in force since midnight between Wednesday and Thursday.", "ceasefire.start_time",
			[]string{"2025-10-15T21:00:00Z@outlet"}},
		{"a sentence about the truce's length", "ar", pubTueAr, yemenLeadAr + "ويرى مراقبون أن الخلاف على مدة الهدنة كبير؛ فبينما يتحدث الحوثيون عن ثلاثين يوماً، تصر الحكومة على عشرة أيام.", "ceasefire.duration",
			// Each account's subject speaks (يتحدث الحوثيون، تصر الحكومة), as in syria_ne's gold.
			[]string{"30@houthis", "10@yemeni_government"}},
		{"the pause as the truce", "en", pubTue, yemenLead + "The pause would last ten days, the Houthis insisted.", "ceasefire.duration",
			[]string{"10@houthis"}},
		{"approximate counts without float noise", "en", pubTue, yemenLead + "The factions that signed represent roughly 25,000 fighters.", "ceasefire.signatories",
			[]string{"fighters=[22500,27500]@outlet"}},
	})
}

func TestDualCounts(t *testing.T) {
	runCases(t, []mechanismCase{
		{"two factions as a dual and its adjective", "ar", pubTueAr, yemenLeadAr + "وأكد الحوثيون أن فصيلين اثنين فقط وقّعا على الاتفاق.", "ceasefire.signatories",
			[]string{"factions=2@houthis"}},
	})
}

func TestPrepositionalStartCues(t *testing.T) {
	runCases(t, []mechanismCase{
		{"from right before the time", "en", pubTue, yemenLead + "The truce applies from midnight on Wednesday.", "ceasefire.start_time",
			[]string{"2025-10-15T21:00:00Z@outlet"}},
		{"from a place is no start", "en", pubTue, yemenLead + "Aid is written into the agreement, but the road from Hodeidah to Sanaa remained closed on Tuesday.", "ceasefire.start_time",
			nil},
	})
}
