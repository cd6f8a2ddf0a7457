package claims

// A description of the UN's mission ("the U.N. mission", "البعثة الأممية") in an article that
// names one UN mission outright is that mission; with none named it stays the UN.

import "testing"

func TestMissionsReferBack(t *testing.T) {
	leadAr := "أعلنت الحكومة العراقية ووحدات مقاومة سنجار هدنة في قضاء سنجار رعتها بعثة يونامي. "
	lead := "Iraq's government and the Sinjar Resistance Units agreed a truce in Sinjar brokered by UNAMI. "
	runCases(t, []mechanismCase{
		{"arabic the UN mission after UNAMI", "ar", "", leadAr + "وقال مسؤول إن فرق البعثة الأممية ستراقب التنفيذ.", "ceasefire.monitors",
			[]string{"unami@sources"}},
		{"english the U.N. mission after UNAMI", "en", "", lead + "The U.N. mission will monitor the truce, an official said.", "ceasefire.monitors",
			[]string{"unami@sources"}},
		// Near misses: no mission named outright, the UN itself named, or the UN described
		// by no mission noun.
		{"arabic the UN mission with no mission named", "ar", "", "أعلنت الحكومة العراقية ووحدات مقاومة سنجار هدنة في قضاء سنجار. وقال مسؤول إن فرق البعثة الأممية ستراقب التنفيذ.", "ceasefire.monitors",
			[]string{"un@sources"}},
		{"english the United Nations after UNAMI", "en", "", lead + "The United Nations will monitor the truce, an official said.", "ceasefire.monitors",
			[]string{"un@sources"}},
	})
}
