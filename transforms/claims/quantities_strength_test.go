package claims

import "testing"

// TestStrengthEstimateNoSignatories: a group's strength put at a number by an estimate verb is
// no count of the truce's signatories (gold convention; abyei ab_034 «التي يُقدَّر عدد مقاتليها
// ... بنحو ثلاثة آلاف مقاتل», sinjar sj_006 «الذين يقدَّر عددهم بنحو ثلاثة آلاف مقاتل»,
// sulaymaniyah sl_019 «قواته، التي يقدَّر عددها بأكثر من ألفي مقاتل، ملتزمة بالهدنة» read
// fighters counts). Probes from Syria, Colombia and Sudan. Kept: the attributive "an estimated
// 5,800 fighters" the truce covers, fighters who signed. (The English probe held before too:
// a guard for the copula condition.)
func TestStrengthEstimateNoSignatories(t *testing.T) {
	runCases(t, []mechanismCase{
		{"whose number is estimated at about 3,000 fighters (Syria)", "ar", pubTue,
			"اتفقت قوات سوريا الديمقراطية والجيش الوطني على هدنة عند سد تشرين، ولا يبدو أن عناصر قسد، الذين يقدَّر عددهم بنحو ثلاثة آلاف مقاتل، في وارد الانسحاب.", "ceasefire.signatories",
			nil},
		{"forces estimated at more than 2,000 fighters committed to the truce (Sudan)", "ar", pubTue,
			"وأضاف أن قواته، التي يقدَّر عددها بأكثر من ألفي مقاتل، ملتزمة بالهدنة في الفاشر منذ السادسة من مساء الأحد.", "ceasefire.signatories",
			nil},
		{"its fighters are estimated at about 6,000 (Colombia)", "en", pubTue,
			"The ELN, whose fighters are estimated at about 6,000, agreed to the ceasefire with the Colombian government on Tuesday.", "ceasefire.signatories",
			nil},
		// Kept.
		{"the truce covers an estimated 5,800 fighters (Colombia)", "en", pubTue,
			"The ceasefire covers an estimated 5,800 ELN fighters, the government said.", "ceasefire.signatories",
			[]string{"fighters=[5220,6380]@colombian_government"}},
		{"signed by 60,000 fighters (Sudan)", "en", pubTue,
			"The El Fasher truce was signed by commanders of 60,000 fighters, the RSF said.", "ceasefire.signatories",
			[]string{"fighters=60000@rapid_support_forces"}},
	})
}
