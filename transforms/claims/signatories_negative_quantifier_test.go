package claims

import "testing"

// TestSignatoriesNegativeQuantifier: a signing negated by a negative quantifier in its clause
// (its object "nothing", its subject's determiner "No", "Neither", "None of") names no signer
// (signatories_negative_quantifier.go); a signer whose clause only mentions a "no" elsewhere, or
// who signed "something", stays.
func TestSignatoriesNegativeQuantifier(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: a group signed nothing (Congo)", "en", pubTue, `"There is no truce. The M23 signed nothing and is bound by nothing," its spokesman said.`, "ceasefire.signatory_groups", nil},
		{"probe: says it signed nothing, another group named after (Gaza)", "en", pubTue, "Islamic Jihad says it signed nothing, and Hamas's own spokesman counts three factions.", "ceasefire.signatory_groups", nil},
		{"probe: no representative of the group signed (Ain al-Hilweh)", "en", pubTue, "No Fatah representative signed, diplomats say, which is why the movement argues the text does not bind it.", "ceasefire.signatory_groups", nil},
		{"probe: none of the factions signed (Sudan)", "en", pubTue, "None of the SPLM-N commanders signed the truce, the army said.", "ceasefire.signatory_groups", nil},
		// Kept.
		{"the group signed, no other word negates it (Gaza)", "en", pubTue, "Hamas signed the truce on Tuesday, Egyptian officials said.", "ceasefire.signatory_groups", []string{"hamas@egypt"}},
		{"a no in an earlier clause (Gaza)", "en", pubTue, "There was no ceremony, but Hamas signed the truce on Tuesday.", "ceasefire.signatory_groups", []string{"hamas@outlet"}},
	})
}

// TestVenueSignedNothing: "signed nothing in <city>" places no signing (venue.go signingPlace);
// "signed it in <city>", "signed in <city>" still do.
func TestVenueSignedNothing(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: a group signed nothing in a capital (Congo)", "en", pubTue, "The M23 said on Monday it had signed nothing in Doha.", "talks.venue", nil},
		{"probe: a faction signed nothing in a city (Gaza)", "en", pubTue, "Islamic Jihad says it signed nothing in Cairo, and Hamas's spokesman counts three factions.", "talks.venue", nil},
		// Kept.
		{"signed it in a capital (Congo)", "en", pubTue, "The M23 said on Monday it had signed it in Doha.", "talks.venue", []string{"doha@m23"}},
		{"signed in a city, another group named after (Gaza)", "en", pubTue, "Islamic Jihad says it signed in Cairo, and Hamas's spokesman counts three factions.", "talks.venue", []string{"cairo@palestinian_islamic_jihad"}},
	})
}
