package claims

import "testing"

// TestPartiesBindsRestricted: the truce as the subject of a verb that binds its sides alone: a
// restricting verb (lexicon parties cue, object "binds", value "only": «يقتصر على X وY») or a
// negated binding verb with an exception word after it («لا يربط إلا X وY»): an exhaustive list.
func TestPartiesBindsRestricted(t *testing.T) {
	runCases(t, []mechanismCase{
		{"the deal is restricted to X and Y", "ar", "", "وقال المتحدث إن الاتفاق «يقتصر على الحكومة اليمنية والحوثيين ولا أحد غيرهما».", "ceasefire.parties",
			[]string{"only:houthis,yemeni_government@outlet"}},
		{"the truce binds none but X and Y", "ar", "", "وقال الناطق باسم الجيش إن الهدنة لا تربط إلا الجيش السوداني وقوات الدعم السريع.", "ceasefire.parties",
			[]string{"only:rapid_support_forces,sudanese_armed_forces@sudanese_armed_forces"}},
		{"a plain binding verb stays open", "ar", "", "وقالت الأمم المتحدة إن الهدنة تربط الحكومة اليمنية والحوثيين.", "ceasefire.parties",
			[]string{"houthis,yemeni_government@un"}},

		// Probes: negated with no exception, hedged, another subject, a single name.
		{"not restricted to X and Y", "ar", "", "وقالت الأمم المتحدة إن الهدنة لا تقتصر على الحكومة اليمنية والحوثيين.", "ceasefire.parties",
			nil},
		{"does not bind X and Y", "ar", "", "وقال الناطق باسم الجيش إن الهدنة لا تربط الجيش السوداني وقوات الدعم السريع.", "ceasefire.parties",
			nil},
		{"may be restricted: hedged", "ar", "", "وقالت مصادر إن الهدنة قد تقتصر على الحكومة اليمنية والحوثيين.", "ceasefire.parties",
			nil},
		{"aid restricted to the sides' areas: another subject", "ar", "", "وأعلنت الأمم المتحدة وقف إطلاق النار في تعز. وتقتصر المساعدات على مناطق الحكومة اليمنية والحوثيين.", "ceasefire.parties",
			nil},
		{"a role not restricted to one capital", "ar", "", "لا يقتصر الدور الخليجي في الهدنة اللبنانية السورية على الرياض.", "ceasefire.parties",
			nil},
	})
}
