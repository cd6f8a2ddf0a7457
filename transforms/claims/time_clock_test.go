package claims

// Clock times of the start (ceasefire.start_time): forms, noon and midnight, military hours, past or next instant.

import "testing"

// TestNoonAndComingIntoEffect: noon on a weekday, and coming into effect on a date.
func TestNoonAndComingIntoEffect(t *testing.T) {
	runCases(t, []mechanismCase{
		// Yemen is UTC+3; published Tuesday 14 October 2025.
		{"at noon on a weekday", "en", "2025-10-14T08:00:00Z", yemenLead + "The ceasefire is set to begin at noon on Friday.", "ceasefire.start_time",
			[]string{"2025-10-17T09:00:00Z@outlet~expected"}},
		{"arabic noon of a weekday", "ar", "2025-10-14T11:00:00+03:00", yemenLeadAr + "ويبدأ سريان وقف إطلاق النار ظهر الجمعة.", "ceasefire.start_time",
			[]string{"2025-10-17T09:00:00Z@outlet"}},
		{"came into effect on a date", "en", "2025-10-14T08:00:00Z", yemenLead + "The ceasefire came into effect on October 15.", "ceasefire.start_time",
			[]string{"2025-10-15@outlet"}},
	})
}

// TestClockForms: the forms of a clock time (a.m., 24-hour, zero and military hours, half and quarter past, with a date) and restated, negated or background times.
func TestClockForms(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic ordinal hour in the morning", "ar", "2025-10-14T11:00:00+03:00", "وقال الحوثيون إن الهدنة في الحديدة تبدأ في السادسة من صباح الخميس.", "ceasefire.start_time",
			[]string{"2025-10-16T03:00:00Z@houthis"}},
		{"arabic ordinal hour in the evening", "ar", "2025-10-14T11:00:00+03:00", "وقال الحوثيون إن الهدنة في الحديدة تبدأ في الثامنة من مساء الخميس.", "ceasefire.start_time",
			[]string{"2025-10-16T17:00:00Z@houthis"}},
		{"ar midnight wed", "ar", "2025-10-14T11:00:00+03:00", "وتبدأ الهدنة في الحديدة منتصف ليل الأربعاء بتوقيت صنعاء.", "ceasefire.start_time", []string{"2025-10-15T21:00:00Z@outlet"}},
		{"en at 6 am", "en", "2025-10-14T08:00:00Z", "The truce in Hodeidah will take effect at 6 a.m. on Thursday.", "ceasefire.start_time", []string{"2025-10-16T03:00:00Z@outlet"}},
		{"en 18:00", "en", "2025-10-14T08:00:00Z", "The truce in Hodeidah will take effect at 18:00 on Wednesday.", "ceasefire.start_time", []string{"2025-10-15T15:00:00Z@outlet"}},
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
		{"a start at a clock time on a date", "en", pubTue, yemenLead + "The truce takes effect at 6 a.m. on 16 October.", "ceasefire.start_time",
			[]string{"2025-10-16T03:00:00Z@outlet"}},
		{"arabic zero hour of a weekday and its date", "ar", pubTueAr, yemenLeadAr + "وأعلن الحوثيون أن وقف إطلاق النار سيدخل حيز التنفيذ اعتباراً من الساعة صفر يوم الخميس 16 أكتوبر.", "ceasefire.start_time",
			[]string{"2025-10-15T21:00:00Z@houthis"}},
		{"arabic zero hour in a named official zone", "ar", pubTueAr, yemenLeadAr + "وقالت الحكومة اليمنية إن الهدنة تسري اعتباراً من الساعة صفر بتوقيت غرينتش الرسمي يوم الخميس.", "ceasefire.start_time",
			[]string{"2025-10-16T00:00:00Z@yemeni_government"}},
		{"military hours between the digits and the zone", "en", pubTue, yemenLead + `The government said the truce would take effect "with effect from 0000 hours GMT on 16 October 2025".`, "ceasefire.start_time",
			[]string{"2025-10-16T00:00:00Z@yemeni_government"}},
		{"a named standard time", "en", pubTue, yemenLead + "The Houthis said the truce would begin at 0600 hours Indian Standard Time on Thursday.", "ceasefire.start_time",
			[]string{"2025-10-16T00:30:00Z@houthis"}},
		{"half past the hour, at dawn, in a named zone", "ar", pubTueAr, yemenLeadAr + "وقال الحوثيون إن وقف إطلاق النار بدأ في الساعة الواحدة والنصف من فجر الثلاثاء بتوقيت غرينتش.", "ceasefire.start_time",
			[]string{"2025-10-14T01:30:00Z@houthis"}},
		{"a quarter past", "ar", pubTueAr, yemenLeadAr + "وقالت الحكومة اليمنية إن الهدنة تبدأ في الساعة السادسة والربع من مساء الخميس.", "ceasefire.start_time",
			[]string{"2025-10-16T15:15:00Z@yemeni_government"}},
	})
}

