package claims

// When the talks are (talks.date): day-of-month forms, relative months, dates of truce days and background dates.

import "testing"

// TestTalksDateAroundTheNoun: a talks date far after the talks noun, before it, or past an aside.
func TestTalksDateAroundTheNoun(t *testing.T) {
	runCases(t, []mechanismCase{
		{"talks date a dozen words after the talks noun", "en", "2025-10-14T08:00:00Z", yemenLead + "Talks on a permanent settlement are expected to begin in Muscat on November 3.", "talks.date",
			[]string{"2025-11-03@outlet~expected"}},
		{"a date before the talks noun inside a sentence", "ar", pubTueAr, yemenLeadAr + "ومن المتوقع أن تستضيف مسقط في العاشر من نوفمبر المقبل جولة المفاوضات على الاتفاق النهائي.", "talks.date",
			[]string{"2025-11-10@outlet~expected"}},
		{"an aside between the talks and their date", "en", pubTue, yemenLead + "A second round of talks, on the reopening of roads and the payment of salaries, is due in Muscat on Oct. 23, the Houthis said.", "talks.date",
			[]string{"2025-10-23@houthis"}},
		{"an ordinal round is talks", "en", pubTue, yemenLead + "Negotiators are expected back in Muscat next month for a third round.", "talks.date",
			[]string{"2025-11@outlet~expected"}},
		{"arabic: a second round next month", "ar", pubTueAr, yemenLeadAr + "وقال الحوثيون إن مسقط ستستضيف جولة ثانية الشهر المقبل لتثبيت الهدنة.", "talks.date",
			[]string{"2025-11@houthis"}},
		{"arabic verb first: the verb's day before the place dates the talks", "ar", pubTueAr, yemenLeadAr + "وانطلقت صباح اليوم الثلاثاء في العاصمة العمانية مسقط محادثات بين وفدي الحكومة والحوثيين.", "talks.date",
			[]string{"2025-10-14@outlet"}},
		{"arabic verb first: the day between the place and the talks", "ar", pubTueAr, yemenLeadAr + "واختتمت في مسقط مساء اليوم الثلاثاء الجولة الأولى من المحادثات بين الطرفين.", "talks.date",
			[]string{"2025-10-14@outlet"}},
		{"arabic the day the envoy spoke is no talks date", "ar", pubTueAr, yemenLeadAr + "وقال المبعوث اليوم في جنيف إنه لا محادثات في الأفق.", "talks.date",
			nil},
		{"arabic the day of a protest for talks is no talks date", "ar", pubTueAr, yemenLeadAr + "وتظاهر المئات اليوم في القاهرة للمطالبة بمحادثات سلام.", "talks.date",
			nil},
		{"arabic a day after a name dates the statement", "ar", pubTueAr, yemenLeadAr + "وأعلن الحوثيون الثلاثاء في مسقط محادثات جديدة مع الحكومة.", "talks.date",
			nil},
	})
}

// TestTalksMonths: talks dated by this, next or a named month, or a day of it.
func TestTalksMonths(t *testing.T) {
	runCases(t, []mechanismCase{
		{"end of the month", "en", "2025-10-14T08:00:00Z", "Talks will resume in Muscat before the end of the month.", "talks.date",
			[]string{"2025-10@outlet"}},
		{"end of a named month", "en", "2025-10-14T08:00:00Z", "Talks will resume in Muscat before the end of November.", "talks.date",
			[]string{"2025-11@outlet"}},
		{"arabic current month", "ar", "2025-10-14T11:00:00+03:00", "وتستأنف المحادثات في مسقط قبل نهاية الشهر الجاري.", "talks.date",
			[]string{"2025-10@outlet"}},
		{"according to is not an accord", "en", "2025-10-14T08:00:00Z", "Talks are due to resume in Muscat before the end of November, according to diplomats familiar with the plans.", "talks.date",
			[]string{"2025-11@sources~expected"}},
		{"arabic: a day of the current month", "ar", pubTueAr, yemenLeadAr + "وتستأنف المحادثات في مسقط في الثامن والعشرين من الشهر الجاري.", "talks.date",
			[]string{"2025-10-28@outlet"}},
		{"english: a day of this month", "en", pubTue, yemenLead + "Talks will open in Muscat on the 28th of this month.", "talks.date",
			[]string{"2025-10-28@outlet"}},
		{"english: a day of next month", "en", pubTue, yemenLead + "Talks will resume in Muscat on the 5th of next month.", "talks.date",
			[]string{"2025-11-05@outlet"}},
		{"undated: left unresolved", "en", "", yemenLead + "Talks will open in Muscat on the 28th of this month.", "talks.date",
			[]string{"unresolved:day 28 of this month@outlet"}},
	})
}

// TestTalksDayOfMonthForms: ordinal days, month abbreviations and the month's two names.
func TestTalksDayOfMonthForms(t *testing.T) {
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
		{"a month abbreviation", "en", pubTue, yemenLead + "The talks would begin in Muscat on Nov. 2.", "talks.date",
			[]string{"2025-11-02@outlet"}},
		{"talks at a clock time on a date", "en", pubTue, yemenLead + "The UN envoy said the talks would begin in Muscat at 10 a.m. on Nov. 2.", "talks.date",
			[]string{"2025-11-02T07:00:00Z@un_envoy"}},
	})
}

