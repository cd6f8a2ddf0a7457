package claims

import "testing"

// TestScopeBoundVerbs: more limit predicates of the truce (lexicon object "bound"): "لا تتجاوز
// حدود", "لن يتجاوز", "reaches no further than", "does not go beyond". As with "لا تتعدى", the
// truce must be their subject and a place their limit: a count, forces or fighting that go no
// further than a place are no scope of the truce.
func TestScopeBoundVerbs(t *testing.T) {
	const arNoPlaceLead = "اتفق الحوثيون والحكومة اليمنية على وقف لإطلاق النار يوم الثلاثاء. "
	const enNoPlaceLead = "The Houthis and the Yemeni government agreed to a ceasefire on Tuesday. "
	runCases(t, []mechanismCase{
		{"the truce does not go past the camp's limits", "ar", "", arNoPlaceLead + "وقال المتحدث إن التهدئة لا تتجاوز حدود مديرية الحالي.", "ceasefire.scope",
			[]string{"partial@outlet"}},
		{"reaches no further than", "en", "", enNoPlaceLead + "The truce reaches no further than the city and its outskirts, the governor said.", "ceasefire.scope",
			[]string{"partial@outlet"}},
		{"does not go beyond", "en", "", enNoPlaceLead + "The ceasefire does not go beyond the two districts, officials said.", "ceasefire.scope",
			[]string{"partial@sources"}},
		{"probe: a count that does not exceed (Sudan)", "ar", "", "اتفق الجيش وقوات الدعم السريع على هدنة يوم الثلاثاء. وقال مسعفون إن عدد القتلى منذ الهدنة لا يتجاوز عشرة.", "ceasefire.scope",
			nil},
		{"probe: forces that will not go past a city (Libya)", "ar", "", "اتفقت حكومة الوحدة الوطنية وقوات حفتر على وقف لإطلاق النار يوم الثلاثاء. وقال المتحدث إن القوات لن تتجاوز حدود سرت.", "ceasefire.scope",
			nil},
		{"probe: fighting that went no further than (DRC)", "en", "", "Congo and the M23 rebels agreed to a ceasefire on Tuesday. The fighting reached no further than the outskirts of Goma, residents said.", "ceasefire.scope",
			nil},
	})
}
