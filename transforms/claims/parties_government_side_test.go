package claims

import "testing"

// TestGovernmentNamedAsSide: a government or army named as a side of the truce is that side,
// though its entry speaks for its state (parties_government_side.go; gold README, the bodies
// bullet: "Kept as they are: a government or army named as a side"). Misses: waziristan
// wz_003..wz_039 (13 lines: "the Pakistani government", "الحكومة الباكستانية", "the government"
// as a context alias), afpak ap_001 ("Afghanistan's Taliban government"). Probes from other wars:
// a capital named as a side stands for its state, a ministry is no government by its name, a
// negated agreement, a government that only welcomes another pair's truce.
func TestGovernmentNamedAsSide(t *testing.T) {
	runCases(t, []mechanismCase{
		{"pakistan: the government and the TTP agreed", "en", "", "KABUL - The Pakistani government and the banned Tehreek-e-Taliban Pakistan (TTP) have agreed to a month-long ceasefire.", "ceasefire.parties",
			[]string{"pakistani_government,ttp@outlet"}},
		{"pakistan, arabic: a truce between the government and the TTP", "ar", "", "ميرانشاه - دخلت الهدنة بين الحكومة الباكستانية وحركة طالبان باكستان حيز التنفيذ عند منتصف الليل.", "ceasefire.parties",
			[]string{"pakistani_government,ttp@outlet"}},
		{"afghanistan: a state and a government agreed", "en", "", "DOHA - Pakistan and Afghanistan's Taliban government agreed on Thursday to an immediate ceasefire along their border.", "ceasefire.parties",
			[]string{"pakistan,taliban_government@outlet"}},
		{"armenia: a government named as a side", "en", "", "The ceasefire between the Armenian government and Azerbaijan took effect at midnight.", "ceasefire.parties",
			[]string{"armenian_government,azerbaijan@outlet"}},

		// Probes.
		{"probe: capitals named as sides stand for their states", "ar", "", "صمدت الهدنة بين بانكوك وبنوم بنه لليوم الثالث.", "ceasefire.parties",
			[]string{"cambodia,thailand@outlet"}},
		{"probe: states named as sides", "en", "", "The ceasefire between Armenia and Azerbaijan took effect at midnight.", "ceasefire.parties",
			[]string{"armenia,azerbaijan@outlet"}},
		{"probe: a negated agreement", "en", "", "The Pakistani government and the TTP have not agreed to a ceasefire.", "ceasefire.parties",
			nil},
		{"probe: a government welcoming another pair's truce", "en", "", "The Pakistani government welcomed the ceasefire between Armenia and Azerbaijan.", "ceasefire.parties",
			[]string{"armenia,azerbaijan@pakistani_government"}},
	})
}
