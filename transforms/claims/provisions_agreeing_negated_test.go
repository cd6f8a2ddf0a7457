package claims

import "testing"

// TestAgreeingNegatedBefore: a negated verb of agreeing a few words before a provision leaves it
// out of the deal: «في حين لم يُتفق بعد على تبادل الأسرى أو الإفراج عن المعتقلين» (anatolia
// an_032), which read as included; "the two sides did not agree on a prisoner exchange" did too.
// Probes from Turkey, Yemen and Sudan; near misses: an agreeing verb not negated, a negated one
// in another clause.
func TestAgreeingNegatedBefore(t *testing.T) {
	const turkeyLead = "Turkey and the PKK agreed a ceasefire on Tuesday. "
	const yemenLead = "The Yemeni government and the Houthis agreed a truce in Taiz on Tuesday. "
	const sudanLead = "اتفق الجيش السوداني وقوات الدعم السريع على هدنة في الفاشر يوم الثلاثاء. "
	runCases(t, []mechanismCase{
		{"did not agree on a prisoner exchange (Turkey)", "en", pubTue,
			turkeyLead + "The two sides did not agree on a prisoner exchange, a source said.", "ceasefire.exchange",
			[]string{"prisoners=not_included@sources"}},
		{"have yet to agree on a prisoner exchange (Yemen)", "en", pubTue,
			yemenLead + "The two sides have yet to agree on a prisoner exchange, the UN envoy said.", "ceasefire.exchange",
			[]string{"prisoners=not_included@un_envoy"}},
		{"did not agree on humanitarian corridors (Yemen)", "en", pubTue,
			yemenLead + "The Houthis said the parties did not agree on humanitarian corridors into the city.", "ceasefire.humanitarian",
			[]string{"aid_access=not_included@houthis"}},
		{"لم يُتفق بعد على تبادل الأسرى (Sudan)", "ar", pubTue,
			sudanLead + "وأوضح مصدر أن تسليم الجثث أحد بنود اتفاق الهدنة، في حين لم يُتفق بعد على تبادل الأسرى.", "ceasefire.exchange",
			[]string{"bodies=included@sources", "prisoners=not_included@sources"}},
		{"ولم يتفق الطرفان بعد على تبادل الأسرى (Sudan)", "ar", pubTue,
			sudanLead + "ولم يتفق الطرفان بعد على تبادل الأسرى، بحسب مصدر في الوساطة.", "ceasefire.exchange",
			[]string{"prisoners=not_included@sources"}},
		// Near misses.
		{"agreed on a prisoner exchange (Turkey)", "en", pubTue,
			turkeyLead + "The two sides also agreed on a prisoner exchange, a source said.", "ceasefire.exchange",
			[]string{"prisoners=included@sources"}},
		{"a negated agreeing verb in another clause (Yemen)", "en", pubTue,
			yemenLead + "The two sides did not agree on the map of the front line, but a prisoner exchange is part of the deal, the UN envoy said.", "ceasefire.exchange",
			[]string{"prisoners=included@un_envoy"}},
		{"اتفق الطرفان على تبادل الأسرى (Sudan)", "ar", pubTue,
			sudanLead + "واتفق الطرفان كذلك على تبادل الأسرى، بحسب مصدر في الوساطة.", "ceasefire.exchange",
			[]string{"prisoners=included@sources"}},
	})
}
