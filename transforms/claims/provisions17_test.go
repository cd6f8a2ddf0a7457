package claims

// Provision constructions widened in stop 17 on local and tribal truces: ambulances and relief
// teams as aid access unless sent for an evacuation or a handover; an evacuation and aid term
// coordinated with each other; "بعدما" (after) is no negation; detention words describing
// hostages; captive and body nouns in the singular and dual; scope predicates that bound the
// truce ("لا تتعدى", "does not extend beyond") and "all areas ... in <place>".

import "testing"

const ar17Lead = "اتفق الحوثيون والحكومة اليمنية على وقف لإطلاق النار في الحديدة يوم الثلاثاء. "

// TestAidCarriers: ambulances and Red Cross or Red Crescent teams let through are aid access;
// ambulances sent to carry the wounded serve the evacuation, teams sent to receive bodies the
// handover; a safe corridor for ambulances is their access only (stop 19: mitiga and basra
// against tabbaneh's one line).
func TestAidCarriers(t *testing.T) {
	runCases(t, []mechanismCase{
		{"ambulances let through", "ar", "", ar17Lead + "وينص الاتفاق على فتح الطريق أمام سيارات الإسعاف وفرق الدفاع المدني.", "ceasefire.humanitarian",
			[]string{"aid_access=included@outlet"}},
		{"red crescent teams reach the areas", "ar", "", ar17Lead + "ويتيح الاتفاق لفرق الهلال الأحمر الوصول إلى المناطق المتضررة.", "ceasefire.humanitarian",
			[]string{"aid_access=included@outlet"}},
		{"english ambulances given free passage", "en", "", yemenLead + "Under the deal, ambulances will be given free passage through the checkpoints.", "ceasefire.humanitarian",
			[]string{"aid_access=included@outlet"}},
		{"english red cross teams let in to take out the wounded", "en", "", yemenLead + "Under the arrangement, Red Cross teams were let into the old city to take out the wounded.", "ceasefire.humanitarian",
			[]string{"aid_access=included@outlet", "evacuation=included@outlet"}},
		// Negative probes: ambulances sent for the wounded, teams sent for bodies, a corridor
		// for ambulances, ambulances in a report of the fighting.
		{"ambulances to carry the wounded serve the evacuation", "ar", "", ar17Lead + "وينص الاتفاق على فتح الطريق أمام سيارات الإسعاف لنقل الجرحى.", "ceasefire.humanitarian",
			[]string{"evacuation=included@outlet"}},
		{"teams to receive bodies serve the handover", "ar", "", ar17Lead + "وتستعد فرق الصليب الأحمر لتسلم جثامين القتلى تنفيذاً لبنود الاتفاق.", "ceasefire.humanitarian",
			nil},
		{"a safe corridor for ambulances is their access only", "ar", "", ar17Lead + "واكتفى الاتفاق بتأمين ممر آمن لسيارات الإسعاف.", "ceasefire.humanitarian",
			[]string{"aid_access=included@outlet"}},
		{"ambulances under fire before the truce", "en", "", "Fighting raged in Hodeidah on Monday. Shelling hit two ambulances near the port.", "ceasefire.humanitarian",
			nil},
	})
}

