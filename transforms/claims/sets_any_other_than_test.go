package claims

import "testing"

// TestNoGuarantorButX: a guarantee refused or denied to all but the names after an exception
// word makes them the only guarantors:
//   - «أي ضامن غير X», "any guarantor other than X", under a negation or a refusal (kadugli
//     kd_028 «لن تقبل بأي ضامن غير جنوب السودان», somalia so_006 «ترفض جوبالاند أي ضامن غير
//     إيغاد وكينيا»): غير (lexicon any_other_than_words) is the exception word only after "any"
//     and before a name; elsewhere it is "non-" («أي ضامن غير محايد»).
func TestNoGuarantorButX(t *testing.T) {
	const juba = "وقع الجيش والحركة الشعبية اتفاق وقف إطلاق النار في جوبا. "
	runCases(t, []mechanismCase{
		{"any guarantor other than X, negated", "ar", "",
			juba + "وأضاف المصدر أن الخرطوم لن تقبل بأي ضامن غير كينيا.", "ceasefire.guarantors",
			[]string{"only:kenya@outlet"}},
		{"any guarantor other than X, refused", "ar", "",
			juba + "وأضاف المصدر أن الخرطوم ترفض أي ضامن غير كينيا.", "ceasefire.guarantors",
			[]string{"only:kenya@outlet"}},
		// Near misses: غير before no name is "non-".
		{"any non-neutral guarantor", "ar", "",
			juba + "وأضاف المصدر أن الخرطوم ترفض أي ضامن غير محايد.", "ceasefire.guarantors",
			nil},
		{"any guarantor not concerned", "ar", "",
			juba + "وقال المصدر إن الخرطوم لن تقبل بأي ضامن غير معني بأمن الحدود.", "ceasefire.guarantors",
			nil},
	})
}
