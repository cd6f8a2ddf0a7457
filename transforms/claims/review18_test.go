package claims

// Review of round 18's rules (jenin and elfasher: the Jenin camp and a truce around El Fasher)
// on other wars' coverage: sentences from Gaza, Sudan, Yemen, Ukraine, Libya, Iraq and Colombia
// where a new cue occurs and the claim does not hold (an evacuation or a workshop facilitated,
// force against protesters, a negated entry into force, a ceasefire "for the sake of" someone, a
// death toll "in one day", an ambassador or a bill withdrawn, what else a government signed),
// with the readings the rules must keep.

import "testing"

const (
	sudanLead18   = "The Sudanese army and the RSF agreed to a humanitarian truce on Monday after weeks of fighting, mediators said. "
	sudanLead18Ar = "اتفق الجيش السوداني وقوات الدعم السريع على هدنة إنسانية يوم الاثنين بعد أسابيع من القتال، بحسب الوسطاء. "
	yemenLead18   = "The Houthis and the Yemeni government agreed to a ceasefire in Hodeidah on Tuesday. "
	yemenLead18Ar = "اتفق الحوثيون والحكومة اليمنية على وقف لإطلاق النار في الحديدة يوم الثلاثاء. "
	callsLead18   = "Fighting raged on Monday despite international calls for a ceasefire. "
	gazaLead18Ar  = "اتفقت إسرائيل وحركة حماس على وقف لإطلاق النار في غزة يوم الأحد بعد خمسة عشر شهراً من الحرب، بحسب الوسطاء في الدوحة. "
	callsLead18Ar = "تواصلت المعارك يوم الاثنين رغم الدعوات الدولية إلى وقف إطلاق النار. "
)

// TestReview18FacilitationNeedsTheTruce: "facilitators" and "يسّرتها" (lexicon object
// "named_truce") name a mediator only in a sentence naming the truce or the deal: evacuations and
// workshops are facilitated too.
func TestReview18FacilitationNeedsTheTruce(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: workshop facilitators", "en", "", sudanLead18 + "Norwegian facilitators ran a workshop for Colombian community leaders on land rights.", "ceasefire.mediators", nil},
		{"probe: an evacuation the ICRC facilitated", "ar", "", sudanLead18Ar + "وتمكن الجرحى من المغادرة عبر عملية إجلاء يسرتها اللجنة الدولية للصليب الأحمر.", "ceasefire.mediators", nil},
		{"the truce a state facilitated", "ar", "", yemenLead18Ar + "والتزم الطرفان بالهدنة التي يسرتها سلطنة عمان.", "ceasefire.mediators", []string{"oman@outlet"}},
	})
}

// TestReview18ForceAgainstWhat: "الرد بالقوة" (lexicon object "breach_after") is the right to
// respond only against breaches or with the truce named after it, not against protesters.
func TestReview18ForceAgainstWhat(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: force against protesters", "ar", "", sudanLead18Ar + "وهدد وزير الداخلية بالرد بالقوة على المتظاهرين في بورتسودان.", "ceasefire.retained_rights", nil},
		{"force against breaches", "ar", "", sudanLead18Ar + "وقال الجيش إنه يحتفظ بحق الرد بالقوة على الخروقات.", "ceasefire.retained_rights", []string{"respond_to_violations=retained@sudanese_armed_forces"}},
	})
}

// TestReview18NegatedVerbBeforeTheTruce: "حيز التنفيذ منذ", "سارية منذ" after the truce as the
// subject of a negated verb ("ولم يدخل الاتفاق حيز التنفيذ منذ"): the negation reaches the cue
// (negatedBeforeTruceSubject).
func TestReview18NegatedVerbBeforeTheTruce(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: has not entered into force since", "ar", "", callsLead18Ar + "ولم يدخل اتفاق وقف إطلاق النار حيز التنفيذ منذ توقيعه قبل شهرين.", "ceasefire.status", nil},
		{"probe: the truce was not in force since", "ar", "", callsLead18Ar + "ولم تكن الهدنة سارية منذ الأحد، بحسب السكان.", "ceasefire.status", nil},
		{"entered into force since midnight", "ar", "", callsLead18Ar + "ودخل اتفاق وقف إطلاق النار حيز التنفيذ منذ منتصف ليل الجمعة.", "ceasefire.status", []string{"in_force@outlet"}},
	})
}

