package claims

// Where the ceasefire applies (ceasefire.scope): nationwide or partial, places, regions and qualified territory.

import "testing"

// TestScopeWords: words that bound or widen the ceasefire: only, whole, all fronts, kinds of target, borders, what is not covered.
func TestScopeWords(t *testing.T) {
	runCases(t, []mechanismCase{
		{"only between the verb and its preposition", "en", "", yemenCountryLead + "The ceasefire applies only to Hodeidah and its ports, officials said.", "ceasefire.scope",
			[]string{"partial@sources"}},
		{"the whole of the country", "en", "", yemenCountryLead + "The truce will cover the whole of the country.", "ceasefire.scope",
			[]string{"nationwide@outlet"}},
		{"local time is a clock, not a local truce", "en", "", yemenCountryLead + "The ceasefire will begin on Friday at noon local time.", "ceasefire.scope",
			nil},
		{"a local truce", "en", "", "Tribal elders brokered a local truce around Hodeidah.", "ceasefire.scope",
			[]string{"partial@outlet"}},
		{"arabic limited to with the ceasefire between", "ar", "", yemenCountryLeadAr + "ويقتصر وقف إطلاق النار على مدينة الحديدة وموانئها.", "ceasefire.scope",
			[]string{"partial@outlet"}},
		{"arabic limited to another subject", "ar", "", yemenCountryLeadAr + "ويقتصر دور الأمم المتحدة على مراقبة وقف إطلاق النار.", "ceasefire.scope",
			nil},
		{"arabic all fronts", "ar", "", "وقال الحوثيون إن الهدنة تشمل جميع الجبهات.", "ceasefire.scope",
			[]string{"nationwide@houthis"}},
		{"the front line stated as not covered", "en", "", yemenCountryLead + "Fighting along the front line in the east is not covered and will go on, the government said.", "ceasefire.scope",
			[]string{"partial@yemeni_government"}},
		{"it does not cover the ground war", "en", "", yemenCountryLead + "Shops reopened on Friday under the truce. It does not cover the ground war.", "ceasefire.scope",
			[]string{"partial@outlet"}},
		{"not part of it", "en", "", yemenCountryLead + "Fighting on the front line is not part of it, residents said.", "ceasefire.scope",
			[]string{"partial@local_residents"}},
		{"arabic the agreement does not cover ground operations", "ar", "", yemenCountryLeadAr + "ولا يزال القتال مستمراً على خطوط التماس، إذ لا يشمل الاتفاق العمليات البرية.", "ceasefire.scope",
			[]string{"partial@outlet"}},
		{"arabic does not touch the fighting on the front line", "ar", "", yemenCountryLeadAr + "لكن الاتفاق لا يمس القتال على خط الجبهة.", "ceasefire.scope",
			[]string{"partial@outlet"}},
		{"a front line named without being put outside says nothing", "en", "", yemenCountryLead + "The front line was quiet overnight under the ceasefire, residents said.", "ceasefire.scope",
			nil},
		{"a truce covering kinds of target is partial", "en", "", yemenCountryLead + "The truce, which covers ports and power plants, took effect at midnight.", "ceasefire.scope",
			[]string{"partial@outlet"}},
		{"arabic a truce covering kinds of target", "ar", "", yemenCountryLeadAr + "ودخلت الهدنة التي تشمل الموانئ ومحطات الطاقة حيز التنفيذ.", "ceasefire.scope",
			[]string{"partial@outlet"}},
		{"the entire border", "en", "", yemenCountryLead + "The ceasefire covers the entire border, the government said.", "ceasefire.scope",
			[]string{"nationwide@yemeni_government"}},
		{"arabic the whole border between the two countries", "ar", "", "اتفق البلدان على وقف لإطلاق النار على طول الحدود بين البلدين بأكملها.", "ceasefire.scope",
			[]string{"nationwide@outlet"}},
		{"applied only to a section", "en", "", yemenCountryLead + "The government said the truce applied only to the coastal section of the front.", "ceasefire.scope",
			[]string{"partial@yemeni_government"}},
		// The gold README's coverage bullet (stop 24): a "not only A but also B" list names the
		// covered places and places the truce, as "covers Hays and Saleef" does.
		{"covering not only X but also Y places the truce as covering X and Y does", "en", "", yemenCountryLead + "The Houthis said the truce covers not only Hays but also Saleef.", "ceasefire.scope",
			[]string{"partial@houthis"}},
		{"all ports counts every port, not a kind", "en", "", yemenCountryLead + "The truce covers all ports, the UN said.", "ceasefire.scope",
			nil},
		{"a truce along a named sub-national front is partial", "en", "", "The Houthis and the Yemeni government agreed on Tuesday to stop firing along the Hays front, the government said.", "ceasefire.scope",
			[]string{"partial@yemeni_government"}},
		{"arabic a truce along a named sub-national front is partial", "ar", "", "اتفق الحوثيون والحكومة اليمنية يوم الثلاثاء على وقف إطلاق النار على طول جبهة حيس.", "ceasefire.scope",
			[]string{"partial@outlet"}},
	})
}

