package claims

import "testing"

// TestSubjectsAfterVerbWithAdjuncts: in verb-subject order the truce noun is the verb's object
// after the names and their adjuncts of time and place; its distance is counted from the last
// name (parties_subjects_after_verb.go). Misses: kadugli kd_006, kd_007, kd_031 ("وقّع الجيش
// السوداني والحركة الشعبية لتحرير السودان – شمال (جناح الحلو) مساء اليوم الخميس في جوبا اتفاقاً
// لوقف العدائيات"), lasanod ls_002 ("وقّعت حكومة أرض الصومال وإدارة إس إس سي-خاتمة مساء اليوم في
// أديس أبابا اتفاقاً لوقف إطلاق النار"); probes from Yemen and Colombia, with "توصل ... إلى". Probes:
// a memorandum on another matter signed by the same sides, a negated signing, brokers signing.
func TestSubjectsAfterVerbWithAdjuncts(t *testing.T) {
	runCases(t, []mechanismCase{
		{"sudan: signed, time and place before the object", "ar", "", "جوبا – وقّع الجيش السوداني والحركة الشعبية لتحرير السودان – شمال (جناح الحلو) مساء اليوم الخميس في جوبا اتفاقاً لوقف العدائيات في ولاية جنوب كردفان.", "ceasefire.parties",
			[]string{"splm_n,sudanese_armed_forces@outlet"}},
		{"somaliland: signed, time and place before the object", "ar", "", "وقّعت حكومة أرض الصومال وإدارة إس إس سي-خاتمة مساء اليوم في أديس أبابا اتفاقاً لوقف إطلاق النار في محيط مدينة لاسعانود، برعاية إثيوبيا.", "ceasefire.parties",
			[]string{"somaliland,ssc_khatumo@outlet"}},
		{"yemen: signed in a capital named with its noun", "ar", "", "عدن - وقّعت الحكومة اليمنية وجماعة الحوثي مساء أمس الأحد في العاصمة العمانية مسقط اتفاقاً لوقف إطلاق النار في محافظة تعز.", "ceasefire.parties",
			[]string{"houthis,yemeni_government@outlet"}},
		{"colombia: reached, time and place before the object", "ar", "", "توصلت الحكومة الكولومبية وجيش التحرير الوطني صباح اليوم الاثنين في العاصمة الكوبية هافانا إلى اتفاق لوقف إطلاق النار الثنائي.", "ceasefire.parties",
			[]string{"colombian_government,eln@outlet"}},

		// Probes.
		{"probe: the same sides sign a memorandum on another matter", "ar", "", "وقّعت الحكومة الكولومبية وجيش التحرير الوطني صباح اليوم الاثنين في العاصمة الكوبية هافانا مذكرة تفاهم بشأن مشاركة المجتمع المدني في المفاوضات.", "ceasefire.parties",
			nil},
		{"probe: a memorandum signed a week after the truce", "ar", "", "وقّع الجيش السوداني والحركة الشعبية مساء اليوم في جوبا مذكرة تفاهم حول الأسرى بعد أسبوع من وقف إطلاق النار.", "ceasefire.parties",
			nil},
		{"probe: a negated signing", "ar", "", "لم يوقّع الجيش السوداني والحركة الشعبية لتحرير السودان – شمال مساء اليوم الخميس في جوبا اتفاقاً لوقف العدائيات.", "ceasefire.parties",
			nil},
		{"probe: brokers sign", "ar", "", "وقّعت مصر وقطر مساء اليوم في القاهرة اتفاقاً لوقف إطلاق النار في غزة بصفتهما وسيطين.", "ceasefire.parties",
			nil},
	})
}
