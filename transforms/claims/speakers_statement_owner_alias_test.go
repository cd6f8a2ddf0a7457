package claims

import "testing"

// TestStatementOwnerByDescription: a statement noun followed by a generic description of its
// owner («بيان المكتب», the office's statement) after the body was named in full («المكتب
// السياسي للاتحاد الوطني الكردستاني») is that body's, as the description would be as a
// speaker, not the entity the description names by default in another theatre; a later «وأكد
// البيان» then speaks for it. Near miss: a statement noun followed by a full name keeps it.
func TestStatementOwnerByDescription(t *testing.T) {
	const lead = "أعلن المكتب السياسي للاتحاد الوطني الكردستاني، مساء اليوم الأحد، التوصل إلى اتفاق لوقف إطلاق النار مع الحزب الديمقراطي الكردستاني، يسري اعتباراً من الساعة السادسة من مساء اليوم ولمدة خمسة عشر يوماً قابلة للتمديد. "
	const unit70 = "وأكد البيان أن الاتفاق لا يتضمن أي انسحاب لقوات الوحدة 70 من مواقعها الحالية في كويه."
	runCases(t, []mechanismCase{
		{"sulaymaniyah: the office's statement", "ar", "", lead + "وذكر بيان المكتب أن الاتفاق جرى «بضمانة أميركية وإيرانية». " + unit70, "ceasefire.withdrawal",
			[]string{"unit_70=not_required@puk"}},
		{"a full name after the statement noun keeps it", "ar", "", "أعلن الحزب الديمقراطي الكردستاني التوصل إلى اتفاق لوقف إطلاق النار. وذكر بيان الاتحاد الوطني الكردستاني أن الاتفاق جرى «بضمانة أميركية وإيرانية». " + unit70, "ceasefire.withdrawal",
			[]string{"unit_70=not_required@puk"}},
	})
}
