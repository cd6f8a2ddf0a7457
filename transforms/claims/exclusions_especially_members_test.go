package claims

import "testing"

// TestExclusionsEspeciallyMembers: after a coverage predicate, a comma and an "especially" marker
// ("ولا سيما", "وفي مقدمتها", "especially", "in particular") open the named members its generic
// subject or object stands for; they take its value, and a generic name read through a context
// alias ("الجماعات") gives way to them. Misses in zamfara zf_008 («ضد الجماعات غير المشمولة
// باتفاق السلام ...، ولا سيما عصابة دوغو مايكوانا»: the generic bandits were read excluded, a false
// disagreement) and kufra kf_037 ('عصابات التهريب والخارجين عن القانون، وفي مقدمتها عصابة
// الرقيعي'). Near misses: where aid goes after the marker ("especially to Gusau", "لا سيما إلى
// النازحين في بوركو").
func TestExclusionsEspeciallyMembers(t *testing.T) {
	const zamfara = "Zamfara state government signed a peace deal with bandit groups on Monday. "
	const zamfaraAr = "وقّعت حكومة ولاية زامفارا النيجيرية اتفاق سلام مع جماعات قطاع الطرق. "
	runCases(t, []mechanismCase{
		{"ولا سيما after a negated coverage (zamfara zf_008, ar)", "ar", pubTueAr, zamfaraAr + "أكد مقر قيادة الدفاع النيجيري، الجمعة، أن العمليات العسكرية في ولاية زامفارا مستمرة ضد الجماعات غير المشمولة باتفاق السلام الذي وقّعته حكومة الولاية، ولا سيما عصابة دوغو مايكوانا.", "ceasefire.exclusions",
			[]string{"dogo_maikwana_group=excluded@defence_headquarters"}},
		{"وفي مقدمتها after the object list (kufra kf_037, ar)", "ar", pubTueAr, "اتفق أعيان التبو والزوية على هدنة في الكفرة. ولا يشمل وقف إطلاق النار عصابات التهريب والخارجين عن القانون، وفي مقدمتها عصابة الرقيعي.", "ceasefire.exclusions",
			// The two classes have kufra ids since stop 32 (gold: a class left out is an exclusion).
			[]string{"kufra_smuggling_gangs=excluded@outlet", "kufra_outlaws=excluded@outlet", "ruqaii_gang=excluded@outlet"}},
		{"probe: especially after an exclusion (Zamfara)", "en", pubTue, zamfara + "The Defence Headquarters said the bandit groups outside the deal, especially Dogo Maikwana's men, would be pursued.", "ceasefire.exclusions",
			[]string{"zamfara_bandits=excluded@defence_headquarters", "dogo_maikwana_group=excluded@defence_headquarters"}},
		{"near miss: where aid goes (Zamfara)", "en", pubTue, zamfara + "The deal covers aid deliveries, especially to Gusau.", "ceasefire.exclusions",
			nil},
		{"near miss: where aid goes (Chad, ar)", "ar", pubTueAr, "وقّعت الحكومة التشادية والجبهة الوطنية لتجديد تشاد اتفاقاً لوقف إطلاق النار. ويتضمن الاتفاق تسهيل وصول المساعدات الإنسانية، لا سيما إلى النازحين في بوركو.", "ceasefire.exclusions",
			nil},
	})
}
