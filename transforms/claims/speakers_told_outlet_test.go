package claims

import "testing"

// TestToldOutletIsAddressee: in a language whose subject comes before the verb, an outlet
// named right after a verb of saying ("told GWS", "told Reuters") is who is told, never who
// tells; the subject before the verb speaks. Where the verb comes first, the outlet right after
// it is its subject.
func TestToldOutletIsAddressee(t *testing.T) {
	runCases(t, []mechanismCase{
		{"an unnamed source past a relative clause told an outlet", "en", "",
			yemenLead + "A Houthi negotiator, who asked not to be named, told Reuters the Houthis must withdraw from the port of Hodeidah.",
			"ceasefire.withdrawal", []string{"houthis=required@houthis"}},
		{"a spokesman told an agency", "en", "",
			"The Sudanese army and the RSF have agreed to a truce in El Fasher. An army spokesman told AFP the Rapid Support Forces must withdraw from the city.",
			"ceasefire.withdrawal", []string{"rapid_support_forces=required@sudanese_armed_forces"}},
		// Negative probes: the outlet as the subject before the verb speaks; a verb-first
		// language's outlet right after the verb is its subject.
		{"the outlet before the verb reports", "en", "",
			yemenLead + "Reuters reported that the Houthis must withdraw from the port of Hodeidah.",
			"ceasefire.withdrawal", []string{"houthis=required@reuters"}},
		{"arabic: the agency after the verb is its subject", "ar", "",
			"اتفق الحوثيون والحكومة اليمنية على وقف لإطلاق النار في الحديدة يوم الثلاثاء. وذكرت وكالة رويترز أن على الحوثيين الانسحاب من ميناء الحديدة.",
			"ceasefire.withdrawal", []string{"houthis=required@reuters"}},
	})
}
