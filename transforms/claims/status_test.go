package claims

// Whether the ceasefire is agreed, in force, rejected or collapsed (ceasefire.status).

import "testing"

// TestRejectionAndDenial: rejection and denial of the agreement, and how far a denial governs.
func TestRejectionAndDenial(t *testing.T) {
	runCases(t, []mechanismCase{
		{"rejected the ceasefire", "en", "", yemenLead + "The Giants Brigades have rejected the ceasefire.", "ceasefire.status",
			[]string{"agreed@outlet", "not_agreed@giants_brigades"}},
		{"rejected claims about the ceasefire is no status", "en", "", yemenLead + "The Houthis rejected claims that the ceasefire excludes the port.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"arabic feminine denial of an agreement", "ar", "", yemenLeadAr + "ونفت الحكومة التوصل إلى أي اتفاق.", "ceasefire.status",
			[]string{"agreed@outlet", "not_agreed@yemeni_government"}},
		// رفض is not a verb of saying: the outlet reports the rejection.
		{"arabic rejection of the truce", "ar", "", yemenLeadAr + "ورفضت ألوية العمالقة الهدنة.", "ceasefire.status",
			[]string{"agreed@outlet", "not_agreed@outlet"}},
		{"a denial governs a signing eight words on", "ar", "", yemenLeadAr + "ونفت قيادة ألوية العمالقة في الساحل الغربي أن تكون قد وقّعت على الاتفاق.", "ceasefire.status",
			[]string{"agreed@outlet", "not_agreed@giants_brigades"}},
	})
}

