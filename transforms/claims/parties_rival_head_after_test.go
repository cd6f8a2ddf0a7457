package claims

import "testing"

// TestRivalHeadAfterTheList: a plural rivalry head closing the list of those who agree ("the
// Sandarab and Hadlab communities", "the Bani Rashed and Al-Ghazalat tribes"), or the Arabic
// dual head of "components" before it ("مكوّنا السندراب والهدلاب"), makes two non-state groups
// each other's sides (parties_rivals.go). Probes: two Myanmar armed groups with no head, a
// welcome, a negated agreement, a partner after "with".
func TestRivalHeadAfterTheList(t *testing.T) {
	const basraEn = "Clashes killed three people in northern Basra. "
	runCases(t, []mechanismCase{
		{"leaders of the two communities agreed", "en", "", "Leaders of the Sandarab and Hadlab communities have agreed to a three-month truce in Port Sudan, Red Sea state Governor Mustafa Osman Hamadai said on Wednesday.", "ceasefire.parties",
			[]string{"hadlab_community,sandarab_community@mustafa_osman_hamadai"}},
		{"the two tribes agreed", "en", "", basraEn + "The Bani Rashed and Al-Ghazalat tribes agreed to a truce on Tuesday.", "ceasefire.parties",
			[]string{"al_ghazalat,bani_rashed@outlet"}},
		{"arabic the qalad the two components reached", "ar", "", "رحبت الرياض بالقلد الذي توصل إليه مكوّنا السندراب والهدلاب لوقف الاقتتال في مدينة بورتسودان.", "ceasefire.parties",
			[]string{"hadlab_community,sandarab_community@saudi_arabia"}}, // portsudan ps_008 gold: the welcomer's
		{"arabic the two components reached an atwa", "ar", "", basraLeadAr + "وتوصل مكونا بني راشد والغزالات إلى عطوة لمدة ثلاثة أيام.", "ceasefire.parties",
			[]string{"al_ghazalat,bani_rashed@outlet"}},

		// Probes.
		{"probe: two myanmar groups, no rivalry head", "en", "", "The Myanmar junta and the rebels clashed again. The MNDAA and the TNLA agreed to a ceasefire on Tuesday.", "ceasefire.parties",
			nil},
		{"probe: the tribes welcome another truce", "en", "", basraEn + "The Bani Rashed and Al-Ghazalat tribes welcomed the truce between the army and the police on Tuesday.", "ceasefire.parties",
			nil},
		{"probe: a partner after with", "en", "", basraEn + "The Bani Rashed and Al-Ghazalat tribes agreed with the army to a truce on Tuesday.", "ceasefire.parties",
			nil},
		{"probe: not agreed", "en", "", basraEn + "The Bani Rashed and Al-Ghazalat tribes have not agreed to a truce.", "ceasefire.parties",
			nil},
		{"probe: arabic no atwa reached", "ar", "", basraLeadAr + "ولم يتوصل مكونا بني راشد والغزالات إلى أي عطوة.", "ceasefire.parties",
			nil},
		{"probe: arabic the components welcome the truce", "ar", "", basraLeadAr + "ورحب مكونا بني راشد والغزالات بالهدنة.", "ceasefire.parties",
			nil},
	})
}
