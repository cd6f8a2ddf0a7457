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
