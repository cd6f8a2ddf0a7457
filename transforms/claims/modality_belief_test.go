package claims

// A belief verb (lexicon modality "hedged": believe, think, يعتقد, يظن) hedges what it governs:
// "Officials believe the truce is holding" is no plain in_force. "Few believe" stays doubted; a
// belief inside a relative clause does not hedge the main clause.

import "testing"

func TestBeliefVerbsHedge(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: officials believe the truce is holding", "en", pubTue, gazaLead19 + "Officials believe the truce is holding.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@outlet~hedged"}},
		{"probe: officials believe the truce is holding, Arabic", "ar", pubTueAr, "اتفقت إسرائيل وحركة حماس على وقف إطلاق النار في غزة. ويعتقد مسؤولون أن الهدنة صامدة.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@outlet~hedged"}},
		{"probe: diplomats think the truce will last three days", "en", pubTue, sudanLead19 + "Diplomats think the truce will last three days.", "ceasefire.duration",
			[]string{"3@outlet~hedged"}},
		{"few believe: doubted, as before", "en", pubTue, gazaLead19 + "Few believe the truce will hold.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"officials said the truce is holding", "en", pubTue, gazaLead19 + "Officials said the truce is holding.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@sources"}},
		{"a belief in a relative clause", "en", pubTue, sudanLead19 + "The army said the truce, which many believe was forced on it, is holding.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@sudanese_armed_forces"}},
	})
}
