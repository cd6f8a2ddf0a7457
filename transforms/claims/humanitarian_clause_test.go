package claims

import "testing"

// TestHumanitarianClause: "humanitarian clause", «بند إنساني» name aid access as a term, as
// "humanitarian provisions" already did: "the Juba agreement itself contains no humanitarian
// clause" (kadugli kd_010), «الاتفاق «لا يتضمن أي بند إنساني»» (tishrin tr_024). Probes from
// Yemen and Sudan; near miss: a clause of another kind.
func TestHumanitarianClause(t *testing.T) {
	const yemenLead = "The Yemeni government and the Houthis agreed a truce in Taiz on Tuesday. "
	const sudanLead = "اتفق الجيش السوداني وقوات الدعم السريع على هدنة في الفاشر يوم الثلاثاء. "
	runCases(t, []mechanismCase{
		{"contains no humanitarian clause (Yemen)", "en", pubTue,
			yemenLead + "The agreement contains no humanitarian clause, an OCHA spokeswoman said.", "ceasefire.humanitarian",
			[]string{"aid_access=not_included@ocha"}},
		{"includes a humanitarian clause (Yemen)", "en", pubTue,
			yemenLead + "The truce includes a humanitarian clause on the city's crossings, the UN envoy said.", "ceasefire.humanitarian",
			[]string{"aid_access=included@un_envoy"}},
		{"لا يتضمن أي بند إنساني (Sudan)", "ar", pubTue,
			sudanLead + "وقال الجيش السوداني إن الاتفاق «لا يتضمن أي بند إنساني».", "ceasefire.humanitarian",
			[]string{"aid_access=not_included@sudanese_armed_forces"}},
		// Near miss.
		{"a security clause (Yemen)", "en", pubTue,
			yemenLead + "The agreement contains a security clause on the city's checkpoints, the UN envoy said.", "ceasefire.humanitarian", nil},
	})
}
