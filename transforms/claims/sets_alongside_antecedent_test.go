package claims

import "testing"

// TestAlongsideAfterAntecedentAndTruceName: the body named alongside after a guarantee cue shares
// the role when the guarantor is a relative pronoun's antecedent ("the African Union, which
// guarantees the truce alongside South Sudan", kadugli kd_027), as after a subject; and the
// truce's own name between the cue and "alongside" ("helped broker the Central African ceasefire
// alongside Angola", bangui bg_016) is no member that stops the reading. Kept: nobody named
// alongside, a body met after the clause, a force of the sides alongside.
func TestAlongsideAfterAntecedentAndTruceName(t *testing.T) {
	const gazaEn = "Israel and Hamas agreed a ceasefire in Gaza on Sunday. "
	const sudanEn = "The army and the RSF agreed a truce in El Fasher on Monday. "
	const kordofanAr = "اتفق الجيش والحركة الشعبية على هدنة في كادقلي. "
	runCases(t, []mechanismCase{
		{"probe: Egypt, which guarantees the truce alongside Qatar (Gaza)", "en", "", gazaEn +
			"Egypt, which guarantees the truce alongside Qatar, said on Monday it would host talks.", "ceasefire.guarantors",
			[]string{"egypt,qatar@outlet"}},
		{"probe: الاتحاد الأفريقي، الذي يضمن الهدنة إلى جانب جنوب السودان (Kordofan)", "ar", "", kordofanAr +
			"ويريد الوفد عقد الجولة في أديس أبابا حتى يشارك الاتحاد الأفريقي، الذي يضمن الهدنة إلى جانب جنوب السودان.", "ceasefire.guarantors",
			[]string{"african_union,south_sudan@outlet"}},
		{"probe: Saudi Arabia helped broker the Sudanese ceasefire alongside the United States (Sudan)", "en", "", sudanEn +
			"Saudi Arabia helped broker the Sudanese ceasefire alongside the United States.", "ceasefire.mediators",
			[]string{"saudi_arabia,united_states@outlet"}},
		// Kept.
		{"kept: Egypt, which guarantees the truce, met Qatar's envoy (Gaza)", "en", "", gazaEn +
			"Egypt, which guarantees the truce, met Qatar's envoy on Monday.", "ceasefire.guarantors",
			[]string{"egypt@outlet"}},
		{"kept: Egypt, which guarantees the truce alongside its work in Sinai (Gaza)", "en", "", gazaEn +
			"Egypt, which guarantees the truce alongside its work in Sinai, said on Monday it would host talks.", "ceasefire.guarantors",
			[]string{"egypt@outlet"}},
		{"kept: brokered the Sudanese ceasefire alongside the army's commanders (Sudan)", "en", "", sudanEn +
			"Saudi Arabia brokered the Sudanese ceasefire alongside the army's commanders.", "ceasefire.mediators",
			[]string{"saudi_arabia@outlet"}},
	})
}
