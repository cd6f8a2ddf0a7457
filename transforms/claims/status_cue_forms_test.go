package claims

// ceasefire.status: forms of its cues in Arabic and English news (lexicon entries and the
// objects they take): a truce noun with an adjective before it, "close to a deal", "has now
// held", "دخل حيز التنفيذ منذ", "التي يسّرتها", "ثمرة".

import "testing"

const gazaLeadEn = "GAZA - Hamas and Israel agreed to a truce in Gaza on Tuesday. "

// TestTruceNounWithModifier: "welcomes the humanitarian truce", "the 42-day truce": an adjective
// or a hyphenated compound between the determiner and the noun keeps it the verb's object.
func TestTruceNounWithModifier(t *testing.T) {
	runCases(t, []mechanismCase{
		{"welcomes the humanitarian truce", "en", "", "OCHA welcomes the humanitarian truce announced in Addis Ababa for El Fasher.", "ceasefire.status",
			[]string{"agreed@ocha"}},
		{"welcomed the fragile truce", "en", "", yemenLead + "Oman welcomed the fragile truce.", "ceasefire.status",
			[]string{"agreed@outlet", "agreed@oman"}},
		{"welcomed the 42-day truce", "en", "", gazaLeadEn + "Egypt welcomed the 42-day truce.", "ceasefire.status",
			[]string{"agreed@outlet", "agreed@egypt"}},
		// Negative probes (Gaza): the adjective of another noun; a hyphenated compound before
		// another noun.
		{"welcomed the humanitarian aid deliveries", "en", "", gazaLeadEn + "Egypt welcomed the humanitarian aid deliveries.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"welcomed the ten-day window for talks", "en", "", gazaLeadEn + "Egypt welcomed the ten-day window for talks.", "ceasefire.status",
			[]string{"agreed@outlet"}},
	})
}

// TestNearingADeal: "close to a deal", "nearing a truce", "تقترب من اتفاق": a proposal stage.
func TestNearingADeal(t *testing.T) {
	runCases(t, []mechanismCase{
		{"close to a deal on a ceasefire", "en", "", "Libya's rival forces were close to a deal on a ceasefire in Tripoli, the UN said.", "ceasefire.status",
			[]string{"proposed@un"}},
		{"nearing a truce", "en", "", "Myanmar's junta and the Arakan Army were nearing a truce in Rakhine, China said.", "ceasefire.status",
			[]string{"proposed@china"}},
		{"arabic talks nearing an agreement on a truce", "ar", "", "كشفت مصادر مطلعة أن مفاوضات أديس أبابا تقترب من اتفاق على هدنة إنسانية في الفاشر.", "ceasefire.status",
			[]string{"proposed@sources"}},
		// Negative probes (DRC, Yemen): close to a deal on another thing.
		{"close to a deal on prisoners", "en", "", "GOMA - Congo's government and the M23 agreed to a ceasefire in North Kivu on Tuesday. The M23 said it was close to a deal on the release of prisoners.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"arabic nearing a deal on a prisoner swap", "ar", "", yemenLeadAr + "وقالت مصادر إن المفاوضات تقترب من اتفاق على تبادل الأسرى.", "ceasefire.status",
			[]string{"agreed@outlet"}},
	})
}

// TestHeldWithAdverb: "has now held", "has largely held": in force.
func TestHeldWithAdverb(t *testing.T) {
	runCases(t, []mechanismCase{
		{"has now held", "en", "", gazaLeadEn + "The truce has now held for four days, Egypt said.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@egypt"}},
		{"has largely held", "en", "", gazaLeadEn + "The truce has largely held, Egypt said.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@egypt"}},
		// Negative probe: a hope that it holds.
		{"called for the truce to hold", "en", "", gazaLeadEn + "Egypt called on both sides to make sure the truce holds.", "ceasefire.status",
			[]string{"agreed@outlet"}},
	})
}

