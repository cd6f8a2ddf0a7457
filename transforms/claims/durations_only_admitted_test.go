package claims

import "testing"

// TestOnlyAdmittedSpan: a negation and an exception word make one restriction, a side's own
// account of the truce's length («لا يعترف الحوثيون إلا بثلاثين يوماً», «إنها لم تلتزم إلا بثلاثة
// أيام»), after the sentence has spoken of the length (durations_only_admitted.go). Witnesses:
// bamenda bm_030, tishrin tr_019. Not: a count of something else, a negation with no exception, a
// sentence that has not spoken of the length, the span of the talks or of the calm. Probes from
// Yemen, Sudan and Mozambique.
func TestOnlyAdmittedSpan(t *testing.T) {
	const yemenAr = "اتفق الحوثيون والحكومة اليمنية على هدنة في تعز. "
	runCases(t, []mechanismCase{
		{"verb, named subject, only-by (Yemen)", "ar", "", yemenAr + "وتقول الأمم المتحدة إن الهدنة تمتد ستين يوماً، في حين لا يعترف الحوثيون إلا بثلاثين يوماً.", "ceasefire.duration",
			[]string{"60@un", "30@houthis"}},
		{"the clause's speaker, subject in the complementizer (Sudan)", "ar", "", "اتفق الجيش السوداني وقوات الدعم السريع على هدنة في الفاشر. وبينما يؤكد الجيش أن الهدنة تمتد ثلاثين يوماً، تقول قوات الدعم السريع إنها لم تلتزم إلا بثلاثة أيام.", "ceasefire.duration",
			[]string{"30@sudanese_armed_forces", "3@rapid_support_forces"}},
		// Not a side's account.
		{"a count of something else", "ar", "", yemenAr + "وتقول الأمم المتحدة إن الهدنة تمتد ستين يوماً، ولم يُقتل إلا ثلاثة مقاتلين.", "ceasefire.duration",
			[]string{"60@un"}},
		{"a negation without the exception", "ar", "", yemenAr + "وتقول الأمم المتحدة إن الهدنة تمتد ستين يوماً، ولا يعترف الحوثيون بثلاثين يوماً.", "ceasefire.duration",
			[]string{"60@un"}},
		{"no length spoken of before", "ar", "", yemenAr + "ولم يلتزم الحوثيون إلا بثلاثة أيام من الهدوء قبل أن يستأنفوا القصف.", "ceasefire.duration",
			nil},
		{"the talks' span", "ar", "", yemenAr + "وتقول الأمم المتحدة إن الهدنة تمتد ستين يوماً، ولم تستغرق المفاوضات إلا ثلاثة أيام.", "ceasefire.duration",
			[]string{"60@un"}},
		{"the calm's span (Mozambique)", "ar", "", "اتفقت الحكومة الموزمبيقية والمجلس العسكري على هدنة. وتقول الحكومة إن الهدنة تمتد ثلاثة أشهر، بينما لم يصمد الهدوء إلا يومين.", "ceasefire.duration",
			[]string{"[89,92]@mozambican_government"}},
	})
}