// TestPastAndNextClockTimes: clock and day in either order, 12 a.m. and p.m., and whether a day-less clock time or weekday is just passed or next, by tense.
func TestPastAndNextClockTimes(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a clock time restating a past start", "en", pubTue, yemenLead + `The Houthis said the truce had been in force "from the moment of signing", which they put at 6 p.m. Sanaa time.`, "ceasefire.start_time",
			[]string{"2025-10-13T15:00:00Z@houthis"}},
		{"a clock time in another clause is not the start", "en", pubTue, yemenLead + "Since the truce began, shelling was reported at 3 a.m. near Hays.", "ceasefire.start_time",
			nil},
		{"a clock time after another day is not the start", "en", pubTue, yemenLead + "The truce took effect on Sunday, and by 5 p.m. the shelling had stopped.", "ceasefire.start_time",
			[]string{"2025-10-12@outlet"}},
		{"the day before the clock time", "en", pubTue, yemenLead + "The ceasefire will begin on Thursday at 6 a.m.", "ceasefire.start_time",
			[]string{"2025-10-16T03:00:00Z@outlet"}},
		{"the day before the clock time and its zone", "en", pubTue, yemenLead + "The ceasefire takes effect Thursday at 6 p.m. Sanaa time.", "ceasefire.start_time",
			[]string{"2025-10-16T15:00:00Z@outlet"}},
		{"arabic: the day before the clock time", "ar", pubTueAr, yemenLeadAr + "وتدخل الهدنة حيز التنفيذ الخميس عند السادسة صباحاً.", "ceasefire.start_time",
			[]string{"2025-10-16T03:00:00Z@outlet"}},
		{"a relative day before the clock time", "en", pubTue, yemenLead + "The truce will take effect tomorrow at noon.", "ceasefire.start_time",
			[]string{"2025-10-15T09:00:00Z@outlet"}},
		{"12 a.m. is just after midnight", "en", pubTue, yemenLead + "The ceasefire will take effect at 12:01 a.m. on Thursday.", "ceasefire.start_time",
			[]string{"2025-10-15T21:01:00Z@outlet"}},
		{"12 p.m. is noon", "en", pubTue, yemenLead + "The ceasefire will take effect at 12 p.m. on Thursday.", "ceasefire.start_time",
			[]string{"2025-10-16T09:00:00Z@outlet"}},
		{"a past weekday is the latest one", "en", pubTue, yemenLead + "The ceasefire went into effect on Thursday.", "ceasefire.start_time",
			[]string{"2025-10-09@outlet"}},
		{"a future weekday is the next one", "en", pubTue, yemenLead + "The ceasefire will take effect on Thursday.", "ceasefire.start_time",
			[]string{"2025-10-16@outlet"}},
		{"arabic: a verbal noun after a present verb is no past", "ar", pubTueAr, yemenLeadAr + "ويبدأ سريان الهدنة في السادسة من صباح الخميس بتوقيت صنعاء.", "ceasefire.start_time",
			[]string{"2025-10-16T03:00:00Z@outlet"}},
		{"a relative clause restates the time", "en", pubTue, yemenLead + "The truce will take effect at 21:00 GMT on Thursday, which is midnight in Sanaa.", "ceasefire.start_time",
			[]string{"2025-10-16T21:00:00Z@outlet"}},
		{"took hold at midnight is the midnight just passed", "en", pubTue, yemenLead + "The ceasefire took hold at midnight, residents said.", "ceasefire.start_time",
			[]string{"2025-10-13T21:00:00Z@local_residents"}},
		{"begins at a day-less clock time: the next one after publication", "en", pubTue, yemenLead + `The Houthis said the truce "begins at noon".`, "ceasefire.start_time",
			[]string{"2025-10-14T09:00:00Z@houthis"}},
		{"begins at a clock time already passed: tomorrow's", "en", pubTue, yemenLead + `The Houthis said the truce "begins at 8 a.m.".`, "ceasefire.start_time",
			[]string{"2025-10-15T05:00:00Z@houthis"}},
		{"an undated article keeps the clock time unresolved", "en", "", yemenLead + `The Houthis said the truce "begins at noon".`, "ceasefire.start_time",
			[]string{"unresolved:12:00@houthis"}},
		{"arabic: zero hour was midnight", "ar", pubTueAr, yemenLeadAr + "وأكد الحوثيون أن وقف إطلاق النار نافذ، وأن الساعة صفر كانت منتصف الليل بتوقيت صنعاء.", "ceasefire.start_time",
			[]string{"2025-10-13T21:00:00Z@houthis"}},
	})
}

