package claims

import "testing"

// TestTruceInTimeClauseFramesNoAccess: a truce named only in a fronted time clause ("As the
// truce took effect, ...", "ومع دخول الهدنة حيز التنفيذ، ...") dates the main clause: a road
// or bridge opened then is a deed of the day, no access the truce provides. A truce or
// agreement named in the main clause ("under the agreement") or as the subject of a provision
// keeps the reading.
func TestTruceInTimeClauseFramesNoAccess(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: as the truce took effect, the governor opened the new bridge", "en", pubTue, "As the truce took effect, the governor opened the new bridge.", "ceasefire.humanitarian", nil},
		{"probe: the new bridge over the river (Sudan)", "en", pubTue, sudanLead20 + "As the truce took effect, the governor opened the new bridge over the river.", "ceasefire.humanitarian", nil},
		{"probe: once the ceasefire began, the coastal road reopened after repairs (Gaza)", "en", pubTue, gazaLead20 + "Once the ceasefire began, the mayor reopened the coastal road after repairs.", "ceasefire.humanitarian", nil},
		{"probe: ومع دخول الهدنة حيز التنفيذ (Sudan)", "ar", pubTueAr, sudanLead20Ar + "ومع دخول الهدنة حيز التنفيذ، أعاد المحافظ فتح الجسر الجديد.", "ceasefire.humanitarian", nil},
		// Kept.
		{"the truce provides for reopening the crossing (Gaza)", "en", pubTue, gazaLead20 + "The truce provides for the reopening of the Rafah crossing.", "ceasefire.humanitarian",
			[]string{"aid_access=included@outlet"}},
		{"an agreement in the main clause (Gaza)", "en", pubTue, gazaLead20 + "As the truce took effect, Israel reopened the Rafah crossing under the agreement.", "ceasefire.humanitarian",
			[]string{"aid_access=included@outlet"}},
		{"under the truce, not a time clause (Gaza)", "en", pubTue, gazaLead20 + "Under the truce, Israel will reopen the Rafah crossing.", "ceasefire.humanitarian",
			[]string{"aid_access=included@outlet"}},
		{"roads opened to aid convoys after a time clause (Sudan)", "ar", pubTueAr, sudanLead20Ar + "ومع دخول الهدنة حيز التنفيذ، فتح الجيش الطرق أمام القوافل الإنسانية.", "ceasefire.humanitarian",
			[]string{"aid_access=included@outlet"}},
		{"the deal includes opening the roads (Sudan)", "ar", pubTueAr, sudanLead20Ar + "ويتضمن الاتفاق فتح الطرق المؤدية إلى الفاشر.", "ceasefire.humanitarian",
			[]string{"aid_access=included@outlet"}},
	})
}
