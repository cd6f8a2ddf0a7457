package claims

import "testing"

// TestWithdrawalConditionalRefusal: a refused withdrawal bounded later in its clause by the
// speaker's condition or time ("لن تنسحب شبراً واحداً ... ما دامت عناصر حزب العمال موجودة",
// "لن تغادر المدينة إلا بأمر من القائد العام", "would not withdraw an inch as long as PKK
// fighters remained", "would not withdraw before that") is the speaker's condition, not what the truce
// requires (gold traps: tishrin tr_006, mitiga mt_005, greenzone gz_012; two false disagreements).
// Near misses: the same refusal with no bound; "unless" and "until", which keep the refusal
// beside the other side's demanded withdrawal (withdrawal_conditioned.go); and a negated term in a clause of its own before
// a coordinated conditional one (bangui bg_024: «لا يتضمن أي انسحاب»، وأن مقاتليه لن يغادروا
// مواقعهم إلا بعد دمجهم في الجيش).
func TestWithdrawalConditionalRefusal(t *testing.T) {
	const syriaAr = "بدأ سريان الهدنة بين قسد والجيش الوطني السوري عند سد تشرين. "
	const syria = "A truce between the SDF and the Syrian National Army at the Tishreen Dam took effect on Monday. "
	runCases(t, []mechanismCase{
		{"ما دامت after the refusal (tishrin tr_006, ar)", "ar", pubTueAr, syriaAr + "وأضاف الجاسم أن فصائل الجيش الوطني «لن تنسحب شبراً واحداً» من خطوط التماس قرب سد تشرين ما دامت عناصر حزب العمال الكردستاني موجودة في المنطقة.", "ceasefire.withdrawal",
			nil},
		{"إلا بأمر after the refusal (greenzone gz_012, ar)", "ar", pubTueAr, syriaAr + "وقال المتحدث باسم الجيش الوطني إن فصائله «لن تغادر المدينة إلا بأمر من القيادة».", "ceasefire.withdrawal",
			nil},
		{"probe: as long as (Syria)", "en", pubTue, syria + "The SNA spokesman said its factions would not withdraw an inch from the front lines as long as PKK fighters remained in the area.", "ceasefire.withdrawal",
			nil},
		{"probe: before that (Syria)", "en", pubTue, syria + "The SNA demands the release of its prisoners first, and its spokesman said its factions would not withdraw before that.", "ceasefire.withdrawal",
			nil},
		{"near miss: unless keeps the refusal and the demand (Syria)", "en", pubTue, syria + "The SNA spokesman said its factions would not withdraw unless the SDF withdrew first.", "ceasefire.withdrawal",
			[]string{"syrian_national_army=not_required@syrian_national_army", "sdf=required@syrian_national_army~demanded"}},
		{"near miss: the refusal with no bound (Syria, ar)", "ar", pubTueAr, syriaAr + "وأضاف الجاسم أن فصائل الجيش الوطني «لن تنسحب شبراً واحداً» من خطوط التماس قرب سد تشرين.", "ceasefire.withdrawal",
			[]string{"syrian_national_army=not_required@mahmoud_al_jasim"}},
		{"near miss: a negated term before a coordinated condition (bangui bg_024, ar)", "ar", pubTueAr, "دخل اتفاق لواندا لوقف إطلاق النار بين حكومة أفريقيا الوسطى وتحالف الوطنيين من أجل التغيير حيز التنفيذ. في المقابل، أكد المتحدث باسم التحالف جوستان مبايكوا أن الاتفاق «لا يتضمن أي انسحاب»، وأن مقاتليه لن يغادروا مواقعهم إلا بعد دمجهم في الجيش.", "ceasefire.withdrawal",
			[]string{"cpc=not_required@justin_mbaikoua"}},
	})
}
