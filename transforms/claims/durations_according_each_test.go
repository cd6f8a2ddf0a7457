package claims

import "testing"

// TestAccordingEachSpan: two spans of the truce in one sentence, each followed by whose account
// it is; a bare unit coordinated after the first is the second side's span. Witnesses:
// rasajdir rj_029 («كم تدوم؟ ثلاثة أيام بحسب وزارة الداخلية، وأسبوعاً بحسب الرئاسي»), agadez
// ag_023 («لمدة ثلاثة أشهر بحسب الوسيط الجزائري، وشهر واحد فقط بحسب نيامي»). Not: the same side
// twice, a unit not coordinated, a first span with no account of its own.
func TestAccordingEachSpan(t *testing.T) {
	const leadLy = "صمدت الهدنة في ليبيا. كم تدوم؟ "
	runCases(t, []mechanismCase{
		{"a bare unit, the coordinator a prefix (rasajdir rj_029)", "ar", "", leadLy + "ثلاثة أيام بحسب وزارة الداخلية، وأسبوعاً بحسب المجلس الرئاسي.",
			"ceasefire.duration", []string{"7@libyan_presidential_council", "3@gnu_interior_ministry"}},
		{"a unit counted by one (after agadez ag_023)", "ar", "", "صمدت الهدنة في أغاديز. وقف لإطلاق النار في إقليم أغاديز لمدة ثلاثة أشهر بحسب الوسيط الجزائري، وشهر واحد فقط بحسب الحكومة النيجرية.",
			"ceasefire.duration", []string{"[28,31]@nigerien_government", "[89,92]@algeria"}},
		{"English, an indefinite article before the unit", "en", "", "The truce between Niger and the FLAA is holding. It runs for ninety days according to Algeria, and a month according to Niamey.",
			"ceasefire.duration", []string{"[28,31]@niger", "90@algeria"}},
		// Near misses.
		{"the same side twice", "ar", "", leadLy + "ثلاثة أيام بحسب وزارة الداخلية، وأسبوعاً بحسب وزارة الداخلية.",
			"ceasefire.duration", []string{"3@gnu_interior_ministry"}},
		{"not coordinated", "ar", "", leadLy + "ثلاثة أيام بحسب وزارة الداخلية، ثم أسبوعاً بحسب المجلس الرئاسي.",
			"ceasefire.duration", []string{"3@gnu_interior_ministry"}},
		{"the first span has no account of its own", "ar", "", leadLy + "ثلاثة أيام، وأسبوعاً بحسب المجلس الرئاسي.",
			"ceasefire.duration", []string{"3@libyan_presidential_council"}},
	})
}
