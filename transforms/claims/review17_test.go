package claims

// Review of round 17's rules (basra and tabbaneh: tribal and local truces in Iraq and Lebanon)
// on other wars' coverage: sentences from Gaza, Sudan, Ukraine and Yemen where a new cue occurs
// and the claim does not hold (a casualty report, a loan, policing, human rights, a day or a
// length after a limit predicate, an evacuation order), with the readings the rules must keep.

import "testing"

const (
	gazaLead17         = "Israel and Hamas agreed to a ceasefire in Gaza on Sunday after fifteen months of war, mediators in Doha said. "
	gazaLead17Ar       = "اتفقت إسرائيل وحركة حماس على وقف لإطلاق النار في غزة يوم الأحد بعد خمسة عشر شهراً من الحرب، بحسب الوسطاء في الدوحة. "
	noPlaceLead17      = "The Sudanese army and the RSF agreed to a humanitarian truce on Monday after weeks of fighting, mediators said. "
	noPlaceLead17Ar    = "اتفق الجيش السوداني وقوات الدعم السريع على هدنة إنسانية يوم الاثنين بعد أسابيع من القتال، بحسب الوسطاء. "
	sudanLead17        = "The Sudanese army and the RSF agreed to a humanitarian truce in El Obeid on Monday after weeks of fighting, mediators said. "
	sudanLead17Ar      = "اتفق الجيش السوداني وقوات الدعم السريع على هدنة إنسانية في الأبيض يوم الاثنين بعد أسابيع من القتال، بحسب الوسطاء. "
	ukraineLead17      = "Russia and Ukraine agreed to a ceasefire along the front line on Monday after talks in Istanbul, officials said. "
	ukraineShortLead17 = "Russia and Ukraine agreed to a ceasefire on Monday. "
)

// TestReview17ThingsNeedAProvision: a thing every war report names (ambulances, food supplies, water tankers, a body,
// someone kidnapped) is a term only in a provision's frame: the sentence names the truce or the
// deal, or a release, handover or entry word stands right before it after the agreement named in
// the sentence before (lexicon object "bare" or "carrier"; thingInProvision).
func TestReview17ThingsNeedAProvision(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: ambulances in a casualty report", "en", "", gazaLead17 + "Ambulances rushed the wounded to Nasser hospital after the strike.", "ceasefire.humanitarian", nil},
		{"probe: a strike hit ambulances", "en", "", gazaLead17 + "An Israeli strike hit two ambulances near the hospital, medics said.", "ceasefire.humanitarian", nil},
		{"probe: ambulances carried the wounded, arabic", "ar", "", gazaLead17Ar + "ونقلت سيارات الإسعاف الجرحى إلى مستشفى ناصر.", "ceasefire.humanitarian", nil},
		{"probe: food prices", "ar", "", sudanLead17Ar + "وارتفعت أسعار المواد الغذائية في الأبيض بشكل كبير.", "ceasefire.humanitarian", nil},
		{"probe: food supplies running out", "en", "", sudanLead17 + "Food supplies are running out in El Obeid, residents said.", "ceasefire.humanitarian", nil},
		{"probe: queues for water tankers", "en", "", yemenLead + "Residents queue for water tankers as the city's pipes lie broken.", "ceasefire.humanitarian", nil},
		{"the truce lets ambulances in", "en", "", gazaLead17 + "The truce allows ambulances to enter northern Gaza.", "ceasefire.humanitarian", []string{"aid_access=included@outlet"}},
		{"the truce lets water tankers and food in, arabic", "ar", "", sudanLead17Ar + "وتسمح الهدنة بدخول صهاريج المياه والمواد الغذائية إلى الأبيض.", "ceasefire.humanitarian", []string{"aid_access=included@outlet"}},
		{"probe: a body found", "ar", "", sudanLead17Ar + "وعثر السكان على جثة رجل في حي الرديف.", "ceasefire.exchange", nil},
		{"probe: a journalist's body recovered", "ar", "", gazaLead17Ar + "وانتشل الدفاع المدني جثمان الصحفي من تحت الأنقاض.", "ceasefire.exchange", nil},
		{"probe: people kidnapped by gangs", "en", "", sudanLead17 + "Dozens of people kidnapped by gangs in Darfur are still missing.", "ceasefire.exchange", nil},
		{"a handover of two bodies after the agreement", "ar", "", sudanLead17Ar + "وجرى أمس تسليم جثتي مقاتلين إلى ذويهما عبر الصليب الأحمر.", "ceasefire.exchange", []string{"bodies=included@outlet"}},
		{"a kidnapped man to be freed after the agreement", "ar", "", sudanLead17Ar + "ومن المتوقع أن يفرج خلال ساعات عن مخطوف رابع.", "ceasefire.exchange", []string{"hostages=included@outlet~expected"}},
		{"everyone kidnapped under the accord", "en", "", sudanLead17 + "Under the accord, everyone kidnapped during the fighting is to be freed.", "ceasefire.exchange", []string{"hostages=included@outlet"}},
	})
}

