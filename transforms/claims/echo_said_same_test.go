package claims

import "testing"

// TestEchoSaidSame: "X says A; Y says the same" (and "so does Y", "الشيء نفسه") gives A to Y as
// well as X. Real sentences from tz_029 and kk_035 (development), mt_029 (development); probes:
// no semicolon, the outlet's own clause before, the same said by the same speaker, "the same"
// that is no echo ("the same day").
func TestEchoSaidSame(t *testing.T) {
	const lead = "Yemen's government and the Houthis agreed a truce in Taiz. "
	runCases(t, []mechanismCase{
		{"say the same after a semicolon", "en", "", lead + "The government says it keeps \"every right to respond\" to violations; the Houthis say the same.", "ceasefire.retained_rights",
			[]string{"respond_to_violations=retained@yemeni_government", "respond_to_violations=retained@houthis"}},
		{"said the same of his men", "en", "", "Baghdad and Erbil agreed a truce in Kirkuk. Peshmerga spokesman Hogir Baban said his forces \"reserve the right to self-defence\"; the Federal Police commander in Dibis said the same of his men.", "ceasefire.retained_rights",
			[]string{"respond_to_violations=retained@hogir_baban", "respond_to_violations=retained@iraqi_federal_police"}},
		{"so does Y", "en", "", "Radaa and the 444 Brigade agreed a truce in Tripoli. Radaa says it keeps the right to self-defence; so, in its English-language statements, does the 444 Brigade.", "ceasefire.retained_rights",
			[]string{"respond_to_violations=retained@radaa", "respond_to_violations=retained@brigade_444"}},
		{"Arabic: the same thing", "ar", "", yemenLeadAr + "وقالت الحكومة اليمنية إنها تحتفظ بحق الرد على أي خرق؛ ويقول الحوثيون الشيء نفسه.", "ceasefire.retained_rights",
			[]string{"respond_to_violations=retained@yemeni_government", "respond_to_violations=retained@houthis"}},
		{"Arabic: the same day is no echo", "ar", "", yemenLeadAr + "وقالت الحكومة اليمنية إنها تحتفظ بحق الرد على أي خرق؛ وقال الحوثيون في اليوم نفسه إن المحادثات ستستأنف.", "ceasefire.retained_rights",
			[]string{"respond_to_violations=retained@yemeni_government"}},
		// Probes that must not echo.
		{"no semicolon: a new sentence is no echo", "en", "", lead + "The government says it keeps \"every right to respond\" to violations. The Houthis have not commented.", "ceasefire.retained_rights",
			[]string{"respond_to_violations=retained@yemeni_government"}},
		{"the outlet's clause before is not echoed", "en", "", lead + "Each side keeps \"every right to respond\" to violations; the Houthis say the same.", "ceasefire.retained_rights",
			[]string{"respond_to_violations=retained@outlet"}},
		{"the same day is no echo", "en", "", lead + "The government says it keeps \"every right to respond\" to violations; the Houthis said on the same day that talks would follow.", "ceasefire.retained_rights",
			[]string{"respond_to_violations=retained@yemeni_government"}},
	})
}
