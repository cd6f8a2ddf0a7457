package claims

import "testing"

// TestPrayerDayParts: a prayer names its half of the day ("بعد صلاة العشاء" is the evening, "بعد
// صلاة الفجر" the morning) and "من بعد الظهر" the afternoon, before or after the clock time.
func TestPrayerDayParts(t *testing.T) {
	runCases(t, []mechanismCase{
		{"after the isha prayer before the clock: last evening's", "ar", pubTueAr, yemenLeadAr + "وقال الحوثيون إن الهدنة بدأت بعد صلاة العشاء عند الساعة الثامنة.", "ceasefire.start_time",
			[]string{"2025-10-13T17:00:00Z@houthis"}},
		{"after the dawn prayer: this morning's", "ar", pubTueAr, yemenLeadAr + "وقال الحوثيون إن الهدنة بدأت بعد صلاة الفجر عند الساعة الخامسة.", "ceasefire.start_time",
			[]string{"2025-10-14T02:00:00Z@houthis"}},
		{"min ba'd al-zuhr after the hour", "ar", pubTueAr, yemenLeadAr + "ويسري وقف إطلاق النار اعتباراً من الساعة الواحدة من بعد الظهر.", "ceasefire.start_time",
			[]string{"2025-10-14T10:00:00Z@outlet"}},
		{"probe: shelling began after the prayer is no start", "ar", pubTueAr, yemenLeadAr + "وقال الحوثيون إن القصف بدأ بعد صلاة العشاء عند الساعة الثامنة.", "ceasefire.start_time",
			nil},
	})
}

// TestStatedInForceFromHour: "يسري اعتباراً من الساعة الواحدة" states the truce in force from today's
// hour even when the report comes out after it; a start still to come ("تبدأ") keeps the next one.
func TestStatedInForceFromHour(t *testing.T) {
	const pubAfternoon = "2025-10-14T14:20:00+03:00"
	runCases(t, []mechanismCase{
		{"in force from an hour passed: today's", "ar", pubAfternoon, yemenLeadAr + "ويسري وقف إطلاق النار اعتباراً من الساعة الواحدة من بعد الظهر.", "ceasefire.start_time",
			[]string{"2025-10-14T10:00:00Z@outlet"}},
		{"probe: begins at an hour passed: tomorrow's", "ar", pubAfternoon, yemenLeadAr + "وتبدأ الهدنة عند الساعة الواحدة من بعد الظهر.", "ceasefire.start_time",
			[]string{"2025-10-15T10:00:00Z@outlet"}},
		{"a meeting named past a comma is not what the hour dates", "ar", pubAfternoon, "أُعلن عن التوصل إلى وقف لإطلاق النار في الحديدة، يسري اعتباراً من الساعة الواحدة من بعد الظهر، إثر اجتماع موسع عُقد في مسقط.", "ceasefire.start_time",
			[]string{"2025-10-14T10:00:00Z@outlet"}},
		{"probe: the meeting's hour stays the meeting's", "ar", pubAfternoon, yemenLeadAr + "وعُقد اجتماع موسع في مسقط عند الساعة الواحدة من بعد الظهر.", "ceasefire.start_time",
			nil},
	})
}

// TestDescriptiveClauseStart: "عطوة مدتها ثلاثة أيام، بدأت عند ..." — a verb opening the clause after
// the comma that closes a short truce noun phrase has the truce for subject.
func TestDescriptiveClauseStart(t *testing.T) {
	runCases(t, []mechanismCase{
		{"comma clause on the truce", "ar", pubTueAr, "اتفقت قبيلتان في محافظة الحديدة على هدنة مدتها ثلاثة أيام، بدأت عند الساعة السادسة صباحاً.", "ceasefire.start_time",
			[]string{"2025-10-14T03:00:00Z@outlet"}},
		{"probe: a far noun phrase gives the verb no truce subject", "ar", pubTueAr, "اتفقت قبيلتان على هدنة في محافظة الحديدة بعد أسابيع من المعارك العنيفة بين مسلحيهما، بدأت عند الساعة السادسة صباحاً.", "ceasefire.start_time",
			nil},
	})
}

