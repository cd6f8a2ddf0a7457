package claims

// Frames of the monitors set added in round 14: more monitoring words, the speaker's own teams,
// an appositive describing who speaks, refusals, a qualifier before the cue, exclusive "not by
// outsiders", a side's government holding the task.

import "testing"

// TestMonitorWordsMore: the construct and nominative plurals of مراقب, follow-up and watch
// nouns with the truce or compliance for object, "checked by", "police the line".
func TestMonitorWordsMore(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic construct plural observers of X", "ar", "", yemenLeadAr + "وقال البيان إن مراقبي الأمم المتحدة سيبدؤون دورياتهم فور سريان الهدنة.", "ceasefire.monitors",
			[]string{"un@outlet"}},
		{"arabic follow-up of compliance with the truce", "ar", "", yemenLeadAr + "ووفقاً لنص الاتفاق، تتولى لجنة مشتركة يشارك فيها ضباط عمانيون متابعة احترام وقف إطلاق النار.", "ceasefire.monitors",
			[]string{"oman@outlet"}},
		{"arabic observers will watch compliance", "ar", "", yemenLeadAr + "وقال البيان إن مراقبين من سلطنة عمان سيتولون رصد الالتزام بوقف إطلاق النار.", "ceasefire.monitors",
			[]string{"oman@outlet"}},
		{"arabic follow-up of implementation is no monitoring", "ar", "", yemenLeadAr + "وأكدت الحكومة اليمنية أن سلطنة عمان أبلغتها بالتزامها الكامل بمتابعة التنفيذ.", "ceasefire.monitors",
			nil},
		{"checked by, together with", "en", "", yemenLead + "The ministry said compliance would be checked by Oman together with the United Nations.", "ceasefire.monitors",
			[]string{"oman,un@outlet"}},
		{"police the line", "en", "", yemenLead + "He added that the United Nations would police the line between the two sides.", "ceasefire.monitors",
			[]string{"un@outlet"}},
	})
}

// TestMonitorsOwnTeams: a possessive or pronoun before the monitoring words names the speaker's
// own staff; narration after "said," and a passive do not.
func TestMonitorsOwnTeams(t *testing.T) {
	runCases(t, []mechanismCase{
		{"its ships were monitoring", "en", "", yemenLead + "The United Nations, meanwhile, said its ships were already monitoring the truce along the coast.", "ceasefire.monitors",
			[]string{"un@un"}},
		{"its observers, a cue that is a name", "en", "", yemenLead + "The United Nations said its observers were deployed along the coast.", "ceasefire.monitors",
			[]string{"un@un"}},
		{"our teams, in a quotation", "en", "", yemenLead + "\"This is a one-month truce, and our teams will be on the ground to monitor it,\" UN envoy Lars Eriksen told reporters.", "ceasefire.monitors",
			[]string{"un@lars_eriksen"}},
		{"it would continue to monitor", "en", "", yemenLead + "The United Nations said it would continue to monitor the ceasefire line.", "ceasefire.monitors",
			[]string{"un@un"}},
		{"arabic that it deployed monitoring teams", "ar", "", yemenLeadAr + "وأعلنت الأمم المتحدة، في بيان اليوم، أنها نشرت فرق مراقبة في اثنتي عشرة نقطة.", "ceasefire.monitors",
			[]string{"un@un"}},
		{"a passive has the truce for subject", "en", "", yemenLead + "The United Nations said it would be monitored closely.", "ceasefire.monitors",
			nil},
		{"narration after said and a comma", "en", "", yemenLead + "The truce was holding, the United Nations said, as its ships stepped up monitoring near the port.", "ceasefire.monitors",
			nil},
		// A side's own units watch the enemy, not the truce: no monitor through the speaker.
		{"a side's aircraft monitoring enemy positions", "en", "", yemenLead + "The Saudi-led coalition said its aircraft were monitoring Houthi positions.", "ceasefire.monitors",
			nil},
		{"a side's units monitor the front", "en", "", yemenLead + "Government forces said their units would continue to monitor the front.", "ceasefire.monitors",
			nil},
		{"arabic a side's army watches the enemy's movements", "ar", "", yemenLeadAr + "وقال الجيش اليمني إنه يراقب تحركات الحوثيين عن كثب.", "ceasefire.monitors",
			nil},
	})
}

// TestMonitorsAppositiveOfSpeaker: an appositive naming the speaker's mandate is the outlet's
// description: the speaker monitors, as the outlet says.
func TestMonitorsAppositiveOfSpeaker(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic the force, charged with monitoring the truce, pointed out", "ar", "", yemenLeadAr + "ولفتت الأمم المتحدة، المكلفة بمراقبة الهدنة، إلى أن الوضع الأمني هادئ نسبياً.", "ceasefire.monitors",
			[]string{"un@outlet"}},
	})
}

