package claims

import "testing"

// TestNegatedPredicateOfAnotherObject: a negated predicate that spells out its own object after
// "of", "with", "to" or "من" (lexicon predicate_object_links) negates the provision before it
// only when that object is the truce, an agreement noun, a pronoun for one or a free relative
// ("not part of what was agreed"). "was never part of its demands", "ليس جزءاً من مطالبها",
// "has nothing to do with the elections" say nothing of the truce's terms; a relative clause
// set off by commas keeps the main clause's reading ("which was never part of the Jeddah
// declaration, is included in the new truce"). Review probes from Sudan, Ukraine and Gaza, after
// 8628153 added "never part".
func TestNegatedPredicateOfAnotherObject(t *testing.T) {
	const sudanLead = "Sudan's army and the RSF agreed to a truce in El Fasher on Tuesday. "
	const ukraineLead = "Russia and Ukraine agreed to a maritime truce in the Black Sea on Tuesday. "
	const gazaLead = "Israel and Hamas agreed to a ceasefire in Gaza on Tuesday. "
	const fasherLeadAr = "يسود الهدوء الحذر مدينة الفاشر في ظل الهدنة. "
	const gazaLeadAr = "يسود الهدوء الحذر مدينة غزة في ظل الهدنة. "
	runCases(t, []mechanismCase{
		{"never part of its demands (Sudan)", "en", pubTue, sudanLead + "The RSF said aid access was never part of its demands.", "ceasefire.humanitarian", nil},
		{"not part of its conditions for the talks (Ukraine)", "en", pubTue, ukraineLead + "Kyiv said a prisoner exchange was not part of its conditions for the talks.", "ceasefire.exchange", nil},
		{"nothing to do with the elections (Sudan)", "en", pubTue, sudanLead + "The army said the release of prisoners has nothing to do with the elections.", "ceasefire.exchange", nil},
		{"ليس جزءاً من مطالبها (Sudan)", "ar", pubTueAr, fasherLeadAr + "وقالت قوات الدعم السريع إن فتح الممرات الإنسانية ليس جزءا من مطالبها.", "ceasefire.humanitarian", nil},
		{"a relative clause of another deal, the main clause includes (Sudan)", "en", pubTue,
			sudanLead + "Humanitarian access, which was never part of the Jeddah declaration, is included in the new truce, the army said.", "ceasefire.humanitarian",
			[]string{"aid_access=included@sudanese_armed_forces"}},
		// Kept: the object is the truce.
		{"never part of the truce (Ukraine)", "en", pubTue, ukraineLead + "Kyiv said a prisoner exchange was not part of the truce.", "ceasefire.exchange",
			[]string{"prisoners=not_included@ukrainian_government"}},
		{"nothing to do with the truce (Sudan)", "en", pubTue, sudanLead + "The army said the release of prisoners has nothing to do with the truce.", "ceasefire.exchange",
			[]string{"prisoners=not_included@sudanese_armed_forces"}},
		{"no object (Sudan)", "en", pubTue, sudanLead + "The army said humanitarian access was not included.", "ceasefire.humanitarian",
			[]string{"aid_access=not_included@sudanese_armed_forces"}},
		{"not part of what was agreed (Gaza)", "en", pubTue, gazaLead + `An Israeli official said the release of prisoners was "not part of what was agreed".`, "ceasefire.exchange",
			[]string{"prisoners=not_included@israel"}},
		{"ليس جزءاً من الاتفاق (Sudan)", "ar", pubTueAr, fasherLeadAr + "وقالت قوات الدعم السريع إن فتح الممرات الإنسانية ليس جزءا من الاتفاق.", "ceasefire.humanitarian",
			[]string{"aid_access=not_included@rapid_support_forces"}},
		{"ليس جزءاً منه (Gaza)", "ar", pubTueAr, gazaLeadAr + "وقال مسؤول إسرائيلي إن الإفراج عن الأسرى ليس جزءا منه.", "ceasefire.exchange",
			[]string{"prisoners=not_included@israel"}},
	})
}
