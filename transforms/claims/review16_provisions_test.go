package claims

// Review probes for the round-16 provisions, status, time and speaker rules: the new cues and
// constructions in the shapes that trip readers (questions, denials, conditions, other deals,
// fighting reports, demands), with what a careful reader takes from them.

import "testing"

func TestReview16HumanitarianCues(t *testing.T) {
	runCases(t, []mechanismCase{
		{"humanitarian aid ran short as shelling went on", "en", "", yemenLead + "Humanitarian aid ran short at Al-Thawra hospital as shelling continued overnight.", "ceasefire.humanitarian", nil},
		{"medical supplies ran short in a casualty report", "en", "", yemenLead + "Medical supplies ran short at Al-Thawra hospital as shelling continued overnight.", "ceasefire.humanitarian", nil},
		{"medical aid in a question", "en", "", yemenLead + "Is medical aid part of the deal?", "ceasefire.humanitarian", nil},
		{"medical supplies under an earlier trade deal", "en", "", yemenLead + "A separate trade agreement signed in 2019 covered medical supplies and fuel.", "ceasefire.humanitarian", nil},
		{"medical supplies demanded", "en", "", yemenLead + "The UN demanded that medical supplies be allowed into Hodeidah.", "ceasefire.humanitarian", []string{"aid_access=included@un~demanded"}},
		{"arabic medical supplies ran out", "ar", "", yemenLeadAr + "نفدت الإمدادات الطبية في مستشفى الثورة مع استمرار القصف.", "ceasefire.humanitarian", nil},
		{"arabic humanitarian crossings closed in fighting", "ar", "", yemenLeadAr + "أغلقت المعابر الإنسانية بعد اشتباكات عنيفة ليلاً.", "ceasefire.humanitarian", nil},
		{"arabic question", "ar", "", yemenLeadAr + "هل يشمل الاتفاق الإمدادات الطبية؟", "ceasefire.humanitarian", nil},
		{"arabic demand", "ar", "", yemenLeadAr + "وطالبت الأمم المتحدة بإدخال المستلزمات الطبية إلى الحديدة.", "ceasefire.humanitarian", []string{"aid_access=included@un~demanded"}},
	})
}

func TestReview16RetainedRightsCues(t *testing.T) {
	runCases(t, []mechanismCase{
		{"free to respond in kind to an attack", "en", "", yemenLead + "The Yemeni army says it is free to respond in kind to any Houthi attack.", "ceasefire.retained_rights", []string{"respond_to_violations=retained@yemeni_army"}},
		{"free to answer questions", "en", "", yemenLead + "Officials said they were free to answer questions about the prisoner swap.", "ceasefire.retained_rights", nil},
		{"free to return fire in a question", "en", "", yemenLead + "Are soldiers free to return fire if attacked?", "ceasefire.retained_rights", nil},
		{"not free to return fire", "en", "", yemenLead + "Soldiers were not free to return fire, a commander complained.", "ceasefire.retained_rights", []string{"respond_to_violations=not_retained@outlet"}},
	})
}

func TestReview16WithdrawalCues(t *testing.T) {
	runCases(t, []mechanismCase{
		{"pull back in a question", "en", "", yemenLead + "Will the Houthis pull their fighters back from the port?", "ceasefire.withdrawal", nil},
		{"pull back as a demand", "en", "", yemenLead + "The UN urged both sides to pull heavy weapons back from the city.", "ceasefire.withdrawal", nil},
		{"local jihadist withdrew in a fighting report", "en", "", yemenLead + "The army said AQAP militants withdrew from Zinjibar after clashes on Monday.", "ceasefire.withdrawal", nil},
	})
}

