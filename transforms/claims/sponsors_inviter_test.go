package claims

import "testing"

// TestSponsorsInviter: the subject of an inviting verb with talks or a meeting after it convenes
// them ("invited both governments to talks", «وجّه دعوة إلى الحكومة والحوثيين لعقد مشاورات»),
// past the sides a coordinated verb named after "between"; the invited are no sponsors. A
// passive ("was invited to talks"), "invited by" (read from its agent), an invitation to
// anything but talks and a negated one name no sponsor by this verb.
func TestSponsorsInviter(t *testing.T) {
	const thaiLead = "Thailand and Cambodia agreed to a ceasefire on their border on Tuesday. "
	const gazaLead = "Israel and Hamas agreed to a ceasefire in Gaza on Tuesday. "
	const yemenLeadAr = "اتفق الحوثيون والحكومة اليمنية على وقف لإطلاق النار في تعز يوم الثلاثاء. "
	runCases(t, []mechanismCase{
		{"invited both governments to talks (Thailand-Cambodia)", "en", pubTue, thaiLead + "Malaysia on Monday invited both governments to talks in Kuala Lumpur.", "talks.sponsors",
			[]string{"malaysia@outlet"}},
		{"a coordinated verb after a between list (Thailand-Cambodia)", "en", pubTue, "Malaysia on Monday proposed a truce between Thailand and Cambodia and invited both governments to talks in Kuala Lumpur.", "talks.sponsors",
			[]string{"malaysia@malaysia~proposed"}}, // the sentence is Malaysia's proposal
		{"the invited are no sponsors (Gaza)", "en", pubTue, gazaLead + "Egypt has invited Hamas and Qatar to talks in Cairo on Monday.", "talks.sponsors",
			[]string{"egypt@outlet"}},
		{"وجه دعوة لعقد مشاورات (Yemen)", "ar", pubTue, yemenLeadAr + "وقالت الأمم المتحدة إنها وجّهت دعوة إلى الحكومة والحوثيين لعقد مشاورات في عمّان.", "talks.sponsors",
			[]string{"un@un"}},
		// Probes.
		{"probe: passive, the subject invited (Gaza)", "en", pubTue, gazaLead + "Qatar was invited to talks in Cairo on Monday.", "talks.sponsors", nil},
		{"probe: invited to sign, no talks (Thailand-Cambodia)", "en", pubTue, thaiLead + "Malaysia invited both governments to sign the truce.", "talks.sponsors", nil},
		{"probe: invited reporters to a dinner (Gaza)", "en", pubTue, gazaLead + "Qatar invited reporters to a dinner in Doha.", "talks.sponsors", nil},
		{"probe: negated invitation (Thailand-Cambodia)", "en", pubTue, thaiLead + "Malaysia has not invited either government to talks.", "talks.sponsors", nil},
	})
}
