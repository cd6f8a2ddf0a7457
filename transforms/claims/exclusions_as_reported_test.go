package claims

import "testing"

// TestExclusionSetAsideAsClaimed: a member an exclusion list sets aside by its own negation,
// followed by "as X claims" («لا كوادر حزب العمال الكردستاني كما تزعم أنقرة», tishrin tr_017), is
// X's account: X holds the reading the speaker sets aside, besides the speaker's own. The verb's
// own negation sets no member aside ("does not exclude the PKK, as Ankara said": Ankara agrees),
// and an indefinite claimant («كما يزعم البعض») names no account.
func TestExclusionSetAsideAsClaimed(t *testing.T) {
	const lead = "اتفقت قوات سوريا الديمقراطية والجيش الوطني السوري على وقف لإطلاق النار حول سد تشرين. "
	runCases(t, []mechanismCase{
		{"لا كوادر حزب العمال كما تزعم أنقرة (tishrin tr_017)", "ar", "2028-10-19T10:00:00Z",
			lead + "وأضاف أن الاتفاق لا يستثني أي جهة، «لا كوادر حزب العمال الكردستاني كما تزعم أنقرة ولا غيرهم».", "ceasefire.exclusions",
			[]string{"pkk=not_excluded@outlet", "pkk=excluded@turkey"}},
		{"the speaker named: لا حزب العمال كما يزعم الأتراك", "ar", "2028-10-19T10:00:00Z",
			lead + "وقال المتحدث باسم قوات سوريا الديمقراطية إن الاتفاق لا يستثني أحداً، لا حزب العمال الكردستاني كما تدعي أنقرة ولا غيره.", "ceasefire.exclusions",
			[]string{"pkk=not_excluded@sdf", "pkk=excluded@turkey"}},
		// Near misses.
		{"probe: the verb's own negation, as Ankara announced", "ar", "2028-10-19T10:00:00Z",
			lead + "وقال المتحدث باسم قوات سوريا الديمقراطية إن الاتفاق لا يستثني حزب العمال الكردستاني كما أعلنت أنقرة.", "ceasefire.exclusions",
			[]string{"pkk=not_excluded@sdf"}},
		{"probe: not excluded, as Ankara said (en)", "en", "2028-10-19T10:00:00Z",
			"The SDF and the SNA agreed a ceasefire around the Tishreen Dam. The SDF spokesman said the truce does not exclude the PKK, as Ankara said.", "ceasefire.exclusions",
			[]string{"pkk=not_excluded@sdf"}},
		{"probe: as some claim", "ar", "2028-10-19T10:00:00Z",
			lead + "وأضاف أن الاتفاق لا يستثني أي جهة، «لا كوادر حزب العمال الكردستاني كما يزعم البعض ولا غيرهم».", "ceasefire.exclusions",
			[]string{"pkk=not_excluded@outlet"}},
	})
}
