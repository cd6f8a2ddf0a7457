package claims

import "testing"

// TestExclusiveTag: a short coordinated tag closing the role's clause makes the set exclusive:
// "South Sudan is the guarantor of this agreement, and the only one" (kadugli kd_005), «ومخابرات
// الجيش هي الضامن، ولا ضامن غيرها» (ainhilweh ah_018). Kept: a clause of its own after "and", a
// tag denying another role, a negated other noun.
func TestExclusiveTag(t *testing.T) {
	const gazaEn = "Israel and Hamas agreed a ceasefire in Gaza on Sunday. "
	const sudanAr = "اتفق الجيش والدعم السريع على هدنة في الفاشر يوم الاثنين. "
	runCases(t, []mechanismCase{
		{"probe: Egypt is the guarantor of this agreement, and the only one (Gaza)", "en", "", gazaEn +
			"\"Egypt is the guarantor of this agreement, and the only one,\" the official said.", "ceasefire.guarantors",
			[]string{"only:egypt@outlet"}},
		{"probe: الاتحاد الأفريقي هو الضامن، ولا ضامن غيره (Sudan)", "ar", "", sudanAr +
			"وقال المتحدث إن الاتحاد الأفريقي هو الضامن، ولا ضامن غيره.", "ceasefire.guarantors",
			[]string{"only:african_union@outlet"}},
		// Kept.
		{"kept: ..., and the only road open is the coast road (Gaza)", "en", "", gazaEn +
			"Egypt is the guarantor of this agreement, and the only road open is the coast road.", "ceasefire.guarantors",
			[]string{"egypt@outlet"}},
		{"kept: ..., and Qatar is the mediator (Gaza)", "en", "", gazaEn +
			"Egypt is the guarantor of this agreement, and Qatar is the mediator.", "ceasefire.guarantors",
			[]string{"egypt@outlet"}},
		{"kept: هو الضامن، ولا وسيط غيره (Sudan)", "ar", "", sudanAr +
			"وقال المتحدث إن الاتحاد الأفريقي هو الضامن، ولا وسيط غيره.", "ceasefire.guarantors",
			[]string{"african_union@outlet"}},
		{"kept: هو الضامن، ولا خيار غير الالتزام بالهدنة (Sudan)", "ar", "", sudanAr +
			"وقال المتحدث إن الاتحاد الأفريقي هو الضامن، ولا خيار غير الالتزام بالهدنة.", "ceasefire.guarantors",
			[]string{"african_union@outlet"}},
	})
}