// TestEvacuationCoordinatedWithAid: an evacuation and an aid term joined by "and" are two terms;
// a corridor before aid convoys is only the convoys' access. "بعدما" (after) negates nothing.
func TestEvacuationCoordinatedWithAid(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic evacuation and water tankers", "ar", "", ar17Lead + "وقال سكان إن العائلات بدأت بالعودة، بعدما سمحت الهدنة بإجلاء الجرحى وإدخال صهاريج المياه والمواد الغذائية.", "ceasefire.humanitarian",
			[]string{"evacuation=included@local_residents", "aid_access=included@local_residents"}},
		{"arabic evacuation and arrival of aid", "ar", "", ar17Lead + "وأضاف أن الهدنة تسمح بإجلاء الجرحى ووصول المساعدات.", "ceasefire.humanitarian",
			[]string{"evacuation=included@outlet", "aid_access=included@outlet"}},
		{"english evacuation and aid deliveries", "en", "", yemenLead + "It also allows the evacuation of the wounded and aid deliveries.", "ceasefire.humanitarian",
			[]string{"evacuation=included@outlet", "aid_access=included@outlet"}},
		// Negative probes: a corridor for convoys is their access; a real negation stays one.
		{"safe corridors for relief convoys", "ar", "", ar17Lead + "وينص الاتفاق على ممرات آمنة أمام قوافل الإغاثة.", "ceasefire.humanitarian",
			[]string{"aid_access=included@outlet"}},
		{"no evacuation is allowed", "ar", "", ar17Lead + "وقال سكان إن الهدنة لم تسمح بإجلاء الجرحى حتى الآن.", "ceasefire.humanitarian",
			[]string{"evacuation=not_included@local_residents"}},
	})
}

// TestCaptiveNouns17: a hostage in the singular, bodies in the singular and dual, exchanges of
// detainees under a negated "any clause", the return of the dead, people kidnapped during the
// fighting; a detention word describing hostages is no prisoners slot.
func TestCaptiveNouns17(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a fourth abductee to be freed", "ar", "", ar17Lead + "وقال مصدر في لجنة الوساطة إنه سيُفرج خلال ساعات عن مخطوف رابع ما زال محتجزاً في المدينة بموجب الاتفاق.", "ceasefire.exchange",
			[]string{"hostages=included@sources"}},
		{"bodies of two fighters handed over", "ar", "", ar17Lead + "كما جرى، بحسب مصادر أمنية، تسليم جثتي مسلحَين قُتلا على محور المطار إلى ذويهما تنفيذاً للاتفاق.", "ceasefire.exchange",
			[]string{"bodies=included@sources"}},
		{"no clause for exchanging detainees", "ar", "", ar17Lead + "ولم يتضمن الاتفاق أي بند لتبادل الموقوفين لدى الطرفين.", "ceasefire.exchange",
			[]string{"prisoners=not_included@outlet"}},
		{"the return of the dead", "en", "", yemenLead + "The agreement also provides for the return of the dead to their families within a day.", "ceasefire.exchange",
			[]string{"bodies=included@outlet"}},
		{"everyone kidnapped is to be freed", "en", "", yemenLead + "Under the accord, everyone kidnapped during the fighting is to be freed.", "ceasefire.exchange",
			[]string{"hostages=included@outlet"}},
		// Negative probes: hostages and prisoners coordinated name both; an exchange of
		// accusations is no exchange; a kidnapping report is no term; the dead counted.
		{"hostages and detainees both", "ar", "", ar17Lead + "وينص الاتفاق على الإفراج عن الرهائن والمعتقلين.", "ceasefire.exchange",
			[]string{"hostages=included@outlet", "prisoners=included@outlet"}},
		{"exchange of accusations", "ar", "", ar17Lead + "ولا تزال الهدنة صامدة رغم تبادل الاتهامات بخرقها.", "ceasefire.exchange",
			nil},
		{"gunmen kidnapped people", "en", "", yemenLead + "Gunmen kidnapped three people in the city on Monday, a week after the truce took effect.", "ceasefire.exchange",
			nil},
		{"the dead were counted", "en", "", yemenLead + "The dead included four children, medics said, days before the truce.", "ceasefire.exchange",
			nil},
	})
}

