package claims

import "testing"

// TestAffiliationAdjective: «تابع» before a word carrying a preposition («فريق مراقبين تابع
// للاتحاد الأفريقي», affiliated to) and «التابع» (with the article) are adjectives, not "he went
// on": the body after them speaks nothing, and the speaker of the sentence carries over to the
// next («وأضافت أن ...»). Witness: bangui bg_026 («فريق مراقبين تابع للمجموعة الاقتصادية لدول وسط
// أفريقيا، مشيرةً ... وأضافت أن الاتفاق ينص على ...»); probes from the Sudan, Syria and Yemen wars.
// Negatives: the verb with a name spelled with the preposition's letter («وتابع لافروف أن»), and
// with whom it addresses before what it reports («وتابع للصحفيين أن»).
func TestAffiliationAdjective(t *testing.T) {
	runCases(t, []mechanismCase{
		{"indefinite adjective before a body", "ar", "",
			"قالت المتحدثة باسم الأمم المتحدة إن البعثة ستراقب الهدنة مع فريق مراقبين تابع للاتحاد الأفريقي، مشيرةً إلى أن البعثة ليست طرفاً في الاتفاق. وأضافت أن الاتفاق ينص على إطلاق سراح المحتجزين.",
			"ceasefire.exchange", []string{"prisoners=included@un"}},
		{"definite adjective before a body", "ar", "",
			"قال الجيش السوداني إن الهدنة صامدة، وإن فريق المراقبين التابع للاتحاد الأفريقي انتشر في كادقلي. وأكد أن الاتفاق ينص على إطلاق سراح الأسرى.",
			"ceasefire.exchange", []string{"prisoners=included@sudanese_armed_forces"}},
		{"syria: a unit affiliated to a ministry", "ar", "",
			"قال وزير الخارجية الروسي سيرغي لافروف إن فريقاً تابعاً لوزارة الدفاع سيراقب الهدنة، مشيراً إلى أنها صامدة. وأضاف أن الاتفاق يستثني تنظيم داعش.",
			"ceasefire.exclusions", []string{"isis=excluded@sergei_lavrov"}},
		// Negative probes: the verb of saying.
		{"a name spelled with the preposition's letter is the subject", "ar", "",
			"قال وزير الخارجية الروسي سيرغي لافروف إن الهدنة صامدة. وتابع لافروف أن الاتفاق ينص على إطلاق سراح الأسرى.",
			"ceasefire.exchange", []string{"prisoners=included@sergei_lavrov"}},
		{"whom it addresses, then what it reports", "ar", "",
			"قال الجيش السوداني إن الهدنة صامدة. وتابع للصحفيين أن الاتفاق ينص على إطلاق سراح الأسرى.",
			"ceasefire.exchange", []string{"prisoners=included@sudanese_armed_forces"}},
	})
}
