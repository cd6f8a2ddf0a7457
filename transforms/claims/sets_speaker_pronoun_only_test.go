package claims

import "testing"

// TestSpeakerPronounAlone: the pronoun subject of a role verb stands for who speaks past an
// "only" word between them ("Washington says it alone mediated the deal", tishrin tr_023;
// «وتقول موسكو إنها وحدها ستضمن الاتفاق»), as past a modal: the speaker is the member, the only
// one. Frozen dumps missing it: tishrin tr_023 and tabbaneh tb_012 ("says it alone will police
// the line"). A negation keeps it out ("says it alone cannot guarantee the deal").
func TestSpeakerPronounAlone(t *testing.T) {
	const tishrin = "The Syrian government and the SDF agreed a ceasefire at the Tishreen Dam. "
	const tishrinAr = "اتفق الجيش وقوات سوريا الديمقراطية على وقف إطلاق النار عند سد تشرين. "
	runCases(t, []mechanismCase{
		{"it alone mediated", "en", "",
			tishrin + "Washington says it alone mediated the deal; Damascus claims a Syrian-American mediation at meetings it hosted on October 3.", "ceasefire.mediators",
			[]string{"only:united_states@united_states", "syria,united_states@syrian_government"}},
		{"it alone will guarantee", "en", "",
			tishrin + "Russia says it alone will guarantee the deal.", "ceasefire.guarantors",
			[]string{"only:russia@russia"}},
		{"it will guarantee, no only word", "en", "",
			tishrin + "Russia says it will guarantee the deal.", "ceasefire.guarantors",
			[]string{"russia@russia"}},
		{"innaha wahdaha sa-tadman", "ar", "",
			tishrinAr + "وتقول موسكو إنها وحدها ستضمن الاتفاق.", "ceasefire.guarantors",
			[]string{"only:russia@russia"}},
		{"innaha wahdaha tawassatat", "ar", "",
			tishrinAr + "وتقول واشنطن إنها وحدها توسطت في الاتفاق.", "ceasefire.mediators",
			[]string{"only:united_states@united_states"}},
		// Near miss: negated.
		{"it alone cannot guarantee", "en", "",
			tishrin + "Washington says it alone cannot guarantee the deal.", "ceasefire.guarantors",
			nil},
	})
}
