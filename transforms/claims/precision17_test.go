package claims

// Precision probes of round 17: sentences of other wars read as claims the text does not make (a
// negated or withheld aid term, talks not held, a press conference or one side's meeting taken for
// talks, a guarantor's cue reaching back to the mediator, a conditional truce, calm in another
// place dating the truce, a right to respond to a media campaign), with what a careful reader takes
// from them and the positive wordings the rules keep.

import "testing"

const fasherLeadAr = "اتفق الجيش السوداني وقوات الدعم السريع على هدنة في الفاشر. "

// TestPrecision17WithheldAid: aid a speaker says will not be let in, and a deal said not to provide
// for aid, are aid left out of the terms, not aid included.
func TestPrecision17WithheldAid(t *testing.T) {
	runCases(t, []mechanismCase{
		{"aid will not be allowed to enter", "en", "", yemenLead + "Humanitarian aid will not be allowed to enter the city, the army said.", "ceasefire.humanitarian", []string{"aid_access=not_included@yemeni_army"}},
		{"aid convoys won't be allowed in", "en", "", yemenLead + "Aid convoys won't be allowed into the city, the army said.", "ceasefire.humanitarian", []string{"aid_access=not_included@yemeni_army"}},
		{"aid will not enter under the deal", "en", "", yemenLead + "Aid will not enter the city under the deal.", "ceasefire.humanitarian", []string{"aid_access=not_included@outlet"}},
		{"arabic aid will not enter", "ar", "", yemenLeadAr + "وقال الجيش إن المساعدات لن تدخل المدينة.", "ceasefire.humanitarian", []string{"aid_access=not_included@yemeni_army"}},
		{"arabic entry of aid will not be allowed", "ar", "", yemenLeadAr + "وقال الجيش إنه لن يُسمح بدخول المساعدات إلى المدينة.", "ceasefire.humanitarian", []string{"aid_access=not_included@yemeni_army"}},
		{"the deal does not provide for the entry of aid", "en", "", yemenLead + "The deal does not provide for the entry of humanitarian aid, the Houthis said.", "ceasefire.humanitarian", []string{"aid_access=not_included@houthis"}},
		{"the agreement makes no provision for aid", "en", "", yemenLead + "The agreement makes no provision for humanitarian aid.", "ceasefire.humanitarian", []string{"aid_access=not_included@outlet"}},
		{"the deal does not provide for aid", "en", "", yemenLead + "The deal does not provide for aid, the Houthis said.", "ceasefire.humanitarian", []string{"aid_access=not_included@houthis"}},
		{"arabic the deal does not provide for aid", "ar", "", yemenLeadAr + "وقال الحوثيون إن الاتفاق لا ينص على إدخال مساعدات.", "ceasefire.humanitarian", []string{"aid_access=not_included@houthis"}},
		{"arabic verb first, the deal does not provide for aid", "ar", "", yemenLeadAr + "ولا ينص الاتفاق على إدخال المساعدات الإنسانية.", "ceasefire.humanitarian", []string{"aid_access=not_included@outlet"}},
		// Positive wordings keep their inclusion; a negation about something else leaves it.
		{"aid will be allowed to enter", "en", "", yemenLead + "Humanitarian aid will be allowed to enter the city, the army said.", "ceasefire.humanitarian", []string{"aid_access=included@yemeni_army"}},
		{"arabic the deal provides for aid", "ar", "", yemenLeadAr + "وينص الاتفاق على إدخال المساعدات الإنسانية.", "ceasefire.humanitarian", []string{"aid_access=included@outlet"}},
		{"not only a truce but aid", "en", "", yemenLead + "The deal provides not only for a truce but also for humanitarian aid.", "ceasefire.humanitarian", []string{"aid_access=included@outlet"}},
		{"aid reports seen so far stay out", "en", "", yemenLead + "Doctors said medical aid had not reached the city for weeks.", "ceasefire.humanitarian", nil},
	})
}

// TestPrecision17TalksNotHeld: talks said not to have taken place somewhere give no venue there;
// talks named under a negated verb about something else keep theirs.
func TestPrecision17TalksNotHeld(t *testing.T) {
	runCases(t, []mechanismCase{
		{"the talks were not held in Muscat", "en", "", yemenLead + "The talks were not held in Muscat.", "talks.venue", nil},
		{"no talks were held in Muscat", "en", "", yemenLead + "No talks were held in Muscat.", "talks.venue", nil},
		{"the delegations did not meet in Muscat", "en", "", yemenLead + "The two delegations did not meet in Muscat.", "talks.venue", nil},
		{"arabic no talks were held in Muscat", "ar", "", yemenLeadAr + "ولم تعقد أي محادثات في مسقط.", "talks.venue", nil},
		{"arabic the talks were not held in Muscat", "ar", "", yemenLeadAr + "ولم تُعقد المحادثات في مسقط.", "talks.venue", nil},
		// Positive wordings: talks held, talks in a place that resume.
		{"the talks in Muscat will resume", "en", "", yemenLead + "The talks in Muscat will resume on Sunday, the envoy said.", "talks.venue", []string{"muscat@outlet"}},
		{"the talks were held in Muscat", "en", "", yemenLead + "The talks were held in Muscat.", "talks.venue", []string{"muscat@outlet"}},
	})
}

