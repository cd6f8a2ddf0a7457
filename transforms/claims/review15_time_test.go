package claims

// Review of the stop-15 round (status, time and speakers): probe sentences of other shapes for
// each new or widened rule. Each row says what a careful reader takes from the sentence: mostly
// nothing, or the hedged or negated claim.

import "testing"

// The Yemeni lead gives agreed@outlet (status) and partial@outlet (scope) in every row that has it.

// TestReview15InPlaceSubject: "remains in place" says the truce holds only when the truce is its
// subject; checkpoints, sanctions, curfews and troops stay in place too.
func TestReview15InPlaceSubject(t *testing.T) {
	runCases(t, []mechanismCase{
		{"the truce remains in place", "en", pubTue, yemenLead + "The Yemeni government said the ceasefire remains in place.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@yemeni_government"}},
		{"a modified truce remains in place", "en", pubTue, "Colombia's government said the bilateral ceasefire with the ELN remains in place.", "ceasefire.status",
			[]string{"in_force@colombian_government"}},
		{"probe: checkpoints remain in place despite the truce", "en", pubTue, yemenLead + "Checkpoints remain in place around Hodeidah despite the truce, residents said.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"probe: roadblocks set up before the ceasefire", "en", pubTue, yemenLead + "Roadblocks set up before the ceasefire are still in place on the Hodeidah road, the Houthis said.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"probe: a curfew in place since the truce was agreed", "en", pubTue, yemenLead + "A curfew that has been in place since the ceasefire was agreed will be lifted, the Houthis said.", "ceasefire.status",
			[]string{"agreed@outlet", "agreed@houthis"}},
		{"probe: sanctions remain in place", "en", pubTue, yemenLead + "Sanctions on the Houthis remain in place despite the ceasefire, the US said.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"probe: Sri Lankan checkpoints after the truce", "en", pubTue, "The Sri Lankan army said checkpoints remained in place in Jaffna after the ceasefire with the Tamil Tigers.", "ceasefire.status",
			nil},
		{"probe: Karabakh troops stayed in place", "en", pubTue, "Russian troops stayed in place in Karabakh after the truce, the Azerbaijani defence ministry said.", "ceasefire.status",
			nil},
		{"probe: a question", "en", pubTue, yemenLead + "Was a ceasefire in place when the shelling of Hodeidah began?", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"probe: a denial", "en", pubTue, yemenLead + "The Yemeni government denied that any ceasefire was in place in Hodeidah.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"probe: a demand", "en", pubTue, yemenLead + "The Houthis demanded that the ceasefire remain in place until the talks end.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"probe: an earlier truce in a relative clause", "en", pubTue, yemenLead + "The 2018 Stockholm truce, which was in place until May, collapsed after heavy fighting, the Houthis said.", "ceasefire.status",
			[]string{"agreed@outlet"}},
	})
}

// TestReview15TomorrowAsName: the added relative day "غد" matches "الغد" through the article,
// and "الغد" after a noun names a paper, a channel or a party, not tomorrow.
func TestReview15TomorrowAsName(t *testing.T) {
	runCases(t, []mechanismCase{
		{"noon of the day of tomorrow", "ar", pubTueAr, yemenLeadAr + "وتبدأ الهدنة ظهر يوم غد.", "ceasefire.start_time",
			[]string{"2025-10-15T09:00:00Z@outlet"}},
		{"probe: al-Ghad channel reports a midnight start", "ar", pubTueAr, yemenLeadAr + "وأفادت قناة الغد بأن الهدنة ستبدأ عند منتصف الليل.", "ceasefire.start_time",
			[]string{"2025-10-14T21:00:00Z@outlet"}},
		{"probe: al-Ghad paper reports a past midnight start", "ar", pubTueAr, yemenLeadAr + "وذكرت صحيفة الغد أن الهدنة دخلت حيز التنفيذ منتصف الليل.", "ceasefire.start_time",
			[]string{"2025-10-13T21:00:00Z@outlet"}},
		{"probe: al-Ghad movement quoted on a clock time", "ar", pubTueAr, yemenLeadAr + "وقال تيار الغد السوري إن الهدنة تبدأ الساعة السادسة مساء.", "ceasefire.start_time",
			[]string{"2025-10-14T15:00:00Z@outlet"}},
	})
}

// TestReview15PastVerbGoverns: a past start verb dates a clock time through the truce's
// compliance only, not through talks on it or a violation of it.
func TestReview15PastVerbGoverns(t *testing.T) {
	runCases(t, []mechanismCase{
		{"began complying", "ar", pubTueAr, yemenLeadAr + "وقالت الحكومة اليمنية في بيان إن قواتها \"بدأت الالتزام بوقف إطلاق النار اعتباراً من السادسة صباحاً\".", "ceasefire.start_time",
			[]string{"2025-10-14T03:00:00Z@yemeni_government"}},
		{"probe: began violating the truce", "en", pubTue, yemenLead + "Government forces began violating the ceasefire from 6 a.m., the Houthis said.", "ceasefire.start_time",
			nil},
		{"probe: began shelling despite the truce", "ar", pubTueAr, yemenLeadAr + "وبدأ الحوثيون انتهاك الهدنة عند الساعة السادسة صباحاً.", "ceasefire.start_time",
			nil},
	})
}

