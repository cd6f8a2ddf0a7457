package claims

// Spans that are not the truce's term: the length of the fighting ("five days of fighting"), an
// extension's length ("تمديد الهدنة لمدة شهر"), and "last week" read as a date.

import "testing"

func TestSpansThatAreNotTheTerm(t *testing.T) {
	runCases(t, []mechanismCase{
		{"days of fighting halted", "en", pubTue, yemenLead + "Rival factions agreed on Wednesday to halt five days of fighting, in a deal brokered by Oman.", "ceasefire.duration", nil},
		{"arabic days of clashes", "ar", pubTueAr, yemenLeadAr + "وجاء الاتفاق على الهدنة بعد توقف ثلاثة أيام من المواجهات.", "ceasefire.duration", nil},
		{"last week dates the agreement", "en", pubTue, yemenLead + "The ceasefire agreed with the Houthis last week includes an exchange of prisoners, officials said.", "ceasefire.duration", nil},
		{"a call to extend for a month", "ar", pubTueAr, yemenLeadAr + "ودعت الأمم المتحدة إلى تمديد وقف إطلاق النار في الحديدة لمدة شهر على الأقل.", "ceasefire.duration", nil},
		{"extend by another thirty days", "en", pubTue, yemenLead + "The two sides agreed to extend the Hodeidah ceasefire by another thirty days.", "ceasefire.duration", nil},
		// Probes: the truce's own term stays, renewable or set against the fighting.
		{"probe: renewable after the span", "ar", pubTueAr, yemenLeadAr + "وقال الحوثيون إن الهدنة تستمر ثلاثين يوماً قابلة للتمديد.", "ceasefire.duration",
			[]string{"30@houthis"}},
		{"probe: will last a week", "en", pubTue, yemenLead + "The truce will last a week, the government said.", "ceasefire.duration",
			[]string{"7@yemeni_government"}},
		{"probe: a term after the fighting's length", "en", pubTue, yemenLead + "After three days of fighting, the truce will last 72 hours, the army said.", "ceasefire.duration",
			[]string{"3@yemeni_army"}},
		{"probe: extended, then its term in another clause", "en", pubTue, yemenLead + "The Houthis agreed to extend the truce, which lasts thirty days.", "ceasefire.duration",
			[]string{"30@outlet"}},
	})
}
