package claims

import "testing"

// A new war's file lists what its coverage calls its truce: no code.
const covenantWarFile = `{
 "truce_names": {"en": ["covenant"], "ar": ["العهد"]},
 "entities": [
  {"id": "zz_free_valley_front", "type": "armed_group", "role": "armed_opposition", "country": "zz_valleyland",
   "label": {"en": "Free Valley Front", "ar": "جبهة الوادي الحر"}, "aliases": {"en": ["the Free Valley Front"], "ar": ["جبهة الوادي الحر"]}},
  {"id": "zz_valleyland", "type": "country", "role": "other", "time_zone": "UTC",
   "label": {"en": "Valleyland", "ar": "أرض الوادي"}, "aliases": {"en": ["Valleyland"], "ar": ["أرض الوادي"]}}
 ]
}`

func TestWarTruceNamesFromANewFile(t *testing.T) {
	runCasesOn(t, withGazetteerFile(t, "zz_covenant.json", covenantWarFile), []mechanismCase{
		{"the covenant lasts, the war's coverage", "en", pubTue, "The Free Valley Front said the covenant lasts 30 days.", "ceasefire.duration",
			[]string{"30@zz_free_valley_front"}},
		{"العهد يمتد, the war's coverage", "ar", pubTueAr, "وقالت جبهة الوادي الحر إن العهد يمتد ثلاثين يوماً.", "ceasefire.duration",
			[]string{"30@zz_free_valley_front"}},
		{"a covenant elsewhere", "en", pubTue, "The covenant lasts 30 days, the Houthi spokesman said.", "ceasefire.duration",
			nil},
		{"the country alone is no specific name", "en", pubTue, "The covenant lasts 30 days, Valleyland said.", "ceasefire.duration",
			nil},
	})
}

// TestWarTruceNames: a war file's truce_names are ceasefire nouns in that war's coverage only.
// Thai and Malaysian coverage of the Deep South calls its truce "the Ramadan peace initiative",
// «المبادرة» (schemas/gazetteer/pattani.json): where the article names the BRN or a place of the
// Deep South, what is said of the initiative is said of the truce. Elsewhere an initiative is a
// proposal (an Omani initiative the Houthis rejected, the Souq al-Juma elders' initiative in
// Tripoli), a programme (the Black Sea Grain Initiative) or someone's doing ("on whose
// initiative"), and reads as no truce.
func TestWarTruceNames(t *testing.T) {
	runCases(t, []mechanismCase{
		{"the initiative covers, Deep South", "en", pubTue, "The Ramadan peace initiative agreed with the BRN covers Pattani, Yala and Narathiwat, the facilitator said.", "ceasefire.scope",
			[]string{"partial@outlet"}},
		{"the initiative lasts, Deep South", "en", pubTue, "The BRN said the initiative lasts 40 days.", "ceasefire.duration",
			[]string{"40@brn"}},
		{"المبادرة تمتد, Deep South", "ar", pubTueAr, "وقالت الجبهة الثورية الوطنية إن المبادرة تمتد أربعين يوماً.", "ceasefire.duration",
			[]string{"40@brn"}},
		{"an Omani initiative rejected, Yemen", "en", pubTue, "The Houthis rejected an Omani initiative that would last 40 days, their spokesman said.", "ceasefire.duration",
			nil},
		{"the elders' initiative, Tripoli", "ar", pubTueAr, "وقال جهاز الردع إن مبادرة أعيان سوق الجمعة تمتد أربعين يوماً.", "ceasefire.duration",
			nil},
		{"the Grain Initiative", "en", pubTue, "The Black Sea Grain Initiative lasted a year before Russia quit it, Kyiv said.", "ceasefire.duration",
			nil},
		{"the initiative without the war's names", "en", pubTue, "The initiative lasts 40 days, the spokesman said.", "ceasefire.duration",
			nil},
	})
}