func TestReview16CeasingFireStart(t *testing.T) {
	runCases(t, []mechanismCase{
		{"held fire to let ambulances through", "en", pubTue, yemenLead + "Government troops held fire on Monday to let ambulances through, then resumed shelling.", "ceasefire.start_time", nil},
		{"denied it ceased firing", "en", pubTue, yemenLead + "The army denied it had ceased firing on Monday.", "ceasefire.start_time", nil},
		{"ceased fire for a prisoner swap years ago", "en", pubTue, yemenLead + "In 2018 both sides ceased fire on a Monday for a prisoner swap that later collapsed.", "ceasefire.start_time", nil},
		{"held fire, then resumed shelling", "en", pubTue, yemenLead + "Government troops held fire on Monday, then resumed shelling.", "ceasefire.start_time", nil},
		{"arabic stopped for hours, then clashes", "ar", pubTueAr, yemenLeadAr + "توقف إطلاق النار يوم الاثنين لساعات ثم تجددت الاشتباكات.", "ceasefire.start_time", nil},
		{"arabic negated stop on a day", "ar", pubTueAr, yemenLeadAr + "ولم يتوقف إطلاق النار يوم الاثنين.", "ceasefire.start_time", nil},
		{"arabic pause to evacuate the wounded", "ar", pubTueAr, yemenLeadAr + "وأوقفت القوات الحكومية إطلاق النار لمدة ساعة يوم الاثنين لإجلاء الجرحى ثم استأنفت القصف.", "ceasefire.start_time", nil},
		{"arabic denial", "ar", pubTueAr, yemenLeadAr + "ونفى الجيش أنه أوقف إطلاق النار يوم الاثنين.", "ceasefire.start_time", nil},
		{"arabic imperative chant", "ar", pubTueAr, yemenLeadAr + "وهتف المتظاهرون يوم الاثنين: أوقفوا إطلاق النار.", "ceasefire.start_time", nil},
	})
}

func TestReview16StatusCues(t *testing.T) {
	runCases(t, []mechanismCase{
		{"entry into force of a trade deal", "en", "", "The Yemeni government welcomed the entry into force of a new trade agreement with Oman on Monday.", "ceasefire.status", nil},
		{"since the entry into force of a loan", "en", "", "Since the entry into force of the IMF loan, the Yemeni rial has recovered.", "ceasefire.status", nil},
		{"collapse under a condition", "en", "", "The truce in Hodeidah would collapse if the Houthis attacked the port, the Yemeni government warned.", "ceasefire.status", nil},
		{"arabic collapse will not", "ar", "", "وقال المبعوث إن الهدنة في الحديدة لن تنهار.", "ceasefire.status", nil},
		{"extend a curfew", "en", "", "The Yemeni government agreed to extend the curfew in Aden by another week.", "ceasefire.status", nil},
		{"violations began", "en", "", "Violations of the truce began at 6 a.m., the Houthis said.", "ceasefire.status", nil},
	})
}

func TestReview16DurationCues(t *testing.T) {
	runCases(t, []mechanismCase{
		{"extend a curfew by thirty days", "en", "", syriaLead + "The government also agreed to extend the curfew in Homs by another thirty days.", "ceasefire.duration", nil},
		{"last week is a date", "en", "", syriaLead + "The rebels agreed with Russia last week to a local truce.", "ceasefire.duration", nil},
		{"days of fighting before the truce", "en", "", syriaLead + "Three days of fighting preceded the truce.", "ceasefire.duration", nil},
		{"truce lasts 72 hours in battle zones", "en", "", syriaLead + "The truce will last 72 hours in battle zones around Aleppo.", "ceasefire.duration", []string{"3@outlet"}},
		{"truce of thirty days, then extension", "en", "", syriaLead + "The truce lasts thirty days and can be extended.", "ceasefire.duration", []string{"30@outlet"}},
	})
}

func TestReview16Exclusions(t *testing.T) {
	runCases(t, []mechanismCase{
		{"outside it in a control report", "en", "", yemenLead + "The Houthis control the port and the roads outside it.", "ceasefire.exclusions", nil},
		{"outside it in a fighting report", "en", "", yemenLead + "Fighting continued in Taiz and in the villages outside it.", "ceasefire.exclusions", nil},
		{"none of them in a prisoner swap", "en", "", yemenLead + "Houthi fighters, tribal gunmen - none of them are included in the prisoner swap.", "ceasefire.exclusions", nil},
	})
}

