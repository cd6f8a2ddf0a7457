package claims

// The monitors set (ceasefire.monitors): verbs and nouns of monitoring, what is watched, and list bounds.

import "testing"

// TestMonitorCues: verbs and nouns of monitoring in both languages, observers from, verified by.
func TestMonitorCues(t *testing.T) {
	ex := "The ceasefire took effect on Thursday. "
	ax := "دخل وقف إطلاق النار حيز التنفيذ. "
	runCases(t, []mechanismCase{
		{"monitored by", "en", "", "The ceasefire will be monitored by the United Nations.", "ceasefire.monitors", []string{"un@outlet"}},
		{"observers from", "en", "", ex + "Observers from the United Nations will monitor the ceasefire.", "ceasefire.monitors", []string{"un@outlet"}},
		{"will monitor", "en", "", ex + "The United Nations will monitor the truce.", "ceasefire.monitors", []string{"un@outlet"}},
		{"ar monitors", "ar", "", ax + "وتتولى الأمم المتحدة مراقبة وقف إطلاق النار.", "ceasefire.monitors", []string{"un@outlet"}},
		{"ar supervise", "ar", "", ax + "وستشرف الأمم المتحدة على تنفيذ وقف إطلاق النار.", "ceasefire.monitors", []string{"un@outlet"}},
		{"verified by names the monitors", "en", "", yemenLead + "Compliance will be verified by the United Nations and Oman, the statement said.", "ceasefire.monitors",
			[]string{"oman,un@outlet"}},
	})
}

// TestMonitorFrames: frames of the monitors list: places that are no monitors, bodies led by states, one set in two clauses, list ends.
func TestMonitorFrames(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a place after in is not a monitor", "en", "", yemenLead + "Omani officers will join UN counterparts in the operations room in Muscat that monitors the ceasefire.", "ceasefire.monitors",
			[]string{"oman,un@outlet"}},
		{"arabic a place after في is not a monitor", "ar", "", yemenLeadAr + "ومن المرجح أن تنضم الأمم المتحدة إلى غرفة المراقبة في مسقط.", "ceasefire.monitors",
			[]string{"un@outlet~hedged"}},
		{"subject before an appositive", "en", "", yemenLead + "A committee chaired by Oman and including Sweden and the United Nations, the world body, will monitor compliance.", "ceasefire.monitors",
			[]string{"oman,sweden,un@outlet"}},
		{"the theatre listed alongside others", "ar", "", yemenLeadAr + "وتضم لجنة المراقبة سلطنة عمان والأمم المتحدة إلى جانب اليمن والسعودية.", "ceasefire.monitors",
			[]string{"oman,saudi_arabia,un,yemen@outlet"}},
		{"talks observers are not monitors", "en", "", yemenLead + "Talks will open in Muscat on December 1, and Saudi Arabia has been invited as an observer.", "ceasefire.monitors",
			nil},
		{"two clauses of one speaker name one set of monitors", "en", "", yemenLead + "The port will be monitored by Oman, while the United Nations will monitor the roads, the Yemeni government said.", "ceasefire.monitors",
			[]string{"oman,un@yemeni_government"}},
		{"arabic the same", "ar", "", yemenLeadAr + "وقالت الحكومة اليمنية إن سلطنة عمان ستتولى مراقبة الميناء، فيما تراقب الأمم المتحدة الطرق.", "ceasefire.monitors",
			[]string{"oman,un@yemeni_government"}},
		{"a mechanism led by two states, and by them alone", "en", "", yemenLead + "Compliance will be overseen by a mechanism \"led by Oman and Saudi Arabia, and by them alone,\" the Yemeni government said.", "ceasefire.monitors",
			[]string{"only:oman,saudi_arabia@yemeni_government"}},
		{"a mechanism led by two states", "en", "", yemenLead + "Compliance will be overseen by a committee chaired by Oman and the United Nations, the Yemeni government said.", "ceasefire.monitors",
			[]string{"oman,un@yemeni_government"}},
		{"arabic a new that-clause ends the monitors list", "ar", "", yemenLeadAr + "ويتفق الطرفان على أن سلطنة عمان ستراقب الهدنة، وعلى أن المبعوث الأممي سيرعى المحادثات.", "ceasefire.monitors",
			[]string{"oman@outlet"}},
	})
}

