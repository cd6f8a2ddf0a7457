package claims

import "testing"

// TestExclusionsLeftOutOfOther: the participle «مستبعد من» ("left out of") and «خارج مظلة» ("outside
// the umbrella of") leave a group or place out of the truce only when the truce or the deal is
// what they are out of; the same words leave a movement out of a government, civilians outside
// international protection, an old regime out of political consultations. Probes from Sudan and
// Syria.
func TestExclusionsLeftOutOfOther(t *testing.T) {
	const fasherGovLeadAr = "اتفق الجيش السوداني وقوات الدعم السريع على هدنة في الفاشر. "
	runCases(t, []mechanismCase{
		{"a city left out of the truce (Sudan, ar)", "ar", pubTueAr, fasherGovLeadAr + "وقالت الحكومة إن مدينة الفاشر مستبعدة من الهدنة.", "ceasefire.exclusions",
			[]string{"el_fasher=excluded@sudanese_government"}},
		{"a group left out of the ceasefire (Syria, ar)", "ar", pubTueAr, syriaLeadAr + "وقال المتحدث إن تنظيم داعش مستبعد من وقف إطلاق النار.", "ceasefire.exclusions",
			[]string{"isis=excluded@outlet"}},
		{"outside the deal's umbrella (Syria, ar)", "ar", pubTueAr, syriaLeadAr + "وقال المتحدث إن تنظيم داعش خارج مظلة الاتفاق.", "ceasefire.exclusions",
			[]string{"isis=excluded@outlet"}},
		{"probe: a movement left out of the government (Sudan, ar)", "ar", pubTueAr, fasherGovLeadAr + "وقال مسؤول إن الحركة الإسلامية مستبعدة من الحكومة الانتقالية.", "ceasefire.exclusions",
			nil},
		{"probe: civilians outside international protection (Syria, ar)", "ar", pubTueAr, syriaLeadAr + "وقال المرصد إن المدنيين في إدلب باتوا خارج مظلة الحماية الدولية.", "ceasefire.exclusions",
			nil},
		{"probe: a group left out of the talks (Sudan, ar)", "ar", pubTueAr, fasherGovLeadAr + "وأكد مسؤول أن قوات الدعم السريع مستبعدة من المشاورات السياسية في جدة.", "ceasefire.exclusions",
			nil},
	})
}