// TestReview15PronounDayPart: "أنه بدأ صباح الأحد" is the truce's start only when the truce is
// what the pronoun stands for, not an attack named with it.
func TestReview15PronounDayPart(t *testing.T) {
	runCases(t, []mechanismCase{
		{"the truce began on Sunday morning", "ar", pubTueAr, yemenLeadAr + "وقالت الحكومة اليمنية إن الهدنة بدأت صباح الأحد.", "ceasefire.start_time",
			[]string{"2025-10-12@yemeni_government"}},
		{"probe: the attack began on Sunday morning", "ar", pubTueAr, yemenLeadAr + "وقالت الأمم المتحدة إن الهجوم على حيس تواصل رغم الهدنة، مشيرة إلى أنه بدأ صباح الأحد.", "ceasefire.start_time",
			nil},
		{"probe: the violation began on Sunday morning", "ar", pubTueAr, yemenLeadAr + "وأكدت الحكومة أن الحوثيين خرقوا الهدنة، وأوضحت أنه بدأ صباح الأحد بقصف مدفعي.", "ceasefire.start_time",
			nil},
	})
}

// TestReview15AnonymityFormula: "فضل عدم ذكر اسمه", "not authorised to speak" keep a source
// anonymous, and "who did not say" describes the speaker: their negation governs no content, so
// the truce's state stays asserted.
func TestReview15AnonymityFormula(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: preferred not to be named", "ar", pubTueAr, yemenLeadAr + "وقال مصدر عسكري فضل عدم ذكر اسمه إن وقف إطلاق النار انهار صباح اليوم.", "ceasefire.status",
			[]string{"agreed@outlet", "collapsed@sources"}},
		{"probe: asked not to reveal his name", "ar", pubTueAr, yemenLeadAr + "وقال مصدر طلب عدم الكشف عن اسمه إن الهدنة صامدة.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@sources"}},
		{"probe: not authorised to speak", "en", pubTue, yemenLead + "An official who was not authorised to speak to the media said the truce had collapsed.", "ceasefire.status",
			[]string{"agreed@outlet", "collapsed@outlet"}},
		{"probe: a negated verb of saying in a relative clause on the speaker", "ar", pubTueAr, yemenLeadAr + "وقال الحوثيون الذين لم يعلنوا عن خسائرهم إن الهدنة انهارت.", "ceasefire.status",
			[]string{"agreed@outlet", "collapsed@houthis"}},
		{"probe: who would not say, then said", "en", pubTue, yemenLead + "Houthi officials who would not say where they were said the truce had collapsed.", "ceasefire.status",
			[]string{"agreed@outlet", "collapsed@houthis"}},
		{"still unasserted: neither side said", "en", pubTue, "Neither side said the ceasefire in Hodeidah had collapsed.", "ceasefire.status",
			nil},
		{"still unasserted: nobody said", "ar", pubTueAr, yemenLeadAr + "وقالت الحكومة إن الحوثيين لم يقولوا إن الهدنة انهارت لكنهم واصلوا القصف.", "ceasefire.status",
			[]string{"agreed@outlet"}},
	})
}

