package claims

// A truce placed in one part of its own country ("the ceasefire in northern Yemen", "وقف إطلاق
// النار في شمال وشرق اليمن") is partial (ceasefire.scope).

import "testing"

// TestScopeRegionOfCountry: a direction word between the ceasefire's locative and the theatre's
// name places the truce in part of the country; the same words elsewhere do not.
func TestScopeRegionOfCountry(t *testing.T) {
	runCases(t, []mechanismCase{
		{"the ceasefire in northern yemen", "en", "", "Welcome to our live coverage of the ceasefire in northern Yemen, now in its third day.", "ceasefire.scope",
			[]string{"partial@outlet"}},
		{"arabic the ceasefire in the north and east of yemen", "ar", "", "دخل وقف إطلاق النار في شمال وشرق اليمن حيز التنفيذ منتصف ليل أمس.", "ceasefire.scope",
			[]string{"partial@outlet"}},
		{"arabic the ceasefire in the east of yemen", "ar", "", "لا يزال وقف إطلاق النار في شرق اليمن صامداً لليوم الثالث.", "ceasefire.scope",
			[]string{"partial@outlet"}},
		{"fighting in the north is no placing of the truce", "en", "", "The Houthis and the government agreed to a ceasefire on Tuesday. Fighting continued in northern Yemen.", "ceasefire.scope",
			nil},
	})
}

// TestScopePlacedAfterSides: a truce "between X and Y in <a city or region of the war>" is
// placed there; a place word inside one side's name is not the truce's.
func TestScopePlacedAfterSides(t *testing.T) {
	runCases(t, []mechanismCase{
		{"between the sides in a city of the war", "en", "", "The UN on Sunday said the ceasefire between the Houthis and the Yemeni government in the port city of Hodeidah held overnight.", "ceasefire.scope",
			[]string{"partial@un"}},
		{"arabic between the sides in a city of the war", "ar", "", "وقالت الخارجية العمانية إن اتفاق وقف إطلاق النار بين الحوثيين والحكومة اليمنية في الحديدة صامد.", "ceasefire.scope",
			[]string{"partial@omani_foreign_ministry"}},
		{"arabic a place inside the first side's name", "ar", "", "لا تزال الهدنة بين الحكومة اليمنية في عدن وجماعة الحوثيين صامدة.", "ceasefire.scope",
			nil},
	})
}
