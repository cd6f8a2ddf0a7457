package claims

import "testing"

// TestStatusDeniedBroker: a denial of someone's part in bringing the truce about (a named
// broker before a brokering verb, or a role noun before the verb of reaching) denies that
// part, not the truce; a denial naming no broker still denies the truce.
func TestStatusDeniedBroker(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: rejected suggestions that the United States had brokered the ceasefire (Haiti)", "en", pubTue, "The Eminent Persons Group rejected suggestions from Washington that the United States had brokered the ceasefire.", "ceasefire.status", nil},
		{"probe: denied playing any part in brokering the ceasefire (Iran-Israel)", "en", pubTue, "Oman's foreign ministry on Sunday denied playing any part in brokering the ceasefire.", "ceasefire.status", nil},
		{"probe: denied Damascus played any role in reaching the truce (Syria, ar)", "ar", pubTueAr, "ونفى الجاسم أن تكون دمشق قد أدّت أي دور في التوصل إلى التهدئة.", "ceasefire.status", nil},
		{"a denial that any truce was brokered (Sudan)", "en", pubTue, "The army denied that any truce had been brokered in Khartoum.", "ceasefire.status", []string{"not_agreed@sudanese_armed_forces"}},
		{"a denial that a ceasefire was reached (Gaza)", "en", pubTue, "Hamas denied that a ceasefire had been reached.", "ceasefire.status", []string{"not_agreed@hamas"}},
		{"a denial that any truce was reached (ar)", "ar", pubTueAr, "ونفى المتحدث أن يكون قد جرى التوصل إلى أي هدنة.", "ceasefire.status", []string{"not_agreed@outlet"}},
		{"a denied part in an attack, the truce's state told apart (Sudan)", "en", pubTue, "The RSF denied playing any part in the attack on the convoy, saying the truce had collapsed.", "ceasefire.status", []string{"collapsed@rapid_support_forces"}},
	})
}