// TestReview16AgreedObjects: agreeing to an extension or to a role presupposes the truce only
// when the truce is not itself one of the verb's objects.
func TestReview16AgreedObjects(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a truce and then an extension of the talks", "en", "", "The Houthis and the Yemeni government agreed to a ceasefire and to extend the talks in Muscat by a week.", "ceasefire.status", []string{"agreed@outlet"}},
		{"arabic a truce and then an extension of the talks", "ar", "", "اتفق الحوثيون والحكومة اليمنية على وقف إطلاق النار وعلى تمديد المحادثات في مسقط أسبوعاً.", "ceasefire.status", []string{"agreed@outlet"}},
		{"monitors and a truce", "en", "", "The Houthis and the Yemeni government agreed on UN monitors and a ceasefire starting Monday.", "ceasefire.status", []string{"agreed@outlet"}},
		{"arabic monitoring and a truce", "ar", "", "اتفق الحوثيون والحكومة اليمنية على رقابة أممية ووقف لإطلاق النار يبدأ الاثنين.", "ceasefire.status", []string{"agreed@outlet"}},
		{"refused to extend", "en", "", "The Houthis refused to extend the truce in Hodeidah.", "ceasefire.status", nil},
		{"welcome the entry into force in a question", "en", "", "Will the Houthis welcome the entry into force of the ceasefire in Hodeidah?", "ceasefire.status", nil},
	})
}

// TestReview16DenialReach: a relative clause after a comma describes, the denial before it
// does not reach it.
func TestReview16DenialReach(t *testing.T) {
	runCases(t, []mechanismCase{
		{"denied shelling a town the truce covers", "en", "", yemenLead + "The Houthis denied that they shelled Taiz, which the truce covers.", "ceasefire.exclusions", []string{"taiz=not_excluded@houthis"}},
		{"denied coverage", "en", "", yemenLead + "The Houthis denied that the truce covers Taiz.", "ceasefire.exclusions", []string{"taiz=excluded@houthis"}},
	})
}

// TestReview16NamedNextAndLast: "next Tuesday" / "last Tuesday" said on a Tuesday are a week on
// and a week back, in English (the word before the weekday) as in Arabic (the word after it);
// a bare weekday in the past tense said that day is the day itself.
func TestReview16NamedNextAndLast(t *testing.T) {
	const lead = "The Houthis and the Yemeni government agreed to a ceasefire in Hodeidah. "
	const leadAr = "اتفق الحوثيون والحكومة اليمنية على وقف لإطلاق النار في الحديدة. "
	runCases(t, []mechanismCase{
		{"next Tuesday said on a Tuesday", "en", pubTue, lead + "The truce will take effect next Tuesday.", "ceasefire.start_time", []string{"2025-10-21@outlet"}},
		{"last Tuesday said on a Tuesday", "en", pubTue, lead + "The truce took effect last Tuesday.", "ceasefire.start_time", []string{"2025-10-07@outlet"}},
		{"bare Tuesday in the past said on a Tuesday", "en", pubTue, lead + "The truce took effect on Tuesday.", "ceasefire.start_time", []string{"2025-10-14@outlet"}},
		{"last Friday", "en", pubTue, lead + "The truce took effect last Friday.", "ceasefire.start_time", []string{"2025-10-10@outlet"}},
		{"arabic next Tuesday", "ar", pubTueAr, leadAr + "وتبدأ الهدنة يوم الثلاثاء المقبل.", "ceasefire.start_time", []string{"2025-10-21@outlet"}},
		{"arabic last Tuesday", "ar", pubTueAr, leadAr + "وبدأت الهدنة يوم الثلاثاء الماضي.", "ceasefire.start_time", []string{"2025-10-07@outlet"}},
	})
}
