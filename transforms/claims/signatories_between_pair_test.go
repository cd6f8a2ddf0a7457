package claims

import "testing"

// TestSignatoriesBetweenPairOnly: only the names of the pair a "between" cue opens are the
// truce's parties (signatories_between_sides.go); a signer named past the pair, by a passive
// agent, still signed. Probes from Lebanon and Gaza.
func TestSignatoriesBetweenPairOnly(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: passive agent past the pair (Lebanon)", "en", pubTue, "The truce between Israel and Hezbollah was signed by Lebanon's government.", "ceasefire.signatory_groups", []string{"lebanese_government@outlet"}},
		{"probe: passive agent past the pair and a comma (Gaza)", "en", pubTue, "The ceasefire between Hamas and Israel, signed by Hamas and Islamic Jihad in Cairo, took effect on Sunday.", "ceasefire.signatory_groups", []string{"hamas,palestinian_islamic_jihad@outlet"}},
		// Kept: the pair itself names no signer.
		{"the pair before a bare passive (Gaza)", "en", pubTue, "The ceasefire between Hamas and Islamic Jihad was signed on Tuesday in Cairo.", "ceasefire.signatory_groups", nil},
	})
}