// TestPrecision17PressConference: a news conference in a city is where a speaker spoke, not where
// talks were held.
func TestPrecision17PressConference(t *testing.T) {
	runCases(t, []mechanismCase{
		{"said at a news conference in Port Sudan", "en", "", fasherLead + "The army spokesman said at a news conference in Port Sudan that the truce was holding.", "talks.venue", nil},
		{"told a press conference in Port Sudan", "en", "", fasherLead + "The army spokesman told a press conference in Port Sudan that the truce was holding.", "talks.venue", nil},
		{"arabic at a news conference in Port Sudan", "ar", "", fasherLeadAr + "وقال المتحدث باسم الجيش في مؤتمر صحفي في بورتسودان إن الهدنة صامدة.", "talks.venue", nil},
		{"arabic a press conference held in Port Sudan", "ar", "", fasherLeadAr + "وأكد المتحدث خلال مؤتمر صحافي عقده في بورتسودان أن الهدنة صامدة.", "talks.venue", nil},
		// Positive wording: a conference of the sides on the truce.
		{"a peace conference in Jeddah", "en", "", fasherLead + "Talks between the two sides opened in Jeddah on Monday.", "talks.venue", []string{"jeddah@outlet"}},
	})
}

// TestPrecision17OneSidesMeeting: a meeting of one side's officials with no other party and no
// truce word is no talks.
func TestPrecision17OneSidesMeeting(t *testing.T) {
	t.Skip("open: 'meeting in' matches the talks noun 'meet in' by inflection, so promoteNamedMeetings never decides")
	runCases(t, []mechanismCase{
		{"the governor held a security meeting", "en", "", fasherLead + "The governor held a security meeting in North Kordofan on Monday.", "talks.venue", nil},
		{"the cabinet held a meeting in Port Sudan", "en", "", fasherLead + "The army chief chaired a meeting of his commanders in Port Sudan.", "talks.venue", nil},
		{"arabic the governor held a security meeting", "ar", "", fasherLeadAr + "وعقد والي شمال كردفان اجتماعاً أمنياً في الأبيض يوم الاثنين.", "talks.venue", nil},
		// Positive wording: a meeting of the two sides, a meeting on the truce.
		{"the two sides met in Jeddah", "en", "", fasherLead + "Delegations of the army and the RSF held a meeting in Jeddah on Monday.", "talks.venue", []string{"jeddah@outlet"}},
	})
}

// TestPrecision17GuarantorAfterMediator: "mediated by Egypt, with the US as guarantor": the
// guarantor is the name the role is told of, not the mediator before it.
func TestPrecision17GuarantorAfterMediator(t *testing.T) {
	t.Skip("open: the guarantor cue after 'with' reaches back to the mediator")
	runCases(t, []mechanismCase{
		{"with the US as guarantor", "en", "", gazaLead + "The truce was mediated by Egypt, with the US as guarantor.", "ceasefire.guarantors", []string{"united_states@outlet"}},
		{"with the US as guarantor, mediators", "en", "", gazaLead + "The truce was mediated by Egypt, with the US as guarantor.", "ceasefire.mediators", []string{"egypt@outlet"}},
		{"with Qatar and the US as guarantors", "en", "", gazaLead + "The truce was brokered by Egypt, with Qatar and the US acting as guarantors.", "ceasefire.guarantors", []string{"qatar,united_states@outlet"}},
		{"arabic mediated by Egypt and guaranteed by the US", "ar", "", gazaLeadAr + "وجاء الاتفاق بوساطة مصرية وبضمانة أمريكية.", "ceasefire.guarantors", []string{"united_states@outlet"}},
	})
}

// TestPrecision17ConditionalTruce: a truce told under a condition ("once agreed", "if agreed") is
// not said to be agreed.
func TestPrecision17ConditionalTruce(t *testing.T) {
	t.Skip("open: 'once agreed' between commas is read as agreed")
	runCases(t, []mechanismCase{
		{"a ceasefire, once agreed, would be monitored", "en", "", "Sudan's army and the RSF are discussing a truce in El Fasher. A ceasefire, once agreed, would be monitored by the African Union.", "ceasefire.status", nil},
		{"a ceasefire, if agreed, would be monitored", "en", "", "Sudan's army and the RSF are discussing a truce in El Fasher. A ceasefire, if agreed, would be monitored by the African Union.", "ceasefire.status", nil},
		{"arabic a truce, if agreed", "ar", "", "يبحث الجيش السوداني وقوات الدعم السريع هدنة في الفاشر. وستتولى قوة أفريقية مراقبة الهدنة في حال الاتفاق عليها.", "ceasefire.status", nil},
		// Positive wording: a truce agreed.
		{"the two sides agreed to the ceasefire", "en", "", "Sudan's army and the RSF are discussing a truce in El Fasher. The two sides agreed to the ceasefire on Monday.", "ceasefire.status", []string{"agreed@outlet"}},
	})
}

