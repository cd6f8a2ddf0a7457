package claims

// Provision constructions widened in round 15: an action against a jihadist group left outside
// the truce (a retained right, and the group excluded), a right whose object is a jihadist group,
// negated obligations reaching past a parenthetical or into a relative clause, a contrast set off
// by dashes or commas, names listed by an "including" appositive, and a withdrawal verb that is
// an exclusion ("leaves out").

import "testing"

// TestRetainedActionLeftUncovered: "operations against X are not covered" retains the fight and
// excludes X, in both orders and both languages; the action negated itself is no right kept.
func TestRetainedActionLeftUncovered(t *testing.T) {
	runCases(t, []mechanismCase{
		{"action subject of a negated coverage predicate", "en", "", yemenLead + "Operations against al-Qaeda are not covered by the Hodeidah ceasefire, a UN official said.", "ceasefire.retained_rights",
			[]string{"fight_terrorism=retained@un"}},
		{"the group is excluded, not the truce's place", "en", "", yemenLead + "Operations against al-Qaeda are not covered by the Hodeidah ceasefire, a UN official said.", "ceasefire.exclusions",
			[]string{"aqap=excluded@un"}},
		{"arabic action object of a negated coverage verb", "ar", "", yemenLeadAr + "وقال الحوثيون إن الهدنة لا تشمل العمليات ضد تنظيم القاعدة.", "ceasefire.retained_rights",
			[]string{"fight_terrorism=retained@houthis"}},
		{"arabic war on a group, the place it is fought in is no subject", "ar", "", yemenLeadAr + `وقالت الحكومة اليمنية إن الحرب على فلول القاعدة في أبين "ليست مشمولة بأي تهدئة".`, "ceasefire.exclusions",
			[]string{"aqap=excluded@yemeni_government"}},
		{"arabic war on a group left uncovered is retained", "ar", "", yemenLeadAr + `وقالت الحكومة اليمنية إن الحرب على فلول القاعدة في أبين "ليست مشمولة بأي تهدئة".`, "ceasefire.retained_rights",
			[]string{"fight_terrorism=retained@yemeni_government"}},
		{"a right to act against a group is the right to fight it", "en", "", yemenLead + "Government commanders keep the right to act against al-Qaeda cells in Abyan, which the truce explicitly leaves out, the Yemeni government said.", "ceasefire.retained_rights",
			[]string{"fight_terrorism=retained@yemeni_government"}},
		// Negative probes.
		{"the action itself negated is not retained", "en", "", yemenLead + "The Houthis said they would not continue operations against al-Qaeda under the truce.", "ceasefire.retained_rights",
			[]string{"fight_terrorism=not_retained@houthis"}},
		{"a question about coverage claims nothing", "en", "", yemenLead + "Are operations against al-Qaeda covered by the truce? The Houthis did not say.", "ceasefire.retained_rights",
			nil},
		{"a condition about coverage claims nothing", "en", "", yemenLead + "If operations against al-Qaeda are not covered, the deal will collapse, the Houthis warned.", "ceasefire.retained_rights",
			nil},
		{"a demand stays hedged", "en", "", yemenLead + "The Houthis demanded that operations against al-Qaeda not be covered by the truce.", "ceasefire.retained_rights",
			[]string{"fight_terrorism=retained@houthis~demanded"}},
		{"a right to respond to a party's violations stays that right", "en", "", yemenLead + "The Houthis keep the right to respond to violations by the Giants Brigades.", "ceasefire.retained_rights",
			[]string{"respond_to_violations=retained@outlet"}},
	})
}

// TestWithdrawalNegationPastInserts: a negated obligation reaches past a verb of saying set off by
// commas (with an inverted auxiliary) and into a relative clause after a negated noun.
func TestWithdrawalNegationPastInserts(t *testing.T) {
	runCases(t, []mechanismCase{
		{"nor, he added, does the text require", "en", "", yemenLead + "Nor, he added, does the text require the Houthis to withdraw.", "ceasefire.withdrawal",
			[]string{"houthis=not_required@outlet"}},
		{"no clause, none, that obliges our fighters", "en", "", yemenLead + `"There is no clause, none, that obliges our fighters to leave any part of Hodeidah," the Houthis said.`, "ceasefire.withdrawal",
			[]string{"houthis=not_required@houthis"}},
		// Negative probes.
		{"an answering no negates nothing after it", "en", "", yemenLead + "No, the government said, the deal requires Houthi fighters to leave the port.", "ceasefire.withdrawal",
			[]string{"houthis=required@yemeni_government"}},
		{"no doubt that the deal obliges", "en", "", yemenLead + `"There is no doubt that the deal obliges Houthi fighters to leave Hodeidah," the government said.`, "ceasefire.withdrawal",
			[]string{"houthis=required@yemeni_government"}},
		{"nor about the talks is no withdrawal", "en", "", yemenLead + "Nor, the minister said, did the Houthis attend the talks in Stockholm.", "ceasefire.withdrawal",
			nil},
		{"a question about the obligation", "en", "", yemenLead + "Did the deal require Houthi fighters to return to their positions? The UN did not say.", "ceasefire.withdrawal",
			nil},
	})
}

