package claims

// An objectless signing (objectlessSignature) may close its clause before "and" and another
// predicate or that-clause, not only before punctuation: "said seven groups had signed and called
// the holdouts a handful of criminals" (bamenda bm_006), "She said seven groups had signed and
// that the Swiss-church observation mechanism had logged 17 alleged violations" (bamenda bm_034)
// are the speaker's agreed (anotherVerbAfterSigning, status_signing.go).

import "testing"

func TestSignedAndAnotherPredicate(t *testing.T) {
	const lead = "The Houthis and the Yemeni government agreed a ceasefire in Hodeidah on Tuesday. "
	runCases(t, []mechanismCase{
		{"signed and another verb", "en", "", lead + "The Houthis' spokesman said seven groups had signed and called the holdouts criminals.", "ceasefire.status",
			[]string{"agreed@outlet", "agreed@houthis"}},
		{"signed and another that-clause", "en", "", lead + "The Houthis' spokesman said seven groups had signed and that the monitors had logged 17 violations.", "ceasefire.status",
			[]string{"agreed@outlet", "agreed@houthis"}},
		// Probes: a new clause with its own subject; a petition; a negated signing.
		{"probe: and a new subject", "en", "", lead + "The Houthis' spokesman said seven groups had signed and the army had not.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"probe: doctors signed a petition", "en", "", lead + "More than 300 doctors have signed and sent the petition to parliament.", "ceasefire.status",
			[]string{"agreed@outlet"}},
	})
}
