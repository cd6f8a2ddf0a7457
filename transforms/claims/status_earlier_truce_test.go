package claims

// Earlier truces against steps of this one: in an undated article a year named next to a
// status cue dates an earlier truce; an Arabic pluperfect (كان ... قد) recaps this truce when it
// names no year and is anchored in the story (a definite truce or talks noun, a weekday, the
// current month).

import "testing"

func TestStatusEarlierTruceByYear(t *testing.T) {
	runCases(t, []mechanismCase{
		{"undated: a truce brokered in a named year collapsed", "en", "", yemenLead + "A local truce that the UN brokered in February 2019 collapsed within a week.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"undated: the 2018 agreement, signed in Stockholm", "en", "", yemenLead + "The 2018 Stockholm Agreement, also signed by both sides, required a withdrawal from the port.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"dated: this truce agreed in the publication year", "en", "2019-05-02", yemenLead + "The truce agreed in June 2019 is holding, the UN said.", "ceasefire.status",
			[]string{"agreed@outlet", "agreed@un", "in_force@un"}},
		{"undated: a year far from the cue keeps it", "en", "", yemenLead + "The truce is holding in Hodeidah, the UN said on Wednesday, in a port that has seen no calm since the fighting of 2018.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@un"}},
		{"arabic undated: the ceasefire the sides reached in a named year", "ar", "", yemenLeadAr + "واستمر وقف إطلاق النار الذي توصل إليه الطرفان عام 2022 ستة أشهر قبل أن ينهار.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"arabic undated: the agreement of a named year was signed", "ar", "", yemenLeadAr + "واعتبرت الحكومة اليمنية أن اتفاق عام 2018 \"وُقّع من دون أهل تعز\".", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"undated: a year after a year noun", "en", "", yemenLead + "The truce agreed in the year 2019 collapsed within a week.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"undated: a resolution number is no year", "en", "", r14aLead + "Under Security Council resolution 2051, the deal was signed by both sides.", "ceasefire.status",
			[]string{"agreed@outlet", "agreed@outlet"}},
		{"undated: a clock time is no year", "en", "", r14aLead + "The deal was signed by both sides at 2000 GMT.", "ceasefire.status",
			[]string{"agreed@outlet", "agreed@outlet"}},
		{"arabic undated: a troop count is no year", "ar", "", yemenLeadAr + "وينص الاتفاق الذي وقعه الطرفان على انسحاب 2000 مقاتل من المدينة.", "ceasefire.status",
			[]string{"agreed@outlet", "agreed@outlet"}},
		{"arabic undated: a year after a month", "ar", "", yemenLeadAr + "وكان اتفاق وقعه الطرفان في آذار/مارس 2019 قد انهار بعد أيام.", "ceasefire.status",
			[]string{"agreed@outlet"}},
	})
}

func TestStatusPluperfectOfThisTruce(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic the agreement had been concluded this month", "ar", "", yemenLeadAr + "وكان الاتفاق قد أُبرم في الثالث من الشهر الجاري برعاية سلطنة عمان.", "ceasefire.status",
			[]string{"agreed@outlet", "agreed@outlet"}},
		{"arabic the mediator had played the role that led to the truce", "ar", "", yemenLeadAr + "وكانت سلطنة عمان قد أدّت دور الوسيط الذي أفضى إلى الهدنة.", "ceasefire.status",
			[]string{"agreed@outlet", "agreed@outlet"}},
		{"arabic a proposal made last Monday", "ar", "", yemenLeadAr + "وكانت سلطنة عمان قد اقترحت الهدنة على الطرفين يوم الاثنين الماضي.", "ceasefire.status",
			[]string{"agreed@outlet", "proposed@outlet"}},
		{"arabic an earlier similar agreement with a year stays background", "ar", "", yemenLeadAr + "وكان الطرفان قد وقّعا في آذار/مارس 2018 اتفاقاً مماثلاً لكنه انهار بعد أسابيع.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"arabic the first truce collapsed last April", "ar", "", yemenLeadAr + "وكانت الهدنة الأولى قد انهارت في أبريل الماضي.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"arabic a similar agreement on a weekday years ago", "ar", "", yemenLeadAr + "وكان الطرفان قد وقعا اتفاقا مماثلا يوم الجمعة قبل ثلاث سنوات لكنه انهار.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"arabic the truce had collapsed last year", "ar", "", yemenLeadAr + "وكانت الهدنة قد انهارت العام الماضي.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"arabic a weekday outside the pluperfect clause does not date it", "ar", "", yemenLeadAr + "وكان الطرفان قد وقعا اتفاقا في تعز، ثم التقى الوفدان يوم الأحد.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"arabic an unanchored pluperfect stays background", "ar", "", yemenLeadAr + "وكانت الحكومة اليمنية قد اتهمت الحوثيين بخرق هدنة محلية في تعز ولم تصمد سوى أيام.", "ceasefire.status",
			[]string{"agreed@outlet"}},
	})
}

func TestStatusWelcomedTheDeal(t *testing.T) {
	runCases(t, []mechanismCase{
		{"welcomed the deal", "en", "", yemenLead + "Saudi Arabia welcomed the deal.", "ceasefire.status",
			[]string{"agreed@outlet", "agreed@saudi_arabia"}},
		{"welcomed this agreement", "en", "", yemenLead + "Oman welcomed this agreement on Wednesday.", "ceasefire.status",
			[]string{"agreed@outlet", "agreed@oman"}},
		{"welcomed the talks is no agreement", "en", "", yemenLead + "Oman welcomed the talks in Muscat.", "ceasefire.status",
			[]string{"agreed@outlet"}},
	})
}