// TestWhatMonitorsWatch: what the monitors watch, and troops named by a state's adjective.
func TestWhatMonitorsWatch(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic monitoring the truce, then aid in another clause", "ar", "", yemenLeadAr + "وأوضح البيان أن دوريات مشتركة سعودية-عمانية ستتولى مراقبة الهدنة، فضلاً عن تسهيل وصول المساعدات الإنسانية.", "ceasefire.monitors",
			[]string{"oman,saudi_arabia@outlet"}},
		{"arabic monitors of aid convoys stay out", "ar", "", yemenLeadAr + "وقال البيان إن الأمم المتحدة ستتولى مراقبة قوافل المساعدات الإنسانية.", "ceasefire.monitors",
			nil},
		{"a state and troops named by an adjective are two states", "en", "", yemenLead + "Under the plan, Houthi fighters are to leave the port, while Omani and Saudi troops will carry out joint patrols to verify compliance.", "ceasefire.monitors",
			[]string{"oman,saudi_arabia@outlet"}},
		{"arabic an army deployed as a monitoring force", "ar", "", yemenLeadAr + "ويقول خبراء إن الحكومة اليمنية ستنشر وحدات من الجيش اليمني على خطوط التماس بوصفها قوة مراقبة.", "ceasefire.monitors",
			[]string{"yemeni_army@analysts"}},
		{"talks in the sentence before do not take the monitors", "ar", "", yemenLeadAr + "وتطالب الحكومة اليمنية بأن تعقد أي مفاوضات لاحقة في عدن. ويقول خبراء إن الحكومة اليمنية ستنشر وحدات من الجيش اليمني على خطوط التماس بوصفها قوة مراقبة.", "ceasefire.monitors",
			[]string{"yemeni_army@analysts"}},
		{"an observer at the talks is no monitor", "en", "", yemenLead + "Iran had been invited to the talks as an observer, the envoy said.", "ceasefire.monitors",
			nil},
	})
}

// TestWhatIsNoMonitoring: supervision of another act, an observer seat at talks, a state naming a statement, a bare complementizer.
func TestWhatIsNoMonitoring(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a bare complementizer is no pronoun", "en", "", yemenLead + "The United Nations said that monitoring would begin on Friday.", "ceasefire.monitors",
			nil},
		{"arabic supervision of a demanded handover is no monitoring", "ar", "", yemenLeadAr + "وتطالب الحكومة اليمنية بانسحاب قوات الحوثيين من الميناء وتسليمه بإشراف الأمم المتحدة.", "ceasefire.monitors",
			nil},
		{"leaving under a body's supervision is no monitoring", "en", "", yemenLead + "Houthi forces must withdraw from the port under UN supervision, the Yemeni government said.", "ceasefire.monitors",
			nil},
		{"monitoring the truce stays", "en", "", yemenLead + "The United Nations will monitor the truce, the Yemeni government said.", "ceasefire.monitors",
			[]string{"un@yemeni_government"}},
		{"arabic the state naming the statement does not monitor", "ar", "", yemenLeadAr + "وأضاف البيان العماني أن الأمم المتحدة ستتولى مراقبة الميناء.", "ceasefire.monitors",
			[]string{"un@outlet"}},
		{"a seat at the sessions as an observer is no monitoring", "en", "", yemenLead + "Iran attended the Muscat sessions as an observer, alongside Qatar.", "ceasefire.monitors",
			nil},
		{"an observer of the truce monitors", "en", "", yemenLead + "Oman will act as an observer of the truce, the United Nations said.", "ceasefire.monitors",
			[]string{"oman@un"}},
	})
}

