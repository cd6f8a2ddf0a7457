package claims

import "testing"

// TestSignatoriesListComplementizer: an exhaustive list of signers after the verb ends at a
// complementizer ("، مؤكدة أن سويسرا هي الميسّر الوحيد", ", adding that Saudi Arabia ..."): the
// state named in what follows is no signer (signersRule, as signersAfterCue already reads it).
func TestSignatoriesListComplementizer(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: a facilitator after أن (Cameroon-like wording, Sudan)", "ar", pubTueAr, "قالت الوزيرة إن طرفين فقط وقّعا على الوثيقة في جدة، هما الجيش السوداني وقوات الدعم السريع، مؤكدة أن السعودية هي الوسيط الوحيد.", "ceasefire.signatory_groups", []string{"only:rapid_support_forces,sudanese_armed_forces@outlet"}},
		{"probe: a broker after that (Congo)", "en", pubTue, "Only two parties signed the Doha text: the Congolese government and the M23, adding that Qatar was the sole mediator.", "ceasefire.signatory_groups", []string{"only:congolese_government,m23@outlet"}},
		{"probe: a mediator after أن (Yemen)", "ar", pubTueAr, "قال المتحدث إن طرفين فقط وقّعا على الاتفاق، هما الحكومة اليمنية وجماعة الحوثي، مضيفاً أن سلطنة عمان هي الوسيط الوحيد.", "ceasefire.signatory_groups", []string{"only:houthis,yemeni_government@outlet"}},
		{"probe: a mediator after أن (Gaza)", "ar", pubTueAr, "قال المتحدث إن طرفين فقط وقّعا على الاتفاق، هما الجيش الإسرائيلي وحركة حماس، مضيفاً أن قطر هي الوسيط الوحيد.", "ceasefire.signatory_groups", []string{"only:hamas,israeli_forces@outlet"}},
	})
}
