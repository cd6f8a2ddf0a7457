package claims

// A region word inside a name the gazetteer gives the whole country ("northern Mali").

import "testing"

// TestScopeRegionWordInCountryName: "the ceasefire in northern Mali" is partial even when
// "northern Mali" is listed as a name of Mali; a country whose own name opens with the word
// ("Western Sahara") is not.
func TestScopeRegionWordInCountryName(t *testing.T) {
	runCases(t, []mechanismCase{
		{"region word inside the country's alias", "en", "", "Mali's transitional authorities and the Azawad Liberation Front agreed on Monday to a ceasefire in northern Mali, officials said.", "ceasefire.scope",
			[]string{"partial@sources"}},
		{"arabic region word inside the country's alias", "ar", "", "رحبت الجزائر بالاتفاق على وقف إطلاق النار في شمال مالي.", "ceasefire.scope",
			[]string{"partial@algeria"}},
		{"a country named with the word is whole", "en", "", "Morocco and the Polisario Front agreed to restore a ceasefire in Western Sahara, the U.N. said.", "ceasefire.scope",
			nil},
	})
}

// TestScopeWordsRound14: wholes and limits written as phrases ("every sector of the border",
// "covering only", "دون غيرها"), and a place listed after "including" that does not narrow a whole.
func TestScopeWordsRound14(t *testing.T) {
	// The lead places the truce in Hodeidah: partial@outlet in every case.
	runCases(t, []mechanismCase{
		{"every sector of the border", "en", "", yemenLead + "The UN envoy said the agreement applies to every sector of the border.", "ceasefire.scope",
			[]string{"partial@outlet", "nationwide@un_envoy"}},
		{"covering only", "en", "", yemenLead + "The UN envoy described the deal as covering only the western coast.", "ceasefire.scope",
			[]string{"partial@outlet", "partial@un_envoy"}},
		{"arabic and no other", "ar", "", yemenLeadAr + "ويشمل الاتفاق، بحسب المبعوث الأممي، الساحل الغربي دون غيره.", "ceasefire.scope",
			[]string{"partial@outlet", "partial@un_envoy"}},
		{"a whole including a place stays whole", "en", "", yemenLead + `"The ceasefire will apply across the whole national territory, including Hays," the Houthis said.`, "ceasefire.scope",
			[]string{"partial@outlet", "nationwide@houthis"}},
	})
}

// TestScopeAllOfTheFront: "every position on the front line" is all of the front, a part of
// the country.
func TestScopeAllOfTheFront(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic every position on the line of contact", "ar", "", "وقال المبعوث الأممي إن الهدنة \"تشمل كل المواقع على خط التماس\".", "ceasefire.scope",
			[]string{"partial@un_envoy"}},
		{"arabic every area stays nationwide", "ar", "", "وقال المبعوث الأممي إن الهدنة تشمل كل المناطق اليمنية.", "ceasefire.scope",
			[]string{"nationwide@un_envoy"}},
	})
}

// TestScopeCoverageSubjectPastAttribution: the agreement is the subject of "covers" past a
// parenthetical attribution set off by commas.
func TestScopeCoverageSubjectPastAttribution(t *testing.T) {
	runCases(t, []mechanismCase{
		{"agreement noun, parenthetical attribution, covers a place", "en", "", "The Houthis and the Yemeni government agreed to a ceasefire on Tuesday. The understanding, UN officials here stressed, covers Hays district.", "ceasefire.scope",
			[]string{"partial@un"}},
	})
}

// TestScopePronounAndCoordinatedSubjects: "It" for the truce of the sentence before, and the
// agreement as the subject of a verb coordinated after another.
func TestScopePronounAndCoordinatedSubjects(t *testing.T) {
	runCases(t, []mechanismCase{
		{"it applies nationwide", "en", "", "The Houthis and the Yemeni government agreed to a ceasefire on Tuesday. It also applies nationwide, the statement says.", "ceasefire.scope",
			[]string{"nationwide@outlet"}},
		{"arabic agreement subject of a coordinated coverage verb", "ar", "", "اتفق الحوثيون والحكومة اليمنية على وقف لإطلاق النار يوم الثلاثاء. وأوضح المبعوث الأممي أن الاتفاق يمتد ثلاثين يوماً، ويسري على امتداد مديرية حيس.", "ceasefire.scope",
			[]string{"partial@un_envoy"}},
	})
}
