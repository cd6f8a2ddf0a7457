package claims

// A status cue whose subject is an agreement of another kind (lexicon other_deal_qualifiers:
// a grain, trade or customs deal) tells that deal's status, not the truce's; the truce's own
// agreement in force keeps its reading.

import "testing"

const blackSeaLead = "Russia and Ukraine agreed to a Black Sea truce on Monday. "
const blackSeaLeadAr = "اتفقت روسيا وأوكرانيا على هدنة في البحر الأسود. "

func TestOtherDealSubjectInForce(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: the grain deal in force", "en", pubTue, blackSeaLead + "The grain deal in force since July lets ships pass.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"probe: the trade agreement remains in force", "en", pubTue, blackSeaLead + "The trade agreement with Turkey remains in force.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"probe: the customs agreement collapsed", "en", pubTue, sudanLead19 + "The customs agreement with Egypt collapsed last week.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"probe: the trade agreement remains valid, Arabic", "ar", pubTueAr, blackSeaLeadAr + "وما زال الاتفاق التجاري مع تركيا ساريا.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"probe: the trade agreement took effect, verb first", "ar", pubTueAr, blackSeaLeadAr + "ودخل الاتفاق التجاري مع تركيا حيز التنفيذ.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"probe: the trade agreement in force between the two states, Arabic", "ar", pubTueAr, sudanLead19Ar + "وبموجب الاتفاق التجاري الساري بين البلدين تستمر الصادرات.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"the ceasefire agreement remains in force", "en", pubTue, blackSeaLead + "The ceasefire agreement remains in force.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@outlet"}},
		{"the agreement in force since Sunday", "en", pubTue, gazaLead19 + "The agreement in force since Sunday has halted the fighting.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@outlet"}},
		{"the agreement in force since Sunday, Arabic", "ar", pubTueAr, "اتفقت إسرائيل وحركة حماس على وقف إطلاق النار في غزة. والاتفاق الساري منذ الأحد أوقف القتال.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@outlet"}},
	})
}
