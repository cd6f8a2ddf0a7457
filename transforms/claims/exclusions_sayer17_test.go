package claims

// "X says it is not bound by the truce": one is bound or not oneself, so the pronoun after a verb
// of saying stands for its named subject, which is excluded when it can be (a group or place)
// and names nothing excluded otherwise (a political party, an army); a coverage predicate's
// pronoun is still what is covered, named before.

import "testing"

func TestExclusionSayerPronoun(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a party says it is not bound: no place for the pronoun", "en", "", "The United Nations welcomed on Saturday the ceasefire reached in Tripoli and called on all sides to back the Lebanese army's deployment. The truce, which a pro-Damascus party in Jabal Mohsen says it is not bound by, is the first since a deal last October fell apart.", "ceasefire.exclusions",
			nil},
		{"another war: a group says it is not bound", "en", "", "Russia and Turkey agreed a ceasefire in Syria. Jabhat Fatah al-Sham said that it is not bound by the truce.", "ceasefire.exclusions",
			[]string{"jabhat_fatah_al_sham=excluded@jabhat_fatah_al_sham"}},
		{"another war: Arabic, verb before subject", "ar", "", "اتفقت روسيا وتركيا على وقف لإطلاق النار في سوريا. وقالت جبهة فتح الشام إنها غير ملزمة بالهدنة.", "ceasefire.exclusions",
			[]string{"jabhat_fatah_al_sham=excluded@jabhat_fatah_al_sham"}},
		// Negative probes: an army that says it is not bound is no exclusion; a coverage
		// predicate's pronoun keeps the place named before.
		{"an army says it is not bound", "en", "", "Russia and Turkey agreed a ceasefire in Syria. The Syrian army says it is not bound by the truce in Eastern Ghouta.", "ceasefire.exclusions",
			nil},
		{"coverage: the place named before", "en", "", "Russia and Turkey agreed a ceasefire in Syria. Eastern Ghouta is a rebel enclave, and it is not covered by the truce.", "ceasefire.exclusions",
			[]string{"eastern_ghouta=excluded@outlet"}},
		{"coverage after a verb of opinion: the group named before", "ar", "", "ويبقى ملف ميليشيات وازاليندو الأكثر حساسية؛ إذ يعتبر الجيش الكونغولي أنها مشمولة بالهدنة بوصفها قوات رديفة.", "ceasefire.exclusions",
			[]string{"wazalendo=not_excluded@congolese_army"}},
	})
}
