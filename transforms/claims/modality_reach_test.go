package claims

import "testing"

// TestModalityReach: a modality cue reaches the content of its clause up to twenty tokens after
// it, past a long object phrase ("the two sides were expected to reconvene in Nairobi on May 25
// for political talks under IGAD and Kenyan auspices": southsudan ss_001/ss_002; «ومن المتوقع
// أن تنطلق مفاوضات ترسيم الحدود البرية في الناقورة مطلع تشرين الثاني/نوفمبر المقبل برعاية
// الولايات المتحدة والأمم المتحدة»: lebanon lbn_006; read asserted with twelve; the hedged flag
// on matched dev claims 6149 -> 6157 of 6312, in nine sets). Not past a comma or a full stop.
func TestModalityReach(t *testing.T) {
	runCases(t, []mechanismCase{
		{"expected to reconvene ... under IGAD and Kenyan auspices", "en", pubTue,
			"South Sudan's army and the SPLA-IO agreed to a ceasefire in Upper Nile. Delegates said the two sides were expected to reconvene in Nairobi on May 25 for political talks under IGAD and Kenyan auspices.", "talks.sponsors",
			[]string{"igad,kenya@sources~expected"}},
		{"من المتوقع ... برعاية الولايات المتحدة والأمم المتحدة", "ar", pubTue,
			"ومن المتوقع أن تنطلق مفاوضات ترسيم الحدود البرية في الناقورة مطلع تشرين الثاني/نوفمبر المقبل برعاية الولايات المتحدة والأمم المتحدة.", "talks.sponsors",
			[]string{"un,united_states@outlet~expected"}},
		// Not past the clause.
		{"the expectation ends at the full stop", "en", pubTue,
			"South Sudan's army and the SPLA-IO agreed to a ceasefire in Upper Nile. Delegates were expected in Nairobi. The two sides held political talks under IGAD and Kenyan auspices.", "talks.sponsors",
			[]string{"igad,kenya@outlet"}},
	})
}
