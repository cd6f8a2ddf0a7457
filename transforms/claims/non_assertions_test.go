package claims

// Sentences that assert nothing or mark background: hopes, questions, conditionals, negated talks, pluperfect events.

import "testing"

// TestConditionalsAssertNothing: conditional clauses assert no provision; a future verb opens the main clause.
func TestConditionalsAssertNothing(t *testing.T) {
	runCases(t, []mechanismCase{
		{"if clause after the main clause", "en", "", yemenLead + "The deal could collapse if the Houthis do not withdraw, analysts warned.", "ceasefire.withdrawal",
			nil},
		{"arabic if clause", "ar", "", yemenLeadAr + "وقد ينهار الاتفاق إذا لم ينسحب الحوثيون.", "ceasefire.withdrawal",
			nil},
		{"the main clause still counts", "ar", "", yemenLeadAr + "إذا صمدت الهدنة، ينسحب الحوثيون من ميناء الحديدة.", "ceasefire.withdrawal",
			[]string{"houthis=required@outlet"}},
		{"a conditional with a clitic", "ar", "", yemenLeadAr + "وقد ينهار الاتفاق وإذا لم ينسحب الحوثيون من الميناء.", "ceasefire.withdrawal",
			nil},
		{"a future verb opens the main clause", "ar", "", yemenLeadAr + "وفي حال نجاحها ستشكل الخطة أساساً لمحادثات سلام تستضيفها مسقط.", "talks.venue",
			[]string{"muscat@outlet"}},
	})
}

// TestQuestionsAndBackgroundRelativeClauses: questions assert nothing; a relative clause about earlier truces does not make the sentence background.
func TestQuestionsAndBackgroundRelativeClauses(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a relative clause about earlier truces does not make the sentence background", "en", "", yemenLead + "Yahya Sharaf al-Din, who led the Houthi delegation in Stockholm and has negotiated three previous truces, said the truce excludes al-Qaeda.", "ceasefire.exclusions",
			[]string{"aqap=excluded@yahya_sharaf_al_din"}},
		{"a background sentence still is", "en", "", yemenLead + "Earlier this year, a 30-day truce in Taiz collapsed after two weeks.", "ceasefire.duration",
			nil},
		{"a question asserts nothing", "en", "", yemenLead + `Asked whether al-Qaeda was covered, Sharaf al-Din said: "No. The truce excludes them."`, "ceasefire.exclusions",
			nil},
		{"arabic question asserts nothing", "ar", "", yemenLeadAr + "وسئل المتحدث عما إذا كان الاتفاق يشمل تنظيم القاعدة.", "ceasefire.exclusions",
			nil},
	})
}

// TestAspirationsAreNoClaims: a hope or a step towards a truce asserts nothing.
func TestAspirationsAreNoClaims(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a hope is not a claim", "ar", "", "وأكد الوزير أن بلاده تأمل في التوصل إلى وقف إطلاق نار شامل في سوريا.", "ceasefire.status", nil},
		{"a step towards a nationwide truce", "en", "", `The UN envoy called the Hodeidah truce "a first step towards a nationwide ceasefire".`, "ceasefire.scope",
			nil},
	})
}

// TestNotTheTalks: negated talks, a capital's meetings and a talks noun inside a name give no venue.
func TestNotTheTalks(t *testing.T) {
	runCases(t, []mechanismCase{
		{"negated talks name no venue", "ar", "", "هذه المحادثات لن تكون منافسة لمحادثات جنيف.", "talks.venue", nil},
		{"a capital's meetings are not the talks", "ar", "", "وقالت مصادر إن اجتماعات تدور في العاصمة التركية أنقرة.", "talks.venue", nil},
		{"talks noun inside a name", "ar", "", "رحب رئيس الهيئة العليا للمفاوضات بوقف إطلاق النار في سوريا.", "talks.venue", nil},
	})
}

// TestPluperfectAndEarlierAgreements: a pluperfect report is a claim, a pluperfect event and an agreement at that time are background.
func TestPluperfectAndEarlierAgreements(t *testing.T) {
	runCases(t, []mechanismCase{
		{"pluperfect report is a claim", "ar", "", "وكانت مصادر قد قالت إن الهدنة في سوريا تستثني تنظيم داعش.", "ceasefire.exclusions", []string{"isis=excluded@sources"}},
		{"pluperfect event is background", "ar", "", "وكان اتفاق سابق قد استثنى تنظيم داعش من وقف إطلاق النار في سوريا.", "ceasefire.exclusions", nil},
		{"arabic at that time marks an earlier agreement", "ar", "", yemenLeadAr + "ويذكّر هذا المشهد بعام 2018، حين نص اتفاق ستوكهولم الذي رعاه المبعوث الأممي آنذاك على انسحاب الحوثيين من الموانئ.", "ceasefire.withdrawal",
			nil},
	})
}
