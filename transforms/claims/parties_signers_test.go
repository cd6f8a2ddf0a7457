package claims

// The sides of the agreement and who signed it (ceasefire.parties, ceasefire.signatory_groups).

import "testing"

// TestPartiesAroundTheVerb: sides and signers before or after the verb, named by between, or by a verb phrase naming the truce.
func TestPartiesAroundTheVerb(t *testing.T) {
	runCases(t, []mechanismCase{
		{"coordinated subjects of signed", "ar", "", "وقعت حركة أحرار الشام وجيش الإسلام وفيلق الشام على اتفاق وقف إطلاق النار.", "ceasefire.signatory_groups",
			[]string{"ahrar_al_sham,faylaq_al_sham,jaish_al_islam@outlet"}},
		{"english list before signed", "en", "", "Ahrar al-Sham, Jaish al-Islam and Faylaq al-Sham signed the ceasefire agreement.", "ceasefire.signatory_groups",
			[]string{"ahrar_al_sham,faylaq_al_sham,jaish_al_islam@outlet"}},
		{"between", "ar", "", "أعلن بوتين التوصل إلى اتفاق لوقف إطلاق النار في سوريا بين النظام السوري وفصائل المعارضة المسلحة.", "ceasefire.parties",
			[]string{"syrian_armed_opposition,syrian_government@vladimir_putin"}},
		{"subjects of agreed", "en", "", "The Houthi movement and the internationally recognised government agreed to a ceasefire in Hodeidah.", "ceasefire.parties",
			[]string{"houthis,yemeni_government@outlet"}},
		{"sides after the verb", "ar", "", "توصل الحوثيون والحكومة اليمنية إلى اتفاق لوقف إطلاق النار في الحديدة.", "ceasefire.parties",
			[]string{"houthis,yemeni_government@outlet"}},
		{"signing group before the verb, past a relative clause", "ar", "", "وقال المبعوث الأممي إن حركة أحرار الشام، التي تضم آلاف المقاتلين، وقعت على وقف إطلاق النار.", "ceasefire.signatory_groups",
			[]string{"ahrar_al_sham@un_envoy"}},
		{"agreed to halt fighting names the sides", "en", "", "The Houthis and the Yemeni government have agreed to halt fighting in Hodeidah, the United Nations said.", "ceasefire.parties",
			[]string{"houthis,yemeni_government@un"}},
		{"agreed to stop attacking ports", "en", "", "The Houthis and the Yemeni government agreed on Tuesday to stop attacking ports and power plants in Hodeidah.", "ceasefire.parties",
			[]string{"houthis,yemeni_government@outlet"}},
	})
}