// TestMonitoringHandedToItsHolder: the monitoring noun as subject, and a link that hands the task
// to the names after it ("falls to", "rests with", "is the task of", مهمة, من شأن, ستتولاها),
// as the passive agent "by" does; a parenthetical "she stressed" is no copula.
func TestMonitoringHandedToItsHolder(t *testing.T) {
	runCases(t, []mechanismCase{
		{"monitoring falls to", "en", "", yemenLead + "Monitoring of the truce falls to Oman and the United Nations.", "ceasefire.monitors",
			[]string{"oman,un@outlet"}},
		{"a parenthetical saying between the noun and the link", "en", "", "The UN envoy said on Tuesday that the Houthis and the Yemeni government had agreed to a truce. Monitoring, he says, falls to an Omani-Saudi team based in Marib.", "ceasefire.monitors",
			[]string{"oman,saudi_arabia@un_envoy"}},
		{"monitoring rests with, exclusively", "en", "", yemenLead + "The Houthis said verification rests with Oman alone.", "ceasefire.monitors",
			[]string{"only:oman@houthis"}},
		{"a pronoun and verb of saying is no copula", "en", "", "The UN envoy said on Tuesday that the Houthis and the Yemeni government had agreed to a truce. The monitoring, he stressed, is Oman's alone.", "ceasefire.monitors",
			[]string{"only:oman@un_envoy"}},
		{"arabic the monitoring is the task of X only", "ar", "", yemenLeadAr + "وشدد الحوثيون على أن مراقبة الالتزام بوقف إطلاق النار «مهمة سلطنة عمان حصراً».", "ceasefire.monitors",
			[]string{"only:oman@houthis"}},
		{"arabic the monitoring X will undertake", "ar", "", yemenLeadAr + "وقال الحوثيون إن المراقبة ستتولاها الأمم المتحدة.", "ceasefire.monitors",
			[]string{"un@houthis"}},
		{"arabic important is no holder", "ar", "", yemenLeadAr + "وقال الحوثيون إن مراقبة الهدنة خطوة مهمة للحكومة اليمنية.", "ceasefire.monitors",
			nil},
		{"arabic a generic pair is not the one side its context picks", "ar", "", yemenLeadAr + "وأضاف متحدث عسكري أن مراقبة الهدنة «من شأن الجيشين وحدهما».", "ceasefire.monitors",
			nil},
	})
}

// TestMonitorsOfOtherEvents: monitors qualified by another forum (elections) in a sentence with no
// ceasefire watch that event; a question names no monitor.
func TestMonitorsOfOtherEvents(t *testing.T) {
	runCases(t, []mechanismCase{
		{"election monitors", "en", "", yemenLead + "Election monitors from the EU arrived in Nepal on Monday.", "ceasefire.monitors",
			nil},
		{"arabic election monitors", "ar", "", yemenLeadAr + "وصل مراقبو الانتخابات الأوروبيون إلى نيبال يوم الاثنين.", "ceasefire.monitors",
			nil},
		{"a body named with a forum word is the monitor", "en", "", yemenLead + "The Houthis have asked for African Union observers to join them.", "ceasefire.monitors",
			[]string{"african_union@houthis"}},
		{"a committee is no watched event", "en", "", yemenLead + "The UN-led committee monitors compliance daily.", "ceasefire.monitors",
			[]string{"un@outlet"}},
		{"question: would UN monitors be deployed", "en", "", yemenLead + "Would UN monitors be deployed to Darfur if the truce held?", "ceasefire.monitors",
			nil},
		{"the UN will monitor the ceasefire stays", "en", "", yemenLead + "The UN will monitor the ceasefire in Hodeidah.", "ceasefire.monitors",
			[]string{"un@outlet"}},
		{"arabic the UN will monitor stays", "ar", "", yemenLeadAr + "وستراقب الأمم المتحدة وقف إطلاق النار في الحديدة.", "ceasefire.monitors",
			[]string{"un@outlet"}},
	})
}
