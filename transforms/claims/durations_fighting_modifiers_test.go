package claims

import "testing"

// TestSpanOfQualifiedFighting: a span whose partitive names fighting qualified by a word or two
// ("halt eight days of border fighting", "a week of heavy shelling") measures the fighting, not
// the truce. Probes: the truce's own term after such a span, a span of something that is no
// fighting, and a qualifier that is a truce noun.
func TestSpanOfQualifiedFighting(t *testing.T) {
	runCases(t, []mechanismCase{
		{"days of border fighting halted (Lebanon-Syria wording, Yemen lead)", "en", pubTue,
			yemenLead + "The two sides agreed on Wednesday to halt eight days of border fighting, with the ceasefire taking effect at 2100 GMT, mediators said.", "ceasefire.duration", nil},
		{"a week of heavy cross-border shelling (Kashmir)", "en", pubTue,
			"India and Pakistan agreed to a ceasefire along the Line of Control on Tuesday, ending a week of heavy cross-border shelling.", "ceasefire.duration", nil},
		{"ten days of Israeli bombardment (Gaza)", "en", pubTue,
			"Israel and Hamas agreed to a ceasefire in Gaza on Tuesday after ten days of Israeli bombardment.", "ceasefire.duration", nil},
		// Probes.
		{"probe: the truce's own term after the qualified fighting (Sudan)", "en", pubTue,
			"After five days of heavy fighting in El Fasher, the army and the RSF agreed to a truce that will last 72 hours.", "ceasefire.duration",
			[]string{"3@outlet"}},
		{"probe: days of calm are no fighting (Ukraine)", "en", pubTue,
			"Russia and Ukraine agreed to a ceasefire along the front line on Monday. The truce provides for 30 days of complete calm along the front, Kyiv said.", "ceasefire.duration",
			[]string{"30@ukrainian_government"}},
		{"probe: a truce noun between (Yemen)", "en", pubTue,
			yemenLead + "The deal provides for 15 days of truce and fighting will stop at midnight.", "ceasefire.duration",
			[]string{"15@outlet"}},
	})
}
