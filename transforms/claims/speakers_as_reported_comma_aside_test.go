package claims

import "testing"

// TestAsReportedCommaAside: an as-clause of report set off by commas on both sides ("excludes
// Rafah, as Egypt announced, and covers Khan Younis", «تستثني رفح، كما أعلنت مصر، وتشمل خان
// يونس») is an aside as one with no comma before it is: after the closing comma the sentence's
// speaker speaks on. Negatives: an as-clause after a comma that reports content of its own (a
// complementizer: "also said that"; a long object before the next comma), and one inside a
// clause, whose predicate follows the closing comma ("the text, as two diplomats described it,
// runs for a month": the diplomats vouch for the whole clause), keep the old reading.
func TestAsReportedCommaAside(t *testing.T) {
	runCases(t, []mechanismCase{
		{"en: comma-set aside (Gaza)", "en", pubTue,
			"Qatar said the truce excludes Rafah, as Egypt announced, and covers Khan Younis.", "ceasefire.exclusions",
			[]string{"rafah=excluded@qatar", "khan_younis=not_excluded@qatar"}},
		{"en: comma-set aside with a time (Sudan)", "en", pubTue,
			"The Sudanese army said on Sunday the truce took effect at midnight, as the SPLM-N announced on Saturday, and would last 30 days.",
			"ceasefire.duration", []string{"30@sudanese_armed_forces"}},
		{"ar: comma-set aside (Gaza)", "ar", pubTueAr,
			"وقالت قطر إن الهدنة تستثني رفح، كما أعلنت مصر، وتشمل خان يونس.", "ceasefire.exclusions",
			[]string{"rafah=excluded@qatar", "khan_younis=not_excluded@qatar"}},
		// Negative probes: the as-clause after the comma reports content of its own.
		{"probe ar: kama after a comma with a complementizer is also-said (Sudan)", "ar", "",
			"قال الجيش السوداني إن الهدنة بدأت عند منتصف الليل، كما أكدت الحركة الشعبية أن الاتفاق يشمل الإفراج عن الأسرى.",
			"ceasefire.exchange", []string{"prisoners=included@splm_n"}},
		{"probe en: a long object before the next comma (Sudan)", "en", "",
			"The Sudanese army said the truce took effect at midnight, as the SPLM-N announced the release of all its prisoners, and would last 30 days.",
			"ceasefire.duration", []string{"30@splm_n"}},
		{"probe en: the aside inside its clause vouches for it (Yemen)", "en", pubTue,
			"The Houthis said the truce is holding in Hodeidah. The text, as two diplomats described it to us, runs for a month.",
			"ceasefire.duration", []string{"[28,31]@sources"}},
	})
}
