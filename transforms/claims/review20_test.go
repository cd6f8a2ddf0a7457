package claims

// Review of round 20's rules (portsudan and tishrin: a Beja tribal truce, a qalad, and a port
// blockade in Port Sudan; the SDF and Turkish-backed factions at the Tishrin Dam) on other
// wars' coverage: sentences from Gaza, Sudan, Yemen, Libya, Ukraine, Congo and Colombia where a
// new cue occurs and the claim does not hold, with the readings the rules must keep.

import "testing"

const (
	sudanLead20   = "The Sudanese army and the RSF agreed to a truce in El Fasher on Monday. "
	sudanLead20Ar = "اتفق الجيش السوداني وقوات الدعم السريع على هدنة إنسانية في الفاشر يوم الاثنين. "
	gazaLead20    = "Israel and Hamas agreed to a ceasefire in Gaza on Sunday. "
	gazaLead20Ar  = "اتفقت إسرائيل وحركة حماس على وقف لإطلاق النار في غزة يوم الأحد. "
	libyaLead20Ar = "اتفقت حكومة الوحدة الوطنية والقيادة العامة على وقف لإطلاق النار في طرابلس يوم الثلاثاء. "
	congoLead20   = "The Congolese government and the M23 agreed to a ceasefire in eastern Congo on Monday. "
)

