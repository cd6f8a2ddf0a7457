package claims

import "testing"

// TestLeadersSignForTheirCommunities: a person the gazetteer affiliates with a tribe, clan or
// faction signs for it (signatories_leaders.go). Probes: a denied or negated signature, a leader
// signing another deal.
func TestLeadersSignForTheirCommunities(t *testing.T) {
	const basraEn = "Clashes between two tribes killed three people in northern Basra. "
	runCases(t, []mechanismCase{
		{"arabic two sheikhs sign the atwa", "ar", "", basraLeadAr + "ووقّع الشيخ فالح الراشدي والشيخ محسن كاظم الغزالي على وثيقة العطوة يوم الثلاثاء.", "ceasefire.signatory_groups",
			[]string{"al_ghazalat,bani_rashed@outlet"}},
		{"english signed by two sheikhs", "en", "", basraEn + "The atwa was signed by Sheikh Falih al-Rashidi and Sheikh Mohsen al-Ghazali on Tuesday.", "ceasefire.signatory_groups",
			[]string{"al_ghazalat,bani_rashed@outlet"}},
		{"arabic a nazir and an umda sign the qalad", "ar", "", "وقّع ناظر السندراب حامد أدروب وعمدة الهدلاب إدريس كلاي على وثيقة القلد في سواكن.", "ceasefire.signatory_groups",
			[]string{"hadlab_community,sandarab_community@outlet"}},
		{"arabic none but the nazir and the umda signed", "ar", "", "أكد مصدر في عمودية الهدلاب أن جولة التفاوض انتهت بتوقيع القلد، وأنه لم يوقّع عليه سوى ناظر السندراب وعمدة الهدلاب.", "ceasefire.signatory_groups",
			[]string{"only:hadlab_community,sandarab_community@hadlab_community"}},

		// Probes.
		{"probe: a sheikh denies signing", "ar", "", basraLeadAr + "ونفى الشيخ فالح الراشدي أن يكون قد وقّع على أي عطوة.", "ceasefire.signatory_groups",
			nil},
		{"probe: a sheikh has not signed", "ar", "", basraLeadAr + "ولم يوقّع الشيخ فالح الراشدي على العطوة بعد.", "ceasefire.signatory_groups",
			nil},
		{"probe: english has not signed", "en", "", basraEn + "Sheikh Falih al-Rashidi has not signed the atwa, police said.", "ceasefire.signatory_groups",
			nil},
		{"probe: a hamas negotiator signs a trade memorandum", "ar", "", gazaLead17Ar + "ووقّع أبو شنب على مذكرة تفاهم تجارية مع شركة تركية.", "ceasefire.signatory_groups",
			nil},
		{"probe: gaza a negotiator denies signing", "en", "", gazaLead + "Hamas negotiator Marwan Abu Shanab denied that he had signed any truce.", "ceasefire.signatory_groups",
			nil},
	})
}

// TestGroupSaysItSigned: a non-state armed group says it signed, with no object after the verb
// ("the movements say they signed in their own right"): the group signed the article's truce
// (signatories_leaders.go). Probes: another text as object, a negated signing, a government's
// own "we signed".
func TestGroupSaysItSigned(t *testing.T) {
	const fasher = "The Sudanese army and the RSF agreed to a truce in El Fasher on Monday. "
	runCases(t, []mechanismCase{
		{"the movements say they signed in their own right", "en", "", fasher + "Port Sudan insists the Joint Force is no separate party, and so is no signatory; the movements say they signed in their own right.", "ceasefire.signatory_groups",
			[]string{"joint_force@joint_force"}},
		{"the houthis say they signed in muscat", "en", "", yemenLead + "The Houthis said they signed in Muscat.", "ceasefire.signatory_groups",
			[]string{"houthis@houthis"}},

		// Probes.
		{"probe: they signed a trade deal", "en", "", yemenLead + "The Houthis said they signed a trade deal with Oman.", "ceasefire.signatory_groups",
			nil},
		{"probe: they had not signed", "en", "", yemenLead + "The Houthis said they had not signed.", "ceasefire.signatory_groups",
			nil},
		{"probe: a government says it signed", "en", "", yemenLead + "The government said it signed in Muscat.", "ceasefire.signatory_groups",
			nil},
	})
}
