package claims

import "testing"

// TestPossessiveArmy: a country owning an army noun ("Congo's army", "Mali's military") is that
// country's force, as its demonym with a force noun is (mentions_possessive_army.go); another
// noun after the owner ("Congo's side", "Congo's government") is no army.
func TestPossessiveArmy(t *testing.T) {
	runCases(t, []mechanismCase{
		{"Congo's army (ituri it_025)", "en", pubTue, "BUNIA, Congo, Aug 18 (Equator Press Wire) - The ceasefire between Congo's army and the CODECO militia has largely held in its first five days.", "ceasefire.parties", []string{"codeco,congolese_army@outlet"}},
		{"Mali's military, a war file with no such alias", "en", pubTue, "The truce between Mali's military and the Azawad Liberation Front has held since Sunday.", "ceasefire.parties", []string{"azawad_liberation_front,malian_armed_forces@outlet"}},
		{"Chad's army, also a war file alias", "en", pubTue, "A ceasefire between Chad's army and the FNRT rebels largely held on Sunday.", "ceasefire.parties", []string{"chadian_army,fnrt@outlet"}},
		// Near misses: no army noun after the owner.
		{"probe: Congo's government is the government", "en", pubTue, "The ceasefire between Congo's government and the CODECO militia has held.", "ceasefire.parties", []string{"codeco,congolese_government@outlet"}},
		{"probe: Congo's side of the border is a place", "en", pubTue, "The ceasefire on Congo's side of the border between the FARDC and the CODECO militia has held.", "ceasefire.parties", []string{"codeco,congolese_army@outlet"}},
	})
}
