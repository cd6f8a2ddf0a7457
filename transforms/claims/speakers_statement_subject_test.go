package claims

import "testing"

// TestStatementSubjectParticiple: a circumstantial participle after a clause whose subject is
// "the statement" ("وحذّر البيان من أن ...، مطالباً X بـ...") speaks in the statement's voice: its
// owner (named with the noun, or who issued the statement quoted before) says it, not a name in
// what the statement says, and the name right after a demanding participle is who is asked, not
// who asks. A finite verb of demanding keeps its subject.
func TestStatementSubjectParticiple(t *testing.T) {
	runCases(t, []mechanismCase{
		{"yemen: the statement warned, demanding the other side withdraw", "ar", "", yemenLeadAr + "وقال الحوثيون في بيان إن الهدنة صامدة. وحذّر البيان من أن «أي خرق سيقابل بالرد»، مطالباً الحكومة اليمنية بسحب ألوية العمالقة من مديرية حيس.", "ceasefire.withdrawal",
			[]string{"giants_brigades=required@houthis~demanded"}},
		{"sudan: a name inside the quoted warning does not speak", "ar", "", "اتفق الجيش السوداني وقوات الدعم السريع على هدنة إنسانية في الفاشر يوم الاثنين. وقال الجيش السوداني في بيان إنه ملتزم بالهدنة. وحذّر البيان من أن «أي هجوم لقوات الدعم السريع سيعد خرقاً»، مؤكداً أن الهدنة لا تشمل معسكر زمزم.", "ceasefire.exclusions",
			[]string{"zamzam_camp=excluded@sudanese_armed_forces"}},
		{"syria: the owner named with the statement noun", "ar", "", "وقال الجيش السوري في بيان إن وقف إطلاق النار يسري منذ منتصف الليل. وحذّر البيان الصادر عن الجيش السوري من أي خرق، مؤكداً أن الاتفاق لا يشمل جبهة فتح الشام.", "ceasefire.exclusions",
			[]string{"jabhat_fatah_al_sham=excluded@syrian_army"}},
		// Negative probes: a named subject keeps speaking; a finite demand keeps its subject.
		{"a named body as the clause subject keeps speaking", "ar", "", yemenLeadAr + "وحذّرت الحكومة اليمنية من أي خرق، مؤكدة أن الهدنة لا تشمل مديرية حيس.", "ceasefire.exclusions",
			[]string{"hays=excluded@yemeni_government"}},
		{"a finite verb of demanding keeps its subject as who asks", "ar", "", yemenLeadAr + "وطالب الحوثيون بانسحاب قوات الحكومة اليمنية من مديرية حيس.", "ceasefire.withdrawal",
			[]string{"yemeni_army=required@houthis~demanded"}},
	})
}