// TestMonitorsRefused: a refusal governing the monitoring words, or a negation opening their
// subject, names no monitor.
func TestMonitorsRefused(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic refusing the deployment of observers", "ar", "", yemenLeadAr + "وأضاف الحوثيون أن الرقابة من شأن سلطنة عمان، رافضين نشر مراقبين من الأمم المتحدة.", "ceasefire.monitors",
			[]string{"oman@houthis"}},
		{"no foreign warship has a monitoring role", "en", "", yemenLead + "\"No foreign warship has a monitoring role,\" the Houthis said.", "ceasefire.monitors",
			nil},
	})
}

// TestMonitorsQualifierBeforeCue: a name qualifying the monitoring noun is a member; the agent of
// a participle after it is one too when it leads the body, not when it only proposes it; names
// further on in another phrase are none; a side qualifying the ceasefire noun is no monitor.
func TestMonitorsQualifierBeforeCue(t *testing.T) {
	runCases(t, []mechanismCase{
		{"an observer team led by another state", "en", "", yemenLead + "The ministry said an Omani observer team, led by Saudi Arabia, would begin deploying on Monday.", "ceasefire.monitors",
			[]string{"oman,saudi_arabia@outlet"}},
		{"a monitoring cell proposed by another state", "en", "", yemenLead + "A diplomat said a U.N. monitoring cell, proposed by Oman, was \"still on paper\".", "ceasefire.monitors",
			[]string{"un@sources~proposed"}},
		{"arabic a UN mechanism for monitoring awaits the approval of others", "ar", "", yemenLeadAr + "بينما ينتظر مقترح إنشاء آلية أممية للمراقبة موافقة الحوثيين والرياض.", "ceasefire.monitors",
			[]string{"un@outlet~proposed"}},
		{"a state naming the ceasefire is a side", "en", "", "The Houthis and Saudi Arabia agreed to a ceasefire on Tuesday. The UN welcomed the Saudi-Houthi ceasefire and said the organisation stood ready to support monitoring.", "ceasefire.monitors",
			nil},
		{"a state that guarantees another truce is a side in a hyphen-joined pair", "en", "", "Turkey and the PKK agreed to a ceasefire on Friday. The UN welcomed the Turkey-PKK ceasefire and said the organisation stood ready to support monitoring.", "ceasefire.monitors",
			nil},
		// A single name before "ceasefire monitors" qualifies the monitors; only a hyphen-joined
		// pair of sides qualifies the ceasefire.
		{"a neutral body before ceasefire monitors", "en", "", yemenLead + "UN ceasefire monitors arrived in Hodeidah on Wednesday.", "ceasefire.monitors",
			[]string{"un@outlet"}},
		{"a state's adjective before ceasefire monitors", "en", "", syriaLead + "Russian ceasefire monitors will patrol Idlib.", "ceasefire.monitors",
			[]string{"russia@outlet"}},
		{"a state's adjective before a ceasefire monitoring team", "en", "", yemenLead + "A Saudi ceasefire monitoring team will arrive in Hodeidah on Friday.", "ceasefire.monitors",
			[]string{"saudi_arabia@outlet"}},
	})
}

// TestMonitorsExclusiveAndHolders: "not by outsiders" closes the list; a side's government may
// hold the task; بيد hands it over.
func TestMonitorsExclusiveAndHolders(t *testing.T) {
	runCases(t, []mechanismCase{
		{"verified by X, not by outsiders", "en", "", yemenLead + "Any truce would have to be \"verified on the ground by Oman and Saudi Arabia, not by outsiders\", the Yemeni government said.", "ceasefire.monitors",
			[]string{"only:oman,saudi_arabia@yemeni_government~demanded"}}, // "any truce would have to": a demand (modality_any_truce.go)
		{"arabic the task of the government and its institutions only", "ar", "", yemenLeadAr + "وشدد الجيش اليمني على أن مراقبة الالتزام بوقف إطلاق النار «مهمة الحكومة اليمنية ومؤسساتها حصراً».", "ceasefire.monitors",
			[]string{"only:yemeni_government@yemeni_army"}},
		{"arabic a hard task for the government names no holder", "ar", "", yemenLeadAr + "وقال الحوثيون إن مراقبة الهدنة مهمة صعبة على الحكومة اليمنية.", "ceasefire.monitors",
			nil},
		{"arabic the task stays in the hands of X", "ar", "", yemenLeadAr + "ولفت البيان إلى أن مهمة مراقبة الالتزام بالاتفاق تبقى بيد سلطنة عمان.", "ceasefire.monitors",
			[]string{"oman@outlet"}},
	})
}

