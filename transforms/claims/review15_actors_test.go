package claims

// Review of round 15 (actors, venues and provisions): probe sentences of other wars in the shapes
// that trip readers (casualty reports, other deals, denials, questions, conditions, rejected
// demands), with what a careful reader takes from them, next to the rule's positive case.

import "testing"

// The lead of a Syrian truce that places it in no city: no scope claim of its own.
const syriaUnplacedLeadAr = "اتفقت الحكومة السورية والمعارضة المسلحة على وقف لإطلاق النار يوم الخميس. "

// A dateline naming a capital ("SANAA, Oct 14 (Wire) -") before the Yemeni lead.
const sanaaDateline = "SANAA, Oct 14 (Wire) - " + yemenLead

// TestReview15WarNounIsBackground: "the war on ISIS", "الحرب على داعش" name the retained right
// only when the truce is said to cover that war or leave it out; alone they are background.
func TestReview15WarNounIsBackground(t *testing.T) {
	runCases(t, []mechanismCase{
		{"war noun left uncovered is retained", "en", "", syriaLead + "The Syrian army said the war on ISIS is not covered by the truce.", "ceasefire.retained_rights",
			[]string{"fight_terrorism=retained@syrian_army"}},
		{"arabic war noun object of a negated coverage verb", "ar", "", syriaUnplacedLeadAr + "وقال الجيش السوري إن الهدنة لا تشمل الحرب على داعش.", "ceasefire.retained_rights",
			[]string{"fight_terrorism=retained@syrian_army"}},
		{"arabic war noun excluded", "ar", "", syriaUnplacedLeadAr + "وقال الجيش السوري إن الحرب على داعش مستثناة من الهدنة.", "ceasefire.retained_rights",
			[]string{"fight_terrorism=retained@syrian_army"}},
		{"a demand to leave the war out stays hedged", "en", "", syriaLead + "The opposition demanded that the war on ISIS be excluded from the truce.", "ceasefire.retained_rights",
			[]string{"fight_terrorism=retained@syrian_armed_opposition~demanded"}},
		// Probes.
		{"probe: casualty report", "en", "", syriaLead + "The Syrian army said the war on ISIS had killed thousands of civilians since 2014.", "ceasefire.retained_rights",
			nil},
		{"probe: residents on the war's damage", "en", "", syriaLead + "Residents said the war against the Nusra Front had destroyed their village.", "ceasefire.retained_rights",
			nil},
		{"probe: a question", "en", "", syriaLead + "Is the war on ISIS covered by the truce?", "ceasefire.retained_rights",
			nil},
		{"probe: arabic casualty report", "ar", "", syriaUnplacedLeadAr + "وقال الجيش السوري إن الحرب على داعش أودت بحياة الآلاف منذ 2014.", "ceasefire.retained_rights",
			nil},
		{"probe: arabic residents on the war's damage", "ar", "", syriaUnplacedLeadAr + "وقال سكان إن الحرب ضد جبهة النصرة دمرت قريتهم.", "ceasefire.retained_rights",
			nil},
		{"probe: arabic fighting report", "ar", "", syriaUnplacedLeadAr + "وقال الجيش السوري إن القتال ضد داعش مستمر في البادية.", "ceasefire.retained_rights",
			nil},
	})
}

// TestReview15GuaranteeOfImplementation: "ضمان تنفيذ/تطبيق/احترام" guarantees the truce only when
// the sentence names it (lexicon object "agreement"), as "underwrite" does.
func TestReview15GuaranteeOfImplementation(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic pledge to guarantee the deal's implementation", "ar", "", yemenLeadAr + "وتعهدت قطر ضمان تنفيذ الاتفاق.", "ceasefire.guarantors",
			[]string{"qatar@qatar"}},
		{"offer to underwrite under a condition is a proposal", "en", "", yemenLead + "Qatar has offered to underwrite the agreement if the Houthis sign.", "ceasefire.guarantors",
			[]string{"qatar@qatar~proposed"}},
		// Probes.
		{"probe: arabic reconstruction projects", "ar", "", yemenLeadAr + "وتعهدت قطر ضمان تنفيذ مشاريع الإعمار في تعز.", "ceasefire.guarantors",
			nil},
		{"probe: arabic rule of law", "ar", "", yemenLeadAr + "وتعهدت الحكومة ضمان تطبيق القانون في المناطق المحررة.", "ceasefire.guarantors",
			nil},
		{"probe: arabic civilians' rights under a negation", "ar", "", yemenLeadAr + "وقالت الحكومة إن الحوثيين لم يلتزموا بضمان احترام حقوق المدنيين.", "ceasefire.guarantors",
			nil},
		{"probe: arabic refusal", "ar", "", yemenLeadAr + "ورفضت السعودية ضمان تنفيذ الاتفاق.", "ceasefire.guarantors",
			nil},
		{"probe: a loan underwritten", "en", "", yemenLead + "The World Bank will underwrite the reconstruction loan, officials said.", "ceasefire.guarantors",
			nil},
		{"probe: refusal to underwrite", "en", "", yemenLead + "Saudi Arabia refused to underwrite the agreement, a diplomat said.", "ceasefire.guarantors",
			nil},
		{"probe: a question", "en", "", yemenLead + "Would Qatar underwrite the agreement?", "ceasefire.guarantors",
			nil},
	})
}