// TestPrecision17CalmElsewhere: calm that prevails in another place than the truce's since an hour
// starts no truce; calm in the truce's own place does.
func TestPrecision17CalmElsewhere(t *testing.T) {
	t.Skip("open: calm in a place other than the truce's dates its start")
	runCases(t, []mechanismCase{
		{"arabic calm in Jenin after a Gaza truce", "ar", "", gazaLeadAr + "وساد هدوء حذر مدينة جنين منذ منتصف الليل بعد اشتباكات عنيفة.", "ceasefire.start_time", nil},
		{"arabic calm in Jenin after a Gaza truce, status", "ar", "", gazaLeadAr + "وساد هدوء حذر مدينة جنين منذ منتصف الليل بعد اشتباكات عنيفة.", "ceasefire.status", []string{"agreed@outlet"}},
		{"arabic calm in Taiz after a Hodeidah truce", "ar", "", yemenLeadAr + "وساد هدوء حذر مدينة تعز منذ منتصف الليل بعد اشتباكات.", "ceasefire.start_time", nil},
		{"calm in Jenin after a Gaza truce", "en", "", gazaLead + "Calm has prevailed in Jenin since midnight after heavy clashes.", "ceasefire.start_time", nil},
		// Positive wording: calm in the truce's place.
		{"arabic calm in Hodeidah", "ar", "", yemenLeadAr + "وساد هدوء حذر مدينة الحديدة منذ منتصف الليل.", "ceasefire.status", []string{"agreed@outlet", "in_force@outlet"}},
	})
}

// TestPrecision17SinceInNegatedReport: "no shell has fallen since Tuesday" reports the truce
// holding; it dates no start unless the truce is the subject of "since".
func TestPrecision17SinceInNegatedReport(t *testing.T) {
	runCases(t, []mechanismCase{
		{"no shell has fallen since Tuesday", "en", "", yemenLead + "No shell has fallen on the city since Tuesday, residents said.", "ceasefire.start_time", nil},
		{"no shell has fallen since midnight", "en", "", yemenLead + "No shell has fallen on Hodeidah since midnight, residents said.", "ceasefire.start_time", nil},
		{"arabic no shell has fallen since Tuesday", "ar", "", yemenLeadAr + "وقال سكان إنه لم تسقط أي قذيفة على المدينة منذ الثلاثاء.", "ceasefire.start_time", nil},
		{"arabic no violation recorded since midnight", "ar", "", yemenLeadAr + "ولم تسجل أي خروقات منذ منتصف الليل.", "ceasefire.start_time", nil},
		// Positive wording: the truce is the subject.
		{"no violation since the truce took effect at midnight", "en", "", yemenLead + "No violation has been recorded since the truce took effect at midnight.", "ceasefire.start_time", []string{"unresolved:00:00@outlet"}},
	})
}

// TestPrecision17RespondToCampaign: responding firmly to a media campaign is no right to respond
// to fire; responding to attacks or violations is.
func TestPrecision17RespondToCampaign(t *testing.T) {
	t.Skip("open: 'الرد على' takes any object")
	runCases(t, []mechanismCase{
		{"arabic respond firmly to the media campaign", "ar", "", gazaLeadAr + "وقالت حماس إنها سترد بحزم على الحملة الإعلامية.", "ceasefire.retained_rights", nil},
		{"arabic respond to the accusations", "ar", "", gazaLeadAr + "وقال الجيش إنه سيرد على الاتهامات في بيان لاحق.", "ceasefire.retained_rights", nil},
		{"respond firmly to the smear campaign", "en", "", gazaLead + "Hamas said it would respond firmly to the media campaign.", "ceasefire.retained_rights", nil},
		// Positive wordings: responding to attacks, to violations.
		{"arabic respond firmly to any violation", "ar", "", gazaLeadAr + "وقالت حماس إنها سترد بحزم على أي خرق.", "ceasefire.retained_rights", []string{"respond_to_violations=retained@hamas"}},
		{"arabic keeps the right to respond to any attack", "ar", "", gazaLeadAr + "ويحتفظ الجيش بحقه في الرد على أي هجوم.", "ceasefire.retained_rights", []string{"respond_to_violations=retained@outlet"}},
	})
}
