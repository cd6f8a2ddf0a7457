package claims

import "testing"

// TestDoubtedHoldingAndOtherDeals: a truce-holds clause under a doubting verb or a believing
// verb with a negative subject is no in_force claim; a participle of concluding on a generic
// agreement noun with its own partner or object outside the truce's parties is another deal.
// Kept: "The truce holds, officials said", "Officials believe the truce is holding" (hedged: a
// belief verb is a hedge, modality_belief_test.go), "no doubt"
// (a negation trap), a deal concluded with a side, signed in a city, signed on the ceasefire.
func TestDoubtedHoldingAndOtherDeals(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: few believe the truce holds", "en", pubTue, callsLead19 + "Few believe the truce holds beyond the weekend.", "ceasefire.status", nil},
		{"probe: analysts doubt the ceasefire will hold", "en", pubTue, callsLead19 + "Analysts doubt the ceasefire will hold.", "ceasefire.status", nil},
		{"probe: no one expects the truce to hold", "en", pubTue, callsLead19 + "No one expects the truce to hold.", "ceasefire.status", nil},
		{"probe: few believe (ar)", "ar", pubTueAr, callsLead19Ar + "قلة تعتقد أن الهدنة ستصمد.", "ceasefire.status", nil},
		{"probe: doubts (ar)", "ar", pubTueAr, callsLead19Ar + "يشك المحللون في أن الهدنة ستصمد.", "ceasefire.status", nil},
		{"the truce holds, officials said", "en", pubTue, gazaLead19 + "The truce holds, officials said.", "ceasefire.status", []string{"agreed@outlet", "in_force@sources"}},
		{"officials believe the truce is holding: hedged (modality_belief_test.go)", "en", pubTue, gazaLead19 + "Officials believe the truce is holding.", "ceasefire.status", []string{"agreed@outlet", "in_force@outlet~hedged"}},
		{"the agreement concluded with a side", "ar", pubTueAr, sudanLead19Ar + "وأكد الجيش السوداني التزامه بالاتفاق المبرم مع قوات الدعم السريع.", "ceasefire.status", []string{"agreed@outlet", "agreed@sudanese_armed_forces"}},
		{"the agreement signed in Jeddah", "ar", pubTueAr, sudanLead19Ar + "وقال الجيش السوداني إن الاتفاق الموقع في جدة يسري لمدة أسبوع.", "ceasefire.status", []string{"agreed@outlet", "agreed@sudanese_armed_forces"}},
		{"the agreement signed on the ceasefire", "en", pubTue, callsLead19 + "The army said the agreement signed on the ceasefire takes effect on Tuesday.", "ceasefire.status", []string{"agreed@sudanese_armed_forces"}},
		{"no doubt the truce holds", "en", pubTue, gazaLead19 + "There is no doubt the truce is holding.", "ceasefire.status", []string{"agreed@outlet", "in_force@outlet"}},
		{"probe: the agreement concluded with the IMF", "ar", pubTueAr, callsLead19Ar + "قال وزير المالية إن الاتفاق المبرم مع صندوق النقد الدولي سيدخل حيز التنفيذ الشهر المقبل.", "ceasefire.status", nil},
		{"probe: the agreement concluded to export gas", "ar", pubTueAr, callsLead19Ar + "وقالت الحكومة إن الاتفاق الموقع لتصدير الغاز لا يزال سارياً.", "ceasefire.status", nil},
		{"probe: the agreement concluded with the IMF (en)", "en", pubTue, callsLead19 + "The finance minister said the agreement concluded with the IMF takes effect next month.", "ceasefire.status", nil},
		{"probe: the agreement signed on grain exports", "en", pubTue, callsLead19 + "The agreement signed on grain exports remains in force, the minister said.", "ceasefire.status", nil},
	})
}
