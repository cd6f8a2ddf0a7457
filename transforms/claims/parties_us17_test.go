package claims

// "بيننا وبين X" / "between us and X" after the truce: the body the speaker acts for and X are
// its sides; not said by the outlet, not negated or denied, not another relation's "between us".

import "testing"

func TestPartiesBetweenUs(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a commander's quote, answering a denial", "ar", "", "صمد وقف إطلاق النار في طرابلس. ردّ بلال دقاق على نفي الحزب العربي الديمقراطي، معتبراً أن «الاتفاق أُبرم بيننا وبين الحزب العربي الديمقراطي المدعوم من دمشق، وممثلو الحزب كانوا على الطاولة في دار الفتوى».", "ceasefire.parties",
			[]string{"arab_democratic_party,tabbaneh_gunmen@bilal_dakkak"}},
		{"another war: an army spokesman", "en", "", `"The ceasefire was agreed between us and the RSF in Jeddah," the Sudanese army spokesman said.`, "ceasefire.parties",
			[]string{"rapid_support_forces,sudanese_armed_forces@sudanese_armed_forces"}},
		{"another war: Arabic", "ar", "", "وقال المتحدث باسم الجيش السوداني إن «اتفاق وقف إطلاق النار أُبرم بيننا وبين قوات الدعم السريع».", "ceasefire.parties",
			[]string{"rapid_support_forces,sudanese_armed_forces@sudanese_armed_forces"}},
		// Negative probes: negation, a denial whose content the quote is, a speaker who is no
		// side, another relation, a person who is no side.
		{"no agreement between us", "en", "", `"There is no agreement between us and the RSF," the Sudanese army spokesman said.`, "ceasefire.parties",
			nil},
		{"negated, Arabic", "ar", "", "وقال المتحدث باسم الجيش السوداني إن «لا اتفاق بيننا وبين قوات الدعم السريع».", "ceasefire.parties",
			nil},
		{"the quote is what he denies", "ar", "", "صمد وقف إطلاق النار في طرابلس. نفى بلال دقاق أن يكون «الاتفاق أُبرم بيننا وبين الحزب العربي الديمقراطي».", "ceasefire.parties",
			nil},
		{"an editor is no side", "en", "", `"The ceasefire was agreed between us and the RSF," the newspaper's editor wrote.`, "ceasefire.parties",
			nil},
		{"trust, not the truce", "en", "", `"The trust between us and the people of Darfur is broken," the Sudanese army spokesman said.`, "ceasefire.parties",
			nil},
		{"a dispute, not the truce", "ar", "", "وقال المتحدث باسم الجيش السوداني إن «الخلاف بيننا وبين قوات الدعم السريع قديم».", "ceasefire.parties",
			nil},
		{"a mediator named after us", "ar", "", "صمد وقف إطلاق النار في طرابلس. قال بلال دقاق إن «الاتفاق أُبرم بيننا وبين نبيل سنكري».", "ceasefire.parties",
			nil},
	})
}
