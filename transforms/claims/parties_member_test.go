package claims

import "testing"

// TestPartyMember: one side said to be a party to the truce (parties cue object "member",
// parties_member.go): its subject, a pronoun for who speaks, the partners alongside. Probes:
// negated and denied membership, a party to the conflict, a broker.
func TestPartyMember(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic two groups are a party", "ar", "", "دخلت الهدنة حيز التنفيذ في غزة. وقال المتحدث إن حركة حماس وحركة الجهاد الإسلامي طرف في الاتفاق.", "ceasefire.parties",
			[]string{"hamas,palestinian_islamic_jihad@outlet"}},
		{"arabic a quoted party with its partners alongside", "ar", "", "دخلت الهدنة حيز التنفيذ في غزة. وأكد المتحدث أن حركة الجهاد الإسلامي «طرف كامل» في الاتفاق إلى جانب حركة حماس.", "ceasefire.parties",
			[]string{"hamas,palestinian_islamic_jihad@outlet"}},
		{"arabic the speaker's pronoun", "ar", "", yemenLeadAr + "وقالت ألوية العمالقة إنها «طرف أصيل في الاتفاق».", "ceasefire.parties",
			[]string{"houthis,yemeni_government@outlet", "giants_brigades@giants_brigades"}},
		{"english the speaker says it is a party", "en", "", yemenLead + "The Giants Brigades said they were a party to the truce in their own right.", "ceasefire.parties",
			[]string{"houthis,yemeni_government@outlet", "giants_brigades@giants_brigades"}},

		// Probes.
		{"arabic not a party but a mediator", "ar", "", "دخلت الهدنة حيز التنفيذ في غزة. وقال المبعوث القطري إن بلاده «لم تكن طرفاً في الهدنة بل وسيطاً».", "ceasefire.parties",
			nil},
		{"english a side that is not a party", "en", "", yemenLead + "The Giants Brigades are not a party to the truce, the envoy said.", "ceasefire.parties",
			[]string{"houthis,yemeni_government@outlet"}},
		{"english a denied membership", "en", "", yemenLead + "The Giants Brigades denied that they were a party to the truce.", "ceasefire.parties",
			[]string{"houthis,yemeni_government@outlet"}},
		{"english a party to the conflict", "en", "", "A truce took effect in Kirkuk on Monday. The Peshmerga are a party to the conflict, the minister said.", "ceasefire.parties",
			nil},
		{"arabic a party to the war", "ar", "", "دخلت الهدنة حيز التنفيذ في غزة. وقال المتحدث إن حركة حماس طرف في الحرب.", "ceasefire.parties",
			nil},
	})
}
