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
		{"arabic the agreement comprises its sides", "ar", "", "أعلنت الأمم المتحدة وقفاً لإطلاق النار في تعز. وقالت الأمم المتحدة إن الاتفاق يضم الحكومة اليمنية والحوثيين، وإن للطرفين الحق في الرد.", "ceasefire.parties",
			[]string{"houthis,yemeni_government@un"}},
	})
}