// TestMonitorsAlongsideAndContrast: "alongside Y" after the monitoring words and their object
// adds Y; a contrast appositive ("X, not Y, would police") leaves Y out and its "alone" is Y's;
// an unresolved pair of armies, not a name before it, is the subject.
func TestMonitorsAlongsideAndContrast(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic observers will watch compliance alongside Y", "ar", "", yemenLeadAr + "وأكد البيان أن مراقبين من الأمم المتحدة سيتولون رصد الالتزام بوقف إطلاق النار إلى جانب سلطنة عمان.", "ceasefire.monitors",
			[]string{"oman,un@outlet"}},
		{"arabic involving X in monitoring the truce, alongside Y", "ar", "", yemenLeadAr + "وقالت مصادر إن الوفد اشترط إشراك سلطنة عمان في مراقبة وقف إطلاق النار، إلى جانب الأمم المتحدة.", "ceasefire.monitors",
			[]string{"oman,un@sources~demanded"}},
		{"will monitor compliance together with Y and Z", "en", "", yemenLead + "The UN said Omani officers will monitor compliance together with Saudi Arabia and Qatar.", "ceasefire.monitors",
			[]string{"oman,qatar,saudi_arabia@un"}},
		{"X, not Y, would police", "en", "", yemenLead + "He added that the United Nations, not Oman, would police the line between the communities.", "ceasefire.monitors",
			[]string{"un@outlet"}},
		{"arabic X, not Y alone, monitors", "ar", "", yemenLeadAr + "وقالت الحكومة اليمنية إن بعثة من الأمم المتحدة، لا سلطنة عمان وحدها، ستتولى مراقبة وقف إطلاق النار.", "ceasefire.monitors",
			[]string{"un@yemeni_government"}},
		{"an unresolved pair of armies is the subject", "en", "", yemenLead + "Oman, which insists that the two armies alone verify the truce, has not sent observers.", "ceasefire.monitors",
			nil},
	})
}

// TestMonitorsClauseBounds: a withdrawal in an earlier reported clause does not make the
// monitoring its supervision; monitoring handed over by a passive agent stays the truce's in a
// sentence about talks.
func TestMonitorsClauseBounds(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic a withdrawal in the clause before", "ar", "", yemenLeadAr + "ويقول مسؤول إن النص واضح في إلزام الحوثيين بالانسحاب من الميناء، وإن الأمم المتحدة ستراقب التنفيذ.", "ceasefire.monitors",
			[]string{"un@sources"}},
		{"monitoring handled by, beside talks", "en", "", yemenLead + "Sources expect Oman to host a second round of talks in Muscat, and said monitoring would be handled by the Omani team alone for now.", "ceasefire.monitors",
			[]string{"only:oman@outlet"}},
		{"a bare passive by hands nothing over", "en", "", yemenLead + "Oman attended the talks as an observer, and monitoring was raised by Oman during the talks.", "ceasefire.monitors",
			nil},
		{"monitoring performed by, beside talks", "en", "", yemenLead + "Talks resume in Muscat next week, and monitoring will be performed by Oman.", "ceasefire.monitors",
			[]string{"oman@outlet"}},
		{"an observer seat at the talks stays out", "en", "", yemenLead + "Talks will open in Muscat on December 1, and Saudi Arabia has been invited as an observer.", "ceasefire.monitors",
			nil},
	})
}

// TestMonitorsNegatedPredicateExcept: the negation may follow the monitoring noun, in a quoted
// predicate, before the exception word ("الرقابة "لن تكون إلا عبر X و Y"").
func TestMonitorsNegatedPredicateExcept(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic monitoring will be only through X and Y, quoted", "ar", "", yemenLeadAr + "في المقابل، شدد الحوثيون على أن الرقابة \"لن تكون إلا عبر سلطنة عمان والأمم المتحدة\".", "ceasefire.monitors",
			[]string{"only:oman,un@houthis"}},
		{"arabic monitoring will be through X, no exception", "ar", "", yemenLeadAr + "وشدد الحوثيون على أن الرقابة ستكون عبر سلطنة عمان.", "ceasefire.monitors",
			[]string{"oman@houthis"}},
	})
}

// TestMonitorsExpectedOfAnother: "we expect X to verify" after a withdrawal clause: X monitors,
// expected; the speaker's "we" wants, it does not watch.
func TestMonitorsExpectedOfAnother(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a withdrawal, then we expect X to verify that", "en", "", yemenLead + "\"The agreement obliges the Houthis to withdraw from the port, and we expect the United Nations to verify that,\" a government spokesman said.", "ceasefire.monitors",
			[]string{"un@yemeni_government~expected"}},
		{"we expect an unnamed body to verify", "en", "", yemenLead + "\"We expect the new commission to verify that,\" the Yemeni government said.", "ceasefire.monitors",
			nil},
	})
}
