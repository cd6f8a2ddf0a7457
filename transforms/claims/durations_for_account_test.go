package claims

import "testing"

// TestDurationForAccount: rival accounts of the truce's length listed as "SPAN for NAME, SPAN for
// NAME" after the length is spoken of: each name says its span, and a later span may leave its
// unit out. Witnesses: kufra kf_012 ("Even its length is disputed: thirty days for the mediators,
// three months for the Zuwaya council"), pattani pt_036 ("How long? 40 days for the government,
// 60 for the BRN"; blind-time miss). Near misses: a span with a beneficiary ("40 days for the
// refugees to return"), one span with "for" and no rival, a question.
func TestDurationForAccount(t *testing.T) {
	const lead = "The Thai government and the BRN agreed to a truce on Thursday. "
	const libyaLead = "The Tebu and Zuwaya agreed to a truce in Kufra on Monday. "
	runCases(t, []mechanismCase{
		{"en: its length is disputed: N for X, M for Y (kufra kf_012)", "en", pubTue,
			libyaLead + "Even its length is disputed: thirty days for the Tebu, three months for the Zuwaya council.", "ceasefire.duration",
			[]string{"30@tebu", "[89,92]@zuwaya_social_council"}},
		{"en: How long? N days for X, M for Y, unit left out (pattani pt_036)", "en", pubTue,
			lead + "How long? 40 days for the Thai government, 60 for the BRN.", "ceasefire.duration",
			[]string{"40@thai_government", "60@brn"}},
		{"ar: مدة الهدنة مختلف عليها: N عند X، وM عند Y", "ar", pubTueAr,
			"اتفقت الحكومة التايلاندية والجبهة الثورية الوطنية على هدنة يوم الخميس. أما مدة الهدنة فمختلف عليها: أربعون يوماً عند الحكومة التايلاندية، وستون يوماً عند الجبهة الثورية الوطنية.", "ceasefire.duration",
			[]string{"40@thai_government", "60@brn"}},
		// Near misses: no list of accounts; what other rules read stays theirs (the outlet's).
		{"probe: spans with beneficiaries and a verb after the name", "en", pubTue,
			lead + "The truce gives 40 days for the Thai government to withdraw and 60 days for the BRN to disarm.", "ceasefire.duration", []string{"60@outlet"}},
		{"probe: one span for one name", "en", pubTue,
			lead + "Even its length is disputed: 40 days for the Thai government.", "ceasefire.duration", nil},
		{"probe: a question", "en", pubTue,
			lead + "Is it 40 days for the Thai government, 60 for the BRN?", "ceasefire.duration", nil},
	})
}
