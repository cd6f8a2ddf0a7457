package claims

import "testing"

// TestSignatoriesGangCounts: gangs sign gang truces (Haiti's Viv Ansanm, El Salvador's maras,
// Jamaica's and Rio's gangs) as factions sign a war's truce: a count of gangs, or of their
// leaders, beside a verb of signing is the factions that signed, also after an "only" word
// ("ستة فقط من زعماء العصابات وقّعوا"). Gangs are counted in many other frames, so without a
// verb of signing a count of them is none, though a truce word stands in the sentence.
func TestSignatoriesGangCounts(t *testing.T) {
	runCases(t, []mechanismCase{
		{"signed by the leaders of nine gangs (Haiti)", "en", pubTue, "The truce document was signed on behalf of Viv Ansanm by the leaders of nine gangs, according to a copy seen by Antilles Wire.", "ceasefire.signatories", []string{"factions=9@outlet"}},
		{"only six gang leaders signed (Haiti, ar)", "ar", pubTueAr, "وأشار المدير العام للشرطة إلى أن ستة فقط من زعماء العصابات وقّعوا على وثيقة الهدنة.", "ceasefire.signatories", []string{"factions=6@outlet"}},
		{"the nine gangs all signed (Haiti, ar)", "ar", pubTueAr, "ويؤكد التحالف أن العصابات التسع المنضوية فيه وقّعت جميعها على الهدنة.", "ceasefire.signatories", []string{"factions=9@outlet"}},
		{"signed by the leaders of three gangs (El Salvador)", "en", pubTue, "The truce was signed by the leaders of three gangs, MS-13 and both factions of Barrio 18, in Izalco prison.", "ceasefire.signatories", []string{"factions=3@outlet"}},
		{"leaders of 12 gangs signed the peace accord (Jamaica)", "en", pubTue, "Leaders of 12 gangs in Spanish Town signed the peace accord on Friday, police said.", "ceasefire.signatories", []string{"factions=12@outlet"}},
		{"gang leaders of three gangs signed (El Salvador, ar)", "ar", pubTueAr, "ووقّع زعماء ثلاث عصابات في سان سلفادور على الهدنة.", "ceasefire.signatories", []string{"factions=3@outlet"}},
		{"only six factions signed (Sudan, ar)", "ar", pubTueAr, "وأشار المتحدث إلى أن ستة فقط من الفصائل وقّعت على الاتفاق.", "ceasefire.signatories", []string{"factions=6@outlet"}},
		{"probe: police dismantled nine gangs since the truce (El Salvador)", "en", pubTue, "Police have dismantled nine gangs since the truce took effect.", "ceasefire.signatories", nil},
		{"probe: murders by the two gangs fell under the truce (El Salvador)", "en", pubTue, "Murders attributed to the two gangs fell sharply under the truce.", "ceasefire.signatories", nil},
		{"probe: two of the five gangs honoured the truce (Jamaica)", "en", pubTue, "Only two of the five gangs have honoured the truce, police said.", "ceasefire.signatories", nil},
		{"probe: four gangs kept the truce in Rio (Brazil, ar)", "ar", pubTueAr, "وقالت الشرطة إن أربع عصابات فقط التزمت بالهدنة في ريو دي جانيرو.", "ceasefire.signatories", nil},
		{"probe: leaders of five gangs arrested since the truce (Haiti, ar)", "ar", pubTueAr, "واعتقلت الشرطة زعماء خمس عصابات منذ بدء الهدنة.", "ceasefire.signatories", nil},
		{"probe: the nine gangs active despite the truce (Haiti, ar)", "ar", pubTueAr, "وتنشط العصابات التسع في العاصمة رغم الهدنة.", "ceasefire.signatories", nil},
		{"probe: the gangs had not signed (Haiti)", "en", pubTue, "Police said the gangs had not signed the truce.", "ceasefire.signatories", nil},
	})
}
