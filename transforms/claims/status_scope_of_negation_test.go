package claims

// ceasefire.status: what a negation, a proposal or a month name around a cue is about: an
// exception ("لم تحمل سوى توقيعين"), another object ("لم نوافق على تسليم سلاحنا"), a provision
// proposed ("اقترحت تبادل الأسرى"), an earlier truce named by its month ("هدنة مايو"), a
// stipulated or wished state ("على أن تبقى الهدنة سارية المفعول").

import "testing"

// TestExceptiveNegation: "لم ... سوى" is "only": who signed, not that nobody did. A noun of
// signing so restricted ("لم تحمل سوى توقيعين") gives no status; a finite verb of signing ("لم
// يوقعه إلا طرفان") is the speaker's agreed (shared convention, stop 18; status_signing.go).
func TestExceptiveNegation(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic the document bore only two signatures", "ar", "", yemenLeadAr + "وقال الحوثيون إن الوثيقة لم تحمل سوى توقيعين.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"arabic none but two signed it", "ar", "", yemenLeadAr + "وقال الحوثيون إن الاتفاق لم يوقعه إلا طرفان.", "ceasefire.status",
			[]string{"agreed@outlet", "agreed@houthis"}},
		// Negative probes (Yemen): a plain denial of a signature stays not_agreed.
		{"arabic they did not sign", "ar", "", yemenLeadAr + "وقال الحوثيون إنهم لم يوقعوا على الاتفاق.", "ceasefire.status",
			[]string{"agreed@outlet", "not_agreed@houthis"}},
		{"arabic the document bore no signature", "ar", "", yemenLeadAr + "ونفت ألوية العمالقة أن تكون قد وقعت على الاتفاق، ولم تحمل الوثيقة أي توقيع.", "ceasefire.status",
			[]string{"agreed@outlet", "not_agreed@giants_brigades"}},
	})
}

// TestRefusalOfAnotherObject: "لم نوافق على تسليم سلاحنا، والتهدئة ...": refusing to hand over
// weapons is no refusal of the truce.
func TestRefusalOfAnotherObject(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic did not agree to hand over weapons", "ar", "", yemenLeadAr + "وقال الحوثيون إنهم لم يوافقوا على تسليم سلاحهم، والهدنة صامدة.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@houthis"}},
		{"did not agree to disarm", "en", "", yemenLead + "The Houthis said they did not agree to disarm, but the truce holds.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@houthis"}}, // "holds" as its Arabic twin's "صامدة"
		// Negative probes (Yemen): the truce, or entering it, refused.
		{"arabic did not agree to the ceasefire", "ar", "", yemenLeadAr + "وقال الحوثيون إنهم لم يوافقوا على وقف إطلاق النار.", "ceasefire.status",
			[]string{"agreed@outlet", "not_agreed@houthis"}},
		{"arabic did not agree to enter the truce", "ar", "", yemenLeadAr + "وقال الحوثيون إنهم لم يوافقوا على الدخول في الهدنة.", "ceasefire.status",
			[]string{"agreed@outlet", "not_agreed@houthis"}},
		{"did not agree to the truce", "en", "", yemenLead + "The Houthis said they did not agree to the truce.", "ceasefire.status",
			[]string{"agreed@outlet", "not_agreed@houthis"}},
		{"did not agree to stop fighting", "en", "", yemenLead + "The Houthis said they did not agree to stop fighting.", "ceasefire.status",
			[]string{"agreed@outlet", "not_agreed@houthis"}},
	})
}

// TestProvisionProposed: proposing a prisoner exchange is no proposed truce.
func TestProvisionProposed(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic proposed a prisoner exchange", "ar", "", yemenLeadAr + "وقال الحوثيون إنهم اقترحوا تبادل الأسرى ضمن ترتيبات الهدنة.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"arabic quoted proposed then the exchange", "ar", "", yemenLeadAr + "وقال الحوثيون إنهم «اقترحوا» تبادل الأسرى ضمن ترتيبات الهدنة.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"quoted proposed a prisoner exchange", "en", "", yemenLead + "The Houthis said they had \"proposed\" a prisoner exchange under the truce.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		// Negative probe (Yemen): a truce proposed.
		{"arabic proposed a new truce", "ar", "", yemenLeadAr + "وقال الحوثيون إنهم اقترحوا هدنة جديدة.", "ceasefire.status",
			[]string{"agreed@outlet", "proposed@houthis"}},
	})
}

// TestTruceOfAnEarlierMonth: "منذ انهيار هدنة مايو" in July, "the May truce collapsed": an
// earlier truce named by its month.
func TestTruceOfAnEarlierMonth(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic since the collapse of the May truce", "ar", "2027-07-19T13:00:00Z", "اتفق الجيش وقوات الدعم السريع على هدنة في الفاشر يوم الخميس. ويرى دبلوماسيون أن الخلاف يعكس انعدام الثقة المتراكم منذ انهيار هدنة مايو.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"the April truce collapsed", "en", "2027-07-19T13:00:00Z", sudanLeadEn + ". The April truce collapsed within 48 hours, diplomats said.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		// Negative probes (Sudan): the truce of this month; no date to compare with; a month
		// that dates the collapse itself.
		{"the July truce has held", "en", "2027-07-19T13:00:00Z", sudanLeadEn + ". The July truce has held, diplomats said.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@sources"}},
		{"undated item", "en", "", sudanLeadEn + ". The April truce collapsed within 48 hours, diplomats said.", "ceasefire.status",
			[]string{"agreed@outlet", "collapsed@sources"}},
		{"a month dating the collapse", "en", "2027-07-19T13:00:00Z", sudanLeadEn + ". The truce collapsed in May, diplomats said.", "ceasefire.status",
			[]string{"agreed@outlet", "collapsed@sources"}},
	})
}

// TestSubjunctiveTruce: "على أن تبقى الهدنة سارية المفعول": stipulated or wished, not stated.
func TestSubjunctiveTruce(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic called for the truce to remain in force", "ar", "", yemenLeadAr + "دعا المبعوث إلى أن تبقى الهدنة سارية المفعول.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"arabic called for the truce to stay firm", "ar", "", yemenLeadAr + "دعا المبعوث الطرفين إلى أن تظل الهدنة صامدة.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		// Negative probes (Yemen, Mali): a truce said to hold; a collapse denied under أن تكون.
		{"arabic the truce holds", "ar", "", yemenLeadAr + "وأكد المبعوث أن الهدنة صامدة.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@outlet"}},
		{"arabic denied that the truce had collapsed", "ar", "", yemenLeadAr + "ونفى مصدر دبلوماسي أن تكون الهدنة قد انهارت.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@sources"}},
	})
}