// TestStatusVerbs: verbs of agreeing, signing, taking effect, holding and collapsing, and what they presuppose.
func TestStatusVerbs(t *testing.T) {
	runCases(t, []mechanismCase{
		{"came into effect is in force", "en", "2025-10-14T08:00:00Z", "The ceasefire came into effect on October 15.", "ceasefire.status",
			[]string{"in_force@outlet"}},
		{"approved the agreement", "en", "", "The Houthis said they had approved the ceasefire agreement.", "ceasefire.status",
			[]string{"agreed@houthis"}},
		{"there is no agreement", "en", "", yemenLead + `"There is no agreement until parliament votes on it," a government official said.`, "ceasefire.status",
			[]string{"agreed@outlet", "not_agreed@sources"}},
		{"reached by telephone is no agreement", "en", "", "A Houthi commander, reached by telephone, said the truce was holding.", "ceasefire.status",
			[]string{"in_force@outlet"}},
		{"a generic ceasefire is not this one", "en", "", yemenLead + `A Giants Brigades commander said his fighters had "never agreed to any ceasefire" with the Houthis.`, "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"a negated relative clause on one side", "en", "", yemenLead + "The Giants Brigades, which did not sign the agreement, said they would respect the truce.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"arabic the agreement entered into force", "ar", "", "دخل اتفاق وقف إطلاق النار في الحديدة حيز التنفيذ منتصف الليل.", "ceasefire.status",
			[]string{"in_force@outlet"}},
		{"arabic a relative clause on the agreement", "ar", "", "أعلنت الحكومة اليمنية أن اتفاق وقف إطلاق النار بين الحكومة والحوثيين في محافظة الحديدة، الذي وُقّع أمس في مسقط، يبدأ الليلة.", "ceasefire.status",
			[]string{"agreed@yemeni_government"}},
		{"arabic has not collapsed (jussive)", "ar", "", yemenLeadAr + "ويرى محللون أن الاتفاق لم ينهر حتى الآن.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@analysts"}},
		{"arabic a denial governs its complement clause", "ar", "", yemenLeadAr + "في المقابل، نفى الناطق باسم ألوية العمالقة أن يكون قد جرى التوصل إلى أي وقف لإطلاق النار.", "ceasefire.status",
			[]string{"agreed@outlet", "not_agreed@giants_brigades"}},
		{"arabic announced that the truce collapsed is no agreement", "ar", "", yemenLeadAr + "وأعلنت ألوية العمالقة أن الهدنة انهارت في الساحل الغربي.", "ceasefire.status",
			[]string{"agreed@outlet", "collapsed@giants_brigades"}},
		{"arabic a denial stops at a new verb of saying", "ar", "", yemenLeadAr + "في المقابل، نفت الرياض ذلك قطعياً، مؤكدة أن الاتفاق وقّعه الطرفان في مسقط.", "ceasefire.status",
			[]string{"agreed@outlet", "agreed@saudi_arabia"}},
		{"put to both sides is a proposal stage", "en", "", yemenLead + "The deal is based on a proposal that Omani mediators put to both sides on May 3.", "ceasefire.status",
			[]string{"agreed@outlet", "proposed@outlet~proposed"}},
		// "only" restricts the signers, not the signing (shared convention, stop 18).
		{"an exhaustive signatory clause asserts the signature", "en", "", yemenLead + `"Only two parties signed the agreement: the government and the Houthis," the UN said.`, "ceasefire.status",
			[]string{"agreed@outlet", "agreed@un"}},
		{"arabic only two parties signed it", "ar", "", yemenLeadAr + "وقال الحوثيون إن الاتفاق وقّعه طرفان فقط.", "ceasefire.status",
			[]string{"agreed@outlet", "agreed@houthis"}},
		{"is in force", "en", "", yemenLead + "The ceasefire is in force across Hodeidah, the UN said.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@un"}},
		{"the first day of the truce", "en", "", yemenLead + "Welcome to our live coverage of the first day of the truce.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@outlet"}},
		{"the signing as a point in time is presupposed, not asserted", "en", "", yemenLead + `The envoy said the truce had been in force "from the moment of signing".`, "ceasefire.status",
			[]string{"agreed@outlet", "in_force@outlet"}},
		{"arabic the signing came after", "ar", "", yemenLeadAr + "وجاء توقيع الاتفاق بعد ثلاثة أسابيع من المحادثات في مسقط.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"a proposal of a truce", "en", "", "Oman first proposed a truce in Hodeidah in March, the UN said.", "ceasefire.status",
			[]string{"proposed@un"}},
		{"agreeing to act as guarantors presupposes the truce", "en", "", "GENEVA - The Houthis and the Yemeni government reached a truce in Hodeidah on Tuesday. Food prices fell on Wednesday. Oman and Jordan have agreed to act as guarantors, the UN said.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"both parties have committed to a cessation of hostilities", "en", "", "Oman said on Tuesday that the Houthis and the Yemeni government had held talks in Muscat. \"Both parties have committed to a complete cessation of hostilities in Hodeidah,\" Oman said.", "ceasefire.status",
			[]string{"agreed@oman"}},
		{"a truce in its third day is in force", "en", "", yemenLead + "Welcome to our live coverage of the ceasefire in Hodeidah, now in its third day.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@outlet"}},
		{"arabic the ceasefire began", "ar", "", yemenLeadAr + "وقالت الحكومة اليمنية إن وقف إطلاق النار بدأ منتصف الليل.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@yemeni_government"}},
		{"arabic a truce entering its first week", "ar", "", "يدخل وقف إطلاق النار بين الحوثيين والحكومة اليمنية في الحديدة أسبوعه الأول.", "ceasefire.status",
			[]string{"in_force@outlet"}},
		{"the ceasefire remained in force", "en", "", yemenLead + "The government said the ceasefire remained in force despite the shelling.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@yemeni_government"}},
		{"commanders put their names to the text", "en", "", yemenLead + "Commanders of six brigades put their names to the text, the government said.", "ceasefire.status",
			[]string{"agreed@outlet", "agreed@yemeni_government"}},
		{"the agreement grew out of a proposal", "en", "", yemenLead + "The agreement grew out of a proposal Oman tabled in March.", "ceasefire.status",
			[]string{"agreed@outlet", "proposed@outlet"}},
		{"arabic the agreement was concluded", "ar", "", "قالت الحكومة اليمنية إن اتفاق وقف إطلاق النار أُبرم بين الطرفين في الحديدة.", "ceasefire.status",
			[]string{"agreed@yemeni_government"}},
		{"arabic the agreement rests on a proposal", "ar", "", yemenLeadAr + "وقال مسؤول إن وقف إطلاق النار يستند إلى مقترح عماني.", "ceasefire.status",
			[]string{"agreed@outlet", "proposed@sources"}}, // an unnamed official is "sources", as "an official"
		// Brokered presupposes the truce reached: the speaker's agreed claim (gold README,
		// "Presupposed agreement"; stop 17).
		{"a participle set off by commas after the deal presupposes it", "en", "", yemenLead + "Food prices fell on Wednesday. The deal, brokered by Oman with Jordanian support, also reopens the port, the government said.", "ceasefire.status",
			[]string{"agreed@outlet", "agreed@yemeni_government"}},
		{"a truce brokered by a mediator in the main clause is agreed", "en", "", "Oman brokered a ceasefire between the Houthis and the Yemeni government in Hodeidah on Tuesday.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"a truce agreed last month in a dated article is background", "en", "2019-05-01T10:00:00Z", yemenLead + "A truce agreed in Taiz last January collapsed within weeks.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"took hold says the truce is in force", "en", pubTue, yemenLead + "The ceasefire took hold at midnight, residents said.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@local_residents"}},
	})
}

