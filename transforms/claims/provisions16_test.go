package claims

// Provision constructions widened in round 16: a local jihadist group as a withdrawing side,
// a denial reaching its content clause across a parenthetical, and a negative quantifier with
// a partitive pronoun negating coverage ("none of them are covered").

import "testing"

// TestWithdrawalLocalJihadistSide: a jihadist group of one country is a side that can be
// required to withdraw, as the complement of the withdrawal noun or the subject right before
// the verb; not where the war goes on against it, nor a global network.
func TestWithdrawalLocalJihadistSide(t *testing.T) {
	const ar = "اتفق الحوثيون والحكومة اليمنية على وقف لإطلاق النار في الحديدة يوم الثلاثاء. "
	runCases(t, []mechanismCase{
		{"subject right before a modal and the verb", "en", "", yemenLead + "Under the deal, AQAP would pull out of Zinjibar within a week.", "ceasefire.withdrawal",
			[]string{"aqap=required@outlet"}},
		{"complement of the withdrawal noun", "en", "", yemenLead + "The deal provides for the withdrawal of AQAP from Zinjibar.", "ceasefire.withdrawal",
			[]string{"aqap=required@outlet"}},
		{"arabic complement of the withdrawal noun", "ar", "", ar + "وينص الاتفاق على انسحاب تنظيم القاعدة في جزيرة العرب من زنجبار.", "ceasefire.withdrawal",
			[]string{"aqap=required@outlet"}},
		{"a demand stays a demand", "en", "", yemenLead + "The army demands that AQAP pull out of Zinjibar.", "ceasefire.withdrawal",
			[]string{"aqap=required@yemeni_army~demanded"}},
		// Negative probes: the fight against the group, a question, an earlier withdrawal, a
		// global network.
		{"the war goes on against the group", "en", "", yemenLead + "The army vowed to keep fighting AQAP until its fighters leave the south.", "ceasefire.withdrawal",
			nil},
		{"a question", "en", "", yemenLead + "Will AQAP pull out of Zinjibar?", "ceasefire.withdrawal",
			nil},
		{"an earlier withdrawal under another deal", "en", "", yemenLead + "AQAP pulled out of Zinjibar in 2016 after a deal with tribal elders.", "ceasefire.withdrawal",
			nil},
		{"a global network holds no lines", "en", "", yemenLead + "Islamic State fighters would pull out of the desert, the envoy said.", "ceasefire.withdrawal",
			nil},
	})
}

// TestDenialAcrossParenthetical: "denied, in a statement on Saturday, that ..." and "نفى بيان
// صادر عن X، نشرته وكالة ...، أن ...": the complementizer after the parenthetical resumes the
// denied clause. A new verb of saying after the denial starts an assertion of its own.
func TestDenialAcrossParenthetical(t *testing.T) {
	const ar = "اتفق الحوثيون والحكومة اليمنية على وقف لإطلاق النار في الحديدة يوم الثلاثاء. "
	runCases(t, []mechanismCase{
		{"english parenthetical before that", "en", "", yemenLead + "The Houthis denied, in a statement carried by Al-Masirah on Saturday, that the deal requires Houthi fighters to leave Hodeidah.", "ceasefire.withdrawal",
			[]string{"houthis=not_required@houthis"}},
		{"arabic parenthetical relative before an", "ar", "", ar + "ونفى بيان صادر عن الحكومة اليمنية، نشرته وكالة سبأ مساء السبت، أن يكون الاتفاق قد ألزم القوات الحكومية بالانسحاب من الحديدة.", "ceasefire.withdrawal",
			[]string{"yemeni_army=not_required@yemeni_government"}},
		// Negative probes: the denial has its own object and a verb of saying opens the
		// assertion; the denial's object is something else and a relative clause follows.
		{"denied the reports, adding that", "en", "", yemenLead + "The Houthis denied the reports on Saturday, adding that the deal requires Houthi fighters to leave Hodeidah.", "ceasefire.withdrawal",
			[]string{"houthis=required@houthis"}},
		{"denied any role, which the fighters must leave", "en", "", yemenLead + "The Houthis denied, in a statement on Saturday, any role in the attack on the port, which Houthi fighters must leave under the deal.", "ceasefire.withdrawal",
			[]string{"houthis=required@houthis"}},
		{"arabic denial of shelling, then affirming", "ar", "", ar + "ونفت الحكومة اليمنية، في بيان مساء السبت، أي مسؤولية عن القصف، مؤكدة أن الاتفاق يلزم الحوثيين بالانسحاب من الحديدة.", "ceasefire.withdrawal",
			[]string{"houthis=required@yemeni_government"}},
	})
}

