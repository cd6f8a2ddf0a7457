package claims

import "testing"

// TestClosingAndDigressingVerbs: a statement or a speaker quoted before goes on with «ختم»
// ("concluded": «وختم البيان بالتأكيد على أن ...», «وختم حديثه بالقول إن ...») or «استطرد»
// ("went on"), and «مضى قائلاً» ("went on, saying"): verbs of saying (lexicon
// attribution_verbs and continuation_verbs) whose subject, when none is named, is the one
// quoted before. «ختم» is listed with its conjunction («وختم», «ويختم»): only opening its
// clause is it the verb; bare, it is also the noun "seal" («حملت الوثيقة ختم الجيش»). Real shapes: sinjar «وختم البيان بالتأكيد على أن»; kadugli «وختم البيان بأن»;
// lebanon «وختم زين بالقول إن». Near misses: a new speaker named with the verb speaks; the
// noun «ختم» (a seal) is no verb of saying; a statement quoted two paragraphs back by another
// body is not carried past a named speaker.
func TestClosingAndDigressingVerbs(t *testing.T) {
	runCases(t, []mechanismCase{
		{"sinjar: the statement concluded by stressing", "ar", "", "أعلنت وحدات مقاومة سنجار التزامها بوقف إطلاق النار مع الجيش العراقي اعتباراً من السادسة من صباح الأربعاء.\n\nوقالت الوحدات في بيانها إن \"الاتفاق يقتصر على مركز مدينة شنكال\".\n\nوختم البيان بالتأكيد على أن \"الوحدات ملتزمة بالهدنة ما دام الطرف الآخر ملتزماً بها، وتحتفظ بحق الدفاع المشروع عن شعبها\".", "ceasefire.retained_rights",
			[]string{"respond_to_violations=retained@ybs"}},
		{"syria: the statement concluded that", "ar", "", "قال الجيش السوري في بيان إن وقف إطلاق النار يسري منذ منتصف الليل. وختم البيان بأن الهدنة لا تشمل جبهة فتح الشام.", "ceasefire.exclusions",
			[]string{"jabhat_fatah_al_sham=excluded@syrian_army"}},
		{"a person concluded his remarks by saying", "ar", "", "قال أسامة أبو زيد إن الاتفاق شامل. وختم حديثه بالقول إن وقف إطلاق النار لا يستثني جبهة فتح الشام.", "ceasefire.exclusions",
			[]string{"jabhat_fatah_al_sham=not_excluded@osama_abu_zeid"}},
		{"istatrada: went on", "ar", "", "قال أسامة أبو زيد إن الاتفاق شامل. واستطرد أن وقف إطلاق النار لا يستثني جبهة فتح الشام.", "ceasefire.exclusions",
			[]string{"jabhat_fatah_al_sham=not_excluded@osama_abu_zeid"}},
		{"mada qa'ilan: went on, saying", "ar", "", "قال أسامة أبو زيد إن الاتفاق شامل. ومضى قائلاً إن وقف إطلاق النار لا يستثني جبهة فتح الشام.", "ceasefire.exclusions",
			[]string{"jabhat_fatah_al_sham=not_excluded@osama_abu_zeid"}},
		// Near misses.
		{"a new speaker named with the closing verb speaks", "ar", "", "قال أسامة أبو زيد إن الاتفاق شامل. وختم الجيش السوري بيانه بالتأكيد على أن الهدنة تستثني جبهة فتح الشام.", "ceasefire.exclusions",
			[]string{"jabhat_fatah_al_sham=excluded@syrian_army"}},
		{"the noun khatm (a seal) says nothing", "ar", "", "وحملت الوثيقة ختم الجيش السوري، وهي تستثني جبهة فتح الشام.", "ceasefire.exclusions",
			[]string{"jabhat_fatah_al_sham=excluded@outlet"}},
	})
}