// TestFirstPersonSignature: first-person signatures: negated, free relatives, and verbs with their own object.
func TestFirstPersonSignature(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a negated first-person signature with an indefinite object", "en", "", yemenLead + `"We did not sign anything in Sanaa, and no one signed on our behalf," the Houthis said.`, "ceasefire.status",
			[]string{"agreed@outlet", "not_agreed@houthis"}},
		{"a free relative on a first-person verb", "en", "", yemenLead + `"Aid must reach Hodeidah. That is the heart of what we agreed," the Houthis said.`, "ceasefire.status",
			[]string{"agreed@outlet", "agreed@houthis"}},
		{"a negation outside the free relative denies nothing", "en", "", yemenLead + `"Shelling the port is not what we agreed," the Houthis said.`, "ceasefire.status",
			[]string{"agreed@outlet", "agreed@houthis"}},
		{"a provision that was part of what we signed presupposes the signature", "en", "", yemenLead + `"The release of prisoners is part of what we signed in Sanaa," the Houthis said.`, "ceasefire.status",
			[]string{"agreed@outlet", "agreed@houthis"}},
		{"arabic first-person imperfect, negated, with an indefinite object", "ar", "", yemenLeadAr + `وقال متحدث باسم الحوثيين: "لم نوقّع على أي شيء في مسقط".`, "ceasefire.status",
			[]string{"agreed@outlet", "not_agreed@houthis"}},
		{"arabic free relative on a first-person verb", "ar", "", yemenLeadAr + `وقال الحوثيون: "هذا جوهر ما اتفقنا عليه".`, "ceasefire.status",
			[]string{"agreed@outlet", "agreed@houthis"}},
		{"a first-person verb with its own object is no signature", "en", "", yemenLead + `"We agreed to meet again in Muscat," the Houthis said.`, "ceasefire.status",
			[]string{"agreed@outlet"}},
	})
}

// TestStatusStatesAndSpeculation: a collapse foreseen or stated, a truce confirmed or announced.
func TestStatusStatesAndSpeculation(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a collapse foreseen is speculation", "en", pubTue, yemenLead + "Analysts warn the truce could collapse at any moment.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"arabic: qad with the imperfect foresees a collapse", "ar", pubTueAr, yemenLeadAr + "ويرى محللون أن الهدنة قد تنهار في أي لحظة.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"a collapse stated", "en", pubTue, yemenLead + "The truce collapsed on Friday, residents said.", "ceasefire.status",
			[]string{"agreed@outlet", "collapsed@local_residents"}},
		{"confirmed a truce", "en", pubTue, "The Yemeni government on Tuesday confirmed a truce with the Houthis in Hodeidah.", "ceasefire.status",
			[]string{"agreed@yemeni_government"}},
		{"a ceasefire was announced", "en", pubTue, "A ceasefire between the Houthis and the Yemeni government was announced in Muscat on Tuesday.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"arabic: national unity is no only", "ar", pubTueAr, "وأكدت الحكومة اليمنية أنها وافقت على وقف إطلاق النار، مشددة على أن الالتزام به لا يعني المساس بالوحدة الوطنية.", "ceasefire.status",
			[]string{"agreed@yemeni_government"}},
	})
}