// TestReview20OpeningARoadIsAccess: an opening word names aid access only with a road, a port
// or a crossing as its own object: not past a topic or goal preposition (an inquiry about a
// bridge, fire toward a road), not past a closing word (Fatah's spokesman accusing Israel of
// closing the crossings), and not a road opened to peace or talks, a figure.
func TestReview20OpeningARoadIsAccess(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: the truce opens the road to political talks (Yemen)", "ar", pubTueAr, yemenLeadAr + "وقال المبعوث إن الهدنة تفتح الطريق أمام مفاوضات سياسية شاملة.", "ceasefire.humanitarian", nil},
		{"probe: the deal opens the road toward a political solution (Sudan)", "ar", pubTueAr, sudanLead20Ar + "ويفتح الاتفاق الطريق نحو حل سياسي للأزمة.", "ceasefire.humanitarian", nil},
		{"probe: the truce opens the road to peace (Sudan)", "ar", pubTueAr, sudanLead20Ar + "وقال الوسيط إن الهدنة تفتح الطريق أمام السلام في دارفور.", "ceasefire.humanitarian", nil},
		{"probe: could open the road to a political settlement (Yemen)", "en", pubTue, yemenLead + "The truce could open the road to a political settlement, the envoy said.", "ceasefire.humanitarian", nil},
		{"probe: opens the road to peace talks (Sudan)", "en", pubTue, sudanLead20 + "The truce opens the road to peace talks in Jeddah, the envoy said.", "ceasefire.humanitarian", nil},
		{"probe: Fatah's spokesman, crossings closed (Gaza)", "ar", pubTueAr, gazaLead20Ar + "واتهم المتحدث باسم فتح إسرائيل بإغلاق المعابر رغم الهدنة.", "ceasefire.humanitarian", nil},
		{"probe: Fatah and the road to statehood (Gaza)", "ar", pubTueAr, gazaLead20Ar + "وقالت حركة فتح إن الطريق إلى الدولة يمر عبر الوحدة الوطنية لا عبر الهدنة.", "ceasefire.humanitarian", nil},
		{"probe: snipers opened fire toward the coastal road (Libya)", "ar", pubTueAr, libyaLead20Ar + "وفتح القناصة النيران باتجاه الطريق الساحلي رغم وقف إطلاق النار.", "ceasefire.humanitarian", nil},
		{"probe: an inquiry about the bombing of the bridge (Sudan)", "ar", pubTueAr, sudanLead20Ar + "وفتحت السلطات تحقيقاً بشأن تفجير الجسر رغم الهدنة.", "ceasefire.humanitarian", nil},
		{"probe: a new front near the El Obeid road (Sudan)", "ar", pubTueAr, sudanLead20Ar + "وفتحت قوات الدعم السريع جبهة جديدة قرب طريق الأبيض رغم الهدنة.", "ceasefire.humanitarian", nil},
		{"probe: opened fire along the highway (Ukraine)", "en", pubTue, "Russian forces opened fire along the highway despite the truce, Kyiv said.", "ceasefire.humanitarian", nil},
		{"probe: opened fire near the crossing (Gaza)", "en", pubTue, gazaLead20 + "Gunmen opened fire near the Kerem Shalom crossing hours after the truce took effect.", "ceasefire.humanitarian", nil},
		{"probe: an investigation into the bombing of the bridge (Congo)", "en", pubTue, congoLead20 + "The army opened an investigation into the bombing of the bridge during the truce.", "ceasefire.humanitarian", nil},
		{"probe: an offensive toward the Goma road (Congo)", "en", pubTue, congoLead20 + "The M23 opened a new offensive toward the Goma road despite the ceasefire.", "ceasefire.humanitarian", nil},
		{"probe: an open letter, mined roads (Sudan)", "en", pubTue, sudanLead20 + "In an open letter, aid groups said the roads to El Fasher remain mined despite the truce.", "ceasefire.humanitarian", nil},
		// Kept.
		{"the truce provides for reopening the crossing (Gaza)", "en", pubTue, gazaLead20 + "The truce provides for the reopening of the Rafah crossing.", "ceasefire.humanitarian",
			[]string{"aid_access=included@outlet"}},
		{"the deal includes opening the roads to El Fasher (Sudan)", "ar", pubTueAr, sudanLead20Ar + "ويتضمن الاتفاق فتح الطرق المؤدية إلى الفاشر.", "ceasefire.humanitarian",
			[]string{"aid_access=included@outlet"}},
		{"lifting the closure off the road (Libya)", "ar", pubTueAr, libyaLead20Ar + "ويشمل الاتفاق رفع الإغلاق عن الطريق الساحلي.", "ceasefire.humanitarian",
			[]string{"aid_access=included@outlet"}},
		{"reopening the road to aid convoys (Yemen)", "en", pubTue, yemenLead + "The truce provides for the reopening of the main road to aid convoys.", "ceasefire.humanitarian",
			[]string{"aid_access=included@outlet"}},
		{"opening the roads before civilians (Sudan)", "ar", pubTueAr, sudanLead20Ar + "وينص الاتفاق على فتح الطرق أمام المدنيين والقوافل الإنسانية.", "ceasefire.humanitarian",
			[]string{"aid_access=included@outlet"}},
	})
}