// TestScopeBounded: a predicate that bounds the truce ("لا تتعدى الهدنة حدود", "محدوداً
// جغرافياً", "does not extend beyond") is partial scope, with the truce for its subject before
// or (in Arabic) right after it; "all areas ... in <place>" is all of that place.
func TestScopeBounded(t *testing.T) {
	// Leads that place the truce nowhere: a placed lead is partial scope of its own.
	const arNoPlaceLead = "اتفق الحوثيون والحكومة اليمنية على وقف لإطلاق النار يوم الثلاثاء. "
	const enNoPlaceLead = "The Houthis and the Yemeni government agreed to a ceasefire on Tuesday. "
	runCases(t, []mechanismCase{
		{"verb first, the truce after it", "ar", "", arNoPlaceLead + "ولا تتعدى الهدنة حدود مديريتي الحالي والحوك، وفق مصادر محلية.", "ceasefire.scope",
			[]string{"partial@sources"}},
		{"a geographically limited agreement", "ar", "", arNoPlaceLead + "يبقى الاتفاق، على أهميته، اتفاقاً محدوداً جغرافياً لا يتعدى خطوط التماس القديمة.", "ceasefire.scope",
			[]string{"partial@outlet"}},
		{"english does not extend beyond", "en", "", enNoPlaceLead + "The truce does not extend beyond the two districts, the governor said.", "ceasefire.scope",
			[]string{"partial@outlet"}},
		{"all areas of contact in a district", "en", "", enNoPlaceLead + `The Houthis say the truce covers "all areas of contact" in Hodeidah, but not the islands.`, "ceasefire.scope",
			[]string{"partial@houthis"}},
		// Negative probes: another subject; the whole country; a place after a comma.
		{"the death toll does not exceed ten", "ar", "", arNoPlaceLead + "وقال إن عدد القتلى لا يتعدى عشرة منذ بدء الهدنة.", "ceasefire.scope",
			nil},
		{"violations do not exceed five", "ar", "", arNoPlaceLead + "ولا يتعدى عدد الخروقات منذ الهدنة خمسة.", "ceasefire.scope",
			nil},
		{"fighting does not extend beyond", "en", "", enNoPlaceLead + "The fighting does not extend beyond the two districts, residents said.", "ceasefire.scope",
			nil},
		{"all areas of the country", "en", "", enNoPlaceLead + "The ceasefire covers all areas of the country, the government said on Monday in Aden.", "ceasefire.scope",
			[]string{"nationwide@yemeni_government"}},
	})
}

// TestVacatingForce: a clearing noun whose object is the vacated ground takes the force right
// before it ("يلزم مسلحي X بإخلاء السواتر"); not a movement said to begin, nor the wounded
// carried out, nor a place cleared of another force named after it.
func TestVacatingForce(t *testing.T) {
	runCases(t, []mechanismCase{
		{"obliges the gunmen to vacate the berms", "ar", "", ar17Lead + "ويُلزم الاتفاق مسلحي الحوثيين بإخلاء السواتر الترابية قرب الميناء.", "ceasefire.withdrawal",
			[]string{"houthis=required@outlet"}},
		{"pledged to vacate the positions", "ar", "", ar17Lead + "وينص الاتفاق على أن يتعهد الحوثيون بإخلاء المواقع المطلة على الطريق.", "ceasefire.withdrawal",
			[]string{"houthis=required@outlet"}},
		// Negative probes.
		{"a clearing said to begin", "ar", "", ar17Lead + "وبعد الاتفاق بدأ الجيش اليمني بإخلاء المواقع المطلة على الطريق.", "ceasefire.withdrawal",
			nil},
		{"the wounded carried out", "ar", "", ar17Lead + "وينص الاتفاق على أن يتولى الجيش اليمني بإخلاء الجرحى من المدينة.", "ceasefire.withdrawal",
			nil},
		{"a place cleared of another force", "ar", "", ar17Lead + "وطالب الجيش اليمني بإخلاء المدينة من مقاتلي الحوثيين بموجب الاتفاق.", "ceasefire.withdrawal",
			[]string{"houthis=required@yemeni_army~demanded"}},
	})
}

