package claims

// A generic name the gazetteer keeps as a context alias ("the government", "الحكومة") is a
// definite description: after a body whose names hold its words was named outright, it refers
// back to that body, not to the theatre's default holder of the alias.

import "testing"

// TestContextAliasRefersBack: "the government said" after another government was named.
func TestContextAliasRefersBack(t *testing.T) {
	runCases(t, []mechanismCase{
		{"the government after a named government is that government", "en", "", "The ceasefire in Syria took effect at midnight, Yemen's government said on Thursday. The truce excludes ISIS, the government said.", "ceasefire.exclusions",
			[]string{"isis=excluded@yemeni_government"}},
		{"arabic the government after a named government is that government", "ar", "", "دخل وقف إطلاق النار في سوريا حيز التنفيذ منتصف الليل، بحسب بيان للحكومة اليمنية. وقالت الحكومة إن الهدنة لا تشمل تنظيم داعش.", "ceasefire.exclusions",
			[]string{"isis=excluded@yemeni_government"}},
		{"with no other government named, the theatre's", "en", "", "The ceasefire in Syria took effect at midnight. The truce excludes ISIS, the government said.", "ceasefire.exclusions",
			[]string{"isis=excluded@syrian_government"}},
		{"arabic only a body whose names hold every word of the alias", "ar", "", "دخل وقف إطلاق النار في سوريا حيز التنفيذ منتصف الليل، بحسب بيان للحكومة اليمنية. وقالت القوات الحكومية إن الهدنة لا تشمل تنظيم داعش.", "ceasefire.exclusions",
			[]string{"isis=excluded@syrian_army"}},
	})
}
