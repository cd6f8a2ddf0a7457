package claims

// Review of round 19's rules (mitiga and hermel: two Tripoli forces, a Lebanon-Syria truce
// around Hermel) on other wars' coverage: sentences from Gaza, Sudan, Yemen, Ukraine, Colombia
// and Kashmir where a new cue occurs and the claim does not hold, with the readings the rules
// must keep.

import "testing"

const (
	sudanLead19   = "The Sudanese army and the RSF agreed to a truce on Monday. "
	sudanLead19Ar = "اتفق الجيش السوداني وقوات الدعم السريع على هدنة إنسانية يوم الاثنين. "
	gazaLead19    = "Israel and Hamas agreed to a ceasefire in Gaza on Sunday. "
	callsLead19   = "Fighting raged in Khartoum on Monday. "
	gazaCalls19   = "Fighting raged in Gaza on Monday. "
	callsLead19Ar = "تواصلت المعارك يوم الاثنين رغم الدعوات الدولية إلى وقف إطلاق النار. "
)

// TestReview19TruceHoldsOnlyAsItsOwnVerb: "holds"/"held" (lexicon object "subject") say the
// truce is in force only as the truce's own intransitive verb: not when the truce word modifies
// the subject's head (talks, a vote, a rally, negotiators), not as a passive (held up, held
// hostage), not with an object (holds the key). The scope past a holding verb likewise.
func TestReview19TruceHoldsOnlyAsItsOwnVerb(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: ceasefire talks held in a city", "en", pubTue, callsLead19 + "Ceasefire talks held in Jeddah on Monday ended without a deal.", "ceasefire.status", nil},
		{"probe: a ceasefire vote held at the Council", "en", pubTue, gazaCalls19 + "A ceasefire vote held at the Security Council on Monday failed after a U.S. veto.", "ceasefire.status", nil},
		{"probe: a ceasefire rally held in a city", "en", pubTue, gazaCalls19 + "A ceasefire rally held in Tel Aviv drew thousands.", "ceasefire.status", nil},
		{"probe: ceasefire negotiators held a round", "en", pubTue, callsLead19 + "Ceasefire negotiators held a third round in Jeddah on Monday.", "ceasefire.status", nil},
		{"probe: the truce holds the key", "en", pubTue, callsLead19 + "A truce holds the key to reaching the famine areas, the WFP said.", "ceasefire.status", nil},
		{"probe: held hostage, a passive", "en", pubTue, gazaCalls19 + "The ceasefire is held hostage by politics in Jerusalem, an analyst said.", "ceasefire.status", nil},
		{"probe: the scope of a ceasefire vote held in a city", "en", pubTue, gazaCalls19 + "A ceasefire vote held in New York failed after a U.S. veto.", "ceasefire.scope", nil},
		{"the truce holds, after the medics' report", "en", pubTue, gazaLead19 + "Three days on, the ceasefire holds, medics in Khan Younis said.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@outlet"}},
		{"the truce largely held", "en", pubTue, gazaLead19 + "The ceasefire largely held on Monday.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@outlet"}},
		{"the truce held despite shelling", "en", pubTue, gazaLead19 + "The ceasefire held despite sporadic shelling in Rafah.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@outlet"}},
		{"the truce has largely held around a town", "en", pubTue, "Israel and Hamas agreed to a ceasefire on Sunday. The ceasefire has largely held around Khan Younis, medics said.", "ceasefire.scope",
			[]string{"partial@outlet"}},
	})
}