// TestInForceSince: "يدخل حيز التنفيذ منذ الساعة ..." is in force; "عند الساعة" still to come is not.
func TestInForceSince(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic enters into force since", "ar", "", "عاجل | وقف إطلاق النار بين الأجهزة الأمنية الفلسطينية وكتيبة جنين يدخل حيز التنفيذ منذ الساعة الرابعة عصراً بتوقيت غرينتش.", "ceasefire.status",
			[]string{"in_force@outlet"}},
		// Negative probe (Yemen): entry into force at a coming hour.
		{"arabic enters into force at", "ar", "", yemenLeadAr + "وقال الحوثيون إن وقف إطلاق النار يدخل حيز التنفيذ عند الساعة السادسة.", "ceasefire.status",
			[]string{"agreed@outlet"}},
	})
}

// TestFacilitatedAndFruitOf: "الهدنة التي يسّرتها" and "الهدنة ثمرة وساطة" presuppose the truce.
func TestFacilitatedAndFruitOf(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic support for the truce it facilitated", "ar", "", "أكدت وزارة الخارجية السعودية في بيان دعم المملكة للهدنة التي يسّرتها مع الولايات المتحدة في الفاشر.", "ceasefire.status",
			[]string{"agreed@saudi_foreign_ministry"}},
		{"arabic the truce is the fruit of mediation", "ar", "", yemenLeadAr + "وقال الحوثيون إن الهدنة «ثمرة وساطة عمانية».", "ceasefire.status",
			[]string{"agreed@outlet", "agreed@houthis"}},
		// Negative probes (Yemen): facilitating another thing; the truce is not the fruit of a
		// mediation (no denial of the truce); the truce is what bears fruit.
		{"arabic facilitated the negotiators' return", "ar", "", yemenLeadAr + "وقالت مصادر إن سلطنة عمان يسّرت عودة المفاوضين إلى مسقط.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"arabic not the fruit of a mediation", "ar", "", yemenLeadAr + "وقال الحوثيون إن الاتفاق لم يكن ثمرة وساطة عمانية.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"arabic the truce bears fruit", "ar", "", yemenLeadAr + "وقال الحوثيون إن تحسن الأسعار ثمرة الهدنة.", "ceasefire.status",
			[]string{"agreed@outlet"}},
	})
}

// TestInForceSinceAndProposalVerbs: "سارٍ منذ", "فتسري منذ", "takes hold" are in force; "floated a
// truce", "put a proposal for a ceasefire" are a proposal stage.
func TestInForceSinceAndProposalVerbs(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic in force since an hour", "ar", "2025-10-14T08:00:00Z", yemenLeadAr + "وذكّرت البعثة بأن وقف إطلاق النار سارٍ منذ الساعة 21:00 بتوقيت غرينتش من يوم الاثنين.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@outlet"}},
		{"arabic runs since seven", "ar", "2025-10-14T08:00:00Z", yemenLeadAr + "أما الهدنة نفسها فتسري منذ الساعة السابعة مساءً.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@outlet"}},
		{"the truce takes hold", "en", "", yemenLead + "FLASH - Guns fall silent in Hodeidah as the truce takes hold, the UN says.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@un"}},
		{"floated a truce", "en", "", yemenLead + "Oman first floated a truce in March, diplomats said.", "ceasefire.status",
			[]string{"agreed@outlet", "proposed@sources"}},
		{"put a proposal for a ceasefire", "en", "", yemenLead + "Oman has put a proposal for a ceasefire to both sides.", "ceasefire.status",
			[]string{"agreed@outlet", "proposed@oman~proposed"}},
		// Negative probes (Yemen): "تسري على" is where it applies, not since when; floating other
		// talks.
		{"arabic applies to the whole city", "ar", "2025-10-14T08:00:00Z", yemenLeadAr + "وقالت الحكومة إن الهدنة تسري على المدينة كلها.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"floated the idea of new talks", "en", "", yemenLead + "Oman floated the idea of new talks.", "ceasefire.status",
			[]string{"agreed@outlet"}},
	})
}
