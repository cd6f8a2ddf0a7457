package claims

// Review of round 16 (actor sets, venue, parties and event keys): probe sentences of other wars
// in the shapes that trip readers, with what a careful reader takes from them, next to the
// rule's positive case.

import "testing"

// TestReview16CallVerbs: "press", "appeal to", "implore" call on someone only as verbs; the
// noun "press" (a press conference, told the press) and "pressed ahead" call on nobody.
func TestReview16CallVerbs(t *testing.T) {
	runCases(t, []mechanismCase{
		{"pressed the UN to monitor", "en", "", yemenLead + "The Houthis pressed the United Nations to monitor the truce.", "ceasefire.monitors",
			[]string{"un@houthis~demanded"}},
		// Probes.
		{"probe: a press conference", "en", "", yemenLead + "The Houthis told a press conference that the United Nations would monitor the truce.", "ceasefire.monitors",
			[]string{"un@houthis"}},
		{"probe: a press release", "en", "", yemenLead + "In a press release, the Houthis said the United Nations would monitor the truce.", "ceasefire.monitors",
			[]string{"un@houthis"}},
		{"probe: pressed ahead", "en", "", "The Sri Lankan army pressed ahead with its offensive, and Norway will monitor the truce, officials said.", "ceasefire.monitors",
			[]string{"norway@sources"}},
		{"probe: appeal to a court", "en", "", yemenLead + "The government said it would appeal to the court, and that the United Nations will monitor the truce.", "ceasefire.monitors",
			[]string{"un@yemeni_government"}},
		{"probe: a question", "en", "", yemenLead + "Will the Houthis press the United Nations to monitor the truce?", "ceasefire.monitors",
			nil},
	})
}

// TestReview16ConveneIn: "convene in", "ستنعقد في" place talks, not a parliament, a court, a
// summit on trade, a council session.
func TestReview16ConveneIn(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: a security council session", "en", "", yemenLead + "The Security Council will convene in New York on Friday to discuss the famine.", "talks.venue",
			nil},
		{"probe: a court convenes", "en", "", "The tribunal on Bosnia convened in The Hague on Monday to hear the case against the general.", "talks.venue",
			nil},
		{"probe: a parliament convenes in Aden", "en", "", yemenLead + "Parliament convened in Aden on Monday to approve the budget.", "talks.venue",
			nil},
		{"probe: arabic parliament session", "ar", "", yemenLeadAr + "وتنعقد جلسة البرلمان في عدن يوم السبت لإقرار الموازنة.", "talks.venue",
			nil},
		{"probe: arabic arab summit", "ar", "", yemenLeadAr + "وتنعقد القمة الاقتصادية في الرياض الشهر المقبل لبحث التجارة.", "talks.venue",
			nil},
		{"probe: arabic the court convenes", "ar", "", "ستنعقد المحكمة الخاصة بدارفور في لاهاي يوم الاثنين للنظر في القضية.", "talks.venue",
			nil},
		{"probe: arabic will not convene", "ar", "", yemenLeadAr + "وقالت الوزارة إن اللجنة المشتركة لن تنعقد في مسقط.", "talks.venue",
			nil},
		{"probe: a question", "en", "", yemenLead + "Will the joint commission convene in Muscat?", "talks.venue",
			nil},
		{"probe: an election commission convenes", "en", "", "Sri Lanka's election commission will convene in Colombo on Monday to set the poll date.", "talks.venue",
			nil},
		{"a joint commission convenes, no truce noun", "en", "", yemenLead + "The joint committee will convene in Muscat on Sunday, the ministry said.", "talks.venue",
			[]string{"muscat@outlet"}},
		{"a truce noun beside the verb", "en", "", yemenLead + "The ministry said the ceasefire covers only Hodeidah, and that the two sides would convene in Muscat on May 20.", "talks.venue",
			[]string{"muscat@outlet"}},
		{"probe: talks date of a parliament", "en", "", yemenLead + "Parliament will convene in Aden on Monday to approve the budget.", "talks.date",
			nil},
		{"probe: arabic talks date of a summit", "ar", "", yemenLeadAr + "وتنعقد القمة الاقتصادية في الرياض يوم الاثنين لبحث التجارة.", "talks.date",
			nil},
	})
}

