package claims

// Round 15 (talks venue and actor sets): constructions read from the five retired blind sets,
// tested on sentences about other wars, each with negative probes.

import "testing"

// TestVenueMubahathat: "مباحثات" is a talks noun like "محادثات": a city hosting them is the venue.
func TestVenueMubahathat(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic talks hosted by a city (mubahathat)", "ar", "", yemenLeadAr + "وقال المتحدث إن الاتفاق جاء ثمرة مباحثات مكثفة احتضنتها مسقط.", "talks.venue",
			[]string{"muscat@outlet"}},
		{"arabic a city expected to host a round of mubahathat", "ar", "", yemenLeadAr + "ويتوقع أن تستضيف مسقط جولة مباحثات جديدة برعاية أممية.", "talks.sponsors",
			[]string{"oman,un@outlet~expected"}},
		// Probes: the same words that assert no venue of this truce.
		{"probe: mubahathat on trade", "ar", "", "احتضنت كولومبو مباحثات تجارية بين سريلانكا والهند حول الرسوم الجمركية.", "talks.venue",
			nil},
		{"probe: negated mubahathat", "ar", "", yemenLeadAr + "ولم تحتضن مسقط أي مباحثات بين الطرفين منذ أشهر.", "talks.venue",
			nil},
		{"probe: a question on mubahathat", "ar", "", yemenLeadAr + "هل تحتضن مسقط مباحثات جديدة بين الطرفين؟", "talks.venue",
			nil},
	})
}

// TestVenueConditionalResumption: talks that would resume somewhere only if a condition holds
// ("... if the deal is not settled before midnight") place nothing.
func TestVenueConditionalResumption(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic talks to resume in a city if a condition holds", "ar", "", yemenLeadAr + "ومن المتوقع أن تستأنف المحادثات في مسقط إذا لم يصمد الاتفاق حتى الجمعة.", "talks.venue",
			nil},
		{"talks to resume in a city if a condition holds", "en", "", yemenLead + "Talks would resume in Muscat if the truce failed to hold until Friday, a diplomat said.", "talks.venue",
			nil},
		{"a condition in another clause leaves the venue", "en", "", yemenLead + "Talks will resume in Muscat next week. If the truce holds, aid will follow, a diplomat said.", "talks.venue",
			[]string{"muscat@outlet"}},
	})
}

// TestSetQualifierOfTheTruce: a name qualifying the truce noun ("the Yemen truce") is no member.
func TestSetQualifierOfTheTruce(t *testing.T) {
	runCases(t, []mechanismCase{
		{"subject alone guarantees the X truce", "en", "", syriaLead + "Qatar alone guarantees the Lebanon ceasefire, a Gulf diplomat said.", "ceasefire.guarantors",
			[]string{"only:qatar@sources"}},
		{"probe: a guarantee of a loan", "en", "", "Oman alone guarantees the Sri Lanka loan, a banker said.", "ceasefire.guarantors",
			nil},
		{"probe: denial", "en", "", yemenLead + "Oman does not guarantee the Yemen ceasefire, a Gulf diplomat said.", "ceasefire.guarantors",
			nil},
	})
}

// TestSponsorsMeetingConvenedBy: a meeting convened by bodies: they sponsor the talks.
func TestSponsorsMeetingConvenedBy(t *testing.T) {
	runCases(t, []mechanismCase{
		{"meeting convened jointly by", "en", "", yemenLead + "The next meeting is to be convened jointly by Oman and the United Nations.", "talks.sponsors",
			[]string{"oman,un@outlet"}},
		{"probe: a party congress convened by", "en", "", "The party congress in Kathmandu is to be convened jointly by the Nepali Congress and the Maoists.", "talks.sponsors",
			nil},
		{"probe: a question", "en", "", yemenLead + "Will the next meeting be convened by Oman?", "talks.sponsors",
			nil},
	})
}

// TestSetAlongsideInRelativeClause: "X, which acts as guarantor of the deal alongside Y": both.
func TestSetAlongsideInRelativeClause(t *testing.T) {
	runCases(t, []mechanismCase{
		{"relative clause on the member, alongside another", "en", "", yemenLead + "Oman, which is acting as a guarantor of the deal alongside the United Nations, said its officers would join the patrols.", "ceasefire.guarantors",
			[]string{"oman,un@oman"}},
		{"probe: alongside in another clause", "en", "", yemenLead + "Oman, which is acting as a guarantor of the deal, said its officers would patrol alongside Saudi Arabia.", "ceasefire.guarantors",
			[]string{"oman@oman"}},
		{"probe: alongside fighters in a battle report", "en", "", "Chechen fighters, who fought alongside Russia in 2000, guaranteed nothing, a commander said.", "ceasefire.guarantors",
			nil},
	})
}

