package claims

// A name read back from a role cue across a comma and a verb of calling or demanding («ودعا»,
// «مطالباً») belongs to the clause before: the role is what is called for, or whom the call
// addresses.

import "testing"

func TestSetsDemandBetween(t *testing.T) {
	leadAr := "وقّعت الحكومة السودانية والحركة الشعبية لتحرير السودان - شمال اتفاقاً لوقف إطلاق النار في جنوب كردفان. "
	runCases(t, []mechanismCase{
		{"called on the mediation after a referral", "ar", "", leadAr + "وأضاف البيان أن الاتفاق يحيل الخروقات إلى الاتحاد الأفريقي، ودعا الوساطة إلى التحقيق في القصف.", "ceasefire.mediators",
			nil},
		{"demanding a committee to monitor", "ar", "", leadAr + "وأشار إلى أن معتقلين ما زالوا محتجزين لدى الجيش السوداني، مطالباً بإشراك ممثلين عن الحركة في لجنة مشتركة لمراقبة التهدئة.", "ceasefire.monitors",
			nil},
		// Near misses: no demand verb between, or an attribution that demands nothing.
		{"plain subject before the cue", "ar", "", leadAr + "وأضاف البيان أن الاتحاد الأفريقي سيتولى مراقبة التهدئة.", "ceasefire.monitors",
			[]string{"african_union@outlet"}},
		{"attribution insert keeps the subject", "ar", "", leadAr + "الاتحاد الأفريقي، بحسب البيان، سيتولى مراقبة التهدئة.", "ceasefire.monitors",
			[]string{"african_union@outlet"}},
	})
}