// TestReview16CapitalAfterTalksNoun: "محادثات <capital>" places the talks only when the capital
// is not a side talking ("محادثات واشنطن مع طالبان").
func TestReview16CapitalAfterTalksNoun(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: a capital's talks with a group", "ar", "", "وانتقد المتحدث محادثات واشنطن مع حركة طالبان بشأن الانسحاب.", "talks.venue",
			nil},
		{"probe: a capital's talks with a state", "ar", "", "قالت الوزارة إن محادثات الرياض مع طهران لم تتطرق إلى الهدنة في اليمن.", "talks.venue",
			nil},
		{"a capital's talks alone place them", "ar", "", yemenLeadAr + "وقال مسؤول إن تبادل الأسرى سيتم بعد محادثات مسقط.", "talks.venue",
			[]string{"muscat@sources"}},
		{"probe: arabic a loan talks of a capital", "ar", "", "وقال الوزير إن محادثات القاهرة مع صندوق النقد الدولي بشأن القرض متعثرة.", "talks.venue",
			nil},
	})
}

// TestReview16Hosting: a word only of sponsoring ("hosting") with no truce or talks noun
// sponsors talks only when talks are what it hosts.
func TestReview16Hosting(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: hosting refugees", "en", "", syriaLead + "Turkey is hosting more than three million refugees, an official said.", "talks.sponsors",
			nil},
		{"probe: hosted the president", "en", "", yemenLead + "Oman hosted the Yemeni president on Monday, state media said.", "talks.sponsors",
			nil},
		{"probe: arabic hosting refugees", "ar", "", yemenLeadAr + "وتستضيف سلطنة عمان آلاف اللاجئين اليمنيين، بحسب مسؤول.", "talks.sponsors",
			nil},
		{"probe: will host a tournament", "en", "", yemenLead + "Qatar will host the Gulf Cup in December, an official said.", "talks.sponsors",
			nil},
		{"probe: hosted the displaced", "en", "", yemenLead + "Oman, which has hosted thousands of displaced Yemenis, said it would monitor the truce.", "talks.sponsors",
			nil},
	})
}

// TestReview16MeetingQualified: a sponsorship cue right after a meeting noun sponsors talks
// only of a meeting on the truce.
func TestReview16MeetingQualified(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: video call on trade", "en", "", yemenLead + "A video call hosted by Oman discussed trade and fishing rights, officials said.", "talks.sponsors",
			nil},
		{"probe: denial", "en", "", yemenLead + "The meeting was not hosted by Oman, a diplomat said.", "talks.sponsors",
			nil},
		{"probe: a question", "en", "", yemenLead + "Was the video call hosted by Oman?", "talks.sponsors",
			nil},
		{"probe: arabic a meeting on a loan", "ar", "", yemenLeadAr + "وبحث اجتماع برعاية البنك الدولي القروض المقدمة لليمن.", "talks.sponsors",
			nil},
		{"probe: arabic a video call on the economy", "ar", "", yemenLeadAr + "وبحث اتصال مرئي جرى برعاية عمانية الأوضاع الاقتصادية.", "talks.sponsors",
			nil},
		{"probe: a meeting sponsored last year on another deal", "en", "", yemenLead + "A meeting sponsored by Kuwait in 2016 on a prisoner swap collapsed, a diplomat recalled.", "talks.sponsors",
			nil},
	})
}

// TestReview16OnlyTimeLeads: "once", "until" as time leads.
func TestReview16OnlyTimeLeads(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: only before the list, until after it", "en", "", yemenLead + "Only Oman will monitor the truce until the elections, the Houthis said.", "ceasefire.monitors",
			[]string{"only:oman@houthis"}},
		{"probe: only until", "en", "", yemenLead + "Oman will monitor the truce only until the elections, the Houthis said.", "ceasefire.monitors",
			[]string{"oman@houthis"}},
	})
}

