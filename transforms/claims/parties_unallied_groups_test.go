package claims

import "testing"

// TestUnalliedGroupsAgreeing: two armed groups that agree to a new (indefinite) truce are its
// sides though no state is among them (parties_unallied_groups.go). Misses of the construction:
// mitiga mt_006/mt_007/mt_008 (Radaa and the 444 Brigade), tishrin tr_005 (the SDF and the SNA),
// manipur mp_001/mp_002 (Kuki-Zo groups and Meitei volunteers; those articles also name an army,
// so they still read none). Probes: allies accepting the truce (definite, en and ar), a counted
// list in apposition, an army named in the article, a partner after "with", a negated
// agreement.
func TestUnalliedGroupsAgreeing(t *testing.T) {
	runCases(t, []mechanismCase{
		{"libya: two brigades agreed to a ceasefire", "en", "", "TRIPOLI, July 11 - Libya's Presidential Council said on Tuesday that Radaa and the 444 Combat Brigade had agreed to a ceasefire in Tripoli.", "ceasefire.parties",
			[]string{"brigade_444,radaa@libyan_presidential_council"}},
		{"syria: the SDF and the SNA agreed to a ceasefire", "en", "", "MANBIJ - The Syrian Democratic Forces and the Syrian National Army agreed on Tuesday to a ceasefire around the Tishreen Dam, the State Department said.", "ceasefire.parties",
			[]string{"sdf,syrian_national_army@us_state_department"}},
		{"india: two communities' armed groups agreed to a suspension of operations", "en", "", "NEW DELHI - Kuki-Zo armed groups and Meitei village volunteers have agreed to a suspension of operations in Manipur, the home ministry said.", "ceasefire.parties",
			[]string{"kuki_zo_armed_groups,meitei_armed_groups@mha"}},
		{"arabic: two brigades agreed on a ceasefire", "ar", "", "طرابلس - أعلن المجلس الرئاسي أن جهاز الردع واللواء 444 قتال اتفقا على وقف لإطلاق النار في طرابلس.", "ceasefire.parties",
			[]string{"brigade_444,radaa@libyan_presidential_council"}},

		// Probes.
		{"probe: allies accept the truce", "en", "", "GAZA - Hamas and Islamic Jihad agreed to the ceasefire on Tuesday, a spokesman said.", "ceasefire.parties",
			nil},
		{"probe: arabic, allies accept the truce", "ar", "", "غزة - اتفقت حماس والجهاد الإسلامي على الهدنة يوم الثلاثاء.", "ceasefire.parties",
			nil},
		{"probe: a list in apposition to a counted head", "en", "", "YANGON - The two groups, the MNDAA and the TNLA, agreed to a ceasefire with the military on Tuesday.", "ceasefire.parties",
			nil},
		{"probe: the army named in the article: the groups are one side's", "en", "", "The Myanmar junta and the rebels clashed again. The MNDAA and the TNLA agreed to a ceasefire on Tuesday.", "ceasefire.parties",
			nil},
		{"probe: agreed with a third side", "en", "", "The rival Druze armed factions and Bedouin tribes agreed with General Security forces on a ceasefire.", "ceasefire.parties",
			nil},
		{"probe: a negated agreement", "en", "", "MANBIJ - The Syrian Democratic Forces and the Syrian National Army did not agree to a ceasefire, the State Department said.", "ceasefire.parties",
			nil},
	})
}
