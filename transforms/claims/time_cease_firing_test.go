package claims

// Start times read from the cessation of fire itself ("ceased firing at midnight", "held fire
// from 6 a.m.", "أوقفت إطلاق النار"), from a past night of two weekdays, and undated day-less
// times written without an inferred day.

import "testing"

// TestCeaseFiringDatesTheStart: a past cessation-of-fire verb dates the truce's start like "took
// effect"; a question, a condition, a demand or another war's truce do not.
func TestCeaseFiringDatesTheStart(t *testing.T) {
	runCases(t, []mechanismCase{
		{"had ceased firing at midnight, past", "en", pubTue, yemenLead + "The Houthis said their fighters had ceased firing at midnight, the moment the truce began.", "ceasefire.start_time",
			[]string{"2025-10-13T21:00:00Z@houthis"}},
		{"held fire from a clock time on a weekday", "en", pubTue, yemenLead + "The government said its troops held fire from 6 a.m. on Monday.", "ceasefire.start_time",
			[]string{"2025-10-13T03:00:00Z@yemeni_government"}},
		{"arabic stopped the firing this morning", "ar", pubTueAr, yemenLeadAr + "وقال الحوثيون إن قواتهم أوقفت إطلاق النار عند السادسة من صباح اليوم.", "ceasefire.start_time",
			[]string{"2025-10-14T03:00:00Z@houthis"}},
		// Negative probes: other wars, questions, conditions, demands, fighting.
		{"probe: a question", "en", pubTue, yemenLead + "Did the rebels really cease firing at midnight?", "ceasefire.start_time", nil},
		{"probe: a condition", "en", pubTue, yemenLead + "If the Houthis hold fire from midnight, the army will reciprocate, an officer said.", "ceasefire.start_time", nil},
		{"probe: another war's year", "en", pubTue, yemenLead + "In Sri Lanka in 2002, the Tigers ceased firing at midnight on a Friday.", "ceasefire.start_time", nil},
		{"probe: a negated cessation", "ar", pubTueAr, yemenLeadAr + "ونفى الجيش أن يكون قد أوقف إطلاق النار عند منتصف الليل.", "ceasefire.start_time", nil},
		{"probe: a fighting report", "en", pubTue, yemenLead + "Gunmen in Taiz ceased firing for an hour on Monday to collect their dead, then resumed shelling.", "ceasefire.start_time", nil},
	})
}

// TestPastNightOfTwoWeekdays: "since the night of Thursday to Friday", read days later, is the
// night that has passed; a coming start stays the coming night.
func TestPastNightOfTwoWeekdays(t *testing.T) {
	const pubNextTue = "2025-10-21T11:00:00+03:00"
	runCases(t, []mechanismCase{
		{"past night, read the next week", "ar", pubNextTue, yemenLeadAr + "وقال الحوثيون إن قواتهم التزمت بوقف إطلاق النار منذ منتصف ليل الخميس-الجمعة.", "ceasefire.start_time",
			[]string{"2025-10-16T21:00:00Z@houthis"}},
		{"probe: a coming night stays coming", "ar", pubNextTue, yemenLeadAr + "وقال الحوثيون إن وقف إطلاق النار سيبدأ منتصف ليل الخميس-الجمعة.", "ceasefire.start_time",
			[]string{"2025-10-23T21:00:00Z@houthis"}},
	})
}

// TestUndatedDaylessTimes: with no publication date a day-less clock time or midnight a past
// tense dates is written without a day ("unresolved:18:00"); "last night" keeps its day.
func TestUndatedDaylessTimes(t *testing.T) {
	runCases(t, []mechanismCase{
		{"took effect at six in the evening", "en", "", yemenLead + "The truce took effect at six in the evening.", "ceasefire.start_time",
			[]string{"unresolved:18:00@outlet"}},
		{"arabic came into force at midnight", "ar", "", yemenLeadAr + "ودخلت الهدنة حيز التنفيذ عند منتصف الليل.", "ceasefire.start_time",
			[]string{"unresolved:00:00@outlet"}},
		{"last night's midnight keeps its day", "ar", "", yemenLeadAr + "وتسري الهدنة بداية من منتصف ليل أمس.", "ceasefire.start_time",
			[]string{"unresolved:today 00:00@outlet"}},
	})
}

// TestPossessiveDayIsNoStart: "Saturday's exchange of fire" dates the fire, not the truce's start;
// the truce taking effect on Saturday still does.
func TestPossessiveDayIsNoStart(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a possessive day after a bare since", "en", pubTue, yemenLead + "The truce has been in place since, despite Saturday's exchange of fire in Taiz.", "ceasefire.start_time", nil},
		{"yesterday's shelling", "en", pubTue, yemenLead + "The truce took effect despite yesterday's shelling of Hodeidah port.", "ceasefire.start_time", nil},
		{"probe: took effect on Saturday", "en", pubTue, yemenLead + "The truce took effect on Saturday, officials said.", "ceasefire.start_time",
			[]string{"2025-10-11@sources"}},
		{"probe: a question about a day's truce", "en", pubTue, yemenLead + "Will Saturday's truce take effect at noon?", "ceasefire.start_time", nil},
	})
}
