package claims

import "testing"

// TestWithdrawalSidesPossessive: the two sides as the owner of a force or of armed men ("both
// sides' fighters would pull back", "the two sides' forces will withdraw") withdraw, each its
// own; unnamed, they are BothSides for the comparison. Probes: both sides' mediators, a call on
// both sides' fighters or on the fighters of both sides (a called-on object holding a
// both-sides phrase: calledObjectAt), both sides' fighters killed.
func TestWithdrawalSidesPossessive(t *testing.T) {
	const lead = "The Yemeni government and the Houthis agreed a truce in Taiz on Tuesday. "
	two := []string{"houthis=required@outlet", "yemeni_army=required@outlet"}
	runCases(t, []mechanismCase{
		{"en: both sides' fighters would pull back (Yemen)", "en", pubTue,
			lead + "The envoy's office said both sides' fighters would pull back under the same timetable.", "ceasefire.withdrawal", two},
		{"en: the two sides' forces will withdraw (Yemen)", "en", pubTue,
			lead + "The envoy's office said the two sides' forces will withdraw from the eastern front.", "ceasefire.withdrawal", two},
		{"en: both sides' gunmen must leave the streets (Yemen)", "en", pubTue,
			lead + "Both sides' gunmen must leave the streets, the governor said.", "ceasefire.withdrawal", two},
		// Probes.
		{"probe: both sides' mediators", "en", pubTue,
			lead + "Both sides' mediators said the talks would pull back from the brink.", "ceasefire.withdrawal", nil},
		{"probe: a call on both sides' fighters", "en", pubTue,
			lead + "The UN urged both sides' fighters to pull back.", "ceasefire.withdrawal", nil},
		{"probe: a call on the fighters of both sides", "en", pubTue,
			lead + "The UN urged the fighters of both sides to pull back.", "ceasefire.withdrawal", nil},
		{"probe: both sides' fighters killed", "en", pubTue,
			lead + "Both sides' fighters were killed in clashes before the truce.", "ceasefire.withdrawal", nil},
	})
	runCasesOn(t, unnamedSidesExtractor(t), []mechanismCase{
		{"en: unnamed sides' fighters (Taiz quote box)", "en", pubTue,
			"The truce is holding. His remarks came hours after the envoy's office said both sides' fighters would pull back under the same timetable.", "ceasefire.withdrawal",
			[]string{BothSides + "=required@outlet"}},
	})
}
