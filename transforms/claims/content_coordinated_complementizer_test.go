package claims

import "testing"

// TestCoordinatedComplementizer: an Arabic reported clause coordinated with the one before it
// opens with "وأن", "وإن" (lexicon complementizers): what is negated in the first clause ("لا
// شهر واحد", "لا يستثني الفيلق") does not reach the second's term, and the second clause's own
// negation still does.
func TestCoordinatedComplementizer(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a contrast in the first clause leaves the second's term required (kufra)", "ar", pubTueAr,
			"وأضاف الشيخ عبد الحميد بوشناف أن مدة الهدنة ثلاثة أشهر لا شهر واحد، وأن على مسلحي التبو إخلاء المقرات التي سيطروا عليها قرب السوق قبل أي خطوة أخرى.", "ceasefire.withdrawal",
			[]string{"tebu=required@abdelhamid_bushnaf"}},
		// The pronoun's antecedent lies in the first clause: no force is read (it was read
		// there, negated: africa_corps=not_required, a false side).
		{"a negated exclusion in the first clause does not negate the second's term (bangui)", "ar", pubTueAr,
			"قالت مصادر دبلوماسية في بانغي إن اتفاق لواندا لا يستثني الفيلق الأفريقي الروسي، وإن على عناصره الانسحاب من مناطق المناجم في بريا.", "ceasefire.withdrawal",
			nil},
		{"probe: the second clause's own negation still negates", "ar", pubTueAr,
			"وأضاف الشيخ عبد الحميد بوشناف أن مدة الهدنة ثلاثة أشهر، وأن الاتفاق لا يلزم مسلحي التبو بإخلاء المقرات قرب السوق.", "ceasefire.withdrawal",
			[]string{"tebu=not_required@abdelhamid_bushnaf"}},
	})
}