// TestReview20YearsAreTheTrucesOnly: a year is a unit of a truce's term ("a one-year truce");
// a span of years in a truce's sentence measures other things often: a prison term after
// "رغم الهدنة" (in Arabic nothing but a measure connector stands between a span and the truce
// noun it qualifies), a two-year transition (a hyphenated measure of another noun), an age, a
// calendar year, "العام" of a commander-in-chief, "السنة" (Sunnis), a New Year truce.
func TestReview20YearsAreTheTrucesOnly(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: a prison term despite the truce (Yemen)", "ar", pubTueAr, yemenLeadAr + "وحكم على القيادي بالسجن عشر سنوات رغم الهدنة.", "ceasefire.duration", nil},
		{"probe: a prison term in months despite the truce (Yemen)", "ar", pubTueAr, yemenLeadAr + "وحكم على القيادي بالسجن عشرة أشهر رغم الهدنة.", "ceasefire.duration", nil},
		{"probe: a two-year transition (Sudan)", "en", pubTue, "The ceasefire deal in Sudan provides for a two-year transition to civilian rule.", "ceasefire.duration", nil},
		{"probe: a six-month transition (Sudan)", "en", pubTue, "The ceasefire deal in Sudan provides for a six-month transition to civilian rule.", "ceasefire.duration", nil},
		{"probe: a 12-year-old killed despite the ceasefire (Gaza)", "en", pubTue, gazaLead20 + "A 12-year-old boy was killed in Khan Younis despite the ceasefire.", "ceasefire.duration", nil},
		{"probe: a child aged 12 (Gaza)", "ar", pubTueAr, gazaLead20Ar + "وقُتل طفل يبلغ من العمر 12 عاماً في خان يونس رغم وقف إطلاق النار.", "ceasefire.duration", nil},
		{"probe: the first truce in three years (Yemen)", "en", pubTue, "The ceasefire, the first in three years, took effect in Yemen on Monday.", "ceasefire.duration", nil},
		{"probe: a truce agreed two years ago (Ethiopia)", "en", pubTue, "A ceasefire agreed two years ago in Tigray is still holding.", "ceasefire.duration", nil},
		{"probe: a 13-year war (Syria)", "en", pubTue, "Syria's government and the SDF agreed to a ceasefire ending the 13-year war.", "ceasefire.duration", nil},
		{"probe: a truce in the year 2024 (Yemen)", "ar", pubTueAr, "واتفق الطرفان على هدنة في عام 2024 في الحديدة.", "ceasefire.duration", nil},
		{"probe: a war that lasted twenty years (Colombia)", "ar", pubTueAr, "بعد حرب دامت عشرين عاماً، وقعت الحكومة الكولومبية وجيش التحرير الوطني اتفاق وقف إطلاق النار.", "ceasefire.duration", nil},
		{"probe: sentenced to 20 years a week after the truce (Congo)", "en", pubTue, congoLead20 + "A rebel commander was sentenced to 20 years in prison a week after the ceasefire.", "ceasefire.duration", nil},
		{"probe: reviewed every year (Congo)", "en", pubTue, congoLead20 + "The ceasefire will be reviewed every year by the African Union.", "ceasefire.duration", nil},
		{"probe: signed earlier this year (Caucasus)", "en", pubTue, "The truce signed earlier this year between Armenia and Azerbaijan is holding.", "ceasefire.duration", nil},
		{"probe: this year's truce (Sudan)", "ar", pubTueAr, "انهارت الهدنة الموقعة هذا العام بين الجيش والدعم السريع.", "ceasefire.duration", nil},
		{"probe: early this year (Yemen)", "ar", pubTueAr, "وقعت الحكومة اليمنية والحوثيون اتفاق هدنة مطلع العام الجاري.", "ceasefire.duration", nil},
		{"probe: the commander-in-chief (Libya)", "ar", pubTueAr, "أعلن القائد العام للجيش الليبي وقف إطلاق النار في طرابلس.", "ceasefire.duration", nil},
		{"probe: the attorney general (Libya)", "ar", pubTueAr, libyaLead20Ar + "وقال النائب العام إن الهدنة لا تشمل المطلوبين للعدالة.", "ceasefire.duration", nil},
		{"probe: the General People's Congress (Yemen)", "ar", pubTueAr, "رحب حزب المؤتمر الشعبي العام بالهدنة في الحديدة.", "ceasefire.duration", nil},
		{"probe: the SDF's general command (Syria)", "ar", pubTueAr, "وأعلنت القيادة العامة لقوات سوريا الديمقراطية التزامها بالهدنة.", "ceasefire.duration", nil},
		{"probe: Sunnis and Shias agree a truce (Kurram)", "ar", pubTueAr, "اتفق السنة والشيعة على هدنة في كرم يوم الثلاثاء.", "ceasefire.duration", nil},
		{"probe: a New Year ceasefire (Myanmar)", "en", pubTue, "Myanmar's junta declared a New Year ceasefire on Monday.", "ceasefire.duration", nil},
		{"probe: a truce after a year-long siege (Sudan)", "en", pubTue, "The RSF agreed to a truce in El Fasher after a year-long siege.", "ceasefire.duration", nil},
		{"probe: elections within two years (Congo)", "en", pubTue, congoLead20 + "Under the deal, elections will be held within two years.", "ceasefire.duration", nil},
		{"probe: children under 15 years (Sudan)", "en", pubTue, sudanLead20 + "Children under 15 years will be evacuated first under the truce.", "ceasefire.duration", nil},
		{"probe: a general truce (Sudan)", "ar", pubTueAr, "أعلن الجيش هدنة عامة في جميع الجبهات يوم الاثنين.", "ceasefire.duration", nil},
		{"probe: the general ceasefire agreement (South Sudan)", "ar", pubTueAr, "ووقع الطرفان اتفاق وقف إطلاق النار العام في جوبا.", "ceasefire.duration", nil},
		{"probe: a general amnesty in the truce (Sudan)", "ar", pubTueAr, "ويتضمن اتفاق الهدنة عفواً عاماً عن المقاتلين.", "ceasefire.duration", nil},
		{"probe: public security forces after the truce (Jordan)", "ar", pubTueAr, "وانتشرت قوات الأمن العام في المدينة بعد الهدنة.", "ceasefire.duration", nil},
		{"probe: the truce entered its second year (Idlib)", "ar", pubTueAr, "ودخلت الهدنة عامها الثاني يوم الاثنين.", "ceasefire.duration", nil},
		{"probe: for years to come (Kassala)", "en", pubTue, "The elders hope the truce will hold for years to come.", "ceasefire.duration", nil},
		{"probe: Sunni and Shia sheikhs signed a qalad (Kurram)", "ar", pubTueAr, "وقع شيوخ السنة والشيعة قلداً في كرم.", "ceasefire.duration", nil},
		// Kept.
		{"a year-long truce (Kassala)", "en", pubTue, "The clans agreed a year-long truce in Kassala.", "ceasefire.duration", []string{"[365,366]@outlet"}},
		{"a truce of a year (Kassala)", "en", pubTue, "The elders agreed to a truce of a year in Kassala.", "ceasefire.duration", []string{"[365,366]@outlet"}},
		{"a truce of one year (Colombia)", "ar", pubTueAr, "اتفق الطرفان في كولومبيا على هدنة مدتها عام واحد.", "ceasefire.duration", []string{"[365,366]@outlet"}},
		{"a ceasefire lasting two years (Colombia)", "en", pubTue, "The ELN and the government agreed to a ceasefire lasting two years.", "ceasefire.duration", []string{"[730,731]@outlet"}},
		{"a 72-hour humanitarian pause (Sudan)", "en", pubTue, "The army and the RSF agreed to a 72-hour humanitarian pause in El Fasher.", "ceasefire.duration", []string{"3@outlet"}},
		{"a 14-day period of calm (Gaza)", "en", pubTue, "The truce agreed by Israel and Hamas provides for a 14-day period of calm in Gaza.", "ceasefire.duration", []string{"14@outlet"}},
		{"a shorter, 30-day trial, the length of a truce in the sentence (Yemen)", "en", pubTue, "Talks have stalled over the length of a truce, with the Houthis pressing for 60 days and the government insisting on a shorter, 30-day trial.", "ceasefire.duration",
			[]string{"60@yemeni_government", "30@yemeni_government"}},
	})
}

