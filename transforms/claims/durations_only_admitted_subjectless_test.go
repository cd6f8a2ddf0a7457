package claims

import "testing"

// TestOnlyAdmittedSubjectless: a negated verb with an exception before a span is a side's own
// account of the truce's length only when the side is its subject: named, or the speaker's
// pronoun before the negation ("إنها لم تلتزم إلا بثلاثة أيام"). A verb with no subject of its
// own allows or opens something for that long, no side's account ("ولم يُسمح إلا بثلاث ساعات
// يومياً لإدخال المساعدات": an aid window). Probes from Gaza and Sudan (durations_only_admitted.go).
func TestOnlyAdmittedSubjectless(t *testing.T) {
	const gazaAr = "اتفقت إسرائيل وحماس على وقف إطلاق النار في غزة. وتقول مصر إن الهدنة تمتد ستة أسابيع، "
	const sudanAr = "اتفق الجيش السوداني وقوات الدعم السريع على هدنة في الفاشر. ويقول الجيش إن الهدنة تمتد ثلاثين يوماً، "
	runCases(t, []mechanismCase{
		{"an aid window allowed (Gaza)", "ar", "", gazaAr + "ولم يُسمح إلا بثلاث ساعات يومياً لإدخال المساعدات.", "ceasefire.duration",
			[]string{"42@egypt"}},
		{"hours allowed for civilians to move (Sudan)", "ar", "", sudanAr + "ولا يُسمح إلا بأربع ساعات يومياً لتنقل المدنيين.", "ceasefire.duration",
			[]string{"30@sudanese_armed_forces"}},
		{"the speaker's pronoun: its own account (Sudan)", "ar", "", sudanAr + "بينما تقول قوات الدعم السريع إنها لم تلتزم إلا بثلاثة أيام.", "ceasefire.duration",
			[]string{"30@sudanese_armed_forces", "3@rapid_support_forces"}},
	})
}