// TestRetainedResponse17: "سيرد بحزم", "من حقنا أن نرد", a threat to strike "with an iron hand"
// anyone who breaks the truce, and "will not respond unless attacked" (an exceptive after the
// negation) keep the right to respond; replying to letters or questions does not.
func TestRetainedResponse17(t *testing.T) {
	runCases(t, []mechanismCase{
		{"will respond firmly", "ar", "", ar17Lead + "وأضاف البيان أن «الجيش اليمني سيرد بحزم على مصادر النيران أياً كانت».", "ceasefire.retained_rights",
			[]string{"respond_to_violations=retained@outlet"}},
		{"it is our right to respond", "ar", "", ar17Lead + "وقال الحوثيون: «التزمنا بالهدنة منذ لحظتها الأولى، لكن من حقنا أن نرد إذا أُطلق النار على أهلنا».", "ceasefire.retained_rights",
			[]string{"respond_to_violations=retained@houthis"}},
		{"an iron hand for anyone breaking the truce", "ar", "", ar17Lead + "وقالت الحكومة اليمنية إن قواتها «ستضرب بيد من حديد كل من يخرق الهدنة».", "ceasefire.retained_rights",
			[]string{"respond_to_violations=retained@yemeni_government"}},
		{"not respond unless attacked", "ar", "", ar17Lead + "وجدد الحوثيون التزامهم بالهدنة، مؤكدين أن مقاتليهم «لن يردّوا إلا إذا اعتُدي عليهم».", "ceasefire.retained_rights",
			[]string{"respond_to_violations=retained@houthis"}},
		// Negative probes: a reply to questions; a right denied.
		{"he will reply to questions", "ar", "", ar17Lead + "وقال الوزير إنه سيرد على أسئلة الصحفيين حول الهدنة غداً.", "ceasefire.retained_rights",
			nil},
		{"the truce gives no right to respond", "ar", "", ar17Lead + "وأكد الحوثيون أن الهدنة لا تمنحهم حق الرد على أي خرق.", "ceasefire.retained_rights",
			[]string{"respond_to_violations=not_retained@houthis"}},
	})
}

// TestSignatoryCounts17: "ثمانية من قادة الفصائل" signed is a count of factions; men in custody
// are no signatories.
func TestSignatoryCounts17(t *testing.T) {
	runCases(t, []mechanismCase{
		{"eight faction leaders signed", "ar", "", "اتفق الطرفان على وقف إطلاق النار. ووقّع على الاتفاق ثمانية من قادة الفصائل المسلحة في المدينة.", "ceasefire.signatories",
			[]string{"factions=8@outlet"}},
		// Negative probes: men in custody; leaders killed.
		{"men in judicial custody", "en", "", yemenLead + `"There is no exchange of detainees in this truce: seventeen men are in judicial custody and will stay there," the Yemeni government said.`, "ceasefire.signatories",
			nil},
		{"faction leaders killed", "ar", "", "اتفق الطرفان على وقف إطلاق النار. وقتل ثلاثة من قادة الفصائل في غارة قبل الهدنة.", "ceasefire.signatories",
			nil},
	})
}

// TestAdditiveBreak: "، كما يتيح ..." goes on with the agreement named before the break; "كما"
// after a report of fighting ties nothing to it.
func TestAdditiveBreak(t *testing.T) {
	runCases(t, []mechanismCase{
		{"the agreement also allows relief teams", "ar", "", ar17Lead + "ولا يقتصر الاتفاق على وقف الرمي، إذ يُلزم الطرفين بفتح الطرق، كما يتيح لفرق الهلال الأحمر الوصول إلى المناطق المتضررة.", "ceasefire.humanitarian",
			[]string{"aid_access=included@outlet"}},
		// Negative probe: no agreement before the break.
		{"shelling, and also relief teams", "ar", "", ar17Lead + "وكان القصف قد تواصل على المدينة طوال الأسبوع الماضي، كما منعت فرق الهلال الأحمر من الوصول إلى الأحياء الشرقية.", "ceasefire.humanitarian",
			nil},
	})
}

