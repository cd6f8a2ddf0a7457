package claims

import "testing"

// TestRoleObjectBeforeMarker: a set cue after "as" that follows a name gives the role to that
// name and the names listed with it, not to the verb's subject ("Damascus accepts Saudi Arabia as
// guarantor", "counts Malaysia and the OIC as guarantors", "listed the sultanate alongside the
// United States and Qatar as mediators"): roleObjectBeforeMarker, sets_role_object.go. With it the
// definite «الضمانات» and the guarantor's adjective («بالضمانات المصرية والقطرية», «أما الضمانات
// فسعودية») name guarantors. Probes: a subject acting as guarantor (no name before "as") keeps
// its role, a refused role, a negated one, and the indefinite «ضمانات» a side demands.
func TestRoleObjectBeforeMarker(t *testing.T) {
	const lbEn = "Lebanon and Syria agreed to a ceasefire on their border on Wednesday. "
	const mnEn = "The Philippine government and the BIFF agreed to a ceasefire in Maguindanao. "
	const gazaAr = "اتفقت إسرائيل وحركة حماس على وقف لإطلاق النار في غزة يوم الأحد. "
	runCases(t, []mechanismCase{
		{"accepts x as guarantor", "en", "", lbEn + "Beirut accepts Qatar as guarantor of the deal.", "ceasefire.guarantors",
			[]string{"qatar@outlet"}},
		// "counts ... as" is a stance verb in its frame: Cotabato City's reading, as mindanao
		// mn_031's gold has it (speakers_stance_verbs.go).
		{"counts x and y as guarantors", "en", "", mnEn + "Cotabato City also counts Malaysia and the OIC as guarantors of the deal.", "ceasefire.guarantors",
			[]string{"malaysia,oic@bangsamoro_government"}},
		{"listed x alongside y and z as mediators", "en", "", yemenLead + "Houthi television listed Oman alongside the United States and Qatar as mediators of the truce.", "ceasefire.mediators",
			[]string{"oman,qatar,united_states@outlet"}},
		{"arabic the egyptian and qatari guarantees", "ar", "", gazaAr + "وأشاد البيان بالضمانات المصرية والقطرية للاتفاق.", "ceasefire.guarantors",
			[]string{"egypt,qatar@outlet"}},

		// Probes.
		{"probe: the subject acts as guarantor", "en", "", lbEn + "Qatar will act as guarantor of the deal.", "ceasefire.guarantors",
			[]string{"qatar@outlet"}},
		{"probe: rejects x as guarantor", "en", "", lbEn + "Damascus rejects Qatar as guarantor of the deal.", "ceasefire.guarantors",
			nil},
		{"probe: x as a friend, not a mediator", "en", "", yemenLead + "The Houthis see Oman as a friend, not a mediator of the truce.", "ceasefire.mediators",
			nil},
		{"probe: arabic guarantees demanded", "ar", "", gazaAr + "وطالبت الحركة بضمانات مصرية قبل تسليم الأسرى.", "ceasefire.guarantors",
			nil},
	})
}
