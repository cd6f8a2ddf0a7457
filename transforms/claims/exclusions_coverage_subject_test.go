package claims

import "testing"

// Whose coverage a coverage verb states: the truce's (a ceasefire noun, a pronoun for it, a
// complementizer right before the verb), not another noun's.
func TestCoverageVerbOfAnotherSubject(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a noun subject of its own is no truce", "en", pubTue, yemenLead + "Insurance does not cover damage in Taiz.", "ceasefire.exclusions", nil},
		{"a pronoun for the truce of the sentence before", "en", pubTue, yemenLead + "It does not cover Taiz.", "ceasefire.exclusions",
			[]string{"taiz=excluded@outlet"}},
		{"a name before a bare participle is its subject", "en", pubTue, yemenLead + "Islamic State covered, official says", "ceasefire.exclusions",
			[]string{"isis=not_excluded@sources"}},
		{"arabic demanded coverage: the demander is no subject", "ar", pubTueAr, yemenLeadAr + "وطالب الحوثيون بأن تشمل الهدنة تعز.", "ceasefire.exclusions", nil},
		{"arabic demanded coverage places the truce, hedged", "ar", pubTueAr, yemenLeadAr + "وطالب الحوثيون بأن تشمل الهدنة تعز.", "ceasefire.scope",
			[]string{"partial@outlet", "partial@houthis~demanded"}},
		{"arabic aid convoys that cover places place no truce", "ar", pubTueAr, yemenLeadAr + "وقالت الأمم المتحدة إن قوافل الإغاثة ستشمل تعز ومأرب.", "ceasefire.scope",
			[]string{"partial@outlet"}},
		{"arabic the truce after the complementizer does", "ar", pubTueAr, yemenLeadAr + "وقالت الأمم المتحدة إن الهدنة ستشمل تعز ومأرب.", "ceasefire.scope",
			[]string{"partial@outlet", "partial@un"}},
	})
}