// TestReview17PolicingIsNoRetainedRight: 'بيد من حديد' and 'كل من يخرق' are policing words too: they name the
// right to respond only with the truce within five tokens after them (lexicon object "truce_after").
func TestReview17PolicingIsNoRetainedRight(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: an iron fist against drug dealers", "ar", "", sudanLead17Ar + "وأكد وزير الداخلية أن الشرطة ستضرب بيد من حديد تجار المخدرات.", "ceasefire.retained_rights", nil},
		{"probe: whoever breaks the law", "ar", "", gazaLead17Ar + "وقالت الشرطة إن كل من يخرق القانون سيحاسب.", "ceasefire.retained_rights", nil},
		{"an iron fist against whoever breaks the truce", "ar", "", sudanLead17Ar + "وقال الجيش إن قواته ستضرب بيد من حديد كل من يخرق الهدنة.", "ceasefire.retained_rights", []string{"respond_to_violations=retained@sudanese_armed_forces"}},
	})
}

// TestReview17GuaranteeWordsOfOtherDeals: a loan or a bail is guaranteed too: the pronoun verbs (ضمنته, كفلها),
// كفالة and 'stood surety for' name a guarantor only in a sentence naming the truce (lexicon
// object "named_truce"); after the deal as subject of يضمن, a force is what the deal gives, not
// a guarantor (forceGuarantees).
func TestReview17GuaranteeWordsOfOtherDeals(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: a loan a state guaranteed", "ar", "", yemenLeadAr + "وحصلت الحكومة على قرض ضمنته السعودية لدعم العملة.", "ceasefire.guarantors", nil},
		{"probe: released on bail", "ar", "", gazaLead17Ar + "وأفرجت الشرطة الإسرائيلية عن الناشط بكفالة.", "ceasefire.guarantors", nil},
		{"probe: stood surety for a loan", "en", "", sudanLead17 + "Saudi Arabia stood surety for a loan to the central bank.", "ceasefire.guarantors", nil},
		{"probe: the deal guarantees the army freedom of movement", "ar", "", sudanLead17Ar + "وقال الوسطاء إن الاتفاق يضمن الجيش السوداني حرية الحركة.", "ceasefire.guarantors", nil},
		{"the truce a state guaranteed", "ar", "", yemenLeadAr + "والتزم الطرفان بالهدنة التي ضمنتها سلطنة عمان.", "ceasefire.guarantors", []string{"oman@outlet"}},
		{"stood surety for the truce", "en", "", sudanLead17 + "Qatar stood surety for the truce on behalf of both sides.", "ceasefire.guarantors", []string{"qatar@outlet"}},
		{"under the army's guarantee", "ar", "", sudanLead17Ar + "ووقع الطرفان على الهدنة بضمانة الجيش السوداني.", "ceasefire.guarantors", []string{"sudanese_armed_forces@outlet"}},
	})
}

// TestReview17HumanRightsViolationsAreNoMonitoring: following up on violations is also human-rights work: the
// 'violations' forms monitor the truce only with it named right after (lexicon object
// "truce_after"); 'any breach' stays.
func TestReview17HumanRightsViolationsAreNoMonitoring(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: human rights violations", "en", "", sudanLead17 + "The UN Human Rights Council will follow up on violations against civilians committed during the war.", "ceasefire.monitors", nil},
		{"follow up on any breach", "en", "", sudanLead17 + "The African Union will follow up on any breach of the truce.", "ceasefire.monitors", []string{"african_union@outlet"}},
		{"follow up on violations of the truce", "en", "", sudanLead17 + "The African Union will follow up on violations of the truce.", "ceasefire.monitors", []string{"african_union@outlet"}},
	})
}

