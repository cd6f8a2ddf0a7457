package claims

import "testing"

// TestHeadingLabelLineSpeaker: an explainer's fact line opening on a label and a colon is one
// clause: a claim read at the label is spoken by the source named after the line's value
// ("Guarantors: Qatar and the African Union, according to Doha", chad cd_021; the Arabic
// numbers box «٩٠ يوماً: مدة الهدنة وفق البيان الجزائري», agadez ag_038). Near misses: a
// source past the semicolon is the next clause's; a colon after no label (the place and the
// truce named before it) is left as it was; no label in the line.
func TestHeadingLabelLineSpeaker(t *testing.T) {
	const pub = "2028-02-20T12:00:00+03:00"
	runCases(t, []mechanismCase{
		{"a label, its value, its source (Chad)", "en", pub,
			"The Doha truce in Chad. Guarantors: Qatar and the African Union, according to Doha; the FNRT names Qatar alone.", "ceasefire.guarantors",
			[]string{"african_union,qatar@qatar", "only:qatar@fnrt"}},
		{"the Arabic numbers box (Niger)", "ar", pub,
			"هدنة أغاديز. ٩٠ يوماً: مدة الهدنة وفق البيان الجزائري.", "ceasefire.duration",
			[]string{"90@algeria"}},
		{"not: the source past the semicolon (Chad)", "en", pub,
			"The Doha truce in Chad took effect at 18:00 on Sunday. Guarantors: Qatar and the African Union; the FNRT names Qatar alone, according to Doha.", "ceasefire.guarantors",
			[]string{"african_union,qatar@outlet", "only:qatar@fnrt"}},
		{"not: the source of a later clause of the line (Chad)", "en", pub,
			"Guarantors: Qatar and the African Union guarantee the Doha truce in Chad; so the FNRT says.", "ceasefire.guarantors",
			[]string{"african_union,qatar@outlet"}},
		{"kept: no label, the source after the value (Chad)", "en", pub,
			"The Doha truce in Chad: Qatar and the African Union guarantee it, according to the FNRT.", "ceasefire.guarantors",
			[]string{"african_union,qatar@fnrt"}},
	})
}