// TestRelativeDayAfterRelativeStatementDay: a statement dated "مساء أمس الاثنين" writes in the
// publication's frame, so "مساء أمس" after it is the same yesterday, not the day before it.
func TestRelativeDayAfterRelativeStatementDay(t *testing.T) {
	runCases(t, []mechanismCase{
		{"yesterday twice is one day", "ar", pubTueAr, "أعلن الحوثيون، مساء أمس الاثنين، التوصل إلى هدنة بدأت عند الساعة الثامنة من مساء أمس في الحديدة.", "ceasefire.start_time",
			[]string{"2025-10-13T17:00:00Z@houthis"}},
		{"probe: a weekday still dates the statement for tomorrow", "ar", "2025-10-16T11:00:00+03:00", "أعلن الحوثيون يوم الاثنين أن الهدنة في الحديدة تبدأ غداً.", "ceasefire.start_time",
			[]string{"2025-10-14@houthis"}},
	})
}

// TestThisNightAndSinceNight: "منتصف هذه الليلة" is tonight's midnight whatever tense is near it;
// "منذ بدء سريان ... منتصف ليل الجمعة-السبت" is the last such night, the noun سريان no tense.
func TestThisNightAndSinceNight(t *testing.T) {
	runCases(t, []mechanismCase{
		{"with the start at midnight this night", "ar", pubTueAr, yemenLeadAr + "وقال الجيش إن وحداته تنتشر مع بدء سريان وقف إطلاق النار عند منتصف هذه الليلة.", "ceasefire.start_time",
			[]string{"2025-10-14T21:00:00Z@yemeni_army"}},
		{"probe: since midnight is last night's", "ar", pubTueAr, yemenLeadAr + "وساد الهدوء منذ سريان وقف إطلاق النار عند منتصف الليل.", "ceasefire.start_time",
			[]string{"2025-10-13T21:00:00Z@outlet"}},
		{"since the start on the night of Friday to Saturday", "ar", pubTueAr, yemenLeadAr + "ولم تسجل أي إصابة منذ بدء سريان وقف إطلاق النار عند منتصف ليل الجمعة - السبت.", "ceasefire.start_time",
			[]string{"2025-10-10T21:00:00Z@outlet"}},
		{"probe: starting on a night to come stays to come", "ar", pubTueAr, yemenLeadAr + "ويبدأ سريان وقف إطلاق النار عند منتصف ليل الأربعاء - الخميس.", "ceasefire.start_time",
			[]string{"2025-10-15T21:00:00Z@outlet"}},
	})
}

// TestFirstTimeSince: "for the first time since Saturday" dates the first time of something
// else, not the truce's start; "It has held since Saturday" still does.
func TestFirstTimeSince(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: reopened for the first time since", "en", pubTue, yemenLead + "A shopkeeper said he had reopened for the first time since Saturday.", "ceasefire.start_time",
			nil},
		{"held since", "en", pubTue, yemenLead + "It has held since Saturday.", "ceasefire.start_time",
			[]string{"2025-10-11@outlet"}},
	})
}

// TestMeetingVenuePastComma: a start cue's hour stays the truce's when the meeting named past
// the comma after it has a venue of its own (a district), not only a city.
func TestMeetingVenuePastComma(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a meeting held in a district past the comma", "ar", "2025-10-14T14:20:00+03:00", "أُعلن عن التوصل إلى وقف لإطلاق النار في الحديدة، يسري اعتباراً من الساعة الواحدة من بعد الظهر، إثر اجتماع موسع عُقد في مديرية حيس.", "ceasefire.start_time",
			[]string{"2025-10-14T10:00:00Z@outlet"}},
	})
}

// TestDottedClock: "at 7.30 pm" writes the minutes after a dot; a decimal with no hour cue or
// day part is no clock time.
func TestDottedClock(t *testing.T) {
	runCases(t, []mechanismCase{
		{"took effect at 7.30 pm", "en", pubTue, yemenLead + "The truce took effect at 7.30 pm on Monday, the Houthis said.", "ceasefire.start_time",
			[]string{"2025-10-13T16:30:00Z@houthis"}},
		{"probe: a price of 7.30 on Monday", "en", pubTue, yemenLead + "Flour sold for 7.30 dollars a kilo on Monday, after the truce began.", "ceasefire.start_time",
			nil},
	})
}