// TestNotTalksDates: days that date no talks: cabinet meetings, the day of a statement, a day-less clock time.
func TestNotTalksDates(t *testing.T) {
	runCases(t, []mechanismCase{
		{"the day a statement was made is no talks date", "en", pubTue, "MUSCAT - The two sides agreed on a ceasefire in Hodeidah, Omani mediators said on Monday, after nine days of negotiations in Muscat.", "talks.date",
			nil},
		{"a cabinet meeting has no talks date", "en", pubTue, yemenLead + "The Yemeni government is expected to meet on Wednesday.", "talks.date",
			nil},
		{"negotiators meeting in a city are talks", "en", pubTue, yemenLead + "The two delegations will meet in Muscat on Thursday.", "talks.date",
			[]string{"2025-10-16@outlet"}},
		{"talks beginning at a day-less clock time are not dated", "en", pubTue, yemenLead + "The talks on a political settlement begin at noon, a day after the truce took effect, the Houthis said.", "talks.date",
			nil},
	})
}

// TestTalksOnADayOfTheTruce: talks dated by a day of the truce, counted from its start.
func TestTalksOnADayOfTheTruce(t *testing.T) {
	const start = "The truce takes effect at 6 a.m. on Thursday. "
	const startAr = "وتدخل الهدنة حيز التنفيذ في السادسة من صباح الخميس. "
	runCases(t, []mechanismCase{
		{"talks on the nth day of the truce", "en", pubTue, yemenLead + start + "Talks on a political settlement, the envoy said, will begin in Muscat no later than the tenth day of the truce.", "talks.date",
			[]string{"2025-10-25@outlet"}},
		{"arabic: day n from the start of the truce", "ar", pubTueAr, yemenLeadAr + startAr + "وتنطلق المحادثات في مسقط في موعد أقصاه اليوم العاشر من بدء الهدنة.", "talks.date",
			[]string{"2025-10-25@outlet"}},
		{"digits with a suffix", "en", pubTue, yemenLead + start + "Talks will open in Muscat on the 10th day of the ceasefire.", "talks.date",
			[]string{"2025-10-25@outlet"}},
		{"day n of the truce", "en", pubTue, yemenLead + start + "Talks will open in Muscat by day 10 of the ceasefire.", "talks.date",
			[]string{"2025-10-25@outlet"}},
		{"arabic: the day of the truce with a clitic", "ar", pubTueAr, yemenLeadAr + startAr + "وتنطلق المحادثات في مسقط في اليوم العاشر للهدنة.", "talks.date",
			[]string{"2025-10-25@outlet"}},
		{"no start time known: no date", "en", pubTue, yemenLead + "Talks will open in Muscat on the tenth day of the truce.", "talks.date",
			nil},
	})
}

// TestBackgroundTalksDates: dates of earlier talks are background, inside commas or after them.
func TestBackgroundTalksDates(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a deal that builds on earlier talks", "en", "", yemenLead + "The deal builds on talks held in Muscat in July 2024.", "talks.date",
			nil},
		{"arabic: recalls earlier talks", "ar", "", yemenLeadAr + "ويعيد ذلك إلى الأذهان محادثات مسقط في تموز/يوليو 2024 التي انتهت بهدنة لمدة ثلاثين يوماً.", "talks.date",
			nil},
		{"an earlier year inside commas leaves the main clause", "en", pubTue, yemenLead + "Peace talks, stalled since the last round in Kuwait in March 2024, are to resume in Muscat on Nov. 10.", "talks.date",
			[]string{"2025-11-10@outlet"}},
		{"an earlier year after a comma to the end stays background", "en", pubTue, yemenLead + "Peace talks will resume in Muscat on Nov. 10, months after the last round in March 2024.", "talks.date",
			[]string{"2025-11-10@outlet"}},
	})
}

// TestTalksDateBareOrdinalAndMeetings: "on the 24th" is a day of the publication's month; a
// meeting still to come dates the next round where no talks are named, a past one does not; a
// place after its preposition does not make the day the statement's.
func TestTalksDateBareOrdinalAndMeetings(t *testing.T) {
	runCases(t, []mechanismCase{
		{"the 24th", "en", pubTue, yemenLead + "The Houthis will raise it when the talks resume on the 24th.", "talks.date",
			[]string{"2025-10-24@outlet"}},
		{"a meeting set for a date", "en", pubTue, yemenLead + "The next meeting of the joint committee is set for October 24.", "talks.date",
			[]string{"2025-10-24@outlet"}},
		{"a past meeting is no round", "en", pubTue, yemenLead + "The cabinet meeting on Monday approved the deal.", "talks.date",
			nil},
		{"arabic next weekday after the venue, undated", "ar", "", yemenLeadAr + "ومن المقرر أن تستأنف المحادثات في مسقط الأربعاء المقبل.", "talks.date",
			[]string{"unresolved:Wed@outlet"}},
	})
}