// TestReview18ForAndAroundPlaceOnlyNames: after "for" and "around" the place is a name within a
// few words, with no locative of its own between: "for the sake of" (a town's name in lower case)
// and "for aid workers in Khartoum" place no truce.
func TestReview18ForAndAroundPlaceOnlyNames(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: a ceasefire for the sake of civilians", "en", "", callsLead18 + "Aid groups demanded a ceasefire for the sake of civilians in Gaza.", "ceasefire.scope", nil},
		{"probe: a ceasefire for aid workers in a city", "en", "", callsLead18 + "The UN proposed a ceasefire for aid workers in Khartoum.", "ceasefire.scope", nil},
		{"a truce around a besieged city", "en", "", callsLead18 + "The UN envoy proposed a truce around the besieged city of El Fasher.", "ceasefire.scope", []string{"partial@un_envoy~proposed"}},
	})
}

// TestReview18OneDayAfterALocative: a unit counted by one after a locative ("في يوم واحد") is
// when something happened, no span of the truce.
func TestReview18OneDayAfterALocative(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: killed in one day", "ar", "", sudanLead18Ar + "وقتل أكثر من مئة شخص في يوم واحد خلال الهدنة.", "ceasefire.duration", nil},
		{"the truce lasts one week", "ar", "", sudanLead18Ar + "وقال الوسطاء إن الهدنة تستمر أسبوعاً واحداً قابلاً للتجديد.", "ceasefire.duration", []string{"7@outlet"}},
	})
}

// TestReview18WithdrawnThingsThatAreNoForce: the imperfect of transitive "سحب" withdraws what
// follows it: an ambassador, recognition or a bill is no force (withdrawnNotForce).
func TestReview18WithdrawnThingsThatAreNoForce(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: an ambassador withdrawn", "ar", "", sudanLead18Ar + "وقالت الحكومة إنها ستسحب سفيرها من نيروبي احتجاجاً.", "ceasefire.withdrawal", nil},
		{"probe: recognition withdrawn", "ar", "", yemenLead18Ar + "وقال الحوثيون إنهم سيسحبون اعترافهم بالمبعوث.", "ceasefire.withdrawal", nil},
		{"probe: a bill withdrawn", "ar", "", callsLead18Ar + "وقالت الحكومة الليبية إنها ستسحب مشروع القانون من البرلمان.", "ceasefire.withdrawal", nil},
		{"its forces withdrawn", "ar", "", sudanLead18Ar + "وقال الجيش إنه سيسحب قواته من محيط المدينة خلال يومين.", "ceasefire.withdrawal", []string{"sudanese_armed_forces=required@sudanese_armed_forces"}},
	})
}

// TestReview18FreeRelativeNamedAfter: "بما وقّعت عليه" stands for the truce only when nothing
// after it names what was signed or agreed ("من اتفاقيات دولية", "بشأن تبادل الأسرى").
func TestReview18FreeRelativeNamedAfter(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: what else a government signed", "ar", "", callsLead18Ar + "وقال الرئيس إن الحكومة ستلتزم بما وقعت عليه من اتفاقيات دولية لحقوق الإنسان.", "ceasefire.status", nil},
		{"probe: what was agreed about prisoners", "ar", "", yemenLead18Ar + "وأكد المتحدث أن الجماعة ملتزمة بما اتفق عليه بشأن تبادل الأسرى.", "ceasefire.status", []string{"agreed@outlet"}},
		{"what it signed in a city", "ar", "", callsLead18Ar + "وأكد الجيش أنه سيلتزم بما وقع عليه في جدة.", "ceasefire.status", []string{"agreed@outlet"}},
	})
}

// TestReview18HedgeStopsAtARelativeClause: a hedge ("تهدد", threatens) is of its own verb; a
// relative clause on its object ("الهدنة التي دخلت حيز التنفيذ يوم الاثنين") asserts what it says.
func TestReview18HedgeStopsAtARelativeClause(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: violations threaten the truce that took effect", "ar", "", callsLead18Ar + "وقال الوسطاء إن الخروقات تهدد الهدنة التي دخلت حيز التنفيذ يوم الاثنين.", "ceasefire.status", []string{"in_force@outlet"}},
		{"a threatened collapse stays hedged", "ar", "", callsLead18Ar + "وقال الوسطاء إن الخروقات تهدد بانهيار الهدنة.", "ceasefire.status", nil},
	})
}

