package claims

import "testing"

// TestStatusAsAgreedWithItsSubject: an as-marker before an agreeing verb that has its own subject
// right after it (the verb first: «كما اتفق الطرفان في جدة») tells that the sides agreed, not only
// how a term is carried out (status_as_agreed.go). Probes from Sudan.
func TestStatusAsAgreedWithItsSubject(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: as both sides agreed, verb first (Sudan)", "ar", pubTueAr, "وبدأ سريان الهدنة في منتصف الليل كما اتفق الطرفان في جدة.", "ceasefire.status", []string{"in_force@outlet", "agreed@outlet"}},
		{"probe: as the named sides agreed, verb first (Sudan)", "ar", pubTueAr, "وبدأ سريان الهدنة في منتصف الليل كما اتفقت الحكومة السودانية وقوات الدعم السريع في جدة.", "ceasefire.status", []string{"in_force@outlet", "agreed@outlet"}},
		// Kept: no subject of its own.
		{"as agreed upon in Jeddah (Sudan)", "ar", pubTueAr, "وبدأ سريان الهدنة في منتصف الليل كما اتفق عليه في جدة.", "ceasefire.status", []string{"in_force@outlet"}},
		{"as agreed in Jeddah (Sudan)", "en", pubTue, "The truce took effect at midnight, as agreed in Jeddah.", "ceasefire.status", []string{"in_force@outlet"}},
	})
}