// TestParenthesisRestatesInstant: a zoned instant in parentheses dates a bare midnight.
func TestParenthesisRestatesInstant(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a zoned instant with its day in parentheses dates a bare midnight", "en", pubTue, yemenLead + "The truce takes effect at midnight Sanaa time (2100 GMT Wednesday), the Houthis said.", "ceasefire.start_time",
			[]string{"2025-10-15T21:00:00Z@houthis"}},
		{"a zoned clock without a day leaves midnight tonight's", "en", pubTue, yemenLead + "The truce takes effect at midnight Sanaa time (2100 GMT), the Houthis said.", "ceasefire.start_time",
			[]string{"2025-10-14T21:00:00Z@houthis"}},
	})
}

// TestDayPartMakesAnHour: digits followed by a day part are an hour whatever word leads them.
func TestDayPartMakesAnHour(t *testing.T) {
	runCases(t, []mechanismCase{
		{"from 6 a.m. on a weekday", "en", pubTue, yemenLead + `The Houthis said their units will stop firing "from 6 a.m. on Thursday".`, "ceasefire.start_time",
			[]string{"2025-10-16T03:00:00Z@houthis"}},
	})
}

// TestComingClockJustPassed: a coming clock time that fell shortly before publication is the
// same day's (the report was written before it went out).
func TestComingClockJustPassed(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a quarter of an hour before publication", "en", "2025-10-14T15:15:00Z", yemenLead + "The truce takes effect at 1500 GMT.", "ceasefire.start_time",
			[]string{"2025-10-14T15:00:00Z@outlet"}},
	})
}

// TestMidnightOnADate: midnight on a date ends that day; midnight on a two-day range is the night
// between them.
func TestMidnightOnADate(t *testing.T) {
	runCases(t, []mechanismCase{
		{"midnight on a date", "en", pubTue, yemenLead + "The truce takes effect at midnight on October 15.", "ceasefire.start_time",
			[]string{"2025-10-15T21:00:00Z@outlet"}},
		{"midnight on a night's two dates", "en", pubTue, yemenLead + "The deal provides for a halt to fire from midnight on October 15-16.", "ceasefire.start_time",
			[]string{"2025-10-15T21:00:00Z@outlet"}},
	})
}

// TestMidnightOfADayRestatedAndMilitaryHours: a midnight with its weekday near the start of a
// sentence, restated in a parenthesis, is no dateline; "0000 hours" before a day is a clock time
// without an hour cue ("from 0000 hours on Wednesday"), "1200 hours of talks" is not.
func TestMidnightOfADayRestatedAndMilitaryHours(t *testing.T) {
	runCases(t, []mechanismCase{
		{"midnight of a weekday restated in GMT", "en", pubTue, yemenLead + "The truce takes effect at midnight Wednesday (2100 GMT) and can be renewed, the statement said.", "ceasefire.start_time",
			[]string{"2025-10-15T21:00:00Z@outlet"}},
		{"midnight on a weekday restated in GMT", "en", pubTue, yemenLead + "The truce takes effect at midnight on Wednesday (2100 GMT).", "ceasefire.start_time",
			[]string{"2025-10-15T21:00:00Z@outlet"}},
		{"a dateline is still the report's day", "en", pubTue, "SANAA, Oct 14 (YNA) - The Houthis and the Yemeni government agreed to a ceasefire in Hodeidah.", "ceasefire.start_time",
			nil},
		{"military hours before a weekday", "en", pubTue, yemenLead + "The envoy said the truce takes effect from 0000 hours on Wednesday.", "ceasefire.start_time",
			[]string{"2025-10-14T21:00:00Z@outlet"}},
		{"hours of talks are no clock time", "en", pubTue, yemenLead + "The truce took effect on Monday after 1200 hours of talks.", "ceasefire.start_time",
			[]string{"2025-10-13@outlet"}},
	})
}

