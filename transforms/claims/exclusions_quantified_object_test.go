package claims

import "testing"

// TestExclusionsQuantifiedObject: a coverage verb whose object quantifies over every group or
// place ("does not exclude anyone", "excludes no one", "لا يستثني أحداً", "أي جهة") says its value
// of the members named after it ("not even X", "neither X nor Y", "including X", "ولا حتى X",
// "لا X ولا غيرهم") and of the object of a partitive one ("any part of X", "أي جزء من X", "أي
// فصيل من X"). Misses in tishrin tr_017 ('لا يستثني أي جهة، «لا كوادر حزب العمال الكردستاني ...
// ولا غيرهم»'), lasanod ls_022 ('لا يستثني أي جزء من أراضي سول') and the seeds ('لا يستثني أي
// فصيل من المعارضة'); "excludes no one, including the PKK" read the PKK excluded (the negative
// quantifier negated "including"), "does not exclude any part of Manbij" read Manbij excluded
// ("part of" negated). Near misses: "no one but X" is "only"; a name after the quantifier with
// no member marker ("the PKK said") is no member; a negated verb with a plain object keeps its
// reading.
func TestExclusionsQuantifiedObject(t *testing.T) {
	const syria = "A truce between the SDF and the Syrian National Army at the Tishreen Dam took effect on Monday. "
	const syriaAr = "بدأ سريان الهدنة بين قسد والجيش الوطني السوري عند سد تشرين. "
	runCases(t, []mechanismCase{
		{"neither X nor others after any party (Syria, tishrin tr_017, ar)", "ar", pubTueAr, syriaAr + "وأضاف أن الاتفاق لا يستثني أي جهة، «لا كوادر حزب العمال الكردستاني كما تزعم أنقرة ولا غيرهم»، معتبراً أن الحديث عن هذه الكوادر «ذريعة لمواصلة القصف».", "ceasefire.exclusions",
			[]string{"pkk=not_excluded@outlet", "pkk=excluded@turkey"}}, // Ankara's account set aside (exclusions_as_reported.go)
		{"not even X after no one (Syria, ar)", "ar", pubTueAr, syriaAr + "وأضاف أن الاتفاق لا يستثني أحداً، ولا حتى حزب العمال الكردستاني.", "ceasefire.exclusions",
			[]string{"pkk=not_excluded@outlet"}},
		{"including X after any party (Syria, ar)", "ar", pubTueAr, syriaAr + "وأضاف أن الاتفاق لا يستثني أي جهة، بما في ذلك حزب العمال الكردستاني.", "ceasefire.exclusions",
			[]string{"pkk=not_excluded@outlet"}},
		{"any part of a place (Syria, ar)", "ar", pubTueAr, syriaAr + "وأضاف أن الاتفاق لا يستثني أي جزء من منبج.", "ceasefire.exclusions",
			[]string{"manbij=not_excluded@outlet"}},
		{"any faction of the opposition (Syria seeds, ar)", "ar", pubTueAr, "وأعلنت وزارة الدفاع الروسية وقف إطلاق النار في سوريا. وقال المتحدث إن الاتفاق لا يستثني أي فصيل من المعارضة.", "ceasefire.exclusions",
			[]string{"syrian_armed_opposition=not_excluded@russian_defense_ministry"}},
		{"excludes no one, not even X (Syria)", "en", pubTue, syria + "The ceasefire excludes no one, not even the PKK.", "ceasefire.exclusions",
			[]string{"pkk=not_excluded@outlet"}},
		{"excludes no one, including X: no negated including (Syria)", "en", pubTue, syria + "The ceasefire excludes no one, including the PKK.", "ceasefire.exclusions",
			[]string{"pkk=not_excluded@outlet"}},
		{"excludes nobody, neither X nor anyone else (Syria)", "en", pubTue, syria + "The ceasefire excludes nobody, neither the PKK nor anyone else.", "ceasefire.exclusions",
			[]string{"pkk=not_excluded@outlet"}},
		{"does not cover anyone, not even X (Syria)", "en", pubTue, syria + "The deal does not cover anyone, not even the PKK.", "ceasefire.exclusions",
			[]string{"pkk=excluded@outlet"}},
		{"does not exclude any part of a place: part of is no cue (Syria)", "en", pubTue, syria + "The ceasefire does not exclude any part of Manbij.", "ceasefire.exclusions",
			[]string{"manbij=not_excluded@outlet"}},
		{"near miss: no one but X is only (Syria, ar)", "ar", pubTueAr, syriaAr + "وأضاف أن الاتفاق لا يستثني أحداً إلا حزب العمال الكردستاني.", "ceasefire.exclusions",
			[]string{"pkk=excluded@outlet"}},
		{"near miss: a name after the quantifier without a member marker (Syria)", "en", pubTue, syria + "The ceasefire excludes no one; the PKK welcomed it.", "ceasefire.exclusions",
			nil},
		{"near miss: a plain negated object keeps its reading (Syria, ar)", "ar", pubTueAr, syriaAr + "وأضاف أن الاتفاق لا يستثني حزب العمال الكردستاني.", "ceasefire.exclusions",
			[]string{"pkk=not_excluded@outlet"}},
	})
}
