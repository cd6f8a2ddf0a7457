package claims

import "testing"

// TestWithOfAnotherHead: the speaker's deal "with" a side names the parties (parties cue object
// "with"), but not when "with" belongs to another head (parties_with_head.go): a border word
// (lexicon border_words), a cue of brokering right before it, an exchange cue two words before
// it. Facilitation words are mediation (lexicon mediators: بتيسير من, يسّرتها ...), and a brokering
// verb carrying its object with its partner after "with" counts the speaker's state in
// (coBrokerSpeaker, sets_cobroker.go).
func TestWithOfAnotherHead(t *testing.T) {
	runCases(t, []mechanismCase{
		{"the announcing side and the side after with", "ar", "", "أعلنت الحكومة اليمنية التوصل إلى اتفاق لوقف إطلاق النار في الحديدة مع جماعة الحوثي.", "ceasefire.parties",
			[]string{"houthis,yemeni_government@yemeni_government"}},
		{"english the speaker's deal with a side", "en", "", "The Yemeni government said it had reached a ceasefire agreement with the Houthis in Hodeidah.", "ceasefire.parties",
			[]string{"houthis,yemeni_government@yemeni_government"}},

		// Probes: "with" of another head.
		{"arabic a border crossing with a neighbour is no side", "ar", "", yemenLeadAr + "وقالت الحكومة اليمنية إن الاتفاق لا يشمل منفذ الوديعة الحدودي مع السعودية.", "ceasefire.parties",
			[]string{"houthis,yemeni_government@outlet"}},
		{"english the border with a neighbour is no side", "en", "", "The Yemeni government said it had reached a ceasefire agreement with the Houthis that leaves out the crossings on its border with Saudi Arabia.", "ceasefire.parties",
			[]string{"houthis,yemeni_government@yemeni_government"}},
		{"arabic the partner of brokering is a co-broker, not a side", "ar", "", "دخلت الهدنة حيز التنفيذ في غزة. وأكدت قطر دعمها للهدنة التي رعتها مع مصر.", "ceasefire.parties",
			nil},
		{"arabic the partner of a swap is no side of the truce", "ar", "", "دخلت الهدنة حيز التنفيذ في غزة. وقال المتحدث باسم حركة حماس إن الحركة اقترحت تبادل الأسرى مع إسرائيل ضمن ترتيبات الهدنة.", "ceasefire.parties",
			nil},

		// Facilitation is mediation; the speaker who facilitated with a partner.
		{"arabic facilitated by: mediators", "ar", "", yemenLeadAr + "وجاء الاتفاق بتيسير من سلطنة عمان.", "ceasefire.mediators",
			[]string{"oman@outlet"}},
		{"arabic the speaker facilitated it with a partner", "ar", "", "دخلت الهدنة حيز التنفيذ في غزة. وأكدت قطر دعمها للهدنة التي يسّرتها مع مصر.", "ceasefire.mediators",
			[]string{"egypt,qatar@qatar"}},
		{"arabic the speaker brokered it with a partner", "ar", "", "دخلت الهدنة حيز التنفيذ في غزة. وأكدت قطر دعمها للهدنة التي رعتها مع مصر.", "ceasefire.mediators",
			[]string{"egypt,qatar@qatar"}},
		{"arabic an agent named after the verb: no speaker added", "ar", "", "دخلت الهدنة حيز التنفيذ في غزة. وقالت حركة حماس إن الهدنة التي رعتها مصر وقطر صامدة.", "ceasefire.mediators",
			[]string{"egypt,qatar@hamas"}},
		{"arabic facilitating aid entry is no mediation", "ar", "", yemenLeadAr + "وتعهدت الحكومة اليمنية بتيسير دخول المساعدات إلى الحديدة.", "ceasefire.mediators",
			nil},
	})
}
