package claims

import "testing"

// TestScopePostnominalModifier: an adjective after the truce noun (lexicon
// postnominal_ceasefire_modifiers) leaves the locative after it placing the truce; a
// participle of signing there places the signing, not the truce.
func TestScopePostnominalModifier(t *testing.T) {
	runCases(t, []mechanismCase{
		{"the fragile truce around the dam (tishrin)", "ar", pubTueAr,
			"هددت غارة لمسيّرة تركية قرب صرين فجر اليوم بانهيار الهدنة الهشة في محيط سد تشرين، بعد ثلاثة أيام فقط على سريانها.", "ceasefire.scope",
			[]string{"partial@outlet~hedged"}}, // a threat to the truce hedges what is said of it
		{"the fragile truce in two states (southsudan)", "ar", pubTueAr,
			"لا تزال الهدنة الهشة في ولايتي أعالي النيل وجونقلي بجنوب السودان صامدة في يومها الثالث.", "ceasefire.scope",
			[]string{"partial@outlet"}},
		{"probe: the signing place after a participle", "ar", pubTueAr,
			"رحبت الحكومة بوقف إطلاق النار الموقّع في روما بين الطرفين.", "ceasefire.scope",
			nil},
	})
}
