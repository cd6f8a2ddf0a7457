package claims

import "testing"

// TestStatusAsAgreed: "as agreed" after a term tells how the term is carried out, not that the
// truce was concluded (status_as_agreed.go): no status from it. A verb of agreeing with its
// own subject after the marker ("كما اتفقنا", "as both sides agreed") stays.
func TestStatusAsAgreed(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: the truce started at midnight, as agreed (Syria)", "en", pubTue, "SDF spokesman Siyamend Ahmed said the truce started at midnight, as agreed.", "ceasefire.status", []string{"in_force@siyamend_ahmed"}},
		{"probe: the truce holds as agreed (Sudan, ar)", "ar", pubTueAr, "وأكد الناطق أن الجيش ملتزم بوقف إطلاق النار في جنوب كردفان «كما اتُّفق عليه».", "ceasefire.status", []string{"in_force@outlet"}}, // no agreed from «كما اتُّفق عليه»; «ملتزم بوقف إطلاق النار» is the truce in force (status_conditional_compliance_test.go)
		{"probe: the truce took effect at noon, as agreed in a city (Yemen)", "en", pubTue, "The truce took effect at noon, as agreed in Muscat, residents said.", "ceasefire.status", []string{"in_force@local_residents"}},
		// Kept: a subject on the verb.
		{"as we agreed with the mediators (Libya, ar)", "ar", pubTueAr, "وقال المتحدث: سنلتزم بالهدنة كما اتفقنا مع الوسطاء الأتراك.", "ceasefire.status", []string{"agreed@outlet"}},
	})
}