// TestReview20QaladTheVerb: قلد is the Beja truce and the verb قلّد (decorated, imitated,
// appointed). The verb is told by an ending only it takes (قلّدت, قلّدوا) or by opening the
// sentence before its subject (قلّد الرئيس ..., وقلّده البرهان ...): it reads no truce.
func TestReview20QaladTheVerb(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: militias imitated the army and signed pledges (Darfur)", "ar", pubTueAr, "قلّدت الميليشيات في دارفور أساليب الجيش ووقّعت على وثائق الولاء.", "ceasefire.status", nil},
		{"probe: decorated an officer after twenty years of service (Sudan)", "ar", pubTueAr, "قلد الرئيس الضابط وسام الاستحقاق بعد خدمة لمدة عشرين عاماً.", "ceasefire.duration", nil},
		{"probe: decorated an officer after ten months of service (Sudan)", "ar", pubTueAr, "قلد الرئيس الضابط وسام الاستحقاق بعد خدمة لمدة عشرة أشهر.", "ceasefire.duration", nil},
		{"probe: decorated him on Tuesday (Sudan)", "ar", pubTueAr, "وقلده رئيس مجلس السيادة وسام النيلين يوم الثلاثاء في بورتسودان.", "ceasefire.start_time", nil},
		// Kept.
		{"a qalad for a year, a headline", "ar", pubTueAr, "قلد لمدة عام بين عشيرتين في كسلا.", "ceasefire.duration", []string{"[365,366]@outlet"}},
		{"nazirs signed a qalad", "ar", pubTueAr, "وقّع نظار القبائل على قلد لمدة عام في كسلا يوم الثلاثاء.", "ceasefire.status", []string{"agreed@outlet"}},
		{"their qalad holds", "ar", pubTueAr, "وقال الناظر إن قلدهم صامد منذ يوم الثلاثاء.", "ceasefire.status", []string{"in_force@outlet"}},
		{"a qalad, accusative", "ar", pubTueAr, "وأبرم الطرفان قلداً لمدة عام.", "ceasefire.status", []string{"agreed@outlet"}},
	})
}

