package claims

// Status and signatories: a signature denied with a body that is no side of the truce denies
// another deal, not the truce.

import "testing"

// iraqLeadAr names the truce's sides: the Sinjar units and the Iraqi army.
const iraqLeadAr = "أعلنت وحدات مقاومة سنجار التزامها بوقف إطلاق النار مع الجيش العراقي اعتباراً من صباح الأربعاء. "

// unitsDeniedAr denies, past a parenthetical, that the units signed "any agreement with" whoever
// follows.
const unitsDeniedAr = "ونفى المتحدث باسم الوحدات زردشت شنكالي، في تصريح لإحدى الإذاعات المحلية، أن تكون الوحدات قد وقّعت أي اتفاق مع "

// TestDeniedDealWithOtherBody: "denied that the units signed any agreement with the regional
// government" denies a deal with a body the article never names as a side: it states neither the
// truce's status nor who signed it. The same denial with the truce's other side, or a body of
// its state, denies the truce.
func TestDeniedDealWithOtherBody(t *testing.T) {
	for _, topic := range []string{"ceasefire.status", "ceasefire.signatory_groups"} {
		runCases(t, []mechanismCase{
			{"arabic denial of a deal with a body no side: " + topic, "ar", pubTueAr, iraqLeadAr + unitsDeniedAr + "حكومة إقليم كردستان.", topic, nil},
			{"probe: arabic question: " + topic, "ar", pubTueAr, iraqLeadAr + "وهل وقّعت الوحدات أي اتفاق مع حكومة إقليم كردستان؟", topic, nil},
			{"arabic denied trade deal with a state no side: " + topic, "ar", pubTueAr, iraqLeadAr + "ونفى شنكالي أن تكون الوحدات قد وقّعت أي اتفاق تجاري مع تركيا.", topic, nil},
		})
	}
	yemenAgreed := []string{"agreed@outlet"}
	for _, topic := range []string{"ceasefire.status", "ceasefire.signatory_groups"} {
		want := yemenAgreed
		if topic == "ceasefire.signatory_groups" {
			want = nil
		}
		runCases(t, []mechanismCase{
			{"english denial of a deal with a state no side: " + topic, "en", pubTue, yemenLead + "A Houthi spokesman denied that the group had signed any agreement with the United Arab Emirates.", topic, want},
			{"english negated deal with a state no side: " + topic, "en", pubTue, yemenLead + "The Houthis said they had not signed any agreement with the United Arab Emirates.", topic, want},
			{"probe: english question: " + topic, "en", pubTue, yemenLead + "Did the Houthis sign any agreement with the United Arab Emirates?", topic, want},
			{"english denied prisoner swap with a state no side: " + topic, "en", pubTue, yemenLead + "The Houthis denied that they had signed any prisoner exchange deal with Saudi Arabia.", topic, want},
			{"probe: another war's trade deal: " + topic, "en", pubTue, "In Aceh in 2003, the rebels denied signing any trade agreement with Malaysia.", topic, nil},
		})
	}
	runCases(t, []mechanismCase{
		{"arabic denial of a deal with the truce's other side", "ar", pubTueAr, iraqLeadAr + unitsDeniedAr + "الجيش العراقي.", "ceasefire.status",
			[]string{"not_agreed@zardasht_shingali"}},
		{"arabic denial of a deal with the other side's government", "ar", pubTueAr, iraqLeadAr + unitsDeniedAr + "الحكومة العراقية.", "ceasefire.status",
			[]string{"not_agreed@zardasht_shingali"}},
		{"arabic denial of the truce itself", "ar", pubTueAr, iraqLeadAr + "ونفت الوحدات أن تكون قد وقّعت على الهدنة.", "ceasefire.status",
			[]string{"not_agreed@ybs"}},
		{"english denial of a deal with the other side", "en", pubTue, yemenLead + "The Houthis denied that they had signed any agreement with the Yemeni government.", "ceasefire.status",
			[]string{"agreed@outlet", "not_agreed@houthis"}},
		{"english denial with the other side's army, past a parenthetical", "en", pubTue, yemenLead + "The Houthis denied, in a statement on Wednesday, that they had signed any agreement with the Yemeni army.", "ceasefire.status",
			[]string{"agreed@outlet", "not_agreed@houthis"}},
		{"english negated deal with the other side", "en", pubTue, yemenLead + "The Houthis said they had not signed any agreement with the Yemeni government.", "ceasefire.status",
			[]string{"agreed@outlet", "not_agreed@houthis"}},
	})
}