// TestReview15ProbesThatHold: the new cues read right on probes of other shapes (kept as rows so
// a later change that breaks them shows).
func TestReview15ProbesThatHold(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: zero hour of an assault", "ar", pubTueAr, yemenLeadAr + "وقالت مصادر إن ساعة الصفر حددت للهجوم على مدينة الحديدة عند الفجر.", "ceasefire.start_time",
			nil},
		{"probe: zero hour in Sirte", "ar", pubTueAr, "وقالت مصادر عسكرية إن ساعة الصفر حددت لاقتحام مدينة سرت عند الخامسة فجرا.", "ceasefire.start_time",
			nil},
		{"probe: agreed upon under a condition", "ar", pubTueAr, yemenLeadAr + "وقال الحوثيون إن أي هدنة لن تصمد ما لم يتفق عليها الطرفان في الحديدة.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"probe: agreed upon, negated", "ar", pubTueAr, yemenLeadAr + "وقالت الحكومة اليمنية إن وقف إطلاق النار لم يتفق عليه بعد.", "ceasefire.status",
			[]string{"agreed@outlet", "not_agreed@yemeni_government"}},
		{"probe: agreed upon, a question", "ar", pubTueAr, yemenLeadAr + "هل يتفق عليه الطرفان قبل نهاية الأسبوع؟", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"probe: a rejected proposal", "ar", pubTueAr, yemenLeadAr + "ورفض الحوثيون مقترح وقف إطلاق النار الذي قدمته الحكومة.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"probe: we ceased fire, a fighting report", "ar", pubTueAr, yemenLeadAr + "وقال قائد ميداني: \"أوقفنا النار لكن الحوثيين واصلوا القصف\".", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"probe: ceased fire, a question", "ar", pubTueAr, yemenLeadAr + "هل أوقفت القوات الحكومية النار في الحديدة؟", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"probe: a twelve that counts the dead", "ar", pubTueAr, yemenLeadAr + "وقتل 12 شخصا عند منتصف الليل في قصف على حيس.", "ceasefire.start_time",
			nil},
		{"probe: a coming verb-first start stays coming", "ar", pubTueAr, yemenLeadAr + "ودخلت القوات الحكومية مدينة حيس قبل أن تدخل الهدنة حيز التنفيذ ظهر الأربعاء.", "ceasefire.start_time",
			[]string{"2025-10-15T09:00:00Z@outlet"}},
		{"probe: a prisoner exchange taking effect", "en", pubTue, yemenLead + "The exchange of prisoners took effect at midnight on Friday.", "ceasefire.start_time",
			nil},
	})
}

// TestReview15PronounSpeakers: "it" and "he"/"she" after a verb of saying stand for the body or
// the person quoted before, past speakers of the other kind.
func TestReview15PronounSpeakers(t *testing.T) {
	runCases(t, []mechanismCase{
		{"it: the body before the plural sources", "en", pubTue, yemenLead + "The Yemeni government said the truce had collapsed. Diplomats said Oman was mediating. It added that the truce excludes Aden.", "ceasefire.exclusions",
			[]string{"aden=excluded@yemeni_government"}},
		{"she: the official of a body", "en", pubTue, yemenLead + "The Houthis said the truce excludes Aden. A Yemeni government official said the truce had collapsed. She added that the truce covers the whole country.", "ceasefire.scope",
			[]string{"partial@outlet", "nationwide@yemeni_government"}},
	})
}

// TestReview15BeganSubject: "began" and "begin" date the truce only when the truce (or "it" for
// it) is what begins, or its observance is the object; shelling, talks or deliveries that began
// near a ceasefire noun date nothing.
func TestReview15BeganSubject(t *testing.T) {
	runCases(t, []mechanismCase{
		{"the truce began", "en", pubTue, yemenLead + "The truce began at 10 a.m., the UN said.", "ceasefire.start_time",
			[]string{"2025-10-14T07:00:00Z@un"}},
		{"after the truce began", "en", pubTue, yemenLead + "Fighting stopped after the truce began at midnight, residents said.", "ceasefire.start_time",
			[]string{"2025-10-13T21:00:00Z@local_residents"}},
		{"it began, the truce named before", "en", pubTue, yemenLead + "It began at midnight, the Houthis said.", "ceasefire.start_time",
			[]string{"2025-10-13T21:00:00Z@houthis"}},
		{"that it would begin", "en", pubTue, yemenLead + "The ceasefire covers the whole of Hodeidah, the Houthis said, adding that it would begin at midnight.", "ceasefire.start_time",
			[]string{"2025-10-14T21:00:00Z@houthis"}},
		{"a relative clause on the truce", "en", pubTue, yemenLead + "The ceasefire, which began at midnight on Friday, is holding.", "ceasefire.start_time",
			[]string{"2025-10-10T21:00:00Z@outlet"}},
		{"would begin observing the truce", "en", pubTue, yemenLead + "The Houthis said their units would begin observing the truce at noon on Wednesday.", "ceasefire.start_time",
			[]string{"2025-10-15T09:00:00Z@houthis"}},
		{"probe: shelling began after the ceasefire", "en", pubTue, yemenLead + "Shelling began at 10 a.m., hours after the ceasefire, residents said.", "ceasefire.start_time",
			nil},
		{"probe: delegates began discussing the ceasefire", "en", pubTue, yemenLead + "Delegates began discussing the ceasefire at 10 a.m., the UN said.", "ceasefire.start_time",
			nil},
		{"probe: talks on the ceasefire began", "en", pubTue, yemenLead + "Talks on the ceasefire began at 10 a.m., the UN said.", "ceasefire.start_time",
			nil},
		{"probe: aid deliveries began under the truce", "en", pubTue, yemenLead + "Aid deliveries began on Friday under the truce.", "ceasefire.start_time",
			nil},
		{"probe: officials said shelling began", "en", pubTue, yemenLead + "The truce was agreed on Monday, and officials said shelling began at 10 a.m.", "ceasefire.start_time",
			nil},
	})
}