// TestReview16PartiesOneLevel: a state body facing a state speaks for its state.
func TestReview16PartiesOneLevel(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: a mediator's ministry on the truce with a state", "en", "", "The Russian foreign ministry said the ceasefire with Azerbaijan was holding, Armenian officials said.", "ceasefire.parties",
			nil},
		{"probe: the army denies a truce with a state", "en", "", "The Armenian army denied any ceasefire with Azerbaijan.", "ceasefire.parties",
			nil},
		{"probe: a trade deal with a state", "en", "", "The Armenian government said the trade agreement with Iran would be signed soon.", "ceasefire.parties",
			nil},
	})
}

// TestReview16SideOrRole: a name after "the ceasefire with" is a side, unless the set cue right
// after it is its role ("the ceasefire with Oman's mediation").
func TestReview16SideOrRole(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a mediation qualified by the name after with", "en", "", yemenLead + "The ceasefire with Oman's mediation took effect in Hodeidah on Tuesday, the Houthis said.", "ceasefire.mediators",
			[]string{"oman@houthis"}},
		{"probe: the side after with is no mediator", "en", "", yemenLead + "The ceasefire with the Houthis was mediated by Oman, a diplomat said.", "ceasefire.mediators",
			[]string{"oman@sources"}},
		{"probe: sides after between, then a guarantor", "en", "", "The ceasefire between Armenia and Azerbaijan, guaranteed by Russia, was violated overnight, Armenian officials said.", "ceasefire.guarantors",
			[]string{"russia@armenia"}},
	})
}

// TestReview16JihadistSide: a jihadist group is a side only right after "the ceasefire
// between", not after "any ceasefire between" nor where a coverage cue names it after the sides.
func TestReview16JihadistSide(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a truce between two jihadist groups", "en", "", "The ceasefire between the Nusra Front and ISIS collapsed after a week, officials said.", "ceasefire.parties",
			[]string{"isis,jabhat_fatah_al_sham@sources"}},
		// Probes.
		{"probe: excluded after the sides", "en", "", "The ceasefire between the Syrian army and the rebels excludes the Nusra Front and ISIS, the army said.", "ceasefire.parties",
			[]string{"syrian_armed_opposition,syrian_army@syrian_army"}},
		{"probe: any ceasefire rejected", "en", "", "The army rejected any ceasefire between Damascus and the Nusra Front.", "ceasefire.parties",
			nil},
		{"probe: arabic any truce rejected", "ar", "", "ورفض الجيش أي هدنة بين دمشق وجبهة النصرة.", "ceasefire.parties",
			nil},
		{"probe: a question", "en", "", "Will there be a ceasefire between the Syrian army and the Nusra Front?", "ceasefire.parties",
			nil},
		{"probe: a denial", "en", "", "The army denied reports of a ceasefire between its forces and the Nusra Front.", "ceasefire.parties",
			nil},
		{"probe: arabic not covered", "ar", "", "وقال الجيش إن وقف إطلاق النار بين الجيش السوري والفصائل لا يشمل جبهة النصرة.", "ceasefire.parties",
			nil},
	})
}

// TestReview16EventKeyOfCoveredActors: an actor a truce covers in its own country is an ally
// abroad only beside allies or places of another country; alone, its home may be the war's
// ground. The sides after "between" are two: a third name joined by "and" is another's.
func TestReview16EventKeyOfCoveredActors(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct{ name, text, want string }{
		{"allies on two fronts are not the theatre (ar)",
			"قال مسؤول إن الهدنة بين إيران وإسرائيل تشمل حزب الله في لبنان وأنصار الله في اليمن.", "iran"},
		// Probes.
		{"probe: a side of the war covered in its own country",
			"The truce covers Hezbollah in Lebanon, the Israeli army said on Monday.", "lebanon"},
		{"probe: arabic a side of the war covered in its own country",
			"الهدنة تشمل حزب الله في لبنان، بحسب الجيش الإسرائيلي.", "lebanon"},
		{"probe: a group excluded in its own country",
			"The truce excludes al-Qaeda in Yemen, the Yemeni army said on Monday.", "yemen"},
		{"probe: a mediator after the two sides",
			"A ceasefire between Sudan and South Sudan and Ethiopia's mediation took effect on Monday.", "south_sudan"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := analyzeOne(t, x, tc.text)[0].Event; got != tc.want {
				t.Errorf("%s\nevent %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
