package claims

import "testing"

// TestProvisionLexiconForms: standard wordings of the provision classes that no development set
// uses yet (lexicon completeness, from the languages, not from any set): "redeployment", "pull
// its troops out"; "persons detained", "jailed fighters", "those detained", "kidnap victims",
// «السجين»; «تدوم»; "humanitarian assistance", "medevacs", "lifting the siege of" a road, «المعونات»،
// «المواد الإغاثية»، «الإخلاء الطبي»، «رفع الحصار عن» a road; "return fire if attacked", "respond
// firmly to any", «الرد على مصادر إطلاق النار». Each with a near miss where the word occurs and
// the term does not hold (another topic, background, a call, a negation, talks).
func TestProvisionLexiconForms(t *testing.T) {
	runCases(t, []mechanismCase{
		// Withdrawal.
		{"en: the redeployment of Houthi fighters away from the port", "en", pubTue,
			yemenLead + "The deal provides for the redeployment of Houthi fighters away from the port.", "ceasefire.withdrawal", []string{"houthis=required@outlet"}},
		{"en: must pull their fighters out of the port", "en", pubTue,
			yemenLead + "The Houthis must pull their fighters out of the port within a week.", "ceasefire.withdrawal", []string{"houthis=required@outlet"}},
		{"en: must pull its troops out of the plant (Black Sea)", "en", pubTue,
			blackSeaLead + "Kyiv said Russia must pull its troops out of the Zaporizhzhia plant.", "ceasefire.withdrawal", []string{"russian_army=required@ukrainian_government"}},
		{"en: does not require them to pull their fighters out", "en", pubTue,
			yemenLead + "The deal does not require the Houthis to pull their fighters out of the port.", "ceasefire.withdrawal", []string{"houthis=not_required@outlet"}},
		{"probe: redeployment of troops to the front (another matter)", "en", pubTue,
			yemenLead + "The army announced the redeployment of troops to the front lines in Marib.", "ceasefire.withdrawal", nil},
		{"probe: the UN urged both sides to pull their fighters out (a call)", "en", pubTue,
			yemenLead + "The UN urged both sides to pull their fighters out of the port.", "ceasefire.withdrawal", nil},
		{"probe: Britain pulled its troops out of Afghanistan (another war)", "en", pubTue,
			yemenLead + "Britain pulled its troops out of Afghanistan in 2014.", "ceasefire.withdrawal", nil},
		// Exchange.
		{"en: release all persons detained during the fighting", "en", pubTue,
			yemenLead + "The deal commits both sides to release all persons detained during the fighting.", "ceasefire.exchange", []string{"prisoners=included@outlet"}},
		{"en: jailed fighters will be freed under the deal", "en", pubTue,
			yemenLead + "Jailed fighters will be freed under the deal.", "ceasefire.exchange", []string{"prisoners=included@outlet"}},
		{"en: those detained will be released under the deal", "en", pubTue,
			yemenLead + "Those detained during the clashes will be released under the deal.", "ceasefire.exchange", []string{"prisoners=included@outlet"}},
		{"en: the return of kidnap victims", "en", pubTue,
			yemenLead + "The deal provides for the return of kidnap victims.", "ceasefire.exchange", []string{"hostages=included@outlet"}},
		{"en: does not cover persons detained before the war", "en", pubTue,
			yemenLead + "The deal does not cover persons detained before the war, the minister said.", "ceasefire.exchange", []string{"prisoners=not_included@outlet"}},
		{"ar: إطلاق سراح كل سجين", "ar", pubTueAr,
			yemenLeadAr + "وينص الاتفاق على إطلاق سراح كل سجين من الطرفين.", "ceasefire.exchange", []string{"prisoners=included@outlet"}},
		{"probe: jailed fighters' hunger strike last year (background)", "en", pubTue,
			yemenLead + "Jailed fighters staged a hunger strike in Sanaa last year.", "ceasefire.exchange", nil},
		{"probe: those detained in a raid questioned by police", "en", pubTue,
			yemenLead + "Those detained in the raid were questioned by police.", "ceasefire.exchange", nil},
		{"probe: kidnap victims told their ordeal (background)", "en", pubTue,
			yemenLead + "Kidnap victims described their ordeal to reporters in Sanaa last year.", "ceasefire.exchange", nil},
		{"probe: السجين اعتقل قبل عامين (background)", "ar", pubTueAr,
			yemenLeadAr + "وكان السجين قد اعتقل قبل عامين في صنعاء.", "ceasefire.exchange", nil},
		// Duration.
		{"ar: الهدنة تدوم ثلاثين يوماً", "ar", pubTueAr,
			yemenLeadAr + "وقال المتحدث إن الهدنة تدوم ثلاثين يوماً.", "ceasefire.duration", []string{"30@outlet"}},
		{"ar: هدنة تدوم ثلاثة أيام", "ar", pubTueAr,
			"اتفق الحوثيون والحكومة اليمنية على هدنة تدوم ثلاثة أيام في الحديدة يوم الثلاثاء.", "ceasefire.duration", []string{"3@outlet"}},
		{"probe: المحادثات ستدوم ثلاثة أيام (talks)", "ar", pubTueAr,
			yemenLeadAr + "وستدوم المحادثات ثلاثة أيام في مسقط.", "ceasefire.duration", nil},
		{"probe: المعارك التي تدوم منذ عشرة أيام (fighting)", "ar", pubTueAr,
			yemenLeadAr + "وقال المتحدث إن المعارك التي تدوم منذ عشرة أيام أوقعت قتلى.", "ceasefire.duration", nil},
		// Humanitarian.
		{"en: allows humanitarian assistance into the city", "en", pubTue,
			yemenLead + "The deal allows humanitarian assistance into the city.", "ceasefire.humanitarian", []string{"aid_access=included@outlet"}},
		{"en: does not include humanitarian assistance", "en", pubTue,
			yemenLead + "The deal does not include humanitarian assistance, the Houthis said.", "ceasefire.humanitarian", []string{"aid_access=not_included@houthis"}},
		{"en: provides for medevacs", "en", pubTue,
			yemenLead + "The deal provides for medevacs from the city.", "ceasefire.humanitarian", []string{"evacuation=included@outlet"}},
		{"en: lifting the siege of the Hawban road", "en", pubTue,
			yemenLead + "The deal provides for lifting the siege of the Hawban road.", "ceasefire.humanitarian", []string{"aid_access=included@outlet"}},
		{"ar: إدخال المعونات", "ar", pubTueAr,
			yemenLeadAr + "وينص الاتفاق على إدخال المعونات إلى المدينة.", "ceasefire.humanitarian", []string{"aid_access=included@outlet"}},
		{"ar: إدخال المواد الإغاثية", "ar", pubTueAr,
			yemenLeadAr + "وينص الاتفاق على إدخال المواد الإغاثية إلى المدينة.", "ceasefire.humanitarian", []string{"aid_access=included@outlet"}},
		{"ar: الإخلاء الطبي للجرحى", "ar", pubTueAr,
			yemenLeadAr + "وينص الاتفاق على الإخلاء الطبي للجرحى.", "ceasefire.humanitarian", []string{"evacuation=included@outlet"}},
		{"ar: لا يشمل الإخلاء الطبي", "ar", pubTueAr,
			yemenLeadAr + "وقال المتحدث إن الاتفاق لا يشمل الإخلاء الطبي للجرحى.", "ceasefire.humanitarian", []string{"evacuation=not_included@outlet"}},
		{"ar: رفع الحصار عن طريق الحوبان", "ar", pubTueAr,
			yemenLeadAr + "وينص الاتفاق على رفع الحصار عن طريق الحوبان.", "ceasefire.humanitarian", []string{"aid_access=included@outlet"}},
		{"probe: food lorries looted in the fighting (background)", "en", pubTue,
			yemenLead + "Food lorries were looted in the fighting last month.", "ceasefire.humanitarian", nil},
		{"probe: end the siege of the city by force (no route, fighting)", "en", pubTue,
			yemenLead + "The army tried to end the siege of the city by force last year.", "ceasefire.humanitarian", nil},
		{"probe: شاحنات المعونات نهبت في المعارك (background)", "ar", pubTueAr,
			yemenLeadAr + "ونهب مسلحون شاحنات المعونات في المعارك الشهر الماضي.", "ceasefire.humanitarian", nil},
		// Retained rights.
		{"en: would return fire if attacked", "en", pubTue,
			yemenLead + "The Houthis said they would return fire if attacked.", "ceasefire.retained_rights", []string{"respond_to_violations=retained@houthis"}},
		{"en: would respond firmly to any violation", "en", pubTue,
			yemenLead + "The Houthis said they would respond firmly to any violation.", "ceasefire.retained_rights", []string{"respond_to_violations=retained@houthis"}},
		{"en: no right to return fire if attacked", "en", pubTue,
			yemenLead + "Troops have no right to return fire if attacked, the mediator said.", "ceasefire.retained_rights", []string{"respond_to_violations=not_retained@outlet"}},
		{"ar: يتيح للطرفين الرد على مصادر إطلاق النار", "ar", pubTueAr,
			yemenLeadAr + "وقال المتحدث إن الاتفاق يتيح للطرفين الرد على مصادر إطلاق النار.", "ceasefire.retained_rights", []string{"respond_to_violations=retained@outlet"}},
		{"ar: لا يتيح للطرفين الرد على مصادر إطلاق النار", "ar", pubTueAr,
			yemenLeadAr + "وقال المتحدث إن الاتفاق لا يتيح للطرفين الرد على مصادر إطلاق النار.", "ceasefire.retained_rights", []string{"respond_to_violations=not_retained@outlet"}},
		{"probe: respond firmly to the accusations (another matter)", "en", pubTue,
			yemenLead + "The ministry said it would respond firmly to the accusations in court.", "ceasefire.retained_rights", nil},
	})
}
