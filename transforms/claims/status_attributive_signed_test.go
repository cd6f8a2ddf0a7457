package claims

// Arabic status in attributive and nominal frames: a noun qualified as having signed the
// agreement ("الفصائل الموقعة على الاتفاق") presupposes it; a verbal noun of entry into force
// after "since" or a count of days ("منذ دخول الاتفاق حيز التنفيذ", "بعد ثلاثة أيام على دخول الهدنة")
// says it is in force; a welcome whose subject names stand before its object ("رحبت فرنسا
// والولايات المتحدة بالاتفاق") is the welcomer's agreement. The plural noun "الموقعون" (the
// signatories) is about who signed, not an agreement claim.

import "testing"

func TestStatusArabicAttributiveAndNominal(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic the factions that signed the agreement", "ar", "", yemenLeadAr + "وأكد المتحدث باسم الحوثيين أن الفصائل الموقّعة على الاتفاق ستلتزم به.", "ceasefire.status",
			[]string{"agreed@outlet", "agreed@houthis"}},
		{"arabic the signatories as a noun are no claim", "ar", "", yemenLeadAr + "ويضم الموقّعون على الاتفاق نحو عشرين ألف مقاتل.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"arabic days after the truce entered into force", "ar", "", yemenLeadAr + "ويأتي ذلك بعد ثلاثة أيام على دخول الهدنة حيز التنفيذ.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@outlet"}},
		{"arabic since the agreement entered into force", "ar", "", yemenLeadAr + "وهو الاجتماع الأول منذ دخول الاتفاق حيز التنفيذ.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@outlet"}},
		{"arabic two states welcomed the agreement", "ar", "", yemenLeadAr + "من جهة أخرى، رحبت فرنسا والولايات المتحدة بالاتفاق، وجددتا دعمهما للحكومة اليمنية.", "ceasefire.status",
			[]string{"agreed@outlet", "agreed@france"}},
	})
}
