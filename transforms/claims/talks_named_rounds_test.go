package claims

// A round named as a round of talks (talks_named_rounds.go): by its city, its day, or a place
// after a definite round; rounds of fighting, tours and shots are none.

import "testing"

// TestNamedRounds: the city, the day or the place that names a round makes it the talks.
func TestNamedRounds(t *testing.T) {
	runCases(t, []mechanismCase{
		{"the city before the round (elfasher, portsudan, haiti)", "en", "", yemenLead + "The Muscat round opened on Sunday, a diplomat said.", "talks.venue",
			[]string{"muscat@sources"}},
		{"arabic the city after the round (portsudan, afpak)", "ar", "", yemenLeadAr + "وقال دبلوماسي إن جولة مسقط ستبحث ملف الأسرى.", "talks.venue",
			[]string{"muscat@sources"}},
		{"a possessive day names the round (hormuz, mitiga)", "en", "", yemenLead + "Tuesday's round met in Muscat, at the foreign ministry.", "talks.venue",
			[]string{"muscat@outlet"}},
		{"a day and a hyphenated modifier", "en", "", syriaLead + "Saturday's follow-up round met in Astana.", "talks.venue",
			[]string{"astana@outlet"}},
		{"arabic a definite round placed in a city (haiti)", "ar", "", yemenLeadAr + "ويصر الحوثيون على عقد الجولة في مسقط.", "talks.venue",
			[]string{"muscat@houthis"}},
	})
}

// TestRoundsThatAreNoTalks: a round of fighting, a shot fired, a minister's tour name no talks.
func TestRoundsThatAreNoTalks(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a round of fighting named by its city", "en", "", yemenLead + "The Taiz round of fighting ended on Monday.", "talks.venue",
			nil},
		{"a possessive day before a round of shelling", "en", "", yemenLead + "Tuesday's round of shelling in Taiz killed three.", "talks.venue",
			nil},
		{"a round fired in a city", "en", "", yemenLead + "A sniper fired a round at a checkpoint in Taiz.", "talks.venue",
			nil},
		{"another war: a round of clashes named by its city", "en", "", syriaLead + "The Aleppo round of clashes was the worst in months.", "talks.venue",
			nil},
		{"arabic a regional tour naming capitals", "ar", "", yemenLeadAr + "وبدأ المبعوث جولة إقليمية تشمل الرياض ومسقط.", "talks.venue",
			nil},
		{"arabic the last round of fighting in a city", "ar", "", yemenLeadAr + "وانتهت جولة القتال الأخيرة في تعز بعد يومين.", "talks.venue",
			nil},
		{"arabic an indefinite tour in a city", "ar", "", yemenLeadAr + "وقام الوزير بجولة في عدن.", "talks.venue",
			nil},
	})
}
