package claims

import "testing"

// TestBreachReferralModalAndQuote: a breach referral read through a modal ("Violations are to go
// to a joint committee", agadez ag_027: lexicon cues "violations are to/will/must/shall go to")
// and through a quotation opening between the breach word and the referral verb («وأن الخروقات
// «تُرفع إلى اللجنة المشتركة، ولا ردّ منفرداً عليها»», agadez ag_031): the body breaches go to
// watches the truce. The referral construction (monitors_breach_referral.go) was missed at blind
// time in ten frozen dumps (agadez, ainhilweh, cabinda, chad, gorongosa, kadugli, kufra, marib,
// mitiga, zamfara); these two forms are agadez's. Near misses: complaints going to a mediator
// (gorongosa gr_027, a gold trap), a breach word with no referral, a quoted referral of patients.
func TestBreachReferralModalAndQuote(t *testing.T) {
	const lead = "Niger's government and the FLAA agreed a ceasefire in the Agadez region on Thursday. "
	const leadAr = "توصلت حكومة النيجر وجبهة تحرير آير وأزواغ إلى اتفاق لوقف إطلاق النار في أغاديز. "
	const pub = "2039-03-24T10:00:00+01:00"
	runCases(t, []mechanismCase{
		{"Violations are to go to a joint committee (ag_027)", "en", pub,
			lead + "What happens next? Violations are to go to the joint committee, which is expected to sit in Agadez.", "ceasefire.monitors",
			[]string{"agadez_jmc@outlet"}},
		{"breaches will go to (Niger)", "en", pub,
			lead + "The FLAA said breaches will go to the joint committee.", "ceasefire.monitors",
			[]string{"agadez_jmc@flaa"}},
		{"الخروقات «تُرفع إلى اللجنة المشتركة» (ag_031)", "ar", pub,
			leadAr + "وقال رئيس الجبهة إن الخروقات «تُرفع إلى اللجنة المشتركة، ولا ردّ منفرداً عليها».", "ceasefire.monitors",
			[]string{"agadez_jmc@flaa"}},
		// Near misses.
		{"complaints would go to a mediator (gr_027)", "en", pub,
			lead + "It added that its complaints would go to the joint committee, not to the army.", "ceasefire.monitors", nil},
		{"violations with no referral", "en", pub,
			lead + "Violations are to be expected in the first days, the joint committee's critics said.", "ceasefire.monitors", nil},
		{"«يُحالون إلى المستشفى»: patients", "ar", pub,
			leadAr + "وقال الطبيب إن الجرحى «يحالون إلى المستشفى» في أغاديز.", "ceasefire.monitors", nil},
	})
}
