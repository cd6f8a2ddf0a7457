package claims

import "testing"

// TestCeaseFireVerbsDateTheStart: the cessation of fire said in the present or future ("would
// cease fire only at 6 a.m. on Thursday", "will cease fire at six o'clock on the morning of
// Monday, 14 February", "hold fire from") dates the truce's start as the past "ceased fire" does,
// and a clock's day may follow "on the morning of". Witnesses: hermel hm_005, hm_006 (Syria's
// defence ministry), gorongosa gr_007 (the Junta's communiqué). Not: a call on the sides, a
// condition, a negation.
func TestCeaseFireVerbsDateTheStart(t *testing.T) {
	runCases(t, []mechanismCase{
		{"would cease fire only at a clock on a weekday", "en", pubTue, yemenLead + "The Houthis said their fighters would cease fire only at 6 a.m. on Wednesday.", "ceasefire.start_time",
			[]string{"2025-10-15T03:00:00Z@houthis"}},
		{"will cease fire at an hour on the morning of a dated weekday", "en", pubTue, yemenLead + "The government said its forces will cease fire at six o'clock on the morning of Wednesday, 15 October.", "ceasefire.start_time",
			[]string{"2025-10-15T03:00:00Z@yemeni_government"}},
		{"takes effect at an hour on the evening of a dated weekday", "en", pubTue, yemenLead + "The truce takes effect at eight o'clock on the evening of Wednesday, October 15.", "ceasefire.start_time",
			[]string{"2025-10-15T17:00:00Z@outlet"}},
		{"holds fire from a clock on a weekday (Sudan)", "en", pubTue, "The Sudanese army and the Rapid Support Forces agreed to a truce in El Fasher. The RSF said it holds fire from 6 a.m. on Wednesday.", "ceasefire.start_time",
			[]string{"2025-10-15T04:00:00Z@rapid_support_forces"}},
		{"will cease fire at midnight on a weekday (Syria)", "en", pubTue, syriaLead + "The opposition said its factions will cease fire at midnight on Wednesday.", "ceasefire.start_time",
			[]string{"2025-10-15T21:00:00Z@syrian_armed_opposition"}},
		// Probes.
		{"probe: a call on the sides to cease fire", "en", pubTue, yemenLead + "The UN called on both sides to cease fire at once.", "ceasefire.start_time", nil},
		{"probe: a condition", "en", pubTue, yemenLead + "If the Houthis cease fire at midnight, the army will reciprocate, an officer said.", "ceasefire.start_time", nil},
		{"probe: a negation", "en", pubTue, yemenLead + "The army said it would not hold fire at 6 a.m. on Wednesday.", "ceasefire.start_time", nil},
	})
}
