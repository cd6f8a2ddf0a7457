package claims

// Third round of set, party and speaker constructions, on sentences written for the purpose:
// who signed a text "with" whom, exhaustive signer lists that name brokers, a pronoun subject
// standing for who speaks, "only" kept to its own list, one set stated in two clauses, verb
// phrases that name the truce, and a statement's owner as the speaker of "the statement said".

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/tanaqud/tanaqud/schemas"
)

const syriaLeadAr = "اتفقت الحكومة السورية والمعارضة المسلحة على وقف لإطلاق النار في سوريا يوم الخميس. "

func TestSignedWith(t *testing.T) {
	runCases(t, []mechanismCase{
		{"each verb of signing keeps its subject and the names after with", "en", "", yemenLead + "The Houthis signed a memorandum with Oman and the United Nations, while the Yemeni government signed a separate, mirror document with Oman and Saudi Arabia, two officials said.", "ceasefire.signatory_groups",
			[]string{"houthis,oman,un@sources", "oman,saudi_arabia,yemeni_government@sources"}},
		{"arabic verb-subject order: the subject after the verb", "ar", "", yemenLeadAr + "ووقّعت الحكومة اليمنية مذكرة مع سلطنة عمان والأمم المتحدة، بحسب مصادر مطلعة.", "ceasefire.signatory_groups",
			[]string{"oman,un,yemeni_government@sources"}},
		{"a restrictive relative clause states no signing", "ar", "", syriaLeadAr + "وقال إن الفصائل التي وقعت على الاتفاق مع دمشق تضم آلاف المقاتلين.", "ceasefire.signatory_groups",
			nil},
		{"one who says what another signed is no signer with it", "en", "", yemenLead + "The Yemeni government says the memorandum the Houthis signed in Muscat sets a term of sixty days.", "ceasefire.signatory_groups",
			[]string{"houthis@yemeni_government"}},
	})
}

func TestExhaustiveSignersNamingBrokers(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic only two signed, both brokers elsewhere: signers, not the war's sides", "ar", "", syriaLeadAr + "وقالت مصادر مطلعة إن النص الذي وقّعته موسكو \"وقّعه طرفان فقط هما روسيا وتركيا\".", "ceasefire.signatory_groups",
			[]string{"only:russia,turkey@sources"}},
		{"arabic the same list names no parties", "ar", "", syriaLeadAr + "وقالت مصادر مطلعة إن النص الذي وقّعته موسكو \"وقّعه طرفان فقط هما روسيا وتركيا\".", "ceasefire.parties",
			[]string{"syrian_armed_opposition,syrian_government@outlet"}},
	})
}

func TestSpeakerPronounAsMember(t *testing.T) {
	runCases(t, []mechanismCase{
		{"the speaker says it brokered the deal", "en", "", yemenLead + "Oman says it brokered the deal.", "ceasefire.mediators",
			[]string{"oman@oman"}},
		{"it and another state mediated", "en", "", yemenLead + "The United Nations says it and Oman mediated.", "ceasefire.mediators",
			[]string{"oman,un@un"}},
		{"arabic a complementizer carrying the pronoun, alone", "ar", "", yemenLeadAr + "وتؤكد سلطنة عمان أنها توسطت وحدها.", "ceasefire.mediators",
			[]string{"only:oman@oman"}},
		{"a bare complementizer is no pronoun", "en", "", yemenLead + "The United Nations said that monitoring would begin on Friday.", "ceasefire.monitors",
			nil},
	})
}

func TestOnlyKeptToItsList(t *testing.T) {
	runCases(t, []mechanismCase{
		{"solely qualifies the mediation, not the guarantors later in the clause", "en", "", yemenLead + "\"The agreement was reached solely through Omani mediation,\" the United Nations said, insisting that Oman and Saudi Arabia would act as guarantors.", "ceasefire.guarantors",
			[]string{"oman,saudi_arabia@un"}},
		{"solely qualifies the mediation", "en", "", yemenLead + "\"The agreement was reached solely through Omani mediation,\" the United Nations said, insisting that Oman and Saudi Arabia would act as guarantors.", "ceasefire.mediators",
			[]string{"only:oman@un"}},
		{"the only guarantor", "ar", "", yemenLeadAr + "وبحسب الأمم المتحدة، فإن السعودية هي الضامن الوحيد للاتفاق.", "ceasefire.guarantors",
			[]string{"only:saudi_arabia@un"}},
	})
}

