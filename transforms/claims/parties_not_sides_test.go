package claims

// Names next to a list of sides or signers that are none of them:
//   - who attended or witnessed the signing (lexicon attendance_words): «جبهة مورو حضرت التوقيع
//     ... بصفة شاهد» (mindanao mn_026);
//   - a name right after a cue of brokering, before a verb of reaching a truce: «محادثات بين X
//     وY، برعاية ماليزيا، بهدف التوصل إلى وقف لإطلاق النار» (mindanao mn_002);
//   - a name in a relative clause on the last side after "between": "between the Central
//     African authorities and the CPC, which Chad guarantees" (bangui bg_008).

import "testing"

func TestNamesBesideSidesAreNoSides(t *testing.T) {
	runCases(t, []mechanismCase{
		{"attended the signing as a witness, Arabic", "ar", pubTueAr, "ولفت بيان للحركة إلى أن جبهة مورو الإسلامية للتحرير حضرت التوقيع في كوالالمبور بصفة شاهد.", "ceasefire.signatory_groups", nil},
		{"the sponsor is no subject, Arabic", "ar", pubTueAr, "انطلقت اليوم في كوالالمبور محادثات بين الحكومة الفلبينية وحركة مقاتلي بانغسامورو الإسلاميين من أجل الحرية، برعاية ماليزيا، بهدف التوصل إلى وقف لإطلاق النار في إقليم ماجينداناو الجنوبي.", "ceasefire.parties",
			[]string{"biff,philippine_government@outlet"}},
		{"a relative clause after the sides", "en", pubTue, "The Government of Chad welcomes the ceasefire concluded in Luanda between the Central African authorities and the CPC, which Chad guarantees alongside Angola.", "ceasefire.parties",
			[]string{"central_african_government,cpc@chad"}},
	})
}
