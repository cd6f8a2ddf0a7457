package claims

import "testing"

// TestHeldSpanConstructHead: a span held in a relative clause by a construct whose head noun
// has no name («وفد الجيش», the army's delegation) is its owner's. Witness: kadugli kd_038
// («الخلاف لا يزال قائماً حول مدته: ثلاثون يوماً يتمسك بها وفد الجيش، وثلاثة أشهر تطالب بها
// الحركة»). Probe from Yemen. Not: an owner that is a place («أهل تعز», the people of Taiz: a city is no side).
func TestHeldSpanConstructHead(t *testing.T) {
	const pub = "2031-05-10T12:00:00+03:00"
	runCases(t, []mechanismCase{
		{"the army's delegation holds thirty days (Kadugli)", "ar", pub,
			"وقال المصدر إن الخلاف على هدنة كادقلي لا يزال قائماً حول مدتها: ثلاثون يوماً يتمسك بها وفد الجيش، وثلاثة أشهر تطالب بها الحركة الشعبية.",
			"ceasefire.duration", []string{"30@sudanese_armed_forces", "[89,92]@splm_n"}},
		{"the Houthis' delegation speaks of sixty days (Yemen)", "ar", pub,
			"ولا يزال الخلاف قائماً حول مدة الهدنة في تعز: ثلاثون يوماً تتمسك بها الحكومة، وستون يوماً يتحدث عنها وفد الحوثيين.",
			"ceasefire.duration", []string{"30@yemeni_government", "60@houthis"}},
		// Near miss.
		{"a place owns the head noun", "ar", pub,
			"ولا يزال الخلاف قائماً حول مدة الهدنة في تعز: ثلاثون يوماً يتحدث عنها أهل تعز.",
			"ceasefire.duration", []string{"30@outlet"}},
	})
}
