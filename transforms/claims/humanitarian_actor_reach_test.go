package claims

import "testing"

// TestAidBodiesReachIsAidAccess: an arrival word (وصول, الوصول) with an aid body or an aid team
// for who arrives is aid access: right after "وصول" ("يكفل وصول الوكالات الإنسانية", bamenda
// bm_025; "تسهيل وصول المنظمات الإنسانية", mindanao mn_035; "تأمين وصول الوكالة إلى منشآتها",
// ainhilweh ah_020) or right before "الوصول" ("يتيح للهيئات الإغاثية الوصول", hermel hm_035; "بات
// بإمكان الفرق الإنسانية الوصول", kirkuk kk_030). Probes from Gaza, Sudan, Yemen and Libya;
// reaching an agreement, monitors or army teams arriving, a blockade, a call, a report that
// nobody could reach and workers killed on arrival give nothing.
func TestAidBodiesReachIsAidAccess(t *testing.T) {
	const gazaLeadAr = "يسود الهدوء الحذر مدينة غزة في ظل الهدنة. "
	const fasherLeadAr = "يسود الهدوء الحذر مدينة الفاشر في ظل الهدنة. "
	const taizLeadAr = "يسود الهدوء الحذر مدينة تعز في ظل الهدنة. "
	const tripoliLeadAr = "يسود الهدوء الحذر مدينة طرابلس في ظل الهدنة. "
	runCases(t, []mechanismCase{
		{"the deal guarantees the arrival of aid agencies (Gaza)", "ar", pubTueAr, gazaLeadAr + "وقال المتحدث إن الاتفاق يكفل وصول الوكالات الإنسانية دون عوائق.", "ceasefire.humanitarian",
			[]string{"aid_access=included@outlet"}},
		{"eases the arrival of humanitarian organisations (Sudan)", "ar", pubTueAr, fasherLeadAr + "وتنص الهدنة على تسهيل وصول المنظمات الإنسانية إلى النازحين.", "ceasefire.humanitarian",
			[]string{"aid_access=included@outlet"}},
		{"allows relief bodies to reach (Yemen)", "ar", pubTueAr, taizLeadAr + "ولفت البيان إلى أن الاتفاق «يتيح للهيئات الإغاثية الوصول إلى الأحياء المحاصرة».", "ceasefire.humanitarian",
			[]string{"aid_access=included@outlet"}},
		{"humanitarian teams can now reach (Libya)", "ar", pubTueAr, tripoliLeadAr + "ومع دخول الهدنة حيز التنفيذ بات بإمكان الفرق الإنسانية الوصول إلى الأحياء المتضررة.", "ceasefire.humanitarian",
			[]string{"aid_access=included@outlet"}},
		// Nothing.
		{"reaching an agreement (Gaza)", "ar", pubTueAr, gazaLeadAr + "وأكد الوسطاء أن الطرفين يقتربان من الوصول إلى اتفاق شامل.", "ceasefire.humanitarian", nil},
		{"monitors arriving (Sudan)", "ar", pubTueAr, fasherLeadAr + "ونص الاتفاق على وصول المراقبين الدوليين إلى خطوط التماس.", "ceasefire.humanitarian", nil},
		{"army teams arriving (Yemen)", "ar", pubTueAr, taizLeadAr + "وينص الاتفاق على انسحاب المسلحين فور وصول فرق الجيش إلى المنطقة.", "ceasefire.humanitarian", nil},
		{"a blockade of aid organisations (Gaza)", "ar", pubTueAr, gazaLeadAr + "ومنعت القوات وصول المنظمات الإنسانية إلى المدينة رغم الهدنة.", "ceasefire.humanitarian", nil},
		{"a call to guarantee it (Sudan)", "ar", pubTueAr, fasherLeadAr + "ودعت الأمم المتحدة الطرفين إلى ضمان وصول المنظمات الإنسانية إلى المدنيين.", "ceasefire.humanitarian", nil},
		{"nobody could reach (Libya)", "ar", pubTueAr, tripoliLeadAr + "ولم تتمكن المنظمات الإنسانية من الوصول إلى المدينة منذ أسابيع.", "ceasefire.humanitarian", nil},
		{"workers killed on arrival (Yemen)", "ar", pubTueAr, taizLeadAr + "وقتل اثنان من موظفي الوكالة لدى وصولهم إلى المخيم.", "ceasefire.humanitarian", nil},
	})
}