// TestWithdrawalContrast: "X - not Y - must leave": X required, Y not.
func TestWithdrawalContrast(t *testing.T) {
	runCases(t, []mechanismCase{
		{"dashes", "en", "", yemenLead + "The accord, they argued, obliges the Houthis - not the Giants Brigades - to leave the positions they seized.", "ceasefire.withdrawal",
			[]string{"giants_brigades=not_required@outlet", "houthis=required@outlet"}},
		{"commas with a force noun", "en", "", yemenLead + "Houthi fighters, not Giants Brigades units, must leave the port.", "ceasefire.withdrawal",
			[]string{"giants_brigades=not_required@outlet", "houthis=required@outlet"}},
		{"return to their positions", "en", "", yemenLead + "Houthi fighters must return to their positions.", "ceasefire.withdrawal",
			[]string{"houthis=required@outlet"}},
		// Negative probes.
		{"families returning home are no force", "en", "", yemenLead + "Displaced families will return to their homes under the deal.", "ceasefire.withdrawal",
			nil},
		{"a swap that leaves out fighters is no withdrawal", "en", "", yemenLead + "The prisoner swap leaves out dozens of Houthi fighters, the ICRC said.", "ceasefire.withdrawal",
			nil},
		{"arabic the displaced returning home are no force", "ar", "", yemenLeadAr + "وقالت الحكومة إن النازحين سيعودون إلى منازلهم بموجب الاتفاق.", "ceasefire.withdrawal",
			nil},
	})
}

// TestIncludingAppositiveList: the names an "including" appositive lists take the predicate after
// it; a participle with its own object after the list is another predicate.
func TestIncludingAppositiveList(t *testing.T) {
	runCases(t, []mechanismCase{
		{"all forces, including X, are bound", "en", "", yemenLead + `"All forces in Hodeidah, including the Giants Brigades and other allied militias, are bound by this ceasefire," the UN envoy said.`, "ceasefire.exclusions",
			[]string{"giants_brigades=not_excluded@un_envoy"}},
		{"arabic including list before a participle with its own object", "ar", "", yemenLeadAr + "وقالت الحكومة اليمنية إن الهدنة تسري على جميع الوحدات، بما فيها ألوية العمالقة، مستثنيةً تعز من ترتيباتها.", "ceasefire.exclusions",
			[]string{"giants_brigades=not_excluded@yemeni_government", "taiz=excluded@yemeni_government"}},
		{"arabic including list before a passive participle", "ar", "", yemenLeadAr + "وقالت الحكومة اليمنية إن جميع الجماعات، بما فيها تنظيم القاعدة، مستثناة من الهدنة.", "ceasefire.exclusions",
			[]string{"aqap=excluded@yemeni_government"}},
		{"arabic a place after a participle locates the listed force", "ar", "", yemenLeadAr + "وقالت الحكومة اليمنية إن الهدنة تسري على جميع الوحدات، بما فيها ألوية العمالقة المنتشرة في تعز.", "ceasefire.exclusions",
			[]string{"giants_brigades=not_excluded@yemeni_government"}},
		{"arabic two places coordinated are both covered", "ar", "", yemenLeadAr + "وقالت الحكومة اليمنية إن الهدنة تشمل، بما في ذلك، مدينتي تعز والحديدة.", "ceasefire.exclusions",
			[]string{"taiz=not_excluded@yemeni_government", "hodeidah=not_excluded@yemeni_government"}},
		// Negative probe: detainees including fighters are a release, not coverage.
		{"detainees including fighters", "en", "", yemenLead + "All detainees, including Houthi fighters, are to be released under the deal.", "ceasefire.exclusions",
			nil},
	})
}

// TestExclusionSubjectsRound15: a generic object names nothing, a short insert between commas
// does not cut the subject from its predicate, a possessed force noun is the speaker's force, and
// a negated withdrawal after a coverage predicate is a predicate of its own.
func TestExclusionSubjectsRound15(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic confined to a front, no other area", "ar", "", yemenLeadAr + "وقالت الحكومة اليمنية إن الهدنة «محصورة في جبهات محافظة الحديدة ولا تمتد إلى أي منطقة أخرى».", "ceasefire.exclusions",
			nil},
		{"not only X but also Y are, in practice, not bound", "en", "", yemenLead + "Not only the Houthis but also some Giants Brigades units are, in practice, not bound by this deal, analysts said.", "ceasefire.exclusions",
			[]string{"giants_brigades=excluded@analysts", "houthis=excluded@analysts"}},
		{"arabic his forces are not concerned by the truce and will not withdraw", "ar", "", yemenLeadAr + `وقال يحيى شرف الدين إن قواته "غير معنية بالهدنة ولن تنسحب من الحديدة".`, "ceasefire.exclusions",
			[]string{"houthis=excluded@yahya_sharaf_al_din"}},
		{"arabic the same, withdrawal", "ar", "", yemenLeadAr + `وقال يحيى شرف الدين إن قواته "غير معنية بالهدنة ولن تنسحب من الحديدة".`, "ceasefire.withdrawal",
			[]string{"houthis=not_required@yahya_sharaf_al_din"}},
		// Negative probes.
		{"arabic coverage by the withdrawal plan is no exclusion", "ar", "", yemenLeadAr + "وقالت الحكومة اليمنية إن ألوية العمالقة غير مشمولة بترتيبات الانسحاب.", "ceasefire.exclusions",
			nil},
		{"a mediator's own forces are nobody's", "en", "", yemenLead + `The UN envoy said his teams "are not bound by any deadline".`, "ceasefire.exclusions",
			nil},
		{"arabic no other area but a named one", "ar", "", yemenLeadAr + "وقالت الحكومة إن الاتفاق لا يشمل أي منطقة أخرى.", "ceasefire.exclusions",
			nil},
	})
}

