package claims

// Review of round 20's rules (portsudan and tishrin: a Beja tribal truce, a qalad, and a port
// blockade in Port Sudan; the SDF and Turkish-backed factions at the Tishrin Dam) on other
// wars' coverage: sentences from Gaza, Sudan, Yemen, Libya, Ukraine, Congo and Colombia where a
// new cue occurs and the claim does not hold, with the readings the rules must keep.

import "testing"

const (
	sudanLead20   = "The Sudanese army and the RSF agreed to a truce in El Fasher on Monday. "
	sudanLead20Ar = "اتفق الجيش السوداني وقوات الدعم السريع على هدنة إنسانية في الفاشر يوم الاثنين. "
	gazaLead20    = "Israel and Hamas agreed to a ceasefire in Gaza on Sunday. "
	gazaLead20Ar  = "اتفقت إسرائيل وحركة حماس على وقف لإطلاق النار في غزة يوم الأحد. "
	libyaLead20Ar = "اتفقت حكومة الوحدة الوطنية والقيادة العامة على وقف لإطلاق النار في طرابلس يوم الثلاثاء. "
	congoLead20   = "The Congolese government and the M23 agreed to a ceasefire in eastern Congo on Monday. "
)

// TestReview20OpeningARoadIsAccess: an opening word names aid access only with a road, a port
// or a crossing as its own object: not past a topic or goal preposition (an inquiry about a
// bridge, fire toward a road), not past a closing word (Fatah's spokesman accusing Israel of
// closing the crossings), and not a road opened to peace or talks, a figure.
func TestReview20OpeningARoadIsAccess(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: the truce opens the road to political talks (Yemen)", "ar", pubTueAr, yemenLeadAr + "وقال المبعوث إن الهدنة تفتح الطريق أمام مفاوضات سياسية شاملة.", "ceasefire.humanitarian", nil},
		{"probe: the deal opens the road toward a political solution (Sudan)", "ar", pubTueAr, sudanLead20Ar + "ويفتح الاتفاق الطريق نحو حل سياسي للأزمة.", "ceasefire.humanitarian", nil},
		{"probe: the truce opens the road to peace (Sudan)", "ar", pubTueAr, sudanLead20Ar + "وقال الوسيط إن الهدنة تفتح الطريق أمام السلام في دارفور.", "ceasefire.humanitarian", nil},
		{"probe: could open the road to a political settlement (Yemen)", "en", pubTue, yemenLead + "The truce could open the road to a political settlement, the envoy said.", "ceasefire.humanitarian", nil},
		{"probe: opens the road to peace talks (Sudan)", "en", pubTue, sudanLead20 + "The truce opens the road to peace talks in Jeddah, the envoy said.", "ceasefire.humanitarian", nil},
		{"probe: Fatah's spokesman, crossings closed (Gaza)", "ar", pubTueAr, gazaLead20Ar + "واتهم المتحدث باسم فتح إسرائيل بإغلاق المعابر رغم الهدنة.", "ceasefire.humanitarian", nil},
		{"probe: Fatah and the road to statehood (Gaza)", "ar", pubTueAr, gazaLead20Ar + "وقالت حركة فتح إن الطريق إلى الدولة يمر عبر الوحدة الوطنية لا عبر الهدنة.", "ceasefire.humanitarian", nil},
		{"probe: snipers opened fire toward the coastal road (Libya)", "ar", pubTueAr, libyaLead20Ar + "وفتح القناصة النيران باتجاه الطريق الساحلي رغم وقف إطلاق النار.", "ceasefire.humanitarian", nil},
		{"probe: an inquiry about the bombing of the bridge (Sudan)", "ar", pubTueAr, sudanLead20Ar + "وفتحت السلطات تحقيقاً بشأن تفجير الجسر رغم الهدنة.", "ceasefire.humanitarian", nil},
		{"probe: a new front near the El Obeid road (Sudan)", "ar", pubTueAr, sudanLead20Ar + "وفتحت قوات الدعم السريع جبهة جديدة قرب طريق الأبيض رغم الهدنة.", "ceasefire.humanitarian", nil},
		{"probe: opened fire along the highway (Ukraine)", "en", pubTue, "Russian forces opened fire along the highway despite the truce, Kyiv said.", "ceasefire.humanitarian", nil},
		{"probe: opened fire near the crossing (Gaza)", "en", pubTue, gazaLead20 + "Gunmen opened fire near the Kerem Shalom crossing hours after the truce took effect.", "ceasefire.humanitarian", nil},
		{"probe: an investigation into the bombing of the bridge (Congo)", "en", pubTue, congoLead20 + "The army opened an investigation into the bombing of the bridge during the truce.", "ceasefire.humanitarian", nil},
		{"probe: an offensive toward the Goma road (Congo)", "en", pubTue, congoLead20 + "The M23 opened a new offensive toward the Goma road despite the ceasefire.", "ceasefire.humanitarian", nil},
		{"probe: an open letter, mined roads (Sudan)", "en", pubTue, sudanLead20 + "In an open letter, aid groups said the roads to El Fasher remain mined despite the truce.", "ceasefire.humanitarian", nil},
		// Kept.
		{"the truce provides for reopening the crossing (Gaza)", "en", pubTue, gazaLead20 + "The truce provides for the reopening of the Rafah crossing.", "ceasefire.humanitarian",
			[]string{"aid_access=included@outlet"}},
		{"the deal includes opening the roads to El Fasher (Sudan)", "ar", pubTueAr, sudanLead20Ar + "ويتضمن الاتفاق فتح الطرق المؤدية إلى الفاشر.", "ceasefire.humanitarian",
			[]string{"aid_access=included@outlet"}},
		{"lifting the closure off the road (Libya)", "ar", pubTueAr, libyaLead20Ar + "ويشمل الاتفاق رفع الإغلاق عن الطريق الساحلي.", "ceasefire.humanitarian",
			[]string{"aid_access=included@outlet"}},
		{"reopening the road to aid convoys (Yemen)", "en", pubTue, yemenLead + "The truce provides for the reopening of the main road to aid convoys.", "ceasefire.humanitarian",
			[]string{"aid_access=included@outlet"}},
		{"opening the roads before civilians (Sudan)", "ar", pubTueAr, sudanLead20Ar + "وينص الاتفاق على فتح الطرق أمام المدنيين والقوافل الإنسانية.", "ceasefire.humanitarian",
			[]string{"aid_access=included@outlet"}},
	})
}