func TestOneSetInTwoClauses(t *testing.T) {
	runCases(t, []mechanismCase{
		{"two clauses of one speaker name one set of monitors", "en", "", yemenLead + "The port will be monitored by Oman, while the United Nations will monitor the roads, the Yemeni government said.", "ceasefire.monitors",
			[]string{"oman,un@yemeni_government"}},
		{"arabic the same", "ar", "", yemenLeadAr + "وقالت الحكومة اليمنية إن سلطنة عمان ستتولى مراقبة الميناء، فيما تراقب الأمم المتحدة الطرق.", "ceasefire.monitors",
			[]string{"oman,un@yemeni_government"}},
	})
}

func TestTheatreStateListedFirst(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic the theatre's adjective right after the mediation noun", "ar", "", yemenLeadAr + "وجاء الاتفاق بوساطة يمنية عمانية.", "ceasefire.mediators",
			[]string{"oman,yemen@outlet"}},
	})
}

func TestTruceNamedByAVerbPhrase(t *testing.T) {
	runCases(t, []mechanismCase{
		{"agreed to halt fighting names the sides", "en", "", "The Houthis and the Yemeni government have agreed to halt fighting in Hodeidah, the United Nations said.", "ceasefire.parties",
			[]string{"houthis,yemeni_government@un"}},
		{"agreed to stop attacking ports", "en", "", "The Houthis and the Yemeni government agreed on Tuesday to stop attacking ports and power plants in Hodeidah.", "ceasefire.parties",
			[]string{"houthis,yemeni_government@outlet"}},
	})
}

func TestStatementOwnerSpeaks(t *testing.T) {
	runCases(t, []mechanismCase{
		{"the statement said: the body that issued it, not who spoke last", "en", "", yemenLead + "The truce takes effect at midnight, according to a statement read out by Omani Foreign Ministry spokesman Salim al-Harthi. \"Both sides will respect it,\" Lars Eriksen told reporters. The port will be monitored by the United Nations, the statement said.", "ceasefire.monitors",
			[]string{"un@omani_foreign_ministry"}},
		{"a statement read out by one person is its issuer's", "en", "", yemenLead + "The truce will last 30 days, Lars Eriksen said, reading out a statement issued by the United Nations. The port will be monitored by Oman, the statement said.", "ceasefire.monitors",
			[]string{"oman@un"}},
		{"arabic the demanded object is not the statement's owner", "ar", "", "أكدت الحكومة اليمنية في بيان أنها وقّعت على اتفاق وقف إطلاق النار في الحديدة. وطالب البيان بانسحاب قوات الحوثيين من الميناء. وأشار البيان إلى أن الأمم المتحدة ستراقب الهدنة.", "ceasefire.monitors",
			[]string{"un@yemeni_government"}},
	})
}

func TestSupervisionOfAnotherAct(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic supervision of a demanded handover is no monitoring", "ar", "", yemenLeadAr + "وتطالب الحكومة اليمنية بانسحاب قوات الحوثيين من الميناء وتسليمه بإشراف الأمم المتحدة.", "ceasefire.monitors",
			nil},
		{"leaving under a body's supervision is no monitoring", "en", "", yemenLead + "Houthi forces must withdraw from the port under UN supervision, the Yemeni government said.", "ceasefire.monitors",
			nil},
		{"monitoring the truce stays", "en", "", yemenLead + "The United Nations will monitor the truce, the Yemeni government said.", "ceasefire.monitors",
			[]string{"un@yemeni_government"}},
	})
}

func TestTalksNamedByAMeeting(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic a meeting verb places the talks", "ar", "", yemenLeadAr + "ومن المقرر أن يلتقي وزيرا خارجية البلدين في مسقط الأسبوع المقبل لاستئناف المفاوضات، وفق ما أفادت به الأمم المتحدة.", "talks.venue",
			[]string{"muscat@un"}},
		{"arabic the meeting a body will sponsor is the talks", "ar", "", yemenLeadAr + "وأشارت الأمم المتحدة إلى أن سلطنة عمان سترعى الاجتماع.", "talks.sponsors",
			[]string{"oman@un"}},
		{"arabic the body that sponsored the deal mediates", "ar", "", yemenLeadAr + "وقالت مصادر مطلعة إن الاتفاق الذي رعته سلطنة عمان يشمل الموانئ.", "ceasefire.mediators",
			[]string{"oman@sources"}},
	})
}

