package claims

// Monitoring handed to its holder, widened on the Tripoli and Lebanon–Syria banks: "حكر على" (the
// monopoly of) says "only"; "التحقق من التزام" (verifying compliance) is a monitoring word; "a
// matter for" hands the task over like "falls to"; a parenthetical "X said" between the
// monitoring word and its holder is passed over; a country adjective of another noun before
// the holder ("شأن ليبي خالص تتولاه X") is no member.

import "testing"

func TestMonitorsHolderFrames(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic monopoly of", "ar", "", yemenLeadAr + "وأوضح المتحدث أن مراقبة الهدنة حكرٌ على الأمم المتحدة.", "ceasefire.monitors",
			[]string{"only:un@outlet"}},
		{"arabic verifying compliance is the business of X alone", "ar", "", yemenLeadAr + "وقال البيان إن التحقق من التزام الطرفين بوقف إطلاق النار من شأن الأمم المتحدة وحدها.", "ceasefire.monitors",
			[]string{"only:un@outlet"}},
		{"arabic a purely Yemeni matter that X alone handles", "ar", "", yemenLeadAr + "وقال المسؤول إن المراقبة شأن يمني خالص تتولاه الأمم المتحدة وحدها.", "ceasefire.monitors",
			[]string{"only:un@outlet"}},
		{"english a matter for, past who says it", "en", "", yemenLead + "Monitoring, Oman said, \"is a matter for the United Nations alone\".", "ceasefire.monitors",
			[]string{"only:un@oman"}},
		{"english carried out by, past who says it", "en", "", yemenLead + "Monitoring, Oman said, will be carried out by the United Nations.", "ceasefire.monitors",
			[]string{"un@oman"}},
		// Probes: a monopoly of trade, verifying something else, a matter for a channel that
		// is no monitoring; an adjective right on the monitoring noun stays a member.
		{"arabic a trade monopoly", "ar", "", yemenLeadAr + "وقال المتحدث إن تجارة الوقود في الميناء حكر على الحوثيين.", "ceasefire.monitors",
			nil},
		{"arabic verifying the identity of the dead", "ar", "", yemenLeadAr + "وقال البيان إن التحقق من هوية القتلى من شأن الطب الشرعي.", "ceasefire.monitors",
			nil},
		{"english prisoners are a matter for a separate channel", "en", "", yemenLead + "Detained soldiers are a matter for a separate channel, the ministry said.", "ceasefire.monitors",
			nil},
		{"arabic omani observers", "ar", "", yemenLeadAr + "وقال المسؤول إن مراقبين عمانيين سيتولون مراقبة الهدنة.", "ceasefire.monitors",
			[]string{"oman@outlet"}},
	})
}
