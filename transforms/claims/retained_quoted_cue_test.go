package claims

import "testing"

// TestRetainedQuotedCue: a quotation mark opening right before a cue is no word, so the negation
// three words before the quote still reaches it ("لا يحق له «الرد بالقوة»": no right to respond by
// force); "الرد بالقوة" names the right like "الرد بالمثل". A negation further back, or of another
// verb, does not.
func TestRetainedQuotedCue(t *testing.T) {
	runCases(t, []mechanismCase{
		{"no side may respond by force, quoted", "ar", pubTueAr, yemenLeadAr + "وشددت الحكومة على أن أياً من الطرفين لا يحق له «الرد بالقوة» على الخروقات.", "ceasefire.retained_rights",
			[]string{"respond_to_violations=not_retained@yemeni_government"}},
		{"keeps the right to respond by force (Sudan)", "ar", pubTueAr, "اتفق الجيش وقوات الدعم السريع على هدنة في الفاشر يوم الثلاثاء. وقال الجيش إنه يحتفظ بحق «الرد بالقوة» على أي خرق للهدنة.", "ceasefire.retained_rights",
			[]string{"respond_to_violations=retained@sudanese_armed_forces"}},
		{"probe: a negation further back (Libya)", "ar", pubTueAr, "اتفقت حكومة الوحدة الوطنية وقوات حفتر على وقف لإطلاق النار في سرت يوم الثلاثاء. وقالت الحكومة إن لا أحد يمنع قواتها من «الرد بالقوة» على أي هجوم.", "ceasefire.retained_rights",
			[]string{"respond_to_violations=retained@government_of_national_unity"}},
	})
}
