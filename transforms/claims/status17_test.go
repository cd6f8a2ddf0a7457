package claims

import "testing"

// TestStartedIsInForce: a start told as having happened ("بدأت عند الساعة السادسة", "kicked in at
// 1 p.m.") or a truce stated in force from an hour ("يسري اعتباراً من") is in force; a start to
// come, a start denied and "since" after another verb are not.
func TestStartedIsInForce(t *testing.T) {
	runCases(t, []mechanismCase{
		{"began at a clock time", "ar", pubTueAr, yemenLeadAr + "وقال الحوثيون إن الهدنة بدأت عند الساعة السادسة صباحاً.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@houthis"}},
		{"stated in force from an hour", "ar", pubTueAr, yemenLeadAr + "ويسري وقف إطلاق النار اعتباراً من الساعة الواحدة من بعد الظهر.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@outlet"}},
		{"english kicked in", "en", pubTue, yemenLead + "Three quarters of an hour after the ceasefire kicked in at 1 p.m., no shots had been reported from Hodeidah.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@outlet"}},
		{"probe: a start to come", "ar", pubTueAr, yemenLeadAr + "وقال الحوثيون إن الهدنة تبدأ عند الساعة السادسة صباحاً.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"probe: a start denied", "ar", pubTueAr, yemenLeadAr + "ونفى الحوثيون بدء الهدنة صباح الأربعاء.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"probe: since after another verb", "en", pubTue, yemenLead + "The fighters would pull out of the schools they have occupied since Saturday.", "ceasefire.status",
			[]string{"agreed@outlet"}},
	})
}

// TestStatusCues17: accepting the truce (قبلنا العطوة), a mediation that produced it (أنتجت
// الاتفاق), "since the start of its entry into force" are the truce's status; meeting or trying
// to reach one (للبحث في التوصل إلى, trying to broker) is a proposal, not an agreement.
func TestStatusCues17(t *testing.T) {
	runCases(t, []mechanismCase{
		{"we accepted the atwa", "ar", pubTueAr, "قال الشيخ: «قبلنا العطوة إكراماً للمحافظ، ونحن ملتزمون بها»، في إشارة إلى الهدنة في الحديدة.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"probe: before the truce is no acceptance", "ar", pubTueAr, yemenLeadAr + "وقال الحوثيون إن القصف توقف قبل الهدنة بساعات.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"the mediation that produced the deal", "ar", pubTueAr, "قال النائب إن الوساطة التي أنتجت الاتفاق اقتصرت على لجنة النواب، في إشارة إلى الهدنة في الحديدة.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"probe: a mediation that produced no deal", "ar", pubTueAr, "قال النائب إن الوساطة لم تنتج أي اتفاق حتى الآن بشأن الهدنة في الحديدة.", "ceasefire.status",
			nil},
		{"a meeting to discuss reaching a truce", "ar", pubTueAr, "عُقد اجتماع في صنعاء للبحث في التوصل إلى وقف لإطلاق النار في الحديدة.", "ceasefire.status",
			[]string{"proposed@outlet"}},
		{"probe: announcing it reached is agreed", "ar", pubTueAr, "أعلن المبعوث الأممي التوصل إلى وقف لإطلاق النار في الحديدة.", "ceasefire.status",
			[]string{"agreed@un_envoy"}},
		{"since the start of its entry into force", "ar", pubTueAr, yemenLeadAr + "ولم تسجل أي إصابة منذ بدء سريان وقف إطلاق النار.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@outlet"}},
		{"english trying to broker", "en", pubTue, "Tribal leaders were trying to broker a truce in Hodeidah on Tuesday, security sources said.", "ceasefire.status",
			[]string{"proposed@sources"}},
	})
}

