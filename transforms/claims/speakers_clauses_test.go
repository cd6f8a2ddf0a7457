package claims

import "testing"

// TestClauseOfSaying: a verb of saying reports its own clause: after a clause word that opens it
// (", though X reported ..."), not the clause before; an Arabic verb of saying whose object
// carries the omitted subject's pronoun ("جدد مطالبته بانسحاب X") or whose object is such a
// noun ("جدد X تمسّكه بانسحاب Y") keeps its own speaker, not a name in what is demanded.
func TestClauseOfSaying(t *testing.T) {
	runCases(t, []mechanismCase{
		{"though the rebels reported: the clause before is the outlet's", "en", "", yemenLead + "The truce in Hodeidah appears to be holding on its first day, though the Houthis reported shelling near Hays this morning.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@outlet"}},
		{"a possessed object: the omitted subject carried over", "ar", "", yemenLeadAr + "وقالت الحكومة اليمنية في بيان إن الهدنة صامدة، فيما جددت مطالبتها بانسحاب الحوثيين من ميناء الحديدة.", "ceasefire.withdrawal",
			[]string{"houthis=required@yemeni_government~demanded"}},
		{"a possessed object after the named subject is no verb of its own", "ar", "", yemenLeadAr + "جدد أحمد العوضي تمسّكه بانسحاب الحوثيين من ميناء الحديدة.", "ceasefire.withdrawal",
			[]string{"houthis=required@ahmed_al_awadi"}},
		// Negative probes: a clause word opening content the closing speaker reports, a name
		// right after the verb is its subject, a definite noun is no possessed object.
		{"while in the content, officials said at the end: theirs", "en", "", "Armenia and Azerbaijan agreed to a truce in Karabakh. The truce is guaranteed by Russia, while Iran will monitor it, officials said.", "ceasefire.guarantors",
			[]string{"russia@sources"}},
		{"the subject right after the verb speaks", "ar", "", yemenLeadAr + "جددت الحكومة اليمنية مطالبتها بانسحاب الحوثيين من ميناء الحديدة.", "ceasefire.withdrawal",
			[]string{"houthis=required@yemeni_government~demanded"}},
	})
}

// TestSourceInMediation: a source placed in a mediation a state's adjective qualifies speaks for
// that state; a source in another body a demonym qualifies does not.
func TestSourceInMediation(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a source in the Omani mediation team", "ar", "", yemenLeadAr + "وأفاد مصدر في فريق الوساطة العماني بأن الهدنة تستثني مديرية حيس.", "ceasefire.exclusions",
			[]string{"hays=excluded@oman"}},
		{"a source in the Turkish Red Crescent is no state source", "ar", "", yemenLeadAr + "وأفاد مصدر في الهلال الأحمر التركي بأن الهدنة تستثني مديرية حيس.", "ceasefire.exclusions",
			[]string{"hays=excluded@sources"}},
		{"a source in a Saudi hospital in Darfur is no state source", "ar", "", "اتفق الجيش السوداني وقوات الدعم السريع على هدنة. وقال مصدر في مستشفى سعودي إن الهدنة صامدة.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@sources"}},
	})
}

// TestAttributionPrepositionSource: an attribution preposition names its source right after it:
// a definite noun for a body named before ("بحسب البعثة"), not a name past a comma ("، وفقاً
// للبيان، بانسحاب القوات X": what is demanded).
func TestAttributionPrepositionSource(t *testing.T) {
	runCases(t, []mechanismCase{
		{"according to the definite noun of a body named before", "ar", "", yemenLeadAr + "وأعلنت الحكومة اليمنية أن الهدنة بدأت. وتستثني الهدنة مديرية حيس، بحسب الحكومة.", "ceasefire.exclusions",
			[]string{"hays=excluded@yemeni_government"}},
		{"a name past the comma after according to the statement is no source", "ar", "", yemenLeadAr + "وطالبت الحكومة اليمنية، وفقاً للبيان، بانسحاب الحوثيين من ميناء الحديدة.", "ceasefire.withdrawal",
			[]string{"houthis=required@yemeni_government"}},
		// Negative probes: a definite noun no body named before holds; the statement noun.
		{"according to the mission with no mission named: the outlet", "ar", "", "اتفق الجيش الكولومبي وجيش التحرير الوطني على هدنة. وتستثني الهدنة مديرية حيس، بحسب البعثة.", "ceasefire.exclusions",
			[]string{"hays=excluded@outlet"}},
		{"a body named only after the preposition is not referred back to", "ar", "", yemenLeadAr + "وتستثني الهدنة مديرية حيس، بحسب الحكومة، وفق ما أعلنت الأمم المتحدة.", "ceasefire.exclusions",
			[]string{"hays=excluded@yemeni_government"}},
	})
}

// TestFutureVerbReportsNothing: a verb of saying with a future prefix inside reported content
// ("إن اللجنة ستتابع الالتزام": will follow up) is no attribution; the one who reports speaks.
func TestFutureVerbReportsNothing(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a future verb after the complementizer keeps the speaker", "ar", "", yemenLeadAr + "وقالت الحكومة اليمنية إن الأمم المتحدة ستتابع الالتزام بالهدنة وستراقب تنفيذها.", "ceasefire.monitors",
			[]string{"un@yemeni_government"}},
		// Negative probe: the past verb of the same root still reports ("وتابع الوزير أن ...").
		{"the past verb of the same root still reports", "ar", "", yemenLeadAr + "قال الحوثيون إن الهدنة صامدة. وتابعت الحكومة اليمنية أن الهدنة لا تشمل تنظيم القاعدة.", "ceasefire.exclusions",
			[]string{"aqap=excluded@yemeni_government"}},
	})
}
