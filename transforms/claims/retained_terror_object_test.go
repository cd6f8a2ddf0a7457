package claims

import "testing"

// TestRetainedTerrorObject: a right whose object is a terrorist target is the right to fight
// terrorism ("retains the right to act against any terrorist threat", "retains its right to strike
// terrorist targets anywhere", «تحتفظ بحق ضرب الأهداف الإرهابية»). Witnesses: afpak ap_002,
// tishrin tr_018. Probes from Syria and Yemen; near misses: the right to respond to attacks called
// terrorist, to act against any violation, to answer any breach (respond_to_violations).
func TestRetainedTerrorObject(t *testing.T) {
	runCases(t, []mechanismCase{
		{"en: the right to strike terrorist targets (Syria)", "en", pubTue,
			syriaLead + "Turkey retains the right to strike terrorist targets anywhere in Syria, the ministry said.", "ceasefire.retained_rights",
			[]string{"fight_terrorism=retained@syrian_defence_ministry"}},
		{"en: the right to act against any terrorist threat (Yemen)", "en", pubTue,
			yemenLead + "The government retains the right to act against any terrorist threat, the minister said.", "ceasefire.retained_rights",
			[]string{"fight_terrorism=retained@outlet"}},
		{"ar: تحتفظ بحق ضرب الأهداف الإرهابية (Syria)", "ar", pubTueAr,
			syriaLeadAr + "وقالت أنقرة إنها تحتفظ بحق ضرب الأهداف الإرهابية في سوريا.", "ceasefire.retained_rights",
			[]string{"fight_terrorism=retained@turkey"}},
		// Near misses: answering attacks or violations.
		{"probe: the right to respond to terrorist attacks", "en", pubTue,
			yemenLead + "The government retains the right to respond to terrorist attacks, the minister said.", "ceasefire.retained_rights",
			[]string{"respond_to_violations=retained@outlet"}},
		{"probe: the right to act against any violation", "en", pubTue,
			yemenLead + "The government retains the right to act against any violation, the minister said.", "ceasefire.retained_rights",
			[]string{"respond_to_violations=retained@outlet"}},
		{"probe: تحتفظ بحق الرد على أي خرق", "ar", pubTueAr,
			syriaLeadAr + "وقالت أنقرة إنها تحتفظ بحق الرد على أي خرق.", "ceasefire.retained_rights",
			[]string{"respond_to_violations=retained@turkey"}},
	})
}
