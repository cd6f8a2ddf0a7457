package claims

// A term said of "any truce" with a deontic modal, or made a condition for any truce, is a
// demand (modality_any_truce.go): chad cd_002, mitiga mt_005, thaicam tc_002, hermel hm_002.

import "testing"

func TestAnyTruceDemand(t *testing.T) {
	runCases(t, []mechanismCase{
		{"any truce must include a release", "en", pubTue, sudanLead19 + "The RSF said any truce must include the release of its prisoners.", "ceasefire.exchange",
			[]string{"prisoners=included@rapid_support_forces~demanded"}},
		{"any truce must include a release, Arabic", "ar", pubTueAr, sudanLead19Ar + "وقالت قوات الدعم السريع إن أي هدنة يجب أن تتضمن الإفراج عن الأسرى.", "ceasefire.exchange",
			[]string{"prisoners=included@rapid_support_forces~demanded"}},
		{"any ceasefire agreement would have to see a withdrawal", "en", pubTue, sudanLead19 + "The army said any ceasefire agreement would have to see the RSF withdraw from El Obeid.", "ceasefire.withdrawal",
			[]string{"rapid_support_forces=required@sudanese_armed_forces~demanded"}},
		{"a withdrawal made a condition for any agreement", "en", pubTue, sudanLead19 + "The army said the withdrawal of the RSF from El Obeid is a condition for any agreement.", "ceasefire.withdrawal",
			[]string{"rapid_support_forces=required@sudanese_armed_forces~demanded"}},
		{"a withdrawal made a key condition for any agreement, Arabic", "ar", pubTueAr, sudanLead19Ar + "وقال الجيش إن انسحاب قوات الدعم السريع من الأبيض شرط أساسي لأي اتفاق.", "ceasefire.withdrawal",
			[]string{"rapid_support_forces=required@sudanese_armed_forces~demanded"}},
		{"the truce must also cover a town", "en", pubTue, sudanLead19 + "The army said the truce must also cover El Obeid.", "ceasefire.exclusions",
			[]string{"el_obeid=not_excluded@sudanese_armed_forces~demanded"}},
		{"the truce must also cover a town: its scope is told", "en", pubTue, sudanLead19 + "The army said the truce must also cover El Obeid.", "ceasefire.scope",
			[]string{"partial@sudanese_armed_forces"}},
		{"the agreement must include a release, Arabic", "ar", pubTueAr, sudanLead19Ar + "وقال الجيش إنه يجب أن يشمل الاتفاق الإفراج عن الأسرى.", "ceasefire.exchange",
			[]string{"prisoners=included@sudanese_armed_forces~demanded"}},
		// Near misses: the modal of another noun, "any" with no modal, a condition of something
		// else, a frame in another clause.
		{"a force must withdraw: an account of a term", "en", pubTue, sudanLead19 + "The army said the RSF must withdraw from El Obeid.", "ceasefire.withdrawal",
			[]string{"rapid_support_forces=required@sudanese_armed_forces"}},
		{"a modal on any violation", "en", pubTue, sudanLead19 + "The army said the truce includes the release of prisoners and any violation must be reported.", "ceasefire.exchange",
			[]string{"prisoners=included@sudanese_armed_forces"}},
		{"not part of any agreement", "en", pubTue, sudanLead19 + "The army said the withdrawal of the RSF from El Obeid is not part of any agreement.", "ceasefire.withdrawal",
			[]string{"rapid_support_forces=not_required@sudanese_armed_forces"}},
		{"a condition of anonymity, Arabic", "ar", pubTueAr, sudanLead19Ar + "وقال مصدر عسكري شرط عدم الكشف عن هويته إن الاتفاق يتضمن الإفراج عن الأسرى.", "ceasefire.exchange",
			[]string{"prisoners=included@sources"}},
		{"a frame in another clause", "en", pubTue, sudanLead19 + "The army said any truce must be signed in Jeddah; the agreement includes the release of prisoners.", "ceasefire.exchange",
			[]string{"prisoners=included@sudanese_armed_forces"}},
	})
}
