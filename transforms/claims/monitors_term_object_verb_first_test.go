package claims

import "testing"

// TestMonitorsTermObjectVerbFirst: where the supervising verb comes first, its named subject
// stands between it and its object; a term's action past the subject is what the body oversees
// (monitors_term_object.go): «وستشرف البعثة الأممية على السداد», «وستشرف مصر على تبادل الأسرى»,
// «وسيراقب الاتحاد الأفريقي تسليم الأسرى» name no monitor of the truce. Probes from Libya, Gaza
// and Sudan.
func TestMonitorsTermObjectVerbFirst(t *testing.T) {
	const libyaLead = "اتفقت الحكومة الليبية والقيادة العامة على هدنة في طرابلس يوم الثلاثاء. "
	runCases(t, []mechanismCase{
		{"probe: the mission will oversee the payment (Libya)", "ar", pubTueAr, libyaLead + "وستشرف البعثة الأممية على السداد.", "ceasefire.monitors", nil},
		{"probe: Egypt will oversee the prisoner exchange (Gaza)", "ar", pubTueAr, gazaLead20Ar + "وستشرف مصر على تبادل الأسرى.", "ceasefire.monitors", nil},
		{"probe: the AU will monitor the handover of prisoners (Sudan)", "ar", pubTueAr, sudanLead20Ar + "وسيراقب الاتحاد الأفريقي تسليم الأسرى.", "ceasefire.monitors", nil},
		// Kept: the truce past the subject.
		{"the mission will oversee the ceasefire (Libya)", "ar", pubTueAr, libyaLead + "وستشرف البعثة الأممية على وقف إطلاق النار.", "ceasefire.monitors", []string{"unsmil@outlet"}},
		{"the AU will monitor the truce's implementation (Sudan)", "ar", pubTueAr, sudanLead20Ar + "وسيراقب الاتحاد الأفريقي تنفيذ الهدنة.", "ceasefire.monitors", []string{"african_union@outlet"}},
	})
}
