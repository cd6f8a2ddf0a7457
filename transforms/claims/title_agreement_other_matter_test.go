package claims

import "testing"

// TestAgreementBetweenSidesOtherMatter: an item that names an agreement between two sides is
// ceasefire coverage (title_agreement_sides.go) unless a topic preposition after the sides
// opens another matter ("on reconciliation", «على تشكيل الحكومة», «بشأن حماية المدنيين»); an
// agreement on a truce, or one with no matter named, still is. Probes from Gaza, Iraqi
// Kurdistan and Sudan.
func TestAgreementBetweenSidesOtherMatter(t *testing.T) {
	runCases(t, []mechanismCase{
		{"reconciliation between Hamas and Fatah (Gaza)", "en", "", "The agreement between Hamas and Fatah on reconciliation was signed in Cairo on Thursday.", "ceasefire.status",
			nil},
		{"على تشكيل الحكومة (Kurdistan)", "ar", "", "أعلن مكتب رئيس الوزراء أن الاتفاق بين الحزب الديمقراطي الكردستاني والاتحاد الوطني الكردستاني على تشكيل الحكومة جرى التوصل إليه في أربيل.", "ceasefire.status",
			nil},
		{"بشأن حماية المدنيين (Sudan)", "ar", "", "وقع الجيش السوداني وقوات الدعم السريع في جدة الاتفاق بين الجيش السوداني وقوات الدعم السريع بشأن حماية المدنيين.", "ceasefire.status",
			nil},
		// Kept.
		{"kept: on a ceasefire (Kurdistan)", "en", "", "The agreement between the KDP and the PUK on a ceasefire was reached in Baghdad on Sunday.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"kept: no matter named (Kurdistan)", "en", "", "The agreement between the KDP and the PUK was reached in Baghdad on Sunday.", "ceasefire.status",
			[]string{"agreed@outlet"}},
	})
}
