package claims

import "testing"

// TestMonitorsCheckingWords: checking compliance and watching for or verifying breaches name the
// monitoring task as "monitor" and "رصد الخروقات" do ("Lebanese army intelligence officers will
// check on compliance every day", "UNAMI teams ... to check compliance", "U.S. Central Command will
// watch for violations", "التحقق من الخروقات"). Nobody named, a side's own teams, or a negation
// name no monitor.
func TestMonitorsCheckingWords(t *testing.T) {
	runCases(t, []mechanismCase{
		{"teams will check compliance", "en", "", yemenLead + "UN teams will check compliance every day, the statement said.", "ceasefire.monitors",
			[]string{"un@outlet"}},
		{"officers will check on compliance", "en", "", yemenLead + "Omani officers will check on compliance every day, a mediation official said.", "ceasefire.monitors",
			[]string{"oman@sources"}},
		{"a body will watch for violations", "en", "", yemenLead + "The United Nations will watch for violations from a cell in Muscat, one official said.", "ceasefire.monitors",
			[]string{"un@sources"}},
		{"arabic verifying breaches", "ar", "", yemenLeadAr + "وتتولى الأمم المتحدة، وفق مصادر مواكبة، التحقق من الخروقات ورفع تقارير يومية.", "ceasefire.monitors",
			[]string{"un@sources"}},
		{"probe: nobody named watches", "en", "", syriaLead + "Analysts will watch for violations in the coming days.", "ceasefire.monitors",
			nil},
		{"probe: a side's own teams check compliance", "en", "", yemenLead + "The Houthis said their teams would check compliance along the front.", "ceasefire.monitors",
			nil},
		{"probe: negated checking", "en", "", yemenLead + "The United Nations will not check compliance, the ministry said.", "ceasefire.monitors",
			nil},
	})
}

// TestMonitorsOwnStaffSuffix: a staff noun carrying a pronoun suffix before the monitoring word
// ("أكدت بعثة يولكس أن فرقها تراقب") is the speaking body's own teams, as "its teams" is; a body
// named alongside them ("إلى جانب جنود كفور", past the force noun) watches too. A side's teams,
// a bare staff noun of another body, a source without a body, and a denial name no monitor.
func TestMonitorsOwnStaffSuffix(t *testing.T) {
	runCases(t, []mechanismCase{
		{"its teams watch compliance", "ar", "", yemenLeadAr + "وأكدت الأمم المتحدة أن فرقها تراقب الالتزام بالهدنة.", "ceasefire.monitors",
			[]string{"un@un"}},
		{"its teams with a body alongside past a force noun", "ar", "", yemenLeadAr + "وأكدت الأمم المتحدة أن فرقها ستراقب، إلى جانب ضباط سلطنة عمان، التزام الطرفين بالهدنة.", "ceasefire.monitors",
			[]string{"oman,un@un"}},
		{"probe: a side's teams", "ar", "", yemenLeadAr + "وقال الحوثيون إن فرقهم تراقب الالتزام بالهدنة.", "ceasefire.monitors",
			nil},
		{"probe: aid teams watch the humanitarian situation", "ar", "", yemenLeadAr + "وقالت الأمم المتحدة إن فرق الإغاثة تراقب الوضع الإنساني في المدينة.", "ceasefire.monitors",
			nil},
		{"probe: analysts speak of its teams", "ar", "", yemenLeadAr + "وقال محللون إن فرقها ستراقب الالتزام بالهدنة.", "ceasefire.monitors",
			nil},
		{"probe: a denial", "ar", "", yemenLeadAr + "ونفت الأمم المتحدة أن تكون فرقها تراقب الهدنة.", "ceasefire.monitors",
			nil},
	})
}
