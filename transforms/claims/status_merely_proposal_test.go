package claims

// A deal called a mere proposal or draft, or a proposal not agreed, is proposed, not agreed
// (lexicon ceasefire.status cues "مجرد مقترح", "مقترح لم", "only a draft", "is a draft",
// "a proposal we have not", ...; "مقترح لم نوافق", "مقترح لم يتفق" for not_agreed): «مجرد مقترح
// أممي لم يُتفق عليه بعد» (kirkuk kk_010), «واصفاً ما أعلنته واشنطن بأنه «مقترح لم نوافق عليه
// بعد»» (tishrin tr_006), "calling the U.S. announcement a proposal we have not accepted yet"
// (tishrin tr_039), "no agreement exists, only a draft" (manipur mp_023).

import "testing"

func TestMerelyAProposal(t *testing.T) {
	const lead = "The Houthis and the Yemeni government agreed a ceasefire in Hodeidah on Tuesday. "
	const leadAr = "اتفق الحوثيون والحكومة اليمنية على وقف لإطلاق النار في الحديدة يوم الثلاثاء. "
	runCases(t, []mechanismCase{
		{"arabic a proposal we have not agreed to", "ar", "", leadAr + "ونفى الحوثيون التوصل إلى اتفاق، واصفين ما أعلنته مسقط بأنه «مقترح لم نوافق عليه بعد».", "ceasefire.status",
			[]string{"agreed@outlet", "not_agreed@houthis", "proposed@houthis"}},
		{"arabic merely a UN proposal", "ar", "", leadAr + "ونفى القيادي الحوثي التوصل إلى أي اتفاق، معتبراً أن ما جرى في مسقط مجرد مقترح أممي.", "ceasefire.status",
			[]string{"agreed@outlet", "not_agreed@houthis", "proposed@houthis"}},
		{"no agreement exists, only a draft", "en", "", lead + "The Houthis still say that no agreement exists, only a draft.", "ceasefire.status",
			[]string{"agreed@outlet", "not_agreed@houthis", "proposed@houthis"}},
		// Probes: another text a draft; a text said to be no draft.
		{"probe: a budget is a draft", "en", "", lead + "The new budget is a draft, the finance minister said.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"probe: arabic a budget law merely a draft", "ar", "", leadAr + "وقال وزير المالية إن قانون الموازنة مجرد مسودة.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"probe: not a draft but a binding agreement", "en", "", lead + "The text signed in Muscat is not a draft but a binding agreement, the envoy said.", "ceasefire.status",
			[]string{"agreed@outlet", "agreed@outlet"}},
	})
}