// TestBodiesThenRelease: "تسليم جثامين القتلى وإطلاق المحتجزين" names two terms: a coordinator
// after the bodies opens the release; "جثث الأسرى والمعتقلين" are still the bodies of captives.
func TestBodiesThenRelease(t *testing.T) {
	runCases(t, []mechanismCase{
		{"bodies and then the release of detainees", "ar", "", ar17Lead + "وأوضح أن الطرفين اتفقا على تسليم جثامين القتلى وإطلاق المحتجزين لدى كل منهما مساء الجمعة.", "ceasefire.exchange",
			[]string{"bodies=included@outlet", "prisoners=included@outlet"}},
		// Negative probe: the captives whose bodies are handed over.
		{"bodies of prisoners and detainees", "ar", "", ar17Lead + "وينص الاتفاق على تسليم جثث الأسرى والمعتقلين إلى ذويهم.", "ceasefire.exchange",
			[]string{"bodies=included@outlet"}},
	})
}

// TestAtwaInEnglish: "atwa", the tribal truce as English coverage of Iraq and Jordan writes it,
// is a ceasefire noun: a provision beside it is the truce's.
func TestAtwaInEnglish(t *testing.T) {
	runCases(t, []mechanismCase{
		{"the release of men held by the tribes under the atwa", "en", "", "The sheikhs of Bani Rashed and Al-Ghazalat stood surety for the atwa, and the release of men held by the two tribes would go ahead on Friday.", "ceasefire.exchange",
			[]string{"prisoners=included@outlet"}},
		// Negative probe: a release with no truce or agreement named.
		{"a release in a court report", "en", "", "A court in Basra ordered the release of men held since the clashes, a lawyer said.", "ceasefire.exchange",
			nil},
	})
}

// TestViolationShootingPlacesNoTruce: "سجّلت خرقاً محدوداً بإطلاق نار ... قرب X" places a
// violation, not the truce; "وقف إطلاق النار في X" still places the truce.
func TestViolationShootingPlacesNoTruce(t *testing.T) {
	const lead = "اتفق الحوثيون والحكومة اليمنية على وقف لإطلاق النار يوم الثلاثاء. "
	runCases(t, []mechanismCase{
		{"a ceasefire in a city", "ar", "", lead + "وقال مسؤول إن وقف إطلاق النار في مدينة الحديدة صامد.", "ceasefire.scope",
			[]string{"partial@sources"}},
		// Negative probe: the shooting of a violation near a place.
		{"a violation by shooting near a place", "ar", "", lead + "وأكدت الحكومة اليمنية أنها سجّلت خرقاً محدوداً بإطلاق نار في الهواء قرب مدينة الحديدة ليلة أمس.", "ceasefire.scope",
			nil},
	})
}

// TestDeniedPartyToTruce: "نفى وجهاء من X أن يكونوا طرفاً في العطوة": the group denies it is a
// party, so it is left out, in its own account; the tribal truce noun takes the same
// predicates as the others (طرفاً في، جزءاً من، ملزمة بـ).
func TestDeniedPartyToTruce(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a clan denies being party to the atwa", "ar", "", ar17Lead + "ونفى الحوثيون أن يكونوا طرفاً في العطوة التي أعلنها المحافظ.", "ceasefire.exclusions",
			[]string{"houthis=excluded@houthis"}},
		{"not concerned by the tahdia", "ar", "", ar17Lead + "وقال الحوثيون إن مقاتليهم «غير معنيين بالتهدئة».", "ceasefire.exclusions",
			[]string{"houthis=excluded@houthis"}},
		// Negative probes: a person denying; a denial of something else.
		{"a spokesman denies being party", "ar", "", ar17Lead + "ونفى المتحدث أن يكون طرفاً في العطوة.", "ceasefire.exclusions",
			nil},
		{"a group denies shelling", "ar", "", ar17Lead + "ونفى الحوثيون أن يكونوا قد قصفوا المدينة بعد العطوة.", "ceasefire.exclusions",
			nil},
	})
}
