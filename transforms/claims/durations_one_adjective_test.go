package claims

import "testing"

// TestDurationCountedByOne: an Arabic singular unit followed by the numeral one as its adjective
// ("أسبوع واحد", "شهراً واحداً") is a span of one unit when a span of the truce is spoken of: a
// renewal cue after it, a duration cue before it, or the truce's length as the sentence's frame.
// Not a span of fighting, a deadline, a date, or the one unit with the article.
func TestDurationCountedByOne(t *testing.T) {
	runCases(t, []mechanismCase{
		{"length frame: the truce's term is one week", "ar", pubTueAr, yemenLeadAr + "وقال المتحدث إن مدة الهدنة أسبوع واحد قابل للتجديد.", "ceasefire.duration",
			[]string{"7@outlet"}},
		{"renewable one week after a verb of speaking", "ar", pubTueAr, syriaLeadAr + "وتتحدث المعارضة عن هدنة، وتقول الحكومة إنها شهر واحد قابل للتمديد.", "ceasefire.duration",
			[]string{"[28,31]@syrian_government"}},
		{"accusative after a duration cue", "ar", pubTueAr, yemenLeadAr + "وقال الحوثيون إن الهدنة تستمر يوماً واحداً فقط.", "ceasefire.duration",
			[]string{"1@houthis"}},
		{"probe: one week of fighting (Sudan)", "ar", pubTueAr, "قُتل أكثر من مئة مدني في الفاشر خلال أسبوع واحد من القتال بين الجيش وقوات الدعم السريع.", "ceasefire.duration",
			nil},
		{"probe: a deadline of one week (Libya)", "ar", pubTueAr, "وأمهلت حكومة الوحدة الوطنية الفصائل في طرابلس أسبوعاً واحداً لإخلاء مقارها بعد وقف إطلاق النار.", "ceasefire.duration",
			nil},
		{"probe: one day after the truce (Gaza)", "ar", pubTueAr, "وبعد يوم واحد من بدء الهدنة في غزة، عاد آلاف النازحين إلى شمال القطاع.", "ceasefire.duration",
			nil},
		{"probe: the one week with the article (Ukraine)", "ar", pubTueAr, "وقالت كييف إن الأسبوع الواحد شهد أكثر من مئة خرق لوقف إطلاق النار.", "ceasefire.duration",
			nil},
	})
}