// TestGuarantorUnderwrite: "underwritten by" names a guarantor; a concessive "though" ends the
// clause a later cue reads back into.
func TestGuarantorUnderwrite(t *testing.T) {
	runCases(t, []mechanismCase{
		{"the accord is underwritten by", "en", "", yemenLead + "The accord was negotiated by both sides and is underwritten by the United Nations, though a small monitoring body may struggle to cover the front.", "ceasefire.guarantors",
			[]string{"un@outlet"}},
		{"though ends the clause of a monitoring word", "en", "", yemenLead + "The accord was negotiated by both sides and is underwritten by the United Nations, though a small monitoring body may struggle to cover the front.", "ceasefire.monitors",
			nil},
		{"probe: a loan underwritten by", "en", "", "The reconstruction loan to Sri Lanka is underwritten by the World Bank, officials said.", "ceasefire.guarantors",
			nil},
		{"probe: underwriting a bond in a truce article", "en", "", yemenLead + "Saudi Arabia will underwrite a bond issue by the central bank in Aden, officials said.", "ceasefire.guarantors",
			nil},
		{"probe: a question", "en", "", yemenLead + "Who will underwrite the truce?", "ceasefire.guarantors",
			nil},
	})
}

// TestMonitorsNegatedRole: a name a negated verb denies a role in the monitoring is no monitor.
func TestMonitorsNegatedRole(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic the text gives the forces no role in the monitoring", "ar", "", yemenLeadAr + "وتتولى الأمم المتحدة مراقبة الالتزام بالاتفاق، ولم يحدد النص دوراً للقوات السعودية في عملية المراقبة.", "ceasefire.monitors",
			[]string{"un@outlet"}},
		{"arabic a role given stays", "ar", "", yemenLeadAr + "وحدد النص دوراً للأمم المتحدة في عملية المراقبة.", "ceasefire.monitors",
			[]string{"un@outlet"}},
		{"probe: a negated monitoring of another deal", "ar", "", "ولم تمنح اتفاقية التجارة دوراً للاتحاد الأوروبي في عملية المراقبة الجمركية بين سريلانكا والهند.", "ceasefire.monitors",
			nil},
		{"probe: a question", "ar", "", yemenLeadAr + "هل حدد النص دوراً للقوات السعودية في عملية المراقبة؟", "ceasefire.monitors",
			nil},
	})
}

// TestMonitorsContrastAppositive: "only X, and not Y, would verify": X alone.
func TestMonitorsContrastAppositive(t *testing.T) {
	runCases(t, []mechanismCase{
		{"only X, and not Y, would verify", "en", "", yemenLead + "She insisted that only the United Nations, and not Saudi observers, would verify compliance.", "ceasefire.monitors",
			[]string{"only:un@outlet"}},
		{"X, and not Y, would verify", "en", "", yemenLead + "She said the United Nations, and not Saudi Arabia, would verify compliance.", "ceasefire.monitors",
			[]string{"un@outlet"}},
		{"probe: a contrast on an election", "en", "", "Only the Election Commission, and not the army, would verify the vote count in Nepal, officials said.", "ceasefire.monitors",
			nil},
		{"probe: a question", "en", "", yemenLead + "Would the United Nations, and not Saudi Arabia, verify compliance?", "ceasefire.monitors",
			nil},
	})
}

// TestVenueHostSubjectBefore: the host named a few words before the hosting verb.
func TestVenueHostSubjectBefore(t *testing.T) {
	runCases(t, []mechanismCase{
		{"city stands ready to host the next round", "en", "", yemenLead + "Oman's foreign ministry said Muscat stands ready to host the next round on May 25.", "talks.venue",
			[]string{"muscat@omani_foreign_ministry~hedged"}},
		{"arabic a body ready to host a round", "ar", "", yemenLeadAr + "وأشارت إلى أن الأمم المتحدة مستعدة لاستضافة جولة جديدة من المحادثات في مسقط.", "talks.sponsors",
			[]string{"un@outlet"}},
		{"probe: a city not ready to host", "en", "", yemenLead + "Officials said Muscat is not ready to host the next round.", "talks.venue",
			nil},
		{"probe: a city hosting a tournament", "en", "", "Officials said Colombo stands ready to host the cricket tournament next year.", "talks.venue",
			nil},
		{"probe: if a city hosts", "en", "", yemenLead + "If Muscat agrees to host the next round, the talks could resume in May.", "talks.venue",
			nil},
	})
}

// TestVenueConditionalThenRelative: a condition on the talks ends at its comma; a relative
// clause after it still places them.
func TestVenueConditionalThenRelative(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic a condition on the round, then where it is expected", "ar", "", yemenLeadAr + "وهي مطالب قد تفجر الهدنة إن لم تحسم في الجولة المقبلة من المفاوضات، التي يرجح مراقبون أن تعقد في مسقط الشهر المقبل.", "talks.venue",
			[]string{"muscat@analysts~hedged"}},
	})
}

