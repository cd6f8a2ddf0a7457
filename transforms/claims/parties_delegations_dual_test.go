package claims

// The dual of a delegation in construct (وفدا, وفدي: "the two delegations of"; lexicon
// rival_heads, beside مكونا and مكوني) heads the list of the two sides, as "the delegations of X
// and Y" does in English: «وقّع رئيسا وفدي القوات المسلحة والحركة الشعبية على اتفاق وقف
// العدائيات» (kadugli kd_039; the form recurs in aden, anatolia, mindanao, portsudan, taiz).

import "testing"

func TestDualDelegationHeadsTheSides(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic the two delegations of two sides signed", "ar", "", "وقّع وفدا الحكومة اليمنية والحوثيين مساء اليوم الخميس في مسقط اتفاقاً لوقف إطلاق النار في الحديدة.", "ceasefire.parties",
			[]string{"houthis,yemeni_government@outlet"}},
		{"arabic the heads of the two delegations signed", "ar", "", "وقّع رئيسا وفدي الحكومة اليمنية والحوثيين مساء اليوم الخميس في مسقط اتفاقاً لوقف إطلاق النار في الحديدة.", "ceasefire.parties",
			[]string{"houthis,yemeni_government@outlet"}},
		// Probes: the mediators' delegations, a welcome, a delegation sent.
		{"probe: arabic the mediators' delegations signed as witnesses", "ar", "", "وقّع وفدا مصر وقطر على اتفاق وقف إطلاق النار في الحديدة بصفة شاهدين.", "ceasefire.parties",
			nil},
		{"probe: arabic two delegations welcomed the truce", "ar", "", "رحب وفدا مصر وقطر باتفاق وقف إطلاق النار في الحديدة.", "ceasefire.parties",
			nil},
		{"probe: arabic a delegation sent", "ar", "", "أرسلت الحكومة اليمنية والحوثيون وفدا إلى مسقط لبحث وقف إطلاق النار.", "ceasefire.parties",
			nil},
	})
}
