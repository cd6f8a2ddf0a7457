package claims

import "testing"

// TestPronounSubjectAlongside: a role whose subject is a pronoun («أنها», «لكنها», "it") with a
// partner named alongside: the partner and the body the pronoun stands for (the nearest name
// before it that may hold the role, else who speaks) hold it (ituri it_034, bangui bg_030,
// abyei ab_008). A name subject, a negated role, an alongside phrase naming no member or set
// off as another phrase add nobody.
func TestPronounSubjectAlongside(t *testing.T) {
	const truce = "اتفق الجيش والدعم السريع على هدنة في الفاشر. "
	runCases(t, []mechanismCase{
		{"the pronoun is who speaks (Ituri)", "ar", "",
			truce + "أكدت قطر في بيان صدر من الدوحة أمس أنها «ضامن لاتفاق وقف إطلاق النار في الفاشر إلى جانب الاتحاد الأفريقي».", "ceasefire.guarantors",
			[]string{"african_union,qatar@qatar"}},
		{"the pronoun takes up the name before, past the truce's own name (Bangui)", "ar", "",
			truce + "نفى مصدر في الحكومة المصرية أن تكون القاهرة ضامنة لاتفاق الفاشر، لكنه أكد أنها «شاركت في الوساطة إلى جانب قطر».", "ceasefire.mediators",
			[]string{"egypt,qatar@sources"}},
		{"a clause break carries the pronoun (Abyei)", "ar", "",
			truce + "وأضاف أن القاهرة «ليست طرفاً في الاتفاق» لكنها تدعمه بصفتها ضامناً إلى جانب الرياض.", "ceasefire.guarantors",
			[]string{"egypt,saudi_arabia@outlet"}},
		{"english it", "en", "",
			"The army and the RSF agreed a truce in El Fasher. Qatar said it would act as a guarantor alongside the African Union.", "ceasefire.guarantors",
			[]string{"african_union,qatar@qatar"}},
		// Near misses.
		{"probe: a name subject is read as before", "ar", "",
			truce + "أكدت قطر أن مصر ضامنة للاتفاق إلى جانب الاتحاد الأفريقي.", "ceasefire.guarantors",
			[]string{"african_union,egypt@qatar"}},
		{"probe: a negated role names nobody", "ar", "",
			truce + "أكدت قطر أنها لن تكون ضامنة للاتفاق إلى جانب الاتحاد الأفريقي.", "ceasefire.guarantors",
			nil},
		{"probe: alongside a commitment, no member", "ar", "",
			truce + "أكدت قطر أنها ضامنة للاتفاق إلى جانب التزامها بدعم المفاوضات.", "ceasefire.guarantors",
			[]string{"qatar@qatar"}},
		{"probe: a third party working alongside the mediator", "en", "",
			"The army and the RSF agreed a truce in El Fasher. Qatar said it had mediated the deal, working alongside the African Union on aid.", "ceasefire.mediators",
			nil},
	})
}