// TestCoverageNegatedByPartitive: "X, Y, Z - none of them are covered" leaves each out.
func TestCoverageNegatedByPartitive(t *testing.T) {
	runCases(t, []mechanismCase{
		{"none of them are covered", "en", "", yemenLead + `"AQAP, the Southern Transitional Council - none of them are covered," the Yemeni government said.`, "ceasefire.exclusions",
			[]string{"southern_transitional_council=excluded@yemeni_government", "aqap=excluded@yemeni_government"}},
		// Negative probes: all of them; none of them consulted (no coverage cue); another deal.
		{"all of them are covered", "en", "", yemenLead + `"AQAP, the Southern Transitional Council - all of them are covered," the Yemeni government said.`, "ceasefire.exclusions",
			[]string{"southern_transitional_council=not_excluded@yemeni_government", "aqap=not_excluded@yemeni_government"}},
		{"none of them were consulted", "en", "", yemenLead + "AQAP and the Southern Transitional Council were not consulted; none of them were invited to the talks.", "ceasefire.exclusions",
			nil},
	})
}

// TestAidAccessMedicalSupplies: medical supplies and humanitarian crossings named as terms of
// the truce are aid access (lexicon data, both languages, with the adjectives coordinated);
// shortages, closures and deliveries reported away from the agreement are not.
func TestAidAccessMedicalSupplies(t *testing.T) {
	const lead = yemenLead + "Fighting had raged across the province for weeks. "
	const ar = "اتفق الحوثيون والحكومة اليمنية على وقف لإطلاق النار في الحديدة يوم الثلاثاء. وكانت المعارك قد استمرت أسابيع في المحافظة. "
	runCases(t, []mechanismCase{
		{"the agreement allows humanitarian and medical supplies", "en", "", lead + "The agreement also allows humanitarian and medical supplies to reach the city.", "ceasefire.humanitarian",
			[]string{"aid_access=included@outlet"}},
		{"arabic medical and humanitarian supplies", "ar", "", ar + "وأشار المتحدث إلى أن الاتفاق يتيح إدخال الإمدادات الطبية والإنسانية إلى المدينة.", "ceasefire.humanitarian",
			[]string{"aid_access=included@outlet"}},
		{"arabic humanitarian crossings among the terms", "ar", "", ar + "وقال المتحدث إن الحكومة ملتزمة ببنود الاتفاق، لا سيما فتح المعابر الإنسانية.", "ceasefire.humanitarian",
			[]string{"aid_access=included@outlet"}},
		{"a demand stays a demand", "en", "", lead + "The Houthis demand that the deal allow medical supplies into the city.", "ceasefire.humanitarian",
			[]string{"aid_access=included@houthis~demanded"}},
		// Negative probes: a shortage in a fighting report, a question, an observed delivery, a
		// closure during the fighting.
		{"a shortage during the fighting", "en", "", lead + "Hospitals in Hodeidah ran out of medical supplies during the fighting.", "ceasefire.humanitarian",
			nil},
		{"a question", "en", "", lead + "Will the truce let medical supplies into the city?", "ceasefire.humanitarian",
			nil},
		{"an observed delivery", "en", "", lead + "Medical supplies reached Hodeidah on Monday, aid workers said.", "ceasefire.humanitarian",
			nil},
		{"arabic shortage", "ar", "", ar + "وقالت مصادر طبية إن مستشفيات الحديدة تعاني نقصاً حاداً في الإمدادات الطبية منذ أسابيع.", "ceasefire.humanitarian",
			nil},
		{"arabic crossings closed during the fighting", "ar", "", ar + "وأغلقت السلطات المعابر الإنسانية خلال المعارك الأسبوع الماضي.", "ceasefire.humanitarian",
			nil},
	})
}

// TestDeniedCoverageLeavesPlaceOut: "denied that the truce (agreed with X) covers Y" leaves Y
// out, even where the denied clause names the truce at length; "is outside it" (the truce
// named earlier in the sentence) as "خارجها" does.
func TestDeniedCoverageLeavesPlaceOut(t *testing.T) {
	const ar = "اتفق الحوثيون والحكومة اليمنية على وقف لإطلاق النار في الحديدة يوم الثلاثاء. "
	runCases(t, []mechanismCase{
		{"arabic denial with a long truce phrase", "ar", "", ar + "ونفت الحكومة اليمنية أن تكون الهدنة المبرمة مع الحوثيين في الحديدة تشمل مديرية حيس.", "ceasefire.exclusions",
			[]string{"hays=excluded@yemeni_government"}},
		{"english denial with a long truce phrase", "en", "", yemenLead + "The Yemeni government denied that the truce agreed with the Houthis last week covers Hays district.", "ceasefire.exclusions",
			[]string{"hays=excluded@yemeni_government"}},
		{"outside it, the truce zone named before", "en", "", yemenLead + "The spokesman said the port of Salif falls within the truce zone, while repeating that Hays district is outside it.", "ceasefire.exclusions",
			[]string{"saleef=not_excluded@outlet", "hays=excluded@outlet"}},
		// Negative probes: the denial has another object and a verb of saying asserts the
		// coverage; a place shelled from outside; a question.
		// Hays, a district of the Hodeidah truce's area, is a covered part (stop-17 convention,
		// exclusions_covered_parts.go); this "، وقالت" goes on with the subject of «نفت» (it was
		// read as sources, from «مسؤولية» before it: speakers_welcomed_object_test.go).
		{"denied responsibility, then said it covers", "ar", "", ar + "ونفت الحكومة اليمنية أي مسؤولية عن القصف، وقالت إن الهدنة تشمل مديرية حيس.", "ceasefire.exclusions",
			[]string{"hays=not_excluded@yemeni_government"}},
		{"shelled by artillery stationed outside it", "en", "", yemenLead + "Hays district was shelled by artillery stationed outside it.", "ceasefire.exclusions",
			nil},
		{"villages outside it", "en", "", yemenLead + "The truce held in Hodeidah city, but shelling hit villages outside it.", "ceasefire.exclusions",
			nil},
		{"a question", "en", "", yemenLead + "Is Hays district outside it?", "ceasefire.exclusions",
			nil},
	})
}

