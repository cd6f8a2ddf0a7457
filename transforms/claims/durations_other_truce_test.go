package claims

// An earlier truce brought in as new ("a", Arabic without the article) past the lead, with its
// own span, that collapsed: its span is not this truce's term (frozen afpak: "A 48-hour truce
// announced on Monday collapsed within a day" read as a two-day term against fifteen days).

import "testing"

// TestCollapsedIndefiniteTruceSpan: probes from Gaza, Sudan, Yemen (English and Arabic) and the
// readings that stay: the article's truce named definite, or brought in by the lead, or not
// collapsed.
func TestCollapsedIndefiniteTruceSpan(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: a 48-hour truce that collapsed", "en", "", gazaLead + "A 48-hour truce announced on Friday collapsed within a day.", "ceasefire.duration", nil},
		{"probe: a 72-hour truce agreed last week", "en", "", sudanLead18 + "A 72-hour truce agreed in Jeddah last week collapsed within hours.", "ceasefire.duration", nil},
		{"probe: a three-day pause that broke down", "en", "", yemenLead + "A three-day humanitarian pause brokered in March broke down after one night.", "ceasefire.duration", nil},
		{"probe: arabic an indefinite truce that collapsed", "ar", "", gazaLeadAr + "وانهارت هدنة مدتها ثلاثة أيام أعلنت يوم الجمعة خلال ساعات.", "ceasefire.duration", nil},
		{"the article's truce, definite, collapsed", "en", "", gazaLead + "The 72-hour truce collapsed within hours.", "ceasefire.duration",
			[]string{"3@outlet"}},
		{"a lead bringing in the truce that collapsed", "en", "", "A 72-hour truce between Sudan's army and the RSF collapsed within hours on Sunday.", "ceasefire.duration",
			[]string{"3@outlet"}},
		{"an indefinite truce that holds", "en", "", gazaLead + "A 30-day truce took effect on Wednesday, officials said.", "ceasefire.duration",
			[]string{"30@sources"}},
		{"a collapse foreseen", "en", "", gazaLead + "A 30-day truce agreed on Tuesday could collapse within days, analysts said.", "ceasefire.duration",
			[]string{"30@analysts"}},
	})
}