// TestReview15DatelineCapital: "talks in the capital" under a dateline place the talks in the
// dateline's capital, not when the capital is another's ("the capital of Oman") or the talks are
// of another kind, asked about or refused.
func TestReview15DatelineCapital(t *testing.T) {
	runCases(t, []mechanismCase{
		{"talks in the capital under a dateline", "en", "", sanaaDateline + "The deal followed two days of talks in the capital.", "talks.venue",
			[]string{"sanaa@outlet"}},
		// Probes.
		{"probe: the capital of another state", "en", "", sanaaDateline + "Protesters marched in the capital after talks in the capital of Oman stalled.", "talks.venue",
			nil},
		{"probe: trade talks last year", "en", "", sanaaDateline + "The two sides held trade talks in the capital last year.", "talks.venue",
			nil},
		{"probe: a question", "en", "", sanaaDateline + "Will the talks in the capital resume?", "talks.venue",
			nil},
		{"probe: no dateline", "en", "", "Government officials held talks in the capital with IMF staff on a new loan.", "talks.venue",
			nil},
		{"probe: arabic trade talks in an arab capital", "ar", "", "صنعاء - " + yemenLeadAr + "وجرت محادثات تجارية في عاصمة عربية.", "talks.venue",
			nil},
	})
}

// TestReview15TalksOfAnotherKind: "مباحثات" is also the word of bilateral diplomacy; talks whose
// field is another's (trade, economic cooperation, a loan) place no talks of the truce.
func TestReview15TalksOfAnotherKind(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic mubahathat on the truce", "ar", "", yemenLeadAr + "وتتواصل في مسقط مباحثات بين الطرفين حول تثبيت الهدنة.", "talks.venue",
			[]string{"muscat@outlet"}},
		// Probes.
		{"probe: arabic bilateral talks on economic cooperation", "ar", "", yemenLeadAr + "وأجرى وزير الخارجية اليمني مباحثات في الرياض مع نظيره السعودي حول التعاون الاقتصادي.", "talks.venue",
			nil},
		{"probe: arabic talks on a loan", "ar", "", yemenLeadAr + "وعقد وفد الحكومة مباحثات مع صندوق النقد الدولي في عمان حول قرض جديد.", "talks.venue",
			nil},
		{"probe: a capital ready to host trade talks", "en", "", yemenLead + "Nairobi stands ready to host trade talks with India, an official said.", "talks.venue",
			nil},
		{"probe: talks on economic cooperation", "en", "", yemenLead + "Yemeni and Saudi officials held talks in Riyadh on economic cooperation.", "talks.venue",
			nil},
		{"probe: a host not ready", "en", "", yemenLead + "Muscat is not ready to host the next round of talks.", "talks.venue",
			nil},
	})
}