// TestReview20ElapsedYear: the time a truce has held so far is no term, counted or bare ("which
// has held for a year", "for a week"); "will hold for a year" is the term.
func TestReview20ElapsedYear(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: has held for a year (Idlib)", "en", pubTue, "The truce in Idlib, which has held for a year, collapsed on Monday.", "ceasefire.duration", nil},
		{"probe: has held for a week (Idlib)", "en", pubTue, "The truce in Idlib, which has held for a week, collapsed on Monday.", "ceasefire.duration", nil},
		{"will hold for a year", "en", pubTue, "The truce will hold for a year, the elders said.", "ceasefire.duration", []string{"[365,366]@outlet"}},
		{"will hold for 30 days", "en", pubTue, "The truce will hold for 30 days, the elders said.", "ceasefire.duration", []string{"30@outlet"}},
	})
}

// TestReview20DismissedViolationOfANamedTruce: a dismissal denies what reported content says;
// a truce the content names by its participle or a relative clause ("the truce agreed on
// Monday") is no part of what is dismissed when the content says something else of it (it was
// violated, it collapsed).
func TestReview20DismissedViolationOfANamedTruce(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: reports that the truce agreed on Monday had been violated were baseless", "en", pubTue, "Reports that the truce agreed on Monday had been violated were baseless, the army said.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"probe: the army said reports that the truce agreed on Monday had been violated were baseless", "en", pubTue, "The army said reports that the truce agreed on Monday had been violated were baseless.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"probe: claims that the ceasefire signed on Monday had collapsed are false", "en", pubTue, "Claims that the ceasefire signed on Monday had collapsed are false, the UN said.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@outlet"}},
		// Kept: the signing itself dismissed.
		{"talk of a signed ceasefire is premature", "en", pubTue, "Talk of a signed ceasefire in Sudan is premature, the army said.", "ceasefire.status",
			[]string{"not_agreed@sudanese_armed_forces"}},
		{"reports that a ceasefire had been signed were baseless", "en", pubTue, "Reports that a ceasefire had been signed in Jeddah were baseless, the army said.", "ceasefire.status",
			[]string{"not_agreed@outlet"}},
	})
}