func TestStatementReadOutBy(t *testing.T) {
	runCases(t, []mechanismCase{
		{"according to a statement read out by someone: who reads it", "en", "", yemenLead + "The truce takes effect at midnight, according to a statement read out by Omani Foreign Ministry spokesman Salim al-Harthi, the ministry's spokesman.", "ceasefire.start_time",
			[]string{"unresolved:00:00@omani_foreign_ministry"}},
	})
}

func TestTopicShiftEndsTheList(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic amma opens another clause: the guarantor before the copula", "ar", "", yemenLeadAr + "وبحسب الأمم المتحدة، فإن السعودية هي الضامن الوحيد للاتفاق، أما سلطنة عمان \"فقد أدت دور الوسيط لا أكثر\".", "ceasefire.guarantors",
			[]string{"only:saudi_arabia@un"}},
		{"arabic the mediator after amma", "ar", "", yemenLeadAr + "وبحسب الأمم المتحدة، فإن السعودية هي الضامن الوحيد للاتفاق، أما سلطنة عمان \"فقد أدت دور الوسيط لا أكثر\".", "ceasefire.mediators",
			[]string{"oman@un"}},
	})
}

func TestHostStateSponsors(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic talks a state hosted", "ar", "", yemenLeadAr + "وجاء الاتفاق في ختام محادثات استضافتها سلطنة عمان واستمرت ثلاثة أيام.", "talks.sponsors",
			[]string{"oman@outlet"}},
		{"talks hosted by a state", "en", "", yemenLead + "The deal came after three days of talks hosted by Oman.", "talks.sponsors",
			[]string{"oman@outlet"}},
	})
}

func TestHelpedBringAbout(t *testing.T) {
	runCases(t, []mechanismCase{
		{"helped bring about the ceasefire", "en", "", yemenLead + "A UN spokesperson says Oman \"helped bring about\" the ceasefire.", "ceasefire.mediators",
			[]string{"oman@un"}},
	})
}

func TestStatementAdjectiveIsNoMember(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic the state naming the statement does not monitor", "ar", "", yemenLeadAr + "وأضاف البيان العماني أن الأمم المتحدة ستتولى مراقبة الميناء.", "ceasefire.monitors",
			[]string{"un@outlet"}},
	})
}

func TestAnaphoricBodySpeaks(t *testing.T) {
	runCases(t, []mechanismCase{
		{"the ministry said: the ministry named before, not the last speaker", "en", "", "The Houthis and the Yemeni government agreed to a ceasefire in Hodeidah, Oman's foreign ministry said on Tuesday, in a deal that the Houthis described as final. The port will be monitored by the United Nations, the ministry said.", "ceasefire.monitors",
			[]string{"un@omani_foreign_ministry"}},
		{"arabic the ministry added", "ar", "", "أعلنت وزارة الخارجية العمانية توصل الحوثيين والحكومة اليمنية إلى اتفاق لوقف إطلاق النار في الحديدة، وهو ما وصفه الحوثيون بأنه نهائي. وأضافت الوزارة أن الأمم المتحدة ستتولى مراقبة الهدنة.", "ceasefire.monitors",
			[]string{"un@omani_foreign_ministry"}},
		{"a noun no earlier speaker's name holds is carried over as before", "en", "", yemenLead + "\"Both sides will respect it,\" Lars Eriksen said. The port will be monitored by the United Nations, the envoy said.", "ceasefire.monitors",
			[]string{"un@lars_eriksen"}},
	})
}

func TestQuotationAfterAColon(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a named subject introduces a quotation with a colon", "en", "", yemenLead + "Lars Eriksen, the envoy, went further than the ministry had: \"The United Nations will monitor the port.\"", "ceasefire.monitors",
			[]string{"un@lars_eriksen"}},
		{"he in a later sentence of the paragraph is the one quoted", "en", "", yemenLead + "Lars Eriksen went further: \"Nothing was signed.\" \"Oman will monitor the port,\" he told reporters.", "ceasefire.monitors",
			[]string{"oman@lars_eriksen"}},
		{"a colon without a quotation quotes nobody", "en", "", yemenLead + "Lars Eriksen listed the terms: the United Nations will monitor the port.", "ceasefire.monitors",
			[]string{"un@outlet"}},
	})
}

// Units named by where they operate need a gazetteer with units; only the Fano commands have
// them, so these sentences (written for the purpose) use them.
const fanoLead = "The Ethiopian government and Fano agreed to a ceasefire in Amhara on Monday. "

