package claims

import "testing"

// TestCountOfGroupsNeedsASigningVerb: a count of groups, factions or militias counts the
// signatory factions only beside a verb of signing or agreeing; groups counted as doing
// something else in a truce's sentence (attacking, leaving, being listed) are none.
func TestCountOfGroupsNeedsASigningVerb(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: three armed groups attacked despite the truce (Congo)", "en", pubTue, congoLead20 + "Three armed groups attacked army posts in Ituri despite the truce.", "ceasefire.signatories", nil},
		{"probe: two militias clashed during the ceasefire (Libya)", "en", pubTue, "Two militias clashed in Tripoli during the ceasefire, residents said.", "ceasefire.signatories", nil},
		{"probe: four factions left the city before the truce (Syria)", "en", pubTue, "Four factions left the city before the truce took effect.", "ceasefire.signatories", nil},
		{"probe: ثلاث جماعات مسلحة هاجمت رغم الهدنة (Congo)", "ar", pubTueAr, "وهاجمت ثلاث جماعات مسلحة مواقع للجيش في إيتوري رغم الهدنة.", "ceasefire.signatories", nil},
		{"probe: خمسة فصائل انسحبت قبل الهدنة (Syria)", "ar", pubTueAr, "وغادرت خمسة فصائل المدينة قبل سريان الهدنة.", "ceasefire.signatories", nil},
		// Kept.
		{"three armed groups signed the truce (Congo)", "en", pubTue, "Three armed groups signed the truce in Goma on Monday.", "ceasefire.signatories",
			[]string{"factions=3@outlet"}},
		{"three armed groups agreed to the truce (Congo)", "en", pubTue, "Three armed groups agreed to the truce in Goma on Monday.", "ceasefire.signatories",
			[]string{"factions=3@outlet"}},
		{"the signatures of eleven factions (Lebanon)", "en", pubTue, "The text of the truce carries the signatures of representatives of eleven factions.", "ceasefire.signatories",
			[]string{"factions=11@outlet"}},
		{"وقعت خمسة فصائل على الهدنة (Syria)", "ar", pubTueAr, "ووقعت خمسة فصائل على الهدنة في درعا.", "ceasefire.signatories",
			[]string{"factions=5@outlet"}},
		{"fighters still counted in a truce's sentence (Colombia)", "en", pubTue, "The ceasefire covers some 5,800 fighters of the ELN.", "ceasefire.signatories",
			[]string{"fighters=[5220,6380]@outlet"}},
	})
}
