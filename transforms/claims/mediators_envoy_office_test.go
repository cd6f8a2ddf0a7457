package claims

import "testing"

// TestEnvoyAndOfficeMediateForTheirBody: an envoy, or the envoy's office, mediates for the body
// the envoy acts for (gold conventions: set members are bodies): the UN envoy and the UN envoy's
// office for the UN, the Qatari envoy's office for Qatar. As a speaker the envoy stays himself.
func TestEnvoyAndOfficeMediateForTheirBody(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: brokered by the UN envoy's office (Yemen)", "en", pubTue, yemenLead + "The truce was brokered by the UN envoy's office.", "ceasefire.mediators",
			[]string{"un@outlet"}},
		{"probe: brokered by the UN envoy (Yemen)", "en", pubTue, yemenLead + "The truce was brokered by the UN envoy.", "ceasefire.mediators",
			[]string{"un@outlet"}},
		{"probe: بوساطة مباشرة من المبعوث الأممي (Yemen)", "ar", pubTueAr, yemenLeadAr + "وجرت المشاورات بوساطة مباشرة من المبعوث الأممي.", "ceasefire.mediators",
			[]string{"un@outlet"}},
		{"the Qatari envoy's office (Yemen)", "en", pubTue, yemenLead + "The truce was brokered by the Qatari envoy's office.", "ceasefire.mediators",
			[]string{"qatar@outlet"}},
		{"بوساطة مكتب المبعوث القطري (Yemen)", "ar", pubTueAr, yemenLeadAr + "وجرى الاتفاق بوساطة مكتب المبعوث القطري.", "ceasefire.mediators",
			[]string{"qatar@outlet"}},
	})
	runCases(t, []mechanismCase{
		{"the envoy's office speaks as the envoy (Yemen)", "en", pubTue, yemenLead + "The UN envoy's office said the truce excludes the port of Hodeidah.", "ceasefire.exclusions",
			[]string{"hodeidah=excluded@un_envoy"}},
		{"مكتب المبعوث الأممي speaks as the envoy (Yemen)", "ar", pubTueAr, yemenLeadAr + "وقال مكتب المبعوث الأممي إن الهدنة تستثني ميناء الحديدة.", "ceasefire.exclusions",
			[]string{"hodeidah=excluded@un_envoy"}},
	})
}
