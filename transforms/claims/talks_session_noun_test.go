package claims

// The Arabic session noun (جلسة, جلسات; lexicon meeting_nouns, as "session" and "sessions" are in
// English) is a meeting like اجتماع: placed by a verb of holding or a locative, it is the talks
// («جلسة المجلس المقبلة ستُعقد في الكفرة», «عقد المجلس ... جلسة في الكفرة»: kufra kf_024,
// kf_030, kf_039; greenzone «جلسة مجلس النواب المقررة في الثاني والعشرين»; zamfara «أن تُعقد
// جلسة مراجعة في غوساو»). A session of a body that is no forum of the sides, or one where a
// speaker spoke, places no talks; nor does a state organ's own sitting (lexicon sitting_bodies:
// «جلسة البرلمان», «اجتماع مجلس النواب», talks_organ_sitting.go).

import "testing"

func TestSessionNounIsAMeeting(t *testing.T) {
	const lead = "اتفقت الحكومة اليمنية والحوثيون على هدنة في تعز يوم الثلاثاء. "
	runCases(t, []mechanismCase{
		{"arabic the next session will be held in a city", "ar", "2027-03-02T10:00:00Z", lead + "وقال المبعوث الأممي إن جلسة المجلس المقبلة ستُعقد في مسقط يوم السبت المقبل.", "talks.venue",
			[]string{"muscat@un_envoy"}},
		{"arabic the date of that session", "ar", "2027-03-02T10:00:00Z", lead + "وقال المبعوث الأممي إن جلسة المجلس المقبلة ستُعقد في مسقط يوم السبت المقبل.", "talks.date",
			[]string{"2027-03-06@un_envoy"}},
		{"arabic a committee held a session in a city", "ar", "2027-03-02T10:00:00Z", lead + "وعقدت لجنة التهدئة اليوم الأحد جلسة في مسقط بحضور ممثلي الطرفين.", "talks.venue",
			[]string{"muscat@outlet"}},
		// Near misses: a parliament's session, a session where a speaker spoke, a court's.
		{"probe: a parliament's session without a place", "ar", "2027-03-02T10:00:00Z", lead + "وعقد مجلس النواب اليمني جلسة استثنائية يوم الأحد لمناقشة الموازنة.", "talks.venue",
			nil},
		{"probe: said at a Security Council session", "ar", "2027-03-02T10:00:00Z", lead + "وقال المندوب في جلسة لمجلس الأمن في نيويورك إن الهدنة صامدة.", "talks.venue",
			nil},
		{"probe: a parliament's session in its capital, no truce", "ar", "2027-03-02T10:00:00Z", "عقد البرلمان المصري جلسة في القاهرة يوم الأحد لمناقشة الموازنة.", "talks.venue",
			nil},
		{"probe: arabic a parliament's session convened in a city", "ar", "", yemenLeadAr + "وتنعقد جلسة البرلمان في عدن يوم السبت لإقرار الموازنة.", "talks.venue",
			nil},
		{"probe: arabic a meeting of the house of representatives in a city", "ar", "", yemenLeadAr + "وينعقد اجتماع مجلس النواب في عدن يوم السبت لإقرار الموازنة.", "talks.venue",
			nil},
		{"probe: a court's session", "ar", "2027-03-02T10:00:00Z", lead + "وقال مسؤول إن المحكمة ستعقد جلسة في صنعاء يوم الأحد للنظر في قضايا الفساد.", "talks.venue",
			nil},
	})
}
