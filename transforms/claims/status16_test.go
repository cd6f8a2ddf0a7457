package claims

// Status: a collapse foreseen is no collapse; the entry into force, welcomed or counted from,
// is the truce in force.

import "testing"

// TestForeseenCollapse: "will collapse", "ستنهار" warn of a collapse; "has collapsed" reports one.
func TestForeseenCollapse(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a collapse reported", "en", pubTue, yemenLead + "The truce in Hodeidah collapsed on Wednesday, residents said.", "ceasefire.status",
			[]string{"agreed@outlet", "collapsed@local_residents"}},
		{"a collapse warned of", "en", pubTue, yemenLead + `One minister warned that the truce "will collapse the moment a shell lands in Aden."`, "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"would quickly collapse", "en", pubTue, yemenLead + "Analysts in Colombo said the Hodeidah truce would quickly collapse.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"arabic future prefix", "ar", pubTueAr, yemenLeadAr + "وحذر مسؤول من أن الهدنة ستنهار إذا استمر القصف.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"arabic sawfa", "ar", pubTueAr, yemenLeadAr + "وقال محللون إن الهدنة سوف تنهار قريباً.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"arabic collapse reported", "ar", pubTueAr, yemenLeadAr + "وانهارت الهدنة في الحديدة صباح الأربعاء.", "ceasefire.status",
			[]string{"agreed@outlet", "collapsed@outlet"}},
	})
}

// TestEntryIntoForce: welcoming the truce's entry into force, or counting from it, says it is in
// force; preparing for it, or asking about it, does not.
func TestEntryIntoForce(t *testing.T) {
	runCases(t, []mechanismCase{
		{"welcomes the entry into force", "en", pubTue, "Oman welcomes the entry into force of the ceasefire in Hodeidah between the Houthis and the Yemeni government.", "ceasefire.status",
			[]string{"in_force@oman"}},
		{"since its entry into force", "en", pubTue, yemenLead + "Twelve violations have been recorded since the entry into force of the truce, the UN said.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@un"}},
		{"probe: preparing for the entry into force", "en", pubTue, "In Aceh in 2002, monitors prepared for the entry into force of a cessation of hostilities.", "ceasefire.status", nil},
		{"probe: a question", "en", pubTue, yemenLead + "Will the UN welcome the entry into force of the truce?", "ceasefire.status", []string{"agreed@outlet"}},
		{"probe: another deal's entry into force", "en", pubTue, yemenLead + "Oman welcomed the entry into force of a trade agreement with India.", "ceasefire.status", []string{"agreed@outlet"}},
	})
}

// TestAgreedExtension: agreeing to extend the truce presupposes it; a truce agreed as renewable,
// or agreed alongside an extension of something else further on, is still agreed.
func TestAgreedExtension(t *testing.T) {
	runCases(t, []mechanismCase{
		{"agreed to extend", "en", pubTue, yemenLead + "On Wednesday the Houthis agreed to extend the Hodeidah truce by a month.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"arabic verb-first agreeing to an extension", "ar", pubTueAr, yemenLeadAr + "ووافقت الحكومة اليمنية في عدن اليوم الأربعاء على تمديد الهدنة في الحديدة أسبوعين.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"probe: a renewable truce agreed", "ar", pubTueAr, "اتفق الحوثيون والحكومة اليمنية على وقف لإطلاق النار في الحديدة قابل للتجديد.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"probe: agreed a truce that could be extended", "en", pubTue, "In Nepal, the Maoists and the government agreed to a ceasefire that could be extended in May.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"probe: an extension refused is no agreement either way", "en", pubTue, yemenLead + "The Houthis refused to extend the truce beyond Friday.", "ceasefire.status",
			[]string{"agreed@outlet"}},
	})
}

// TestAgreeingToARole: agreeing (or not) to a guarantor or monitor presupposes the truce; agreeing
// to the truce itself, with its guarantor named after it, is still agreeing.
func TestAgreeingToARole(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic refused any outside guarantor", "ar", pubTueAr, yemenLeadAr + "وقال مسؤول حكومي إن بلاده لم توافق على أي ضامن خارجي للهدنة.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"agreed on monitors", "en", pubTue, yemenLead + "On Wednesday the two sides agreed on UN monitors for the truce.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"probe: agreed to the truce, monitored", "en", pubTue, "In Aceh, the rebels and the government agreed to a ceasefire monitored by the European Union.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"probe: arabic agreed to the truce with a guarantor", "ar", pubTueAr, "ووافق الطرفان في دارفور على وقف إطلاق النار بضمانة قطرية.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"probe: did not agree to the truce", "en", pubTue, "In Chechnya, the rebels did not agree to the ceasefire, a spokesman said.", "ceasefire.status",
			[]string{"not_agreed@outlet"}},
	})
}
