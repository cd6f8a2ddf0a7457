package claims

import "testing"

// TestStatusStartToCome: a present start verb ("enters into force", «يدخل حيز التنفيذ») whose
// start, dated in its clause, is still to come at publication states no truce in force (marib
// mb_014 "The truce enters into force at 00:00 on 15 March", filed on the 14th; gorongosa
// gr_035 "the ceasefire enters into force at 11 p.m. Rome time tonight"; bamenda bm_014 "once
// the cessation of hostilities enters into force tonight at midnight"). Near misses: a start
// already past; a past start verb; "is holding" (no start verb).
func TestStatusStartToCome(t *testing.T) {
	runCases(t, []mechanismCase{
		{"enters into force tomorrow at a clock hour (Yemen)", "en", pubTue, "The truce enters into force at 00:00 on 15 October, Sanaa time, the UN said.", "ceasefire.status", nil},
		{"enters into force tonight at midnight (Yemen)", "en", pubTue, "The UN said the truce enters into force tonight at midnight.", "ceasefire.status", nil},
		{"Arabic: تدخل الهدنة حيز التنفيذ منتصف الليلة (Yemen, ar)", "ar", pubTueAr, "وقالت الأمم المتحدة إن الهدنة تدخل حيز التنفيذ عند منتصف هذه الليلة.", "ceasefire.status", nil},
		{"near miss: entered into force at midnight, past (Yemen)", "en", pubTue, "The UN said the truce entered into force at midnight.", "ceasefire.status",
			[]string{"in_force@un"}},
		{"near miss: the truce is holding (Yemen)", "en", pubTue, "The UN said the truce is holding in Taiz.", "ceasefire.status",
			[]string{"in_force@un"}},
	})
}
