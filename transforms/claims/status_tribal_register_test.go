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

// TestTribalRegisterStatus: the register's ways of saying a truce took hold, was concluded or was
// not: "مع دخول القلد حيز التنفيذ" (in force; the truce must follow: "مع دخول فصل الشتاء" is the
// season), "لم يُبرم أي اتفاق" (not agreed; another deal "لم يبرم الطرفان أي صفقة تجارية" is not),
// "the qalad was sealed", "elders sealed the truce" (agreed; "sealed off the crossing" is a
// cordon), and a threat of collapse ("هددت غارة ... بانهيار الهدنة") is no collapse.
func TestTribalRegisterStatus(t *testing.T) {
	runCases(t, []mechanismCase{
		{"مع دخول القلد حيز التنفيذ", "ar", pubTueAr, "هدوء حذر يسود الحي مع دخول القلد حيز التنفيذ قبل دقائق.", "ceasefire.status",
			[]string{"in_force@outlet"}},
		{"مع دخول فصل الشتاء, Gaza", "ar", pubTueAr, "مع دخول فصل الشتاء، تتفاقم معاناة النازحين في غزة رغم الهدنة.", "ceasefire.status",
			nil},
		{"لم يُبرم أي اتفاق", "ar", pubTueAr, "وقّع الطرفان القلد أمس. وقالت التنسيقية: «لم يُبرم أي اتفاق، وما جرى لقاء بين شيوخ».", "ceasefire.status",
			[]string{"agreed@outlet", "not_agreed@outlet"}},
		{"a trade deal never concluded, Gaza", "ar", pubTueAr, "صمدت الهدنة في غزة. ولم يبرم الطرفان أي صفقة تجارية منذ سنوات.", "ceasefire.status",
			[]string{"in_force@outlet"}},
		{"a threatened collapse, Idlib", "ar", pubTueAr, "هددت غارة لمسيّرة بانهيار الهدنة الهشة في ريف إدلب.", "ceasefire.status",
			nil},
		{"a collapse", "ar", pubTueAr, "انهارت الهدنة في ريف إدلب بعد غارة لمسيّرة.", "ceasefire.status",
			[]string{"collapsed@outlet"}},
		{"the qalad was sealed", "en", pubTue, "The qalad was sealed in Suakin on Wednesday.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"the qalad sealed on Wednesday", "en", pubTue, "The qalad sealed on Wednesday runs for six months, the umda said.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"elders sealed the truce", "en", pubTue, "Elders sealed the truce with an oath in Basra.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"sealed off a crossing, Gaza", "en", pubTue, "Israeli troops sealed off the Rafah crossing after the truce in Gaza collapsed.", "ceasefire.status",
			[]string{"collapsed@outlet"}},
		{"sealed an area, Ukraine", "en", pubTue, "Police sealed the area after a violation of the ceasefire in Donetsk.", "ceasefire.status",
			nil},
	})
}
