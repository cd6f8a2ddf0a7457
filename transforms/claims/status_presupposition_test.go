package claims

// ceasefire.status presupposed or foreseen: mediators named as the only ones ("brokered by Egypt
// and Qatar only"), what was signed ("سيلتزم بما وقّع عليه"), hours after its start ("بعد ساعات
// من بدء سريانها"), and a collapse threatened ("يهدد بانهيار التهدئة").

import "testing"

// TestOnlyMediatorsPresupposeTheTruce: an exhaustive word closing the mediators says who
// mediated; the truce is still agreed.
func TestOnlyMediatorsPresupposeTheTruce(t *testing.T) {
	runCases(t, []mechanismCase{
		{"brokered by two states only", "en", "", yemenLead + "The arrangement was brokered by Oman and Qatar only, a diplomat said.", "ceasefire.status",
			[]string{"agreed@outlet", "agreed@sources"}},
		{"arabic the fruit of the mediation of two bodies alone", "ar", "", "أديس أبابا - قال مفوض الشؤون السياسية والسلام والأمن في الاتحاد الأفريقي بوبكر سيسوكو إن الهدنة «ثمرة وساطة الاتحاد الأفريقي والإيغاد وحدهما».", "ceasefire.status",
			[]string{"agreed@boubacar_sissoko"}},
		// Yemen, DRC: only two signers restrict the signers, not the signing; a finite verb of
		// signing is the speaker's agreed (shared convention, stop 18; status_signing.go).
		{"only two parties signed", "en", "", yemenLead + `"Only two parties signed the agreement: the government and the Houthis," the UN said.`, "ceasefire.status",
			[]string{"agreed@outlet", "agreed@un"}},
		{"signed by two sides only", "en", "", "GOMA - Congo's government and the M23 agreed to a ceasefire in North Kivu on Tuesday. The text was signed by the two sides only, Rwanda said.", "ceasefire.status",
			[]string{"agreed@outlet", "agreed@rwanda"}},
	})
}

// TestWhatWasSigned: "سيلتزم بما وقّع عليه": what was signed is the truce's text.
func TestWhatWasSigned(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic will abide by what it signed", "ar", "", yemenLeadAr + "وقال المتحدث إن الجيش «سيلتزم بما وقّع عليه».", "ceasefire.status",
			[]string{"agreed@outlet", "agreed@outlet"}},
		{"arabic the spokesman added", "ar", "", yemenLeadAr + "وقال الحوثيون إن الهدنة صامدة. وأضاف الناطق أن الجماعة «ستلتزم بما وقّعت عليه».", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@houthis", "agreed@houthis"}},
		// Negative probes (Yemen): what was not signed; a question.
		{"arabic did not abide by what it did not sign", "ar", "", yemenLeadAr + "وقال المتحدث إن الجيش لم يلتزم بما لم يوقع عليه.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"arabic asked about what they signed", "ar", "", yemenLeadAr + "وسأل الصحفيون عما وقّع عليه الطرفان؟", "ceasefire.status",
			[]string{"agreed@outlet"}},
	})
}

// TestHoursAfterItsStart: "بخرق الهدنة بعد ساعات من بدء سريانها": in force.
func TestHoursAfterItsStart(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic a breach hours after its start", "ar", "", yemenLeadAr + "واتهم الحوثيون الحكومة بخرق الهدنة بعد ساعات من بدء سريانها.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@outlet"}},
		// Negative probe (Yemen): hours before its start.
		{"arabic hours before its start", "ar", "", yemenLeadAr + "وقال الحوثيون إن القصف توقف قبل ساعات من بدء سريان الهدنة.", "ceasefire.status",
			[]string{"agreed@outlet"}},
	})
}

// TestCollapseThreatened: "يهدد بانهيار التهدئة" is a warning, not a collapse.
func TestCollapseThreatened(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic arrests threaten the collapse of the truce", "ar", "", yemenLeadAr + "وحذر الحوثيون من أن استمرار القصف «يهدد بانهيار الهدنة».", "ceasefire.status",
			[]string{"agreed@outlet"}},
		// Negative probe (Yemen): a collapse stated.
		{"arabic the truce collapsed", "ar", "", yemenLeadAr + "وقال الحوثيون إن الهدنة انهارت.", "ceasefire.status",
			[]string{"agreed@outlet", "collapsed@houthis"}},
	})
}
