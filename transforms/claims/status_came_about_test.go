package claims

import "testing"

// TestTruceCameAboutThroughMediation: a truce said to have come about through someone's
// mediation, sponsorship or efforts ("وجاء الاتفاق بوساطة من الاتحاد الأوروبي", kosovo kv_015;
// "وأن الاتفاق جاء بوساطة مخابرات الجيش وحركة حماس", ainhilweh ah_004; "الصلح المؤقت ... تم برعاية
// مكتب رئيس الوزراء", basra bs_005; "العطوة تحققت حصراً بجهود المحافظ", basra bs_025) presupposes
// it was reached: agreed, by whoever says it. The probes are from other wars; a coming about
// of something else, with no manner of mediation, negated, denied, asked for, foreseen or of an
// earlier year's truce gives nothing.
func TestTruceCameAboutThroughMediation(t *testing.T) {
	const gazaLeadAr = "يسود الهدوء الحذر مدينة غزة في ظل الهدنة. "
	const fasherLeadAr = "يسود الهدوء الحذر مدينة الفاشر في ظل الهدنة. "
	const taizLeadAr = "يسود الهدوء الحذر مدينة تعز في ظل الهدنة. "
	runCases(t, []mechanismCase{
		{"the verb before the deal (Gaza)", "ar", pubTueAr, gazaLeadAr + "وجاء الاتفاق بوساطة مصرية قطرية، وفقاً لبيان مشترك.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"the deal before the verb, reported (Sudan)", "ar", pubTueAr, fasherLeadAr + "وذكرت مصادر عسكرية أن الاتفاق جاء بوساطة سعودية أميركية.", "ceasefire.status",
			[]string{"agreed@sources"}},
		{"the truce took place under sponsorship (Yemen)", "ar", pubTueAr, taizLeadAr + "وأفادت مصادر محلية بأن وقف إطلاق النار تم برعاية الأمم المتحدة.", "ceasefire.status",
			[]string{"agreed@sources"}},
		{"achieved solely through efforts (Yemen)", "ar", pubTueAr, taizLeadAr + "وقالت مصادر محلية إن الهدنة «تحققت حصراً بجهود الوسطاء المحليين».", "ceasefire.status",
			[]string{"agreed@sources"}},
		// Nothing.
		{"came in the statement: no manner (Gaza)", "ar", pubTueAr, gazaLeadAr + "وجاء في البيان أن الاتفاق يشمل القطاع كله.", "ceasefire.status", nil},
		{"an exchange done under sponsorship, no truce subject (Sudan)", "ar", pubTueAr, fasherLeadAr + "وتم تبادل الأسرى برعاية اللجنة الدولية للصليب الأحمر.", "ceasefire.status", nil},
		{"a delegation came through mediation (Yemen)", "ar", pubTueAr, taizLeadAr + "وجاء وفد الحكومة بوساطة عمانية إلى مسقط.", "ceasefire.status", nil},
		{"negated (Gaza)", "ar", pubTueAr, gazaLeadAr + "لم يأت الاتفاق بوساطة تركية.", "ceasefire.status", nil},
		{"denied (Sudan)", "ar", pubTueAr, fasherLeadAr + "ونفى المتحدث أن يكون الاتفاق قد جاء بوساطة إماراتية.", "ceasefire.status", nil},
		{"asked for (Yemen)", "ar", pubTueAr, taizLeadAr + "ودعا المبعوث إلى أن يتم وقف إطلاق النار برعاية أممية.", "ceasefire.status", nil},
		{"an earlier year's truce (Gaza)", "ar", pubTueAr, gazaLeadAr + "وكانت هدنة عام 2014 قد جاءت بوساطة مصرية.", "ceasefire.status", nil},
	})
}
