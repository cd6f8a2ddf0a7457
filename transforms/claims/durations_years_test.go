package claims

import "testing"

// TestYearDurations: tribal truces run for fixed terms, often a year ("قلد لمدة عام", "عطوة لمدة
// سنة", "a one-year truce"): a year is twelve calendar months, 365 to 366 days, two years 730 to
// 731. A span of the conflict the truce ends ("a war that has lasted 12 years", "a feud that
// lasted a year", "نزاع استمر عشر سنوات") is no term of the truce (spanOfConflict), nor is a
// year that dates something ("last year", "الأمين العام", "a year after").
func TestYearDurations(t *testing.T) {
	runCases(t, []mechanismCase{
		{"qalad for a year", "ar", pubTueAr, "أعلن ناظر القبيلة التوصل إلى قلد لمدة عام بين عشيرتين في كسلا يوم الثلاثاء.", "ceasefire.duration",
			[]string{"[365,366]@outlet"}},
		// Basra's tribal sheikhs are no Sinjar body: «شيوخ العشائر» is the unnamed class of
		// elders, a source (Sinjar's elders are named so only in Sinjar's coverage).
		{"atwa for a year, Iraq", "ar", pubTueAr, "أعلن شيوخ العشائر التوصل إلى عطوة لمدة سنة بين عشيرتين في البصرة.", "ceasefire.duration",
			[]string{"[365,366]@sources"}},
		{"a full year, accusative", "ar", pubTueAr, "قال زعيم القبيلة إن العطوة تمتد عاماً كاملاً.", "ceasefire.duration",
			[]string{"[365,366]@outlet"}},
		{"dual: two years", "ar", pubTueAr, "اتفق الطرفان على هدنة لمدة عامين في الكونغو.", "ceasefire.duration",
			[]string{"[730,731]@outlet"}},
		{"one-year truce", "en", pubTue, "The two clans agreed a one-year truce in Kassala on Tuesday.", "ceasefire.duration",
			[]string{"[365,366]@outlet"}},
		{"run for two years", "en", pubTue, "The truce will run for two years, the M23 said.", "ceasefire.duration",
			[]string{"[730,731]@m23"}},
		{"the war's years, Myanmar", "en", pubTue, "The truce ends a war that has lasted 12 years in Myanmar, the junta said.", "ceasefire.duration",
			nil},
		{"a feud's year", "en", pubTue, "Elders in Kassala signed a truce to end a feud that lasted a year.", "ceasefire.duration",
			nil},
		{"a conflict's months, DRC", "en", pubTue, "The ceasefire ends a siege of Goma that lasted 11 months, the M23 said.", "ceasefire.duration",
			nil},
		{"secretary-general and years of war, Gaza", "ar", pubTueAr, "رحب الأمين العام للأمم المتحدة بالهدنة في غزة، وقال إن الحرب مستمرة منذ عامين.", "ceasefire.duration",
			nil},
		{"an earlier qalad's year", "ar", pubTueAr, "ويستحضر الأهالي قلد ٢٠٢١ الذي وقّعه نظار الإقليم لمدة عام كامل ثم انهار بعد أسابيع.", "ceasefire.duration",
			nil},
		{"last year dates the truce, Yemen", "ar", pubTueAr, "أعلنت الحكومة اليمنية والحوثيون هدنة في تعز العام الماضي لمدة شهرين.", "ceasefire.duration",
			nil},
		{"a year after, Ukraine", "en", pubTue, "The ceasefire in Ukraine was agreed a year after talks in Istanbul.", "ceasefire.duration",
			nil},
	})
}

// TestYearDurationsTruceSubject: the truce, not the conflict it ends, is the subject of the
// duration verb: its span stands.
func TestYearDurationsTruceSubject(t *testing.T) {
	runCases(t, []mechanismCase{
		{"the truce that ended the war will last a year", "en", pubTue, "The truce that ended the war in Darfur will last a year.", "ceasefire.duration",
			[]string{"[365,366]@outlet"}},
		{"الهدنة التي أنهت الحرب تستمر عاماً", "ar", pubTueAr, "قال الوسطاء إن الهدنة التي أنهت الحرب في دارفور تستمر عاماً كاملاً.", "ceasefire.duration",
			[]string{"[365,366]@outlet"}},
	})
}

// TestConflictSpanInsideTruceNoun: a fighting word inside the ceasefire noun ("وقف القتال",
// "halt to fighting") is the truce, not a conflict: its span stands.
func TestConflictSpanInsideTruceNoun(t *testing.T) {
	runCases(t, []mechanismCase{
		{"وقف القتال لمدة ثلاثين يوماً", "ar", pubTueAr, "وينص الاتفاق على وقف القتال لمدة ثلاثين يوماً في أبيي.", "ceasefire.duration",
			[]string{"30@outlet"}},
		{"a halt to fighting for a year", "en", pubTue, "The clans agreed to a halt to fighting for a year in Kassala.", "ceasefire.duration",
			[]string{"[365,366]@outlet"}},
	})
}