// TestReview18BlockedAidIsNoTerm: the entry of medical supplies right after a blocking word
// ("ومنعت القوات إدخال المواد الطبية") is a blockade seen, no term (blockedBefore).
func TestReview18BlockedAidIsNoTerm(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: troops blocked medical supplies", "ar", "", gazaLead18Ar + "ومنعت القوات الإسرائيلية إدخال المواد الطبية إلى مستشفى كمال عدوان.", "ceasefire.humanitarian", nil},
		{"probe: troops blocked aid convoys", "en", "", sudanLead18 + "Witnesses said RSF fighters blocked aid convoys heading to Tawila on Tuesday.", "ceasefire.humanitarian", nil},
		{"the deal lets medical supplies in", "ar", "", gazaLead18Ar + "وينص الاتفاق على إدخال المواد الطبية إلى شمال غزة.", "ceasefire.humanitarian", []string{"aid_access=included@outlet"}},
	})
}

// TestReview18PartyToAnotherAgreement: "طرف في اتفاق ... بشأن X" is a party to another
// agreement; "طرف في الاتفاق حول الفاشر" places the truce. (The lead's sides come first.)
func TestReview18PartyToAnotherAgreement(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: a party to the dam agreement", "ar", "", sudanLead18Ar + "وأكدت إثيوبيا أنها طرف في اتفاق المبادئ بشأن سد النهضة.", "ceasefire.parties", []string{"rapid_support_forces,sudanese_armed_forces@outlet"}},
		{"a party to the agreement around a city", "ar", "", sudanLead18Ar + "وأكدت القوة المشتركة أنها طرف في الاتفاق حول الفاشر.", "ceasefire.parties", []string{"rapid_support_forces,sudanese_armed_forces@outlet", "joint_force@joint_force"}},
	})
}

// TestReview18StatesSignOnlyTheTruce: a state's army and government after "signed by" are
// signers only in a sentence naming the truce or the deal: a budget is signed too.
func TestReview18StatesSignOnlyTheTruce(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: a budget signed by the government and the army", "en", "", sudanLead18 + "The budget was signed by the government and the army in Port Sudan.", "ceasefire.signatory_groups", nil},
		{"the truce signed by the government and the army", "en", "", sudanLead18 + "The truce was signed by the government and the army in Port Sudan.", "ceasefire.signatory_groups", []string{"sudanese_armed_forces,sudanese_government@outlet"}},
	})
}

// TestReview18CloseToWhichDeal: "close to a deal", "nearing an agreement", "تقترب من اتفاق" (lexicon
// object "truce_after") propose the truce only with it named within five tokens after: talks
// near a trade or loan deal are no truce.
func TestReview18CloseToWhichDeal(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: close to a deal on tariffs", "en", "", callsLead18 + "Washington and Beijing are close to a deal on tariffs, officials said.", "ceasefire.status", nil},
		{"probe: nearing a deal with the IMF", "ar", "", callsLead18Ar + "وقال مسؤول إن الحكومة تقترب من اتفاق مع صندوق النقد الدولي.", "ceasefire.status", nil},
		{"close to a deal on a ceasefire", "en", "", callsLead18 + "Negotiators in Doha are close to a deal on a Gaza ceasefire, officials said.", "ceasefire.status", []string{"proposed@sources"}},
		{"nearing an agreement on a truce", "ar", "", callsLead18Ar + "وقال مسؤول قطري إن الطرفين يقتربان من التوصل إلى اتفاق لوقف إطلاق النار.", "ceasefire.status", []string{"proposed@qatar"}},
	})
}

// TestReview18SignedWhat: a signing verb asserts the truce only when what was signed is it: an
// exception after a negated signing with another object ("لم يوقع على العريضة سوى") names who
// signed a petition; an objectless "have signed" needs a name or a signer noun ("fronts",
// "groups") as its subject, not "300 doctors" or "four banks".
func TestReview18SignedWhat(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: a petition only ten MPs signed", "ar", "", callsLead18Ar + "ولم يوقع على العريضة سوى عشرة نواب.", "ceasefire.status", nil},
		{"only two factions signed the deal", "ar", "", callsLead18Ar + "ولم يوقع على الاتفاق سوى فصيلين.", "ceasefire.status", []string{"agreed@outlet"}},
		{"probe: doctors have signed", "en", "", sudanLead18 + "More than 300 doctors have signed, the union said.", "ceasefire.status", []string{"agreed@sources"}},
		{"probe: banks have all signed", "en", "", sudanLead18 + "The four banks have all signed, the finance ministry said.", "ceasefire.status", []string{"agreed@sources"}},
		{"four groups have signed", "en", "", sudanLead18 + "Four armed groups have signed, the African Union said.", "ceasefire.status", []string{"agreed@african_union", "agreed@african_union"}},
	})
}
