package claims

import "testing"

// TestNegatedMemberList: a negation that determines a list of state adjectives on a mediation
// or monitoring noun ("No Turkish or Qatari mediators took part") names no member; a negation
// farther back, on a verb whose object the mediator is ("does not object to the AU's role as
// mediator"), leaves the mediator in place.
func TestNegatedMemberList(t *testing.T) {
	const sudan = "The army and the RSF agreed to a truce in El Fasher on Monday. "
	const gaza = "Israel and Hamas agreed to a ceasefire in Gaza on Sunday. "
	const congo = "Kinshasa and the M23 agreed to a ceasefire on Monday. "
	runCases(t, []mechanismCase{
		{"No Turkish or Qatari mediators took part (Sudan)", "en", "", sudan + "No Turkish or Qatari mediators took part in the talks.", "ceasefire.mediators", nil},
		{"لم تشارك أي وساطة تركية أو قطرية (Sudan)", "ar", "", "اتفق الجيش والدعم السريع على هدنة في الفاشر يوم الاثنين. ولم تشارك أي وساطة تركية أو قطرية في المحادثات.", "ceasefire.mediators", nil},
		{"probe: no Egyptian mediators were present (Gaza)", "en", "", gaza + "No Egyptian mediators were present, a Hamas official said.", "ceasefire.mediators", nil},
		{"probe: no Ugandan or Kenyan monitors (Congo)", "en", "", congo + "No Ugandan or Kenyan monitors have been deployed.", "ceasefire.monitors", nil},
		// Kept.
		{"probe: Qatari and American mediators took part (Congo)", "en", "", congo + "Qatari and American mediators took part in the talks.", "ceasefire.mediators",
			[]string{"qatar,united_states@outlet"}},
		{"probe: Turkish and Qatari mediators took part (Sudan)", "en", "", sudan + "Turkish and Qatari mediators took part in the talks.", "ceasefire.mediators",
			[]string{"qatar,turkey@outlet"}},
		{"probe: لا يعترض على دور الاتحاد الإفريقي بوصفه وسيطاً (Abyei)", "ar", "",
			"اتفق الجيش والدعم السريع على هدنة في الفاشر يوم الاثنين. وأكدت المصادر أن الوفد لا يعترض على دور الاتحاد الإفريقي بوصفه وسيطاً.", "ceasefire.mediators",
			[]string{"african_union@outlet"}},
	})
}
