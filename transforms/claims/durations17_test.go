package claims

import "testing"

// TestDurations17: number words in the indefinite accusative (ثمانياً وأربعين ساعة), a span right
// after سارية ("تبقى الهدنة سارية ثمانياً وأربعين ساعة"), the truce noun then a definite unit and
// a definite number word ("عطوة الأيام الثلاثة"); "a week of fighting" measures the fighting.
func TestDurations17(t *testing.T) {
	runCases(t, []mechanismCase{
		{"accusative number words", "ar", pubTueAr, yemenLeadAr + "وتستمر الهدنة ثمانياً وأربعين ساعة.", "ceasefire.duration",
			[]string{"2@outlet"}},
		{"remains in force for a span", "ar", pubTueAr, yemenLeadAr + "وتنص الورقة على أن تبقى الهدنة سارية ثمانياً وأربعين ساعة تُجدَّد تلقائياً.", "ceasefire.duration",
			[]string{"2@outlet"}},
		{"probe: in force since a span is no duration", "ar", pubTueAr, yemenLeadAr + "وقال الحوثيون إن الهدنة سارية منذ ثلاثة أيام.", "ceasefire.duration",
			nil},
		{"the truce of the three days", "ar", pubTueAr, yemenLeadAr + "وقال الحوثيون إن أحداً لن يسلّم سلاحه خلال هدنة الأيام الثلاثة هذه.", "ceasefire.duration",
			[]string{"3@houthis"}},
		{"probe: the last three days without the truce noun", "ar", pubTueAr, yemenLeadAr + "وقُتل عشرة أشخاص خلال الأيام الثلاثة الماضية.", "ceasefire.duration",
			nil},
		{"probe: a week of fighting", "en", pubTue, "Two rival tribes in Hodeidah agreed on Tuesday to halt a week of fighting that killed 11 people, officials said.", "ceasefire.duration",
			nil},
		{"a week-long truce still measures the truce", "en", pubTue, "Two rival tribes in Hodeidah agreed on Tuesday to a week-long truce, officials said.", "ceasefire.duration",
			[]string{"7@sources"}},
	})
}