// TestAppositiveParticipleAgreed: a participle of reaching the truce set off by commas ("The
// truce, agreed last Friday at Dar al-Fatwa, remains in force") presupposes it: agreed, as the
// convention reads "brokered" and "the ceasefire agreed in Muscat"; a past verb after such a
// phrase with a name for its object is the sentence's own verb.
func TestAppositiveParticipleAgreed(t *testing.T) {
	runCases(t, []mechanismCase{
		{"agreed last Friday", "en", pubTue, yemenLead + "The truce, agreed last Friday in Muscat, remains in force.", "ceasefire.status",
			[]string{"agreed@outlet", "agreed@outlet", "in_force@outlet"}},
		{"probe: the convoy reached a town", "en", pubTue, yemenLead + "The first aid convoy since the truce, 35 trucks of flour and medicine, reached Hays on Tuesday, officials said.", "ceasefire.status",
			[]string{"agreed@outlet"}},
	})
}

// TestAppositiveSubject: an appositive set off by commas between the deal and its verb does
// not part them ("The deal, a purely local one confined to the front lines, was hammered out
// overnight"); a verb after an appositive on something else has another subject.
func TestAppositiveSubject(t *testing.T) {
	runCases(t, []mechanismCase{
		{"the deal, a long appositive, was hammered out", "en", pubTue, yemenLead + "The deal, a purely local one confined to the front lines of the two districts of the city, was hammered out overnight by tribal elders.", "ceasefire.status",
			[]string{"agreed@outlet", "agreed@outlet"}},
		{"probe: the port, an appositive, was reopened", "en", pubTue, yemenLead + "The port, a lifeline for the north of the country and its millions of people, was reopened overnight by the coast guard.", "ceasefire.status",
			[]string{"agreed@outlet"}},
	})
}

// TestCalmAndAbiding: "ساد هدوء حذر ... منذ منتصف الليل" starts the truce at that time and says it
// is in force; "الاتفاق الذي يلتزم به الطرفان" says it is in force; abiding made a measure of
// something else ("بقدر ما تلتزم بها القوات") does not.
func TestCalmAndAbiding(t *testing.T) {
	runCases(t, []mechanismCase{
		{"calm prevailed since midnight: the start", "ar", pubTueAr, yemenLeadAr + "وساد هدوء حذر جبهات الحديدة منذ منتصف الليل.", "ceasefire.start_time",
			[]string{"2025-10-13T21:00:00Z@outlet"}},
		{"calm prevailed since midnight: in force", "ar", pubTueAr, yemenLeadAr + "وساد هدوء حذر جبهات الحديدة منذ منتصف الليل.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@outlet"}},
		{"probe: calm hours before the truce", "ar", pubTueAr, yemenLeadAr + "وساد هدوء حذر جبهات الحديدة قبل ساعات من بدء الهدنة، ثم تجدد القصف صباح الثلاثاء.", "ceasefire.start_time",
			nil},
		{"the agreement the two sides abide by", "ar", pubTueAr, yemenLeadAr + "وقال الحوثيون إن التوقيفات لا تمس جوهر الاتفاق الذي يلتزم به الطرفان.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@houthis"}},
		{"probe: as far as the forces abide by it", "ar", pubTueAr, yemenLeadAr + "وقال الحوثيون إن الهدنة قابلة للتجديد بقدر ما تلتزم بها القوات الحكومية.", "ceasefire.status",
			[]string{"agreed@outlet"}},
	})
}

// TestAgreedOnAProvision: agreeing on a term right after the verb ("اتفقا على تسليم جثامين
// القتلى", "agreed to release the detainees") asserts the term, not the truce; agreeing on the
// truce and a term is the truce's agreed.
func TestAgreedOnAProvision(t *testing.T) {
	runCases(t, []mechanismCase{
		{"agreed on handing over the bodies", "ar", pubTueAr, yemenLeadAr + "وقال الحوثيون إن الهدنة صامدة، وإن الطرفين اتفقا على تسليم جثامين القتلى مساء الجمعة.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@houthis"}},
		{"probe: agreed on the truce and the bodies", "ar", pubTueAr, "قال الحوثيون إن الطرفين اتفقا على وقف لإطلاق النار في الحديدة وتسليم جثامين القتلى.", "ceasefire.status",
			[]string{"agreed@houthis"}},
		{"english agreed to release the detainees", "en", pubTue, yemenLead + "The truce is holding and the two sides also agreed to release the detainees on Friday, the Houthis said.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@houthis"}},
	})
}