// TestScopeOfPlaces: a ceasefire placed in, around or limited to a city or province, or the whole territory.
func TestScopeOfPlaces(t *testing.T) {
	runCases(t, []mechanismCase{
		{"placed in a city is partial", "en", "", "A ceasefire in the Red Sea port city of Hodeidah took hold.", "ceasefire.scope", []string{"partial@outlet"}},
		{"limited to a city", "ar", "", "وأوضح أن اتفاق وقف إطلاق النار في اليمن يقتصر على مدينة الحديدة.", "ceasefire.scope", []string{"partial@outlet"}},
		{"all of a province is partial", "ar", "", "وقف إطلاق النار في اليمن يشمل جميع مديريات محافظة الحديدة.", "ceasefire.scope", []string{"partial@outlet"}},
		{"all the territory is nationwide", "ar", "", "وقف شامل للعمليات القتالية على جميع الأراضي السورية.", "ceasefire.scope", []string{"nationwide@outlet"}},
		{"qualified by a relative clause", "ar", "", "الاتفاق يسري على جميع المناطق التي تتواجد فيها المعارضة المعتدلة في سوريا.", "ceasefire.scope", nil},
		{"pronoun covers a city", "en", "", "The ceasefire took effect on Thursday. It covers Hodeidah and the roads leading into the port.", "ceasefire.scope",
			[]string{"partial@outlet"}},
		{"in and around", "en", "", "The sides agreed to a truce in and around Hodeidah.", "ceasefire.scope", []string{"partial@outlet"}},
		{"ar surroundings", "ar", "", "اتفق الطرفان على وقف لإطلاق النار في الحديدة ومحيطها.", "ceasefire.scope", []string{"partial@outlet"}},
		{"it would cover the city", "en", "", yemenCountryLead + "The truce will take effect at midnight, the envoy said, adding that it would cover the city and its three ports.", "ceasefire.scope",
			[]string{"partial@outlet"}},
	})
}

// TestWholeBorderScope: a truce along the whole length of a border is nationwide when the
// border is the theatre ("the entire length of the border", "على طول الحدود").
func TestWholeBorderScope(t *testing.T) {
	runCases(t, []mechanismCase{
		{"the entire length of the border", "en", "", "Syria and Turkey agreed to a ceasefire on Tuesday. The truce applies along the entire length of the border, the Syrian army said.", "ceasefire.scope",
			[]string{"nationwide@syrian_army"}},
		{"arabic along the border", "ar", "", "اتفقت سوريا وتركيا على وقف لإطلاق النار على طول الحدود بين البلدين يوم الثلاثاء.", "ceasefire.scope",
			[]string{"nationwide@outlet"}},
	})
}

// TestScopePronounStandsForTruce: a pronoun opening the clause carries the truce of the sentence
// before only when the scope word is what it covers; a scope word qualifying another noun, or
// the speakers' "we", says nothing of the truce (review 14b, finding 2).
func TestScopePronounStandsForTruce(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a nationwide strike", "en", "", yemenCountryLead + "They called a nationwide strike on Monday.", "ceasefire.scope",
			nil},
		{"nationwide elections", "en", "", yemenCountryLead + "We will hold nationwide elections next year, the government said.", "ceasefire.scope",
			nil},
		{"she called a nationwide strike", "en", "", yemenCountryLead + "She called for a nationwide strike.", "ceasefire.scope",
			nil},
		{"it applies nationwide", "en", "", yemenCountryLead + "It also applies nationwide, the statement says.", "ceasefire.scope",
			[]string{"nationwide@outlet"}},
		{"it covers the whole country", "en", "", yemenCountryLead + "It covers the whole country, the statement says.", "ceasefire.scope",
			[]string{"nationwide@outlet"}},
	})
}

// TestScopeNationalNoun: "national" makes a truce nationwide, not any agreement ("a national
// agreement on fuel imports") (review 14b, finding 16).
func TestScopeNationalNoun(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a national agreement on fuel", "en", "", yemenCountryLead + "The Houthis signed a national agreement on fuel imports under the truce.", "ceasefire.scope",
			nil},
		{"a national ceasefire", "en", "", "The Houthis and the Yemeni government agreed to a national ceasefire on Tuesday.", "ceasefire.scope",
			[]string{"nationwide@outlet"}},
		{"a national truce", "en", "", yemenCountryLead + "The national truce took effect at midnight.", "ceasefire.scope",
			[]string{"nationwide@outlet"}},
	})
}