// TestReview15RejectedDemandArabic: "رفض مطالبات بانسحاب ..." is the rejecter's account that no
// withdrawal is due, in Arabic as in English.
func TestReview15RejectedDemandArabic(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic a side rejects calls for its forces to leave", "ar", "", yemenLeadAr + "ورفض الحوثيون مطالبات بانسحاب قواتهم من الحديدة.", "ceasefire.withdrawal",
			[]string{"houthis=not_required@houthis"}},
		{"arabic the other side rejects calls for a withdrawal", "ar", "", yemenLeadAr + "ورفضت الحكومة مطالبات بانسحاب الحوثيين من الحديدة.", "ceasefire.withdrawal",
			[]string{"houthis=not_required@yemeni_government"}},
		{"english rejected calls", "en", "", yemenLead + "The Houthis have rejected calls for their fighters to leave Hodeidah.", "ceasefire.withdrawal",
			[]string{"houthis=not_required@houthis"}},
		{"arabic a demand stays a demand", "ar", "", yemenLeadAr + "وطالبت الحكومة بانسحاب الحوثيين من الحديدة.", "ceasefire.withdrawal",
			[]string{"houthis=required@yemeni_government~demanded"}},
		// Probe.
		{"probe: staff asked to leave", "en", "", yemenLead + "The UN rejected calls for its staff to leave Sanaa.", "ceasefire.withdrawal",
			nil},
	})
}

// TestReview15ConfinedToProbes: the partial-scope cues ("confined to", "محصورة في", "لا تشمل
// سوى") about fighting, casualties, aid, under a denial or a condition.
func TestReview15ConfinedToProbes(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: fighting confined", "en", "", syriaLead + "Fighting was confined to the outskirts of Aleppo, residents said.", "ceasefire.scope",
			nil},
		{"probe: casualties restricted", "en", "", syriaLead + "Casualties were restricted to the old city of Homs, a medic said.", "ceasefire.scope",
			nil},
		{"probe: denial", "en", "", syriaLead + "The government denied that the truce was confined to Aleppo.", "ceasefire.scope",
			nil},
		{"probe: condition", "en", "", syriaLead + "If the truce applies only in Aleppo, the opposition will reject it.", "ceasefire.scope",
			nil},
		{"probe: a loan", "en", "", syriaLead + "The loan covers nothing but fuel imports, the ministry said.", "ceasefire.scope",
			nil},
		{"probe: arabic clashes confined", "ar", "", syriaUnplacedLeadAr + "وقال سكان إن الاشتباكات محصورة في أطراف حلب.", "ceasefire.scope",
			nil},
		{"probe: arabic denial", "ar", "", syriaUnplacedLeadAr + "ونفت الحكومة أن تكون الهدنة محصورة في حلب.", "ceasefire.scope",
			nil},
		{"probe: arabic question", "ar", "", syriaUnplacedLeadAr + "هل الهدنة محصورة في حلب؟", "ceasefire.scope",
			nil},
		{"probe: arabic aid", "ar", "", syriaUnplacedLeadAr + "وقال مسؤول إن المساعدات لا تشمل سوى الغذاء.", "ceasefire.scope",
			nil},
	})
}

// TestReview15SentenceOpeningOnThat: a sentence whose first token is the complementizer ("That
// X must withdraw ... is clear") once indexed the token before it and panicked.
func TestReview15SentenceOpeningOnThat(t *testing.T) {
	runCases(t, []mechanismCase{
		{"that-clause subject opens the sentence", "en", "", "That the Houthis must withdraw from Hodeidah under the ceasefire is now clear.", "ceasefire.withdrawal",
			[]string{"houthis=required@outlet"}},
	})
}

// TestReview15DemandThatNot: "طالب بألا" ("demanded that ... not") negates what it governs.
func TestReview15DemandThatNot(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic demand that the truce not be confined", "ar", "", syriaUnplacedLeadAr + "وطالبت المعارضة بألا تكون الهدنة محصورة في حلب.", "ceasefire.scope",
			nil},
		{"arabic demand that forces not withdraw", "ar", "", yemenLeadAr + "وطالب الحوثيون بألا تنسحب قواتهم من الحديدة.", "ceasefire.withdrawal",
			[]string{"houthis=not_required@houthis~demanded"}},
	})
}

// TestReview15StateNamingTheTalks: a state between an article and the talks noun ("the Oman
// talks") names the talks, as a city does ("the Baghdad talks"): the one before the verb brokers.
func TestReview15StateNamingTheTalks(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a state qualifying the talks is no mediator", "en", "", yemenLead + "The US mediated the Oman talks, a diplomat said.", "ceasefire.mediators",
			[]string{"united_states@sources"}},
		{"the mediator named in a relative clause", "en", "", yemenLead + "Kenya hosted the Sudan talks, which Oman mediated.", "ceasefire.mediators",
			[]string{"oman@outlet"}},
		{"the talks unqualified", "en", "", yemenLead + "Oman mediated the talks, a diplomat said.", "ceasefire.mediators",
			[]string{"oman@sources"}},
	})
}
