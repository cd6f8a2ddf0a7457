package claims

import "testing"

// TestOwnGovernmentAsGuarantor: a truce between armed groups of one state may have that
// state's government for its guarantor, said with a copula ("The Centre is the sole guarantor",
// Manipur; "the federal government is the only guarantor of this agreement", Iraq) or in a list with another
// guarantor ("The Centre and the church leaders ... stand as its guarantors"). Elsewhere the
// government stays a side: named near the cue but not joined to it, denied the role, or the
// guarantor of something else.
func TestOwnGovernmentAsGuarantor(t *testing.T) {
	const manipur = "Kuki-Zo armed groups and Meitei village volunteers have agreed to a suspension of operations in Manipur. "
	const kirkuk = "Iraqi federal forces and the Peshmerga agreed to a ceasefire in Kirkuk on Monday. "
	const pubKirkuk = "2027-06-08T10:00:00+03:00"
	runCases(t, []mechanismCase{
		{"the Centre is the sole guarantor", "en", pubIST,
			manipur + `"The Centre is the sole guarantor," a senior MHA official told the Ledger.`, "ceasefire.guarantors",
			[]string{"only:india@mha"}},
		{"the Centre is the only guarantor of this arrangement", "en", pubIST,
			manipur + `"The Centre is the only guarantor of this arrangement," Sudhir Raghavan said.`, "ceasefire.guarantors",
			[]string{"only:india@sudhir_raghavan"}},
		{"the federal government is the only guarantor", "en", pubKirkuk,
			kirkuk + `Government spokesman Basim al-Ameri stressed that "the federal government is the only guarantor of this agreement."`, "ceasefire.guarantors",
			[]string{"only:iraqi_government@basim_al_ameri"}},
		{"listed with another guarantor, past its article", "en", pubIST,
			manipur + "The Centre and the church leaders who brokered the deal stand as its guarantors, he added.", "ceasefire.guarantors",
			[]string{"india,manipur_church_leaders@outlet"}},
		// Negative probes.
		{"the guarantor of security, not of the truce", "en", pubKirkuk,
			kirkuk + "The federal government is the only guarantor of security in Kirkuk, al-Ameri said.", "ceasefire.guarantors",
			nil},
		{"a government denied the role", "en", pubKirkuk,
			kirkuk + "The federal government is not a guarantor of the deal, the Peshmerga said.", "ceasefire.guarantors",
			nil},
		{"the government speaks, another state guarantees", "en", pubKirkuk,
			kirkuk + "The federal government said the United States is the sole guarantor.", "ceasefire.guarantors",
			[]string{"only:united_states@iraqi_government"}},
		{"the government near an appositive guarantor", "en", pubKirkuk,
			kirkuk + "The federal government accused Washington, the guarantor, of bias.", "ceasefire.guarantors",
			[]string{"united_states@iraqi_government"}},
		{"a side listed with a side is no guarantor", "en", pubIST,
			manipur + "The Centre and the Kuki-Zo groups are bound by the ground rules, with the church leaders as guarantors.", "ceasefire.guarantors",
			[]string{"manipur_church_leaders@outlet"}},
	})
}
