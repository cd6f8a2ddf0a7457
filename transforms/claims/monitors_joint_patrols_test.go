package claims

import "testing"

// TestMonitorsJointPatrols: forces that jointly patrol under the truce, or take on its patrols,
// watch it (lexicon cues "jointly patrol", "joint patrols", "تسيير الدوريات", "دوريات مشتركة"),
// as the gold writes manipur's, tabbaneh's and syria_ne's patrols. A patrol of one side that
// attacks, or patrols of an old deal in the background, name no monitor.
func TestMonitorsJointPatrols(t *testing.T) {
	runCases(t, []mechanismCase{
		{"two forces will jointly patrol", "en", "", yemenLead + "Under the deal, Oman and the United Nations will jointly patrol the buffer zone, the statement said.", "ceasefire.monitors",
			[]string{"oman,un@outlet"}},
		{"arabic the army alone takes on the patrols", "ar", "", yemenLeadAr + "واتفق المجتمعون على أن تتولى الأمم المتحدة وحدها تسيير الدوريات في الميناء.", "ceasefire.monitors",
			[]string{"only:un@outlet"}},
		// Probes: a side's patrol attacking is no monitoring; a patrol without "joint" is no cue.
		{"a side's patrol attacked", "en", "", yemenLead + "A Houthi patrol attacked a government post near the port on Wednesday.", "ceasefire.monitors",
			nil},
	})
}
