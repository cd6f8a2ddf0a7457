package claims

import "testing"

// TestCommitteeMembersInsideName: a monitoring body whose gazetteer name takes its membership
// phrase in ("a committee of jirga elders and KP government officials", "لجنة مشتركة من الشرطة
// والقوات المسلحة والإدارة الأهلية") adds the bodies named inside it, a side's government or
// army among them (membersInsideName, monitors_committee_nested.go). Probes: the same body
// negotiating or not monitoring, a negated monitoring, a body name with no membership phrase, and
// a Thai-Cambodian panel (a gazetteer overlay) that discusses the border instead.
func TestCommitteeMembersInsideName(t *testing.T) {
	const wzEn = "Pakistan and the TTP agreed to a month-long ceasefire after talks in Kabul. "
	const psAr = "دخل القلد بين السندراب والهدلاب حيز التنفيذ في بورتسودان. "
	const tbAr = "دخل وقف إطلاق النار بين باب التبانة وجبل محسن في طرابلس حيز التنفيذ. "
	runCases(t, []mechanismCase{
		{"waziristan committee of elders and officials", "en", "", wzEn + "Bhatti said the truce would be monitored by a committee of jirga elders and KP government officials.", "ceasefire.monitors",
			[]string{"fata_grand_jirga,kp_government,waziristan_monitoring_committee@tariq_saleem_bhatti"}},
		{"waziristan committee of the jirga and the government alone", "en", "", wzEn + "Bhatti said monitoring would be carried out by the joint committee of the jirga and the KP government alone.", "ceasefire.monitors",
			[]string{"only:fata_grand_jirga,kp_government,waziristan_monitoring_committee@tariq_saleem_bhatti"}},
		{"port sudan committee of police, army and native administration", "ar", "", psAr + "وتضطلع لجنة مشتركة من الشرطة والقوات المسلحة والإدارة الأهلية بمراقبة تنفيذه.", "ceasefire.monitors",
			[]string{"native_administration_leaders,port_sudan_joint_committee,red_sea_police,sudanese_armed_forces@outlet"}},
		{"tripoli committee of the army and notables", "ar", "", tbAr + "ولجنة مشتركة من الجيش والفعاليات والطرفين هي التي تراقب الالتزام.", "ceasefire.monitors",
			[]string{"lebanese_army,tripoli_joint_committee@outlet"}},

		// Probes.
		{"probe: the committee negotiated", "en", "", wzEn + "Bhatti said a committee of jirga elders and KP government officials negotiated the truce.", "ceasefire.monitors",
			nil},
		{"probe: negated monitoring", "en", "", wzEn + "Bhatti said the truce would not be monitored by a committee of jirga elders and KP government officials.", "ceasefire.monitors",
			nil},
		{"probe: a body name without a membership phrase", "en", "", wzEn + "Bhatti said the joint monitoring committee would monitor the truce.", "ceasefire.monitors",
			[]string{"waziristan_monitoring_committee@tariq_saleem_bhatti"}},
		{"probe: port sudan committee on another matter", "ar", "", psAr + "وتبحث لجنة مشتركة من الشرطة والقوات المسلحة والإدارة الأهلية إعادة فتح الطريق.", "ceasefire.monitors",
			nil},
	})
	x := withGazetteerFile(t, "zz_nested_panel.json", `{"entities": [
		{"id": "zz_thai_cambodian_panel", "type": "organization", "role": "monitor", "country": "thailand",
		 "label": {"en": "Joint border panel", "ar": "اللجنة الحدودية المشتركة"},
		 "aliases": {"en": ["a joint panel of Thai army and RCAF officers"], "ar": []}}
	]}`)
	const tcEn = "Thailand and Cambodia agreed to a ceasefire along their border on Monday. "
	runCasesOn(t, x, []mechanismCase{
		{"thai-cambodian panel of both armies", "en", "", tcEn + "A joint panel of Thai army and RCAF officers will monitor the ceasefire.", "ceasefire.monitors",
			[]string{"royal_cambodian_armed_forces,royal_thai_army,zz_thai_cambodian_panel@outlet"}},
		{"probe: the panel discusses the border", "en", "", tcEn + "A joint panel of Thai army and RCAF officers will discuss the demarcation of the border.", "ceasefire.monitors",
			nil},
	})
}
