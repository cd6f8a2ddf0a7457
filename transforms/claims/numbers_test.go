package claims

// Counts attached to signatories (ceasefire.signatories): number words, compounds, duals and approximations.

import "testing"

// TestCountNumberWords: number words and compounds, numbers after their noun, and approximate counts.
func TestCountNumberWords(t *testing.T) {
	runCases(t, []mechanismCase{
		{"definite number word after the noun", "ar", "", "وقال المبعوث الأممي إن الفصائل الخمس وقعت على وقف إطلاق النار.", "ceasefire.signatories",
			[]string{"factions=5@un_envoy"}},
		{"approximate counts without float noise", "en", pubTue, yemenLead + "The factions that signed represent roughly 25,000 fighters.", "ceasefire.signatories",
			[]string{"fighters=[22500,27500]@outlet"}},
		{"a thousand", "en", pubTue, yemenLead + "The deal covers a thousand fighters.", "ceasefire.signatories",
			[]string{"fighters=1000@outlet"}},
		{"thousands is no count", "en", pubTue, yemenLead + "The deal covers thousands of fighters.", "ceasefire.signatories",
			nil},
		{"arabic: a thousand closes a group", "ar", pubTueAr, yemenLeadAr + "وتشمل الهدنة ألفاً ومئتي مقاتل.", "ceasefire.signatories",
			[]string{"fighters=1200@outlet"}},
		{"arabic: three hundred in two words", "ar", pubTueAr, yemenLeadAr + "وتشمل الهدنة ثلاث مئة مقاتل.", "ceasefire.signatories",
			[]string{"fighters=300@outlet"}},
		{"arabic: hundreds in one word", "ar", pubTueAr, yemenLeadAr + "وتشمل الهدنة خمسمئة مقاتل.", "ceasefire.signatories",
			[]string{"fighters=500@outlet"}},
		{"arabic: the dual of a thousand", "ar", pubTueAr, yemenLeadAr + "ووقع على الاتفاق نحو ألفي مقاتل.", "ceasefire.signatories",
			[]string{"fighters=[1800,2200]@outlet"}},
		{"arabic: thousands is no count", "ar", pubTueAr, yemenLeadAr + "وتشمل الهدنة آلاف المقاتلين.", "ceasefire.signatories",
			nil},
	})
}

// TestCountedNouns: what is counted: commands, formations and factions, a counted noun inside a name.
func TestCountedNouns(t *testing.T) {
	runCases(t, []mechanismCase{
		{"number after a name that opens with the counted noun", "ar", "", "وقال المبعوث الأممي إن فصائل المعارضة الخمس وقعت على وقف إطلاق النار في سوريا.", "ceasefire.signatories",
			[]string{"factions=5@un_envoy"}},
		{"arabic: the three commands of a group signed", "ar", pubTueAr, yemenLeadAr + "وقال المبعوث الأممي إن قيادات الحوثيين الثلاث وقعت على الاتفاق.", "ceasefire.signatories",
			[]string{"factions=3@un_envoy"}},
		{"an estimated count, the noun inside a group's name", "en", "", yemenLead + "The truce covers an estimated 5,000 Houthi fighters, according to the government.", "ceasefire.signatories",
			[]string{"fighters=[4500,5500]@yemeni_government"}},
		{"armed formations are factions", "en", "", yemenLead + "Commanders of 12 armed formations put their names to the text, the government said.", "ceasefire.signatories",
			[]string{"factions=12@yemeni_government"}},
		{"arabic: a compound number with a singular counted noun", "ar", "", yemenLeadAr + "وقال الحوثيون إن قادة إحدى عشرة تشكيلة عسكرية وقّعوا على الاتفاق.", "ceasefire.signatories",
			[]string{"factions=11@houthis"}},
	})
}

// TestCountDuals: Arabic duals as counts, endings that are no dual, and counts of groups a truce is between.
func TestCountDuals(t *testing.T) {
	runCases(t, []mechanismCase{
		{"two factions as a dual and its adjective", "ar", pubTueAr, yemenLeadAr + "وأكد الحوثيون أن فصيلين اثنين فقط وقّعا على الاتفاق.", "ceasefire.signatories",
			[]string{"factions=2@houthis"}},
		{"arabic: a dual counted noun after signing", "ar", "", yemenLeadAr + "وبحسب الحكومة اليمنية، وقّع على الاتفاق فصيلان فقط.", "ceasefire.signatories",
			[]string{"factions=2@yemeni_government"}},
		{"arabic: an oblique ending shared with the plural is no dual", "ar", "", yemenLeadAr + "وقال الحوثيون إن الهدنة تشمل المقاتلين في الحديدة.", "ceasefire.signatories",
			nil},
		{"the groups a truce is between are parties, not signatories", "en", "", yemenLead + `The ceasefire, the government said, was between the army and "two groups only".`, "ceasefire.signatories",
			nil},
		{"a count after between still counts when the groups sign", "en", "", yemenLead + "The government said the deal was signed between the army and two groups.", "ceasefire.signatories",
			[]string{"factions=2@yemeni_government"}},
	})
}

// TestCountsAddedOrBrokenDown: a count after an increment word ("nine other factions", "two more
// groups", "وتسعة فصائل أخرى") adds to those named, and a smaller count after a colon or comma
// breaks a total down: neither is the number of signatories.
func TestCountsAddedOrBrokenDown(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic: other factions besides the named", "ar", pubTueAr, yemenLeadAr + "قال قائد ميداني إن الحركة وقّعت على الاتفاق إلى جانب ألوية العمالقة وتسعة فصائل أخرى.", "ceasefire.signatories",
			nil},
		{"english: other factions besides the named", "en", pubTue, yemenLead + "The Giants Brigades signed the deal along with nine other factions.", "ceasefire.signatories",
			nil},
		{"english: more groups signed", "en", pubTue, yemenLead + "Two more groups signed the deal on Wednesday.", "ceasefire.signatories",
			nil},
		{"a breakdown after a colon", "en", pubTue, yemenLead + "Its signatories are five armed factions: four tribal groups from Hodeidah and the Giants Brigades.", "ceasefire.signatories",
			[]string{"factions=5@outlet"}},
		{"arabic: a breakdown after a comma", "ar", pubTueAr, yemenLeadAr + "وأشار إلى أن الفصائل الخمسة الموقعة، وهي أربعة فصائل قبلية وألوية العمالقة، أبدت استعداداً للتمديد.", "ceasefire.signatories",
			[]string{"factions=5@outlet"}},
		{"a larger second count is no breakdown", "en", pubTue, yemenLead + "Four factions signed on Tuesday, and by Thursday eleven factions had signed.", "ceasefire.signatories",
			[]string{"factions=4@outlet", "factions=11@outlet"}},
	})
}
