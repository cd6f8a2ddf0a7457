package claims

import "testing"

// TestDeedNotDone: a provision verb negated as a deed not done yet ("لم تنسحب القوات بعد", "ولم
// يُفرج عن أي معتقل", "no unit had pulled back", "have not withdrawn") observes the truce, it
// states no term. Probes: a refusal in the future, a negated provision verb of the deal, a deed
// not done set against the term the deal states, and "did not provide for".
func TestDeedNotDone(t *testing.T) {
	runCases(t, []mechanismCase{
		{"not withdrawn yet (ar, Lebanon-Syria wording on a Yemen lead)", "ar", pubTueAr,
			yemenLeadAr + "بعد خمسة أيام على دخول الهدنة حيز التنفيذ، لم تنسحب قوات الحوثيين بعد من ميناء الحديدة، بحسب ما أكده رئيس البلدية.", "ceasefire.withdrawal", nil},
		{"no detainee released (ar, Jenin wording on a Yemen lead)", "ar", pubTueAr,
			yemenLeadAr + "يقول أحد السكان إن «التهدئة لم تغيّر شيئاً»، ولم يُفرج عن أي معتقل.", "ceasefire.exchange", nil},
		{"no unit had pulled back (Kirkuk wording on a Yemen lead)", "en", pubTue,
			yemenLead + "Commanders said on Monday that no Houthi unit had pulled back from the port.", "ceasefire.withdrawal", nil},
		{"have not withdrawn (Sudan)", "en", pubTue,
			"Sudan's army and the RSF agreed to a truce in El Fasher on Tuesday. Residents said RSF fighters have not withdrawn from the eastern outskirts.", "ceasefire.withdrawal", nil},
		// Probes.
		{"probe: a refusal in the future (Sudan)", "en", pubTue,
			"Sudan's army and the RSF agreed to a truce in El Fasher on Tuesday. The RSF will not withdraw from the eastern outskirts, its commander said.", "ceasefire.withdrawal",
			[]string{"rapid_support_forces=not_required@outlet"}},
		{"probe: the deal's provision verb negated (Gaza, ar)", "ar", pubTueAr,
			"اتفقت إسرائيل وحماس على وقف لإطلاق النار في غزة يوم الثلاثاء. لم ينص الاتفاق على انسحاب الجيش الإسرائيلي من محور فيلادلفيا.", "ceasefire.withdrawal",
			[]string{"israeli_forces=not_required@outlet"}},
		{"probe: the release the deal provides for, not done (Yemen)", "en", pubTue,
			yemenLead + "The agreement provides for the release of all prisoners.", "ceasefire.exchange",
			[]string{"prisoners=included@outlet"}},
		{"probe: did not provide for (Yemen)", "en", pubTue,
			yemenLead + "The agreement did not provide for the release of prisoners.", "ceasefire.exchange",
			[]string{"prisoners=not_included@outlet"}},
	})
}
