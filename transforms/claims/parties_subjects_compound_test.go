package claims

import "testing"

// TestSubjectsPastCompoundQualifier: the subjects of an agreeing verb are read past a glued
// hyphenated qualifier before a name: "Niger's military government and the Tuareg-led FLAA
// rebels have agreed to a 90-day ceasefire" (agadez ag_009, missed at blind time while its
// TSP copies without "Tuareg-led" were read), and a name inside such a qualifier backs a side,
// it is none ("the Iran-backed Houthi rebels"). Probes from Yemen and Syria; near misses: a
// backer named as a subject of its own, a qualifier set off in a relative clause.
func TestSubjectsPastCompoundQualifier(t *testing.T) {
	const pub = "2039-03-18T07:10:00+01:00"
	runCases(t, []mechanismCase{
		{"the Tuareg-led FLAA rebels (ag_009)", "en", pub,
			"Niger's military government and the Tuareg-led FLAA rebels have agreed to a 90-day ceasefire in the northern Agadez region, Algeria's foreign ministry said on Thursday.", "ceasefire.parties",
			[]string{"flaa,nigerien_government@algerian_foreign_ministry"}},
		{"the Iran-backed Houthi rebels: Iran backs (Yemen)", "en", pub,
			"The Yemeni government and the Iran-backed Houthi rebels have agreed to a truce in Taiz.", "ceasefire.parties",
			[]string{"houthis,yemeni_government@outlet"}},
		{"the Kurdish-led SDF (Syria)", "en", pub,
			"Turkey and the Kurdish-led SDF agreed to a ceasefire in Manbij.", "ceasefire.parties",
			[]string{"sdf,turkey@outlet"}},
		// Near misses.
		{"Iran as a subject of its own", "en", pub,
			"Iran and the Houthis agreed to a truce in Taiz.", "ceasefire.parties",
			[]string{"houthis,iran@outlet"}},
		{"a qualifier in a relative clause", "en", pub,
			"The government and the Houthis, who are Iran-backed, agreed to a truce in Taiz.", "ceasefire.parties",
			[]string{"houthis,yemeni_government@outlet"}},
	})
}
