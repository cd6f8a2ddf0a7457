package claims

import "testing"

// TestBothSidesRegionalAdministration: a side that is a government fighting its state's army
// (a regional administration, gazetteer role armed_opposition) withdraws its own forces, not
// the state army the other side's government commands: "Both parties have committed to the
// pullback of their forces" of Somalia's government and Jubaland is the army and Jubaland; the
// same of Somaliland and SSC-Khatumo. Probes: the two sides of Sudan keep their armies, and
// Jubaland's force is not read where only one side's forces pull back.
func TestBothSidesRegionalAdministration(t *testing.T) {
	const somaliaLead = "Somalia's federal government and the Jubaland regional administration agreed on Monday to a ceasefire in Gedo. "
	runCases(t, []mechanismCase{
		{"en: both parties committed to the pullback of their forces (Somalia)", "en", pubTue,
			somaliaLead + "\"Both parties have committed to a complete cessation of hostilities in Gedo and to the pullback of their forces from the centre of Beled Hawo,\" the statement said.", "ceasefire.withdrawal",
			[]string{"jubaland=required@outlet", "somali_national_army=required@outlet"}},
		{"ar: سحب مقاتلي الطرفين (Somaliland, SSC-Khatumo)", "ar", pubTueAr,
			"اتفقت أرض الصومال وإس إس سي-خاتمة على وقف لإطلاق النار في لاسعانود يوم الثلاثاء. وينص الاتفاق على سحب مقاتلي الطرفين من خطوط التماس.", "ceasefire.withdrawal",
			[]string{"somaliland_army=required@outlet", "ssc_khatumo=required@outlet"}},
		// Probes.
		{"probe: two sides that each have an army keep them (Sudan)", "en", pubTue,
			"Sudan's army and the RSF agreed to a truce in El Fasher on Tuesday. \"Both parties have committed to the pullback of their forces from the market,\" the statement said.", "ceasefire.withdrawal",
			[]string{"rapid_support_forces=required@outlet", "sudanese_armed_forces=required@outlet"}},
		{"probe: only the army pulls back (Somalia)", "en", pubTue,
			somaliaLead + "The Somali National Army will pull back from the centre of Beled Hawo, the statement said.", "ceasefire.withdrawal",
			[]string{"somali_national_army=required@outlet"}},
	})
}
