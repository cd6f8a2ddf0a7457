package claims

import "testing"

// TestOwnCountryPredicateNamesNoMember: the war's own country's adjective said of the
// mediation or the guarantee ("الوساطة ليبية والضمانة ليبية", "الوساطة كانت عراقية") tells that
// it was home-grown, not that the state brokered (sets_own_country_predicate.go); the country is
// the theater or, with none placed, the one country of the armed groups named (two Tripoli
// forces). Probes: another state's adjective said the same way, the attributive "بوساطة يمنية",
// an English copula with a foreign state.
func TestOwnCountryPredicateNamesNoMember(t *testing.T) {
	const (
		yemenAr   = "اتفق الحوثيون والحكومة اليمنية على وقف لإطلاق النار في اليمن يوم الثلاثاء. "
		iraqAr    = "اتفقت الحكومة العراقية وحكومة إقليم كردستان على هدنة في كركوك يوم الثلاثاء. "
		tripoliAr = "اتفق جهاز الردع واللواء 444 على هدنة في سوق الجمعة يوم الثلاثاء. "
		fasherAr  = "اتفق الجيش السوداني وقوات الدعم السريع على هدنة في الفاشر. "
		fasherEn  = "Sudan's army and the RSF agreed to a truce in El Fasher on Tuesday. "
	)
	runCases(t, []mechanismCase{
		{"yemeni mediation said of the mediation", "ar", "", yemenAr + "وقال مسؤول حكومي إن الوساطة يمنية والضمانة يمنية.", "ceasefire.mediators",
			nil},
		{"yemeni guarantee said of the guarantee after the mediation", "ar", "", yemenAr + "وقال مسؤول حكومي إن الوساطة يمنية والضمانة يمنية.", "ceasefire.guarantors",
			nil},
		{"iraqi mediation in an iraqi war", "ar", "", iraqAr + "وأكدت الحكومة أن الوساطة عراقية.", "ceasefire.mediators",
			nil},
		{"libyan mediation between two tripoli forces, no theater placed", "ar", "", tripoliAr + "وقال مصدر في الجهاز إن «الوساطة ليبية خالصة».", "ceasefire.mediators",
			nil},

		// Probes.
		{"probe: turkish mediation between two tripoli forces", "ar", "", tripoliAr + "وقال مصدر في الجهاز إن الوساطة تركية.", "ceasefire.mediators",
			[]string{"turkey@radaa"}},
		{"probe: saudi mediation in a sudanese war, quoted", "ar", "", fasherAr + "وأكد مصدر عسكري أن الوساطة «سعودية خالصة».", "ceasefire.mediators",
			[]string{"only:saudi_arabia@sources"}}, // خالصة: purely Saudi, the only mediator (lexicon only, stop 29)
		{"probe: omani mediation said of the mediation", "ar", "", yemenAr + "وقال مسؤول حكومي إن الوساطة عمانية.", "ceasefire.mediators",
			[]string{"oman@sources"}},
		{"probe: the attributive own adjective", "ar", "", yemenAr + "وتم التوصل إلى الاتفاق بوساطة يمنية.", "ceasefire.mediators",
			[]string{"yemen@outlet"}},
		{"probe: english copula with a foreign state", "en", "", fasherEn + "The mediation was Egyptian, an army spokesman said.", "ceasefire.mediators",
			[]string{"egypt@sudanese_armed_forces"}},
	})
}
