package claims

import "testing"

// TestBrokerOfAnotherDealMediatesNothing: a mediation verb whose object is another deal (an
// exchange of captives, a deal of another kind) names that deal's broker, not the truce's
// mediator; a truce as its object, or joined to the other deal, keeps the mediator.
func TestBrokerOfAnotherDealMediatesNothing(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: brokered a prisoner release with the M23 (Congo)", "en", pubTue, congoLead20 + "Qatar, which brokered a prisoner release with the M23, welcomed the truce.", "ceasefire.mediators", nil},
		{"probe: a prisoner release between the sides during the truce (Congo)", "en", pubTue, congoLead20 + "Qatar brokered a prisoner release between Kinshasa and the M23 during the truce.", "ceasefire.mediators", nil},
		{"probe: a hostage deal during the ceasefire (Gaza)", "en", pubTue, gazaLead20 + "Egypt brokered a hostage deal between Israel and Hamas during the ceasefire.", "ceasefire.mediators", nil},
		{"probe: a grain deal (Ukraine)", "en", pubTue, "Turkey brokered a grain deal between Russia and Ukraine.", "ceasefire.mediators", nil},
		{"probe: صفقة لتبادل الأسرى (Congo)", "ar", pubTueAr, "وتوسطت قطر في صفقة لتبادل الأسرى بين الحكومة الكونغولية وحركة إم 23 رغم الهدنة.", "ceasefire.mediators", nil},
		{"probe: الإفراج عن أسرى خلال الهدنة (Sudan)", "ar", pubTueAr, sudanLead20Ar + "وتوسطت قطر في الإفراج عن أسرى من الجانبين خلال الهدنة.", "ceasefire.mediators", nil},
		// Kept.
		{"brokered the ceasefire (Congo)", "en", pubTue, "Qatar brokered the ceasefire between Kinshasa and the M23.", "ceasefire.mediators",
			[]string{"qatar@outlet"}},
		{"a truce and a prisoner release (Congo)", "en", pubTue, "Qatar brokered a truce and a prisoner release between Kinshasa and the M23.", "ceasefire.mediators",
			[]string{"qatar@outlet"}},
		{"a prisoner release and a truce (Congo)", "en", pubTue, "Qatar brokered a prisoner release and a truce between Kinshasa and the M23.", "ceasefire.mediators",
			[]string{"qatar@outlet"}},
		{"the deal's own term after an aside on the mediation (Cambodia)", "ar", pubTueAr, "وقالت الوزارة إن الاتفاق، الذي جاء ثمرة وساطة ماليزية، يتضمن إعادة جثامين القتلى.", "ceasefire.mediators",
			[]string{"malaysia@outlet"}},
		{"a truce brokered by Qatar, prisoners after (Congo)", "en", pubTue, "The truce, brokered by Qatar, provides for a prisoner exchange.", "ceasefire.mediators",
			[]string{"qatar@outlet"}},
	})
}