// TestReview17LimitNeedsAPlace: 'does not extend beyond', 'لا تتعدى' take a place for their limit (lexicon
// object "bound": a name, an area noun, a front line, a noun of limits such as حدود), not a day, a
// length or a comparison.
func TestReview17LimitNeedsAPlace(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: no more than a warrior's rest", "ar", "", noPlaceLead17Ar + "ولا تتعدى الهدنة كونها استراحة محارب.", "ceasefire.scope", nil},
		{"probe: a length, not a limit", "ar", "", noPlaceLead17Ar + "ولا تتعدى الهدنة اثنتين وسبعين ساعة.", "ceasefire.scope", nil},
		{"probe: a day, not a limit", "en", "", ukraineLead17 + "The truce does not extend beyond Friday, officials said.", "ceasefire.scope", nil},
		{"a city as the limit", "en", "", noPlaceLead17 + "The truce does not extend beyond El Obeid, the army said.", "ceasefire.scope", []string{"partial@sudanese_armed_forces"}},
		{"the borders of two districts", "ar", "", noPlaceLead17Ar + "ولا تتعدى الهدنة حدود محليتي شيكان وبارا.", "ceasefire.scope", []string{"partial@outlet"}},
	})
}

// TestReview17KickedInNeedsTheTruce: 'kicked in' is said of sanctions and panic as well: the truce must be its
// subject (lexicon object "subject"), for status and for the start time.
func TestReview17KickedInNeedsTheTruce(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: sanctions kicked in", "en", "", ukraineShortLead17 + "New sanctions kicked in at midnight, officials said.", "ceasefire.status", []string{"agreed@outlet"}},
		{"probe: panic kicked in", "en", "", ukraineShortLead17 + "Panic kicked in when the sirens sounded in Kharkiv.", "ceasefire.status", []string{"agreed@outlet"}},
		{"probe: sanctions kicked in, no start", "en", "", ukraineShortLead17 + "New sanctions kicked in at midnight, officials said.", "ceasefire.start_time", nil},
		{"the ceasefire kicked in", "en", "", ukraineShortLead17 + "An hour after the ceasefire kicked in at 4 p.m., no shots had been reported.", "ceasefire.status", []string{"agreed@outlet", "in_force@outlet"}},
	})
}

// TestReview17DefiniteSpanHeadsOnlyABareTruce: 'عطوة الأيام الثلاثة' is the three-day truce; after a definite
// truce noun the definite span is a time of its own ('خُرقت الهدنة اليوم الثالث على التوالي').
func TestReview17DefiniteSpanHeadsOnlyABareTruce(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: violated for the third day running", "ar", "", yemenLeadAr + "وخرقت الهدنة اليوم الثالث على التوالي في الحديدة.", "ceasefire.duration", nil},
		{"probe: violations over the last three days", "ar", "", gazaLead17Ar + "وسجلت خروقات للهدنة الأيام الثلاثة الماضية في رفح.", "ceasefire.duration", nil},
		{"probe: the first three days were calm", "ar", "", gazaLead17Ar + "وشهدت الهدنة الأيام الثلاثة الأولى هدوءاً حذراً.", "ceasefire.duration", nil},
		{"the five-day truce", "ar", "", yemenLeadAr + "وخلال هدنة الأيام الخمسة هذه، سيتم تبادل الأسرى.", "ceasefire.duration", []string{"5@outlet"}},
	})
}

