package claims

import "testing"

// TestProvisionsNeverBeenIncluded: a term said never to have been included, in the perfect ("have
// never been included"), is denied as "were never included" is; the affirmative perfect stays
// included. Probes from Gaza and Sudan.
func TestProvisionsNeverBeenIncluded(t *testing.T) {
	runCases(t, []mechanismCase{
		{"have never been included (Gaza)", "en", pubTue, gazaLeadEn + "Prisoner releases have never been included in the deal, Israel said.", "ceasefire.exchange",
			[]string{"prisoners=not_included@israel"}},
		{"were never included (Gaza)", "en", pubTue, gazaLeadEn + "Prisoner releases were never included in the deal, Israel said.", "ceasefire.exchange",
			[]string{"prisoners=not_included@israel"}},
		{"probe: have been included (Gaza)", "en", pubTue, gazaLeadEn + "Prisoner releases have been included in the deal, Israel said.", "ceasefire.exchange",
			[]string{"prisoners=included@israel"}},
	})
}
