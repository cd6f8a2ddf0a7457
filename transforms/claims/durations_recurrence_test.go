package claims

import "testing"

// TestDurationsSinceLastTime: "for the first time in five weeks" is the time since a thing last
// happened, not the truce's term, though a truce word stands in the sentence; the truce's own
// span beside it stays.
func TestDurationsSinceLastTime(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: food trucks for the first time in five weeks under the truce (Haiti)", "en", pubTue, "World Food Programme trucks reached Cité Soleil on Thursday for the first time in five weeks, using one of the humanitarian corridors opened under the truce, a WFP spokeswoman said.", "ceasefire.duration", nil},
		{"probe: markets reopened for the first time in 15 days as the truce held (Gaza)", "en", pubTue, "Markets in Gaza City reopened for the first time in 15 days as the truce held.", "ceasefire.duration", nil},
		{"probe: aid for the first time in three months under the truce (Sudan)", "en", pubTue, "Aid trucks reached El Fasher for the first time in three months under the truce, the UN said.", "ceasefire.duration", nil},
		{"probe: schools reopened for the first time in nearly six weeks (Mali)", "en", pubTue, "Schools in Kidal reopened for the first time in nearly six weeks as the ceasefire held.", "ceasefire.duration", nil},
		{"probe: a quiet night for the first time in ten days after the truce (Lebanon)", "en", pubTue, "Residents of Ain al-Hilweh slept through the night for the first time in ten days after the truce took effect.", "ceasefire.duration", nil},
		{"probe: convoys for the first time in six months (Yemen, ar)", "ar", pubTueAr, "ودخلت قوافل الإغاثة إلى مدينة تعز لأول مرة منذ ستة أشهر بموجب الهدنة.", "ceasefire.duration", nil},
		{"the truce's own span beside it (Gaza)", "en", pubTue, "The 14-day truce let aid into Rafah for the first time in five weeks.", "ceasefire.duration", []string{"14@outlet"}},
		{"a term with no recurrence phrase (Sudan)", "en", pubTue, "The truce will last 15 days, the UN said.", "ceasefire.duration", []string{"15@un"}},
	})
}
