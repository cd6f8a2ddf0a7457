package claims

// Corrections in one sentence (corrections.go): the retracted part ("ورد في عدد أمس أن ...،
// والصحيح أن ...", "An earlier version incorrectly said ...; in fact ...") is no claim where the
// corrected part gives the same topic again; what the correction presupposes stands. A correcting word with no
// retraction before it, and a correction of another figure, change nothing.

import "testing"

func TestCorrectionsRetractTheErrorAndReadTheCorrection(t *testing.T) {
	runCases(t, []mechanismCase{
		{"an earlier version said 60 days; in fact 30", "en", pubTue, yemenLead + "An earlier version of this story incorrectly said the truce would last 60 days; in fact it will last 30 days.", "ceasefire.duration",
			[]string{"30@outlet"}},
		{"ورد خطأ ... والصحيح: the corrected length", "ar", pubTueAr, syriaLeadAr + "كما ورد خطأً أن مدة الهدنة ثلاثون يوماً، والصحيح أنها اثنتان وسبعون ساعة.", "ceasefire.duration",
			[]string{"3@outlet"}},
		{"ورد في عدد أمس ... والصحيح: the corrected exclusion only", "ar", pubTueAr, syriaLeadAr + "تصحيح: ورد في عدد أمس أن الهدنة تستثني تنظيم داعش، والصحيح أن الهدنة تستثني جبهة فتح الشام.", "ceasefire.exclusions",
			[]string{"jabhat_fatah_al_sham=excluded@outlet"}},
		{"the corrected deadline leaves the handover it presupposes", "ar", pubTueAr, syriaLeadAr + "ورد في خبر نشرناه أمس أن الجيش قال إن تسليم جثامين القتلى سيتم خلال 48 ساعة من بدء الهدنة، والصحيح أن البيان حدد مهلة 72 ساعة لذلك.", "ceasefire.exchange",
			[]string{"bodies=included@syrian_army"}},
		{"a corrected start leaves the length it does not correct", "ar", pubTueAr, syriaLeadAr + "ورد في عدد أمس أن الهدنة التي تستمر ثلاثين يوماً بدأت الأحد، والصحيح أنها بدأت السبت.", "ceasefire.duration",
			[]string{"30@outlet"}},
		{"a corrected start: the Saturday only", "ar", pubTueAr, syriaLeadAr + "ورد في عدد أمس أن الهدنة التي تستمر ثلاثين يوماً بدأت الأحد، والصحيح أنها بدأت السبت.", "ceasefire.start_time",
			[]string{"2025-10-11@outlet"}},
		{"ذكرنا أمس ... والصواب: the corrected length only", "ar", pubTueAr, syriaLeadAr + "ذكرنا أمس أن الهدنة تستمر ثلاثين يوماً، والصواب أنها تستمر أسبوعين.", "ceasefire.duration",
			[]string{"14@outlet"}},
		{"probe: an error marked as such is retracted whole, even when the correction reads no figure", "en", pubTue, yemenLead + "An earlier version of this story said the truce would last 60 days; the correct figure is 30 days.", "ceasefire.duration", nil},
		{"probe: a corrected casualty toll is no truce claim", "en", pubTue, yemenLead + "Correction: An earlier version of this story said 12 people were killed in the shelling of Hodeidah; in fact 21 were killed.", "ceasefire.duration", nil},
		{"probe: a corrected toll in Arabic, the truce named", "ar", pubTueAr, syriaLeadAr + "وقالت وزارة الصحة إن الحصيلة الصحيحة للقتلى هي 21 وليس 12 كما ورد خطأ، رغم الهدنة.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"probe: 'in fact' with no retraction before it retracts nothing", "en", pubTue, yemenLead + "In fact, the army said, the truce will last 30 days.", "ceasefire.duration",
			[]string{"30@yemeni_army"}},
		{"probe: a retraction with no correction stays background", "en", pubTue, yemenLead + "An earlier version of this story said the truce would last 60 days.", "ceasefire.duration", nil},
	})
}
