package claims

import "testing"

// TestSignatoriesAlongside: "X signed the deal alongside Y" names X and Y as signers
// (signatories_alongside.go), in either word order; a negated signing, a broker after the
// alongside word, or a "with" partner (signedWith's) does not.
func TestSignatoriesAlongside(t *testing.T) {
	runCases(t, []mechanismCase{
		{"subject before the verb, partner after alongside (Gaza)", "en", pubTue, "Hamas signed the truce in Cairo alongside Islamic Jihad, Egyptian officials said.", "ceasefire.signatory_groups", []string{"hamas,palestinian_islamic_jihad@egypt"}},
		{"subject before the verb, partner after إلى جانب (Sudan)", "ar", pubTueAr, "وأكد المصدر أن قوات الدعم السريع وقّعت على الاتفاق في جدة إلى جانب الجيش السوداني.", "ceasefire.signatory_groups", []string{"rapid_support_forces,sudanese_armed_forces@outlet"}},
		{"subject before the verb, partner after إلى جانب (Gaza)", "ar", pubTueAr, "قال مسؤول مصري إن حركة الجهاد الإسلامي وقّعت على التهدئة إلى جانب حركة حماس.", "ceasefire.signatory_groups", []string{"hamas,palestinian_islamic_jihad@egypt"}},
		{"verb first, partner after إلى جانب (Gaza)", "ar", pubTueAr, "ووقّعت حركة الجهاد الإسلامي على التهدئة إلى جانب حركة حماس.", "ceasefire.signatory_groups", []string{"hamas,palestinian_islamic_jihad@outlet"}},
		// Probes.
		{"probe: negated signing alongside (Gaza)", "en", pubTue, "Hamas did not sign the truce alongside Islamic Jihad, Egyptian officials said.", "ceasefire.signatory_groups", nil},
		{"probe: a mediator after alongside (Sudan)", "en", pubTue, "The RSF signed the truce alongside Saudi mediators in Jeddah.", "ceasefire.signatory_groups", []string{"rapid_support_forces@outlet"}},
	})
}
