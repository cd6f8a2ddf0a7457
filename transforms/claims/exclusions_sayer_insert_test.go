package claims

import "testing"

// TestExclusionsSayerPastInsert: the pronoun opening the content of a verb of saying, with a
// predicate of obligation or concern ("bound", "concerned", «ملزم», «معني»), is the one who
// says it even where an insert stands between the sayer and the content ("JNIM said in a
// statement that it is not concerned by the deal", «أكد حزب الله في بيان اليوم السبت أنه
// "معنيّ بالهدنة الشاملة"»), and past a quotation mark opening the quoted predicate. Misses of
// the construction in hormuz hz_034 («أنه "معنيّ بالهدنة الشاملة"»), mali mal_006 ('said in a
// statement on its channel that it "is not concerned"', still unread: the quote splits "concerned
// by"), bangui bg_033 («أنها «مشمولة بالهدنة»»: a coverage cue's pronoun, read past the quote);
// probes from Syria, Sudan and Gaza. Near misses: a person says it, a body that is no group, a
// named subject, a coverage cue's pronoun (what is covered).
func TestExclusionsSayerPastInsert(t *testing.T) {
	runCases(t, []mechanismCase{
		{"said in a statement that it is not concerned (Mali)", "en", pubTue, "JNIM said in a statement that it is not concerned by the deal.", "ceasefire.exclusions",
			[]string{"jnim=excluded@jnim"}},
		{"said on Tuesday in a statement that it is bound (Syria)", "en", pubTue, "The SDF said on Tuesday in a statement that it is bound by the truce.", "ceasefire.exclusions",
			[]string{"sdf=not_excluded@sdf"}},
		{"arabic: an insert and a quoted concern (Lebanon)", "ar", pubTueAr, "أكد حزب الله في بيان اليوم السبت أنه \"معنيّ بالهدنة الشاملة\" التي بدأ سريانها فجر الجمعة.", "ceasefire.exclusions",
			[]string{"hezbollah=not_excluded@hezbollah"}},
		{"arabic: an insert, not bound (Sudan)", "ar", pubTueAr, "أعلنت قوات الدعم السريع في بيان مساء الثلاثاء أنها غير ملزمة بالهدنة.", "ceasefire.exclusions",
			[]string{"rapid_support_forces=excluded@rapid_support_forces"}},
		{"arabic: a quoted concern (Gaza)", "ar", pubTueAr, "أكدت حماس في بيان أنها \"معنية بالتهدئة\".", "ceasefire.exclusions",
			[]string{"hamas=not_excluded@hamas"}},
		{"near miss: a person says it (Sudan)", "en", pubTue, "Hemedti said in a statement that he is not bound by the truce.", "ceasefire.exclusions",
			nil},
		{"near miss: a body that is no group (UN)", "en", pubTue, "The UN said in a statement that it is not bound by the truce.", "ceasefire.exclusions",
			nil},
		{"near miss: a named subject (Sudan)", "en", pubTue, "The army said in a statement that the RSF is not bound by the truce.", "ceasefire.exclusions",
			[]string{"rapid_support_forces=excluded@sudanese_armed_forces"}},
		{"arabic near miss: a named subject (Sudan)", "ar", pubTueAr, "قال الجيش السوداني في بيان إن قوات الدعم السريع غير معنية بالهدنة.", "ceasefire.exclusions",
			[]string{"rapid_support_forces=excluded@sudanese_armed_forces"}},
		{"near miss: a coverage cue's pronoun is the place named before (Ukraine)", "en", pubTue, "Russia's navy shelled Sevastopol on Monday. Russia said in a statement that it is covered by the truce.", "ceasefire.exclusions",
			[]string{"sevastopol=not_excluded@russia"}},
	})
}
