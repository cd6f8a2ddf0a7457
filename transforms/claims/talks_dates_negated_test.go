package claims

import "testing"

// TestTalksNotHeldOn: a dialogue session is talks (lexicon talks_nouns: جلسة الحوار, جلسة حوار,
// جلسات الحوار, as جولة الحوار); a date of talks said not to have been held that day is no talks
// date (talksNotHeldOn). Probes: a negation of something else in the sentence, a negated
// participation, a denial of another clause.
func TestTalksNotHeldOn(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic a dialogue session is talks: its place", "ar", pubTueAr, yemenLeadAr + "وقال الحوثيون إن جلسة الحوار ستُعقد في مسقط يوم الأحد المقبل برعاية عمانية.", "talks.venue",
			[]string{"muscat@houthis"}},
		{"arabic a dialogue session is talks: its date", "ar", pubTueAr, yemenLeadAr + "وقال الحوثيون إن جلسة الحوار ستُعقد في مسقط يوم الأحد المقبل برعاية عمانية.", "talks.date",
			[]string{"2025-10-19@houthis"}},
		{"arabic a dialogue session is talks: its sponsor", "ar", pubTueAr, yemenLeadAr + "وقال الحوثيون إن جلسة الحوار ستُعقد في مسقط يوم الأحد المقبل برعاية عمانية.", "talks.sponsors",
			[]string{"oman@houthis"}},
		{"arabic a session not held today has no date", "ar", pubTueAr, yemenLeadAr + "ولم تُعقد جلسة الحوار في مسقط اليوم كما كان متوقعاً، إذ قال مسؤول عماني إنها أُرجئت.", "talks.date",
			nil},
		{"english talks not held on a weekday have no date", "en", pubTue, yemenLead + "The talks were not held in Muscat on Sunday as planned, an Omani official said.", "talks.date",
			nil},
		{"arabic denied talks on a day", "ar", pubTueAr, "دخلت الهدنة حيز التنفيذ في السودان. ونفت الحكومة السودانية عقد أي مفاوضات في جدة يوم السبت الماضي.", "talks.date",
			nil},

		// Probes: the negation is not the talks'.
		{"a negation in another clause leaves the date", "en", pubTue, yemenLead + "The Houthis have not withdrawn, but talks will resume in Muscat on November 3.", "talks.date",
			[]string{"2025-11-03@outlet"}},
		{"arabic a negated side matter before the talks leaves the date", "ar", pubTueAr, "دخل وقف إطلاق النار حيز التنفيذ في ليبيا. ولم يحدد المبعوث موعداً للانتخابات، لكن جلسة الحوار ستُعقد في جنيف في العاشر من نوفمبر المقبل.", "talks.date",
			[]string{"2025-11-10@outlet"}},
	})
}