// TestSidesAreNotBrokers: states at war are sides; brokers, guarantors, possessive qualifiers and signer lists of brokers are not.
func TestSidesAreNotBrokers(t *testing.T) {
	runCases(t, []mechanismCase{
		{"two states at war agreed", "en", "", "Saudi Arabia and Yemen agreed to a ceasefire on the border on Tuesday.", "ceasefire.parties",
			[]string{"saudi_arabia,yemen@outlet"}},
		{"arabic ceasefire between two states", "ar", "", "دخل اتفاق وقف إطلاق النار بين السعودية واليمن حيز التنفيذ صباح اليوم.", "ceasefire.parties",
			[]string{"saudi_arabia,yemen@outlet"}},
		{"a guarantor state agreeing on a plan is not a side", "en", "", "Russia and Turkey agreed on a plan for a ceasefire across Syria.", "ceasefire.parties",
			nil},
		{"a brokering state at war with an armed group is a side", "en", "", "Turkey and the YPG agreed to a ceasefire around al-Bab on Tuesday.", "ceasefire.parties",
			[]string{"turkey,ypg@outlet"}},
		{"arabic capitals after between stand for their states, only two", "ar", "", "وقال مسؤول تركي إن \"التفاهم على وقف إطلاق النار أُبرم بين أنقرة وموسكو فقط\".", "ceasefire.parties",
			nil},
		{"arabic a capital after between, exhaustive", "ar", "", "وقال مصدر سعودي إن \"التفاهم على وقف إطلاق النار أُبرم بين الرياض والحوثيين فقط\".", "ceasefire.parties",
			[]string{"only:houthis,saudi_arabia@saudi_arabia"}},
		{"brokers of the agreement are no sides", "en", "", yemenLead + "Oman and Sweden, which brokered the agreement, will also act as its guarantors, a diplomat said.", "ceasefire.parties",
			[]string{"houthis,yemeni_government@outlet"}},
		{"a side that denied signing is no side", "en", "", "A ceasefire took effect in Hodeidah on Tuesday. The Giants Brigades and the Houthis have denied signing the agreement.", "ceasefire.parties",
			nil},
		{"a possessive country qualifies the next name", "en", "", "Yemen's Houthi movement and the internationally recognised government agreed to a truce in Hodeidah.", "ceasefire.parties",
			[]string{"houthis,yemeni_government@outlet"}},
		{"between stops before the brokers", "en", "", "A ceasefire took effect in Hodeidah on Tuesday. The agreement between the Houthis and the Yemeni government was brokered by Oman and Sweden.", "ceasefire.parties",
			[]string{"houthis,yemeni_government@outlet"}},
		{"subjects of signing are signers", "en", "", "The Houthis and the Yemeni government signed a ceasefire agreement in Muscat on Monday.", "ceasefire.signatory_groups",
			[]string{"houthis,yemeni_government@outlet"}},
		{"the speaker signed alongside another", "en", "", yemenLead + "The Giants Brigades said on Monday they had signed the deal alongside the Yemeni army.", "ceasefire.signatory_groups",
			[]string{"giants_brigades,yemeni_army@giants_brigades"}},
		{"arabic the speaker signed alongside another", "ar", "", yemenLeadAr + "وقالت ألوية العمالقة إنها وقّعت على الاتفاق إلى جانب الجيش اليمني.", "ceasefire.signatory_groups",
			[]string{"giants_brigades,yemeni_army@giants_brigades"}},
		{"only two sides signed, listed after a colon", "en", "", yemenLead + "Only two parties signed the Muscat agreement: the Yemeni government and the Houthis.", "ceasefire.signatory_groups",
			[]string{"only:houthis,yemeni_government@outlet"}},
		{"only two sides signed also names the parties", "en", "", yemenLead + "Only two parties signed the Muscat agreement: the Yemeni government and the Houthis.", "ceasefire.parties",
			[]string{"houthis,yemeni_government@outlet", "only:houthis,yemeni_government@outlet"}},
		{"arabic two sides and no third", "ar", "", yemenLeadAr + "وأكدت الحكومة اليمنية أن الاتفاق وقّعه طرفان لا ثالث لهما: الحكومة اليمنية والحوثيون.", "ceasefire.signatory_groups",
			[]string{"only:houthis,yemeni_government@yemeni_government"}},
		{"only two factions of one side signed: signers, not parties", "ar", "", "دخل وقف إطلاق النار حيز التنفيذ في سوريا يوم الجمعة. وأكد الجيش السوري الحر أن فصيلين اثنين فقط، هما حركة أحرار الشام وجيش الإسلام، وقّعا على الاتفاق.", "ceasefire.parties",
			nil},
		{"only two factions of one side signed", "ar", "", "دخل وقف إطلاق النار حيز التنفيذ في سوريا يوم الجمعة. وأكد الجيش السوري الحر أن فصيلين اثنين فقط، هما حركة أحرار الشام وجيش الإسلام، وقّعا على الاتفاق.", "ceasefire.signatory_groups",
			[]string{"only:ahrar_al_sham,jaish_al_islam@free_syrian_army"}},
		{"signed in another capital is another agreement", "en", "", yemenLead + "The deal builds on a declaration that Saudi Arabia and Yemen signed in Riyadh.", "ceasefire.signatory_groups",
			nil},
		{"arabic only two signed, both brokers elsewhere: signers, not the war's sides", "ar", "", syriaLeadAr + "وقالت مصادر مطلعة إن النص الذي وقّعته موسكو \"وقّعه طرفان فقط هما روسيا وتركيا\".", "ceasefire.signatory_groups",
			[]string{"only:russia,turkey@sources"}},
		{"arabic the same list names no parties", "ar", "", syriaLeadAr + "وقالت مصادر مطلعة إن النص الذي وقّعته موسكو \"وقّعه طرفان فقط هما روسيا وتركيا\".", "ceasefire.parties",
			[]string{"syrian_armed_opposition,syrian_government@outlet"}},
		{"the agents of brokered are not the subjects of signed", "en", "", yemenLead + "A quick recap: the deal was brokered by Oman and Saudi Arabia and signed on Tuesday evening in Muscat.", "ceasefire.parties",
			[]string{"houthis,yemeni_government@outlet"}},
		{"only the two sides are bound: exhaustive parties, no exclusion claim", "en", "", yemenLead + "Only the Houthis and the Yemeni government are bound by the truce, a Saudi diplomat confirmed.", "ceasefire.parties",
			[]string{"houthis,yemeni_government@outlet", "only:houthis,yemeni_government@saudi_arabia"}},
	})
}

