package claims

import "testing"

// TestSpeakers17: a verb of saying after "بحسب ما" / "وفق ما" names who speaks for the clause
// before it, a resumptive "به" or not; a relative clause describing a quoted person ("said X, one
// of the negotiators who brokered the deal") is the outlet's, unless it reports a saying or
// describes a body.
func TestSpeakers17(t *testing.T) {
	runCases(t, []mechanismCase{
		{"according to what a spokesman told", "ar", pubTueAr, yemenLeadAr + "ولا تشمل الهدنة مدينة تعز، بحسب ما أفاد به المتحدث باسم الحوثيين.", "ceasefire.exclusions",
			[]string{"taiz=excluded@houthis"}},
		{"probe: according to, a name right after", "ar", pubTueAr, yemenLeadAr + "ولا تشمل الهدنة مدينة تعز، بحسب الحوثيين.", "ceasefire.exclusions",
			[]string{"taiz=excluded@houthis"}},
	})
	runCases(t, []mechanismCase{
		{"a person's description is the outlet's", "en", pubTue, yemenLead + "\"The truce is holding,\" said Hamid al-Dailami, one of the negotiators who brokered the deal.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@hamid_al_dailami", "agreed@outlet"}},
		{"probe: a relative clause that reports a saying is the person's", "en", pubTue, yemenLead + "The Houthis' spokesman Mohammed Abdulsalam, who said the deal had been signed, left Muscat on Tuesday.", "ceasefire.status",
			[]string{"agreed@outlet", "agreed@houthis"}},
		{"probe: a body's relative clause is its own", "en", pubTue, yemenLead + "The United Nations, which brokered the deal, said its monitors would deploy on Wednesday.", "ceasefire.status",
			[]string{"agreed@outlet", "agreed@un"}},
	})
}

// TestNounTakesUpSpeaker: "the officer said" takes up the unnamed speaker an earlier sentence
// introduced with that noun ("a Yemeni army officer in Hodeidah told reporters"), not the last
// body quoted, so "he added" after it is the army's too.
func TestNounTakesUpSpeaker(t *testing.T) {
	runCases(t, []mechanismCase{
		{"the officer said, he added", "en", pubTue, yemenLead + "The truce takes effect at midnight, a Yemeni army officer in Hodeidah told reporters, contradicting the Houthis, who said it began at noon. \"We are still moving units,\" the officer said. The accord, he added, runs for 48 hours.", "ceasefire.duration",
			[]string{"2@yemeni_army"}},
		{"probe: a noun no earlier speaker came with", "en", pubTue, yemenLead + "The Houthis said the truce began at noon. \"We are still moving units,\" the officer said. The accord, he added, runs for 48 hours.", "ceasefire.duration",
			[]string{"2@houthis"}},
	})
}

// TestAsideAttribution: a source named inside an aside set off by spaced dashes vouches for the
// aside only ("everyone kidnapped - seven in all, according to the Red Cross - is to be freed");
// hyphens inside words open no aside.
func TestAsideAttribution(t *testing.T) {
	runCases(t, []mechanismCase{
		{"according to inside dashes", "en", pubTue, yemenLead + "Under the accord, everyone kidnapped during the fighting - seven people in all, according to the Houthis - is to be freed.", "ceasefire.exchange",
			[]string{"hostages=included@outlet"}},
		{"probe: hyphenated words around the source", "en", pubTue, yemenLead + "Under the accord, everyone kidnapped on the Hodeidah-Sanaa road is to be freed, according to the Houthis, who run the Sanaa-based ministry.", "ceasefire.exchange",
			[]string{"hostages=included@houthis"}},
	})
}

// TestPronounClauseSource: a source named at the end of a clause opened by a comma, a
// conjunction and a subject pronoun ("، وهي منطقة لم يشملها الاتفاق بحسب الحوثيين") speaks for that
// clause, not for the main clause before it.
func TestPronounClauseSource(t *testing.T) {
	runCases(t, []mechanismCase{
		{"main clause before the pronoun clause is the outlet's", "ar", pubTueAr, yemenLeadAr + "ومرت الليلة الأولى منذ سريان وقف إطلاق النار من دون إصابات، رغم رشقات نارية في حيس، وهي منطقة لم يشملها الاتفاق بحسب الحوثيين.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@outlet"}},
		{"probe: the source still speaks for its own clause", "ar", pubTueAr, yemenLeadAr + "ومرت الليلة الأولى منذ سريان وقف إطلاق النار من دون إصابات، رغم رشقات نارية في حيس، وهي منطقة لم يشملها الاتفاق بحسب الحوثيين.", "ceasefire.exclusions",
			[]string{"hays=excluded@houthis"}},
	})
}