// TestReview20ScenesOfFightingHostNoTalks: a city of the war's own country after a locative
// before a talks noun is their venue ("افتُتحت في سواكن جلسات التفاوض"), but not after a
// fighting word: there it is where the shelling is.
func TestReview20ScenesOfFightingHostNoTalks(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: shelling went on in Taiz despite the consultations (Yemen)", "ar", pubTueAr, yemenLeadAr + "واستمر القصف في تعز رغم جولة المشاورات.", "talks.venue", nil},
		{"probe: clashes in El Fasher on the eve of the round in Jeddah (Sudan)", "ar", pubTueAr, sudanLead20Ar + "وتجددت الاشتباكات في الفاشر عشية جولة التفاوض المقبلة في جدة.", "talks.venue", []string{"jeddah@outlet"}},
		{"probe: civilians killed in Kadugli before a negotiating session (Sudan)", "ar", pubTueAr, sudanLead20Ar + "وقُتل ثلاثة مدنيين في كادقلي قبل يوم من جلسة التفاوض.", "talks.venue", nil},
		{"probe: a protest in Aden against negotiating (Yemen)", "ar", pubTueAr, yemenLeadAr + "وتظاهر المئات في عدن رفضاً للتفاوض مع الحوثيين.", "talks.venue", nil},
	})
}

// TestReview20OtherStatesAndGuarantees: "N weeks into the" looks ahead to the truce, but not
// past another state of it ("a month into the collapse of the ceasefire"); a force the
// guarantee rests on alone guarantees the truce, not security or a city ("the only guarantor
// of security in the city", "لا ضامن لأمن المدينة إلا القوات المسلحة").
func TestReview20OtherStatesAndGuarantees(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: a month into the collapse of the ceasefire (Gaza)", "en", pubTue, "A month into the collapse of the Gaza ceasefire, aid agencies warned of famine.", "ceasefire.status", []string{"collapsed@sources"}},
		{"probe: one week into the war (Sudan)", "en", pubTue, "One week into the war in Sudan, the army and the RSF agreed to talks.", "ceasefire.status", nil},
		{"probe: the army, the only guarantor of security in the city (Sudan)", "en", pubTue, sudanLead20 + "The army is the only guarantor of security in the city, the governor said.", "ceasefire.guarantors", nil},
		{"probe: no guarantor of the city's security but the army (Sudan)", "ar", pubTueAr, sudanLead20Ar + "وقال الوالي إنه لا ضامن لأمن المدينة إلا القوات المسلحة.", "ceasefire.guarantors", nil},
		{"no guarantor of this truce but the army (Sudan)", "ar", pubTueAr, sudanLead20Ar + "وقال الوالي إنه لا ضامن لهذه الهدنة إلا القوات المسلحة.", "ceasefire.guarantors", []string{"only:sudanese_armed_forces@mustafa_osman_hamadai"}},
		{"the army is the only guarantor of the truce (Sudan)", "en", pubTue, sudanLead20 + "The army is the only guarantor of the truce, the governor said.", "ceasefire.guarantors", []string{"only:sudanese_armed_forces@mustafa_osman_hamadai"}},
	})
}

// TestReview20LeadersSignForTheirNamedGroup: a person the gazetteer affiliates with an armed
// group signs for it only where the article names that group: a bare surname alias of another
// war's spokesman ("Hamdan" of Osbat al-Ansar) inside "Mohamed Hamdan Dagalo" signs nothing.
func TestReview20LeadersSignForTheirNamedGroup(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: Dagalo signed a decree (Sudan)", "en", pubTue, sudanLead20 + "RSF commander Mohamed Hamdan Dagalo signed a decree on Tuesday dissolving the group's advisory council.", "ceasefire.signatory_groups", nil},
		{"probe: Dagalo signed the condolence book (Sudan)", "ar", pubTueAr, sudanLead20Ar + "ووقع محمد حمدان دقلو في سجل التعازي بالسفارة.", "ceasefire.signatory_groups", nil},
		{"probe: Dagalo refused to sign (Sudan)", "ar", pubTueAr, sudanLead20Ar + "ورفض محمد حمدان دقلو التوقيع على الاتفاق.", "ceasefire.signatory_groups", nil},
		{"probe: a group says it signed a gold contract (Sudan)", "en", pubTue, sudanLead20 + "The RSF said it signed a gold export contract with a Russian firm.", "ceasefire.signatory_groups", nil},
		{"probe: a group says it would sign (Sudan)", "en", pubTue, sudanLead20 + "The RSF said it would sign once the army withdrew.", "ceasefire.signatory_groups", nil},
	})
}

