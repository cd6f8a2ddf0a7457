package claims

import "testing"

// TestTribalTruceNouns: an عطوة (a tribal truce, Iraq, Jordan, Palestine, Yemen) and a مهادنة
// are truces, and a صلح the settlement that ends a feud: without them a tribal truce's coverage
// carried no claim at all.
func TestTribalTruceNouns(t *testing.T) {
	runCases(t, []mechanismCase{
		{"an atwa of three days", "ar", pubTueAr, "اتفقت عشيرتان في محافظة تعز يوم الثلاثاء على عطوة لمدة ثلاثة أيام بوساطة الحوثيين.", "ceasefire.duration",
			[]string{"3@outlet"}},
		{"a muhadana of one week", "ar", pubTueAr, "أعلن الحوثيون التوصل إلى مهادنة مدتها أسبوع في تعز.", "ceasefire.duration",
			[]string{"7@houthis"}},
	})
}
