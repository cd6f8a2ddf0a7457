package claims

// Correction notices: what a story "erroneously reported" (ورد خطأً, عن طريق الخطأ) is the
// retracted reading, not a claim (lexicon background: "erroneously", "mistakenly", "wrongly",
// "incorrectly", "in error"; Arabic "ورد خطأ", "عن طريق الخطأ", "بشكل خاطئ"). The corrected
// value in the next sentence, and what follows "misstated X's role:", still count.

import "testing"

// TestCorrectionNoticeRetractsItsReading: frozen ainhilweh (a wire's correction of a truce's
// start hour read as a new start, a day off) on other wars' corrections.
func TestCorrectionNoticeRetractsItsReading(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: erroneously reported, after a comma", "en", "2025-01-20", "In a story on Jan. 15 about the Gaza ceasefire, Levant Wire erroneously reported that the truce took effect at midnight.", "ceasefire.start_time", nil},
		{"the corrected hour still counts", "en", "2025-01-20", "In a story on Jan. 15 about the Gaza ceasefire, Levant Wire erroneously reported that the truce took effect at midnight. The ceasefire took effect at 0830 local time on Jan. 19.", "ceasefire.start_time",
			[]string{"2025-01-19T06:30:00Z@outlet"}},
		{"probe: incorrectly stated exclusion", "en", "2025-01-20", "A Jan. 14 report on the Sudan truce incorrectly stated that it excludes El Fasher.", "ceasefire.exclusions", nil},
		{"probe: mistakenly reported status", "en", "2025-01-20", "Levant Wire mistakenly reported that the Libya truce took effect at midnight.", "ceasefire.status", nil},
		{"probe: arabic ورد خطأً", "ar", "2025-01-20", "تصحيح: ورد خطأً في خبر سابق عن هدنة غزة أن وقف إطلاق النار دخل حيز التنفيذ منتصف الليل.", "ceasefire.start_time", nil},
		{"probe: arabic عن طريق الخطأ", "ar", "2025-01-20", "ذكرت الوكالة عن طريق الخطأ أن الهدنة في اليمن تستثني مدينة تعز.", "ceasefire.exclusions", nil},
		{"a misstated role is corrected after the colon", "en", "2025-01-20", gazaLead + "The article also misstated Egypt's role: Egypt is a mediator of the truce, not its guarantor.", "ceasefire.mediators",
			[]string{"egypt@outlet"}},
		{"an error elsewhere in the sentence, after a comma", "en", "", "The Syrian army said the ceasefire excludes Jabhat Fatah al-Sham, adding that the rebels had wrongly accused it of violations.", "ceasefire.exclusions",
			[]string{"jabhat_fatah_al_sham=excluded@syrian_army"}},
	})
}
