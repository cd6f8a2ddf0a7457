package claims

import "testing"

// TestFailedAttemptIsNoAgreement: a phrase of failure right before an agreeing verb ("failed
// to agree a truce", "فشلوا في التوصل إلى هدنة") says the attempt came to nothing: no agreement,
// and no state of this truce (often an earlier round). A failure elsewhere in the sentence, or
// of another thing, leaves the agreement that follows standing.
func TestFailedAttemptIsNoAgreement(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: failed to agree a truce (Gaza)", "en", pubTue, "Israel and Hamas failed to agree a truce on Monday.", "ceasefire.status", nil},
		{"probe: fail to agree a ceasefire (Sudan)", "en", pubTue, "The army and the RSF again fail to agree a ceasefire in Jeddah.", "ceasefire.status", nil},
		{"probe: failed to reach a ceasefire (Sudan)", "en", pubTue, "The army and the RSF failed to reach a ceasefire in Jeddah.", "ceasefire.status", nil},
		{"probe: فشلوا في التوصل إلى هدنة", "ar", pubTueAr, "فشلوا في التوصل إلى هدنة.", "ceasefire.status", nil},
		{"probe: the verb before its subject (Sudan)", "ar", pubTueAr, "فشل الجيش وقوات الدعم السريع في التوصل إلى هدنة في جدة.", "ceasefire.status", nil},
		{"probe: أخفقت المفاوضات في التوصل (Gaza)", "ar", pubTueAr, "وأخفقت مفاوضات القاهرة في التوصل إلى وقف لإطلاق النار في غزة.", "ceasefire.status", nil},
		// Kept.
		{"earlier rounds failed, then the sides agreed (Sudan)", "en", pubTue, "After earlier rounds failed to produce a deal, the army and the RSF agreed to a ceasefire on Monday.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"a failure in its own clause, then the truce (Yemen)", "ar", pubTueAr, "بعد فشل جولات سابقة، توصل الحوثيون والحكومة اليمنية إلى هدنة في الحديدة.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"agreed to a truce (Gaza)", "en", pubTue, "Israel and Hamas agreed to a ceasefire in Gaza on Sunday.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"the truce failed to stop the shelling, agreed still said (Ukraine)", "en", pubTue, "The ceasefire agreed on Monday failed to stop the shelling of Kharkiv.", "ceasefire.status",
			[]string{"agreed@outlet"}},
	})
}