// TestReview20SidesBoundToWithdrawWhat: the two sides bound to withdraw (an obliging verb:
// يلزم, تعهّد) withdraw their forces only when what is withdrawn is a force, armed men or
// weapons, or goes unnamed: lawsuits withdrawn are none.
func TestReview20SidesBoundToWithdrawWhat(t *testing.T) {
	both := []string{"rapid_support_forces=required@outlet", "sudanese_armed_forces=required@outlet"}
	runCases(t, []mechanismCase{
		{"probe: both sides pledged to withdraw the lawsuits (Sudan)", "ar", pubTueAr, sudanLead20Ar + "وتعهد الطرفان بسحب الشكاوى المقدمة إلى المحكمة.", "ceasefire.withdrawal", nil},
		{"both sides pledged to withdraw the fighters (Sudan)", "ar", pubTueAr, sudanLead20Ar + "وتعهد الطرفان بسحب المقاتلين من الأحياء السكنية.", "ceasefire.withdrawal", both},
		{"both sides pledged to withdraw their gunmen (Sudan)", "ar", pubTueAr, sudanLead20Ar + "وتعهد الطرفان بسحب مسلحيهما من الأحياء السكنية.", "ceasefire.withdrawal", both},
		{"the deal binds both sides to withdraw heavy weapons (Sudan)", "ar", pubTueAr, sudanLead20Ar + "ويلزم الاتفاق الطرفين بسحب الأسلحة الثقيلة من المدينة.", "ceasefire.withdrawal", both},
	})
}

// TestReview20DismissedDeedOfASignatory: a signing told in a relative clause on the one the
// dismissed content is about is presupposed, not dismissed.
func TestReview20DismissedDeedOfASignatory(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: allegations that the army, which signed the truce, attacked civilians are baseless", "en", pubTue, "Allegations that the army, which signed the truce on Monday, attacked civilians are baseless, the ministry said.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"probe: claims that the RSF, which signed the truce, shelled the city are untrue", "ar", pubTueAr, "وقال الجيش إن الادعاءات بأن قوات الدعم السريع التي وقعت على الهدنة قصفت المدينة غير صحيحة.", "ceasefire.status",
			[]string{"agreed@sudanese_armed_forces"}},
	})
}

// TestReview20DismissedManner: dismissed content with a manner after its cue ("under
// pressure", "تحت ضغوط") dismisses the manner; the signing stands.
func TestReview20DismissedManner(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: claims that the truce was signed under pressure are baseless", "en", pubTue, "Claims that the truce was signed under pressure are baseless, the Sudanese army said.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"probe: what is said of the truce signed under foreign pressure is baseless", "ar", pubTueAr, "وقال الجيش السوداني إن ما يتردد عن أن اتفاق الهدنة وُقّع تحت ضغوط خارجية لا أساس له من الصحة.", "ceasefire.status",
			[]string{"agreed@sudanese_armed_forces"}},
		{"probe: news of the truce signed under duress is untrue", "ar", pubTueAr, "وقال الجيش السوداني إن الأنباء عن توقيع الهدنة تحت الإكراه عارية عن الصحة.", "ceasefire.status",
			[]string{"agreed@sudanese_armed_forces"}},
	})
}
