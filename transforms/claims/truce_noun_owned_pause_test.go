package claims

// Probes from Afghanistan, Gaza, Sudan, Congo and Yemen coverage: "suspension of operations",
// Manipur's truce noun, told as an aid agency's, a company's or a facility's own pause is no
// truce; Manipur's bare uses stay the truce.

import "testing"

func TestOwnedWorkPauseIsNoTruce(t *testing.T) {
	const manipurLead = "Kuki-Zo armed groups and Meitei village volunteers have agreed to a ceasefire in Manipur. "
	for _, topic := range []string{"ceasefire.status", "ceasefire.duration", "ceasefire.scope"} {
		runCases(t, []mechanismCase{
			{"probe: MSF, at its hospital (Afghanistan) " + topic, "en", pubTue, "MSF announced a suspension of operations at its hospital in Kunduz after the attack.", topic, nil},
			{"probe: at its clinics (Gaza) " + topic, "en", pubTue, "Medical charities announced a suspension of operations at their clinics in Rafah for 14 days.", topic, nil},
			{"probe: the WFP's suspension (Sudan) " + topic, "en", pubTue, "The WFP's suspension of operations in Darfur will last two weeks.", topic, nil},
			{"probe: the mining company (Congo) " + topic, "en", pubTue, "The mining company announced a suspension of operations in North Kivu for 30 days.", topic, nil},
			{"probe: its suspension (Yemen) " + topic, "en", pubTue, "The aid group said its suspension of operations in Hodeidah would last a week.", topic, nil},
			{"probe: at the mine (Congo) " + topic, "en", pubTue, "Workers confirmed a suspension of operations at the Rubaya mine for ten days.", topic, nil},
		})
	}
	runCases(t, []mechanismCase{
		{"the bare noun is Manipur's truce", "en", pubTue, "Kuki-Zo armed groups and Meitei village volunteers have agreed to a suspension of operations pact for Manipur's foothill districts.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"the suspension of operations in Manipur, for a year", "en", pubTue, manipurLead + "The suspension of operations in Manipur will last one year.", "ceasefire.duration",
			[]string{"[365,366]@outlet"}},
		{"signed the suspension of operations pact", "en", pubTue, "The Centre and the Kuki groups signed the suspension of operations pact on Monday.", "ceasefire.status",
			[]string{"agreed@outlet"}},
	})
}
