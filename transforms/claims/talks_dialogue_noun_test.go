package claims

// "dialogue" (lexicon en talks_nouns) and the political dialogue («الحوار السياسي», «حوار
// سياسي», beside «مفاوضات سياسية»; not bare حوار, which is also an interview: «قال في حوار مع
// قناة الجزيرة») are talks: "the accord was reached after two days of dialogue at Government
// House, Gusau" (zamfara zf_001), «وأن الحوار السياسي سيُعقد في أنجمينا في كانون الأول/ديسمبر
// المقبل» (chad cd_022).

import "testing"

func TestDialogueIsTalks(t *testing.T) {
	const lead = "The Houthis and the Yemeni government agreed a ceasefire in Hodeidah on Tuesday. "
	const leadAr = "اتفق الحوثيون والحكومة اليمنية على وقف لإطلاق النار في الحديدة يوم الثلاثاء. "
	runCases(t, []mechanismCase{
		{"days of dialogue in a city", "en", "2027-06-02T10:00:00Z", lead + "The accord was reached after two days of dialogue in Muscat.", "talks.venue",
			[]string{"muscat@outlet"}},
		{"arabic the political dialogue will be held in a city", "ar", "2027-06-02T10:00:00Z", leadAr + "وأضاف أن الحوار السياسي سيُعقد في مسقط في كانون الأول/ديسمبر المقبل.", "talks.venue",
			[]string{"muscat@outlet"}},
		{"arabic the month of the political dialogue", "ar", "2027-06-02T10:00:00Z", leadAr + "وأضاف أن الحوار السياسي سيُعقد في مسقط في كانون الأول/ديسمبر المقبل.", "talks.date",
			[]string{"2027-12@outlet"}},
		// Probes: a call for dialogue, an earlier national dialogue, an interview.
		{"probe: a call for dialogue", "en", "2027-06-02T10:00:00Z", lead + "The envoy called for dialogue between the parties.", "talks.venue",
			nil},
		{"probe: the National Dialogue of 2013", "en", "2027-06-02T10:00:00Z", lead + "The president recalled the National Dialogue held in Sanaa in 2013.", "talks.venue",
			nil},
		{"probe: arabic an interview in a capital", "ar", "2027-06-02T10:00:00Z", leadAr + "وقال الوزير في حوار مع قناة الجزيرة في الدوحة إن الهدنة صامدة.", "talks.venue",
			nil},
	})
}