func TestUnitsNamedByPlace(t *testing.T) {
	runCases(t, []mechanismCase{
		{"places qualifying the units of a group, verb with no object", "en", "", fanoLead + "\"The Wollo and Gojjam commands of Fano have both signed,\" the African Union said.", "ceasefire.signatory_groups",
			[]string{"fano_gojjam,fano_wollo@african_union"}},
		{"only two groups, named by the areas they operate in", "en", "", fanoLead + "\"Only two groups, those operating in the Shewa and Gondar areas, have signed,\" the African Union said.", "ceasefire.signatory_groups",
			[]string{"only:fano_gondar,fano_shewa@african_union"}},
		{"arabic the group's commands in places", "ar", "", "اتفقت الحكومة الإثيوبية وفانو على وقف لإطلاق النار في أمهرة. وقال الاتحاد الأفريقي إن قيادات فانو في جوجام وشوا وقّعت على الاتفاق.", "ceasefire.signatory_groups",
			[]string{"fano_gojjam,fano_shewa@african_union"}},
		{"places with no units of their own sign nothing", "en", "", yemenLead + "\"Fighters in Hodeidah and Aden have signed,\" the United Nations said.", "ceasefire.signatory_groups",
			nil},
	})
}

func TestBodyLedByMembers(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a mechanism led by two states, and by them alone", "en", "", yemenLead + "Compliance will be overseen by a mechanism \"led by Oman and Saudi Arabia, and by them alone,\" the Yemeni government said.", "ceasefire.monitors",
			[]string{"only:oman,saudi_arabia@yemeni_government"}},
		{"a mechanism led by two states", "en", "", yemenLead + "Compliance will be overseen by a committee chaired by Oman and the United Nations, the Yemeni government said.", "ceasefire.monitors",
			[]string{"oman,un@yemeni_government"}},
		{"arabic only after a counted phrase qualifies the count, not the list", "ar", "", yemenLeadAr + "في حين يتحدث الوسطاء العمانيون والسعوديون عن ثلاثين يوماً فقط.", "ceasefire.mediators",
			[]string{"oman,saudi_arabia@outlet"}},
	})
}

func TestBrokersAreNoSides(t *testing.T) {
	runCases(t, []mechanismCase{
		{"the agents of brokered are not the subjects of signed", "en", "", yemenLead + "A quick recap: the deal was brokered by Oman and Saudi Arabia and signed on Tuesday evening in Muscat.", "ceasefire.parties",
			[]string{"houthis,yemeni_government@outlet"}},
	})
}

func TestHostAndSponsorOneSet(t *testing.T) {
	runCases(t, []mechanismCase{
		{"hosted by an authority and sponsored by a state: one set of sponsors", "en", "", yemenLead + "Lars Eriksen said talks would open in Muscat on December 1, hosted by the Yemeni government and sponsored by Saudi Arabia.", "talks.sponsors",
			[]string{"saudi_arabia,yemeni_government@lars_eriksen"}},
		{"under a body's auspices, after an appositive naming another text", "en", "", yemenLead + "Political talks, stalled since the text was initialled in Stockholm in 2018, are expected to resume in Muscat on May 28, the United Nations said, under UN auspices.", "talks.sponsors",
			[]string{"un@un"}},
	})
}

func TestTitleAloneIsTheOffice(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic a title in an article that never names its holder: the body", "ar", "", yemenLeadAr + "وقال وزير الإعلام إن الأمم المتحدة ستتولى مراقبة الهدنة.", "ceasefire.monitors",
			[]string{"un@yemeni_government"}},
		{"arabic the same title once the article names the person: the person", "ar", "", yemenLeadAr + "وكان أحمد العوضي قد رحب بالاتفاق. وقال وزير الإعلام إن الأمم المتحدة ستتولى مراقبة الهدنة.", "ceasefire.monitors",
			[]string{"un@ahmed_al_awadi"}},
	})
}

func TestSpeakerPronounTraps(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a negated pronoun subject names no member", "en", "", yemenLead + "Oman says it will not mediate.", "ceasefire.mediators",
			nil},
		{"others named as the subject after that: the speaker is not among them", "en", "", yemenLead + "Oman says that the United Nations and Sweden mediated.", "ceasefire.mediators",
			[]string{"sweden,un@oman"}},
		{"arabic a bare complementizer before named members adds no speaker", "ar", "", yemenLeadAr + "وأكدت سلطنة عمان أن الأمم المتحدة توسطت في الاتفاق.", "ceasefire.mediators",
			[]string{"un@oman"}},
	})
}