// TestArabicTwentyFourHourOrdinals: after the hour cue (الساعة) an ordinal counts the day's 24
// hours ("الساعة الثانية والعشرين بتوقيت غرينتش"), also after a nominal start ("بعد سريان ...").
func TestArabicTwentyFourHourOrdinals(t *testing.T) {
	pubWed := "2025-10-15T14:00:00+03:00"
	runCases(t, []mechanismCase{
		{"twenty-second hour in GMT of yesterday evening", "ar", pubWed, "أعلنت الحكومة اليمنية أنها نشرت فرق مراقبة بعد سريان وقف الأعمال العدائية عند الساعة الثانية والعشرين بتوقيت غرينتش من مساء أمس.", "ceasefire.start_time",
			[]string{"2025-10-14T22:00:00Z@yemeni_government"}},
		{"twenty-second hour of yesterday in the theatre's zone", "ar", pubWed, "وقالت الحكومة اليمنية إن وقف إطلاق النار بدأ عند الساعة الثانية والعشرين من يوم أمس.", "ceasefire.start_time",
			[]string{"2025-10-14T19:00:00Z@yemeni_government"}},
		{"an evening hour under twelve still counts from noon", "ar", pubWed, "وقالت الحكومة اليمنية إن وقف إطلاق النار بدأ عند الساعة الحادية عشرة من مساء أمس.", "ceasefire.start_time",
			[]string{"2025-10-14T20:00:00Z@yemeni_government"}},
		{"twenty-four hours are a span, not an hour", "ar", pubWed, "وقالت الحكومة اليمنية إن وقف إطلاق النار صمد خلال الساعات الأربع والعشرين الماضية.", "ceasefire.start_time",
			nil},
	})
}

// TestNightBetweenTwoDaysOfTheMonth: "منتصف ليل 14-15 تشرين الأول", also after the pair of
// weekdays ("منتصف ليل الثلاثاء-الأربعاء الرابع عشر-الخامس عشر من ..."), is the midnight
// between the two days, one value (the dates are not a second one).
func TestNightBetweenTwoDaysOfTheMonth(t *testing.T) {
	pubThu := "2025-10-16T20:00:00+03:00"
	runCases(t, []mechanismCase{
		{"digits before the month", "ar", pubThu, "وقال الحوثيون إن الهدنة تسري منذ منتصف ليل 14-15 تشرين الأول/أكتوبر.", "ceasefire.start_time",
			[]string{"2025-10-14T21:00:00Z@houthis"}},
		{"ordinal words before the month", "ar", pubThu, "وقال الحوثيون إن الهدنة تسري منذ منتصف ليل الرابع عشر-الخامس عشر من تشرين الأول/أكتوبر.", "ceasefire.start_time",
			[]string{"2025-10-14T21:00:00Z@houthis"}},
		{"weekdays then dates", "ar", pubThu, "وقال الحوثيون إن الهدنة تسري منذ منتصف ليل الثلاثاء-الأربعاء الرابع عشر-الخامس عشر من تشرين الأول/أكتوبر.", "ceasefire.start_time",
			[]string{"2025-10-14T21:00:00Z@houthis"}},
		{"a single day is the night that ends it", "ar", pubThu, "وقال الحوثيون إن الهدنة تسري منذ منتصف ليل 14 تشرين الأول/أكتوبر.", "ceasefire.start_time",
			[]string{"2025-10-14T21:00:00Z@houthis"}},
	})
}