// TestScopeConfinedTo: "confined to", "محصورة في", "لا تشمل سوى" make the truce partial; the same
// words about aid or people do not.
func TestScopeConfinedTo(t *testing.T) {
	const syriaLeadAr = "اتفقت الحكومة السورية والمعارضة المسلحة على وقف لإطلاق النار يوم الخميس. "
	runCases(t, []mechanismCase{
		{"confined to a front", "en", "", syriaLead + "The Syrian army said the truce was confined to the Aleppo front.", "ceasefire.scope",
			[]string{"partial@syrian_army"}},
		{"arabic confined to", "ar", "", syriaLeadAr + "وقال الجيش السوري إن الهدنة محصورة في جبهات حلب.", "ceasefire.scope",
			[]string{"partial@syrian_army"}},
		// Negative probes.
		{"aid restricted to a port last year", "en", "", syriaLead + "Aid deliveries were restricted to the port of Latakia last year, the UN said.", "ceasefire.scope",
			nil},
		{"a question", "en", "", syriaLead + "Was the truce confined to Aleppo? Officials would not say.", "ceasefire.scope",
			nil},
		{"arabic civilians confined to districts", "ar", "", syriaLeadAr + "وقالت الأمم المتحدة إن حركة المدنيين محصورة في الأحياء الجنوبية من حلب.", "ceasefire.scope",
			nil},
	})
}

// TestExchangeNegationBeforeReleaseNoun: a negation reaches the captive noun through the release
// noun before it ("does not regard the release of prisoners as part of the truce").
func TestExchangeNegationBeforeReleaseNoun(t *testing.T) {
	runCases(t, []mechanismCase{
		{"does not regard the release of prisoners as part", "en", "", yemenLead + "Aden does not regard the release of prisoners as part of the Hodeidah truce, the Yemeni government said.", "ceasefire.exchange",
			[]string{"prisoners=not_included@yemeni_government"}},
		// Negative probes.
		{"the release of prisoners provided for", "en", "", yemenLead + "The deal provides for the release of prisoners held by both sides.", "ceasefire.exchange",
			[]string{"prisoners=included@outlet"}},
		{"a question whether the release was part", "en", "", yemenLead + "The Houthis did not say whether the release of prisoners was part of the deal.", "ceasefire.exchange",
			nil},
	})
}

// TestWithdrawalRejectedDemand: a demand that is the object of a denial ("rejected calls for its
// troops to leave") is the rejecter's asserted account that its force need not leave.
func TestWithdrawalRejectedDemand(t *testing.T) {
	runCases(t, []mechanismCase{
		{"rejected calls for its troops to leave", "en", "", yemenLead + "The Yemeni government has rejected calls for its troops to leave Hodeidah.", "ceasefire.withdrawal",
			[]string{"yemeni_army=not_required@yemeni_government"}},
		// Negative probes: a demand renewed stays a hedged demand; the demand's own denial
		// is no rejected demand.
		{"renewed calls stay a demand", "en", "", yemenLead + "The Houthis renewed calls for Giants Brigades units to leave the port.", "ceasefire.withdrawal",
			[]string{"giants_brigades=required@houthis~demanded"}},
		{"denied having called for a withdrawal", "en", "", yemenLead + "The Yemeni government denied that it had called for Houthi fighters to leave the port.", "ceasefire.withdrawal",
			[]string{"houthis=required@yemeni_government~demanded"}},
	})
}

// TestWithdrawalArmyAffiliatedWithSpeaker: a ministry's own force is the one army affiliated with
// its government, even where the country has two armies (Somaliland's and the federal one).
func TestWithdrawalArmyAffiliatedWithSpeaker(t *testing.T) {
	const lead = "Somaliland and SSC-Khatumo agreed to a ceasefire around Las Anod on Wednesday. "
	runCases(t, []mechanismCase{
		{"a ministry that will not withdraw", "en", "", lead + "The Somaliland defence ministry said it would not withdraw from Erigavo.", "ceasefire.withdrawal",
			[]string{"somaliland_army=not_required@somaliland_defence_ministry"}},
		// Negative probe: a ministry speaking of an election names no force.
		{"a ministry withdrawing from an election", "en", "", lead + "The Somaliland defence ministry said it would not withdraw from the election.", "ceasefire.withdrawal",
			nil},
	})
}
