package claims

import "testing"

// TestTitleOnCueStandsForItsBody: "Qatari mediator" / "الوسيط القطري" is the title of one event's
// envoy in the gazetteer (Mali's Jassim al-Suwaidi); in coverage of another war that never names
// him, the title matched over the cue word is the office, standing for Qatar beside the names
// coordinated with it (sets_title_on_cue.go). Witnessed in gaza (gz_001, en) and somalia (so_006,
// ar). Probes: a denial, a negated part in the talks, a denied role.
func TestTitleOnCueStandsForItsBody(t *testing.T) {
	const gaza = "Israel and Hamas agreed to a ceasefire in Gaza on Tuesday, Qatar said. "
	const jubaland = "Somalia and Jubaland agreed to a ceasefire in Gedo on Tuesday, Qatar said. "
	const jubalandAr = "اتفقت الحكومة الصومالية وجوبالاند على وقف إطلاق النار في غدو يوم الثلاثاء بحسب قطر. "
	runCases(t, []mechanismCase{
		{"two demonyms on the mediators noun", "en", "", gaza + "The deal is based on a proposal that Egyptian and Qatari mediators put to both sides on May 23.", "ceasefire.mediators",
			[]string{"egypt,qatar@outlet~proposed"}},
		{"another war's pair", "en", "", jubaland + "The deal is based on a proposal that Turkish and Qatari mediators put to both sides.", "ceasefire.mediators",
			[]string{"qatar,turkey@outlet~proposed"}},
		{"arabic dual with two adjectives", "ar", "", jubalandAr + "ويرى الباحث أن الوسيطين القطري والتركي \"تركا عمداً بعض البنود غامضة\" لضمان التوقيع.", "ceasefire.mediators",
			[]string{"qatar,turkey@qatar"}},

		// Probes.
		{"probe: denied that they brokered it", "en", "", gaza + "Hamas denied that Egyptian and Qatari mediators had brokered the truce.", "ceasefire.mediators",
			nil},
		{"probe: arabic, the two mediators took no part", "ar", "", jubalandAr + "ولم يشارك الوسيطان القطري والتركي في المحادثات.", "ceasefire.mediators",
			nil},
		{"probe: arabic, a denied role", "ar", "", jubalandAr + "ونفت جوبالاند أي دور للوسيطين القطري والتركي في الاتفاق.", "ceasefire.mediators",
			nil},
	})
}
