package claims

// Demonyms spelled like a common adjective (lexicon homograph_demonyms: المالي, المالية are
// "Malian" and "financial") stand for their country only in coverage of it; the country's bare
// name matched through the article and a suffix (مالي in المالية) is the same adjective.

import "testing"

const maliLeadAr = "أعلن الجيش المالي وجبهة تحرير أزواد وقفا لإطلاق النار في كيدال. "

func TestHomographDemonymFinanceIsNoState(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: the finance minister in Sudan coverage", "ar", pubTueAr, sudanLead19Ar + "وقال وزير المالية إن الحكومة ستدعم جهود الإغاثة.", "ceasefire.humanitarian",
			[]string{"aid_access=included@outlet"}},
		{"probe: the finance minister of Israel", "ar", pubTueAr, "اتفقت إسرائيل وحركة حماس على وقف إطلاق النار في غزة. وقال وزير المالية الإسرائيلي إن الهدنة صامدة.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@israel"}},
		{"probe: the financial official in Sudan coverage", "ar", pubTueAr, sudanLead19Ar + "وقال المسؤول المالي في الوزارة إن الهدنة صامدة.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@outlet"}},
		{"probe: the ministry of finance and financial support in Yemen", "ar", pubTueAr, yemenLeadAr + "وقالت وزارة المالية إن الدعم المالي للنازحين مشمول بالهدنة.", "ceasefire.humanitarian", nil},
		{"the Malian official in Mali coverage", "ar", pubTueAr, maliLeadAr + "وقال المسؤول المالي إن الهدنة صامدة.", "ceasefire.status",
			[]string{"agreed@malian_armed_forces", "in_force@mali"}},
		{"the Malian army", "ar", pubTueAr, "أعلن الجيش المالي والمتمردون الطوارق وقفا لإطلاق النار في كيدال يوم الاثنين.", "ceasefire.status",
			[]string{"agreed@malian_armed_forces"}},
		{"the Malian government", "ar", pubTueAr, "أعلنت الحكومة المالية وجبهة تحرير أزواد وقفا لإطلاق النار في شمال مالي برعاية جزائرية.", "ceasefire.mediators",
			[]string{"algeria@malian_transitional_government"}},
	})
}

// TestFinancialAuthoritiesOnlyInMali: "السلطات المالية" is Mali's authorities only in Mali
// coverage (a context alias); elsewhere the financial authorities speak for no state.
func TestFinancialAuthoritiesOnlyInMali(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: the financial authorities in Khartoum", "ar", pubTueAr, sudanLead19Ar + "وقالت السلطات المالية في الخرطوم إن الهدنة صامدة.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@outlet"}},
		{"the Malian authorities in Mali coverage", "ar", pubTueAr, maliLeadAr + "وقالت السلطات المالية إن الهدنة صامدة.", "ceasefire.status",
			[]string{"agreed@malian_armed_forces", "in_force@malian_transitional_government"}},
	})
}