// TestSponsorsCapitalNamingTheTalks: "X, which co-sponsored the Muscat talks": X sponsors,
// Muscat is the place.
func TestSponsorsCapitalNamingTheTalks(t *testing.T) {
	runCases(t, []mechanismCase{
		{"relative clause: co-sponsored the <capital> talks", "en", "", yemenLead + "A Gulf official said Riyadh, which co-sponsored the Muscat talks, expects the committee to report every week.", "talks.sponsors",
			[]string{"saudi_arabia@sources"}},
		{"probe: the capital talks with no sponsor", "en", "", yemenLead + "Diplomats said the Muscat talks ran late into the night.", "talks.sponsors",
			nil},
		{"probe: a question", "en", "", yemenLead + "Who sponsored the Muscat talks?", "talks.sponsors",
			nil},
	})
}

// TestGuarantorsArabicTakingOnTheGuarantee: "يتولى X وY ضمان تنفيذ الاتفاق": the verbal noun of
// guaranteeing the deal's implementation names its guarantors.
func TestGuarantorsArabicTakingOnTheGuarantee(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic X and Y take on guaranteeing the deal's implementation", "ar", "", yemenLeadAr + "ويتولى الاتحاد الأوروبي والأمم المتحدة ضمان تنفيذ الاتفاق، وفقاً لدبلوماسي.", "ceasefire.guarantors",
			[]string{"european_union,un@sources"}},
		{"probe: a loan's implementation", "ar", "", "ويتولى البنك الدولي ضمان تنفيذ اتفاق القرض مع سريلانكا.", "ceasefire.guarantors",
			nil},
		{"probe: negated", "ar", "", yemenLeadAr + "ولن يتولى الاتحاد الأوروبي ضمان تنفيذ الاتفاق.", "ceasefire.guarantors",
			nil},
		{"probe: a question", "ar", "", yemenLeadAr + "من سيتولى ضمان تنفيذ الاتفاق؟", "ceasefire.guarantors",
			nil},
	})
}

// TestGuarantorsSubjectBeforeAlongsideAppositive: "X and Y will, alongside Z, guarantee": all three.
func TestGuarantorsSubjectBeforeAlongsideAppositive(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic subject, alongside Z, guaranteeing the implementation", "ar", "", yemenLeadAr + "وقال دبلوماسي إن قطر وتركيا ستتوليان، إلى جانب الأمم المتحدة، ضمان تنفيذ الاتفاق.", "ceasefire.guarantors",
			[]string{"qatar,turkey,un@sources"}},
		{"probe: alongside in a battle report", "ar", "", "وقال قائد ميداني إن قواته قاتلت، إلى جانب القوات الروسية، في الشيشان عام 2000.", "ceasefire.guarantors",
			nil},
		{"probe: negated", "ar", "", yemenLeadAr + "وقال دبلوماسي إن قطر وتركيا لن تتوليا، إلى جانب الأمم المتحدة، ضمان تنفيذ الاتفاق.", "ceasefire.guarantors",
			nil},
	})
}

// TestVenueDatelineCapital: "talks in the capital" under a dateline naming a capital: that city.
func TestVenueDatelineCapital(t *testing.T) {
	runCases(t, []mechanismCase{
		{"talks in the capital under a capital's dateline", "en", "", "RIYADH, June 7 (Gulf Wire) - The Houthis and the Yemeni government agreed on Monday to halt fighting in Hodeidah after two days of talks in the capital.", "talks.venue",
			[]string{"riyadh@outlet"}},
		{"arabic talks in the capital under a capital's dateline", "ar", "", "الرياض - وكالة الخليج: اتفق الحوثيون والحكومة اليمنية على وقف إطلاق النار في الحديدة بعد يومين من المحادثات في العاصمة.", "talks.venue",
			[]string{"riyadh@outlet"}},
		{"probe: no dateline", "en", "", yemenLead + "The deal came after two days of talks in the capital.", "talks.venue",
			nil},
		{"the capital named by its state is that capital, not the dateline's", "ar", "", "الرياض - وكالة الخليج: اتفق الحوثيون والحكومة اليمنية على وقف إطلاق النار في الحديدة بعد يومين من المحادثات في العاصمة العمانية.", "talks.venue",
			[]string{"muscat@outlet"}},
		{"probe: fighting in the capital", "en", "", "RIYADH, June 7 (Gulf Wire) - Fighting raged in the capital of Yemen on Monday as talks stalled.", "talks.venue",
			nil},
	})
}