// TestAgreementToASpanAndWholeClauseDenials: agreeing to a span of days, and denials of a whole clause.
func TestAgreementToASpanAndWholeClauseDenials(t *testing.T) {
	runCases(t, []mechanismCase{
		{"agreeing to a span of days is agreeing to the truce", "en", pubTue, yemenLead + `"We signed twenty days, not ten," the Houthis said.`, "ceasefire.status",
			[]string{"agreed@outlet", "agreed@houthis"}},
		{"accepting a period of days", "en", pubTue, yemenLead + `The Yemeni government said it had accepted "an initial period of thirty days, renewable".`, "ceasefire.status",
			[]string{"agreed@outlet", "agreed@yemeni_government"}},
		{"a span after an unrelated verb says nothing of the status", "en", pubTue, yemenLead + "The Houthis said the fighting had lasted twenty days.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"nothing was signed: a whole-clause denial", "en", pubTue, yemenLead + `The Houthis said: "Nothing was signed."`, "ceasefire.status",
			[]string{"agreed@outlet", "not_agreed@houthis"}},
	})
}

// TestStatusWelcomeHoldingAndSponsorship: a welcome of the agreement, a truce that held or is
// N days old, "the agreement stands", "سارية منذ", the proposal verb in the imperfect, and a
// relative clause saying who sponsored the truce (رعته): each presupposes or asserts a stage.
func TestStatusWelcomeHoldingAndSponsorship(t *testing.T) {
	runCases(t, []mechanismCase{
		{"welcomed the ceasefire agreement", "en", "", yemenLead + "Oman welcomed the ceasefire agreement.", "ceasefire.status",
			[]string{"agreed@outlet", "agreed@oman"}},
		{"welcoming a step towards a ceasefire is no agreement", "en", "", yemenLead + "Jordan welcomed any step towards a ceasefire.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"arabic welcomed the agreement", "ar", "", yemenLeadAr + "وقالت الحكومة اليمنية إن سلطنة عمان رحبت بالاتفاق على وقف إطلاق النار.", "ceasefire.status",
			[]string{"agreed@outlet", "agreed@oman"}},
		{"the truce had held through the night", "en", "", yemenLead + "The government said the truce had held through the night.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@yemeni_government"}},
		{"the truce had held up", "en", "", yemenLead + "The Houthis said the truce had held up despite shelling.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@houthis"}},
		{"two days into the truce", "en", "", yemenLead + "Two days into the truce, the Houthis say no one has moved.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@houthis"}},
		{"two days into the talks is no state of the truce", "en", "", yemenLead + "Two days into the talks, the Houthis said the ceasefire would hold.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"the agreement stands", "en", "", yemenLead + "The Yemeni government says the agreement stands.", "ceasefire.status",
			[]string{"agreed@outlet", "agreed@yemeni_government"}},
		{"arabic the truce is in force since midnight", "ar", "", yemenLeadAr + "وقالت الحكومة اليمنية إن الهدنة سارية منذ منتصف الليل.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@yemeni_government"}},
		{"arabic an attributive in-force adjective names another truce", "ar", "", yemenLeadAr + "وقال الحوثيون إن وقف إطلاق النار الساري في تعز لا يعنيهم.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"arabic proposes in the imperfect", "ar", "", "وقال مصدر دبلوماسي عماني إن سلطنة عمان تقترح وقفا لإطلاق النار في الحديدة لمدة شهر.", "ceasefire.status",
			[]string{"proposed@oman"}}, // an Omani diplomatic source is Oman's (qualified sources, speakers_source_fields.go)
		{"arabic the signed agreement (participle after the noun)", "ar", "", "وقالت الحكومة اليمنية إن اتفاق وقف إطلاق النار الموقّع في مسقط يبدأ منتصف الليل.", "ceasefire.status",
			[]string{"agreed@yemeni_government"}},
		{"arabic the truce that oman sponsored", "ar", "", "وقالت الحكومة اليمنية إن الهدنة التي رعتها سلطنة عمان تبدأ منتصف الليل.", "ceasefire.status",
			[]string{"agreed@yemeni_government"}},
	})
}
