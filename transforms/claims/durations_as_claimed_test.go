package claims

import "testing"

// TestReportedSpanAsClaimed: a span set aside "as X claims" («كما تزعم كينشاسا», ituri it_011;
// «كما تزعم أنقرة», tishrin tr_017) is X's account as with any verb of saying (lexicon
// attribution_verbs: تزعم, تدعي), kept beside the same value the sentence's first speaker
// states (finalize: a draft with its own agent is distinct by speaker). An indefinite claimant
// («كما يزعم البعض») names no account.
func TestReportedSpanAsClaimed(t *testing.T) {
	const lead = "اتفقت الحكومة الكونغولية وكوديكو على هدنة يوم الثلاثاء. "
	runCases(t, []mechanismCase{
		{"ninety days, not thirty as Kinshasa claims", "ar", pubTue,
			lead + "وقال المتحدث باسم كوديكو إن المدة المتفق عليها «تسعون يوماً لا ثلاثون كما تزعم كينشاسا».", "ceasefire.duration",
			[]string{"90@codeco", "30@congolese_government"}},
		{"the same value said first by the government's spokesman and set aside by the other side", "ar", pubTue,
			lead + "وأكد المتحدث باسم الحكومة أن الهدنة تمتد ثلاثين يوماً، في حين قال المتحدث باسم كوديكو إن المدة المتفق عليها «تسعون يوماً لا ثلاثون كما تزعم كينشاسا».", "ceasefire.duration",
			[]string{"30@congolese_government", "90@codeco"}},
		// Probe: an indefinite claimant.
		{"as some claim: no account", "ar", pubTue,
			lead + "وقال المتحدث باسم كوديكو إن المدة المتفق عليها «تسعون يوماً لا ثلاثون كما يزعم البعض».", "ceasefire.duration",
			[]string{"90@codeco"}},
	})
}
