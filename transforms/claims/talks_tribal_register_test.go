package claims

import "testing"

// TestReconciliationTalksNouns: a reconciliation conference or session (مؤتمر الصلح, جلسة الصلح,
// "reconciliation conference") and a round or sessions of negotiation (جولة تفاوض, جلسات التفاوض)
// are the talks: they give a venue and a date. A magistrate of the peace (قاضي الصلح) is no talks.
func TestReconciliationTalksNouns(t *testing.T) {
	runCases(t, []mechanismCase{
		{"مؤتمر الصلح في البصرة: venue", "ar", pubTueAr, "صمدت العطوة. وعقد مؤتمر الصلح بين العشيرتين في البصرة يوم الجمعة الماضي.", "talks.venue",
			[]string{"basra@outlet"}},
		{"مؤتمر الصلح في البصرة: date", "ar", pubTueAr, "صمدت العطوة. وعقد مؤتمر الصلح بين العشيرتين في البصرة يوم الجمعة الماضي.", "talks.date",
			[]string{"2025-10-10@outlet"}},
		{"جلسات التفاوض في سواكن", "ar", pubTueAr, "صمدت الهدنة. وافتُتحت مساء اليوم في سواكن جلسات التفاوض بين وفدي القبيلتين.", "talks.venue",
			[]string{"suakin@outlet"}},
		{"reconciliation conference", "en", pubTue, "The truce held. A reconciliation conference between the two tribes opened in Basra on Monday.", "talks.venue",
			[]string{"basra@outlet"}},
		{"a magistrate of the peace", "ar", pubTueAr, "صمدت الهدنة. وأحال قاضي الصلح في البصرة القضية إلى المحكمة يوم الأحد.", "talks.venue",
			nil},
	})
}

// TestPostponedTalksDate: a date the talks were set for and then postponed from is no date of
// theirs ("جلسة الصلح التي كان مقرراً عقدها ... غداً الأربعاء أُرجئت", "set for Friday ... were
// postponed"); the date they were postponed to is, and a postponement of something else in
// another clause leaves the talks' date alone.
func TestPostponedTalksDate(t *testing.T) {
	runCases(t, []mechanismCase{
		{"أرجئت: the former date", "ar", pubTueAr, "صمدت الهدنة. وأعلنت لجنة الشيوخ أن جلسة الصلح التي كان مقرراً عقدها في البصرة غداً الأربعاء أُرجئت إلى موعد لاحق.", "talks.date",
			nil},
		{"أرجئت إلى: the new date", "ar", pubTueAr, "صمدت الهدنة. وأعلنت لجنة الشيوخ أن جلسة الصلح أُرجئت إلى يوم الأربعاء في البصرة.", "talks.date",
			[]string{"2025-10-15@basra_sheikhs_committee"}},
		{"set for Friday, postponed, Doha", "en", pubTue, "The truce held. The talks set for Friday in Doha were postponed, officials said.", "talks.date",
			nil},
		{"postponed to Friday", "en", pubTue, "The truce held. The talks were postponed to Friday in Doha, officials said.", "talks.date",
			[]string{"2025-10-17@sources"}},
		{"another thing postponed", "en", pubTue, "The truce held. Talks opened in Doha on Monday and agreed that the prisoner swap would be postponed.", "talks.date",
			[]string{"2025-10-13@outlet"}},
	})
}

// TestDeclinedHostOffer: an offer to host turned down in a clause after it ("but the government
// preferred Nairobi", "غير أن الحكومة فضّلت عقدها في الخرطوم") names no venue; the place after the
// break is the one preferred. An offer not turned down keeps its reading.
func TestDeclinedHostOffer(t *testing.T) {
	runCases(t, []mechanismCase{
		{"offered to host the talks in Doha, but", "en", pubTue, "The truce held on Tuesday. Diplomats say Qatar offered to host the next round of talks in Doha, but the government preferred Nairobi.", "talks.venue",
			nil},
		{"عرضت استضافة ... غير أن ... في الخرطوم", "ar", pubTueAr, "صمدت الهدنة يوم الثلاثاء. ويقول دبلوماسيون إن القاهرة عرضت استضافة جولة المفاوضات المقبلة، غير أن الحكومة فضّلت عقدها في الخرطوم.", "talks.venue",
			[]string{"khartoum@sources"}},
		{"مؤتمر الصلح: the preferred place", "ar", pubTueAr, "صمدت الهدنة يوم الثلاثاء. ويقول دبلوماسيون إن القاهرة عرضت استضافة مؤتمر الصلح المقبل، غير أن الحكومة فضّلت عقده في الخرطوم.", "talks.venue",
			[]string{"khartoum@sources"}},
		{"an offer hosting, not declined", "ar", pubTueAr, "صمدت الهدنة يوم الثلاثاء. واستضافت القاهرة جولة المفاوضات يوم الاثنين.", "talks.venue",
			[]string{"cairo@outlet"}},
	})
}

// TestTalksDayPairOpeningDay: a round held "on Tuesday and Wednesday", "يومي الثلاثاء والأربعاء"
// is dated by its opening day (the shared convention), not by the second day that a night of two
// days takes ("منتصف ليل الأربعاء الخميس" keeps Thursday for the truce's start).
func TestTalksDayPairOpeningDay(t *testing.T) {
	const pubThuAr = "2025-10-16T11:00:00+03:00"
	runCases(t, []mechanismCase{
		{"يومي الثلاثاء والأربعاء", "ar", pubThuAr, "صمدت الهدنة. وأكد مصدر أن جولة التفاوض التي احتضنتها مدينة الخرطوم يومي الثلاثاء والأربعاء انتهت بتوقيع الاتفاق.", "talks.date",
			[]string{"2025-10-14@sources"}},
		{"on Tuesday and Wednesday", "en", "2025-10-16T08:00:00Z", "The truce held. The talks in Khartoum on Tuesday and Wednesday ended with a deal.", "talks.date",
			[]string{"2025-10-14@outlet"}},
		{"a night of two days starts the truce", "ar", "2025-10-14T11:00:00+03:00", "أعلن الطرفان أن الهدنة تبدأ عند منتصف ليل الأربعاء الخميس.", "ceasefire.start_time",
			[]string{"2025-10-16T00:00:00Z@outlet"}},
	})
}
