package claims

import "testing"

// TestRetainedRespondObject: "respond firmly/decisively/forcefully to any ..." keeps the right to
// respond only when what is answered is a violation, an attack, an aggression or a breach; the same
// words answer speculation, criticism or accusations in other news. Probes from Yemen, Sudan and
// Ukraine.
func TestRetainedRespondObject(t *testing.T) {
	runCases(t, []mechanismCase{
		{"respond firmly to any violation (Yemen)", "en", pubTue, yemenLead + "The Houthis said they would respond firmly to any violation.", "ceasefire.retained_rights",
			[]string{"respond_to_violations=retained@houthis"}},
		{"respond decisively to any attack (Black Sea)", "en", pubTue, blackSeaLead + "Kyiv said it would respond decisively to any attack on its ports.", "ceasefire.retained_rights",
			[]string{"respond_to_violations=retained@ukrainian_government"}},
		{"respond forcefully to any aggression (Sudan)", "en", pubTue, sudanLeadEn + ". The army said it would respond forcefully to any aggression.", "ceasefire.retained_rights",
			[]string{"respond_to_violations=retained@sudanese_armed_forces"}},
		{"probe: a central bank answering speculation (Yemen)", "en", pubTue, yemenLead + "The central bank vowed to respond firmly to any speculation against the rial.", "ceasefire.retained_rights",
			nil},
		{"probe: a ministry answering criticism (Sudan)", "en", pubTue, sudanLeadEn + ". The foreign ministry said it would respond decisively to any criticism of its envoy.", "ceasefire.retained_rights",
			nil},
		{"probe: answering accusations (Black Sea)", "en", pubTue, blackSeaLead + "Moscow said it would respond forcefully to any accusations of grain theft.", "ceasefire.retained_rights",
			nil},
	})
}
