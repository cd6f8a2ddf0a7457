package claims

// Compliance with the truce, "in effect" and the nominal "since the truce took effect" as its
// state (ceasefire.status in_force), and the calls, conditions and promises that are not.

import "testing"

// TestStatusCompliance: a party complying with the truce asserts it is in force; a call, a
// condition, a promise or a negation does not.
func TestStatusCompliance(t *testing.T) {
	runCases(t, []mechanismCase{
		{"largely respecting the truce", "en", "", yemenLead + `"Both sides are largely respecting the truce," the UN said.`, "ceasefire.status",
			[]string{"agreed@outlet", "in_force@un"}},
		{"have complied with the ceasefire", "en", "", yemenLead + "The Houthis said their units have complied with the ceasefire since midnight.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@houthis"}},
		{"a call to keep respecting it is no state", "en", "", yemenLead + "The UN called on both sides to keep respecting the truce.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"not respecting it is an accusation, no state", "en", "", yemenLead + "The Houthis said the government forces are not respecting the ceasefire.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"remains in effect", "en", "", yemenLead + "The ceasefire remains in effect, the UN envoy said.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@un_envoy"}},
		{"now in its seventh day", "en", "", yemenLead + "Talks resume in Muscat on Monday, with the truce now in its seventh day.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@outlet"}},
		{"arabic fighters complied (perfect)", "ar", "", yemenLeadAr + "وأكد الحوثيون أن مقاتليهم التزموا بوقف إطلاق النار منذ منتصف الليل.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@houthis"}},
		{"arabic both sides comply (dual imperfect)", "ar", "", yemenLeadAr + "وقالت الحكومة اليمنية إن الطرفين يلتزمان حتى الآن بالهدنة.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@yemeni_government"}},
		{"arabic a promise to comply is no state", "ar", "", yemenLeadAr + "وقال الحوثيون إن قواتهم ستلتزم بوقف إطلاق النار.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"arabic compliance as long as the other side complies", "ar", "", yemenLeadAr + "وقالت الحكومة اليمنية إن الجيش ملتزم بالهدنة طالما التزمت بها جماعة الحوثيين.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"arabic a week after the truce took effect", "ar", "", "بعد أسبوع على سريان الهدنة بين الحوثيين والحكومة اليمنية في الحديدة، لا تزال الخلافات قائمة.", "ceasefire.status",
			[]string{"in_force@outlet"}},
		{"arabic the truce in its fifth day", "ar", "", yemenLeadAr + "ودخلت الهدنة في الحديدة يومها الخامس وسط هدوء حذر.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@outlet"}},
		{"arabic the ministry's welcome (verbal noun)", "ar", "", yemenLeadAr + "وأعلنت وزارة الخارجية العمانية ترحيبها باتفاق وقف إطلاق النار في الحديدة.", "ceasefire.status",
			[]string{"agreed@outlet", "agreed@omani_foreign_ministry"}},
	})
}

// TestCessationOfHostilitiesShortForm: "وقف العدائيات", the short form of "وقف الأعمال
// العدائية", names the truce (a welcome of it is an agreement, placed where it applies).
func TestCessationOfHostilitiesShortForm(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic welcome of the cessation of hostilities", "ar", "", "أعلنت وزارة الخارجية العمانية ترحيبها باتفاق وقف العدائيات بين الحوثيين والحكومة اليمنية في الحديدة.", "ceasefire.status",
			[]string{"agreed@omani_foreign_ministry"}},
	})
}
