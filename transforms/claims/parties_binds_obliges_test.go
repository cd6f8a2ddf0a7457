package claims

// A verb of obliging (lexicon binds cue "تُلزم", value "obliges") with the truce as subject binds
// the sides it names as objects («الهدنة تُلزم «الجيش النيجري وعناصر الفيلق الأفريقي على حد
// سواء»», agadez ag_040), unless a ب-complement says what they are obliged to do: "الاتفاق يلزم
// بريشتينا بسحب وحدات الشرطة" (kosovo kv_004), "يُلزم القوات التركية والمرتزقة ... بمغادرة البلاد"
// (libya lb_003), "يُلزم الجيش بسحب قوات" (pattani pt_015) name obligations, not parties.

import "testing"

func TestPartiesBindsObliges(t *testing.T) {
	runCases(t, []mechanismCase{
		{"truce obliges two sides alike", "ar", pubTueAr, "في المقابل، يصرّ رئيس جبهة تحرير آير وأزواغ، أغالي آغ تنمرت، على أن الهدنة تُلزم «الجيش النيجري وعناصر الفيلق الأفريقي على حد سواء».", "ceasefire.parties",
			[]string{"africa_corps,nigerien_armed_forces@aghali_ag_tanamart"}},
		{"truce obliges, plain list", "ar", pubTueAr, "يصرّ أغالي آغ تنمرت على أن الهدنة تُلزم الجيش النيجري والفيلق الأفريقي.", "ceasefire.parties",
			[]string{"africa_corps,nigerien_armed_forces@aghali_ag_tanamart"}},
		// Near misses: obliged to do something.
		{"obliged to leave", "ar", pubTueAr, "وقال أغالي آغ تنمرت إن الاتفاق يُلزم الجيش النيجري والفيلق الأفريقي بمغادرة إقليم أغاديز.", "ceasefire.parties",
			nil},
		{"obliged to withdraw, past a relative clause", "ar", pubTueAr, "وقال أغالي آغ تنمرت إن الاتفاق يُلزم الجيش النيجري وعناصر الفيلق الأفريقي الذين جلبتهم نيامي بسحب قواتهم.", "ceasefire.parties",
			nil},
	})
}