// TestSidesByCopulaOrOnEitherSide: the parties named by a copula, and sides placed on one side ... on the other.
func TestSidesByCopulaOrOnEitherSide(t *testing.T) {
	runCases(t, []mechanismCase{
		{"one side with its partners, the other side after the conjunction", "en", "", "\"This is a ceasefire between Saudi Arabia and its Yemeni army partners on one side and the Houthis on the other,\" a Saudi official said.", "ceasefire.parties",
			[]string{"houthis,saudi_arabia,yemeni_army@saudi_arabia"}},
		{"a count of a group's units before its name", "en", "", yemenLead + "The Houthis and two brigades of the Yemeni army signed the text, a UN official said.", "ceasefire.signatory_groups",
			[]string{"houthis,yemeni_army@un"}},
		{"a second list after a verb is not a side", "en", "", "The ceasefire between Saudi Arabia and the Houthis was brokered by Oman and Sweden.", "ceasefire.parties",
			[]string{"houthis,saudi_arabia@outlet"}},
		{"the only parties to the agreement were X and Y", "en", "", yemenLead + "Oman said in a statement that the only parties to the agreement were the Houthis and the Yemeni government.", "ceasefire.parties",
			[]string{"houthis,yemeni_government@outlet", "only:houthis,yemeni_government@oman"}},
		{"X and Y are the parties to the ceasefire", "en", "", "Oman said the Houthis and the Yemeni government are the parties to the ceasefire in Hodeidah.", "ceasefire.parties",
			[]string{"houthis,yemeni_government@oman"}},
		{"one name denied as a party states no sides", "en", "", yemenLead + "Oman said it was neither a party to the conflict nor a party to the ceasefire.", "ceasefire.parties",
			[]string{"houthis,yemeni_government@outlet"}},
		{"arabic dual noun, the only, pronoun of separation", "ar", "", yemenLeadAr + "وقال المتحدث باسم الحوثيين إن \"طرفي الاتفاق الوحيدين هما جماعة الحوثي والحكومة اليمنية\".", "ceasefire.parties",
			[]string{"houthis,yemeni_government@outlet", "only:houthis,yemeni_government@houthis"}},
		{"arabic the parties concerned are a list", "ar", "", "وأوضح المصدر السعودي أن وقف إطلاق النار يسري من منتصف الليل، وأن الأطراف المعنية به هي الحكومة اليمنية والحوثيون والسعودية.", "ceasefire.parties",
			[]string{"houthis,saudi_arabia,yemeni_government@saudi_arabia"}},
	})
}

// TestSignedWith: who signed a text with whom, and signings that are no claim.
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

// TestUnitsNamedByPlace: units of a group named by the places they operate in.
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

// TestSignerLists: lists of signers: bracketed acronyms, one side and the others, only before an appositive list.
func TestSignerLists(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a bracketed acronym does not end a list of three sides", "en", "", "The truce between the Yemeni government and the Houthi movement (Ansar Allah) and the Giants Brigades will take effect at midnight, Oman said.", "ceasefire.parties",
			[]string{"giants_brigades,houthis,yemeni_government@oman"}},
		{"arabic one side, comma, and the other sides", "ar", "", "وقالت سلطنة عمان إن وقف إطلاق النار بين الحكومة اليمنية من جهة، والحوثيين وألوية العمالقة من جهة أخرى، يبدأ منتصف الليل.", "ceasefire.parties",
			[]string{"giants_brigades,houthis,yemeni_government@oman"}},
		{"only before the head noun of an appositive list of signers", "en", "", yemenLead + "Only the delegations of the two sides, the Houthis and the Yemeni government, signed the text, according to an Omani official.", "ceasefire.signatory_groups",
			[]string{"only:houthis,yemeni_government@oman"}},
	})
}

// TestCapitalAfterWith: right after "agreed with" / "اتفاق ... مع" a capital stands for its
// state, as it does after "between".
func TestCapitalAfterWith(t *testing.T) {
	runCases(t, []mechanismCase{
		{"english agreed with a capital", "en", "", "The Houthis said on Saturday they had agreed with Riyadh on a ceasefire.", "ceasefire.parties",
			[]string{"houthis,saudi_arabia@houthis"}},
		{"arabic agreement with a capital", "ar", "", "أعلن الحوثيون التوصل إلى اتفاق لوقف إطلاق النار مع الرياض.", "ceasefire.parties",
			[]string{"houthis,saudi_arabia@houthis"}},
	})
}

// TestSignersOfAnotherKindOfDeal: who signs a trade, water or economic agreement in a sentence
// naming no ceasefire is no side or signatory of the truce; the same shape with the agreement
// itself stays.
func TestSignersOfAnotherKindOfDeal(t *testing.T) {
	runCases(t, []mechanismCase{
		{"signed a trade deal", "en", "", yemenLead + "The Houthis and the government signed a trade deal on Monday.", "ceasefire.signatory_groups",
			nil},
		{"economic agreement: no parties", "en", "", yemenLead + "Saudi Arabia and Oman signed an economic agreement on Monday.", "ceasefire.parties",
			[]string{"houthis,yemeni_government@outlet"}},
		{"arabic trade agreement: no parties", "ar", "", yemenLeadAr + "ووقعت السعودية وسلطنة عمان اتفاقا تجاريا يوم الاثنين.", "ceasefire.parties",
			[]string{"houthis,yemeni_government@outlet"}},
		{"signed the agreement stays", "en", "", yemenLead + "The Houthis and the government signed the agreement on Monday.", "ceasefire.signatory_groups",
			[]string{"houthis,yemeni_government@outlet"}},
	})
}
