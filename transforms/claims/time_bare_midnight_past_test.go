package claims

import "testing"

// TestTimeBareMidnightPast: a bare midnight is the one just passed, not tonight's, when the
// report was filed in the first hours after it (portsudan ps_026, a live entry at 00:05; agadez
// ag_014 at 00:15 Niger time, time_filed_after_midnight.go) or a span of elapsed time reaches back
// to it ("بعد ساعات من دخول وقف إطلاق النار ... حيز التنفيذ عند منتصف الليل", agadez ag_017 filed
// at 11:00, time_elapsed_since_midnight.go). A past verb split from its object by the truce noun
// and a named place still tells the past (time_split_past.go). A start cue written with the
// future prefix is no past cue ("ستوقف إطلاق النار ... صباح السبت", agadez ag_013: the coming
// Saturday, not last week's; time_inflected_past.go). Near misses: the same midnight filed in the
// afternoon; a start to come filed just after midnight; a span of elapsed time in a clause of its
// own; a past verb, the cue the future prefix was stripped from.
func TestTimeBareMidnightPast(t *testing.T) {
	const (
		pubPS0040   = "2028-10-12T00:40:00+02:00" // Port Sudan, 00:40 on Thursday 12 October
		pubPS1500   = "2028-10-12T15:00:00+02:00"
		pubAG0220   = "2039-03-19T02:20:00+03:00" // 00:20 in Niger, Saturday 19 March
		pubAG1100   = "2039-03-19T11:00:00+01:00"
		pubAGFri    = "2039-03-18T12:00:00+01:00" // Friday 18 March
		pubAGSunday = "2039-03-20T12:00:00+01:00"
	)
	runCases(t, []mechanismCase{
		{"live entry at 00:05: celebrating the start at midnight (Port Sudan, ar)", "ar", pubPS0040, "00:05 — أفاد مراسلنا في حي الثورة بأن مجموعات من شباب الهدلاب أطلقت أعيرة نارية في الهواء احتفالاً ببدء «الهدنة» عند منتصف الليل، كما يرونها.", "ceasefire.start_time",
			[]string{"2028-10-11T22:00:00Z@outlet"}},
		{"near miss: the same sentence filed in the afternoon is tonight's (Port Sudan, ar)", "ar", pubPS1500, "أفاد مراسلنا في حي الثورة بأن مجموعات من شباب الهدلاب أطلقت أعيرة نارية في الهواء احتفالاً ببدء «الهدنة» عند منتصف الليل، كما يرونها.", "ceasefire.start_time",
			[]string{"2028-10-12T22:00:00Z@outlet"}},
		{"near miss: a start to come filed just after midnight (Port Sudan, ar)", "ar", pubPS0040, "وقال مراسلنا في بورتسودان إن الهدنة ستدخل حيز التنفيذ عند منتصف الليل.", "ceasefire.start_time",
			[]string{"2028-10-12T22:00:00Z@outlet"}},
		{"near miss: will take effect at midnight, filed just after one (en)", "en", pubPS0040, "The truce in Port Sudan will take effect at midnight, our correspondent said.", "ceasefire.start_time",
			[]string{"2028-10-12T22:00:00Z@outlet"}},
		{"past verb split by the truce and a place, an ago phrase, midnight (Niger, ar)", "ar", pubAG0220, "02:15 (بتوقيت مكة المكرمة): دخل وقف إطلاق النار في إقليم أغاديز حيز التنفيذ قبل ربع ساعة، عند منتصف الليل بالتوقيت المحلي للنيجر، بحسب مراسلنا في أغاديز.", "ceasefire.start_time",
			[]string{"2039-03-18T23:00:00Z@outlet"}},
		{"hours after the entry into force at midnight, filed at 11:00 (Niger, ar)", "ar", pubAG1100, "ساد هدوء حذر صباح اليوم السبت على الشريط الحدودي المقابل لعين قزام، بعد ساعات من دخول وقف إطلاق النار في شمال النيجر حيز التنفيذ عند منتصف الليل.", "ceasefire.start_time",
			[]string{"2039-03-18T23:00:00Z@outlet"}},
		{"hours after the start of the truce at midnight (Niger, en)", "en", pubAG1100, "Calm held along the border on Saturday morning, hours after the start of the ceasefire in northern Niger at midnight.", "ceasefire.start_time",
			[]string{"2039-03-18T23:00:00Z@outlet"}},
		{"near miss: the span in a clause of its own, a start to come (Niger, ar)", "ar", pubAG1100, "وبعد ساعات من إعلان الاتفاق، يبدأ وقف إطلاق النار في شمال النيجر عند منتصف الليل.", "ceasefire.start_time",
			[]string{"2039-03-19T23:00:00Z@outlet"}},
		{"will stop firing at six on Saturday morning: the coming Saturday (Niger, ar)", "ar", pubAGFri, "وأوضح البيان أن قوات الجبهة ستوقف إطلاق النار في السادسة من صباح السبت بالتوقيت المحلي، وأن الاتفاق يُلزم الجيش بسحب نقاط تفتيشه من طريق أغاديز-أرليت في غضون عشرة أيام.", "ceasefire.start_time",
			[]string{"2039-03-19T05:00:00Z@outlet"}},
		{"near miss: stopped firing at six on Saturday morning, filed on the Sunday (Niger, ar)", "ar", pubAGSunday, "وأوضح البيان أن قوات الجبهة أوقفت إطلاق النار في أغاديز في السادسة من صباح السبت بالتوقيت المحلي.", "ceasefire.start_time",
			[]string{"2039-03-19T05:00:00Z@outlet"}},
	})
}
