package claims

import "testing"

// TestBackgroundSinceDatedNoun: "since" before an article and a year dates an earlier truce only
// when a truce noun follows the year (sinceYear): "since the 2020 ceasefire collapsed" is
// background, "has held since the 2024 Doha talks" a span reaching the present. Probes from
// Libya, Yemen and Gaza.
func TestBackgroundSinceDatedNoun(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: has held since the dated talks (Gaza)", "en", pubTue, "The truce has held since the 2024 Doha talks, officials said.", "ceasefire.status", []string{"in_force@sources"}},
		{"probe: has held since the dated mediation (Gaza)", "en", pubTue, "The ceasefire has largely held since the 2024 mediation by Qatar, the UN said.", "ceasefire.status", []string{"in_force@un"}},
		// Kept: a truce noun after the year, a word of its name between.
		{"since the dated ceasefire collapsed (Libya)", "en", pubTue, "Fighting in Tripoli has flared since the 2020 ceasefire collapsed, the mission said.", "ceasefire.status", nil},
		{"since the dated, named agreement collapsed (Yemen)", "en", pubTue, "Fighting around Hodeidah has flared since the 2018 Hodeidah agreement collapsed, residents said.", "ceasefire.status", nil},
	})
}