// TestCoverageRepeatedPreposition: "لا يسري على X ولا على Y", "does not apply to X or to Y": the
// cue's preposition repeated after a coordinator or a negation opens a new member; a locative
// right after a member still locates it.
func TestCoverageRepeatedPreposition(t *testing.T) {
	const ar = "اتفق الحوثيون والحكومة اليمنية على وقف لإطلاق النار في الحديدة يوم الثلاثاء. "
	runCases(t, []mechanismCase{
		{"arabic wa-la repeating the preposition", "ar", "", ar + "وقال المتحدث إن الاتفاق لا يسري على تنظيم القاعدة ولا على المجلس الانتقالي الجنوبي.", "ceasefire.exclusions",
			[]string{"aqap=excluded@outlet", "southern_transitional_council=excluded@outlet"}},
		{"english or to", "en", "", yemenLead + "The spokesman said the deal does not apply to AQAP or to the Southern Transitional Council.", "ceasefire.exclusions",
			[]string{"aqap=excluded@outlet", "southern_transitional_council=excluded@outlet"}},
		// Negative probes: a locative right after the member locates it.
		{"arabic locative after the member", "ar", "", ar + "وقال المتحدث إن الاتفاق لا يسري على تنظيم القاعدة في أبين.", "ceasefire.exclusions",
			[]string{"aqap=excluded@outlet"}},
		{"english locative after the member", "en", "", yemenLead + "The spokesman said the deal does not apply to AQAP fighters in Abyan.", "ceasefire.exclusions",
			[]string{"aqap=excluded@outlet"}},
	})
}

// TestWithdrawalPullForcesBack: the particle verb split by its object ("pull their fighters
// back", "pull heavy weapons back") is a withdrawal cue as "pull back" is.
func TestWithdrawalPullForcesBack(t *testing.T) {
	runCases(t, []mechanismCase{
		{"required to pull their fighters back", "en", "", yemenLead + "Under its terms the Houthis are required to pull their fighters back from the port.", "ceasefire.withdrawal",
			[]string{"houthis=required@outlet"}},
		{"commits a force to pull its men back", "en", "", yemenLead + "The agreement commits the Giants Brigades to pull their men back from the coast.", "ceasefire.withdrawal",
			[]string{"giants_brigades=required@outlet"}},
		{"a demand stays a demand", "en", "", yemenLead + "The government demands that the Houthis pull their fighters back from the port.", "ceasefire.withdrawal",
			[]string{"houthis=required@yemeni_government~demanded"}},
		// Negative probes: an earlier pullback under another deal, a question.
		{"an earlier pullback", "en", "", yemenLead + "The Houthis pulled their fighters back from the port last year under an earlier deal.", "ceasefire.withdrawal",
			nil},
		{"a question", "en", "", yemenLead + "Will the Houthis pull their fighters back from the port?", "ceasefire.withdrawal",
			nil},
	})
}

// TestRetainedFreeToReturnFire: "free to return fire / to respond / to retaliate" states the
// right kept as "the right to respond" does; a negation turns it.
func TestRetainedFreeToReturnFire(t *testing.T) {
	runCases(t, []mechanismCase{
		{"free to return fire if attacked", "en", "", yemenLead + "The government spokesman says the army is free to return fire if attacked.", "ceasefire.retained_rights",
			[]string{"respond_to_violations=retained@yemeni_government"}},
		{"not free to return fire", "en", "", yemenLead + "The Houthis said the army is not free to return fire under the deal.", "ceasefire.retained_rights",
			[]string{"respond_to_violations=not_retained@houthis"}},
		// Negative probes: fire returned in a fighting report, a question, another war's
		// earlier claim.
		{"returned fire in a fighting report", "en", "", yemenLead + "Fighting had raged across the province for weeks. Houthi fighters returned fire when the army advanced on Monday.", "ceasefire.retained_rights",
			nil},
		{"a question", "en", "", yemenLead + "Is the army free to return fire?", "ceasefire.retained_rights",
			nil},
		{"an earlier year's claim", "en", "2025-10-14T09:00:00Z", yemenLead + "Fighting had raged across the province for weeks. In 2015 the Saudi-led coalition said its pilots were free to retaliate against any target.", "ceasefire.retained_rights",
			nil},
	})
}
