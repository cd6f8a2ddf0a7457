package claims

import "testing"

// TestVenueReducedRelative: a participle of agreeing right after the truce noun is a relative
// clause on it without its pronoun ("the ceasefire agreed in Tripoli", «الاتفاق المبرم في
// ...»): the city after its locative is where this truce was made, a city of the war's state
// too, as "which was agreed in" reads. Blind-time misses of the construction (frozen dumps):
// mitiga mt_017, waziristan wz_005 (read now); bangui bg_008 ("concluded" is no status cue) and
// greenzone gz_030 (Najaf, a city of the war's state, read as the truce's ground) still missed;
// ethiopia et_002 at development time.
func TestVenueReducedRelative(t *testing.T) {
	runCases(t, []mechanismCase{
		{"mitiga mt_017: the ceasefire agreed in Tripoli", "en", "2028-07-12T10:00:00Z",
			"UNSMIL welcomes the ceasefire agreed in Tripoli on 11 July between the Special Deterrence Force and the 444 Combat Brigade, which took effect at 20:00 local time.",
			"talks.venue", []string{"tripoli@unsmil"}},
		{"waziristan wz_005: the ceasefire agreed in Kabul", "en", "2031-04-29T05:30:00Z",
			"KABUL: The Islamic Emirate will act as the sole guarantor of the ceasefire agreed in Kabul between the Pakistani government and Tehreek-e-Taliban Pakistan, spokesman Mawlawi Saifullah Rahimi said on Tuesday.",
			"talks.venue", []string{"kabul@saifullah_rahimi"}},
		{"probe: the ceasefire reached in Tunis (rasajdir)", "en", "2036-07-09T10:00:00Z",
			"Libya's interior ministry and the Zuwara Military Council agreed to a truce in Ras Ajdir. Anwar Ghaith welcomed the ceasefire reached in Tunis.",
			"talks.venue", []string{"tunis@anwar_ghaith"}},
		{"probe: a cue of noun and participle (ar)", "ar", "2036-07-09T10:00:00Z",
			"اتفقت وزارة الداخلية والمجلس العسكري زوارة على تهدئة في رأس اجدير. ورحب أنور غيث بالاتفاق المبرم في تونس العاصمة.",
			"talks.venue", []string{"tunis@anwar_ghaith"}},
		// Not read: an earlier agreement of another year (pattani pt_019), the truce's own
		// ground, a participle a comma parts from the noun, a main verb.
		{"pattani pt_019: the 2022 understanding reached in Kuala Lumpur", "en", "",
			"Bangkok insists that Malaysia is the sole guarantor of the Ramadan initiative. The last comparable arrangement, the 2022 Ramadan understanding reached in Kuala Lumpur, lasted barely three weeks.",
			"talks.venue", nil},
		{"probe: the ceasefire reached in Zuwara, the truce's ground", "en", "2036-07-09T10:00:00Z",
			"Libya's interior ministry and the Zuwara Military Council agreed to a truce in Ras Ajdir. Anwar Ghaith welcomed the ceasefire reached in Zuwara.",
			"talks.venue", nil},
		{"probe: the fighting reached Tripoli", "en", "2036-07-09T10:00:00Z",
			"Libya's interior ministry and the Zuwara Military Council agreed to a truce in Ras Ajdir. Before the truce, fighting reached in Tripoli's suburbs.",
			"talks.venue", nil},
	})
}
