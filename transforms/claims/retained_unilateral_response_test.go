package claims

import "testing"

// TestUnilateralResponse: a response told with a unilateral adverb (منفرداً, بصفة منفردة,
// unilaterally) or a reprisal word is the right to respond to violations (lexicon cues of
// ceasefire.retained_rights); a negation over it («لا يجوز»، «لا يحق لأي طرف أن»، «ولا ردّ»,
// "neither party may", "no party shall") refuses the right. Real sentences: agadez ag_006 «ولا يجوز
// لأي من الطرفين الرد عليه بصفة منفردة» and ag_031 «ولا ردّ منفرداً عليها», marib mb_038 «لا يحق
// لأي طرف أن يرد منفرداً», cabinda cb_006 "Neither party may take reprisals", zamfara zf_024 "no
// party shall resort to arms in response to any violation" (five banks; all read at blind time
// without the right, frozen dumps). Near misses: a kept unilateral response, a right to respond
// owned by a named side; a unilateral response to something else than a breach (a letter, a
// march). Cues of lexicon object "unilateral" (retained_unilateral_response.go).
func TestUnilateralResponse(t *testing.T) {
	const nigerLead = "توصلت حكومة النيجر وجبهة تحرير آير وأزواغ إلى اتفاق لوقف إطلاق النار في أغاديز. "
	const nigerLeadEn = "Niger's government and the FLAA agreed a ceasefire in the Agadez region on Thursday. "
	const pub = "2039-03-24T10:00:00+01:00"
	runCases(t, []mechanismCase{
		{"الرد عليه بصفة منفردة (ag_006)", "ar", pub,
			nigerLead + "وتنظر اللجنة في أي خرق، ولا يجوز لأي من الطرفين الرد عليه بصفة منفردة.", "ceasefire.retained_rights",
			[]string{"respond_to_violations=not_retained@outlet"}},
		{"ولا ردّ منفرداً عليها (ag_031)", "ar", pub,
			nigerLead + "وقال إن الخروقات تُرفع إلى اللجنة المشتركة، ولا ردّ منفرداً عليها.", "ceasefire.retained_rights",
			[]string{"respond_to_violations=not_retained@outlet"}},
		{"لا يحق لأي طرف أن يرد منفرداً (mb_038)", "ar", pub,
			nigerLead + "وقال إنه لا يحق لأي طرف أن يرد منفرداً على الخروقات.", "ceasefire.retained_rights",
			[]string{"respond_to_violations=not_retained@outlet"}},
		{"Neither party may take reprisals (cb_006)", "en", pub,
			nigerLeadEn + "Neither party may take reprisals; any violation shall be referred to the joint committee.", "ceasefire.retained_rights",
			[]string{"respond_to_violations=not_retained@outlet~hedged"}},
		{"no party shall resort to arms in response (zf_024)", "en", pub,
			nigerLeadEn + "Second, no party shall resort to arms in response to any violation; every complaint shall be referred to the joint committee.", "ceasefire.retained_rights",
			[]string{"respond_to_violations=not_retained@outlet"}},
		// Near misses: the right kept.
		{"سيرد منفرداً: kept", "ar", pub,
			nigerLead + "وقال الجيش إنه سيرد منفرداً على أي هجوم.", "ceasefire.retained_rights",
			[]string{"respond_to_violations=retained@nigerien_armed_forces"}},
		{"من حق الجيش أن يرد منفرداً: kept", "ar", pub,
			nigerLead + "وقال إن من حق الجيش أن يرد منفرداً على أي هجوم.", "ceasefire.retained_rights",
			[]string{"respond_to_violations=retained@outlet"}},
		// Near misses: a response to another object than a breach.
		{"الرد بصفة منفردة على رسالة: a letter", "ar", pub,
			nigerLead + "وقال الوزير إن الحكومة تدرس الرد بصفة منفردة على رسالة المبعوث.", "ceasefire.retained_rights", nil},
		{"take reprisals against protesters: policing", "en", pub,
			nigerLeadEn + "The police chief said officers would not take reprisals against the students who marched on Monday.", "ceasefire.retained_rights", nil},
		{"would take reprisals: kept", "en", pub,
			nigerLeadEn + "The army said it would take reprisals against any attack.", "ceasefire.retained_rights",
			[]string{"respond_to_violations=retained@nigerien_armed_forces"}},
	})
}