func TestCarrierAndDescribedState(t *testing.T) {
	runCases(t, []mechanismCase{
		{"the agency that carried a statement does not speak; the kingdom is the speaking state", "en", "", yemenLead + "Saudi Arabia welcomed the deal. In a statement carried by the Saudi Press Agency, the foreign ministry said the kingdom \"will work with Oman and the United Nations to guarantee\" the truce.", "ceasefire.guarantors",
			[]string{"oman,saudi_arabia,un@saudi_arabia"}},
		{"a named subject before with is the member", "en", "", yemenLead + "Saudi Arabia welcomed the deal. The foreign ministry said Sweden \"will work with Oman and the United Nations to guarantee\" the truce.", "ceasefire.guarantors",
			[]string{"oman,sweden,un@saudi_arabia"}},
	})
}

func TestIntermediaryOfAnExchange(t *testing.T) {
	runCases(t, []mechanismCase{
		{"with X acting as intermediary of the swap that is the clause's subject", "en", "", yemenLead + "Officials on both sides said the prisoner swap, agreed in Muscat alongside the truce, is expected to start next week, with the International Committee of the Red Cross acting as intermediary.", "ceasefire.mediators",
			nil},
		{"the same phrase about the truce names its mediator", "en", "", yemenLead + "The truce took effect on Wednesday, with Oman acting as intermediary.", "ceasefire.mediators",
			[]string{"oman@outlet"}},
	})
}

// TestSetAndSpeakerWordsFromData pins the closed word lists the set, party and speaker rules
// compare tokens against (they used to be Go literals) in their folded form, and shows that a
// new language brings its own in its JSON file.
func TestSetAndSpeakerWordsFromData(t *testing.T) {
	d, err := schemas.Load()
	if err != nil {
		t.Fatal(err)
	}
	ar, en := compileFunctionWords(d.Lexicons["ar"]), compileFunctionWords(d.Lexicons["en"])
	xx := compileFunctionWords(&schemas.Lexicon{Lang: "xx", PerfectAuxiliaries: []string{"A"}, PossessiveDeterminers: []string{"son"},
		Clitics: schemas.Clitics{Conjunctions: []string{"et-"}, Possessives: []string{"’s"}}})
	got := map[string][]string{
		"en perfect auxiliaries": sortedKeys(en.perfectAuxiliaries), "ar perfect auxiliaries": sortedKeys(ar.perfectAuxiliaries),
		"en possessive determiners": sortedKeys(en.possessiveDeterminers), "ar possessive determiners": sortedKeys(ar.possessiveDeterminers),
		"en conjunction prefixes": en.conjunctionPrefixes, "ar conjunction prefixes": ar.conjunctionPrefixes,
		"en possessives": en.possessives, "ar possessives": ar.possessives,
		"xx perfect auxiliaries": sortedKeys(xx.perfectAuxiliaries), "xx possessive determiners": sortedKeys(xx.possessiveDeterminers),
		"xx conjunction prefixes": xx.conjunctionPrefixes, "xx possessives": xx.possessives,
	}
	want := map[string][]string{
		"en perfect auxiliaries": {"had", "has", "have"}, "ar perfect auxiliaries": {},
		"en possessive determiners": {"its", "their"}, "ar possessive determiners": {},
		"en conjunction prefixes": {}, "ar conjunction prefixes": {"و"},
		"en possessives": {"'s", "'s"}, "ar possessives": {},
		"xx perfect auxiliaries": {"a"}, "xx possessive determiners": {"son"},
		"xx conjunction prefixes": {"et-"}, "xx possessives": {"'s"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("word lists (-want +got):\n%s", diff)
	}
}

func TestReckonVerbOfSaying(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic observers reckon: they speak", "ar", "", yemenLeadAr + "ويرجّح مراقبون أن تُستأنف المفاوضات السياسية في مسقط بعد انتهاء الهدنة.", "talks.venue",
			[]string{"muscat@analysts~hedged"}},
	})
}

func TestPronounOfSeparation(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic the pronoun after a name takes it up, not the speaker; the theatre's state is a member by the copula", "ar", "", "دخلت الهدنة في صنعاء وعدن حيز التنفيذ. وبحسب الأمم المتحدة، فإن اليمن هي الضامن الوحيد للاتفاق.", "ceasefire.guarantors",
			[]string{"only:yemen@un"}},
		{"the theatre's state as the copula's subject", "en", "", "The truce in Sanaa and Aden took effect. According to the United Nations, Yemen is the only guarantor of the deal.", "ceasefire.guarantors",
			[]string{"only:yemen@un"}},
	})
}
