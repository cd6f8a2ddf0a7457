package claims

import "testing"

// TestAidAppeals: a call on the parties to let aid or people through ("calls on all parties to
// ... allow ambulances and civilians to move safely", "دعت الأمم المتحدة الأطراف إلى السماح
// بإدخال المساعدات") is an appeal, no term of the truce. Probes: the agreement's own provision, a
// call about what the deal must include, and a demand (not a call) of a side.
func TestAidAppeals(t *testing.T) {
	runCases(t, []mechanismCase{
		{"calls on all parties to allow ambulances (Libya wording on a Yemen lead)", "en", pubTue,
			yemenLead + "The Mission calls on all parties to cease hostilities immediately and to allow ambulances and civilians to move safely.", "ceasefire.humanitarian", nil},
		{"urged to let aid convoys through (Sudan)", "en", pubTue,
			"Sudan's army and the RSF agreed to a truce in El Fasher on Tuesday. The UN urged both sides to let aid convoys reach the city.", "ceasefire.humanitarian", nil},
		{"دعت إلى السماح بإدخال المساعدات (Gaza)", "ar", pubTueAr,
			"اتفقت إسرائيل وحماس على وقف لإطلاق النار في غزة يوم الثلاثاء. ودعت الأمم المتحدة الطرفين إلى السماح بإدخال المساعدات الإنسانية.", "ceasefire.humanitarian", nil},
		// Probes.
		{"probe: the agreement provides for aid (Sudan)", "en", pubTue,
			"Sudan's army and the RSF agreed to a truce in El Fasher on Tuesday. The agreement allows aid convoys to reach the city.", "ceasefire.humanitarian",
			[]string{"aid_access=included@outlet"}},
		{"probe: a call about what the agreement must include (Ukraine)", "en", pubTue,
			"Russia and Ukraine agreed to a ceasefire along the front line on Monday. Kyiv urged that the agreement include the evacuation of civilians from Zaporizhzhia.", "ceasefire.humanitarian",
			[]string{"evacuation=included@outlet"}},
		{"probe: a side's demand (Myanmar wording on a Yemen lead)", "en", pubTue,
			yemenLead + "The Houthis demanded that any deal let food convoys reach the port.", "ceasefire.humanitarian",
			[]string{"aid_access=included@houthis~demanded"}},
	})
}

// TestAppealAfterWelcome: a call coordinated with a welcome of the truce ("welcomed the ceasefire
// and urged both sides to let aid agencies move freely": greenzone gz_019; "welcomed the
// arrangement and called on the parties to extend it ... and to open a cross-line route to
// Kauda": kadugli kd_025; both gold traps, read as terms in the frozen dumps of greenzone and
// kadugli) is the UN's appeal: the truce noun before "and" is the welcome's object, not a
// document whose terms the call states. Kept: a proposal that calls for access.
func TestAppealAfterWelcome(t *testing.T) {
	const iraqLead = "The army and Saraya al-Minbar agreed to a ceasefire in Baghdad on Monday. "
	runCases(t, []mechanismCase{
		{"welcomed the ceasefire and urged both sides to let aid agencies move", "en", pubTue,
			iraqLead + "The U.N. resident coordinator welcomed the ceasefire and urged both sides to let aid agencies move freely.", "ceasefire.humanitarian",
			nil},
		{"welcomed the arrangement and called on the parties to open a route", "en", pubTue,
			iraqLead + "The UN Resident Coordinator welcomed the arrangement and called on the parties to extend it beyond its initial 30 days and to open a cross-line route to Kauda.", "ceasefire.humanitarian",
			nil},
		// Kept.
		{"the proposal calls on the parties to let aid agencies move", "en", pubTue,
			iraqLead + "The proposal calls on both sides to let aid agencies move freely.", "ceasefire.humanitarian",
			[]string{"aid_access=included@outlet~demanded"}},
	})
}