// TestReview17OrderToVacate: a force right after an ordering verb or a demand ('أمر الجيش الإسرائيلي
// بإخلاء مستشفى الشفاء') orders others out; it does not vacate (ordersAt, lexicon ordering_verbs).
func TestReview17OrderToVacate(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: the army ordered a hospital evacuated", "ar", "", gazaLead17Ar + "وأمر الجيش الإسرائيلي بإخلاء مستشفى الشفاء.", "ceasefire.withdrawal", nil},
		{"probe: an evacuation order despite the truce", "ar", "", gazaLead17Ar + "ورغم الهدنة، أمر الجيش الإسرائيلي بإخلاء أحياء شرق خان يونس.", "ceasefire.withdrawal", nil},
		{"probe: a force demanded homes be vacated", "ar", "", sudanLead17Ar + "وطالبت قوات الدعم السريع بإخلاء المنازل في الحي.", "ceasefire.withdrawal", nil},
		{"a force pledged to vacate positions", "ar", "", sudanLead17Ar + "وتعهدت قوات الدعم السريع بإخلاء المواقع في الأبيض.", "ceasefire.withdrawal", []string{"rapid_support_forces=required@rapid_support_forces"}},
		{"residents demand the army vacate schools", "ar", "", yemenLeadAr + "وطالب السكان الجيش بإخلاء المدارس التي يتمركز فيها.", "ceasefire.withdrawal", []string{"yemeni_army=required@local_residents~demanded"}},
	})
}

// TestReview17AgreedTermAndTruce: agreeing on a term right after the verb asserts the term, not
// the truce (provisionObjectAfter); a ceasefire noun coordinated later in the clause is another
// object of the same verb and keeps its agreed; one dated by a time lead ("held since the
// ceasefire") does not. The lead's "mediators in Doha said" is an unnamed source (`sources`).
func TestReview17AgreedTermAndTruce(t *testing.T) {
	runCases(t, []mechanismCase{
		{"agreed to a release and to a ceasefire", "en", "", gazaLead17 + "The two sides agreed to release the detainees and to a ceasefire starting Sunday.", "ceasefire.status", []string{"agreed@sources", "agreed@outlet"}},
		{"arabic agreed on a handover and a ceasefire", "ar", "", sudanLead17Ar + "واتفق الطرفان على تسليم جثامين القتلى ووقف إطلاق النار.", "ceasefire.status", []string{"agreed@outlet", "agreed@outlet"}},
		{"probe: agreed to a release only", "en", "", gazaLead17 + "The two sides agreed on Monday to release the detainees.", "ceasefire.status", []string{"agreed@sources"}},
		{"probe: arabic agreed on a handover only", "ar", "", sudanLead17Ar + "واتفق الطرفان على تسليم جثامين القتلى.", "ceasefire.status", []string{"agreed@outlet"}},
		{"probe: detainees held since the ceasefire", "en", "", gazaLead17 + "The two sides agreed to release the detainees held since the ceasefire.", "ceasefire.status", []string{"agreed@sources"}},
	})
}

// TestReview17CoordinatedRoleCues: a role's list ends where another role's cue starts ("رُعي
// بضمانة قطرية": Qatar guarantees, sponsors nothing); a second role's cue joined to the first by a
// coordinator, with no name between, shares the names after both ("برعاية وضمانة مصرية وقطرية",
// "brokered and guaranteed by Egypt and Qatar").
func TestReview17CoordinatedRoleCues(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic sponsorship and guarantee share their names", "ar", "", gazaLead17Ar + "وجاء الاتفاق برعاية وضمانة مصرية وقطرية.", "ceasefire.mediators", []string{"egypt,qatar@outlet"}},
		{"arabic sponsorship and guarantee, guarantors", "ar", "", gazaLead17Ar + "وجاء الاتفاق برعاية وضمانة مصرية وقطرية.", "ceasefire.guarantors", []string{"egypt,qatar@outlet"}},
		{"brokered and guaranteed by", "en", "", gazaLead17 + "The deal was brokered and guaranteed by Egypt and Qatar.", "ceasefire.mediators", []string{"egypt,qatar@outlet"}},
		{"probe: a sponsor, then another guarantor", "ar", "", gazaLead17Ar + "وتم الاتفاق برعاية مصر وبضمانة الولايات المتحدة.", "ceasefire.mediators", []string{"egypt@outlet"}},
		{"probe: a sponsor, then another guarantor, guarantors", "ar", "", gazaLead17Ar + "وتم الاتفاق برعاية مصر وبضمانة الولايات المتحدة.", "ceasefire.guarantors", []string{"united_states@outlet"}},
		{"probe: sponsored with a guarantee", "ar", "", gazaLead17Ar + "وقال مسؤول إن الاتفاق رُعي بضمانة قطرية.", "ceasefire.mediators", nil},
	})
}
