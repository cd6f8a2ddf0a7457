package claims

import "testing"

// TestShortSentenceOwnSubject: a short sentence after a short truce sentence goes on with the
// truce only when no noun of its own heads it: "Insurance covers only Khan Younis" and "حظر
// التجول يشمل جميع المدن" say nothing of the truce's scope; a list item opening on its
// predicate and a sentence opening on a name or a pronoun still do.
func TestShortSentenceOwnSubject(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: insurance covers only Khan Younis (Gaza)", "en", "", "The truce began at noon. Insurance covers only Khan Younis.", "ceasefire.scope", nil},
		{"probe: حظر التجول يشمل جميع المدن (Syria)", "ar", "", "بدأت الهدنة ظهر اليوم. حظر التجول يشمل جميع المدن السورية.", "ceasefire.scope", nil},
		{"probe: fuel rationing covers only Taiz (Yemen)", "en", "", "The truce began in Yemen at noon. Fuel rationing covers only Taiz.", "ceasefire.scope", nil},
		// Kept.
		{"list item opening on its predicate (Syria, seeds)", "ar", "", "بدأت الهدنة ظهر اليوم. - يشمل جميع المدن السورية.", "ceasefire.scope",
			[]string{"nationwide@outlet"}},
		{"probe: only Israel and Hamas are bound by it (Gaza)", "en", "", "The truce began at noon. Only Israel and Hamas are bound by it.", "ceasefire.parties",
			[]string{"only:hamas,israel@outlet"}},
	})
}
