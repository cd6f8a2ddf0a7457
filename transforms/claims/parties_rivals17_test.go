package claims

// Armed groups that agree a truce are its sides when a rivalry head makes them each other's
// opponents ("Two rival tribes in northern Basra, X and Y, agreed", "توصّل عشيرتي X وY إلى
// عطوة", "الطرفان المتناحران، X وY"); without one, groups that agree or sign may be one side's
// ("the two groups, the MNDAA and the TNLA", "two Fano factions").

import "testing"

func TestPartiesRivalSubjects(t *testing.T) {
	runCases(t, []mechanismCase{
		{"two rival tribes in a place, in apposition", "en", "", "Two rival tribes in northern Basra, Bani Rashed and Al-Ghazalat, agreed on Thursday to halt a week of fighting that killed at least 11 people.", "ceasefire.parties",
			[]string{"al_ghazalat,bani_rashed@outlet"}},
		{"the verbal noun naming the tribes in construct", "ar", "", "أعلن محافظ البصرة ضياء الكناني، مساء اليوم الخميس، توصّل عشيرتي بني راشد والغزالات إلى عطوة عشائرية مدتها ثلاثة أيام.", "ceasefire.parties",
			[]string{"al_ghazalat,bani_rashed@diyaa_al_kinani"}},
		{"another war: rival camps", "en", "", "Two rival camps, the Druze armed factions and the Bedouin tribes, agreed on Sunday to a ceasefire in Suwayda.", "ceasefire.parties",
			[]string{"bedouin_tribes,suwayda_druze_factions@outlet"}},
		{"another war: verb-subject order past the rivalry adjective", "ar", "", "وتوصل الطرفان المتناحران، الفصائل الدرزية في السويداء وعشائر البدو، إلى اتفاق لوقف إطلاق النار.", "ceasefire.parties",
			[]string{"bedouin_tribes,suwayda_druze_factions@outlet"}},
		// Negative probes: no rivalry head (one side's groups may agree or sign together), a
		// rivalry word of another clause, a partner after "with", another deal, a negation.
		{"the two groups, no rivalry", "en", "", "The two groups, the MNDAA and the TNLA, agreed to a ceasefire on Tuesday.", "ceasefire.parties",
			nil},
		{"the two groups signed", "en", "", "Only the delegations of the two groups, the MNDAA and the TNLA, signed the text, according to a Chinese official who asked not to be named.", "ceasefire.parties",
			nil},
		{"one movement's factions", "en", "", "Two Fano factions, Gojjam Fano and Gondar Fano, agreed to a ceasefire on Monday.", "ceasefire.parties",
			nil},
		{"rivalry word of a clause before", "en", "", "A week after rival clans clashed in Gondar, Gojjam Fano and Wollo Fano agreed to a ceasefire.", "ceasefire.parties",
			nil},
		{"agreed with a third side", "en", "", "The rival Druze armed factions and Bedouin tribes agreed with General Security forces on a ceasefire.", "ceasefire.parties",
			nil},
		{"agreed on something else", "en", "", "Two rival tribes, Bani Rashed and Al-Ghazalat, agreed to join the army's offensive.", "ceasefire.parties",
			nil},
		{"negated", "en", "", "Two rival tribes, Bani Rashed and Al-Ghazalat, did not agree to a ceasefire.", "ceasefire.parties",
			nil},
	})
}

// "تخص عشيرتين فقط هما X وY", "binds only two rival camps, X and Y": the truce concerns the
// sides its rivalry head lists, exhaustively after "only".
func TestPartiesRivalListBound(t *testing.T) {
	runCases(t, []mechanismCase{
		{"concerns only two tribes, namely X and Y", "ar", "", "وأوضح أن العطوة تخص عشيرتين فقط هما بني راشد والغزالات، وأن الحكومة المحلية ستدعم جهود لجنة الشيوخ.", "ceasefire.parties",
			[]string{"only:al_ghazalat,bani_rashed@outlet"}},
		{"another war: a state side needs no rivalry head", "ar", "", "وأوضح أن الهدنة تخص الجيش وقوات الدعم السريع فقط.", "ceasefire.parties",
			[]string{"only:rapid_support_forces,sudanese_armed_forces@outlet"}},
		{"another war: binds only two rival camps", "en", "", "The truce binds only two rival camps, the Druze armed factions and the Bedouin tribes.", "ceasefire.parties",
			[]string{"only:bedouin_tribes,suwayda_druze_factions@outlet"}},
		// Negative probes: groups with no rivalry head, a place, another subject than the truce,
		// a negation.
		{"two groups, no rivalry head", "ar", "", "وأوضح أن الهدنة تخص الفصائل الدرزية في السويداء وعشائر البدو.", "ceasefire.parties",
			nil},
		{"one movement's factions", "en", "", "The truce binds two Fano factions, Gojjam Fano and Gondar Fano.", "ceasefire.parties",
			nil},
		{"a place", "ar", "", "وأوضح أن الهدنة تخص مدينة طرابلس فقط.", "ceasefire.parties",
			nil},
		{"measures, not the truce", "ar", "", "وقال إن الإجراءات تخص قوات الدعم السريع والجيش.", "ceasefire.parties",
			nil},
		{"negated", "ar", "", "وأوضح أن الاتفاق لا يخص الجيش وقوات الدعم السريع.", "ceasefire.parties",
			nil},
	})
}
