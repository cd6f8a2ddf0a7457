package claims

// The sides after "between" named with their qualifiers: a force phrase ("between forces of
// the X"), a hyphenated compound ("the Aden-based X"), an acronym in brackets and a possessor
// ("and Y's eastern-based Z") stand before or around the names.

import "testing"

func TestPartiesBetweenQualifiedSides(t *testing.T) {
	runCases(t, []mechanismCase{
		{"forces of the compound-qualified sides", "en", "", "The truce between forces of the Aden-based Yemeni government and the Sanaa-based Houthis takes effect on Tuesday.", "ceasefire.parties",
			[]string{"houthis,yemeni_government@outlet"}},
		{"the forces of X and Y", "en", "", "The truce between the forces of the Yemeni government and the Houthis took effect on Tuesday.", "ceasefire.parties",
			[]string{"houthis,yemeni_government@outlet"}},
		{"acronym in brackets, possessor before the other side", "en", "", "The ceasefire between the Syrian government (SG) and Turkey's Syrian National Army took effect on Tuesday.", "ceasefire.parties",
			[]string{"syrian_government,syrian_national_army@outlet"}},
		{"a plain between keeps working", "en", "", "The truce between the Houthis and the Yemeni government took effect on Tuesday.", "ceasefire.parties",
			[]string{"houthis,yemeni_government@outlet"}},
		{"a possessor and a compound before the other side", "en", "", "The truce between the Government of National Unity and Khalifa Haftar's eastern-based Libyan National Army took effect on Tuesday.", "ceasefire.parties",
			[]string{"government_of_national_unity,libyan_national_army@outlet"}},
		{"tribes loyal to a state: the backer is no side", "en", "", "Oman said a truce between the Houthis and tribes loyal to Saudi Arabia took hold in Hodeidah on Tuesday.", "ceasefire.parties",
			nil},
		{"fighters trained by a state: the trainer is no side", "en", "", "Oman said a truce between the Houthis and fighters trained by the UAE took hold in Hodeidah on Tuesday.", "ceasefire.parties",
			nil},
		{"militias backed by a state: the backer is no side", "en", "", "Oman said a ceasefire between the Houthis and local militias backed by Iran took hold in Hodeidah.", "ceasefire.parties",
			nil},
		{"arabic a plain between keeps working", "ar", "", "وقالت سلطنة عمان إن هدنة بين الحوثيين والحكومة اليمنية دخلت حيز التنفيذ في الحديدة.", "ceasefire.parties",
			[]string{"houthis,yemeni_government@oman"}},
		{"a qualifying country alone is no side", "en", "", "The truce between the Yemeni government and Iran-backed groups took effect on Tuesday.", "ceasefire.parties",
			nil},
	})
}

// TestPartiesBoundByTheTruce: the truce as the subject of a verb naming its sides ("the truce,
// which binds only X and Y", "الاتفاق يضم X وY وZ"); the list ends at a comma.
func TestPartiesBoundByTheTruce(t *testing.T) {
	runCases(t, []mechanismCase{
		{"which binds only X and Y", "en", "", "Iran is not a party to the truce, which binds only the Houthis and the Yemeni government, the UN said.", "ceasefire.parties",
			[]string{"only:houthis,yemeni_government@un"}},
		{"the truce binds X and Y alone", "en", "", "The UN insisted the truce binds the Houthis and the Yemeni government alone.", "ceasefire.parties",
			[]string{"only:houthis,yemeni_government@un"}},
		{"does not bind is no list of sides", "en", "", "The UN said the truce does not bind the Houthis and the Yemeni government.", "ceasefire.parties",
			nil},
		{"a question names no sides", "en", "", r14aLead + "Does the truce bind Saudi Arabia and Iran?", "ceasefire.parties",
			[]string{"houthis,yemeni_government@outlet"}},
		{"a demand names no sides", "en", "", r14aLead + "The Houthis demanded that the truce bind Saudi Arabia and the UAE.", "ceasefire.parties",
			[]string{"houthis,yemeni_government@outlet"}},
		{"arabic the agreement comprises its sides", "ar", "", "أعلنت الأمم المتحدة وقفاً لإطلاق النار في تعز. وقالت الأمم المتحدة إن الاتفاق يضم الحكومة اليمنية والحوثيين، وإن للطرفين الحق في الرد.", "ceasefire.parties",
			[]string{"houthis,yemeni_government@un"}},
	})
}
