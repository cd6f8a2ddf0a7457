package claims

import "testing"

// TestQaladIsATruce: the qalad (قلد), the Beja custom in which elders pledge their communities to
// peace for a fixed term, is a truce noun like عطوة: without it a Sudanese tribal truce's coverage
// carried no status, start or scope claim. The verb قلّد (to decorate, to imitate), spelled alike,
// carries none.
func TestQaladIsATruce(t *testing.T) {
	runCases(t, []mechanismCase{
		{"reaching a qalad", "ar", pubTueAr, "أعلن ناظر القبيلة التوصل إلى قلد بين عشيرتين في كسلا يوم الثلاثاء.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"the qalad took effect", "en", pubTue, "The qalad took effect at 6 p.m. on Tuesday, the governor said.", "ceasefire.status",
			[]string{"in_force@outlet"}},
		{"decorated, not a truce", "ar", pubTueAr, "قلّد الرئيس السوداني قائد الجيش وسام الشجاعة يوم الثلاثاء في الخرطوم.", "ceasefire.status",
			nil},
		{"imitated, not a truce", "ar", pubTueAr, "قلد المتظاهرون في الخرطوم هتافات الثورة السابقة.", "ceasefire.status",
			nil},
		{"Gaza medals after the ceasefire: no qalad claim", "ar", pubTueAr, "قلّد رئيس الأركان الإسرائيلي جنوداً أوسمة بعد عودتهم من غزة.", "ceasefire.status",
			nil},
	})
}
